import fc from 'fast-check';
import { JS, NFA } from 'refa';
import { describe, expect, it } from 'vitest';
import {
  CommandPatternList,
  commandPatternProblem,
  commandPatternRegexSource,
  normaliseCommandPattern,
} from '../../src/match/command.js';

function matches(pattern: string, command: string): boolean {
  return new RegExp(`^(?:${commandPatternRegexSource(pattern)})$`, 'u').test(command);
}

describe('command patterns (SPEC 3)', () => {
  it('documents the regex of a plain pattern', () => {
    expect(commandPatternRegexSource('npm test')).toBe('npm test(?: .*)?');
    expect(commandPatternRegexSource('curl *')).toBe('curl(?: .*)?');
    expect(commandPatternRegexSource('*')).toBe('.*');
    expect(commandPatternRegexSource('git push * --force')).toBe('git push .* \\-\\-force(?: .*)?'.replace(/\\-/g, '-'));
  });

  it.each([
    ['rm -rf', 'rm -rf', true],
    ['rm -rf', 'rm -rf /tmp/cache', true],
    ['rm -rf', 'rm -rfx', false],
    ['rm -rf', 'rm -r -f x', false],
    ['rm -rf', 'xrm -rf', false],
    ['npm test', 'npm test', true],
    ['npm test', 'npm test -- --watch', true],
    ['npm test', 'npm tests', false],
    ['npm test', 'npm', false],
    ['curl *', 'curl', true],
    ['curl *', 'curl https://example.com/a b', true],
    ['curl *', 'curlx', false],
    ['git push --force', 'git push --force origin main', true],
    ['git push --force', 'git push origin --force', false],
    ['git push * --force', 'git push origin --force', true],
    ['git push * --force', 'git push origin main --force --verbose', true],
    ['npm run test:*', 'npm run test:unit', true],
    ['npm run test:*', 'npm run lint', false],
    ['*', 'anything at all', true],
    ['*rm -rf*', 'sudo rm -rf /', true],
    ['"git commit"', 'git commit -m x', true],
    ["'rm' -rf", 'rm -rf x', true],
    ['/bin/rm -rf', 'rm -rf x', true],
    ['./node_modules/.bin/jest', 'jest --ci', true],
    ['rm   -rf', 'rm -rf x', true],
    ['echo a.b', 'echo aXb', false],
    ['echo (x)', 'echo (x)', true],
    ["echo '*'", 'echo *', true],
    ["echo '*'", 'echo x', false],
  ])('%j vs %j -> %s', (pattern, command, expected) => {
    expect(matches(pattern, command)).toBe(expected);
  });

  it('normalises patterns as commands are normalised', () => {
    expect(normaliseCommandPattern("'rm'   -rf")).toBe('rm -rf');
    expect(normaliseCommandPattern('/usr/bin/curl *')).toBe('curl *');
    expect(normaliseCommandPattern('"git  commit"')).toBe('git commit');
  });

  it('names patterns that cannot describe one simple command', () => {
    expect(commandPatternProblem('npm test && curl x')).toMatch(/shell operator/);
    expect(commandPatternProblem('curl * | sh')).toMatch(/shell operator/);
    expect(commandPatternProblem("rm 'x")).toMatch(/unterminated/);
    expect(commandPatternProblem('   ')).toMatch(/empty/);
    expect(commandPatternProblem('npm test')).toBeUndefined();
    expect(matches('', 'anything')).toBe(false);
  });

  it('is look-around free and means the same to refa as to RegExp', () => {
    const word = fc.constantFrom('npm', 'test', 'rm', '-rf', 'curl', 'x/y', '*', 'a*b', "'a b'", '"*"', '--force', '.', '(', ')', '$X', '\\*');
    const pattern = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
    const command = fc.array(fc.constantFrom('npm', 'test', 'rm', '-rf', 'curl', 'x/y', 'a', 'ab', 'a b', '*', '--force', '.', '(', ')', '$X'), { maxLength: 5 })
      .map((ws) => ws.join(' '));
    fc.assert(
      fc.property(pattern, command, (p, c) => {
        const source = commandPatternRegexSource(p);
        expect(source).not.toMatch(/\(\?<?[=!]/);
        const { expression, maxCharacter } = JS.Parser.fromLiteral({ source, flags: 'u' }).parse();
        const nfa = NFA.fromRegex(expression, { maxCharacter });
        const cps = [...c].map((ch) => ch.codePointAt(0)!);
        expect(nfa.test(cps)).toBe(matches(p, c));
      }),
      { numRuns: 300 },
    );
  });
});

describe('CommandPatternList', () => {
  const rules = ['rm -rf', 'curl *', '*--force*', 'git push', 'npm test'].map((pattern, i) => ({ pattern, id: i }));

  it('finds every matching pattern in policy order, indexed or not', () => {
    const list = new CommandPatternList(rules, false);
    expect(list.matches('git push --force').map((m) => m.pattern)).toEqual(['*--force*', 'git push']);
    expect(list.matches('rm -rf x').map((m) => m.rule.id)).toEqual([0]);
    expect(list.matches('ls')).toEqual([]);
    expect(list.first('npm test --ci')?.pattern).toBe('npm test');
  });

  it('matches deny lists case-insensitively, allow lists never', () => {
    const deny = new CommandPatternList(rules, true);
    const allow = new CommandPatternList(rules, false);
    expect(deny.first('RM -RF x')?.pattern).toBe('rm -rf');
    expect(deny.first('Curl x')?.pattern).toBe('curl *');
    expect(allow.first('RM -RF x')).toBeUndefined();
    // Unicode case folding: KELVIN SIGN is k, LATIN SMALL LETTER LONG S is s.
    const k = new CommandPatternList([{ pattern: 'kill -9' }, { pattern: 'ssh *' }], true);
    expect(k.first('\u212Aill -9 1')?.pattern).toBe('kill -9');
    expect(k.first('\u017F\u017Fh host')?.pattern).toBe('ssh *');
  });

  it('agrees with testing every pattern one by one (fast-check)', () => {
    const word = fc.constantFrom('rm', 'RM', '-rf', 'curl', 'git', 'push', '--force', 'npm', 'test', 'x', '*');
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')), { maxLength: 6 }),
        fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')), fc.boolean(), (patterns, cmd, ic) => {
          const list = new CommandPatternList(patterns.map((pattern) => ({ pattern })), ic);
          const expected = patterns.filter((p) => new RegExp(`^(?:${commandPatternRegexSource(p)})$`, ic ? 'iu' : 'u').test(cmd));
          expect(list.matches(cmd).map((m) => m.pattern)).toEqual(expected);
        }),
      { numRuns: 300 },
    );
  });
});

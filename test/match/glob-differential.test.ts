// Differential tests (issue 4): our look-around-free glob -> regex conversion agrees with
// picomatch(pattern, { dot: true }) on normalised paths, for every pattern globSyntaxError accepts.
import fc from 'fast-check';
import picomatch from 'picomatch';
import { JS, NFA } from 'refa';
import { describe, expect, it } from 'vitest';
import { PATH_DOMAIN_SOURCE, SEGMENT_DOMAIN_SOURCE, globSyntaxError, globToRegExp, globToRegexSource, policyGlobSource } from '../../src/match/glob.js';
import { inDomain, mulberry32, mutate, randPath, randPattern } from './glob-gen.js';

const pm = (p: string, nocase = false) => picomatch.makeRe(p, { dot: true, nocase });

interface Mismatch {
  pattern: string;
  path: string;
  nocase: boolean;
  ours: boolean;
  picomatch: boolean;
}

describe('glob -> regex agrees with picomatch { dot: true }', () => {
  it('on >= 100,000 generated (pattern, path) pairs, fixed seed', () => {
    const r = mulberry32(20240611);
    const mismatches: Mismatch[] = [];
    const constructs: Record<string, number> = { '*': 0, '**': 0, '?': 0, '[…]': 0, '{…}': 0, '{x..y}': 0, extglob: 0, nocase: 0 };
    let pairs = 0;
    let matches = 0;
    let accepted = 0;
    let rejected = 0;
    for (let k = 0; k < 11_000; k++) {
      const { pat, sample } = randPattern(r);
      if (globSyntaxError(pat)) {
        rejected++;
        continue;
      }
      accepted++;
      const nocase = r() < 0.2;
      const ours = globToRegExp(pat, { nocase });
      const theirs = pm(pat, nocase);
      const paths: string[] = [];
      for (let j = 0; j < 10; j++) paths.push(randPath(r));
      for (let j = 0; j < 10; j++) {
        const s = sample(r);
        paths.push(s, mutate(r, s));
      }
      for (const path of paths) {
        if (!inDomain(path)) continue;
        pairs++;
        const a = ours.test(path);
        const b = theirs.test(path);
        if (a) matches++;
        if (a !== b && mismatches.length < 20) mismatches.push({ pattern: pat, path, nocase, ours: a, picomatch: b });
        // isMatch differs from makeRe only by its "a pattern matches its own text" shortcut.
        if (path !== pat && b !== picomatch.isMatch(path, pat, { dot: true, nocase })) throw new Error(`isMatch/makeRe differ on ${pat}`);
        if (/(^|[^\\])\*(?!\*)/.test(pat)) constructs['*']!++;
        if (/(^|\/)\*\*(\/|$)/.test(pat)) constructs['**']!++;
        if (/(^|[^\\])\?(?!\()/.test(pat)) constructs['?']!++;
        if (/(^|[^\\])\[/.test(pat)) constructs['[…]']!++;
        if (/(^|[^\\])\{[^.]*,/.test(pat)) constructs['{…}']!++;
        if (/\{.\.\..\}/.test(pat)) constructs['{x..y}']!++;
        if (/[@?+*]\(/.test(pat)) constructs.extglob!++;
        if (nocase) constructs.nocase!++;
      }
    }
    console.log(
      `glob differential: ${pairs} pairs (${matches} matches) over ${accepted} accepted patterns (${rejected} rejected); by construct ${JSON.stringify(constructs)}`,
    );
    expect(mismatches).toEqual([]);
    expect(pairs).toBeGreaterThanOrEqual(100_000);
    expect(matches).toBeGreaterThan(pairs / 5);
    expect(matches).toBeLessThan(pairs - pairs / 5);
    for (const [name, n] of Object.entries(constructs)) expect(n, name).toBeGreaterThan(2_000);
  });

  it('on patterns and paths drawn by fast-check from a small alphabet', () => {
    const patChar = fc.constantFrom('a', 'b', '.', '/', '-', '*', '?', '[', ']', '^', '{', '}', ',', '(', ')', '|', '@', '+', '!', '\\', ':');
    const pathChar = fc.constantFrom('a', 'b', '.', '/', '-', 'A', '[', ']', '{', '}', ',', '*');
    fc.assert(
      fc.property(fc.string({ unit: patChar, minLength: 1, maxLength: 14 }), fc.array(fc.string({ unit: pathChar, minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 8 }), (pat, paths) => {
        if (globSyntaxError(pat)) return;
        const ours = globToRegExp(pat);
        const theirs = pm(pat);
        for (const path of paths.filter(inDomain)) expect([pat, path, ours.test(path)]).toEqual([pat, path, theirs.test(path)]);
      }),
      { seed: 4242, numRuns: 3_000 },
    );
  });

  it('on the patterns policies are made of', () => {
    const patterns = [
      'src/**/*.ts', 'tests/**/*.spec.ts', '.env*', 'secrets/**', 'node_modules/**', 'package.json', '**/*.{js,ts}',
      '*.{js,jsx,ts,tsx}', 'frontend/src/**/*.tsx', 'backend/secrets/test-fixtures/**', '**/.git/**', '.github/workflows/*.yml',
      '**', '*', '*.*', '**/*.*', '**/*', '*/*', '.*', '**/.*', 'docs/**/*.md', '/etc/**', '/**/x', '~/.ssh/**', 'a/**/b/**/c',
      '**/node_modules', 'src/*.@(js|ts)', 'img/*.+(png|jpg)', 'v?(.)[0-9]', 'log-{1..3}.txt', '[[:upper:]]*.md', '*.min.js',
    ];
    const paths = [
      'src/a.ts', 'src/x/y/a.ts', 'src/.hidden.ts', 'tests/a.spec.ts', '.env', '.env.local', 'src/config/.env.local', 'secrets',
      'secrets/.key', 'node_modules/x/y.js', 'package.json', 'web/package.json', 'a.js', 'a/b.tsx', 'frontend/src/App.tsx',
      'backend/secrets/test-fixtures/a', '.git/config', 'x/.git/HEAD', '.github/workflows/ci.yml', 'README', 'a.', '/etc/passwd',
      '/x', '/a/x', '~/.ssh/id_rsa', 'a/b/c', 'a/x/b/y/c', 'web/node_modules', 'src/a.js', 'img/a.png', 'v1', 'v.1',
      'log-2.txt', 'Readme.md', 'x.min.js', '.a', 'a/.b',
    ];
    const mismatches: string[] = [];
    for (const p of patterns) {
      expect(globSyntaxError(p), p).toBeUndefined();
      for (const nocase of [false, true])
        for (const path of paths)
          if (globToRegExp(p, { nocase }).test(path) !== pm(p, nocase).test(path)) mismatches.push(`${p} ${path} nocase=${nocase}`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('policy semantics only widen picomatch', () => {
  it('every path picomatch matches, the policy pattern matches too (with and without descendants)', () => {
    const r = mulberry32(99);
    let checked = 0;
    for (let k = 0; k < 3_000; k++) {
      const { pat, sample } = randPattern(r);
      if (globSyntaxError(pat)) continue;
      const theirs = pm(pat);
      const plain = new RegExp(`^(?:${policyGlobSource(pat)})$`);
      const desc = new RegExp(`^(?:${policyGlobSource(pat, { coverDescendants: true })})$`);
      for (let j = 0; j < 10; j++) {
        const path = j % 2 ? randPath(r) : sample(r);
        if (!inDomain(path) || !theirs.test(path)) continue;
        checked++;
        expect([pat, path, plain.test(path), desc.test(path)]).toEqual([pat, path, true, true]);
      }
    }
    expect(checked).toBeGreaterThan(3_000);
  });
});

describe('the regex sources stay inside the subset refa accepts', () => {
  it('parses and builds an NFA (no assertions) for every accepted generated pattern, both flags', () => {
    const r = mulberry32(7);
    let built = 0;
    for (let k = 0; k < 1_500; k++) {
      const { pat } = randPattern(r);
      if (globSyntaxError(pat)) continue;
      for (const source of [globToRegexSource(pat), policyGlobSource(pat), policyGlobSource(pat, { coverDescendants: true })]) {
        for (const flags of ['', 'i']) {
          // Both throw on any assertion (^ $ \b look-arounds) or back-reference.
          const { expression, maxCharacter } = JS.Parser.fromLiteral({ source, flags }).parse({ assertions: 'throw', backreferences: 'throw', simplify: false });
          NFA.fromRegex(expression, { maxCharacter }, { assertions: 'throw' });
          built++;
        }
      }
    }
    expect(built).toBeGreaterThan(3_000);
  });

  it('includes the domain of normalised paths', () => {
    for (const source of [PATH_DOMAIN_SOURCE, SEGMENT_DOMAIN_SOURCE]) {
      const { expression, maxCharacter } = JS.Parser.fromLiteral({ source, flags: '' }).parse({ assertions: 'throw', backreferences: 'throw' });
      expect(NFA.fromRegex(expression, { maxCharacter }).isEmpty).toBe(false);
    }
  });
});

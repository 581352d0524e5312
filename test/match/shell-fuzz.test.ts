// Random and mutated command lines: never a crash, never a hang. 100,000 lines go through the
// lexer and the simple-list reader (what every line meets first), 10,000 through the whole
// analysis, bash-parser included (about 1 ms a line: the full 100,000 would cost the suite
// minutes). Deep nesting and long lines are opaque with a reason, never a stack overflow.
import { describe, expect, it } from 'vitest';
import { MAX_LINE_LENGTH, analyzeUncached } from '../../src/match/shell-analyze.js';
import { lexShell } from '../../src/match/shell-lex.js';
import { simpleListScript } from '../../src/match/shell-simple.js';
import { ORACLE_CORPUS } from './shell-oracle/corpus.js';

const ALPHABET = ` \t\n'"\`$(){}[]<>|&;\\#=*?~!-abcrmgitx/.,0123456789`;

/** A small deterministic generator: the same lines every run, so a failure reproduces. */
function lines(count: number, seed: number): string[] {
  let state = seed;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state % n;
  };
  const random = (): string => {
    let s = '';
    for (let i = next(120); i > 0; i--) s += ALPHABET[next(ALPHABET.length)];
    return s;
  };
  const mutate = (line: string): string => {
    let s = line;
    for (let k = 1 + next(3); k > 0; k--) {
      const at = next(s.length + 1);
      const op = next(3);
      if (op === 0) s = s.slice(0, at) + ALPHABET[next(ALPHABET.length)] + s.slice(at);
      else if (op === 1) s = s.slice(0, at) + s.slice(at + 1);
      else s = s.slice(0, at) + s.slice(at, at + 1 + next(8)) + s.slice(at);
    }
    return s;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(i % 2 ? random() : mutate(ORACLE_CORPUS[next(ORACLE_CORPUS.length)]!));
  return out;
}

describe('command lines an attacker writes', () => {
  it('100,000 random and mutated lines: the lexer and the simple-list reader never throw', () => {
    let errors = 0;
    for (const line of lines(100_000, 1)) {
      const lex = lexShell(line);
      if (lex.error) errors++;
      else simpleListScript(lex);
    }
    // Most random lines are not shell; the mutated ones mostly are: both halves are exercised.
    expect(errors).toBeGreaterThan(10_000);
    expect(errors).toBeLessThan(90_000);
  });

  it('10,000 random and mutated lines: the analysis never throws and no line takes 2 s', () => {
    let worst = 0;
    let opaque = 0;
    for (const line of lines(10_000, 2)) {
      const t = performance.now();
      const a = analyzeUncached(line);
      worst = Math.max(worst, performance.now() - t);
      if (a.problems.length) opaque++;
    }
    expect(worst).toBeLessThan(2000);
    expect(opaque).toBeGreaterThan(1000);
  }, 120_000);

  it.each([
    ['$(', ')'],
    ['`echo ', '`'],
    ['(', ')'],
    ['"${x:-', '}"'],
    ['$((', '))'],
    ['<(', ')'],
    ['bash -c "', '"'],
  ])('20,000 nested %j are opaque with a reason, not a stack overflow', (open, close) => {
    const line = open.repeat(20_000) + 'rm -rf x' + close.repeat(20_000);
    const a = analyzeUncached(line.slice(0, MAX_LINE_LENGTH));
    expect(a.problems.length).toBeGreaterThan(0);
    expect(a.problems[0]!.reason).toMatch(/nested|longer than|cannot parse/);
  });

  it('a line longer than the documented maximum is opaque, not analysed', () => {
    const a = analyzeUncached(`echo ${'x'.repeat(MAX_LINE_LENGTH)}`);
    expect(a.problems.map((p) => p.reason)).toEqual([`the command line is longer than ${MAX_LINE_LENGTH} characters: not analysed`]);
    expect(a.commands).toEqual([]);
  });

  it('compound commands beyond the parser bound are opaque, not seconds of parsing', () => {
    const t = performance.now();
    const a = analyzeUncached('if true; then rm -rf x; fi\n'.repeat(2600));
    expect(performance.now() - t).toBeLessThan(2000);
    expect(a.problems[0]!.reason).toMatch(/compound commands longer than/);
  });
});

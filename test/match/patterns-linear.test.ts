// The linear-time automaton (src/match/linear.ts) that runs compiled lists and compileGlob.
import { describe, expect, it } from 'vitest';
import { compileGlob, compilePolicyGlob, globSyntaxError, globToRegexSource, policyGlobSource } from '../../src/match/glob.js';
import { Automaton } from '../../src/match/linear.js';
import { asciiFoldedForRegExp } from '../analysis/brute.js';
import { mulberry32, mutate, randPath, randPattern } from './glob-gen.js';

const EXTRA = ['é', 'É', 'ß', 'ſ', 'S', 's', 'K', '\u212a', 'k', 'İ', 'ı', 'i', 'I', 'Σ', 'ς', 'σ', '\n', '/', '\ud83d\ude00'];

describe('Automaton', () => {
  it('agrees with RegExp on every emitted source, both flags, any string', () => {
    const r = mulberry32(31);
    let compared = 0;
    const mismatches: string[] = [];
    for (let k = 0; k < 2_500; k++) {
      const { pat, sample } = randPattern(r);
      if (globSyntaxError(pat)) continue;
      for (const source of [globToRegexSource(pat), policyGlobSource(pat, { coverDescendants: true })]) {
        for (const nocase of [false, true]) {
          // nocase: the engine's fold (case-fold.ts) is wider than RegExp's `i`: see asciiFoldedForRegExp
          const re = new RegExp(`^(?:${source})$`, nocase ? 'i' : '');
          const au = new Automaton(nocase).add(1, source);
          for (let j = 0; j < 10; j++) {
            let s = j % 3 === 0 ? randPath(r) : j % 3 === 1 ? sample(r) : mutate(r, sample(r));
            if (j % 4 === 0) s += EXTRA[Math.floor(r() * EXTRA.length)];
            if (j % 5 === 0) s = EXTRA[Math.floor(r() * EXTRA.length)] + s;
            compared++;
            if (re.test(nocase ? asciiFoldedForRegExp(s) : s) !== au.run(s).length > 0 && mismatches.length < 10) mismatches.push(`${source} ${nocase} ${JSON.stringify(s)}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(40_000);
  });

  it('reports every matching tag, sorted, from one run', () => {
    const au = new Automaton();
    ['a[^/]*', '[^/]*b', 'ab', '(?:x|y)+', '', '(?:)'].forEach((s, i) => au.add(i, s));
    expect(au.run('ab')).toEqual([0, 1, 2]);
    expect(au.run('axb')).toEqual([0, 1]);
    expect(au.run('xyx')).toEqual([3]);
    expect(au.run('')).toEqual([4, 5]);
    expect(au.run('q')).toEqual([]);
    expect(new Automaton().run('a')).toEqual([]);
  });

  it('shares a prefix without changing what matches', () => {
    const r = mulberry32(32);
    const prefix = '(?:[^]*/)?';
    const sources: string[] = [];
    while (sources.length < 60) {
      const { pat } = randPattern(r);
      if (globSyntaxError(pat)) continue;
      const source = policyGlobSource(pat);
      if (source.startsWith(prefix)) sources.push(source); // name patterns and `**/…`
    }
    const plain = new Automaton(true);
    const shared = new Automaton(true);
    sources.forEach((s, i) => {
      plain.add(i, s);
      shared.addShared(prefix, i, `(?:${s.slice(prefix.length)})`);
    });
    for (let k = 0; k < 3_000; k++) {
      const s = randPath(r);
      expect([s, shared.run(s)]).toEqual([s, plain.run(s)]);
    }
  });

  it('stays correct when its state cache overflows and restarts', () => {
    // The glob `*a??????????????`: a DFA must remember the last 15 characters (2^15 states).
    const source = `[^/]*a${'[^/]'.repeat(14)}`;
    const re = new RegExp(`^(?:${source})$`);
    const au = new Automaton().add(0, source);
    const r = mulberry32(33);
    for (let k = 0; k < 4_000; k++) {
      let s = '';
      for (let i = 0; i < 40; i++) s += r() < 0.5 ? 'a' : 'b';
      expect([s, au.run(s).length > 0]).toEqual([s, re.test(s)]);
    }
    expect(au.overflows).toBeGreaterThan(0);
  });

  it('finishes on patterns and paths that make backtracking matchers run for hours', () => {
    // A backtracking RegExp needs ~n^5/120 steps for the first one (n = 250): minutes; the others
    // are worse. Each of these runs in one pass here (vitest's timeout would catch a hang).
    const cases: Array<[string, string, boolean]> = [
      ['*a*a*a*a*a*b', 'a'.repeat(250), false],
      ['+(*a)', `${'a'.repeat(250)}b`, false],
      ['a/**/b/**/c/**/d/**/e', `a/${'b/c/d/'.repeat(600)}x`, false],
      ['**/*a*a*a*b/**', `${'x/'.repeat(500)}${'a'.repeat(250)}`, false],
      ['*(a|b)c', 'ab'.repeat(2_000), false],
    ];
    for (const [pattern, path, expected] of cases) {
      expect([pattern, compileGlob(pattern)(path)]).toEqual([pattern, expected]);
      expect([pattern, compilePolicyGlob(pattern, { nocase: true, coverDescendants: true })(path)]).toEqual([pattern, expected]);
    }
  });

  it('rejects sources outside its subset', () => {
    for (const s of ['a{2', '^a', 'a$', '(?=a)', '\\b', 'a**', '(a', 'a)', '[a'])
      expect(() => new Automaton().add(0, s), s).toThrow(SyntaxError);
  });
});

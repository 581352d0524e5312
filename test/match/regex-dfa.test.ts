// The fast regex -> DFA path against refa (language equality, decided by refa) and plain RegExps.
import { describe, expect, it } from 'vitest';
import { CharSet, DFA, JS, NFA, isDisjointWith, type Char } from 'refa';
import { fastDfaOf, MAX, type DfaTable } from '../../src/match/regex-dfa.js';
import { parseRegexSubset, RegexSubsetError } from '../../src/match/regex-subset.js';
import { Brute, randomSource, rng, test } from '../analysis/brute.js';

function refaDfa(source: string, flags: string): DFA {
  const { expression, maxCharacter } = JS.Parser.fromLiteral({ source, flags }).parse();
  const dfa = DFA.fromFA(NFA.fromRegex(expression, { maxCharacter }));
  dfa.minimize();
  return dfa;
}

function toRefa(t: DfaTable): DFA {
  const builder = new DFA.Builder(DFA.nodeFactory);
  const nodes = t.edges.map((_, i) => (i === t.initial ? builder.initial : builder.createNode()));
  t.final.forEach((f, i) => f && builder.makeFinal(nodes[i]!));
  t.edges.forEach((e, i) => {
    const byTarget = new Map<number, { min: Char; max: Char }[]>();
    for (let j = 0; j < e.length; j += 3) {
      const list = byTarget.get(e[j + 2]!) ?? [];
      list.push({ min: e[j]! as Char, max: e[j + 1]! as Char });
      byTarget.set(e[j + 2]!, list);
    }
    for (const [to, ranges] of byTarget) builder.linkNodes(nodes[i]!, nodes[to]!, CharSet.empty(MAX as Char).union(ranges));
  });
  return DFA.fromBuilder(builder, { maxCharacter: MAX as Char });
}

function subset(a: DFA, b: DFA): boolean {
  const notB = b.copy();
  notB.complement();
  return isDisjointWith(a, notB);
}

/**
 * Case-sensitive: exactly the language refa's own JS parser reads. Case-insensitive: the engine's
 * fold is wider than RegExp's `i` fold, so the language contains refa's `i` one (test/match/
 * case-fold.test.ts checks the fold itself against `i` and `iu`).
 */
function sameLanguage(source: string, flags: string): void {
  const fast = fastDfaOf(source, { nocase: flags === 'i' }, 10_000);
  const mine = toRefa(fast);
  if (flags === '') {
    const theirs = refaDfa(source, '');
    expect(subset(mine, theirs) && subset(theirs, mine), `/${source}/`).toBe(true);
    // Minimal: never more states than refa's minimal DFA (plus its possible trap state).
    expect(fast.final.length).toBeLessThanOrEqual(theirs.countNodes() + 1);
  } else if (!/\[\^|\\[DSW]|\./.test(source)) {
    // (a negated set under a wider fold excludes more, as RegExp's own negated sets do under `iu`)
    expect(subset(refaDfa(source, 'i'), mine), `/${source}/i within ours`).toBe(true);
  }
}

const HAND = [
  'a',
  '',
  'a|b|',
  'backend\\/secrets(?:\\/[^]*)?',
  '(?:[^]*\\/)?\\.env[^\\/]*',
  'src\\/(?:[^]*\\/)?[^\\/]*\\.ts',
  '[^\\s\\S]',
  '[^]',
  '[]a',
  '.',
  '\\d+\\D?\\w*\\W\\s\\S',
  '[a-z0-9_.-]+',
  '[^a-z\\/]{2,3}',
  'x{3}y{0,2}z{2,}',
  'a*?b+?c??',
  '(a|bc)*(?:d)',
  '\\x41\\u00e9\\t\\n\\0',
  '[\\b\\-\\]\\\\]',
  'ſ|K|σ|ς|Σ|ß|İ|ı|µ',
  '[k-m]é',
  'npm run lint(?: .*)?',
  'git push --force(?: .*)?',
];

describe('fast regex -> DFA', () => {
  it('accepts exactly the language refa builds, hand-written sources, both flags', () => {
    for (const src of HAND) for (const flags of ['', 'i']) sameLanguage(src, flags);
  });

  it('accepts exactly the language refa builds, random sources', () => {
    const rand = rng(17);
    for (let i = 0; i < 300; i++) sameLanguage(randomSource(rand, 4), rand() < 0.4 ? 'i' : '');
  });

  it('agrees with plain RegExps on every short string, including case-folding oddities', () => {
    const brute = new Brute(['a', 'A', 'k', 'K', '\u212a', 's', 'S', '\u017f', '\u03c3', '\u03c2', '\u03a3', '/', '.'], 3);
    for (const src of ['[a-z]+', 'k|s', '[^k]', '\\w?', 'σ+', '[^\\/]*', 'K[a.]']) {
      for (const flags of ['', 'i']) {
        const t = fastDfaOf(src, { nocase: flags === 'i' }, 1000);
        for (const w of brute.words) expect(accepts(t, w), `/${src}/${flags} on ${JSON.stringify(w)}`).toBe(test({ source: src, flags }, w));
      }
    }
  });

  it('rejects what the regex subset does not have', () => {
    for (const src of ['a(?=b)', '(a)\\1', '^a', 'a$', '\\bword', '\\cJ', 'a{2', ']', '\\k<x>', '[\\d-z]', 'a**']) {
      expect(() => parseRegexSubset(src), src).toThrow(RegexSubsetError);
    }
  });
});

function accepts(t: DfaTable, w: string): boolean {
  let s = t.initial;
  for (let i = 0; i < w.length && s >= 0; i++) {
    const c = w.charCodeAt(i);
    const e = t.edges[s]!;
    let next = -1;
    for (let j = 0; j < e.length; j += 3) if (c >= e[j]! && c <= e[j + 1]!) next = e[j + 2]!;
    s = next;
  }
  return s >= 0 && t.final[s] === 1;
}

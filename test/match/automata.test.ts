import { describe, expect, it } from 'vitest';
import {
  ALL_PATHS,
  Automata,
  RELATIVE_PATHS,
  SIMPLE_COMMANDS,
  meet,
  type Lang,
  type Neg,
  type Verdict,
} from '../../src/match/automata.js';
import { literalEnds, prefixesAgree, suffixesAgree } from '../../src/analysis/shape.js';
import { Brute, randomSource, rng, satisfies } from '../analysis/brute.js';

const MAX_LEN = 5;
const brute = new Brute(['a', 'b', '.', '/', 'A'], MAX_LEN);

const seen = { empty: 0, found: 0 };

/** Checks one verdict of `find(pos, neg)` against the brute-force oracle. */
function check(v: Verdict, pos: Lang[], neg: Neg[] = []): void {
  if (v.status !== 'unknown') seen[v.status]++;
  const oracle = brute.find(pos, neg);
  const what = `pos=${pos.map((l) => `/${l.source}/${l.flags ?? ''}`).join(' ')} neg=${JSON.stringify(neg)}`;
  expect(v.status, what).not.toBe('unknown');
  if (v.status === 'empty') {
    expect(oracle, `${what}: automata say empty, brute force found`).toBeUndefined();
  } else if (v.status === 'found') {
    expect(satisfies(v.witness, pos, neg), `${what}: witness ${JSON.stringify(v.witness)}`).toBe(true);
    // Shortest: no enumerated word is shorter (the oracle sees a sub-alphabet, so it bounds from above).
    if (oracle !== undefined) expect(v.witness.length, what).toBeLessThanOrEqual(oracle.length);
    else expect(v.witness.length, what).toBeGreaterThanOrEqual(0);
  }
}

// Hand-written sources of the shape the glob compiler emits (policy semantics).
const GLOBS: Lang[] = [
  { source: 'a' },
  { source: 'a/[^/]*' },
  { source: 'a(?:/.*)?' },
  { source: '(?:[^/]*/)*[^/]*' },
  { source: '(?:.*/)?\\.[^/]*' },
  { source: '(?:.*/)?b' },
  { source: 'a/(?:[^/]*/)*[^/]*\\.b' },
  { source: '[^/]+(?:/[^/]+)*' },
  { source: 'a/b(?:/.*)?' },
  { source: 'a/b(?:/.*)?', flags: 'i' },
  { source: '(?:.*/)?\\.a[^/]*', flags: 'i' },
  { source: '[^a/]' },
  { source: '(?:a|b)\\.(?:a|b)' },
  { source: '[^\\s\\S]' },
];

describe.each(['fast', 'refa'] as const)('automata layer against brute force (%s builder)', (builder) => {
  const auto = new Automata({ builder });

  it('answers intersection and inclusion for every pair of hand-written globs', () => {
    for (const a of GLOBS) {
      check(auto.member(a), [a]);
      for (const b of GLOBS) {
        check(auto.intersect(a, b), [a, b]);
        check(auto.notSubset(a, b), [a], [b]);
      }
    }
  });

  it('answers inclusion in a union for triples of hand-written globs', () => {
    for (const a of GLOBS) {
      for (const b of GLOBS) {
        for (const c of GLOBS) check(auto.notSubsetOfUnion(a, [b, c]), [a], [b, c]);
      }
    }
  });

  it('answers random regexes in the compiler subset (pairs, inclusions, unions)', () => {
    const rand = rng(4);
    const langs: Lang[] = [];
    for (let i = 0; i < 120; i++) langs.push({ source: randomSource(rand), flags: rand() < 0.25 ? 'i' : '' });
    let checked = 0;
    for (let i = 0; i < langs.length; i++) {
      const a = langs[i]!;
      const b = langs[(i * 7 + 3) % langs.length]!;
      const c = langs[(i * 13 + 5) % langs.length]!;
      check(auto.intersect(a, b), [a, b]);
      check(auto.notSubset(a, b), [a], [b]);
      check(auto.notSubsetOfUnion(a, [b, c]), [a], [b, c]);
      check(auto.find([a, RELATIVE_PATHS], [b]), [a, RELATIVE_PATHS], [b]);
      // A negative item that is an intersection (a deny limited to an override's directory).
      check(auto.find([a], [[b, c]]), [a], [[b, c]]);
      check(auto.find([a], [b, [c, a]]), [a], [b, [c, a]]);
      // A meet is one language: the intersection, with its own cached DFA.
      check(auto.find([meet(a, b)], [c]), [a, b], [c]);
      checked += 7;
    }
    expect(checked).toBe(840);
    // Both answers occur often, so neither branch of the oracle check is vacuous.
    expect(seen.empty).toBeGreaterThan(100);
    expect(seen.found).toBeGreaterThan(100);
  });

  it('agrees with the literal-ends prefilter: different literal starts or ends mean disjoint languages', () => {
    const rand = rng(9);
    const langs: Lang[] = [...GLOBS];
    for (let i = 0; i < 80; i++) {
      const flags = rand() < 0.3 ? 'i' : '';
      langs.push({ source: `a${randomSource(rand, 2)}`, flags }, { source: `${randomSource(rand, 2)}\.b`, flags });
    }
    let pruned = 0;
    for (const a of langs) {
      for (const b of langs) {
        const ea = literalEnds(a.source);
        const eb = literalEnds(b.source);
        if (!prefixesAgree(ea.prefix, eb.prefix) || !suffixesAgree(ea.suffix, eb.suffix)) {
          pruned++;
          expect(auto.intersect(a, b).status).toBe('empty');
        }
      }
    }
    expect(pruned).toBeGreaterThan(1000);
  });
});

describe('automata layer answers', () => {
  const auto = new Automata();

  it('finds the shortest readable witness of an overlap', () => {
    const deny = { source: 'backend/secrets(?:/.*)?', flags: 'i' };
    const allow = { source: 'backend/secrets/test-fixtures(?:/.*)?' };
    expect(auto.intersect(allow, deny)).toEqual({ status: 'found', witness: 'backend/secrets/test-fixtures' });
    expect(auto.find([allow, deny, RELATIVE_PATHS], [], { preferFileInside: true })).toEqual({
      status: 'found',
      witness: 'backend/secrets/test-fixtures/a',
    });
    expect(auto.notSubset(allow, deny)).toEqual({ status: 'empty' });
  });

  it('prefers printable representatives of character classes', () => {
    expect(auto.member({ source: '[^/]' })).toEqual({ status: 'found', witness: 'a' });
    expect(auto.member({ source: '[^a-z/]' })).toEqual({ status: 'found', witness: '0' });
    expect(auto.member({ source: '[\\x00-\\x02]' })).toEqual({ status: 'found', witness: '\u0001' });
  });

  it('decides emptiness and universality over normalised paths', () => {
    expect(auto.member({ source: '[^\\s\\S]' })).toEqual({ status: 'empty' });
    const globstar = { source: '(?:[^/]+/)*[^/]+' };
    expect(auto.notUniversal(globstar)).toEqual({ status: 'empty' });
    const star = { source: '[^/]*' };
    expect(auto.notUniversal(star)).toEqual({ status: 'found', witness: 'a/a' });
    // The universe has no empty path, no empty or dot segments, no leading slash.
    for (const bad of ['', '/', 'a//b', './a', 'a/..', 'a/']) expect(satisfies(bad, [RELATIVE_PATHS])).toBe(false);
    for (const good of ['a', '.env', 'a/.b', 'a/..b', 'a b']) expect(satisfies(good, [RELATIVE_PATHS])).toBe(true);
    expect(satisfies('/tmp/x', [ALL_PATHS])).toBe(true);
    expect(satisfies('npm test', [SIMPLE_COMMANDS])).toBe(true);
    expect(satisfies('npm  test', [SIMPLE_COMMANDS])).toBe(false);
  });

  it('compares case-insensitive denies with case-sensitive allows', () => {
    const deny = { source: '(?:.*/)?\\.env[^/]*', flags: 'i' };
    const allow = { source: '(?:.*/)?\\.ENV' };
    expect(auto.notSubset(allow, deny)).toEqual({ status: 'empty' });
    expect(auto.notSubset(deny, { source: deny.source })).toEqual({ status: 'found', witness: '.enV' });
  });

  it('reports unknown instead of guessing when a size limit is hit', () => {
    const small = new Automata({ maxDfaStates: 50 });
    const big = { source: '(?:a|b)*a(?:a|b){12}' };
    const v = small.member(big);
    expect(v.status).toBe('unknown');
    const tight = new Automata({ maxProductStates: 3 });
    expect(tight.intersect({ source: 'abcdef' }, { source: '[a-z]+' }).status).toBe('unknown');
  });

  it('reports unknown for constructs automata cannot represent', () => {
    expect(auto.member({ source: 'a(?=b)' }).status).toBe('unknown');
    // A back-reference refa can resolve to finitely many words is exact; anything else is unknown.
    const br = auto.member({ source: '(a|b)\\1' });
    if (br.status === 'found') expect(['aa', 'bb']).toContain(br.witness);
    else expect(br.status).toBe('unknown');
    expect(auto.member({ source: 'a', flags: 'g' }).status).toBe('unknown');
  });

  it('caches one DFA per language', () => {
    const a = { source: 'x[^/]*y' };
    expect(auto.states(a)).toBe(auto.states({ ...a }));
  });
});

describe('Automata.carry', () => {
  it('starts afresh with the carried languages and answers exactly as before', () => {
    const auto = new Automata({ maxDfaStates: 500 });
    const deny: Lang = { source: '(?:[^]*/)?\\.env[^/]*(?:/[^]*)?', flags: 'i' };
    const allow: Lang = { source: 'src/[^]*\\.ts' };
    const tree: Lang = { source: 'src(?:/[^]*)?' };
    const huge: Lang = { source: '[^]*a[^]{12}' };
    const before = [auto.find([tree, ALL_PATHS, deny], [], { preferFileInside: true }), auto.find([tree, ALL_PATHS], [allow]), auto.find([huge])];
    const next = auto.carry([deny, allow, ALL_PATHS, huge]);
    expect(next).not.toBe(auto);
    expect(next.limits).toEqual(auto.limits);
    // The tree was not carried: it is built again on demand, with the same answers.
    const after = [next.find([tree, ALL_PATHS, deny], [], { preferFileInside: true }), next.find([tree, ALL_PATHS], [allow]), next.find([huge])];
    expect(after).toEqual(before);
    expect(before[0]).toEqual({ status: 'found', witness: 'src/.env/a' });
    expect(before[2]!.status).toBe('unknown');
    // A language equal to a carried one (another object) is found by its key.
    expect(next.states({ ...allow })).toBe(auto.states(allow));
  });
});

// Compiled path lists as data (CompiledPathList.snapshot, restorePathList): what the runtime cache
// keeps between hook processes. A restored list answers exactly as the list it was taken from, on
// generated patterns and paths, for every kind of list; a damaged snapshot restores nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePath, type NormalizedPath } from '../../src/match/path.js';
import { ALLOW_LIST, DENY_LIST, compilePathList, restorePathList, type PathListOptions } from '../../src/match/patterns.js';
import { mulberry32, mutate, randPath, randPattern } from './glob-gen.js';

const rules = (...patterns: string[]) => patterns.map((pattern) => ({ pattern }));
const n = (p: string): NormalizedPath => normalizePath(p, { root: '/abs/repo' });
const GATE: PathListOptions = { nocase: true, coverDescendants: false, scopeAbsolute: false, windowsAliases: true, rootAnchored: true, trim: true };
const KINDS: Array<[string, Readonly<PathListOptions>]> = [
  ['deny', DENY_LIST],
  ['allow', ALLOW_LIST],
  ['gate', GATE],
];

/** Through JSON, as the cache file holds it. */
const stored = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe('a restored path list', () => {
  it('matches exactly as the compiled one (generated patterns and paths, every kind of list)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rand = mulberry32(seed);
        const pieces = Array.from({ length: 1 + Math.floor(rand() * 8) }, () => randPattern(rand));
        const patterns = pieces.map((p) => p.pat);
        // Paths the patterns match (and their upper-case spellings), and paths at random.
        const samples = pieces.map((p) => p.sample(rand));
        const paths = [...samples, ...samples.map((p) => p.toUpperCase()), ...samples.map((p) => mutate(rand, p)), ...Array.from({ length: 10 }, () => randPath(rand))];
        for (const [, options] of KINDS) {
          const list = compilePathList(rules(...patterns), options);
          const restored = restorePathList(rules(...patterns), options, stored(list.snapshot()));
          expect(restored).toBeDefined();
          expect(restored!.errors).toEqual(list.errors);
          for (const p of paths) expect(restored!.allMatches(n(p))).toEqual(list.allMatches(n(p)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps what the compiler made of the tricks: case variants, Windows readings, outside paths, a broken pattern', () => {
    const patterns = ['.env*', 'secrets/**', '/etc/**', '**/id_rsa*', 'a[', '/secrets/**', ' .npmrc '];
    for (const [kind, options] of KINDS) {
      const list = compilePathList(rules(...patterns), options);
      const restored = restorePathList(rules(...patterns), options, stored(list.snapshot()))!;
      for (const p of ['.ENV', '.env::$DATA', 'ſecrets/k', 'SECRETS/x', '/etc/passwd', '/home/u/.env', 'a/b/ID_RSA.pub', '.npmrc', 'src/a.ts', '.'])
        expect([kind, p, restored.allMatches(n(p))]).toEqual([kind, p, list.allMatches(n(p))]);
      expect(restored.errors.map((e) => e.index)).toEqual([4]);
    }
    // The deny list does deny them (so the comparison above compares something).
    const deny = restorePathList(rules(...patterns), DENY_LIST, stored(compilePathList(rules(...patterns), DENY_LIST).snapshot()))!;
    expect(['.ENV', 'ſecrets/k', '.env::$DATA', '/etc/passwd'].map((p) => deny.test(n(p)))).toEqual([true, true, true, true]);
  });

  it('is refused when the snapshot is damaged or made for another list', () => {
    const patterns = ['.env*', 'secrets/**', '*.pem'];
    const good = stored(compilePathList(rules(...patterns), DENY_LIST).snapshot()) as {
      rel: { universal: number[]; automaton: { nocase: boolean; kind: number[]; a: number[]; b: number[]; sets: number[][]; starts: number[] } };
    };
    const damaged = (edit: (s: typeof good) => void): unknown => {
      const s = structuredClone(good);
      edit(s);
      return s;
    };
    expect(restorePathList(rules(...patterns), DENY_LIST, good)).toBeDefined();
    for (const bad of [
      undefined,
      null,
      'x',
      {},
      damaged((s) => void (s.rel.automaton.nocase = false)), // folds case differently from the list
      damaged((s) => void s.rel.automaton.b.push(0)), // arrays of different lengths
      damaged((s) => void (s.rel.automaton.b[0] = 10_000)), // a state out of range
      damaged((s) => void (s.rel.automaton.starts = [-1])),
      damaged((s) => void (s.rel.automaton.sets[0] = [5])), // half a range
      damaged((s) => void (s.rel.automaton.sets[0] = [0, 0x10000])),
      damaged((s) => void (s.rel.automaton.kind[0] = 7)),
      damaged((s) => void (s.rel.universal = [3])), // a rule index past the list
      damaged((s) => void ((s as { errors?: unknown }).errors = [{ index: 9, error: { message: 'x', offset: 0 } }])),
    ])
      expect(restorePathList(rules(...patterns), DENY_LIST, bad)).toBeUndefined();
    // An accept tag past the rules: a snapshot of a longer list given to a shorter one.
    const longer = stored(compilePathList(rules(...patterns, 'x/**'), DENY_LIST).snapshot());
    expect(restorePathList(rules(...patterns), DENY_LIST, longer)).toBeUndefined();
    // An allow list's snapshot has both sides; without the absolute one it is not whole.
    const allow = stored(compilePathList(rules('src/**', '/tmp/**'), ALLOW_LIST).snapshot()) as { abs?: unknown };
    delete allow.abs;
    expect(restorePathList(rules('src/**', '/tmp/**'), ALLOW_LIST, allow)).toBeUndefined();
  });
});

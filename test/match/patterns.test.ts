import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicyGlob, globSyntaxError, isAbsolutePattern } from '../../src/match/glob.js';
import { normalizePath, windowsAlias, type NormalizedPath } from '../../src/match/path.js';
import { ALLOW_LIST, DENY_LIST, compilePathList, readings, type PathListOptions } from '../../src/match/patterns.js';
import { mulberry32, randPath, randPattern } from './glob-gen.js';

const rules = (...patterns: string[]) => patterns.map((pattern, i) => ({ pattern, id: i }));
const root = '/abs/repo';
const n = (p: string): NormalizedPath => normalizePath(p, { root });

describe('deny lists (nocase, descendants, every pattern on every path)', () => {
  const deny = compilePathList(rules('.env*', 'secrets/**', 'node_modules', '*.pem', '/etc/**', 'build/'), DENY_LIST);

  it('denies the tricks', () => {
    for (const p of ['.env', './.env', 'src/../.env', '.ENV', 'src/config/.env.local', '/abs/repo/.Env', 'secrets', 'secrets/.key', 'SECRETS/x',
      'node_modules/x/y.js', 'web/node_modules/a', 'a/key.PEM', 'key.pem/inner', '/etc/passwd', 'build/x', 'a/build/x'])
      expect([p, deny.test(n(p))]).toEqual([p, true]);
    for (const p of ['src/a.ts', 'env', 'secretsx/a', 'node_modulesx', 'a.pem.txt', 'builds/x', '.'])
      expect([p, deny.test(n(p))]).toEqual([p, false]);
  });

  it('covers the Windows readings of a denied path', () => {
    for (const p of ['.env.', '.env ', '.env::$DATA', 'src/.env.local:x', 'secrets./k', 'secrets /k', 'a/key.pem.', 'node_modules. /x'])
      expect([p, deny.test(n(p))]).toEqual([p, true]);
    expect(compilePathList(rules('.env'), ALLOW_LIST).test('.env.')).toBe(false);
  });

  it('covers outside paths by name too (a deny is never narrowed)', () => {
    expect(deny.firstMatch(n('/home/u/.env'))?.rule.pattern).toBe('.env*');
    expect(deny.firstMatch(n('~/.env'))?.rule.pattern).toBe('.env*');
  });

  it('names the first matching rule and lists all', () => {
    const list = compilePathList(rules('src/**', '**/*.ts', 'src/a.ts', 'a.ts'), DENY_LIST);
    expect(list.firstMatch('src/a.ts')?.index).toBe(0);
    expect(list.allMatches('src/a.ts').map((m) => m.index)).toEqual([0, 1, 2, 3]);
    expect(list.firstMatch('x/a.ts')?.index).toBe(1);
  });
});

describe('allow lists (exact case, no descendants, outside paths only by absolute patterns)', () => {
  const allow = compilePathList(rules('src/**/*.ts', 'package.json', '**', '/tmp/agent/**', '~/.cache/x'), ALLOW_LIST);

  it('never admits an outside path through a relative pattern', () => {
    expect(allow.firstMatch(n('src/a.ts'))?.index).toBe(0);
    expect(allow.firstMatch(n('/etc/passwd'))).toBeUndefined();
    expect(allow.firstMatch(n('../x'))).toBeUndefined();
    expect(allow.firstMatch(n('~/.ssh/id_rsa'))).toBeUndefined();
    expect(allow.firstMatch(n('/tmp/agent/out.txt'))?.index).toBe(3);
    expect(allow.firstMatch(n('/tmp/agent'))?.index).toBe(3);
    expect(allow.firstMatch(n('~/.cache/x'))?.index).toBe(4);
  });

  it('is not widened by case or by descendants', () => {
    const narrow = compilePathList(rules('package.json', '.env.example', 'docs/*.md'), ALLOW_LIST);
    expect(narrow.test('package.json')).toBe(true);
    expect(narrow.test('web/package.json')).toBe(true);
    expect(narrow.test('package.json/evil')).toBe(false);
    expect(narrow.test('Package.json')).toBe(false);
    expect(narrow.test('.ENV.example')).toBe(false);
    expect(narrow.test('docs/a.md/x')).toBe(false);
  });

  it('matches the root `.` only with a universal pattern', () => {
    expect(allow.firstMatch(n('.'))?.index).toBe(2);
    expect(compilePathList(rules('src/**', '*'), ALLOW_LIST).test('.')).toBe(false);
  });

  it('matches nothing for an invalid path, whatever the patterns', () => {
    for (const p of ['', 'a\u0000b', '~/../x', 'C:x']) {
      expect(allow.test(n(p))).toBe(false);
      expect(compilePathList(rules('**'), DENY_LIST).test(n(p))).toBe(false);
    }
  });
});

it('reports bad patterns and keeps going', () => {
  const list = compilePathList(rules('src/**', '!(x)', 'a/**b', 'x'), DENY_LIST);
  expect(list.errors.map((e) => [e.index, e.error.offset])).toEqual([
    [1, 0],
    [2, 2],
  ]);
  expect(list.test('x')).toBe(true);
  expect(list.test('!(x)')).toBe(false);
});

describe('the bucketed lookup equals rule-by-rule policy matching', () => {
  const realistic = [
    '.env', 'x.pem', 'dir/file',
    'src/**/*.ts', 'tests/**/*.spec.ts', '.env*', 'secrets/**', 'node_modules/**', 'package.json', '**/*.{js,ts}', 'src/index.ts',
    'docs/', 'build', 'Makefile', '**', '*', '/etc/**', '~/.ssh/**', 'src/*/x', 'a/**/b', '**/*.pem', '.github/workflows/*.yml',
    './README.md', 'src/{a,b}/**', 'x/y/z', '*.min.js', '/tmp/x', 'SRC/A.ts', 'web/package.json',
  ];
  const paths = ['src/a.ts', 'src/x/y.spec.ts', '.env', 'src/.env.local', 'secrets', 'node_modules/a', 'package.json', 'web/package.json',
    'a.js', 'src/index.ts', 'docs/a.md', 'build', 'x/build/y', 'Makefile', '.', '/etc/passwd', '~/.ssh/id', 'src/q/x', 'a/b', 'a/x/y/b',
    'k.pem', '.github/workflows/ci.yml', 'README.md', 'src/a/b', 'x/y/z', 'x/y/z/w', 'm.min.js', '/tmp/x', 'SRC/a.TS', 'Src/A.ts', '.env.', '.env::$DATA', 'x.pem ', 'dir./file.', 'secrets /a'];
  const reference = (list: ReadonlyArray<{ pattern: string }>, opts: PathListOptions, path: NormalizedPath): number[] =>
    list.flatMap((r, i) => {
      // Each reading of the written pattern (trimmed, and a leading `/` also root-anchored, for denies).
      const ps = readings(r.pattern, opts);
      if (path.invalid || ps.some((p) => globSyntaxError(p))) return [];
      const alias = opts.windowsAliases ? windowsAlias(path.path) : undefined;
      return ps.some((p) => {
        if (opts.scopeAbsolute && isAbsolutePattern(p) !== path.outside) return false;
        const m = compilePolicyGlob(p, opts);
        return m(path.path) || (alias !== undefined && m(alias));
      })
        ? [i]
        : [];
    });

  for (const [name, opts] of [['deny', DENY_LIST], ['allow', ALLOW_LIST], ['plain', {}]] as const) {
    it(`${name}: realistic rules`, () => {
      fc.assert(
        fc.property(fc.subarray(realistic, { minLength: 1 }), fc.constantFrom(...paths), (pats, p) => {
          const list = compilePathList(rules(...pats), opts);
          const path = n(p);
          const ref = reference(list.rules, opts, path);
          expect(list.allMatches(path).map((m) => m.index)).toEqual(ref);
          expect(list.firstMatch(path)?.index).toBe(ref[0]);
          expect(list.test(path)).toBe(ref.length > 0);
        }),
        { seed: 5, numRuns: 1_000 },
      );
    });

    it(`${name}: generated rules and paths`, () => {
      const r = mulberry32(name.length);
      for (let k = 0; k < 150; k++) {
        const pats: string[] = [];
        for (let j = 0; j < 25; j++) pats.push(randPattern(r).pat);
        const list = compilePathList(rules(...pats), opts);
        for (let j = 0; j < 30; j++) {
          const raw = j % 3 === 0 ? randPattern(r).sample(r) : randPath(r);
          const path = n(raw);
          const ref = reference(list.rules, opts, path);
          expect([pats, raw, list.firstMatch(path)?.index]).toEqual([pats, raw, ref[0]]);
          expect(list.allMatches(path).map((m) => m.index)).toEqual(ref);
        }
      }
    });
  }
});

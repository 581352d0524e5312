import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import {
  GlobError,
  analyzePolicyPattern,
  compileGlob,
  compilePolicyGlob,
  globSyntaxError,
  globToRegexSource,
  isAbsolutePattern,
  isUniversalPattern,
  policyGlobSource,
} from '../../src/match/glob.js';
import { mulberry32, randPattern } from './glob-gen.js';

const pmTest = (pattern: string, path: string) => picomatch.makeRe(pattern, { dot: true }).test(path);

describe('compileGlob: picomatch { dot: true } semantics', () => {
  const table: Array<[pattern: string, matches: string[], misses: string[]]> = [
    ['*.ts', ['a.ts', '.ts', '.x.ts'], ['a/b.ts', 'a.tsx']],
    ['**/*.ts', ['a.ts', 'a/b.ts', '.x/.y.ts'], ['a.tsx']],
    ['a/**', ['a', 'a/b', 'a/b/c', 'a/.git'], ['ab', 'b/a']],
    ['a/**/b', ['a/b', 'a/x/b', 'a/x/y/b', 'a/.x/b'], ['a/xb', 'ab', 'a/b/c']],
    ['**/b', ['b', 'x/b', 'x/y/b', '.x/b', '/b'], ['xb', 'b/x']],
    ['**', ['a', 'a/b', '.a/.b', '/etc/x'], []],
    ['?', ['a', '.'.repeat(1) + 'x'.slice(1) || 'a'], ['ab', 'a/b']],
    ['a?c', ['abc', 'a.c'], ['ac', 'a/c', 'abbc']],
    ['[a-c]x', ['ax', 'cx'], ['dx', 'Ax']],
    ['[^a]x', ['bx', '.x'], ['ax', '/x']],
    ['[]a]', [']', 'a'], ['b']],
    ['[abc]', ['a', 'c', '[abc]'], ['d']], // picomatch also matches the class text itself
    ['[[:digit:]]*', ['1', '12a'], ['a1']],
    ['{a,b}/c', ['a/c', 'b/c'], ['c', 'ab/c']],
    ['{a,{b,c}}x', ['ax', 'bx', 'cx'], ['x', 'dx']],
    ['x{,.y}', ['x', 'x.y'], ['x.']],
    ['f{1..3}', ['f1', 'f3'], ['f4', 'f10']],
    ['@(a|b).js', ['a.js', 'b.js'], ['ab.js', '.js']],
    ['x?(a|b)', ['x', 'xa', 'xb'], ['xab']],
    ['x+(a|b)', ['xa', 'xab', 'xbba'], ['x']],
    ['x*(a|b)', ['x', 'xa', 'xabab'], ['xc']],
    ['a\\*', ['a*'], ['ab']],
    ['a\\{b,c\\}', ['a{b,c}'], ['ab']],
    ['./src/*', ['src/a'], ['./src/a', 'src']],
    ['/etc/**', ['/etc', '/etc/passwd'], ['etc/passwd']],
    ['/**/x', ['/a/x', '/a/b/x'], ['/x', 'x']], // picomatch quirk, reproduced
    ['*/**', ['a/b', 'a/b/c'], ['a']], // picomatch quirk: unlike a/**, not the directory itself
    ['*.*', ['a.b', '.a'], ['a.']], // picomatch's fast path wants a character after the dot
  ];
  for (const [pattern, matches, misses] of table) {
    it(pattern, () => {
      const m = compileGlob(pattern);
      for (const p of matches) expect([p, m(p)]).toEqual([p, true]);
      for (const p of misses) expect([p, m(p)]).toEqual([p, false]);
      // The table itself agrees with picomatch.
      for (const p of [...matches, ...misses]) expect([p, pmTest(pattern, p)]).toEqual([p, m(p)]);
    });
  }

  it('nocase folds case, otherwise case-sensitive', () => {
    expect(compileGlob('.env*')('.ENV')).toBe(false);
    expect(compileGlob('.env*', { nocase: true })('.ENV')).toBe(true);
    expect(compileGlob('[a-c]', { nocase: true })('B')).toBe(true);
  });

  it('throws GlobError with the offset on an unsupported pattern', () => {
    expect(() => globToRegexSource('a/!(b)')).toThrow(GlobError);
    try {
      globToRegexSource('a/!(b)');
    } catch (e) {
      expect((e as GlobError).offset).toBe(2);
    }
  });
});

// Every rejection, with where it points and why: what picomatch would do instead (or, for the few
// rejected only for clarity, why the pattern cannot be what its author meant).
const rejections: Array<{ pattern: string; offset: number; message: RegExp; why: () => void }> = [
  { pattern: '', offset: 0, message: /empty pattern/, why: () => expect(() => picomatch.makeRe('')).toThrow() },
  { pattern: './', offset: 0, message: /empty pattern/, why: () => expect(pmTest('./', 'a')).toBe(false) },
  { pattern: 'a/!(b)', offset: 2, message: /negated extglob !\(…\) is not supported: list the alternatives/, why: () => expect(picomatch.makeRe('a/!(b)', { dot: true }).source).toContain('(?!(?:b)') },
  { pattern: '!secret', offset: 0, message: /leading `!` negates/, why: () => expect(pmTest('!secret', 'anything')).toBe(true) },
  { pattern: '[!a]x', offset: 1, message: /\[!…\]` does not negate/, why: () => expect([pmTest('[!a]x', '!x'), pmTest('[!a]x', 'bx')]).toEqual([true, false]) },
  { pattern: 'x/a|b', offset: 3, message: /`\|` outside an extglob/, why: () => expect(pmTest('x/a|b', 'b')).toBe(true) },
  { pattern: 'x/(a|b)', offset: 2, message: /`\(` outside an extglob/, why: () => expect(pmTest('x/(a|b)', 'x/b')).toBe(true) },
  { pattern: 'a)', offset: 1, message: /unmatched `\)`/, why: () => expect(pmTest('a)', 'a)')).toBe(true) },
  { pattern: 'a]', offset: 1, message: /unmatched `\]`/, why: () => expect(pmTest('a]', 'a]')).toBe(true) },
  { pattern: 'a}', offset: 1, message: /unmatched `\}`/, why: () => expect(pmTest('a}', 'a}')).toBe(true) },
  { pattern: '"a"', offset: 0, message: /`"` as quoting/, why: () => expect([pmTest('"a"', 'a'), pmTest('"a"', '"a"')]).toEqual([true, false]) },
  { pattern: 'src/[ab', offset: 4, message: /unclosed `\[`/, why: () => expect(pmTest('src/[ab', 'src/[ab')).toBe(true) },
  { pattern: 'src/{a,b', offset: 4, message: /unclosed `\{`/, why: () => expect(picomatch.makeRe('src/{a,b', { dot: true }).source).toBe('$^') }, // matches nothing
  { pattern: 'x/@(a', offset: 2, message: /unclosed extglob/, why: () => expect(pmTest('x/@(a', 'x/a')).toBe(false) },
  { pattern: 'a\\', offset: 1, message: /trailing backslash/, why: () => expect(picomatch.makeRe('a\\', { dot: true }).source).toBe('$^') },
  { pattern: 'src\\main\\x.ts', offset: 3, message: /backslash before ".": use \/ as the path separator/, why: () => expect(pmTest('src\\main\\x.ts', 'src/main/x.ts')).toBe(false) },
  { pattern: 'src\\**', offset: 3, message: /backslash before `\*\*`: use \/ as the path separator/, why: () => expect(pmTest('src\\**', 'src/a')).toBe(false) },
  { pattern: 'a\\d', offset: 1, message: /backslash before "d"/, why: () => expect(pmTest('a\\d', 'a1')).toBe(true) },
  { pattern: 'a\\\\b', offset: 1, message: /matches a backslash/, why: () => expect(pmTest('a\\\\b', 'a/b')).toBe(false) },
  { pattern: 'a/**\\/b', offset: 4, message: /`\\\/` is just `\/`/, why: () => expect([pmTest('a/**/b', 'a/b'), pmTest('a/**\\/b', 'a/b')]).toEqual([true, false]) },
  { pattern: 'src/**.ts', offset: 4, message: /`\*\*` must be a whole path segment/, why: () => expect([pmTest('src/**.ts', 'src/a.ts'), pmTest('src/**.ts', 'src/a/b.ts')]).toEqual([true, false]) },
  { pattern: 'a/***/b', offset: 2, message: /`\*\*\*`/, why: () => expect(pmTest('a/***/b', 'a/x/y/b')).toBe(false) },
  { pattern: '{**,x}/y', offset: 1, message: /`\*\*` inside \{…\}/, why: () => expect(pmTest('{**,x}/y', 'a/b/y')).toBe(true) },
  { pattern: '@(a|@(b))', offset: 4, message: /nested extglobs/, why: () => expect(pmTest('+(a|+(b))', 'ab')).toBe(false) },
  { pattern: '*(a|aa)', offset: 0, message: /matches this \*\(…\) literally/, why: () => expect([pmTest('*(a|aa)', 'aa'), pmTest('*(a|aa)', '*(a|aa)')]).toEqual([false, true]) },
  { pattern: '+(a|)', offset: 0, message: /matches this \+\(…\) literally/, why: () => expect(pmTest('+(a|)', 'a')).toBe(false) },
  { pattern: 'x@()', offset: 1, message: /empty extglob/, why: () => expect(pmTest('x@()', 'x')).toBe(true) },
  { pattern: '@(?:a)', offset: 1, message: /`\(\?` is regex syntax/, why: () => expect(pmTest('@(?:a)', 'a')).toBe(false) },
  { pattern: 'x@(a/b)', offset: 4, message: /`\/` inside an extglob/, why: () => expect(pmTest('x@(a/b)', 'xa/b')).toBe(true) },
  { pattern: '@({a,b})', offset: 2, message: /braces inside an extglob/, why: () => expect(pmTest('@({a,b})', 'b')).toBe(true) },
  { pattern: 'x@(a)?', offset: 5, message: /`\?` right after an extglob/, why: () => expect(pmTest('x@(a)?', 'x')).toBe(true) },
  { pattern: '[ab]+', offset: 4, message: /`\+` here as a regex quantifier/, why: () => expect(pmTest('[ab]+', 'aab')).toBe(true) },
  { pattern: '@(a+b)', offset: 3, message: /`\+` here as a regex quantifier/, why: () => expect(pmTest('@(a+b)', 'aab')).toBe(true) },
  { pattern: 'a$$', offset: 2, message: /repeated `\$` is mis-escaped/, why: () => expect(pmTest('a$$', 'a$$')).toBe(false) },
  { pattern: 'a++', offset: 2, message: /repeated `\+` is mis-escaped/, why: () => expect(pmTest('a++', 'a+')).toBe(true) },
  { pattern: 'x{a,.*}', offset: 4, message: /`\.\*` inside \{…\}/, why: () => expect([pmTest('x{a,.*}', 'x.'), pmTest('x{a,[.]*}', 'x.')]).toEqual([false, true]) },
  { pattern: 'x{a,b..c}', offset: 5, message: /`\.\.` inside \{…\} is read as a range/, why: () => expect(pmTest('x{a,b..c}', 'x0')).toBe(true) }, // becomes the class [,-a-b-c]
  { pattern: 'log{1..10}', offset: 3, message: /only single-character ranges/, why: () => expect([pmTest('log{1..10}', 'log0'), pmTest('log{1..10}', 'log5')]).toEqual([true, false]) },
  { pattern: 'x{a..B}', offset: 1, message: /range must run between two digits/, why: () => expect(pmTest('x{a..B}', 'x_')).toBe(true) },
  { pattern: 'x{a}', offset: 1, message: /without a comma is literal/, why: () => expect([pmTest('x{a}', 'xa'), pmTest('x{a}', 'x{a}')]).toEqual([false, true]) },
  { pattern: 'x[a/b]y', offset: 3, message: /cannot match `\/`/, why: () => expect(pmTest('x[a/b]y', 'x/y')).toBe(true) },
  { pattern: 'x[--0]y', offset: 2, message: /includes `\/`/, why: () => expect(pmTest('x[--0]y', 'x/y')).toBe(true) },
  { pattern: 'x[[:punct:]]y', offset: 2, message: /\[\[:punct:\]\] also matches `\/`/, why: () => expect(pmTest('x[[:punct:]]y', 'x/y')).toBe(true) },
  { pattern: 'x[^[:alpha:]]y', offset: 3, message: /negated class with a POSIX class/, why: () => expect(pmTest('x[^[:alpha:]]y', 'x/y')).toBe(true) },
  { pattern: 'x[[:nope:]]', offset: 2, message: /unknown POSIX class/, why: () => expect(pmTest('x[[:nope:]]', 'xn')).toBe(false) },
  { pattern: 'x[z-a]', offset: 2, message: /out of order/, why: () => expect(pmTest('x[z-a]', 'xb')).toBe(false) },
  { pattern: 'x[\\d]', offset: 2, message: /backslash before "d" inside/, why: () => expect(pmTest('x[\\d]', 'x1')).toBe(true) },
  { pattern: 'x[a[b]', offset: 3, message: /literal `\[` inside/, why: () => expect(pmTest('x[a[:b]', 'x:')).toBe(true) },
  { pattern: '[[:digit:]]a.b', offset: 12, message: /turns this `\.` into a wildcard/, why: () => expect(pmTest('[[:digit:]]a.b', '1a/b')).toBe(true) },
  { pattern: 'a\u0007b', offset: 1, message: /control character/, why: () => expect(pmTest('a\u0007b', 'a\u0007b')).toBe(true) },
];

describe('globSyntaxError', () => {
  for (const { pattern, offset, message, why } of rejections) {
    it(`rejects ${JSON.stringify(pattern)} at ${offset}`, () => {
      const err = globSyntaxError(pattern);
      expect(err).toBeDefined();
      expect(err!.message).toMatch(message);
      expect(err!.offset).toBe(offset);
      why();
    });
  }

  it('accepts what policies are written with', () => {
    for (const p of ['src/**/*.ts', '.env*', 'secrets/**', '*.{js,ts}', 'a/**/b', './x', '/etc/**', '~/.ssh/**', 'v[0-9].md', 'f@(a|b)', 'a+b', 'a,b', 'x/', '**/'])
      expect([p, globSyntaxError(p)]).toEqual([p, undefined]);
  });

  it('bounds brace nesting (a hostile command word read as a glob must not overflow the stack)', () => {
    const nested = (n: number) => `${'{a,'.repeat(n)}b${'}'.repeat(n)}`;
    expect(globSyntaxError(nested(32))).toBeUndefined();
    const err = globSyntaxError(nested(33));
    expect(err?.message).toMatch(/nested deeper than 32/);
    expect(err?.offset).toBe(3 * 32);
    // Past the stack (3,000 levels overflowed it): still a finding, not a RangeError.
    expect(globSyntaxError(`?${'{'.repeat(4_000)}`)?.message).toMatch(/nested deeper than 32/);
  });

  it('every rejection seen on the generated corpus is one of the justified kinds above', () => {
    const known = rejections.map((r) => r.message);
    const r = mulberry32(11);
    const unknown = new Set<string>();
    for (let k = 0; k < 5_000; k++) {
      const { pat } = randPattern(r);
      const err = globSyntaxError(pat);
      if (err && !known.some((m) => m.test(err.message))) unknown.add(err.message);
      if (err) expect(err.offset).toBeGreaterThanOrEqual(0);
      if (err) expect(err.offset).toBeLessThanOrEqual(pat.length);
    }
    expect([...unknown]).toEqual([]);
  });
});

describe('policy semantics (SPEC 3)', () => {
  const deny = { nocase: true, coverDescendants: true };
  const table: Array<[pattern: string, opts: object, matches: string[], misses: string[]]> = [
    ['.env*', deny, ['.env', '.env.local', 'src/config/.env.local', '.ENV', 'x/.Env.prod/y', '/home/u/.env'], ['env', 'a.env', 'src/env']],
    ['.env*', {}, ['.env', 'src/config/.env.local'], ['.ENV', '.env.local/x']],
    ['package.json', {}, ['package.json', 'web/package.json'], ['package.json/evil', 'package.jsonx', 'Package.json']],
    ['node_modules', deny, ['node_modules', 'node_modules/x/y.js', 'web/node_modules/x/y.js'], ['node_modulesx/a']],
    ['secrets', deny, ['secrets', 'secrets/key', 'a/secrets/.key', 'SECRETS/x'], ['secretsx', 'my-secrets/k']],
    ['secrets/**', {}, ['secrets', 'secrets/.key', 'secrets/a/b'], ['secretsx', 'a/secrets/x']],
    ['src/**', {}, ['src', 'src/.x', 'src/a/.b/c'], ['srcx', 'a/src']],
    ['*/**', {}, ['x', 'x/y'], []], // dir/** covers dir, even where picomatch does not
    ['secrets/', {}, ['secrets', 'secrets/a', 'a/secrets/b'], ['secretsx']], // trailing `/`: the directory and below
    ['./.env', {}, ['.env'], ['a/.env']], // `./` anchors
    ['src/*.ts', {}, ['src/a.ts', 'src/.a.ts'], ['src/a/b.ts', 'x/src/a.ts']],
    ['src/*.ts', deny, ['src/a.ts', 'SRC/A.TS', 'src/a.ts/x'], ['src/a/b.ts']],
    ['**/*.pem', {}, ['a.pem', 'x/y/a.pem'], ['a.pem/x']],
    ['/etc/**', {}, ['/etc', '/etc/passwd'], ['etc/passwd']],
    ['~/.ssh/**', {}, ['~/.ssh', '~/.ssh/id_rsa'], ['.ssh/id_rsa']],
  ];
  for (const [pattern, opts, matches, misses] of table) {
    it(`${pattern} ${JSON.stringify(opts)}`, () => {
      const m = compilePolicyGlob(pattern, opts);
      for (const p of matches) expect([p, m(p)]).toEqual([p, true]);
      for (const p of misses) expect([p, m(p)]).toEqual([p, false]);
    });
  }

  it('the repository root `.` is matched by universal patterns only', () => {
    for (const p of ['**', '**/**', './**', '**/']) {
      expect(isUniversalPattern(p)).toBe(true);
      expect(compilePolicyGlob(p)('.')).toBe(true);
    }
    for (const p of ['*', '.*', '.env*', 'src/**', '**/*', '?', '/**']) {
      expect([p, isUniversalPattern(p)]).toEqual([p, false]);
      expect([p, compilePolicyGlob(p, deny)('.')]).toEqual([p, false]);
    }
  });

  it('classifies patterns', () => {
    expect(analyzePolicyPattern('package.json')).toMatchObject({ anchored: false, literal: 'package.json', absolute: false });
    expect(analyzePolicyPattern('src/**/*.ts')).toMatchObject({ anchored: true, literal: undefined });
    expect(analyzePolicyPattern('secrets/')).toMatchObject({ anchored: false, dirOnly: true, literal: 'secrets' });
    expect(analyzePolicyPattern('{a,b/c}')).toMatchObject({ anchored: true });
    expect(analyzePolicyPattern('./x')).toMatchObject({ anchored: true, literal: 'x' });
    for (const p of ['/etc/x', '~/.npmrc', '~', 'C:/x']) expect([p, isAbsolutePattern(p)]).toEqual([p, true]);
    for (const p of ['etc/x', 'a~', '*']) expect([p, isAbsolutePattern(p)]).toEqual([p, false]);
  });

  it('policy sources are picomatch sources widened, never narrowed, on normalised paths', () => {
    // name patterns behave like **/pattern; descendants only add matches
    expect(policyGlobSource('.env*')).toBe(`(?:[^]*/)?${globToRegexSource('.env*')}`);
    expect(policyGlobSource('secrets/**', { coverDescendants: true })).toBe('secrets(?:/[^]*)?(?:/[^]*)?');
  });
});

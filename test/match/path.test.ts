import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PATH_DOMAIN_SOURCE } from '../../src/match/glob.js';
import { normalizePath, pathSegments, windowsAlias, type NormalizedPath } from '../../src/match/path.js';
import { inDomain } from './glob-gen.js';

const root = '/abs/repo';
const inside = (path: string): NormalizedPath => ({ path, outside: false });
const out = (path: string): NormalizedPath => ({ path, outside: true });

describe('normalizePath', () => {
  const table: Array<[input: string, expected: NormalizedPath, cwd?: string]> = [
    // the tricks people use to slip past a deny
    ['src/../.env', inside('.env')],
    ['./.env', inside('.env')],
    ['.//.env', inside('.env')],
    ['src//x', inside('src/x')],
    ['src/./x', inside('src/x')],
    ['src/x/', inside('src/x')],
    ['src\\config\\.env', inside('src/config/.env')],
    ['/abs/repo/.env', inside('.env')],
    ['/abs/repo//src/../.env', inside('.env')],
    ['/abs/repo', inside('.')],
    ['/abs/repo/', inside('.')],
    ['.', inside('.')],
    ['./', inside('.')],
    ['src/..', inside('.')],
    // outside the repository: absolute normalised form
    ['..', out('/abs')],
    ['../x', out('/abs/x')],
    ['src/../../x', out('/abs/x')],
    ['/etc/passwd', out('/etc/passwd')],
    ['/etc/../etc/./passwd', out('/etc/passwd')],
    ['/../../etc/passwd', out('/etc/passwd')],
    ['/abs/repository/x', out('/abs/repository/x')],
    ['/abs/repo/../other/.env', out('/abs/other/.env')],
    ['C:\\x', out('C:/x')],
    ['c:/Windows/system32', out('C:/Windows/system32')],
    ['\\\\server\\share\\x', out('/server/share/x')],
    ['~/x', out('~/x')],
    ['~', out('~')],
    ['~/a/../b', out('~/b')],
    ['~root/.ssh/id_rsa', out('~root/.ssh/id_rsa')],
    // a repository path that would read back as a home or drive path: outside, absolute form
    ['/abs/repo/~/x', out('/abs/repo/~/x')],
    ['/abs/repo/C:/x', out('/abs/repo/C:/x')],
    // cwd: relative inputs resolve against it when it lies in the repository
    ['x', inside('sub/x'), '/abs/repo/sub'],
    ['../.env', inside('.env'), '/abs/repo/sub'],
    ['../../x', out('/abs/x'), '/abs/repo/sub'],
    ['/abs/repo/y', inside('y'), '/abs/repo/sub'],
    ['x', inside('sub/x'), 'sub'], // a relative cwd is repository-relative
    // a cwd outside the repository leaves a relative input outside (issue 14: `> passwd` in /etc is
    // /etc/passwd); replay maps another machine's checkout onto this root before it decides
    ['x', out('/tmp/x'), '/tmp'],
    ['x', out('/abs/x'), '/abs'],
    ['x', out('~/w/x'), '~/w'],
  ];
  for (const [input, expected, cwd] of table) {
    it(`${JSON.stringify(input)}${cwd ? ` in ${cwd}` : ''}`, () => {
      expect(normalizePath(input, { root, cwd })).toEqual(expected);
    });
  }

  it('refuses what it cannot judge: invalid, outside, deny', () => {
    for (const [input, reason] of [
      ['', /empty/],
      ['a\u0000b', /U\+0000/],
      ['.env\n', /U\+000A/],
      ['a\rb', /U\+000D/],
      ['a\u0085b', /U\+0085/],
      ['a\u2028b', /U\+2028/],
      ['a\ud800b', /surrogate/],
      ['~/../etc/passwd', /climbs above ~/],
      ['C:x', /drive-relative/],
      ['src/.. /.env', /"\.\. " is a dot segment or nothing on Windows/],
      ['.../x', /"\.\.\." is a dot segment/],
      ['a/ /b', /" " is a dot segment/],
      ['/tmp/agent/.. /x', /on Windows/],
    ] as const) {
      const r = normalizePath(input, { root });
      expect(r.outside).toBe(true);
      expect(r.invalid).toMatch(reason);
      expect(r.path).toBe(input);
    }
  });

  it('accepts Windows roots and compares drive letters case-insensitively', () => {
    expect(normalizePath('C:\\work\\repo\\src\\a.ts', { root: 'c:\\work\\repo' })).toEqual(inside('src/a.ts'));
    expect(normalizePath('D:\\x', { root: 'C:\\work\\repo' })).toEqual(out('D:/x'));
  });

  it('treats a repository at / as containing every absolute path', () => {
    expect(normalizePath('/etc/passwd', { root: '/' })).toEqual(inside('etc/passwd'));
    expect(normalizePath('/', { root: '/' })).toEqual(inside('.'));
  });

  it('rejects a relative root as a programming error', () => {
    expect(() => normalizePath('x', { root: 'repo' })).toThrow(TypeError);
  });

  it('reads paths as Windows does, for deny lists', () => {
    expect(windowsAlias('.env.')).toBe('.env');
    expect(windowsAlias('a/.env ')).toBe('a/.env');
    expect(windowsAlias('.env::$DATA')).toBe('.env');
    expect(windowsAlias('dir. /x.')).toBe('dir/x');
    expect(windowsAlias('C:/x./y')).toBe('C:/x/y');
    expect(windowsAlias('/x:/y')).toBe('/x/y');
    expect(windowsAlias('src/a.ts')).toBeUndefined();
    expect(windowsAlias('a/:b')).toBeUndefined();
    expect(windowsAlias('.')).toBeUndefined();
  });

  it('splits segments', () => {
    expect(pathSegments('.')).toEqual([]);
    expect(pathSegments('a/b')).toEqual(['a', 'b']);
  });

  const unit = fc.constantFrom('a', 'b', '.', '..', '/', '\\', '~', 'C:', ':', ' ', 'é', '\u0000', '\n', '*');
  const input = fc.array(unit, { maxLength: 12 }).map((xs) => xs.join(''));
  const maybeAbs = fc.tuple(fc.constantFrom('', '/abs/repo/', '/abs/', '/', 'C:/', '~/'), input).map(([a, b]) => a + b);
  const cwd = fc.option(fc.constantFrom('/abs/repo', '/abs/repo/sub', '/abs/repo/a/b', '/tmp', 'sub', '../x', '/abs/repo/~'), { nil: undefined });

  it('is idempotent: normalising the result again (relative to the root) changes nothing', () => {
    fc.assert(
      fc.property(maybeAbs, cwd, (p, c) => {
        const once = normalizePath(p, { root, cwd: c });
        expect(normalizePath(once.path, { root })).toEqual(once);
        expect(normalizePath(once.path, { root: `${root}/` })).toEqual(once);
      }),
      { seed: 1, numRuns: 5_000 },
    );
  });

  const domain = new RegExp(`^(?:${PATH_DOMAIN_SOURCE})$`);

  it('PATH_DOMAIN_SOURCE is exactly the non-root inside paths normalizePath can return', () => {
    const any = fc.string({ unit: fc.constantFrom('a', '.', '/', '\u0000', '\n', '\u0085', '\u2028', '\ud83d', '\ude00', 'é', ' ', ':'), maxLength: 8 });
    fc.assert(
      fc.property(any, (s) => {
        const r = normalizePath(s, { root });
        const canonical = !r.invalid && !r.outside && r.path === s && s !== '.';
        // the one documented difference: names with `:` that Windows reads as a dot segment
        const windowsColon = r.invalid?.includes('Windows') === true && s.includes(':');
        const d = domain.test(s);
        if (d !== canonical) expect([s, d, windowsColon]).toEqual([s, true, true]);
      }),
      { seed: 6, numRuns: 20_000 },
    );
  });

  it('produces paths in the glob domain: inside paths never start with /, ~ or ../ and have no empty or dot segments', () => {
    fc.assert(
      fc.property(maybeAbs, cwd, (p, c) => {
        const r = normalizePath(p, { root, cwd: c });
        if (r.invalid) return;
        if (!r.outside) {
          if (r.path === '.') return;
          expect(inDomain(r.path)).toBe(true);
          expect(domain.test(r.path)).toBe(true);
          expect(r.path).not.toMatch(/^(\/|~|\.\.?(\/|$)|[A-Za-z]:)/);
        } else {
          expect(r.path).toMatch(/^(\/|~|[A-Z]:\/)/);
          if (r.path !== '/' && !r.path.endsWith(':/')) expect(r.path.startsWith('~') ? true : inDomain(r.path)).toBe(true);
        }
      }),
      { seed: 2, numRuns: 5_000 },
    );
  });
});

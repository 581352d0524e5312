import fc from 'fast-check';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localCwd, toRepoPath } from '../../src/replay/readers/paths.js';

const repoRoot = '/home/ci/repo';

describe('toRepoPath', () => {
  it.each([
    ['src/a.ts', 'src/a.ts'],
    ['.env', '.env'],
    ['..env', '..env'],
    ['./src/a.ts', 'src/a.ts'],
    ['src//a.ts', 'src/a.ts'],
    ['src/./a.ts', 'src/a.ts'],
    ['src/../.env', '.env'],
    ['src/', 'src'],
    [' src/a.ts ', 'src/a.ts'],
    ['../outside.txt', '../outside.txt'],
    ['src\\win\\a.ts', 'src/win/a.ts'],
    ['/home/ci/repository/x', '/home/ci/repository/x'],
    ['/etc/passwd', '/etc/passwd'],
    ['/home/ci/repo/../secrets/x', '/home/ci/secrets/x'],
    // Without a recorded root, even this checkout's own path cannot be placed: the log may come
    // from another machine where that directory was something else.
    ['/home/ci/repo/src/a.ts', '/home/ci/repo/src/a.ts'],
  ])('%j -> %j', (raw, want) => {
    expect(toRepoPath(raw, { repoRoot })).toBe(want);
  });

  it('places absolute paths under the recorded root, and keeps everything else outside', () => {
    const base = { repoRoot, sessionRoot: '/srv/agent/repo' };
    expect(toRepoPath('/srv/agent/repo/src/a.ts', base)).toBe('src/a.ts');
    expect(toRepoPath('/srv/agent/repo', base)).toBe('.');
    expect(toRepoPath('/srv/agent/repository/x', base)).toBe('/srv/agent/repository/x');
    expect(toRepoPath('/srv/agent/repo/../x', base)).toBe('/srv/agent/x');
  });

  it("resolves relative paths against the entry's cwd, and a cwd outside the repository stays outside", () => {
    expect(toRepoPath('etc/passwd', { repoRoot, sessionRoot: '/srv/agent/repo', cwd: '/' })).toBe('/etc/passwd');
    expect(toRepoPath('etc/passwd', { repoRoot, cwd: '/' })).toBe('/etc/passwd');
    expect(toRepoPath('../.env', { repoRoot, sessionRoot: '/srv/agent/repo', cwd: '/srv/agent/repo/web' })).toBe('.env');
    expect(toRepoPath('../../x', { repoRoot, sessionRoot: '/srv/agent/repo', cwd: '/srv/agent/repo/web' })).toBe('../x');
    // A relative cwd (the runtime guard writes one) is relative to the repository.
    expect(toRepoPath('.env', { repoRoot, cwd: 'packages/web' })).toBe('packages/web/.env');
    expect(localCwd({ repoRoot, cwd: '/' })).toBe('/');
  });

  it("rebases the agent's project directory onto this repository", () => {
    const base = { repoRoot, sessionRoot: '/Users/dev/shop', cwd: '/Users/dev/shop/packages/web' };
    expect(toRepoPath('/Users/dev/shop/src/a.ts', base)).toBe('src/a.ts');
    expect(toRepoPath('.env', base)).toBe('packages/web/.env');
    expect(toRepoPath('../../.env', base)).toBe('.env');
    expect(toRepoPath('../../../x', base)).toBe('../x');
    expect(toRepoPath('~/.ssh/id_rsa', base)).toBe('~/.ssh/id_rsa');
    expect(toRepoPath('/Users/dev/.aws/credentials', base)).toBe('~/.aws/credentials');
    expect(toRepoPath('/Users/other/x', base)).toBe('/Users/other/x');
    expect(toRepoPath('C:\\Users\\dev\\x', base)).toBe('/C:/Users/dev/x');
    expect(localCwd(base)).toBe('/home/ci/repo/packages/web');
    expect(localCwd({ repoRoot, sessionRoot: '/Users/dev/shop', cwd: '/tmp/build' })).toBe('/tmp/build');
  });
});

describe('toRepoPath on absolute paths', () => {
  // Clean absolute paths skip posix.normalize: the answer must not depend on it.
  it('answers for a path as for its normalised form', () => {
    const base = { repoRoot, sessionRoot: '/Users/dev/shop', cwd: '/Users/dev/shop' };
    const seg = fc.constantFrom('a', '.', '..', '', 'b.c', '...', '.x', 'home', 'ci', 'repo', 'Users', 'dev', 'shop');
    fc.assert(
      fc.property(fc.array(seg, { maxLength: 7 }), (segs) => {
        const p = '/' + segs.join('/');
        const n = posix.normalize(p);
        const normal = n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n;
        expect(toRepoPath(p, base)).toBe(toRepoPath(normal, base));
        expect(toRepoPath(p, { repoRoot })).toBe(toRepoPath(normal, { repoRoot }));
      }),
      { numRuns: 20000 },
    );
  });
});

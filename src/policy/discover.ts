// Finding the root policy (cwd upwards to the repository root) and every override below it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { walkFiles } from '../walk.js';
import { OVERRIDE_NAMES, ROOT_POLICY_NAMES } from './names.js';
import { findRepoRoot } from './repo-root.js';

export { findRepoRoot, OVERRIDE_NAMES, ROOT_POLICY_NAMES };

/**
 * The first `.agent-policy.yml` / `.yaml` from `cwd` upwards, stopping at the repository root
 * (the first ancestor with `.git`) or, outside a repository, at the file-system root.
 */
export function findRootPolicy(cwd: string, exists: (abs: string) => boolean): string | undefined {
  for (let d = cwd; ; d = dirname(d)) {
    for (const name of ROOT_POLICY_NAMES) {
      const p = join(d, name);
      if (exists(p)) return p;
    }
    if (existsSync(join(d, '.git')) || dirname(d) === d) return undefined;
  }
}

/**
 * Every override file under `rootDir` (absolute paths, sorted). Inside a git work tree this is
 * `git ls-files -co --exclude-standard` (tracked, and untracked but not ignored); otherwise a walk
 * that skips .git and node_modules and does not follow symbolic links.
 */
export function findOverrides(rootDir: string): string[] {
  const found = findRepoRoot(rootDir) ? gitOverrides(rootDir) : undefined;
  return outsideNestedPolicies(rootDir, found ?? walkOverrides(rootDir)).sort();
}

/**
 * A directory with its own root policy is a separate project (a nested package, a test fixture):
 * overrides below it belong to that policy, not to the one at `rootDir`.
 */
export function outsideNestedPolicies(rootDir: string, overrides: string[]): string[] {
  const nested = new Map<string, boolean>();
  const hasRootPolicy = (d: string): boolean => {
    let v = nested.get(d);
    if (v === undefined) {
      v = ROOT_POLICY_NAMES.some((n) => existsSync(join(d, n)));
      nested.set(d, v);
    }
    return v;
  };
  return overrides.filter((file) => {
    for (let d = dirname(file); d !== rootDir && d.startsWith(rootDir + sep); d = dirname(d)) {
      if (hasRootPolicy(d)) return false;
    }
    return true;
  });
}

/** The same as findOverrides, without blocking (git runs while the root policy is parsed). */
export async function findOverridesAsync(rootDir: string): Promise<string[]> {
  if (!findRepoRoot(rootDir)) return outsideNestedPolicies(rootDir, walkOverrides(rootDir)).sort();
  // One pipe (stdout) rather than three: each pipe costs the caller (the runtime guard) a socket.
  const out = await new Promise<string | undefined>((resolve) => {
    const child = spawn('git', GIT_ARGS, { cwd: rootDir, stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => resolve(code === 0 ? Buffer.concat(chunks).toString('utf8') : undefined));
  });
  return outsideNestedPolicies(rootDir, out === undefined ? walkOverrides(rootDir) : parseLsFiles(rootDir, out)).sort();
}

const GIT_ARGS = [
  'ls-files',
  '-z',
  '-c',
  '-o',
  '--exclude-standard',
  '--',
  ...['.agent-policy.override.yml', '.agent-policy.override.yaml'].flatMap((n) => [n, `*/${n}`]),
];

function parseLsFiles(rootDir: string, stdout: string): string[] {
  const names = new Set(
    stdout
      .split('\0')
      .filter((p) => p && OVERRIDE_NAMES.includes(p.slice(p.lastIndexOf('/') + 1)))
      .map((p) => join(rootDir, p)),
  );
  return [...names];
}

function gitOverrides(rootDir: string): string[] | undefined {
  const r = spawnSync('git', GIT_ARGS, {
    cwd: rootDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0 || r.error) return undefined;
  return parseLsFiles(rootDir, r.stdout);
}

function walkOverrides(rootDir: string): string[] {
  return walkFiles(rootDir, (name) => OVERRIDE_NAMES.includes(name));
}

/** Repository-relative POSIX directory of an override file ('' for the root directory itself). */
export function overrideDir(rootDir: string, file: string): string {
  return relative(rootDir, dirname(file)).split(sep).join('/');
}

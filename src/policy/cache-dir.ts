// What short-lived processes (the runtime guard, the pre-commit hook) keep between runs, in the
// repository's git directory (never committed; a built-in rule denies it to agents):
// .git/agent-policy-lint/. Everything there only saves time: a missing, unreadable or foreign
// entry is rebuilt, and a cache that cannot be written is skipped. Kept apart from the caches'
// contents (runtime-cache.ts, src/guard/code-cache.ts) so the guard's boot can use it alone.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findRepoRoot } from './repo-root.js';

/** Where the caches live, relative to the git directory. */
export const CACHE_DIR = 'agent-policy-lint';

/** The cache directory of the repository holding `dir`, when it has a .git directory to hold it. */
export function cacheDirOf(dir: string): string | undefined {
  const repo = findRepoRoot(dir);
  if (!repo) return undefined;
  const git = join(repo, '.git');
  try {
    return statSync(git).isDirectory() ? join(git, CACHE_DIR) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes through a temporary file and a rename, so a reader never sees half an entry. */
export function writeCacheFile(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
}

export function readCacheJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

export function writeCacheJson(file: string, value: unknown): void {
  writeCacheFile(file, JSON.stringify(value));
}

/**
 * Removes all but the `keep` most recently written entries of a kind (`kind(name)`) from a
 * cache directory. Entries are keyed by the policy's contents or the build, so every policy edit
 * and every upgrade adds one that nothing reads again: called after writing a new entry (a cache
 * miss, never on the hot path), it keeps the directory bounded. A concurrent reader of a removed
 * entry only rebuilds it; whatever fails here is skipped.
 */
export function pruneCacheEntries(dir: string, kind: (name: string) => boolean, keep: number): void {
  try {
    const entries: Array<{ file: string; mtime: number }> = [];
    for (const name of readdirSync(dir)) {
      if (!kind(name)) continue;
      const file = join(dir, name);
      try {
        entries.push({ file, mtime: statSync(file).mtimeMs });
      } catch {
        // Removed meanwhile.
      }
    }
    if (entries.length <= keep) return;
    entries.sort((a, b) => b.mtime - a.mtime);
    for (const { file } of entries.slice(keep)) {
      try {
        unlinkSync(file);
      } catch {
        // Removed meanwhile, or not ours to remove.
      }
    }
  } catch {
    // A cache that cannot be pruned only costs space.
  }
}

// What short-lived processes (the runtime guard, the pre-commit hook) keep between runs, in the
// repository's git directory (never committed; a built-in rule denies it to agents):
// .git/agent-policy-lint/. Everything here only saves time: a missing, unreadable or foreign
// entry is rebuilt, and a cache that cannot be written is skipped.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { caseClasses, useCaseClasses } from '../match/case-fold.js';
import { findRepoRoot } from './discover.js';
import type { PolicySet } from './types.js';

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

export function readCacheJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Writes through a temporary file and a rename, so a reader never sees half an entry. */
export function writeCacheJson(file: string, value: unknown): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
}

/** The case classes depend on the runtime's case mappings: its V8, ICU and Unicode versions. */
function caseClassesFile(cacheDir: string): string {
  const v = process.versions;
  const runtime = `${v.v8}-${v.icu ?? 'no-icu'}-${v.unicode ?? 'no-unicode'}`.replace(/[^A-Za-z0-9.-]/g, '_');
  return join(cacheDir, `case-classes-${runtime}.json`);
}

/**
 * Runs `compile` (which folds case: deny patterns match case-insensitively) with the case
 * classes saved by an earlier run of the same runtime; saves them when there were none.
 * Building them costs about as much as the rest of a warm guard decision.
 */
export function withCaseClasses<T>(cacheDir: string | undefined, compile: () => T): T {
  if (!cacheDir) return compile();
  const file = caseClassesFile(cacheDir);
  const loaded = useCaseClasses(readCacheJson(file));
  const out = compile();
  if (!loaded) writeCacheJson(file, caseClasses());
  return out;
}

// The checked policy set (YAML parsed, schema-validated, semantically checked), keyed by the
// policy files' paths and contents: the runtime guard writes it from the work tree, and --staged
// reads it when the index holds the same files (an agent's commit that leaves the policy alone).
const SET_FORMAT = 1;

/** sha256 of the policy files: `path NUL content NUL` for each (sorted), paths relative to the root. */
export function policyHash(root: string, files: ReadonlyMap<string, Buffer | string>): string {
  const h = createHash('sha256');
  h.update(`agent-policy-lint policy cache ${SET_FORMAT}\0`);
  for (const f of [...files.keys()].sort()) {
    h.update(relative(root, f).split(sep).join('/'));
    h.update('\0');
    h.update(files.get(f)!);
    h.update('\0');
  }
  return `sha256:${h.digest('hex')}`;
}

interface SetEntry {
  format: number;
  hash: string;
  set: PolicySet;
}

function setFile(cacheDir: string, root: string, hash: string): string {
  // The checked set holds absolute paths: the key includes where the policy is.
  const key = createHash('sha256').update(`${hash}\0${root}`).digest('hex');
  return join(cacheDir, `policy-${key}.json`);
}

export function readPolicySetCache(cacheDir: string | undefined, root: string, hash: string): PolicySet | undefined {
  if (!cacheDir) return undefined;
  const e = readCacheJson(setFile(cacheDir, root, hash)) as SetEntry | undefined;
  return e?.format === SET_FORMAT && e.hash === hash ? e.set : undefined;
}

export function writePolicySetCache(cacheDir: string | undefined, root: string, hash: string, set: PolicySet): void {
  if (cacheDir) writeCacheJson(setFile(cacheDir, root, hash), { format: SET_FORMAT, hash, set } satisfies SetEntry);
}

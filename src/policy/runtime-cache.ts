// The runtime caches' contents: the case classes and the checked policy set, in the cache
// directory of src/policy/cache-dir.ts.
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { caseClasses, useCaseClasses, whenFoldNeeded } from '../match/case-fold.js';
import { pruneCacheEntries, readCacheJson, writeCacheJson } from './cache-dir.js';
import type { SnapshotStore } from '../match/patterns.js';
import { SOURCE_STAMP } from '../version.js';
import type { PolicySet } from './types.js';

export { CACHE_DIR, cacheDirOf, readCacheJson, writeCacheJson } from './cache-dir.js';

/** The runtime's case mappings: its V8, ICU and Unicode versions (case classes depend on them). */
function caseRuntime(): string {
  const v = process.versions;
  return `${v.v8}-${v.icu ?? 'no-icu'}-${v.unicode ?? 'no-unicode'}`.replace(/[^A-Za-z0-9.-]/g, '_');
}

function caseClassesFile(cacheDir: string): string {
  return join(cacheDir, `case-classes-${caseRuntime()}.json`);
}

/**
 * Runs `compile` (which folds case: deny patterns match case-insensitively) with the case
 * classes saved by an earlier run of the same runtime, installed when first needed (a call whose
 * lists come from the cache and whose paths are ASCII never needs them); saves them when there
 * were none. Building them costs about as much as the rest of a warm guard decision.
 */
export function withCaseClasses<T>(cacheDir: string | undefined, compile: () => T): T {
  if (cacheDir) {
    const file = caseClassesFile(cacheDir);
    whenFoldNeeded(() => {
      if (!useCaseClasses(readCacheJson(file))) writeCacheJson(file, caseClasses());
    });
  }
  return compile();
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

/** The checked set holds absolute paths: its key includes where the policy is. */
function policyKey(root: string, hash: string): string {
  return createHash('sha256').update(`${hash}\0${root}`).digest('hex');
}

function setFile(cacheDir: string, root: string, hash: string): string {
  return join(cacheDir, `policy-${policyKey(root, hash)}.json`);
}

export function readPolicySetCache(cacheDir: string | undefined, root: string, hash: string): PolicySet | undefined {
  if (!cacheDir) return undefined;
  const e = readCacheJson(setFile(cacheDir, root, hash)) as SetEntry | undefined;
  return e?.format === SET_FORMAT && e.hash === hash ? e.set : undefined;
}

/**
 * Entries of a kind kept per repository: one is written per policy version (and per build for
 * the lists), and an older one is only read again when the policy goes back to that version.
 */
const KEPT_ENTRIES = 16;

export function writePolicySetCache(cacheDir: string | undefined, root: string, hash: string, set: PolicySet): void {
  if (!cacheDir) return;
  writeCacheJson(setFile(cacheDir, root, hash), { format: SET_FORMAT, hash, set } satisfies SetEntry);
  pruneCacheEntries(cacheDir, (name) => name.startsWith('policy-') && name.endsWith('.json'), KEPT_ENTRIES);
}

// The policy's compiled path and command lists (automaton snapshots: src/match/patterns.ts,
// src/match/command.ts), beside its checked set: a hook process restores the lists an earlier one
// compiled instead of compiling them again (about a tenth of an agent's commit check, and of a
// guarded shell call). What the compiler makes depends on the build and on the
// runtime's case mappings (deny patterns fold case), so both key the entry besides the policy.
const LISTS_FORMAT = 1;

interface ListsEntry {
  format: number;
  stamp: string;
  runtime: string;
  hash: string;
  lists: Record<string, unknown>;
}

/** A SnapshotStore read from the cache; save() writes it back when a list was added. */
export interface ListsCache extends SnapshotStore {
  save(): void;
}

/**
 * The compiled lists kept for this policy; undefined without a cache directory or outside a
 * build (the TypeScript sources have no stamp: see SOURCE_STAMP). A damaged entry is an empty one
 * (restorePathList checks each snapshot as well).
 */
export function openListsCache(cacheDir: string | undefined, root: string, hash: string, stamp = SOURCE_STAMP): ListsCache | undefined {
  if (!cacheDir || stamp === undefined) return undefined;
  const file = join(cacheDir, `lists-${policyKey(root, hash)}.json`);
  const runtime = caseRuntime();
  const e = readCacheJson(file) as Partial<ListsEntry> | undefined;
  const usable = e?.format === LISTS_FORMAT && e.stamp === stamp && e.runtime === runtime && e.hash === hash && typeof e.lists === 'object' && e.lists !== null;
  const lists = new Map<string, unknown>(usable ? Object.entries(e.lists!) : []);
  let added = false;
  return {
    get: (key) => lists.get(key),
    set(key, snapshot) {
      lists.set(key, snapshot);
      added = true;
    },
    save() {
      if (!added) return;
      added = false;
      writeCacheJson(file, { format: LISTS_FORMAT, stamp, runtime, hash, lists: Object.fromEntries(lists) } satisfies ListsEntry);
      pruneCacheEntries(cacheDir, (name) => name.startsWith('lists-') && name.endsWith('.json'), KEPT_ENTRIES);
    },
  };
}

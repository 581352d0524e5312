// The runtime caches' contents: the case classes and the checked policy set, in the cache
// directory of src/policy/cache-dir.ts.
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { caseClasses, useCaseClasses } from '../match/case-fold.js';
import { readCacheJson, writeCacheJson } from './cache-dir.js';
import type { PolicySet } from './types.js';

export { CACHE_DIR, cacheDirOf, readCacheJson, writeCacheJson } from './cache-dir.js';

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

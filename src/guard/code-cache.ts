// A V8 code cache for the guard's CommonJS chunks: the bytecode V8 compiled in an earlier run, so
// a hook run deserializes its functions instead of parsing and compiling them again. Node 22 has
// module.enableCompileCache(); the guard must start on Node 20, so it keeps its own, with
// vm.Script's cachedData.
//
// Entries live in .git/agent-policy-lint/code-<node version>-<arch>/ (src/policy/cache-dir.ts),
// one per chunk. V8 checks a cache's version and flags but only the *length* of the source, and
// on Node 20 it does not check the payload's checksum either (a flipped byte is accepted), so
// each entry carries the SHA-256 of the exact source it was compiled from (for a chunk: of the
// file's bytes, which the loader turns into the source by a fixed decoding and wrapping; hashing
// the bytes costs a fraction of encoding a large source string back to UTF-8 to hash it) and of
// its own bytes; an entry whose hashes do not match is ignored. Whatever goes wrong (no cache, a foreign, stale,
// truncated or corrupt entry, V8 rejecting it, a cache that cannot be written) the chunk is
// compiled from its source as if there were no cache: the cache only ever saves time. It is as
// trusted as the policy cache beside it (an agent may not write there: a built-in deny rule).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Script } from 'node:vm';
import { pruneCacheEntries, writeCacheFile } from '../policy/cache-dir.js';

const MAGIC = Buffer.from('apl-code-cache 2\n');
const HASH_BYTES = 32;
const HEADER_BYTES = MAGIC.length + 2 * HASH_BYTES;

export interface CodeCache {
  /** The directory of this runtime's entries; undefined: compile without a cache. */
  dir: string | undefined;
  /** Scripts compiled without a usable entry: saved by saveCodeCache (after they ran). */
  toSave: { file: string; sourceHash: Buffer; script: Script }[];
}

/** This runtime's cache directory under the repository's cache directory (V8's bytecode depends on both). */
export function codeCacheDir(cacheDir: string | undefined): string | undefined {
  if (!cacheDir) return undefined;
  return join(cacheDir, `code-${process.version}-${process.arch}`.replace(/[^A-Za-z0-9.-]/g, '_'));
}

export function openCodeCache(dir: string | undefined): CodeCache {
  return { dir, toSave: [] };
}

const sha256 = (data: string | Uint8Array): Buffer => createHash('sha256').update(data).digest();

/**
 * The hash an entry is keyed by: of the source text, or of the bytes it was made from (domain
 * separated, so that a text and a file never share a key).
 */
function sourceKey(source: string, sourceBytes: Uint8Array | undefined): Buffer {
  return createHash('sha256').update(sourceBytes ? 'file\0' : 'text\0').update(sourceBytes ?? source).digest();
}

/** The entry of a chunk: its file name (after the last separator, POSIX or Windows) with `.v8`. */
function entryFile(dir: string, filename: string): string {
  const name = filename.slice(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
  return `${dir}${sep}${name}.v8`;
}

/** The cached data for `source`, when the entry is whole and was made from exactly this source. */
function readEntry(file: string, sourceHash: Buffer): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length <= HEADER_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const forSource = bytes.subarray(MAGIC.length, MAGIC.length + HASH_BYTES);
  const ownHash = bytes.subarray(MAGIC.length + HASH_BYTES, HEADER_BYTES);
  const data = bytes.subarray(HEADER_BYTES);
  if (!forSource.equals(sourceHash) || !ownHash.equals(sha256(data))) return undefined;
  return data;
}

/**
 * Compiles `source` (a whole script) as `filename`, with its cache entry when there is a good one.
 * `sourceBytes`, when given, are the bytes `source` was made from by a transformation that never
 * changes (the chunk loader's decoding and wrapping of a chunk file): the entry is keyed by them.
 */
export function compileWithCache(cache: CodeCache, source: string, filename: string, sourceBytes?: Uint8Array): Script {
  if (!cache.dir) return new Script(source, { filename });
  let sourceHash: Buffer | undefined;
  let script: Script | undefined;
  try {
    sourceHash = sourceKey(source, sourceBytes);
    const data = readEntry(entryFile(cache.dir, filename), sourceHash);
    if (data) {
      script = new Script(source, { filename, cachedData: data });
      if (!script.cachedDataRejected) return script;
    }
  } catch {
    // Compiled below, without the cache.
  }
  script ??= new Script(source, { filename });
  if (sourceHash) cache.toSave.push({ file: entryFile(cache.dir, filename), sourceHash, script });
  return script;
}

/**
 * Entries kept in a runtime's directory: a build's chunks (about 35 of the guard's and the
 * commit check's are loaded) are named for that build, so each upgrade adds a set; this keeps
 * the last few builds' sets (a repository whose hooks run two versions keeps both).
 */
const KEPT_CODE_ENTRIES = 256;

/** Writes an entry for each script compiled without one (after it ran: V8 then includes the functions it compiled). */
export function saveCodeCache(cache: CodeCache): void {
  if (cache.toSave.length === 0) return;
  for (const { file, sourceHash, script } of cache.toSave.splice(0)) {
    try {
      const data = script.createCachedData();
      writeCacheFile(file, Buffer.concat([MAGIC, sourceHash, sha256(data), data]));
    } catch {
      // A cache that cannot be made only costs time.
    }
  }
  if (cache.dir) pruneCacheEntries(cache.dir, (name) => name.endsWith('.v8'), KEPT_CODE_ENTRIES);
}

// Blob contents kept between --staged runs, by object id: the policy files and records of the
// index rarely change between commits, and reading them needs a `git cat-file` process. An entry
// is self-checking: it is used only when hashing it as git does ("blob <size>\0" + content, SHA-1
// or SHA-256 by the id's length) gives back its id, so a stale, truncated or foreign entry is
// never read (it is fetched from git again). Kept in .git/agent-policy-lint/blobs/ beside the
// other caches (a built-in rule denies that directory to agents); a cache that cannot be read or
// written only costs time.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCacheFile } from '../policy/cache-dir.js';

/** Larger blobs are not kept (policy files and records are small). */
export const MAX_CACHED_BLOB = 256 * 1024;
const OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** Git's object id of a blob with this content, for an id of `hexLength` digits. */
export function blobOid(content: Buffer, hexLength: number): string {
  return createHash(hexLength === 64 ? 'sha256' : 'sha1')
    .update(`blob ${content.length}\0`)
    .update(content)
    .digest('hex');
}

function entryFile(dir: string, oid: string): string {
  return join(dir, 'blobs', oid.slice(0, 2), oid.slice(2));
}

/** The cached content of a blob, only when it hashes to `oid`. */
export function readCachedBlob(dir: string | undefined, oid: string): Buffer | undefined {
  if (!dir || !OID.test(oid)) return undefined;
  let content: Buffer;
  try {
    content = readFileSync(entryFile(dir, oid));
  } catch {
    return undefined;
  }
  return blobOid(content, oid.length) === oid ? content : undefined;
}

export function writeCachedBlob(dir: string | undefined, oid: string, content: Buffer): void {
  if (!dir || !OID.test(oid) || content.length > MAX_CACHED_BLOB) return;
  if (blobOid(content, oid.length) !== oid) return;
  writeCacheFile(entryFile(dir, oid), content);
}

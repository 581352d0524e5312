// Appends chained lines to a session's audit log, safely under concurrency: agents run hooks in
// parallel (Codex launches every matching hook at once) and several sessions write at once.
// Each append holds an exclusive lock on the log (proper-lockfile: an atomic mkdir of
// `<log>.lock`, with stale-lock recovery), reads the last line to chain onto it, and writes the
// new lines with one write(2) on an O_APPEND descriptor, so lines are never torn, lost or
// interleaved and the chain stays whole.
import { closeSync, fstatSync, mkdir, mkdirSync, openSync, readSync, realpath, realpathSync, rmdir, rmdirSync, stat, statSync, utimes, utimesSync } from 'node:fs';
import { writeBytes } from '../fd-write.js';
import { dirname } from 'node:path';
import { lock, lockSync } from 'proper-lockfile';
import { GENESIS, HEX64, rawLineHash, sealLine } from './chain.js';

export interface AppendOptions {
  /** HMAC key (from the environment), or undefined. */
  key?: string;
  /** Give up waiting for the lock after about this long (ms). */
  lockWaitMs?: number;
}

/** The last line of a file (without its newline), read backwards in chunks; '' when empty. */
function lastLine(fd: number, size: number): { text: string; terminated: boolean } {
  if (size === 0) return { text: '', terminated: true };
  const one = Buffer.alloc(1);
  readSync(fd, one, 0, 1, size - 1);
  const terminated = one[0] === 0x0a;
  let pos = terminated ? size - 1 : size;
  let tail = Buffer.alloc(0);
  while (pos > 0) {
    const n = Math.min(64 * 1024, pos);
    pos -= n;
    const buf = Buffer.alloc(n);
    readSync(fd, buf, 0, n, pos);
    const nl = buf.lastIndexOf(0x0a);
    if (nl >= 0) return { text: Buffer.concat([buf.subarray(nl + 1), tail]).toString('utf8'), terminated };
    tail = Buffer.concat([buf, tail]);
  }
  return { text: tail.toString('utf8'), terminated };
}

/** What the next line chains onto: the last line's seq + 1 and hash. */
function chainHead(file: string, key: string | undefined): { seq: number; prev: string; terminated: boolean } {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { seq: 0, prev: GENESIS, terminated: true };
    throw e;
  }
  try {
    const size = fstatSync(fd).size;
    const { text, terminated } = lastLine(fd, size);
    if (text === '') return { seq: 0, prev: GENESIS, terminated };
    try {
      const o = JSON.parse(text) as { seq?: unknown; hash?: unknown };
      const seq = typeof o.seq === 'number' && Number.isInteger(o.seq) ? o.seq + 1 : 0;
      const prev = typeof o.hash === 'string' && HEX64.test(o.hash) ? o.hash : rawLineHash(text, key);
      return { seq, prev, terminated };
    } catch {
      // A torn or foreign last line: chain onto its raw text; the verifier reports it.
      return { seq: 0, prev: rawLineHash(text, key), terminated };
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The file system calls proper-lockfile makes, and nothing else: its synchronous lock copies the
 * object it is given, and copying node:fs itself reads fs.promises, which loads the promise,
 * stream and readline modules (about 3 ms of a guard start) for nothing.
 */
const LOCK_FS = { mkdir, mkdirSync, realpath, realpathSync, rmdir, rmdirSync, stat, statSync, utimes, utimesSync };

/** A lock older than `stale` is another process's that died holding it: taken over. */
const LOCK_OPTIONS = { realpath: false, stale: 10_000, fs: LOCK_FS };

/**
 * Takes the log's lock: first once, synchronously, then, when another process holds it, waiting
 * with retries. The first try is the common case (one hook at a time) and, synchronous, it makes
 * none of the asynchronous lock's trips through libuv's thread pool (about 1.5 ms of a hook run).
 */
async function takeLock(file: string, waitMs: number): Promise<() => unknown> {
  try {
    return lockSync(file, LOCK_OPTIONS);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw e;
  }
  return lock(file, {
    ...LOCK_OPTIONS,
    retries: { retries: Math.ceil(waitMs / 10), factor: 1, minTimeout: 3, maxTimeout: 15, randomize: true },
  });
}

/**
 * Appends records to the log, each with chain fields added. Throws when the log cannot be
 * written or the lock not taken in time: the guard then fails closed.
 */
export async function appendChained(file: string, records: Record<string, unknown>[], opts: AppendOptions = {}): Promise<Record<string, unknown>[]> {
  mkdirSync(dirname(file), { recursive: true });
  const release = await takeLock(file, opts.lockWaitMs ?? 8000);
  try {
    const head = chainHead(file, opts.key);
    let { seq, prev } = head;
    const written: Record<string, unknown>[] = [];
    let text = head.terminated ? '' : '\n';
    for (const r of records) {
      const line = sealLine(r, seq++, prev, opts.key);
      text += JSON.stringify(line) + '\n';
      prev = line.hash as string;
      written.push(line);
    }
    const fd = openSync(file, 'a');
    try {
      writeBytes(fd, Buffer.from(text, 'utf8'));
    } finally {
      closeSync(fd);
    }
    return written;
  } finally {
    await release();
  }
}

// The exclusive lock an audit append holds on a session log: the directory `<log>.lock`, made by
// an atomic mkdir and removed by rmdir; one older than STALE_MS is a dead holder's, and is taken
// over. It is the protocol proper-lockfile speaks (the guard used it before, and a guard of an
// older version may still append to the same log), without what a hook run does not need:
// proper-lockfile answers through libuv's thread pool (mkdir, utimes and stat to probe the file
// system's mtime precision, then rmdir: four round trips through the event loop), refreshes the
// lock's mtime on a timer for long holds, and installs signal handlers to remove it on exit.
// An append holds the lock for a few synchronous steps (read the last line, one write), so:
// - an uncontended lock is taken, used and released without yielding to the event loop;
// - a held lock is waited for asynchronously (short random sleeps), so the guard's deadline timer
//   still runs while it waits;
// - no signal can be handled while the lock is held (nothing runs between mkdir and rmdir), so
//   the only lock ever left behind is one whose process was killed outright: it is stale after
//   STALE_MS and taken over, as before.
import { mkdirSync, rmdirSync, statSync } from 'node:fs';

/** A lock older than this is a dead holder's (proper-lockfile's `stale` as the guard set it). */
export const STALE_MS = 10_000;

export class LockTimeout extends Error {
  constructor(file: string, waitMs: number) {
    super(`the lock ${file}.lock is held (waited ${waitMs} ms)`);
    this.name = 'LockTimeout';
  }
}

const errCode = (e: unknown): string | undefined => (e as NodeJS.ErrnoException)?.code;

/** Takes the lock once: true when taken; a stale lock is removed and the mkdir tried again. */
function tryLock(lockDir: string, now: () => number): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      mkdirSync(lockDir);
      return true;
    } catch (e) {
      if (errCode(e) !== 'EEXIST') throw e;
    }
    let mtimeMs: number;
    try {
      mtimeMs = statSync(lockDir).mtimeMs;
    } catch (e) {
      if (errCode(e) === 'ENOENT') continue; // released meanwhile: try again
      throw e;
    }
    if (mtimeMs >= now() - STALE_MS) return false;
    try {
      rmdirSync(lockDir);
    } catch (e) {
      if (errCode(e) !== 'ENOENT') throw e;
    }
  }
  return false;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `critical` (synchronous) holding the lock of `file`. Throws LockTimeout when the lock is
 * still held by another process after about `waitMs`, and any file-system error of the lock itself.
 */
export async function withLogLock<T>(file: string, waitMs: number, critical: () => T, now: () => number = Date.now): Promise<T> {
  const lockDir = `${file}.lock`;
  const giveUpAt = now() + waitMs;
  while (!tryLock(lockDir, now)) {
    if (now() >= giveUpAt) throw new LockTimeout(file, waitMs);
    await sleep(3 + Math.floor(Math.random() * 12));
  }
  try {
    return critical();
  } finally {
    try {
      rmdirSync(lockDir);
    } catch (e) {
      // Already gone (taken over as stale by a process that waited longer than STALE_MS): the
      // lines are written whole either way (one write on an O_APPEND descriptor).
      if (errCode(e) !== 'ENOENT') throw e;
    }
  }
}

// The audit log's lock (src/audit/log-lock.ts): taken and released around a synchronous critical
// section, waited for while another holder has it, taken over when stale, never left behind.
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LockTimeout, STALE_MS, withLogLock } from '../../src/audit/log-lock.js';

let dir: string;
let log: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'apl-log-lock-'));
  log = join(dir, 's.jsonl');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('withLogLock', () => {
  it('holds <log>.lock exactly while the critical section runs', async () => {
    const seen = await withLogLock(log, 100, () => existsSync(`${log}.lock`));
    expect(seen).toBe(true);
    expect(existsSync(`${log}.lock`)).toBe(false);
  });

  it('releases the lock when the critical section throws', async () => {
    await expect(
      withLogLock(log, 100, () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(existsSync(`${log}.lock`)).toBe(false);
  });

  it('waits for a live holder, then gives up (LockTimeout)', async () => {
    mkdirSync(`${log}.lock`);
    const start = Date.now();
    await expect(withLogLock(log, 60, () => 'ran')).rejects.toBeInstanceOf(LockTimeout);
    expect(Date.now() - start).toBeGreaterThanOrEqual(55);
    expect(existsSync(`${log}.lock`)).toBe(true); // another's lock is not removed
  });

  it('takes the lock as soon as the holder releases it', async () => {
    mkdirSync(`${log}.lock`);
    setTimeout(() => rmSync(`${log}.lock`, { recursive: true }), 30);
    await expect(withLogLock(log, 2000, () => 'ran')).resolves.toBe('ran');
    expect(existsSync(`${log}.lock`)).toBe(false);
  });

  it('takes over a stale lock (a holder killed outright)', async () => {
    mkdirSync(`${log}.lock`);
    const old = new Date(Date.now() - STALE_MS - 5000);
    utimesSync(`${log}.lock`, old, old);
    await expect(withLogLock(log, 0, () => 'ran')).resolves.toBe('ran');
    expect(existsSync(`${log}.lock`)).toBe(false);
  });

  it('fails on a lock that cannot be made (no directory): the guard then denies', async () => {
    await expect(withLogLock(join(dir, 'missing', 's.jsonl'), 100, () => 'ran')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

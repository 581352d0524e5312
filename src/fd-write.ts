// Writing a report to a file descriptor, synchronously. Text goes through one reused buffer:
// a Buffer made per piece is memory outside the JS heap that V8 collects only every 64 MB or
// so of it, and writing a large HTML report in pieces that way peaked at 237 MB, of which 175
// MB were the findings and decisions held before writing (bench/reports.bench.ts, docs/siem.md).
import { writeSync } from 'node:fs';

/** UTF-16 units encoded per write: at most three bytes each, so they fit the buffer. */
const UNITS = 1 << 18;
let scratch: Buffer | undefined;

/** Writes text as UTF-8, in pieces of UNITS (never cutting a surrogate pair). */
export function writeText(fd: number, text: string): void {
  scratch ??= Buffer.allocUnsafeSlow(UNITS * 3);
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + UNITS);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    const n = scratch.write(at === 0 && end === text.length ? text : text.slice(at, end), 0, 'utf8');
    writeBytes(fd, scratch.subarray(0, n));
    at = end;
  }
}

/** Writes all the bytes (a non-blocking pipe that is full is waited for, not lost). */
export function writeBytes(fd: number, bytes: Uint8Array): void {
  let at = 0;
  while (at < bytes.length) {
    try {
      at += writeSync(fd, bytes, at);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

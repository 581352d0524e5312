import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** Lines longer than this (in UTF-16 units) are skipped and reported: memory stays bounded. */
export const MAX_LINE_CHARS = 16 * 1024 * 1024;

const CHUNK = 64 * 1024;
const READ = 1024 * 1024;

export interface LineSink {
  /**
   * One line, without its end (LF or CRLF) and, on line 1, without a UTF-8 BOM.
   * `unterminated` is true for a last line with no newline after it (possibly truncated).
   * Blank lines are passed too; the caller decides.
   */
  line(text: string, lineNo: number, unterminated: boolean): void;
  /** A line over MAX_LINE_CHARS: its content was dropped. */
  tooLong(lineNo: number, chars: number): void;
  /** Bytes read so far, after each chunk (for progress). */
  progress?(bytesRead: number): void;
}

/**
 * Streams a file line by line with a fixed-size read buffer: memory is bounded by the chunk
 * size plus the longest line (capped at MAX_LINE_CHARS). Invalid UTF-8 becomes U+FFFD.
 * Reads are synchronous: a CLI has nothing else to do meanwhile, and a round trip through the
 * thread pool per chunk cost more than the reading itself.
 */
export interface StreamOptions {
  maxLineChars?: number;
  chunkBytes?: number;
  /** A byte range [start, end) starting at a line start (a worker's slice); lines are numbered from 1 within it. */
  start?: number;
  end?: number;
}

/**
 * The read buffer, kept between calls: a replay worker streams dozens of slices, and a fresh
 * megabyte each time is external memory that waits for a collection (measured: 5-12 MB more at
 * the peak with two workers). Taken while in use, so a nested call allocates its own.
 */
let spareBuffer: Buffer | undefined;

function takeBuffer(size: number): Buffer {
  const b = spareBuffer !== undefined && spareBuffer.length === size ? spareBuffer : Buffer.allocUnsafe(size);
  spareBuffer = undefined;
  return b;
}

/** A path, or an open descriptor (0: standard input), which is read but not closed. */
export type LogSource = string | number;

export async function streamLines(path: LogSource, sink: LineSink, opts: StreamOptions = {}): Promise<void> {
  streamLinesSync(path, sink, opts);
}

export function streamLinesSync(path: LogSource, sink: LineSink, opts: StreamOptions = {}): void {
  const maxLine = opts.maxLineChars ?? MAX_LINE_CHARS;
  const fd = typeof path === 'number' ? path : openSync(path, 'r');
  let buf: Buffer | undefined;
  try {
    const decoder = new StringDecoder('utf8');
    // Read big (few system calls), decode small: a decoded piece stays an ordinary
    // young-generation string instead of a large object that only a full GC frees.
    const piece = opts.chunkBytes ?? CHUNK;
    buf = takeBuffer(Math.max(piece, READ));
    let pos = opts.start ?? 0;
    const end = opts.end ?? Infinity;
    const sliced = opts.start !== undefined || opts.end !== undefined;
    let carry = '';
    let lineNo = 1;
    // A BOM is a BOM only at the start of the file.
    let first = (opts.start ?? 0) === 0;
    // While skipping an over-long line: how many characters it had so far (-1: not skipping).
    let skipping = -1;
    let bytesRead = 0;
    for (;;) {
      // Sequential reads (position null) unless a slice was asked for: pipes (`-`, /dev/stdin,
      // <(…)) cannot seek, and a positioned read there fails with ESPIPE.
      const n = readRetrying(fd, buf, Math.min(buf.length, end - pos), sliced ? pos : null);
      if (n === 0) break;
      pos += n;
      bytesRead += n;
      for (let off = 0; off < n; off += piece) {
        let text = decoder.write(buf.subarray(off, Math.min(n, off + piece)));
        if (first) {
          if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
          first = false;
        }
        let start = 0;
        for (;;) {
          const nl = text.indexOf('\n', start);
          if (nl === -1) break;
          if (skipping >= 0) {
            sink.tooLong(lineNo, skipping + nl - start);
            skipping = -1;
          } else {
            let line = carry === '' ? text.slice(start, nl) : carry + text.slice(start, nl);
            carry = '';
            if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
            if (line.length > maxLine) sink.tooLong(lineNo, line.length);
            else sink.line(line, lineNo, false);
          }
          lineNo++;
          start = nl + 1;
        }
        if (skipping >= 0) {
          skipping += text.length - start;
        } else {
          carry = carry === '' ? text.slice(start) : carry + text.slice(start);
          if (carry.length > maxLine) {
            skipping = carry.length;
            carry = '';
          }
        }
      }
      sink.progress?.(bytesRead);
    }
    const rest = decoder.end();
    if (skipping >= 0) {
      sink.tooLong(lineNo, skipping + rest.length);
    } else {
      let line = carry + rest;
      if (line.length > 0) {
        if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
        sink.line(line, lineNo, true);
      }
    }
  } finally {
    if (typeof path !== 'number') closeSync(fd);
    if (buf) spareBuffer = buf;
  }
}

/** The same, for a log already in memory (a staged blob): same numbering, BOM and CRLF rules. */
export function textLines(text: string, sink: LineSink, opts: { maxLineChars?: number } = {}): void {
  const maxLine = opts.maxLineChars ?? MAX_LINE_CHARS;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lineNo = 1;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    let line = text.slice(start, end);
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    if (line.length > maxLine) sink.tooLong(lineNo, line.length);
    else sink.line(line, lineNo, nl === -1);
    if (nl === -1) break;
    start = nl + 1;
    lineNo++;
  }
  sink.progress?.(Buffer.byteLength(text));
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** readSync that waits on a non-blocking descriptor (standard input may be one) instead of failing with EAGAIN. */
function readRetrying(fd: number, buf: Buffer, length: number, position: number | null): number {
  for (;;) {
    try {
      return readSync(fd, buf, 0, length, position);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 10);
    }
  }
}

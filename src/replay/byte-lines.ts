// Replayed decisions encoded straight into UTF-8 bytes (--format ocsf, splunk-hec, and the json
// lines of html): a large log's slice encodes tens of megabytes of report lines. Encoders write
// their constant parts as bytes made once and only what varies per line (times, line numbers,
// sessions, subjects) as it comes: no string is built per event, and none is flattened and then
// copied again as UTF-8 (that was a third of the encoding worker's work: docs/siem.md).
import type { JsonOut } from '../report/decision.js';

/** A buffer of its own (not a pool's slice) when there is nowhere to ship the bytes to. */
const CHUNK_BYTES = 1 << 16;
/** Strings longer than this are escaped by JSON.stringify rather than checked char by char. */
const LONG_STRING = 1024;
const EMPTY = Buffer.alloc(0);

/**
 * Where a worker's sealed bytes go as the slice goes on: fixed-size buffers, each whole over an
 * ArrayBuffer of its own (so that it can be transferred), filled and shipped, and given back by
 * the main thread once written, to be filled again (docs/siem.md: a million events are a
 * gigabyte, and buffers left for the main thread's collector to find held tens of megabytes).
 */
export class PartShipper {
  private readonly free: ArrayBuffer[] = [];

  constructor(
    /** Sends a full part: its bytes are `new Uint8Array(buffer, 0, used)`; the buffer is transferred. */
    private readonly send: (buffer: ArrayBuffer, used: number) => void,
    readonly partBytes: number,
  ) {}

  /** A buffer to fill: one given back, or a new one. */
  take(): Buffer {
    return Buffer.from(this.free.pop() ?? new ArrayBuffer(this.partBytes));
  }

  ship(part: Buffer, used: number): void {
    this.send(part.buffer as ArrayBuffer, used);
  }

  /** A buffer the main thread has written out. */
  giveBack(buffer: ArrayBuffer): void {
    if (buffer.byteLength === this.partBytes && this.free.length < 64) this.free.push(buffer);
  }
}

/** Where sealed bytes go on the main thread: written, then (when flush says so) reusable. */
export interface ByteEmit {
  write(bytes: Uint8Array): void;
  /** Writes out what write was given; without it, emitted buffers are never reused. */
  flush?(): void;
}

/**
 * Encoded lines as bytes, in one of three modes: shipped in parts as they fill (a worker's
 * slice), collected until bytes() (a slice redone on the main thread; tests), or emitted to the
 * main thread's output as they fill. A line never straddles two sealed buffers (a part is
 * decoded on its own by the html report's channel): call endLine() after each.
 */
export class ByteLines implements JsonOut {
  private buf: Buffer;
  private at = 0;
  /** Where the line being written starts in buf. */
  private start = 0;
  private chunks: Buffer[] = [];
  private size = 0;

  /** parts: ship the bytes as they are sealed rather than hold them; emit: write them out. */
  constructor(
    private readonly parts?: PartShipper,
    private readonly emit?: ByteEmit,
  ) {
    this.buf = parts ? parts.take() : Buffer.allocUnsafeSlow(CHUNK_BYTES);
  }

  /** The line written since the last endLine() is whole. */
  endLine(): void {
    this.start = this.at;
  }

  raw(bytes: Uint8Array): void {
    if (this.at + bytes.length > this.buf.length) this.room(bytes.length);
    this.buf.set(bytes, this.at);
    this.at += bytes.length;
  }

  /** Text written as UTF-8 as is (it is JSON already). */
  text(s: string): void {
    const worst = s.length * 3;
    if (this.at + worst > this.buf.length) this.room(worst);
    this.at += this.buf.write(s, this.at, 'utf8');
  }

  /** s as a JSON string literal, byte for byte what JSON.stringify(s) gives. */
  quoted(s: string): void {
    const n = s.length;
    if (n > LONG_STRING) return this.text(JSON.stringify(s));
    if (this.at + n + 2 > this.buf.length) this.room(n + 2);
    const b = this.buf;
    let at = this.at;
    b[at++] = 0x22;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      // Printable ASCII other than `"` and `\` is itself in JSON and in UTF-8.
      if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return this.text(JSON.stringify(s));
      b[at++] = c;
    }
    b[at++] = 0x22;
    this.at = at;
  }

  /** A number as JSON writes it (String(n)); integers digit by digit. */
  num(n: number): void {
    if (!(n >= 0 && n <= 0xffffffffffff && Math.floor(n) === n)) return this.text(String(n));
    if (this.at + 16 > this.buf.length) this.room(16);
    const b = this.buf;
    let digits = 1;
    for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
    let at = this.at + digits;
    this.at = at;
    let x = n;
    do {
      const q = Math.floor(x / 10);
      b[--at] = 0x30 + (x - q * 10);
      x = q;
    } while (x > 0);
  }

  /** The bytes not shipped or emitted yet, in a buffer of their own (whole, so that it can be transferred). */
  bytes(): Buffer {
    const tail = this.at;
    const out = Buffer.from(new ArrayBuffer(this.size + tail));
    let at = 0;
    for (const c of this.chunks) at += c.copy(out, at);
    this.buf.copy(out, at, 0, tail);
    this.chunks = [];
    this.size = 0;
    this.at = this.start = 0;
    // A slice's part goes back to the pool (a slice's ByteLines ends with it).
    if (this.parts) {
      this.parts.giveBack(this.buf.buffer as ArrayBuffer);
      this.buf = EMPTY;
    }
    return out;
  }

  /** Emit mode: writes out what is buffered (before bytes encoded elsewhere are written after it). */
  drain(): void {
    if (this.at > 0) this.seal(this.at, CHUNK_BYTES);
  }

  /**
   * Makes room for n more bytes: the whole lines so far are sealed and the line being written
   * moves to the start of a fresh buffer (of its own size when it would not fit a part).
   */
  private room(n: number): void {
    if (this.buf === EMPTY) {
      this.buf = this.parts ? this.parts.take() : Buffer.allocUnsafeSlow(CHUNK_BYTES);
      if (n <= this.buf.length) return;
    }
    const partial = this.at - this.start;
    const old = this.buf;
    const size = Math.max(this.parts ? this.parts.partBytes : CHUNK_BYTES, partial + n);
    if (this.start === 0) {
      // Nothing whole to seal: a larger buffer for this line.
      this.buf = Buffer.from(new ArrayBuffer(Math.max(size, old.length * 2)));
      old.copy(this.buf, 0, 0, partial);
      this.at = partial;
      if (this.parts && old.length === this.parts.partBytes) this.parts.giveBack(old.buffer as ArrayBuffer);
      return;
    }
    const keep = Buffer.from(old.subarray(this.start, this.at));
    this.seal(this.start, size);
    keep.copy(this.buf, 0);
    this.at = partial;
  }

  /** Seals the first `used` bytes of the buffer and starts a fresh one of at least `size` bytes. */
  private seal(used: number, size: number): void {
    const p = this.parts;
    const old = this.buf;
    if (p) {
      p.ship(old, used);
      this.buf = size <= p.partBytes ? p.take() : Buffer.from(new ArrayBuffer(size));
    } else if (this.emit) {
      this.emit.write(old.subarray(0, used));
      // Reused only once written out: the output may hold what it was given until its flush.
      if (this.emit.flush && size <= old.length) this.emit.flush();
      else this.buf = Buffer.allocUnsafeSlow(Math.max(size, CHUNK_BYTES));
    } else {
      this.chunks.push(old.subarray(0, used));
      this.size += used;
      this.buf = Buffer.allocUnsafeSlow(Math.max(size, CHUNK_BYTES));
    }
    this.at = this.start = 0;
  }
}

// A slice's encoded decisions as UTF-8 bytes, encoded in small batches as they are decided: a
// slice of a large log encodes tens of megabytes of report lines, and strings held to the end of
// the slice would all survive into the worker's old generation (its young one is small) and be
// copied twice more (joined, then encoded). Batched, each line dies young.
const BATCH_CHARS = 1 << 16;

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

export class ByteLines {
  private batch = '';
  private chunks: Buffer[] = [];
  private size = 0;
  /** The part being filled (when shipping) and how much of it is used. */
  private part?: Buffer;
  private used = 0;

  /** parts: ship the bytes as they are sealed rather than hold them to the end of the slice. */
  constructor(private readonly parts?: PartShipper) {}

  push(line: string): void {
    const p = this.parts;
    // Shipping: each line is written into the part straight away (one UTF-8 copy; a batch joined
    // first was a tree of strings copied twice, flattened and then encoded, and half of a
    // worker's garbage with --format ocsf).
    if (p !== undefined && line.length * 3 <= p.partBytes) {
      this.seal();
      this.writeToPart(p, line);
      return;
    }
    this.batch += line;
    if (this.batch.length >= BATCH_CHARS || (p && this.batch.length * 3 > p.partBytes)) this.seal();
  }

  /** The bytes not shipped yet, in a buffer of their own (whole, so that it can be transferred). */
  bytes(): Buffer {
    this.seal();
    if (this.part) {
      // The last part goes with the result, as a copy of what is used (the part is reused).
      this.chunks.push(Buffer.from(this.part.subarray(0, this.used)));
      this.size += this.used;
      this.parts!.giveBack(this.part.buffer as ArrayBuffer);
      this.part = undefined;
      this.used = 0;
    }
    const out = Buffer.from(new ArrayBuffer(this.size));
    let at = 0;
    for (const c of this.chunks) at += c.copy(out, at);
    this.chunks = [];
    this.size = 0;
    return out;
  }

  private seal(): void {
    if (this.batch === '') return;
    const p = this.parts;
    if (!p) {
      const c = Buffer.from(this.batch, 'utf8');
      this.chunks.push(c);
      this.size += c.length;
    } else {
      // UTF-8 takes at most 3 bytes per UTF-16 unit: a batch that might not fit starts a part.
      const need = this.batch.length * 3;
      if (need > p.partBytes) {
        this.flushPart();
        // Larger than a part: shipped as a buffer of its own.
        const c = Buffer.from(this.batch, 'utf8');
        const own = Buffer.from(new ArrayBuffer(c.length));
        c.copy(own);
        p.ship(own, own.length);
      } else this.writeToPart(p, this.batch);
    }
    this.batch = '';
  }

  /** Writes text that fits in a part (at most partBytes / 3 units) into the current part or a fresh one. */
  private writeToPart(p: PartShipper, text: string): void {
    if (this.part && this.used + text.length * 3 > this.part.length) this.flushPart();
    this.part ??= p.take();
    this.used += this.part.write(text, this.used, 'utf8');
  }

  private flushPart(): void {
    if (this.part && this.used > 0) this.parts!.ship(this.part, this.used);
    else if (this.part) this.parts!.giveBack(this.part.buffer as ArrayBuffer);
    this.part = undefined;
    this.used = 0;
  }
}

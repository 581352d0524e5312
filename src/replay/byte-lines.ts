// A slice's encoded decisions as UTF-8 bytes, encoded in small batches as they are decided: a
// slice of a large log encodes tens of megabytes of report lines, and strings held to the end of
// the slice would all survive into the worker's old generation (its young one is small) and be
// copied twice more (joined, then encoded). Batched, each line dies young.
const BATCH_CHARS = 1 << 16;

export class ByteLines {
  private batch = '';
  private readonly chunks: Buffer[] = [];
  private size = 0;

  push(line: string): void {
    this.batch += line;
    if (this.batch.length >= BATCH_CHARS) this.seal();
  }

  /** The bytes in a buffer of their own (whole, so that it can be transferred to another thread). */
  bytes(): Buffer {
    this.seal();
    const out = Buffer.from(new ArrayBuffer(this.size));
    let at = 0;
    for (const c of this.chunks) at += c.copy(out, at);
    return out;
  }

  private seal(): void {
    if (this.batch === '') return;
    const c = Buffer.from(this.batch, 'utf8');
    this.chunks.push(c);
    this.size += c.length;
    this.batch = '';
  }
}

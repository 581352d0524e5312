// A bounded cache for streams that repeat themselves (a log's working set of paths and command
// lines). Pure: usable from every layer.

/** Bits of the doorkeeper (TwoGenerationCache.set): 65,536, 8 KB. */
const DOORKEEPER_BITS = 1 << 16;
/** Keys marked before the doorkeeper starts afresh: it then says "seen" wrongly for about 5% of new keys. */
const DOORKEEPER_MARKS = 8192;

/**
 * Two generations, a cheap LRU: entries used since the last turn-over, and those used in the one
 * before. A hit in the old generation moves the entry to the young one; when the young one is full
 * it becomes the old one and the old one is dropped. Recently used entries stay, at most `max` are
 * kept, and every step is O(1) (evicting the oldest entry of one Map, as an LRU would, slows down
 * as the Map's deleted slots pile up at its start).
 *
 * A key is kept from its second `set` on: a doorkeeper (a two-hash Bloom filter of the keys set
 * once) lets one-off keys by. In a log most unique lines are never seen again; keeping their
 * values would fill both generations with them, and the garbage collector would copy and promote
 * what will never be read.
 */
export class TwoGenerationCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  private readonly doorkeeper = new Uint32Array(DOORKEEPER_BITS / 32);
  private marks = 0;

  /** `max`: entries kept at most (half in each generation); 0 keeps nothing. */
  constructor(private readonly max: number) {}

  /** Whether it keeps nothing (then callers need not build keys). */
  get off(): boolean {
    return this.max === 0;
  }

  get(key: string): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined || this.old.size === 0) return v;
    const o = this.old.get(key);
    if (o !== undefined) this.keep(key, o);
    return o;
  }

  /** Keeps the value of a key set before (a new key is only marked as seen). */
  set(key: string, value: V): void {
    if (this.max === 0 || !this.seenBefore(key)) return;
    this.keep(key, value);
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
    this.doorkeeper.fill(0);
    this.marks = 0;
  }

  private keep(key: string, value: V): void {
    if (this.young.size >= this.max / 2) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  /** Whether the doorkeeper has seen the key (or, rarely, keys sharing its two bits); marks it. */
  private seenBefore(key: string): boolean {
    // FNV-1a over the UTF-16 code units: two 16-bit halves are the two bit positions.
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    const a = h & 0xffff;
    const b = h >>> 16;
    const words = this.doorkeeper;
    const seen = (words[a >>> 5]! & (1 << (a & 31))) !== 0 && (words[b >>> 5]! & (1 << (b & 31))) !== 0;
    if (seen) return true;
    if (++this.marks > DOORKEEPER_MARKS) {
      words.fill(0);
      this.marks = 1;
    }
    words[a >>> 5]! |= 1 << (a & 31);
    words[b >>> 5]! |= 1 << (b & 31);
    return false;
  }
}

// A bounded cache for streams that repeat themselves (a log's working set of paths and command
// lines). Pure: usable from every layer.

/**
 * Two generations, a cheap LRU: entries used since the last turn-over, and those used in the one
 * before. A hit in the old generation moves the entry to the young one; when the young one is full
 * it becomes the old one and the old one is dropped. Recently used entries stay, at most `max` are
 * kept, and every step is O(1) (evicting the oldest entry of one Map, as an LRU would, slows down
 * as the Map's deleted slots pile up at its start).
 */
export class TwoGenerationCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

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
    if (o !== undefined) this.set(key, o);
    return o;
  }

  set(key: string, value: V): void {
    if (this.max === 0) return;
    if (this.young.size >= this.max / 2) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }
}

/**
 * Tool uses waiting for their result, in the order they were logged (a Map's semantics). The
 * newest is kept apart: its result usually comes on the next line, and a map that fills and
 * empties line after line reallocates its table each time (garbage that outlives the young
 * generation, as the table is referenced from an old object).
 */
export class PendingUses<T> {
  private newestId: string | undefined;
  private newest: T | undefined;
  private readonly older = new Map<string, T>();

  get size(): number {
    return this.older.size + (this.newestId !== undefined ? 1 : 0);
  }

  /** As Map.set: a known id keeps its place and takes the new value. */
  add(id: string, value: T): void {
    if (id === this.newestId) this.newest = value;
    else if (this.older.has(id)) this.older.set(id, value);
    else {
      if (this.newestId !== undefined) this.older.set(this.newestId, this.newest as T);
      this.newestId = id;
      this.newest = value;
    }
  }

  /** Removes and returns the value waiting under id. */
  take(id: string): T | undefined {
    if (id === this.newestId) return this.takeNewest();
    const v = this.older.get(id);
    if (v !== undefined) this.older.delete(id);
    return v;
  }

  /** Removes and returns the oldest value. */
  takeOldest(): T | undefined {
    const first = this.older.keys().next();
    if (!first.done) return this.take(first.value);
    return this.newestId !== undefined ? this.takeNewest() : undefined;
  }

  /** Removes and returns every value, oldest first. */
  drain(): T[] {
    const out = [...this.older.values()];
    this.older.clear();
    if (this.newestId !== undefined) out.push(this.takeNewest()!);
    return out;
  }

  private takeNewest(): T | undefined {
    const v = this.newest;
    this.newestId = undefined;
    this.newest = undefined;
    return v;
  }
}

// Dropping repeats from a list by a string key, without making the keys when they cannot repeat.
// Pure: usable from every layer.

/** Up to this many items, sizes are compared pairwise (no Map). */
const PAIRWISE_MAX = 16;

/**
 * The first item of each key, in order (what filtering with a Set of keys gives; `items` itself
 * when nothing repeats). `size(x)` must be the length of `key(x)`, worked out without building
 * it: equal keys have equal lengths, so only items whose size another item shares have their keys
 * built and compared. Most lists (a line's simple commands, what its commands touch) have no two
 * of the same size: no key and no Set is made for them. An item whose size is negative is kept
 * and never compared (it repeats nothing).
 */
export function firstOfEachKey<T>(items: T[], key: (x: T) => string, size: (x: T) => number): T[] {
  const n = items.length;
  if (n < 2) return items;
  const sizes = items.map(size);
  const shared = new Array<boolean>(n).fill(false);
  let any = false;
  if (n <= PAIRWISE_MAX) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (sizes[i] === sizes[j] && sizes[i]! >= 0) any = shared[i] = shared[j] = true;
      }
    }
  } else {
    const count = new Map<number, number>();
    for (const s of sizes) if (s >= 0) count.set(s, (count.get(s) ?? 0) + 1);
    for (let i = 0; i < n; i++) if (sizes[i]! >= 0 && count.get(sizes[i]!)! > 1) any = shared[i] = true;
  }
  if (!any) return items;
  const seen = new Set<string>();
  return items.filter((x, i) => {
    if (!shared[i]) return true;
    const k = key(x);
    return !seen.has(k) && seen.add(k);
  });
}

// Sets of UTF-16 code units as sorted, disjoint, inclusive ranges [lo0, hi0, lo1, hi1, ...]: the
// character classes of the regex subset our glob and command compilers emit. Shared by the
// matcher (linear.ts) and the automata (regex-dfa.ts) of the conflict analysis and tree witnesses.

export type Ranges = number[];

export const MAX_UNIT = 0xffff;

/** Sorts and merges flat [lo, hi, ...] pairs (overlapping or adjacent ones join). */
export function normalizeRanges(flat: readonly number[]): Ranges {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  for (const [lo, hi] of pairs) {
    const n = out.length;
    if (n > 0 && lo <= out[n - 1]! + 1) out[n - 1] = Math.max(out[n - 1]!, hi);
    else out.push(lo, hi);
  }
  return out;
}

/** Every code unit not in `r`. */
export function complementRanges(r: Ranges): Ranges {
  const out: Ranges = [];
  let next = 0;
  for (let i = 0; i < r.length; i += 2) {
    if (r[i]! > next) out.push(next, r[i]! - 1);
    next = r[i + 1]! + 1;
  }
  if (next <= MAX_UNIT) out.push(next, MAX_UNIT);
  return out;
}

/** Whether `c` is in `r` (binary search). */
export function rangesContain(r: Ranges, c: number): boolean {
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    if (c < r[2 * m]!) hi = m - 1;
    else if (c > r[2 * m + 1]!) lo = m + 1;
    else return true;
  }
  return false;
}

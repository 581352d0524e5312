// "Did you mean …?" for misspelt keys and enum values.

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n]!;
}

const fold = (s: string) => s.toLowerCase().replace(/[-\s]/g, '_');

/** The closest candidate within a small distance, or undefined. Ties go to the first candidate. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const w = fold(word);
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, fold(c));
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best === undefined || best === word) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(word.length, best.length) / 4));
  return bestD <= limit ? best : undefined;
}

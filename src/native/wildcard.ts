// `*`-only wildcards, as agents' command rules use them: `*` is any run of characters. Matched
// with the two-pointer method (no regular expression, at most pattern × text steps).

export function starMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === text[t]) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      starAt = p++;
      resumeAt = t;
    } else if (starAt >= 0) {
      p = starAt + 1;
      t = ++resumeAt;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/** A few concrete strings a `*` pattern matches: each `*` as nothing, a word, a path. */
export function starExamples(pattern: string): string[] {
  if (!pattern.includes('*')) return [pattern];
  return [pattern.replaceAll('*', 'x'), pattern.replaceAll('*', ''), pattern.replaceAll('*', ' example.com/x')].map((s) => s.replace(/\s+/g, ' ').trim());
}

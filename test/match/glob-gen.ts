// Seeded generators for the glob differential tests: patterns from a small grammar over a small
// alphabet, each with a sampler that derives paths meant to match it (so matches are common), and
// random paths from the same alphabet. Used only by test/match/*.test.ts.
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const SIMPLE = ['a', 'b', '.', '-', 'A', '1'] as const;
const RICH = [...SIMPLE, '[', ']', '{', '}', ',', '(', ')', '|', '!', '@', '+', '*', '?', ' ', '~', '^', '$', 'é', ';', '"', '\\'] as const;

/** The normalised paths on which our regexes must equal picomatch's (see DOMAIN in glob.ts). */
export function inDomain(p: string): boolean {
  if (p === '' || p === '/' || p === '.') return false;
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(p)) return false;
  return p.split('/').every((s, i) => (i === 0 && s === '' ? true : s !== '' && s !== '.' && s !== '..'));
}

function randSeg(r: Rng, rich: boolean): string {
  const n = 1 + Math.floor(r() * 4);
  let s = '';
  for (let i = 0; i < n; i++) s += rich && r() < 0.2 ? pick(r, RICH) : pick(r, SIMPLE);
  return s;
}

export function randPath(r: Rng): string {
  const n = 1 + Math.floor(r() * 4);
  const segs: string[] = [];
  for (let i = 0; i < n; i++) segs.push(randSeg(r, true));
  return (r() < 0.1 ? '/' : '') + segs.join('/');
}

export interface Piece {
  pat: string;
  sample: (r: Rng) => string;
}

const lit = (s: string, p = s): Piece => ({ pat: p, sample: () => s });

function starSample(r: Rng): string {
  let s = '';
  for (let i = Math.floor(r() * 3); i > 0; i--) s += pick(r, SIMPLE);
  return s;
}

const CLASSES = [
  ['[ab]', 'ab'], ['[a-c]', 'abc'], ['[^a]', 'b.-1'], ['[.]', '.'], ['[-a]', '-a'], ['[a-]', 'a-'], ['[]a]', ']a'],
  ['[[:alpha:]]', 'abA'], ['[[:digit:]]', '1'], ['[^[:alpha:]]', '1'], ['[!a]', '!a'], ['[\\!a]', '!a'], ['[a\\-b]', 'a-b'],
  ['[^.]', 'ab'], ['[[:alpha:]1]', 'a1'], ['[^-]', 'a'], ['[a-a]', 'a'], ['[ab]', '['], ['[[:blank:]]', ' '], ['[*]', '*'],
  ['[--0]', '-'], ['[^/]', 'a'], ['[[:punct:]]', '.'], ['[a/b]', 'a'],
] as const;

const ESCAPES = [
  ['\\*', '*'], ['\\.', '.'], ['\\-', '-'], ['\\?', '?'], ['\\[', '['], ['\\{', '{'], ['\\(', '('], ['\\,', ','], ['\\!', '!'],
  ['\\@', '@'], ['\\+', '+'], ['\\|', '|'], ['\\a', 'a'], ['\\/', '/'], ['\\;', ';'], ['\\ ', ' '], ['\\$', '$'], ['\\^', '^'],
  ['\\#', '#'], ['\\é', 'é'], ['\\"', '"'], ['\\\\', '\\'],
] as const;

function atom(r: Rng, depth: number, inExt: boolean): Piece {
  const k = r();
  if (k < 0.3) return lit(pick(r, ['a', 'b', '.', '-', 'a', 'b', 'ab', 'x', '.env', 'js', 'node_modules', 'é', '$', '^', '#']));
  if (k < 0.42) return { pat: '*', sample: starSample };
  if (k < 0.5) return { pat: '?', sample: (r) => pick(r, SIMPLE) };
  if (k < 0.6) {
    const [pat, chars] = pick(r, CLASSES);
    return { pat, sample: (r) => pick(r, chars.split('')) };
  }
  if (k < 0.68 && depth < 2) {
    const alts: Piece[] = [];
    for (let n = 1 + Math.floor(r() * 3); n > 0; n--) alts.push(seq(r, depth + 1, true, false, 2));
    const kind = pick(r, ['@', '?', '+', '*', '@', '!']);
    return {
      pat: `${kind}(${alts.map((a) => a.pat).join('|')})`,
      sample: (r) => {
        const reps = kind === '?' || kind === '*' ? Math.floor(r() * 3) : kind === '+' ? 1 + Math.floor(r() * 2) : 1;
        let s = '';
        for (let i = 0; i < reps; i++) s += pick(r, alts).sample(r);
        return s;
      },
    };
  }
  if (k < 0.78 && depth < 2) {
    if (r() < 0.2) {
      const [pat, chars] = pick(r, [['{a..c}', 'abc'], ['{1..3}', '1'], ['{c..a}', 'abc'], ['{1..10}', '1'], ['{a..B}', 'a']] as const);
      return { pat, sample: (r) => pick(r, chars.split('')) };
    }
    const alts: Piece[] = [];
    for (let n = 1 + Math.floor(r() * 3); n > 0; n--) alts.push(seq(r, depth + 1, inExt, !inExt && r() < 0.2, 2));
    return { pat: `{${alts.map((a) => a.pat).join(',')}}`, sample: (r) => pick(r, alts).sample(r) };
  }
  if (k < 0.86) {
    const [pat, s] = pick(r, ESCAPES);
    return lit(s, pat);
  }
  // Characters that are special (and often invalid) in some contexts.
  const c = pick(r, ['+', '@', '!', ',', '(', ')', '|', ']', '}', '^', '$', '"', '~', ' ', '**', '.*']);
  return { pat: c, sample: () => c.replace(/\*/g, '') };
}

function seq(r: Rng, depth: number, inExt: boolean, allowSlash: boolean, max: number): Piece {
  const parts: Piece[] = [];
  for (let n = Math.floor(r() * (max + 1)); n > 0; n--) parts.push(allowSlash && r() < 0.15 ? lit('/') : atom(r, depth, inExt));
  return { pat: parts.map((p) => p.pat).join(''), sample: (r) => parts.map((p) => p.sample(r)).join('') };
}

const globstar: Piece = {
  pat: '**',
  sample: (r) => {
    const xs: string[] = [];
    for (let k = Math.floor(r() * 3); k > 0; k--) xs.push(randSeg(r, false));
    return xs.join('/');
  },
};

/** A random pattern of 1-4 segments (some `**`), sometimes absolute, `./`-prefixed or `/`-ended. */
export function randPattern(r: Rng): Piece {
  const segs: Piece[] = [];
  for (let n = 1 + Math.floor(r() * 4); n > 0; n--) segs.push(r() < 0.22 ? globstar : seq(r, 0, false, false, 3));
  const lead = r() < 0.1 ? '/' : r() < 0.05 ? './' : '';
  const trail = r() < 0.03 ? '/' : '';
  return {
    pat: lead + segs.map((s) => s.pat).join('/') + trail,
    sample: (r) => {
      const body = segs.map((s) => s.sample(r)).join('/').replace(/\/+/g, '/');
      return lead === '/' ? `/${body.replace(/^\//, '')}` : body;
    },
  };
}

/** One random insertion, deletion or substitution: near misses of a matching path. */
export function mutate(r: Rng, s: string): string {
  const i = Math.floor(r() * (s.length + 1));
  const k = r();
  if (k < 0.33) return s.slice(0, i) + pick(r, [...SIMPLE, '/']) + s.slice(i);
  if (k < 0.66) return s.slice(0, i) + s.slice(i + 1);
  return s.slice(0, i) + pick(r, SIMPLE) + s.slice(i + 1);
}

// A fast path from the regex subset our pattern compilers emit to a minimal DFA table, without
// refa's general machinery (about 1 ms a pattern there; a policy can hold a thousand patterns).
// Anything outside the subset returns undefined and the caller uses refa; tests compare both.
//
// Subset (JS, no `u` flag): literals and identity escapes, \xHH \uHHHH \t \n \v \f \r \0, classes
// with ranges and negation, `.`, \d \D \s \S \w \W, (?:…) and (…) groups, |, * + ? {n} {n,} {n,m}
// (lazy or not: same language). Flags '' or 'i' (case-insensitive as RegExp compares characters).
import { complementRanges, MAX_UNIT, normalizeRanges, rangesContain, type Ranges } from '../match/ranges.js';

export const MAX = MAX_UNIT;

export interface DfaTable {
  initial: number;
  final: Uint8Array;
  /** Per state: [lo, hi, to, …] sorted by lo (no transition: dead). */
  edges: number[][];
}

class Unsupported extends Error {}
export class TooLarge extends Error {}

// ---------------------------------------------------------------------------------------------
// Character sets

const DIGIT: Ranges = [0x30, 0x39];
const WORD: Ranges = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];
const SPACE: Ranges = normalizeRanges([
  0x09, 0x0d, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff,
]);
const LINE_TERMINATORS: Ranges = [0x0a, 0x0a, 0x0d, 0x0d, 0x2028, 0x2029];

// Case folding of RegExp without `u`: Canonicalize(ch) = toUpperCase(ch) unless that is not one
// code unit or turns a non-ASCII character into an ASCII one.
let canon: Uint16Array | undefined;
/** Sorted characters that share their canonical form with another character. */
let foldable: Uint16Array = new Uint16Array(0);
/** Canonical form -> every character with that form (only forms shared by several). */
let groups: Map<number, number[]> = new Map();

function caseTables(): void {
  if (canon) return;
  canon = new Uint16Array(MAX + 1);
  const moved: number[] = [];
  for (let c = 0; c <= MAX; c++) {
    const u = String.fromCharCode(c).toUpperCase();
    const k = u.length !== 1 || (c >= 128 && u.charCodeAt(0) < 128) ? c : u.charCodeAt(0);
    canon[c] = k;
    if (k !== c) moved.push(c);
  }
  const byCanon = new Map<number, Set<number>>();
  for (const c of moved) {
    const k = canon[c]!;
    let g = byCanon.get(k);
    if (!g) byCanon.set(k, (g = new Set(canon[k] === k ? [k] : [])));
    g.add(c);
  }
  groups = new Map();
  const all: number[] = [];
  for (const [k, g] of byCanon) {
    if (g.size < 2) continue;
    const members = [...g];
    groups.set(k, members);
    all.push(...members);
  }
  foldable = Uint16Array.from(all).sort();
}

const closed = new Map<string, Ranges>();

/** Every character a case-insensitive RegExp treats as equal to one in `r` (memoised). */
function caseClose(r: Ranges): Ranges {
  const key = r.join(',');
  let out = closed.get(key);
  if (!out) {
    caseTables();
    const extra: number[] = [];
    // Both sorted: walk them together.
    let i = 0;
    for (let j = 0; j < r.length && i < foldable.length; j += 2) {
      while (i < foldable.length && foldable[i]! < r[j]!) i++;
      for (; i < foldable.length && foldable[i]! <= r[j + 1]!; i++) {
        for (const d of groups.get(canon![foldable[i]!]!)!) extra.push(d, d);
      }
    }
    out = extra.length ? normalizeRanges([...r, ...extra]) : r;
    if (closed.size < 10_000) closed.set(key, out);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Parser -> Thompson NFA

interface Nfa {
  eps: number[][];
  /** Per state: [ranges, target] transitions. */
  out: [Ranges, number][][];
}

interface Frag {
  start: number;
  end: number;
}

class Builder {
  readonly nfa: Nfa = { eps: [], out: [] };
  private pos = 0;

  constructor(
    private readonly src: string,
    private readonly nocase: boolean,
    private readonly limit: number,
  ) {}

  state(): number {
    if (this.nfa.eps.length >= this.limit) throw new TooLarge();
    this.nfa.eps.push([]);
    this.nfa.out.push([]);
    return this.nfa.eps.length - 1;
  }

  parse(): Frag {
    const f = this.disjunction();
    if (this.pos !== this.src.length) throw new Unsupported();
    return f;
  }

  private disjunction(): Frag {
    const alts = [this.alternative()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      alts.push(this.alternative());
    }
    if (alts.length === 1) return alts[0]!;
    const start = this.state();
    const end = this.state();
    for (const a of alts) {
      this.nfa.eps[start]!.push(a.start);
      this.nfa.eps[a.end]!.push(end);
    }
    return { start, end };
  }

  private alternative(): Frag {
    const start = this.state();
    let end = start;
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const t = this.term();
      if (Array.isArray(t)) {
        // A plain character: one transition from where we are (no extra states, no epsilon).
        const next = this.state();
        if (t.length) this.nfa.out[end]!.push([t, next]);
        end = next;
      } else {
        this.nfa.eps[end]!.push(t.start);
        end = t.end;
      }
    }
    return { start, end };
  }

  private term(): Frag | Ranges {
    const atomStart = this.pos;
    const parsed = this.atom();
    const atomEnd = this.pos;
    const q = this.quantifier();
    if (!q) return parsed;
    const [min, max] = q;
    if (Array.isArray(parsed) && max === Infinity && min <= 1) {
      // x* is one state with a loop; x+ is one step into it.
      const loop = this.state();
      if (parsed.length) this.nfa.out[loop]!.push([parsed, loop]);
      if (min === 0) return { start: loop, end: loop };
      const start = this.state();
      if (parsed.length) this.nfa.out[start]!.push([parsed, loop]);
      return { start, end: loop };
    }
    const atom = this.frag(parsed);
    // A chain of copies of the atom: the first `min` required, the rest optional, the last
    // repeated when unbounded.
    const k = max === Infinity ? Math.max(min, 1) : max;
    if (k > 1000) throw new TooLarge();
    const pieces: Frag[] = k > 0 ? [atom] : [];
    for (let i = 1; i < k; i++) pieces.push(this.reparse(atomStart, atomEnd));
    const eps = this.nfa.eps;
    const start = this.state();
    const out = this.state();
    let end = start;
    for (const p of pieces) {
      eps[end]!.push(p.start);
      end = p.end;
    }
    eps[end]!.push(out);
    if (min === 0) eps[start]!.push(out);
    for (let i = Math.max(min, 1); i < pieces.length; i++) eps[pieces[i - 1]!.end]!.push(out);
    if (max === Infinity) eps[pieces[k - 1]!.end]!.push(pieces[k - 1]!.start);
    return { start, end: out };
  }

  private reparse(from: number, to: number): Frag {
    const save = this.pos;
    this.pos = from;
    const f = this.frag(this.atom());
    if (this.pos !== to) throw new Unsupported();
    this.pos = save;
    return f;
  }

  /** [min, max, length of the quantifier text]. */
  private quantifier(): [number, number, number] | undefined {
    const s = this.src;
    const at = this.pos;
    let q: [number, number] | undefined;
    const c = s[at];
    if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '?') q = [0, 1];
    let len = 1;
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(at));
      if (!m) throw new Unsupported();
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (max < min) throw new Unsupported();
      q = [min, max];
      len = m[0].length;
    }
    if (!q) return undefined;
    this.pos += len;
    if (s[this.pos] === '?') {
      this.pos++;
      len++;
    }
    return [q[0], q[1], len];
  }

  /** A character set (case-closed under `i`) or a group's fragment. */
  private atom(): Frag | Ranges {
    const s = this.src;
    const c = s[this.pos]!;
    if (c === '(') {
      if (s[this.pos + 1] === '?') {
        if (s[this.pos + 2] !== ':') throw new Unsupported();
        this.pos += 3;
      } else this.pos++;
      const f = this.disjunction();
      if (s[this.pos] !== ')') throw new Unsupported();
      this.pos++;
      return f;
    }
    let set: Ranges;
    if (c === '[') set = this.klass();
    else if (c === '.') {
      this.pos++;
      set = complementRanges(LINE_TERMINATORS);
    } else if (c === '\\') set = this.escape(false);
    else if ('^$)|*+?{}]'.includes(c)) throw new Unsupported();
    else {
      this.pos++;
      set = [c.charCodeAt(0), c.charCodeAt(0)];
    }
    return this.nocase ? caseClose(set) : set;
  }

  private frag(a: Frag | Ranges): Frag {
    if (!Array.isArray(a)) return a;
    const start = this.state();
    const end = this.state();
    if (a.length) this.nfa.out[start]!.push([a, end]);
    return { start, end };
  }

  /** After `\`: a set (a class escape) or one character. */
  private escape(inClass: boolean): Ranges {
    const s = this.src;
    const c = s[this.pos + 1];
    if (c === undefined) throw new Unsupported();
    this.pos += 2;
    const one = (x: number): Ranges => [x, x];
    switch (c) {
      case 'd':
        return DIGIT;
      case 'D':
        return complementRanges(DIGIT);
      case 'w':
        return WORD;
      case 'W':
        return complementRanges(WORD);
      case 's':
        return SPACE;
      case 'S':
        return complementRanges(SPACE);
      case 't':
        return one(9);
      case 'n':
        return one(10);
      case 'v':
        return one(11);
      case 'f':
        return one(12);
      case 'r':
        return one(13);
      case 'b':
        if (inClass) return one(8);
        throw new Unsupported();
      case '0':
        if (/[0-9]/.test(s[this.pos] ?? '')) throw new Unsupported();
        return one(0);
      case 'x': {
        const m = /^[0-9a-fA-F]{2}/.exec(s.slice(this.pos));
        if (!m) throw new Unsupported();
        this.pos += 2;
        return one(parseInt(m[0], 16));
      }
      case 'u': {
        const m = /^[0-9a-fA-F]{4}/.exec(s.slice(this.pos));
        if (!m) throw new Unsupported();
        this.pos += 4;
        return one(parseInt(m[0], 16));
      }
    }
    // Identity escapes of punctuation only; letters and digits mean other things (or Annex B quirks).
    if (/[A-Za-z0-9]/.test(c)) throw new Unsupported();
    return one(c.charCodeAt(0));
  }

  private klass(): Ranges {
    const s = this.src;
    this.pos++;
    const negate = s[this.pos] === '^';
    if (negate) this.pos++;
    const parts: number[] = [];
    const item = (): { set: Ranges; single: boolean } => {
      if (s[this.pos] === '\\') {
        const r = this.escape(true);
        return { set: r, single: r.length === 2 && r[0] === r[1] };
      }
      const ch = s.charCodeAt(this.pos++);
      return { set: [ch, ch], single: true };
    };
    while (this.pos < s.length && s[this.pos] !== ']') {
      const a = item();
      if (s[this.pos] === '-' && s[this.pos + 1] !== ']' && this.pos + 1 < s.length) {
        this.pos++;
        const b = item();
        if (!a.single || !b.single) throw new Unsupported();
        if (a.set[0]! > b.set[0]!) throw new Unsupported();
        parts.push(a.set[0]!, b.set[0]!);
      } else parts.push(...a.set);
    }
    if (s[this.pos] !== ']') throw new Unsupported();
    this.pos++;
    let set = normalizeRanges(parts);
    // With `i`, a class matches a character when some member compares equal: close it first.
    if (this.nocase) set = caseClose(set);
    return negate ? complementRanges(set) : set;
  }
}

// ---------------------------------------------------------------------------------------------
// Subset construction and minimisation

function closure(nfa: Nfa, states: readonly number[], memo: Map<number, number[]>): number[] {
  if (states.length === 1) {
    const s0 = states[0]!;
    let c = memo.get(s0);
    if (!c) memo.set(s0, (c = closureOf(nfa, states)));
    return c;
  }
  return closureOf(nfa, states);
}

function closureOf(nfa: Nfa, states: readonly number[]): number[] {
  const seen = new Set<number>();
  const stack = [...states];
  while (stack.length) {
    const s = stack.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    for (const t of nfa.eps[s]!) if (!seen.has(t)) stack.push(t);
  }
  return [...seen].sort((a, b) => a - b);
}

function determinise(nfa: Nfa, start: number, accept: number, limit: number): DfaTable {
  const memo = new Map<number, number[]>();
  const first = closure(nfa, [start], memo);
  const index = new Map<string, number>([[first.join(','), 0]]);
  const sets: number[][] = [first];
  const edges: number[][] = [];
  const final: number[] = [];
  for (let d = 0; d < sets.length; d++) {
    const set = sets[d]!;
    final.push(set.includes(accept) ? 1 : 0);
    const trans: [Ranges, number][] = set.flatMap((s) => nfa.out[s]!);
    const cuts = new Set<number>();
    for (const [r] of trans) for (let i = 0; i < r.length; i += 2) cuts.add(r[i]!).add(r[i + 1]! + 1);
    const points = [...cuts].sort((a, b) => a - b);
    const e: number[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const lo = points[i]!;
      const hi = points[i + 1]! - 1;
      const targets = trans.filter(([r]) => rangesContain(r, lo)).map(([, t]) => t);
      if (targets.length === 0) continue;
      const next = closure(nfa, [...new Set(targets)], memo);
      const key = next.join(',');
      let id = index.get(key);
      if (id === undefined) {
        if (sets.length >= limit) throw new TooLarge();
        id = sets.length;
        index.set(key, id);
        sets.push(next);
      }
      const n = e.length;
      if (n && e[n - 1] === id && e[n - 2]! + 1 === lo) e[n - 2] = hi;
      else e.push(lo, hi, id);
    }
    edges.push(e);
  }
  return { initial: 0, final: Uint8Array.from(final), edges };
}

/** Moore's partition refinement (missing transitions go to the implicit dead state). */
function minimise(t: DfaTable): DfaTable {
  const n = t.final.length;
  let block = Array.from(t.final, (f) => f);
  let count = new Set(block).size;
  for (;;) {
    const sig = new Map<string, number>();
    const next = new Array<number>(n);
    for (let s = 0; s < n; s++) {
      const e = t.edges[s]!;
      const parts: number[] = [];
      for (let i = 0; i < e.length; i += 3) {
        const b = block[e[i + 2]!]!;
        const m = parts.length;
        if (m && parts[m - 1] === b && parts[m - 2]! + 1 === e[i]) parts[m - 2] = e[i + 1]!;
        else parts.push(e[i]!, e[i + 1]!, b);
      }
      const key = `${block[s]}|${parts.join(',')}`;
      let id = sig.get(key);
      if (id === undefined) sig.set(key, (id = sig.size));
      next[s] = id;
    }
    block = next;
    if (sig.size === count) break;
    count = sig.size;
  }
  const final = new Uint8Array(count);
  const edges: number[][] = new Array(count);
  for (let s = 0; s < n; s++) {
    const b = block[s]!;
    if (edges[b]) continue;
    final[b] = t.final[s]!;
    const e = t.edges[s]!;
    const out: number[] = [];
    for (let i = 0; i < e.length; i += 3) {
      const to = block[e[i + 2]!]!;
      const m = out.length;
      if (m && out[m - 1] === to && out[m - 2]! + 1 === e[i]) out[m - 2] = e[i + 1]!;
      else out.push(e[i]!, e[i + 1]!, to);
    }
    edges[b] = out;
  }
  return { initial: block[t.initial]!, final, edges };
}

/**
 * The minimal DFA of `source` (flags '' or 'i'), or undefined when the source uses something
 * outside the subset. Throws TooLarge over `limit` states.
 */
export function fastDfa(source: string, flags: string, limit: number): DfaTable | undefined {
  if (flags !== '' && flags !== 'i') return undefined;
  try {
    const b = new Builder(source, flags === 'i', limit * 4);
    const f = b.parse();
    return minimise(determinise(b.nfa, f.start, f.end, limit));
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

// Exact language questions on regular expressions, answered on DFAs (refa) with shortest witnesses.
//
// A language is given as a JS regex source without anchors plus flags ('' or 'i'); its words are the
// strings s with new RegExp('^(?:' + source + ')$', flags).test(s). Every question reduces to one
// search: the shortest word in L(p1) ∩ … ∩ L(pk) \ (L(n1) ∪ … ∪ L(nm)), found by breadth-first search
// over the lazily built product of minimal DFAs. Size limits turn into `unknown`, never a guess.
import { DFA, JS, NFA, TooManyNodesError } from 'refa';

export interface Lang {
  /** Regex source without ^/$; look-arounds and back-references are not supported. */
  source: string;
  /** '' or 'i' (deny patterns also match case-insensitively). */
  flags?: string;
}

/** A language to avoid, or (array) the intersection of languages to avoid. */
export type Neg = Lang | readonly Lang[];

export type Verdict =
  | { status: 'empty' }
  | { status: 'found'; witness: string }
  | { status: 'unknown'; reason: string };

export interface Limits {
  /** States of one pattern's DFA (and of the NFA it is built from). */
  maxDfaStates: number;
  /** Product states visited by one search. */
  maxProductStates: number;
}

export const DEFAULT_LIMITS: Limits = { maxDfaStates: 20_000, maxProductStates: 200_000 };

export interface SearchOptions {
  /**
   * When the shortest witness w is a directory whose whole subtree also qualifies, show `w/a`: a file
   * inside reads better than the bare directory (`dir/**` matches `dir` itself).
   */
  preferFileInside?: boolean;
}

/** A minimal DFA as flat tables; `-1` is the dead state (no transition / cannot reach a final state). */
interface Table {
  initial: number;
  final: Uint8Array;
  /** Per state: [lo, hi, to, lo, hi, to, …] sorted by lo, dead targets dropped. */
  edges: number[][];
}

type Compiled = { ok: true; table: Table } | { ok: false; reason: string };

const MAX_CHAR = 0xffff;

/**
 * Universe of normalised paths (SPEC 3): non-empty segments joined by single `/`, no `.`/`..`
 * segments, no NUL; repository-relative, or absolute (a leading `/`) for paths outside the workspace.
 */
const SEGMENT = String.raw`(?:[^/\x00.][^/\x00]*|\.(?:[^/\x00.][^/\x00]*|\.[^/\x00]+))`;
export const RELATIVE_PATHS: Lang = { source: `${SEGMENT}(?:/${SEGMENT})*`, flags: '' };
export const ALL_PATHS: Lang = { source: `/?${SEGMENT}(?:/${SEGMENT})*|/`, flags: '' };
/** Normalised simple commands: words of non-space characters joined by single spaces. */
export const SIMPLE_COMMANDS: Lang = { source: String.raw`[^\s\x00]+(?: [^\s\x00]+)*`, flags: '' };

/** Characters in the order a witness should prefer them (readable first). */
const PREFERRED = 'abcdefghijklmnopqrstuvwxyz0123456789-_.ABCDEFGHIJKLMNOPQRSTUVWXYZ/ ~+=,@:';
const RANK = new Map<number, number>([...PREFERRED].map((c, i) => [c.charCodeAt(0), i]));

/** The most readable character in [lo, hi], and its rank (lower is better). */
function pick(lo: number, hi: number): [number, number] {
  let best = -1;
  let bestRank = Infinity;
  if (hi - lo < PREFERRED.length) {
    for (let c = lo; c <= hi; c++) {
      const r = RANK.get(c);
      if (r !== undefined && r < bestRank) [best, bestRank] = [c, r];
    }
  } else {
    for (const [c, r] of RANK) if (c >= lo && c <= hi && r < bestRank) [best, bestRank] = [c, r];
  }
  if (best >= 0) return [best, bestRank];
  // Some other printable ASCII, then a visible BMP character, then whatever is left (never NUL if avoidable).
  for (const [from, to, rank] of [[0x21, 0x7e, 1000], [0xa1, 0xd7ff, 2000], [0x01, 0xffff, 3000]] as const) {
    const c = Math.max(lo, from);
    if (c <= Math.min(hi, to)) return [c, rank];
  }
  return [lo, 4000];
}

function langKey(l: Lang): string {
  return `${l.flags ?? ''}/${l.source}`;
}

/** One instance per analysis run: it caches every pattern's DFA. */
export class Automata {
  readonly limits: Limits;
  private readonly cache = new Map<string, Compiled>();

  constructor(limits: Partial<Limits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  /** The minimal DFA of a language, cached; `ok: false` when unsupported or over the size limit. */
  compile(lang: Lang): Compiled {
    const key = langKey(lang);
    let c = this.cache.get(key);
    if (!c) {
      c = this.build(lang);
      this.cache.set(key, c);
    }
    return c;
  }

  private build(lang: Lang): Compiled {
    const flags = lang.flags ?? '';
    if (!/^i?$/.test(flags)) return { ok: false, reason: `unsupported regex flags "${flags}"` };
    try {
      const { expression, maxCharacter } = JS.Parser.fromLiteral({ source: lang.source, flags }).parse({
        assertions: 'throw',
        backreferences: 'throw',
      });
      if (maxCharacter !== MAX_CHAR) return { ok: false, reason: 'unexpected alphabet' };
      const limit = this.limits.maxDfaStates;
      const nfa = NFA.fromRegex(expression, { maxCharacter }, { assertions: 'throw', unknowns: 'throw' }, new NFA.LimitedNodeFactory(limit));
      const dfa = DFA.fromFA(nfa, new DFA.LimitedNodeFactory(limit));
      dfa.minimize();
      return { ok: true, table: toTable(dfa) };
    } catch (e) {
      if (e instanceof TooManyNodesError) {
        return { ok: false, reason: `its automaton exceeds ${this.limits.maxDfaStates} states` };
      }
      return { ok: false, reason: `unsupported regular expression (${(e as Error).message})` };
    }
  }

  /**
   * Shortest word in every `pos` language and in no `neg` item; a `neg` item that is an array stands
   * for the intersection of its languages (a deny pattern limited to an override's directory).
   */
  find(pos: readonly Lang[], neg: readonly Neg[] = [], opts: SearchOptions = {}): Verdict {
    if (pos.length === 0) throw new Error('find needs at least one positive language');
    const tables: Table[] = [];
    const group: number[] = [];
    const items: [Lang, number][] = [
      ...pos.map((l): [Lang, number] => [l, -1]),
      ...neg.flatMap((n, g) => (Array.isArray(n) ? n : [n]).map((l: Lang): [Lang, number] => [l, g])),
    ];
    for (const [l, g] of items) {
      const c = this.compile(l);
      if (!c.ok) return { status: 'unknown', reason: `/${l.source}/${l.flags ?? ''}: ${c.reason}` };
      tables.push(c.table);
      group.push(g);
    }
    const product: Product = { tables, nPos: pos.length, group, nGroups: neg.length };
    return search(product, this.limits.maxProductStates, opts);
  }

  /** L(a) ∩ L(b), with a shortest common word. */
  intersect(a: Lang, b: Lang, opts?: SearchOptions): Verdict {
    return this.find([a, b], [], opts);
  }

  /** A word of L(a) outside L(b) ('empty' means L(a) ⊆ L(b)). */
  notSubset(a: Lang, b: Lang, opts?: SearchOptions): Verdict {
    return this.find([a], [b], opts);
  }

  /** A word of L(a) outside every L(bi) ('empty' means L(a) ⊆ ∪ L(bi)). */
  notSubsetOfUnion(a: Lang, bs: readonly Neg[], opts?: SearchOptions): Verdict {
    return this.find([a], bs, opts);
  }

  /** A word of L(a) ('empty' means the language is empty). */
  member(a: Lang, opts?: SearchOptions): Verdict {
    return this.find([a], [], opts);
  }

  /** A word of `universe` outside L(a) ('empty' means L(a) contains the whole universe). */
  notUniversal(a: Lang, universe: Lang = RELATIVE_PATHS): Verdict {
    return this.find([universe], [a]);
  }

  /**
   * The characters every word of L(a) must start with, case-folded to lower case, as far as they
   * are fixed. Two languages whose prefixes disagree (neither a prefix of the other) are disjoint:
   * a cheap, sound prefilter before any product search. '' when unknown.
   */
  literalPrefix(a: Lang): string {
    const c = this.compile(a);
    if (!c.ok) return '';
    const { table } = c;
    let s = table.initial;
    let out = '';
    const seen = new Set<number>();
    while (s >= 0 && !table.final[s] && !seen.has(s)) {
      seen.add(s);
      const e = table.edges[s]!;
      const chars: number[] = [];
      for (let i = 0; i < e.length && chars.length <= 2; i += 3) {
        if (e[i + 2] !== e[2]) return out;
        for (let ch = e[i]!; ch <= e[i + 1]! && chars.length <= 2; ch++) chars.push(ch);
      }
      if (chars.length === 0 || chars.length > 2) return out;
      const folded = new Set(chars.map((ch) => String.fromCharCode(ch).toLowerCase()));
      if (folded.size !== 1) return out;
      out += [...folded][0];
      s = e[2]!;
    }
    return out;
  }

  /** Number of states of a language's minimal DFA (for tests and limits). */
  states(a: Lang): number | undefined {
    const c = this.compile(a);
    return c.ok ? c.table.final.length : undefined;
  }
}

/** Sound cheap test: false means the two languages are certainly disjoint. */
export function prefixesCompatible(a: string, b: string): boolean {
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}

function toTable(dfa: DFA): Table {
  const ids = new Map<DFA.ReadonlyNode, number>();
  const nodes: DFA.ReadonlyNode[] = [];
  for (const n of dfa.nodes()) {
    ids.set(n, nodes.length);
    nodes.push(n);
  }
  const final = new Uint8Array(nodes.length);
  for (const f of dfa.finals) final[ids.get(f)!] = 1;
  // Live states can still reach a final state; the others behave like the dead state.
  const incoming: number[][] = nodes.map(() => []);
  nodes.forEach((n, i) => {
    for (const [, to] of n.out) incoming[ids.get(to)!]!.push(i);
  });
  const live = new Uint8Array(nodes.length);
  const stack: number[] = [];
  final.forEach((f, i) => {
    if (f) {
      live[i] = 1;
      stack.push(i);
    }
  });
  while (stack.length) {
    for (const p of incoming[stack.pop()!]!) {
      if (!live[p]) {
        live[p] = 1;
        stack.push(p);
      }
    }
  }
  const edges = nodes.map((n) => {
    const e: number[] = [];
    for (const [range, to] of n.out) {
      const t = ids.get(to)!;
      if (live[t]) e.push(range.min, range.max, t);
    }
    // Ranges arrive sorted; merge neighbours with the same target to keep products small.
    const merged: number[] = [];
    for (let i = 0; i < e.length; i += 3) {
      const m = merged.length;
      if (m && merged[m - 1] === e[i + 2] && merged[m - 2]! + 1 === e[i]) merged[m - 2] = e[i + 1]!;
      else merged.push(e[i]!, e[i + 1]!, e[i + 2]!);
    }
    return merged;
  });
  const init = ids.get(dfa.initial)!;
  return { initial: live[init] ? init : -1, final, edges };
}

/** The product of the DFAs of one search: positive components first, then negative ones by group. */
interface Product {
  tables: readonly Table[];
  nPos: number;
  /** Group index of each negative component (-1 for positive ones). */
  group: readonly number[];
  nGroups: number;
}

/** Product transitions: ranges on which every component moves to one fixed state. */
interface Segment {
  lo: number;
  hi: number;
  to: number[];
}

function successors({ tables, nPos }: Product, state: readonly number[]): Segment[] {
  // Start from the first positive component, then refine by each other component.
  const first = tables[0]!.edges[state[0]!]!;
  let segs: Segment[] = [];
  for (let i = 0; i < first.length; i += 3) segs.push({ lo: first[i]!, hi: first[i + 1]!, to: [first[i + 2]!] });
  for (let k = 1; k < tables.length && segs.length; k++) {
    const s = state[k]!;
    const positive = k < nPos;
    if (s < 0) {
      for (const g of segs) g.to.push(-1);
      continue;
    }
    const e = tables[k]!.edges[s]!;
    const next: Segment[] = [];
    let j = 0;
    for (const g of segs) {
      let lo = g.lo;
      while (lo <= g.hi) {
        while (j < e.length && e[j + 1]! < lo) j += 3;
        if (j >= e.length || e[j]! > g.hi) {
          if (!positive) next.push({ lo, hi: g.hi, to: [...g.to, -1] });
          break;
        }
        const elo = e[j]!;
        if (elo > lo) {
          if (!positive) next.push({ lo, hi: elo - 1, to: [...g.to, -1] });
          lo = elo;
        }
        const hi = Math.min(g.hi, e[j + 1]!);
        next.push({ lo, hi, to: [...g.to, e[j + 2]!] });
        lo = hi + 1;
      }
    }
    segs = next;
  }
  return segs;
}

function accepting({ tables, nPos, group, nGroups }: Product, state: readonly number[]): boolean {
  const inGroup = new Array<boolean>(nGroups).fill(true);
  for (let k = 0; k < tables.length; k++) {
    const s = state[k]!;
    const f = s >= 0 && tables[k]!.final[s] === 1;
    if (k < nPos) {
      if (!f) return false;
    } else if (!f) inGroup[group[k]!] = false;
  }
  return !inGroup.includes(true);
}

function step({ tables, nPos }: Product, state: readonly number[], ch: number): number[] | undefined {
  const out: number[] = [];
  for (let k = 0; k < tables.length; k++) {
    const s = state[k]!;
    let t = -1;
    if (s >= 0) {
      const e = tables[k]!.edges[s]!;
      for (let i = 0; i < e.length; i += 3) {
        if (ch >= e[i]! && ch <= e[i + 1]!) {
          t = e[i + 2]!;
          break;
        }
      }
    }
    if (t < 0 && k < nPos) return undefined;
    out.push(t);
  }
  return out;
}

function search(p: Product, maxStates: number, opts: SearchOptions): Verdict {
  const start = p.tables.map((t) => t.initial);
  if (start.slice(0, p.nPos).some((s) => s < 0)) return { status: 'empty' };
  const key = (s: readonly number[]) => s.join(',');
  const parent = new Map<string, { from: string; ch: number } | null>([[key(start), null]]);
  let frontier: number[][] = [start];
  while (frontier.length) {
    const next: number[][] = [];
    for (const s of frontier) {
      const k = key(s);
      if (accepting(p, s)) return { status: 'found', witness: witnessOf(k, parent, s, p, opts) };
      const segs = successors(p, s)
        .map((g) => ({ g, c: pick(g.lo, g.hi) }))
        .sort((x, y) => x.c[1] - y.c[1] || x.c[0] - y.c[0]);
      for (const { g, c } of segs) {
        const tk = key(g.to);
        if (parent.has(tk)) continue;
        if (parent.size >= maxStates) {
          return { status: 'unknown', reason: `the search exceeded ${maxStates} product states` };
        }
        parent.set(tk, { from: k, ch: c[0] });
        next.push(g.to);
      }
    }
    frontier = next;
  }
  return { status: 'empty' };
}

function witnessOf(
  k: string,
  parent: Map<string, { from: string; ch: number } | null>,
  final: readonly number[],
  p: Product,
  opts: SearchOptions,
): string {
  const chars: number[] = [];
  for (let e = parent.get(k); e; e = parent.get(e.from)) chars.push(e.ch);
  let w = chars.reverse().map((c) => String.fromCharCode(c)).join('');
  if (opts.preferFileInside) {
    const slash = step(p, final, 0x2f);
    const inside = slash && step(p, slash, 0x61);
    if (inside && accepting(p, inside)) w += '/a';
  }
  return w;
}

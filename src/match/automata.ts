// Exact language questions on regular expressions, answered on DFAs (refa) with shortest witnesses.
//
// A language is given as a source in the regex subset (src/match/regex-subset.ts: JS syntax, no
// anchors) plus flags ('' or 'i'); its words are the strings the engine's matcher (src/match) accepts
// whole, 'i' folding case exactly as the engine does (src/match/case-fold.ts). Every question reduces to one
// search: the shortest word in L(p1) ∩ … ∩ L(pk) \ (L(n1) ∪ … ∪ L(nm)), found by breadth-first search
// over the lazily built product of minimal DFAs. Size limits turn into `unknown`, never a guess.
// A language may also be the intersection (`meet`) of others: its minimal DFA is built once and
// cached, which keeps the products of later searches small.
//
// It lives in src/match, below the engine, because three layers ask these questions: the engine
// (tree-witness.ts: which paths a touched tree holds), the guarded search tool (agent-tools) and the
// conflict analysis. There is exactly one implementation; analysis imports it from here.
import { CharSet, DFA, NFA, TooManyNodesError, type Concatenation, type Element, type Expression, type NoParent } from 'refa';
import { PATH_DOMAIN_SOURCE } from './glob.js';
import { parseRegexSubset, RegexSubsetError, type RegexNode } from './regex-subset.js';
import { TooLarge, fastDfa } from './regex-dfa.js';

export interface Lang {
  /** Regex source without ^/$; look-arounds and back-references are not supported. */
  source: string;
  /** '' or 'i' (deny patterns also match case-insensitively, with the engine's fold). */
  flags?: string;
  /** When set, the language is the intersection of these and `source` is only a label. */
  meet?: readonly Lang[];
}

/** The intersection of languages as one language (its DFA is built once, on first use). */
export function meet(...langs: Lang[]): Lang {
  const parts = langs.flatMap((l) => l.meet ?? [l]);
  if (parts.length === 1) return parts[0]!;
  return { source: parts.map((p) => `(?:${p.source})`).join(' & '), flags: '', meet: parts };
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

export interface AutomataOptions extends Partial<Limits> {
  /** 'refa' skips the fast path of regex-dfa.ts (tests compare the two). */
  builder?: 'fast' | 'refa';
}

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
  /** States from which every continuation is accepted (a deny that already covers the path). */
  universal: Uint8Array;
}

type Compiled = { ok: true; table: Table } | { ok: false; reason: string };

const MAX_CHAR = 0xffff;

/**
 * Universe of normalised paths (SPEC 3, src/match/path.ts): non-empty segments joined by single `/`,
 * no `.`/`..` segments, no control characters; repository-relative, or absolute (a leading `/`)
 * for paths outside the workspace. The glob compiler guarantees picomatch's meaning on this domain.
 */
export const RELATIVE_PATHS: Lang = { source: PATH_DOMAIN_SOURCE, flags: '' };
export const ALL_PATHS: Lang = { source: `/?${PATH_DOMAIN_SOURCE}`, flags: '' };
/** Normalised simple commands: words of non-space characters joined by single spaces. */
export const SIMPLE_COMMANDS: Lang = { source: String.raw`[^\s\x00]+(?: [^\s\x00]+)*`, flags: '' };

/** Characters in the order a witness should prefer them (readable first). */
const PREFERRED = 'abcdefghijklmnopqrstuvwxyz0123456789-_.ABCDEFGHIJKLMNOPQRSTUVWXYZ/ ~+=,@:';
const RANK = new Map<number, number>([...PREFERRED].map((c, i) => [c.charCodeAt(0), i]));

const picked = new Map<number, number>();

/** pick(lo, hi) packed as rank * 0x10000 + char, memoised (the same ranges recur in every search). */
function pickPacked(lo: number, hi: number): number {
  const k = lo * 0x10000 + hi;
  let v = picked.get(k);
  if (v === undefined) {
    const [c, r] = pick(lo, hi);
    v = r * 0x10000 + c;
    picked.set(k, v);
  }
  return v;
}

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

/** The parsed tree as refa's regex AST (refa then never reads the source or folds case itself). */
function refaExpression(tree: RegexNode): NoParent<Expression> {
  return { type: 'Expression', alternatives: refaAlternatives(tree) };
}

function refaAlternatives(node: RegexNode): NoParent<Concatenation>[] {
  const alternatives = node.type === 'alternation' ? node.alternatives : [node];
  return alternatives.map((alt) => ({ type: 'Concatenation', elements: refaElements(alt) }));
}

function refaElements(node: RegexNode): NoParent<Element>[] {
  switch (node.type) {
    case 'chars': {
      const ranges: { min: number; max: number }[] = [];
      for (let i = 0; i < node.set.length; i += 2) ranges.push({ min: node.set[i]!, max: node.set[i + 1]! });
      return [{ type: 'CharacterClass', characters: CharSet.empty(MAX_CHAR).union(ranges) }];
    }
    case 'concat':
      return node.parts.flatMap(refaElements);
    case 'alternation':
      return [{ type: 'Alternation', alternatives: refaAlternatives(node) }];
    case 'repeat':
      return [{ type: 'Quantifier', lazy: false, min: node.min, max: node.max, alternatives: refaAlternatives(node.body) }];
  }
}

function langKey(l: Lang): string {
  return l.meet ? `meet(${l.meet.map(langKey).sort().join(' & ')})` : `${l.flags ?? ''}/${l.source}`;
}

/** One instance per analysis run (or per compiled policy, for tree witnesses): it caches every language's DFA. */
export class Automata {
  readonly limits: Limits;
  private readonly cache = new Map<string, Compiled>();
  /** The same languages are asked about over and over: skip building their keys. */
  private readonly byObject = new WeakMap<Lang, Compiled>();

  private readonly builder: 'fast' | 'refa';

  constructor(opts: AutomataOptions = {}) {
    const { builder, ...limits } = opts;
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    this.builder = builder ?? 'fast';
  }

  /**
   * A fresh instance that keeps the DFAs already built for `langs` and nothing else: a long run
   * starts its cache afresh to stay bounded, and carries over the languages every later question
   * asks about (a policy's patterns) instead of building them again.
   */
  carry(langs: Iterable<Lang>): Automata {
    const next = new Automata({ ...this.limits, builder: this.builder });
    for (const l of langs) {
      const key = langKey(l);
      const c = this.byObject.get(l) ?? this.cache.get(key);
      if (!c) continue;
      next.cache.set(key, c);
      next.byObject.set(l, c);
    }
    return next;
  }

  /** The minimal DFA of a language, cached; `ok: false` when unsupported or over the size limit. */
  compile(lang: Lang): Compiled {
    let c = this.byObject.get(lang);
    if (c) return c;
    const key = langKey(lang);
    c = this.cache.get(key);
    if (!c) {
      c = lang.meet ? this.buildMeet(lang.meet) : this.build(lang);
      this.cache.set(key, c);
    }
    this.byObject.set(lang, c);
    return c;
  }

  private build(lang: Lang): Compiled {
    const flags = lang.flags ?? '';
    if (flags !== '' && flags !== 'i') return { ok: false, reason: `unsupported regex flags "${flags}"` };
    let tree: RegexNode;
    try {
      tree = parseRegexSubset(lang.source, { nocase: flags === 'i' });
    } catch (e) {
      if (e instanceof RegexSubsetError) return { ok: false, reason: `unsupported regular expression (${e.message})` };
      throw e;
    }
    const limit = this.limits.maxDfaStates;
    if (this.builder === 'fast') {
      try {
        const t = fastDfa(tree, limit);
        return { ok: true, table: pruned(t.final, t.edges, t.initial) };
      } catch (e) {
        if (e instanceof TooLarge) return { ok: false, reason: `its automaton exceeds ${limit} states` };
        throw e;
      }
    }
    return this.guard(() => {
      const nfa = NFA.fromRegex(refaExpression(tree), { maxCharacter: MAX_CHAR }, { assertions: 'throw', unknowns: 'throw' }, new NFA.LimitedNodeFactory(limit));
      return DFA.fromFA(nfa, new DFA.LimitedNodeFactory(limit));
    });
  }

  private buildMeet(parts: readonly Lang[]): Compiled {
    const tables: Table[] = [];
    for (const p of parts) {
      const c = this.compile(p);
      if (!c.ok) return c;
      tables.push(c.table);
    }
    const table = productTable(tables, this.limits.maxDfaStates);
    return table ? { ok: true, table } : { ok: false, reason: `its automaton exceeds ${this.limits.maxDfaStates} states` };
  }

  private guard(make: () => DFA): Compiled {
    try {
      const dfa = make();
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
    for (const l of [...pos, ...neg.map((n) => (Array.isArray(n) ? meet(...n) : (n as Lang)))]) {
      const c = this.compile(l);
      if (!c.ok) return { status: 'unknown', reason: `${l.meet ? l.source : `/${l.source}/${l.flags ?? ''}`}: ${c.reason}` };
      tables.push(c.table);
    }
    return search({ tables, nPos: pos.length }, this.limits.maxProductStates, opts);
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

  /** Whether `w` is in L(a) by walking its DFA; undefined when the language has no DFA. */
  accepts(a: Lang, w: string): boolean | undefined {
    const c = this.compile(a);
    if (!c.ok) return undefined;
    const { table } = c;
    let s = table.initial;
    for (let i = 0; i < w.length && s >= 0; i++) {
      const ch = w.charCodeAt(i);
      const e = table.edges[s]!;
      let next = -1;
      for (let j = 0; j < e.length && e[j]! <= ch; j += 3) {
        if (ch <= e[j + 1]!) {
          next = e[j + 2]!;
          break;
        }
      }
      s = next;
    }
    return s >= 0 && table.final[s] === 1;
  }

  /** Number of states of a language's minimal DFA (for tests and limits). */
  states(a: Lang): number | undefined {
    const c = this.compile(a);
    return c.ok ? c.table.final.length : undefined;
  }
}

/** The reachable part of the product of DFAs (intersection), pruned to live states; undefined over `limit`. */
function productTable(tables: readonly Table[], limit: number): Table | undefined {
  const p: Product = { tables, nPos: tables.length };
  const K = tables.length;
  const start = tables.map((t) => t.initial);
  if (start.some((s) => s < 0)) return { initial: -1, final: new Uint8Array(0), edges: [], universal: new Uint8Array(0) };
  const index = new Map<string, number>([[start.join(','), 0]]);
  const states: number[][] = [start];
  const edges: number[][] = [];
  const final: number[] = [];
  for (let n = 0; n < states.length; n++) {
    const state = states[n]!;
    final.push(accepting(p, state) ? 1 : 0);
    const { lo, hi, to } = successors(p, state);
    const e: number[] = [];
    for (let i = 0; i < lo.length; i++) {
      const t = to.slice(i * K, i * K + K);
      const key = t.join(',');
      let id = index.get(key);
      if (id === undefined) {
        if (states.length >= limit) return undefined;
        id = states.length;
        index.set(key, id);
        states.push(t);
      }
      e.push(lo[i]!, hi[i]!, id);
    }
    edges.push(e);
  }
  return pruned(Uint8Array.from(final), edges, 0);
}

/** Drops transitions into states that cannot reach a final state; merges adjacent ranges. */
function pruned(final: Uint8Array, rawEdges: number[][], initial: number): Table {
  const incoming: number[][] = rawEdges.map(() => []);
  rawEdges.forEach((e, i) => {
    for (let j = 2; j < e.length; j += 3) incoming[e[j]!]!.push(i);
  });
  const live = new Uint8Array(final.length);
  const stack: number[] = [];
  final.forEach((f, i) => {
    if (f) {
      live[i] = 1;
      stack.push(i);
    }
  });
  while (stack.length) {
    for (const q of incoming[stack.pop()!]!) {
      if (!live[q]) {
        live[q] = 1;
        stack.push(q);
      }
    }
  }
  const edges = rawEdges.map((e) => {
    const merged: number[] = [];
    for (let i = 0; i < e.length; i += 3) {
      if (!live[e[i + 2]!]) continue;
      const m = merged.length;
      if (m && merged[m - 1] === e[i + 2] && merged[m - 2]! + 1 === e[i]) merged[m - 2] = e[i + 1]!;
      else merged.push(e[i]!, e[i + 1]!, e[i + 2]!);
    }
    return merged;
  });
  return { initial: live[initial] ? initial : -1, final, edges, universal: universalStates(final, edges) };
}

/** Final states whose transitions cover every character and lead only to such states (greatest fixpoint). */
function universalStates(final: Uint8Array, edges: number[][]): Uint8Array {
  const u = Uint8Array.from(final, (f, s) => {
    if (!f) return 0;
    const e = edges[s]!;
    let next = 0;
    for (let i = 0; i < e.length; i += 3) {
      if (e[i]! !== next) return 0;
      next = e[i + 1]! + 1;
    }
    return next === MAX_CHAR + 1 ? 1 : 0;
  });
  for (let changed = true; changed; ) {
    changed = false;
    u.forEach((v, s) => {
      if (!v) return;
      const e = edges[s]!;
      for (let i = 2; i < e.length; i += 3) {
        if (!u[e[i]!]) {
          u[s] = 0;
          changed = true;
          return;
        }
      }
    });
  }
  return u;
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
  const edges = nodes.map((n) => {
    const e: number[] = [];
    const ranges = [...n.out].sort((x, y) => x[0].min - y[0].min);
    for (const [range, to] of ranges) e.push(range.min, range.max, ids.get(to)!);
    return e;
  });
  return pruned(final, edges, ids.get(dfa.initial)!);
}

/** The product of the DFAs of one search: positive components first, then the negative ones. */
interface Product {
  tables: readonly Table[];
  nPos: number;
}

/**
 * Product transitions out of `state`: flat ranges `lo[i]..hi[i]` on which every component k moves
 * to `to[i * K + k]` (-1: dead). Positive components must move; negative ones may die.
 */
function successors({ tables, nPos }: Product, state: ArrayLike<number>): { lo: number[]; hi: number[]; to: number[] } {
  const K = tables.length;
  const first = tables[0]!.edges[state[0]!]!;
  let lo: number[] = [];
  let hi: number[] = [];
  let to: number[] = [];
  for (let i = 0; i < first.length; i += 3) {
    lo.push(first[i]!);
    hi.push(first[i + 1]!);
    to.push(first[i + 2]!);
    for (let k = 1; k < K; k++) to.push(-1);
  }
  for (let k = 1; k < K && lo.length; k++) {
    const s = state[k]!;
    if (s < 0) continue; // stays -1
    const positive = k < nPos;
    const e = tables[k]!.edges[s]!;
    const nlo: number[] = [];
    const nhi: number[] = [];
    const nto: number[] = [];
    const emit = (i: number, l: number, h: number, t: number) => {
      nlo.push(l);
      nhi.push(h);
      for (let m = 0; m < K; m++) nto.push(m === k ? t : to[i * K + m]!);
    };
    let j = 0;
    for (let i = 0; i < lo.length; i++) {
      let l = lo[i]!;
      const h = hi[i]!;
      while (l <= h) {
        while (j < e.length && e[j + 1]! < l) j += 3;
        if (j >= e.length || e[j]! > h) {
          if (!positive) emit(i, l, h, -1);
          break;
        }
        if (e[j]! > l) {
          if (!positive) emit(i, l, e[j]! - 1, -1);
          l = e[j]!;
        }
        const top = Math.min(h, e[j + 1]!);
        emit(i, l, top, e[j + 2]!);
        l = top + 1;
      }
    }
    lo = nlo;
    hi = nhi;
    to = nto;
  }
  return { lo, hi, to };
}

function accepting({ tables, nPos }: Product, state: ArrayLike<number>): boolean {
  for (let k = 0; k < tables.length; k++) {
    const s = state[k]!;
    const f = s >= 0 && tables[k]!.final[s] === 1;
    if (k < nPos ? !f : f) return false;
  }
  return true;
}

function step({ tables, nPos }: Product, state: ArrayLike<number>, ch: number): number[] | undefined {
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

/**
 * Some negative component can no longer be left (it accepts every continuation): no witness lies
 * beyond, so the search prunes here. Without this, denies that cover descendants would make the
 * product remember every combination of denies already hit.
 */
function covered({ tables, nPos }: Product, arr: ArrayLike<number>, off: number): boolean {
  for (let k = nPos; k < tables.length; k++) {
    const t = arr[off + k]!;
    if (t >= 0 && tables[k]!.universal[t]) return true;
  }
  return false;
}

/** Breadth-first search of the product; states are numbered in discovery order. */
function search(p: Product, maxStates: number, opts: SearchOptions): Verdict {
  const K = p.tables.length;
  const start = p.tables.map((t) => t.initial);
  if (start.slice(0, p.nPos).some((s) => s < 0) || covered(p, start, 0)) return { status: 'empty' };
  // A number key while the product's size fits a double exactly, else a string key.
  const radix = p.tables.map((t) => t.final.length + 1);
  const numeric = radix.reduce((a, b) => a * b, 1) < 2 ** 52;
  const keyAt = (arr: ArrayLike<number>, off: number): number | string => {
    if (!numeric) return Array.prototype.slice.call(arr, off, off + K).join(',');
    let key = 0;
    for (let k = 0; k < K; k++) key = key * radix[k]! + arr[off + k]! + 1;
    return key;
  };
  const index = new Map<number | string, number>([[keyAt(start, 0), 0]]);
  const states: number[] = [...start];
  const parent: number[] = [-1];
  const via: number[] = [0];
  for (let head = 0; head < parent.length; head++) {
    const state = states.slice(head * K, head * K + K);
    if (accepting(p, state)) return { status: 'found', witness: witnessOf(head, parent, via, state, p, opts) };
    const { lo, hi, to } = successors(p, state);
    const order = lo.map((l, i) => [pickPacked(l, hi[i]!), i] as const).sort((x, y) => x[0] - y[0]);
    for (const [packed, i] of order) {
      if (covered(p, to, i * K)) continue;
      const key = keyAt(to, i * K);
      if (index.has(key)) continue;
      if (parent.length >= maxStates) return { status: 'unknown', reason: `the search exceeded ${maxStates} product states` };
      index.set(key, parent.length);
      for (let k = 0; k < K; k++) states.push(to[i * K + k]!);
      parent.push(head);
      via.push(packed & 0xffff);
    }
  }
  return { status: 'empty' };
}

function witnessOf(node: number, parent: number[], via: number[], final: readonly number[], p: Product, opts: SearchOptions): string {
  const chars: number[] = [];
  for (let n = node; n > 0; n = parent[n]!) chars.push(via[n]!);
  let w = chars.reverse().map((c) => String.fromCharCode(c)).join('');
  if (opts.preferFileInside) {
    const slash = step(p, final, 0x2f);
    const inside = slash && step(p, slash, 0x61);
    if (inside && accepting(p, inside)) w += '/a';
  }
  return w;
}

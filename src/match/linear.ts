/**
 * Linear-time matching for the regex subset glob.ts emits: a Thompson NFA run as a lazily built
 * DFA, so a path costs one table step per character whatever the patterns. JS RegExp backtracks:
 * `*a*a*a*b` or `a/**\/b/**\/c/**\/d` on a long crafted path would take seconds to hours, and paths
 * come from agent logs. Used by the compiled lists (patterns.ts) and compileGlob/compilePolicyGlob.
 *
 *   new Automaton(nocase).add(tag, source) ... .run(text) -> sorted tags of the sources matching
 *   the whole text ([] when none).
 *
 * Subset: literal characters, `\`-escapes (punctuation, \t \n \r \v \f, \uXXXX), classes with
 * ranges and negation (`[^/]`, `[^]`), groups `(?:…)` and `(…)`, `|`, postfix `*`, `+`, `?`.
 * Semantics are JS RegExp's without the `u` flag (UTF-16 code units); nocase follows the `i` flag:
 * a character matches a class when its canonical form is that of a class member (negated: none is).
 */

import { complementRanges, MAX_UNIT, normalizeRanges, rangesContain, type Ranges } from './ranges.js';

/** ES Canonicalize for the `i` flag without `u`. */
export function canonicalUnit(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  const u = String.fromCharCode(c).toUpperCase();
  if (u.length !== 1) return c;
  const cu = u.charCodeAt(0);
  return cu < 128 ? c : cu;
}

let canonTable: Uint16Array | undefined;
function canonOf(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  if (!canonTable) {
    canonTable = new Uint16Array(MAX_UNIT + 1);
    for (let i = 0; i <= MAX_UNIT; i++) canonTable[i] = canonicalUnit(i);
  }
  return canonTable[c]!;
}

/** The canonical forms of a set's members (for matching folded input). */
function canonicalRanges(r: Ranges): Ranges {
  const pairs: number[] = [];
  for (let i = 0; i < r.length; i += 2) {
    const lo = r[i]!;
    const hi = r[i + 1]!;
    let start = -1;
    let prev = -2;
    for (let c = lo; c <= hi; c++) {
      const k = canonOf(c);
      if (k === prev + 1) prev = k;
      else {
        if (start >= 0) pairs.push(start, prev);
        start = prev = k;
      }
    }
    if (start >= 0) pairs.push(start, prev);
  }
  return normalizeRanges(pairs);
}

// NFA: a state is a character step (set, next), a split (out1, out2), or an accept (tag).
const STEP = 0;
const SPLIT = 1;
const ACCEPT = 2;

interface Frag {
  start: number;
  /** States whose dangling `b` (a step's next, a split's second out) must be patched. */
  outs: number[];
}

class Nfa {
  kind: number[] = [];
  a: number[] = []; // STEP: set id; SPLIT: out1; ACCEPT: tag
  b: number[] = []; // STEP: next; SPLIT: out2
  sets: Ranges[] = [];
  private setIds = new Map<string, number>();

  state(kind: number, a: number, b: number): number {
    this.kind.push(kind);
    this.a.push(a);
    this.b.push(b);
    return this.kind.length - 1;
  }

  setId(r: Ranges): number {
    const key = r.join(',');
    let id = this.setIds.get(key);
    if (id === undefined) {
      id = this.sets.length;
      this.sets.push(r);
      this.setIds.set(key, id);
    }
    return id;
  }

  patch(outs: number[], to: number): void {
    for (const o of outs) this.b[o] = to;
  }
}

class SubsetParser {
  i = 0;
  constructor(
    readonly src: string,
    readonly nfa: Nfa,
    readonly nocase: boolean,
  ) {}

  fail(msg: string): never {
    throw new SyntaxError(`${msg} at ${this.i} in /${this.src}/`);
  }

  /** Alternation; returns a fragment. */
  alt(): Frag {
    let f = this.seq();
    while (this.src[this.i] === '|') {
      this.i++;
      const g = this.seq();
      const s = this.nfa.state(SPLIT, f.start, g.start);
      f = { start: s, outs: [...f.outs, ...g.outs] };
    }
    return f;
  }

  seq(): Frag {
    let f: Frag | undefined;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      let g = this.atom();
      const q = this.src[this.i];
      if (q === '*' || q === '+' || q === '?') {
        this.i++;
        g = this.quantify(g, q);
      }
      if (f) {
        this.nfa.patch(f.outs, g.start);
        f = { start: f.start, outs: g.outs };
      } else f = g;
    }
    if (f) return f;
    // the empty expression: a split that only continues through `b`
    const s = this.nfa.state(SPLIT, -1, -1);
    return { start: s, outs: [s] };
  }

  quantify(g: Frag, q: string): Frag {
    const { nfa } = this;
    const s = nfa.state(SPLIT, g.start, -1);
    if (q === '*' || q === '+') {
      nfa.patch(g.outs, s);
      return { start: q === '*' ? s : g.start, outs: [s] };
    }
    return { start: s, outs: [...g.outs, s] };
  }

  atom(): Frag {
    const { src, nfa } = this;
    const c = src[this.i]!;
    if (c === '(') {
      this.i += src.startsWith('(?:', this.i) ? 3 : 1;
      const f = this.alt();
      if (src[this.i] !== ')') this.fail('missing )');
      this.i++;
      return f;
    }
    let set: Ranges;
    if (c === '[') set = this.charClass();
    else if (c === '\\') set = this.point(this.escape());
    else if ('*+?)|^$.{}'.includes(c)) this.fail(`unsupported ${JSON.stringify(c)}`);
    else {
      this.i++;
      set = this.point(c.charCodeAt(0));
    }
    const s = nfa.state(STEP, nfa.setId(set), -1);
    return { start: s, outs: [s] };
  }

  point(code: number): Ranges {
    return this.nocase ? [canonOf(code), canonOf(code)] : [code, code];
  }

  escape(): number {
    const { src } = this;
    const n = src[this.i + 1];
    if (n === undefined) this.fail('trailing backslash');
    this.i += 2;
    const simple: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };
    if (n in simple) return simple[n]!;
    if (n === 'u') {
      const hex = src.slice(this.i, this.i + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('bad \\u escape');
      this.i += 4;
      return parseInt(hex, 16);
    }
    if (/[A-Za-z0-9]/.test(n)) this.fail(`unsupported escape \\${n}`);
    return n.charCodeAt(0);
  }

  charClass(): Ranges {
    const { src } = this;
    this.i++;
    let negated = false;
    if (src[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const pairs: number[] = [];
    const unit = (): number => {
      const c = src[this.i];
      if (c === undefined) this.fail('unclosed [');
      if (c === '\\') return this.escape();
      this.i++;
      return c.charCodeAt(0);
    };
    while (src[this.i] !== ']') {
      const lo = unit();
      if (src[this.i] === '-' && src[this.i + 1] !== ']' && src[this.i + 1] !== undefined) {
        this.i++;
        const hi = unit();
        if (hi < lo) this.fail('range out of order');
        pairs.push(lo, hi);
      } else pairs.push(lo, lo);
    }
    this.i++;
    let r = normalizeRanges(pairs);
    if (this.nocase) r = canonicalRanges(r);
    return negated ? complementRanges(r) : r;
  }
}

interface DState {
  /** Sorted NFA step states (after closure). */
  steps: Int32Array;
  /** Sorted tags accepted here. */
  accepts: number[];
  ascii: Int32Array;
  other: Map<number, number>;
}

const MAX_DSTATES = 4_000;

export class Automaton {
  private readonly nfa = new Nfa();
  private readonly starts: number[] = [];
  /** Shared prefix fragments: the last split of each one's fan-out chain. */
  private readonly shared = new Map<string, { tail: number }>();
  private mark = new Int32Array(0);
  private generation = 0;
  /** How often the DFA cache overflowed and was dropped (for tests). */
  overflows = 0;
  private dstates: DState[] = [];
  private index = new Map<string, number>();
  private startState = -1;
  private dead = -1;

  constructor(readonly nocase = false) {}

  get size(): number {
    return this.starts.length;
  }

  /** Adds a whole-text pattern; run() reports `tag` when it matches. Throws SyntaxError outside the subset. */
  add(tag: number, source: string): this {
    const p = new SubsetParser(source, this.nfa, this.nocase);
    const f = p.alt();
    if (p.i !== source.length) p.fail('unexpected )');
    const acc = this.nfa.state(ACCEPT, tag, -1);
    this.nfa.patch(f.outs, acc);
    this.starts.push(f.start);
    this.reset();
    return this;
  }

  /**
   * Adds `prefix` followed by `rest`, sharing one copy of `prefix` among all patterns added with
   * it: the any-depth prefix before hundreds of name patterns then costs one DFA loop, not hundreds.
   */
  addShared(prefix: string, tag: number, rest: string): this {
    let hub = this.shared.get(prefix);
    if (!hub) {
      const p = new SubsetParser(prefix, this.nfa, this.nocase);
      const f = p.alt();
      if (p.i !== prefix.length) p.fail('unexpected )');
      const first = this.nfa.state(SPLIT, -1, -1);
      this.nfa.patch(f.outs, first);
      this.starts.push(f.start);
      hub = { tail: first };
      this.shared.set(prefix, hub);
    }
    const p = new SubsetParser(rest, this.nfa, this.nocase);
    const f = p.alt();
    if (p.i !== rest.length) p.fail('unexpected )');
    this.nfa.patch(f.outs, this.nfa.state(ACCEPT, tag, -1));
    // fan out: the tail split's first out is this pattern, its second the next split
    const next = this.nfa.state(SPLIT, -1, -1);
    this.nfa.a[hub.tail] = f.start;
    this.nfa.b[hub.tail] = next;
    hub.tail = next;
    this.reset();
    return this;
  }

  private reset(): void {
    this.dstates = [];
    this.index = new Map();
    this.startState = -1;
    this.dead = -1;
  }

  /** Epsilon closure of NFA states: sorted step states and sorted accepted tags. */
  private closure(seeds: readonly number[]): { steps: number[]; accepts: number[] } {
    const { kind, a, b } = this.nfa;
    if (this.mark.length < kind.length) this.mark = new Int32Array(kind.length * 2);
    const gen = ++this.generation;
    const mark = this.mark;
    const steps: number[] = [];
    const accepts: number[] = [];
    const stack = seeds.slice();
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (s < 0 || mark[s] === gen) continue;
      mark[s] = gen;
      const k = kind[s];
      if (k === STEP) steps.push(s);
      else if (k === ACCEPT) {
        if (!accepts.includes(a[s]!)) accepts.push(a[s]!);
      } else stack.push(b[s]!, a[s]!);
    }
    steps.sort((x, y) => x - y);
    accepts.sort((x, y) => x - y);
    return { steps, accepts };
  }

  /** The DFA state for the closure of `seeds`. */
  private dstate(seeds: readonly number[]): number {
    const { steps, accepts } = this.closure(seeds);
    const key = `${steps.join(',')}|${accepts.join(',')}`;
    const known = this.index.get(key);
    if (known !== undefined) return known;
    if (this.dstates.length >= MAX_DSTATES) {
      // Bound memory: start over (step() and run() notice and go on correctly).
      this.reset();
      this.overflows++;
    }
    const id = this.dstates.length;
    this.dstates.push({ steps: Int32Array.from(steps), accepts, ascii: new Int32Array(128).fill(-1), other: new Map() });
    this.index.set(key, id);
    return id;
  }

  private step(d: number, c: number): number {
    const st = this.dstates[d]!;
    const { a, b, sets } = this.nfa;
    const next: number[] = [];
    for (const s of st.steps) if (rangesContain(sets[a[s]!]!, c)) next.push(b[s]!);
    const before = this.dstates.length;
    const t = this.dstate(next);
    if (this.dstates.length < before) return t; // the cache was reset: st is gone
    if (c < 128) st.ascii[c] = t;
    else st.other.set(c, t);
    return t;
  }

  /** Tags (sorted) of the patterns that match the whole text. */
  run(text: string): readonly number[] {
    if (this.starts.length === 0) return [];
    if (this.startState < 0) {
      this.startState = this.dstate(this.starts);
      this.dead = this.dstate([]);
    }
    let d = this.startState;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (this.nocase) c = canonOf(c);
      const st = this.dstates[d]!;
      let t = c < 128 ? st.ascii[c]! : (st.other.get(c) ?? -1);
      if (t < 0) {
        t = this.step(d, c);
        if (this.startState < 0) {
          // the cache was reset while stepping: restart on the rebuilt states (still linear overall)
          this.startState = this.dstate(this.starts);
          this.dead = this.dstate([]);
          return this.runSlow(text);
        }
      }
      if (t === this.dead) return [];
      d = t;
    }
    return this.dstates[d]!.accepts;
  }

  /** NFA simulation without caching (after a cache overflow). */
  private runSlow(text: string): readonly number[] {
    const { a, b, sets } = this.nfa;
    let cur = this.closure(this.starts);
    for (let i = 0; i < text.length && cur.steps.length > 0; i++) {
      let c = text.charCodeAt(i);
      if (this.nocase) c = canonOf(c);
      cur = this.closure(cur.steps.filter((s) => rangesContain(sets[a[s]!]!, c)).map((s) => b[s]!));
    }
    return cur.accepts;
  }
}

/**
 * Linear-time matching for the regex subset (regex-subset.ts): a Thompson NFA run as a lazily
 * built DFA, so a subject costs one table step per character whatever the patterns. JS RegExp
 * backtracks: `*a*a*a*b` or `a/**\/b/**\/c/**\/d` on a long crafted path, or the command pattern
 * `curl *a*b*c*d*e` on a long command line, would take seconds to hours, and subjects come from
 * agents. Used by every compiled list (paths, commands, hosts, tool names: see matcher.ts).
 *
 *   new Automaton(nocase).add(tag, source) ... .run(text) -> sorted tags of the sources matching
 *   the whole text ([] when none).
 *
 * nocase: case-fold.ts's fold, built into the character sets by the parser (the text is read as
 * it is). When the DFA cache outgrows its bound it is dropped and that run finishes by simulating
 * the NFA directly: still linear in the text (times the size of the NFA).
 */

import { parseRegexSubset, type RegexNode } from './regex-subset.js';
import { rangesContain, type Ranges } from './ranges.js';

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

  /** The empty expression: a split that only continues through `b`. */
  empty(): Frag {
    const s = this.state(SPLIT, -1, -1);
    return { start: s, outs: [s] };
  }

  /** States for a parsed tree (a fresh copy each call: counted repeats build several). */
  fragment(node: RegexNode): Frag {
    switch (node.type) {
      case 'chars': {
        const s = this.state(STEP, this.setId(node.set), -1);
        return { start: s, outs: [s] };
      }
      case 'concat': {
        let f: Frag | undefined;
        for (const part of node.parts) f = f ? this.then(f, this.fragment(part)) : this.fragment(part);
        return f ?? this.empty();
      }
      case 'alternation': {
        let f = this.fragment(node.alternatives[0]!);
        for (const alt of node.alternatives.slice(1)) {
          const g = this.fragment(alt);
          f = { start: this.state(SPLIT, f.start, g.start), outs: [...f.outs, ...g.outs] };
        }
        return f;
      }
      case 'repeat':
        return this.repeat(node.body, node.min, node.max);
    }
  }

  private then(f: Frag, g: Frag): Frag {
    this.patch(f.outs, g.start);
    return { start: f.start, outs: g.outs };
  }

  private repeat(body: RegexNode, min: number, max: number): Frag {
    let f: Frag | undefined;
    // min required copies; the last one loops when unbounded
    for (let i = 0; i < min; i++) {
      const g = this.fragment(body);
      if (max === Infinity && i === min - 1) {
        const loop = this.state(SPLIT, g.start, -1);
        this.patch(g.outs, loop);
        return f ? this.then(f, { start: g.start, outs: [loop] }) : { start: g.start, outs: [loop] };
      }
      f = f ? this.then(f, g) : g;
    }
    if (max === Infinity) {
      const g = this.fragment(body);
      const loop = this.state(SPLIT, g.start, -1);
      this.patch(g.outs, loop);
      const star = { start: loop, outs: [loop] };
      return f ? this.then(f, star) : star;
    }
    // max - min optional copies, nested: x{0,2} = (?:x(?:x)?)?
    let optional: Frag | undefined;
    for (let i = min; i < max; i++) {
      const g = this.fragment(body);
      const inner = optional ? this.then(g, optional) : g;
      const skip = this.state(SPLIT, inner.start, -1);
      optional = { start: skip, outs: [...inner.outs, skip] };
    }
    if (!optional) return f ?? this.empty();
    return f ? this.then(f, optional) : optional;
  }
}

interface DState {
  /** Sorted NFA step states (after closure). */
  steps: Int32Array;
  /** Sorted tags accepted here. */
  accepts: number[];
  /** Transitions on characters from 128 up (ASCII ones are in Automaton.ascii). */
  other: Map<number, number>;
}

/** ASCII transitions per DFA state: one row of the flat table each. */
const ROW = 128;

const MAX_DSTATES = 4_000;

/**
 * An automaton's NFA as plain data, for the runtime cache (src/policy/automata-cache.ts): a hook
 * process restores the lists an earlier run compiled instead of parsing their patterns again.
 */
export interface AutomatonSnapshot {
  nocase: boolean;
  kind: number[];
  a: number[];
  b: number[];
  sets: Ranges[];
  starts: number[];
}

const isIntArray = (x: unknown, lo: number, hi: number): x is number[] =>
  Array.isArray(x) && x.every((v) => Number.isInteger(v) && v >= lo && v < hi);

/** Whether `s` is a whole snapshot: every state, set, start and tag (below `tags`) in range (a damaged cache entry is not). */
function isSnapshot(s: unknown, tags: number): s is AutomatonSnapshot {
  if (typeof s !== 'object' || s === null) return false;
  const { nocase, kind, a, b, sets, starts } = s as Partial<AutomatonSnapshot>;
  if (typeof nocase !== 'boolean' || !isIntArray(kind, STEP, ACCEPT + 1) || !Array.isArray(sets)) return false;
  const n = kind.length;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== n || b.length !== n || !isIntArray(starts, 0, n)) return false;
  if (!sets.every((r) => isIntArray(r, 0, 0x10000) && r.length % 2 === 0)) return false;
  for (let i = 0; i < n; i++) {
    const k = kind[i];
    // A step's a is a set and b the next state; a split's a and b are states (-1: none); an accept's a is its tag.
    const limit = k === STEP ? sets.length : k === SPLIT ? n : tags;
    const aOk = Number.isInteger(a[i]) && a[i]! >= (k === SPLIT ? -1 : 0) && a[i]! < limit;
    if (!aOk || !Number.isInteger(b[i]) || b[i]! < -1 || b[i]! >= n) return false;
  }
  return true;
}

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
  /**
   * The ASCII transitions of every DFA state, row after row (state d's on character c at
   * d * ROW + c; -1 while not worked out): one contiguous table, so that a run reads one array
   * and not each state's own, scattered in memory (the per-character step is most of a run).
   */
  private ascii = new Int32Array(0);
  private index = new Map<string, number>();
  private startState = -1;
  private dead = -1;

  constructor(readonly nocase = false) {}

  get size(): number {
    return this.starts.length;
  }

  /** The NFA as data (see AutomatonSnapshot). */
  snapshot(): AutomatonSnapshot {
    const { kind, a, b, sets } = this.nfa;
    return { nocase: this.nocase, kind: kind.slice(), a: a.slice(), b: b.slice(), sets: sets.slice(), starts: this.starts.slice() };
  }

  /** The automaton a snapshot describes, whose tags are below `tags`; undefined when it is not a whole one. */
  static fromSnapshot(s: unknown, tags: number): Automaton | undefined {
    if (!isSnapshot(s, tags)) return undefined;
    const out = new Automaton(s.nocase);
    out.nfa.kind = s.kind;
    out.nfa.a = s.a;
    out.nfa.b = s.b;
    out.nfa.sets = s.sets;
    out.starts.push(...s.starts);
    return out;
  }

  /** Adds a whole-text pattern; run() reports `tag` when it matches. Throws RegexSubsetError outside the subset. */
  add(tag: number, source: string): this {
    const f = this.nfa.fragment(parseRegexSubset(source, { nocase: this.nocase }));
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
      const f = this.nfa.fragment(parseRegexSubset(prefix, { nocase: this.nocase }));
      const first = this.nfa.state(SPLIT, -1, -1);
      this.nfa.patch(f.outs, first);
      this.starts.push(f.start);
      hub = { tail: first };
      this.shared.set(prefix, hub);
    }
    const f = this.nfa.fragment(parseRegexSubset(rest, { nocase: this.nocase }));
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
    this.dstates.push({ steps: Int32Array.from(steps), accepts, other: new Map() });
    if (this.ascii.length < (id + 1) * ROW) {
      const grown = new Int32Array(Math.max(16, (id + 1) * 2) * ROW);
      grown.set(this.ascii);
      this.ascii = grown;
    }
    this.ascii.fill(-1, id * ROW, (id + 1) * ROW);
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
    if (c < ROW) this.ascii[d * ROW + c] = t;
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
    // (Re-read after a step: adding a state may grow the table.)
    let ascii = this.ascii;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let t = c < ROW ? ascii[d * ROW + c]! : (this.dstates[d]!.other.get(c) ?? -1);
      if (t < 0) {
        t = this.step(d, c);
        ascii = this.ascii;
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
      const c = text.charCodeAt(i);
      cur = this.closure(cur.steps.filter((s) => rangesContain(sets[a[s]!]!, c)).map((s) => b[s]!));
    }
    return cur.accepts;
  }
}

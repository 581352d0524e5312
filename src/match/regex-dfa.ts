// A fast path from the regex subset (src/match/regex-subset.ts: the one parser and case fold the
// engine matches with) to a minimal DFA table, without refa's general machinery. automata.ts
// uses refa on the same parsed tree when asked (`builder: 'refa'`), and tests compare the two.
// Kept because refa alone does not meet the conflicts goal (--check-conflicts under 3 s on the
// 200 + 50x20 repository, bench/conflicts.bench.ts). Measured 2026-12-05 on the shared 2-core
// machine (load 16-18, no quiet machine to be had), the same repository and build, the two
// builders interleaved, CPU time (user + sys) of the whole CLI run, three runs each:
//   this builder: 4.12, 3.56, 3.41 s      refa only: 4.53, 4.48, 3.83 s   (lint alone: 0.57 s)
// refa costs ~12% more and is over 3 s of CPU on its own; wall times under that load were 14-22 s
// for both. Findings were identical. Re-measure on a quiet machine before deleting this file.
import { parseRegexSubset, type RegexNode } from './regex-subset.js';
import { MAX_UNIT, rangesContain, type Ranges } from './ranges.js';

export const MAX = MAX_UNIT;

export interface DfaTable {
  initial: number;
  final: Uint8Array;
  /** Per state: [lo, hi, to, …] sorted by lo (no transition: dead). */
  edges: number[][];
}

export class TooLarge extends Error {}

// ---------------------------------------------------------------------------------------------
// Parsed tree -> Thompson NFA

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

  constructor(private readonly limit: number) {}

  state(): number {
    if (this.nfa.eps.length >= this.limit) throw new TooLarge();
    this.nfa.eps.push([]);
    this.nfa.out.push([]);
    return this.nfa.eps.length - 1;
  }

  build(node: RegexNode): Frag {
    switch (node.type) {
      case 'chars': {
        const start = this.state();
        const end = this.state();
        if (node.set.length) this.nfa.out[start]!.push([node.set, end]);
        return { start, end };
      }
      case 'concat': {
        const start = this.state();
        let end = start;
        for (const part of node.parts) {
          if (part.type === 'chars') {
            // A plain character: one transition from where we are (no extra states, no epsilon).
            const next = this.state();
            if (part.set.length) this.nfa.out[end]!.push([part.set, next]);
            end = next;
          } else {
            const f = this.build(part);
            this.nfa.eps[end]!.push(f.start);
            end = f.end;
          }
        }
        return { start, end };
      }
      case 'alternation': {
        const start = this.state();
        const end = this.state();
        for (const alt of node.alternatives) {
          const f = this.build(alt);
          this.nfa.eps[start]!.push(f.start);
          this.nfa.eps[f.end]!.push(end);
        }
        return { start, end };
      }
      case 'repeat':
        return this.repeat(node.body, node.min, node.max);
    }
  }

  private repeat(body: RegexNode, min: number, max: number): Frag {
    if (body.type === 'chars' && max === Infinity && min <= 1) {
      // x* is one state with a loop; x+ is one step into it.
      const loop = this.state();
      if (body.set.length) this.nfa.out[loop]!.push([body.set, loop]);
      if (min === 0) return { start: loop, end: loop };
      const start = this.state();
      if (body.set.length) this.nfa.out[start]!.push([body.set, loop]);
      return { start, end: loop };
    }
    // A chain of copies of the body: the first `min` required, the rest optional, the last
    // repeated when unbounded.
    const k = max === Infinity ? Math.max(min, 1) : max;
    const pieces: Frag[] = [];
    for (let i = 0; i < k; i++) pieces.push(this.build(body));
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
 * The minimal DFA of a parsed source (parseRegexSubset). Throws TooLarge over `limit` states.
 */
export function fastDfa(tree: RegexNode, limit: number): DfaTable {
  const b = new Builder(limit * 4);
  const f = b.build(tree);
  return minimise(determinise(b.nfa, f.start, f.end, limit));
}

/** fastDfa of a source in the regex subset (throws RegexSubsetError outside it). */
export function fastDfaOf(source: string, options: { nocase?: boolean }, limit: number): DfaTable {
  return fastDfa(parseRegexSubset(source, options), limit);
}

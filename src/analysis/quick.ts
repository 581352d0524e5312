// Cheap positive answers: a few candidate words, built from the literal ends of the languages in a
// question and checked with plain RegExps. A candidate that passes proves "found" (not necessarily
// the shortest word); "empty" and every witness shown to users still come from the automata.
// Membership walks the cached DFA (a case-insensitive JS RegExp costs far more to create).
import type { Automata, Lang, Neg } from './automata.js';
import { literalPrefix, literalSuffix } from './shape.js';

const FILLERS = ['', 'a', '/a', 'a/a', ' a', 'a a', '/a/a'];

export class Sampler {
  private readonly regexes = new Map<string, RegExp>();
  private readonly ends = new WeakMap<Lang, [string, string]>();

  constructor(private readonly auto: Automata) {}

  /** Membership by DFA, or by RegExp for a language without one (a meet: by every part). */
  test(l: Lang, w: string): boolean {
    if (l.meet) return l.meet.every((m) => this.test(m, w));
    const byDfa = this.auto.accepts(l, w);
    if (byDfa !== undefined) return byDfa;
    const key = `${l.flags ?? ''}/${l.source}`;
    let re = this.regexes.get(key);
    if (!re) {
      re = new RegExp(`^(?:${l.source})$`, l.flags ?? '');
      this.regexes.set(key, re);
    }
    return re.test(w);
  }

  /** A word in every `pos` language and in no `neg` item, if a candidate happens to be one. */
  find(pos: readonly Lang[], neg: readonly Neg[] = []): string | undefined {
    const prefixes = new Set<string>(['']);
    const suffixes = new Set<string>(['']);
    for (const l of pos.flatMap((p) => p.meet ?? [p])) {
      const [p, s] = this.endsOf(l);
      prefixes.add(p);
      suffixes.add(s);
    }
    const negs = neg.map((n) => (Array.isArray(n) ? (n as readonly Lang[]) : [n as Lang]));
    const tried = new Set<string>();
    for (const p of prefixes) {
      for (const s of suffixes) {
        for (const f of FILLERS) {
          const w = p + f + s;
          if (tried.has(w)) continue;
          tried.add(w);
          if (pos.every((l) => this.test(l, w)) && !negs.some((g) => g.every((l) => this.test(l, w)))) return w;
        }
      }
    }
    return undefined;
  }

  private endsOf(l: Lang): [string, string] {
    let e = this.ends.get(l);
    if (!e) {
      e = [literalPrefix(l.source), literalSuffix(l.source)];
      this.ends.set(l, e);
    }
    return e;
  }
}

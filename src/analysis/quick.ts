// Cheap positive answers: a few candidate words, built from the literal ends of the languages in a
// question and checked with the engine's own linear-time matcher (src/match/matcher.ts, the same
// parser and case fold as the automata). A candidate that passes proves "found" (not necessarily
// the shortest word); "empty" and every witness shown to users still come from the automata.
// Case-insensitive membership walks the cached DFA when there is one.
import { compileStringMatcher, type StringMatcher } from '../match/matcher.js';
import type { Automata, Lang, Neg } from '../match/automata.js';
import { fold, literalPrefix, literalRuns, literalSuffix, type Ends } from './shape.js';

const FILLERS = ['', 'a', '/a', 'a/a', ' a', 'a a', '/a/a'];

export class Sampler {
  private readonly matchers = new Map<string, StringMatcher>();
  private readonly ends = new WeakMap<Lang, [string, string]>();
  private readonly folded = new WeakMap<Lang, Ends>();
  private readonly runs = new WeakMap<Lang, string[]>();

  constructor(private readonly auto: Automata) {}

  /**
   * Membership (a meet: by every part). A case-sensitive match is a match with `i` too; a
   * case-insensitive language is then asked of its cached DFA.
   */
  test(l: Lang, w: string): boolean {
    if (l.meet) return l.meet.every((m) => this.test(m, w));
    if (this.matcher(l.source, '')(w)) return true;
    if (!l.flags) return false;
    // A word without the language's literal start and end is not in it, whatever the case.
    const ends = this.foldedEnds(l);
    if (ends.prefix || ends.suffix) {
      const fw = fold(w);
      if (!fw.startsWith(ends.prefix) || !fw.endsWith(ends.suffix)) return false;
    }
    const byDfa = this.auto.accepts(l, w);
    if (byDfa !== undefined) return byDfa;
    return this.matcher(l.source, l.flags ?? '')(w);
  }

  private matcher(source: string, flags: string): StringMatcher {
    const key = `${flags}/${source}`;
    let m = this.matchers.get(key);
    if (!m) {
      try {
        m = compileStringMatcher(source, { nocase: flags === 'i' });
      } catch {
        m = () => false; // outside the subset: the automata answer (and report) it
      }
      this.matchers.set(key, m);
    }
    return m;
  }

  /** A word in every `pos` language and in no `neg` item, if a candidate happens to be one. */
  find(pos: readonly Lang[], neg: readonly Neg[] = []): string | undefined {
    const prefixes = new Set<string>(['']);
    const suffixes = new Set<string>(['']);
    const inner = new Set<string>();
    const all = [...pos, ...neg.flat()].flatMap((p) => p.meet ?? [p]);
    for (const l of pos.flatMap((p) => p.meet ?? [p])) {
      const [p, s] = this.endsOf(l);
      prefixes.add(p);
      suffixes.add(s);
    }
    for (const l of all) for (const r of this.runsOf(l)) inner.add(r);
    const negs = neg.map((n) => (Array.isArray(n) ? (n as readonly Lang[]) : [n as Lang]));
    const tried = new Set<string>();
    const ok = (w: string): boolean => {
      if (tried.has(w)) return false;
      tried.add(w);
      return pos.every((l) => this.test(l, w)) && !negs.some((g) => g.every((l) => this.test(l, w)));
    };
    for (const p of prefixes) {
      for (const s of suffixes) {
        for (const f of FILLERS) if (ok(p + f + s)) return p + f + s;
      }
    }
    // Some language's literal text in the middle of the others' ends (`src/` + `.pem/` + `a.go`);
    // bounded: only the longest ends, at most ten middles.
    const longest = (xs: Set<string>) => [...xs].reduce((a, b) => (b.length > a.length ? b : a), '');
    const middles = [...new Set([...prefixes, ...suffixes, ...inner])].filter((m) => m !== '').slice(0, 10);
    for (const p of new Set(['', longest(prefixes)])) {
      for (const s of new Set(['', longest(suffixes)])) {
        for (const m of middles) {
          for (const w of [`${p}${m}/a${s}`, `${p}a${m}/a${s}`, `${p}${m}${s}`, `${p}/${m}/a${s}`]) if (ok(w)) return w;
        }
      }
    }
    return undefined;
  }

  private runsOf(l: Lang): string[] {
    let r = this.runs.get(l);
    if (!r) this.runs.set(l, (r = literalRuns(l.source)));
    return r;
  }

  /** endsOf, case-folded (what literalEnds gives, without scanning the source again). */
  private foldedEnds(l: Lang): Ends {
    let e = this.folded.get(l);
    if (!e) {
      const [prefix, suffix] = this.endsOf(l);
      this.folded.set(l, (e = { prefix: fold(prefix), suffix: fold(suffix) }));
    }
    return e;
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

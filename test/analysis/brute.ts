// Brute-force oracle: every string up to a length over a small alphabet, decided by plain JS RegExps.
// Case-insensitive languages fold with the engine's fold (src/match/case-fold.ts), which is wider
// than RegExp's `i`: see asciiFoldedForRegExp.
import type { Lang, Neg } from '../../src/match/automata.js';
import { caseClass } from '../../src/match/case-fold.js';

export class Brute {
  readonly words: string[] = [];
  private readonly memo = new Map<string, Uint8Array>();

  constructor(alphabet: string[], maxLen: number) {
    let level = [''];
    this.words.push('');
    for (let n = 1; n <= maxLen; n++) {
      const next: string[] = [];
      for (const w of level) for (const c of alphabet) next.push(w + c);
      this.words.push(...next);
      level = next;
    }
  }

  /** Membership of every enumerated word (words are in order of length). */
  bits(l: Lang): Uint8Array {
    const key = `${l.flags ?? ''}/${l.source}`;
    let b = this.memo.get(key);
    if (!b) {
      if (l.meet) {
        const parts = l.meet.map((m) => this.bits(m));
        b = Uint8Array.from(this.words, (_, i) => (parts.every((p) => p[i]) ? 1 : 0));
      } else {
        b = Uint8Array.from(this.words, (w) => (test(l, w) ? 1 : 0));
      }
      this.memo.set(key, b);
    }
    return b;
  }

  /** The shortest enumerated word in every `pos` language and no `neg` language. */
  find(pos: readonly Lang[], neg: readonly Neg[] = []): string | undefined {
    const ps = pos.map((l) => this.bits(l));
    const ns = neg.map((n) => (Array.isArray(n) ? n : [n]).map((l: Lang) => this.bits(l)));
    for (let i = 0; i < this.words.length; i++) {
      if (ps.every((b) => b[i]) && !ns.some((g) => g.every((b) => b[i]))) return this.words[i];
    }
    return undefined;
  }
}

export function toRegExp(l: Lang): RegExp {
  return new RegExp(`^(?:${l.source})$`, l.flags ?? '');
}

/** Membership by plain RegExps (a meet: by every part), folding case as the engine does. */
export function test(l: Lang, w: string): boolean {
  if (l.meet) return l.meet.every((m) => test(m, w));
  return toRegExp(l).test(l.flags === 'i' ? asciiFoldedForRegExp(w) : w);
}

/** Whether `w` is in every `pos` language and no `neg` language, by RegExp. */
export function satisfies(w: string, pos: readonly Lang[], neg: readonly Neg[] = []): boolean {
  const inAll = (ls: readonly Lang[]) => ls.every((l) => test(l, w));
  return inAll(pos) && !neg.some((n) => inAll(Array.isArray(n) ? n : [n as Lang]));
}

/** Deterministic PRNG (mulberry32) so failures reproduce. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random regex sources in the subset the glob and command compilers emit. */
export function randomSource(rand: () => number, depth = 3): string {
  const atoms = ['a', 'b', '\\.', '/', '[^/]', '[ab]', '[^a/]', '[a.]', 'A', '[^/]*', '(?:[^/]*/)*'];
  const pickAtom = () => atoms[Math.floor(rand() * atoms.length)]!;
  if (depth === 0) return pickAtom();
  const r = rand();
  if (r < 0.3) return pickAtom();
  if (r < 0.6) return randomSource(rand, depth - 1) + randomSource(rand, depth - 1);
  if (r < 0.75) return `(?:${randomSource(rand, depth - 1)}|${randomSource(rand, depth - 1)})`;
  const q = ['*', '+', '?'][Math.floor(rand() * 3)]!;
  return `(?:${randomSource(rand, depth - 1)})${q}`;
}

/**
 * The engine's fold is RegExp's `i` plus the links a default case mapping makes from a non-ASCII
 * unit onto ASCII (`ſ` -> `S`, `ı` -> `I`, KELVIN SIGN -> `k`) and a few lower-case-only links
 * (ANGSTROM SIGN -> `å`). Replacing every unit by the ASCII member of its class, when it has one,
 * makes RegExp's `i` an exact oracle for sources whose sets have no non-ASCII member that folds
 * onto ASCII (all of the tests' sources but `\W`, `\S`, `\D`, `.` and wide negated sets).
 */
export function asciiFoldedForRegExp(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const ascii = c < 128 ? undefined : caseClass(c).find((m) => m < 128);
    out += String.fromCharCode(ascii ?? c);
  }
  return out;
}

/**
 * The one case fold of every case-insensitive match: deny and approval-gate patterns in the
 * engine (paths, commands, tool names) and the same patterns in the conflict analysis.
 *
 *   foldUnit(c)        -> the representative of c's case class (a UTF-16 code unit)
 *   foldString(s)      -> s with every code unit folded: equal folds <=> equal up to case
 *   caseClosure(set)   -> every code unit in the case class of some member of `set`
 *
 * Two code units are the same up to case when a chain of single-unit upper- or lower-case
 * mappings (String#toUpperCase / #toLowerCase, the default Unicode mappings) links them. This is
 * wider than both JS regex folds, on purpose: `/ssh/i` (no `u`) refuses to map a non-ASCII unit
 * onto ASCII, so it misses `ſsh` (U+017F, upper case `S`) and `\u212Ash` (KELVIN SIGN, lower
 * case `k`); `/ssh/iu` (simple case folding) misses `ı` (U+0131, upper case `I`). A file system
 * or tool that upper-cases names reads all of those as the ASCII letter, so a deny must cover
 * them: folding only ever widens a deny or a gate, and allow lists never fold (SPEC 3).
 * Mappings to several units (`ß` -> `SS`, `İ` -> `i̇`) are not single-unit and are not used:
 * `İ` (U+0130) stays its own class, as in both JS folds.
 *
 * Code units, not code points: a letter outside the BMP (a surrogate pair) does not fold.
 * The representative of a class is its smallest member (`A` for {A, a}, `S` for {S, s, ſ}), so
 * ASCII text folds to its upper case.
 */
import { normalizeRanges, rangesContain, type Ranges } from './ranges.js';

const UNITS = 0x10000;

interface FoldTables {
  /**
   * Code unit -> smallest member of its class, or 0 for a unit that is its own representative
   * (unit 0 is caseless): a zeroed array needs no pass over all 65,536 units to install, which
   * cost a short-lived process about as much as reading the saved classes. Read it with rep().
   */
  representative: Uint16Array;
  /** Representative -> every member, for classes with more than one member. */
  members: Map<number, number[]>;
  /** Sorted code units whose class has more than one member. */
  foldable: Uint16Array;
}

let tables: FoldTables | undefined;

/** The representative of `c`'s class in `representative` (0 there: `c` itself). */
function rep(representative: Uint16Array, c: number): number {
  return representative[c]! || c;
}

function singleUnit(s: string): number | undefined {
  return s.length === 1 ? s.charCodeAt(0) : undefined;
}

function buildTables(): FoldTables {
  // Union-find over the single-unit case mappings; the root of a class is its smallest member.
  const parent = new Uint16Array(UNITS);
  for (let c = 0; c < UNITS; c++) parent[c] = c;
  const find = (c: number): number => {
    while (parent[c] !== c) {
      parent[c] = parent[parent[c]!]!;
      c = parent[c]!;
    }
    return c;
  };
  const join = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra < rb) parent[rb] = ra;
    else if (rb < ra) parent[ra] = rb;
  };
  for (let c = 0; c < UNITS; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates have no case
    const ch = String.fromCharCode(c);
    const upper = singleUnit(ch.toUpperCase());
    const lower = singleUnit(ch.toLowerCase());
    if (upper !== undefined && upper !== c) join(c, upper);
    if (lower !== undefined && lower !== c) join(c, lower);
  }
  const representative = new Uint16Array(UNITS);
  const members = new Map<number, number[]>();
  for (let c = 0; c < UNITS; c++) {
    const r = find(c);
    if (r !== c) {
      representative[c] = r;
      const list = members.get(r);
      if (list) list.push(c);
      else members.set(r, [r, c]);
    }
  }
  const all: number[] = [];
  for (const list of members.values()) all.push(...list);
  return { representative, members, foldable: Uint16Array.from(all).sort() };
}

/** Runs before the tables are first needed (installs saved classes): see whenFoldNeeded. */
let beforeFirstFold: (() => void) | undefined;

/**
 * Calls `install` the first time the tables are needed, if they ever are: a process that restores
 * its compiled lists and decides ASCII paths never reads the saved classes (runtime-cache.ts).
 */
export function whenFoldNeeded(install: () => void): void {
  if (!tables) beforeFirstFold = install;
}

function foldTables(): FoldTables {
  if (!tables && beforeFirstFold) {
    const install = beforeFirstFold;
    beforeFirstFold = undefined;
    install();
  }
  return (tables ??= buildTables());
}

/**
 * The classes of more than one member, each sorted (smallest first). Building the tables costs
 * a short-lived process (the runtime guard, the pre-commit hook) a large share of its run, so they
 * keep these between runs of the same runtime (src/policy/runtime-cache.ts).
 */
export function caseClasses(): number[][] {
  return [...foldTables().members.values()];
}

/**
 * Installs classes that caseClasses() returned under the same runtime (the case mappings come
 * from its ICU data) instead of building the tables. Returns false, changing nothing, when they
 * are not well formed (then the tables are built as usual).
 */
export function useCaseClasses(classes: unknown): boolean {
  if (tables) return true;
  if (!Array.isArray(classes) || classes.length === 0) return false;
  const representative = new Uint16Array(UNITS);
  const assigned = new Uint8Array(UNITS);
  const members = new Map<number, number[]>();
  const all: number[] = [];
  for (const list of classes as unknown[]) {
    if (!Array.isArray(list) || list.length < 2) return false;
    const r = list[0] as number;
    for (let i = 0; i < list.length; i++) {
      const m = list[i] as number;
      // Sorted, in range, caseless unit 0 in none, each unit in one class only.
      if (!Number.isInteger(m) || m <= 0 || m >= UNITS || (i > 0 && m <= (list[i - 1] as number)) || assigned[m]) return false;
      assigned[m] = 1;
      if (m !== r) representative[m] = r;
    }
    members.set(r, list as number[]);
    all.push(...(list as number[]));
  }
  tables = { representative, members, foldable: Uint16Array.from(all).sort() };
  return true;
}

export function foldUnit(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c; // the smallest member is the upper case
  return rep(foldTables().representative, c);
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

export function foldString(s: string): string {
  // Every class with an ASCII letter has that upper-case letter as its smallest member.
  if (ASCII_ONLY.test(s)) return s.toUpperCase();
  const { representative } = foldTables();
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(rep(representative, s.charCodeAt(i)));
  return out;
}

/** Every member of `[c]`'s class (for tests and messages). */
export function caseClass(c: number): number[] {
  const { representative, members } = foldTables();
  return members.get(rep(representative, c)) ?? [c];
}

const closed = new Map<string, Ranges>();
const MAX_MEMO = 10_000;

/** How many code units `set` lacks. */
function missingUnits(set: Ranges): number {
  let inSet = 0;
  for (let j = 0; j < set.length; j += 2) inSet += set[j + 1]! - set[j]! + 1;
  return UNITS - inSet;
}

/** Every code unit equal up to case to a member of `set` (a union of whole classes; memoised). */
export function caseClosure(set: Ranges): Ranges {
  const key = set.join(',');
  let out = closed.get(key);
  if (out) return out;
  const { representative, members, foldable } = foldTables();
  const extra: number[] = [];
  if (missingUnits(set) < foldable.length) {
    // A wide set (`.` lacks only the line terminators, `[^/]` one unit): a unit it lacks joins
    // when a member of its class is in the set. The same union as below, walking the shorter of
    // the two lists (this one instead of every foldable unit).
    for (let j = -1; j < set.length; j += 2) {
      const from = j < 0 ? 0 : set[j]! + 1;
      const to = j + 1 < set.length ? set[j + 1]! - 1 : UNITS - 1;
      for (let u = from; u <= to; u++) {
        const list = members.get(rep(representative, u));
        if (list?.some((m) => rangesContain(set, m))) extra.push(u, u);
      }
    }
  } else {
    // Both sorted: walk the set's ranges and the foldable units together.
    let i = 0;
    for (let j = 0; j < set.length && i < foldable.length; j += 2) {
      while (i < foldable.length && foldable[i]! < set[j]!) i++;
      for (; i < foldable.length && foldable[i]! <= set[j + 1]!; i++) {
        // Only members the set lacks.
        for (const m of members.get(rep(representative, foldable[i]!))!) if (!rangesContain(set, m)) extra.push(m, m);
      }
    }
  }
  out = extra.length > 0 ? normalizeRanges([...set, ...extra]) : set;
  if (closed.size < MAX_MEMO) closed.set(key, out);
  return out;
}

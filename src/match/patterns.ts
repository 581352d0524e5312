/**
 * Compiled pattern lists: compile every pattern of a policy once, then answer per path quickly.
 *
 *   compilePathList(rules, DENY_LIST | ALLOW_LIST | options) -> CompiledPathList
 *     .test(path) .firstMatch(path) -> { rule, index } (smallest index)  .allMatches(path)
 *     .errors: rules whose pattern globSyntaxError rejects (they never match: report them)
 *
 * `path` is a NormalizedPath (from normalizePath) or an already normalised string (then an
 * absolute or `~` string counts as outside). Semantics per rule are exactly compilePolicyGlob's
 * (glob.ts) plus:
 * - an `invalid` path matches nothing (the engine denies it outright);
 * - the root `.` matches universal patterns (`**`) only;
 * - scopeAbsolute (allow lists): an outside path is matched only by absolute patterns (`/x/**`,
 *   `~/x`) and an inside path only by relative ones, so the allow `**` never admits `/etc/passwd`.
 *   Deny lists test every pattern on every path (a deny `.env*` also covers `/home/u/.env`).
 * - windowsAliases (deny lists): the Windows reading of the path is tested too, so the deny
 *   `.env` also covers `.env.`, `.env ` and `.env::$DATA` (path.ts windowsAlias).
 *
 * Speed: rules are bucketed — literal paths and names in hash maps, anchored patterns by their
 * literal first segment, the rest in one combined regex per kind — so a lookup costs a few map
 * probes and at most a few regex runs, whatever the number of rules.
 */
import {
  GlobError,
  analyzePolicyPattern,
  policySourceOf,
  type GlobSyntaxError,
  type PolicyPatternInfo,
} from './glob.js';
import { windowsAlias, type NormalizedPath } from './path.js';

export interface PathListOptions {
  /** Case-insensitive (denies: SPEC 3). */
  nocase?: boolean;
  /** A match also covers everything below the matched path (denies). */
  coverDescendants?: boolean;
  /** Outside paths only against absolute patterns, inside paths only against relative ones (allows). */
  scopeAbsolute?: boolean;
  /** Also match the Windows reading of a path (`.env.`, `.env ` and `.env::$DATA` are `.env`) (denies). */
  windowsAliases?: boolean;
}

export const DENY_LIST: Readonly<PathListOptions> = Object.freeze({ nocase: true, coverDescendants: true, scopeAbsolute: false, windowsAliases: true });
export const ALLOW_LIST: Readonly<PathListOptions> = Object.freeze({ nocase: false, coverDescendants: false, scopeAbsolute: true, windowsAliases: false });

export interface PathMatch<R> {
  rule: R;
  index: number;
}

export interface CompiledPathList<R> {
  readonly rules: readonly R[];
  readonly options: Readonly<PathListOptions>;
  readonly errors: ReadonlyArray<{ rule: R; index: number; error: GlobSyntaxError }>;
  test(path: NormalizedPath | string): boolean;
  firstMatch(path: NormalizedPath | string): PathMatch<R> | undefined;
  allMatches(path: NormalizedPath | string): PathMatch<R>[];
}

const NON_ASCII = /[^\u0000-\u007f]/;

/** JS RegExp `i` canonicalisation (non-unicode) so map lookups agree with the regexes. */
export function foldCase(s: string): string {
  if (!NON_ASCII.test(s)) return s.toUpperCase(); // ASCII: the same, much faster
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const u = c.toUpperCase();
    out += u.length === 1 && !(c.charCodeAt(0) >= 128 && u.charCodeAt(0) < 128) ? u : c;
  }
  return out;
}

/** A group of rules tested by one combined regex; group k+1 of a match is rule idx[k]. */
class Combined {
  private re?: RegExp;
  readonly idx: number[] = [];
  private readonly srcs: string[] = [];
  constructor(private readonly flags: string) {}
  get min(): number {
    return this.idx.length === 0 ? Infinity : this.idx[0]!;
  }
  add(index: number, source: string): void {
    this.idx.push(index);
    this.srcs.push(source);
  }
  /** Smallest matching rule index (V8 tries alternatives in order), or Infinity. */
  first(s: string): number {
    if (this.idx.length === 0) return Infinity;
    this.re ??= new RegExp(`^(?:${this.srcs.map((x) => `(${x})`).join('|')})$`, this.flags);
    const m = this.re.exec(s);
    if (!m) return Infinity;
    for (let k = 1; k < m.length; k++) if (m[k] !== undefined) return this.idx[k - 1]!;
    return Infinity;
  }
}

/**
 * Strings mapped to the smallest rule index. For prefix/suffix lookups it also keeps the key
 * lengths and the set of first (or last) characters, a cheap filter before any slicing.
 */
class Keyed {
  readonly map = new Map<string, number>();
  readonly lengths: number[] = [];
  readonly ends = new Set<string>();
  min = Infinity;
  add(key: string, index: number): void {
    if (!this.map.has(key)) this.map.set(key, index);
    if (!this.lengths.includes(key.length)) this.lengths.push(key.length);
    this.ends.add(key[0] ?? '');
    this.ends.add(`$${key[key.length - 1] ?? ''}`);
    if (index < this.min) this.min = index;
  }
  get(key: string): number {
    return this.map.get(key) ?? Infinity;
  }
  /** Smallest index of a key that s starts (or ends) with. */
  affix(s: string, suffix: boolean): number {
    if (!this.ends.has(suffix ? `$${s[s.length - 1] ?? ''}` : (s[0] ?? ''))) return Infinity;
    let best = Infinity;
    for (const len of this.lengths) {
      if (len > s.length) continue;
      const i = this.map.get(suffix ? s.slice(s.length - len) : s.slice(0, len));
      if (i !== undefined && i < best) best = i;
    }
    return best;
  }
}

/** Name patterns: a segment is tested by literal, prefix, suffix, then regex. */
class Names {
  readonly literal = new Keyed();
  readonly prefix = new Keyed();
  readonly suffix = new Keyed();
  readonly re: Combined;
  constructor(flags: string) {
    this.re = new Combined(flags);
  }
  get min(): number {
    return Math.min(this.literal.min, this.prefix.min, this.suffix.min, this.re.min);
  }
  /** Smallest index whose pattern matches `seg` (`folded` = seg case-folded when nocase), below `bound`. */
  first(seg: string, folded: string, bound: number): number {
    let best = bound;
    if (this.literal.min < best) best = Math.min(best, this.literal.get(folded));
    if (this.prefix.min < best) best = Math.min(best, this.prefix.affix(folded, false));
    if (this.suffix.min < best) best = Math.min(best, this.suffix.affix(folded, true));
    if (this.re.min < best) best = Math.min(best, this.re.first(seg));
    return best;
  }
}

interface Side {
  universal: number;
  /** First segments of `literals` keys. */
  literalHeads: Set<string>;
  /** Exact anchored paths, and those that also cover their descendants. */
  literals: Keyed;
  literalsDesc: Keyed;
  /** Name patterns matched on the last segment / on any segment. */
  names: Names;
  namesAny: Names;
  /** Anchored patterns by their literal leading directories, and the rest. */
  byPrefix: Map<string, Combined>;
  prefixDepths: number[];
  /** First segments of literalsDesc and byPrefix keys: most paths need neither. */
  heads: Set<string>;
  anchored: Combined;
}

export function compilePathList<R extends { pattern: string }>(
  rules: readonly R[],
  options: Readonly<PathListOptions>,
): CompiledPathList<R> {
  const flags = options.nocase ? 'i' : '';
  const fold = options.nocase ? foldCase : (s: string) => s;
  const errors: Array<{ rule: R; index: number; error: GlobSyntaxError }> = [];
  const newSide = (): Side => ({
    universal: Infinity,
    literalHeads: new Set(),
    literals: new Keyed(),
    literalsDesc: new Keyed(),
    names: new Names(flags),
    namesAny: new Names(flags),
    byPrefix: new Map(),
    prefixDepths: [],
    heads: new Set(),
    anchored: new Combined(flags),
  });
  // With scopeAbsolute, relative and absolute rules live apart; otherwise one side holds all.
  const rel = newSide();
  const abs = options.scopeAbsolute ? newSide() : rel;
  const infos: Array<PolicyPatternInfo | undefined> = [];
  const single: Array<RegExp | undefined> = [];

  rules.forEach((rule, index) => {
    let info: PolicyPatternInfo;
    try {
      info = analyzePolicyPattern(rule.pattern);
    } catch (e) {
      if (!(e instanceof GlobError)) throw e;
      errors.push({ rule, index, error: { message: e.message, offset: e.offset } });
      infos.push(undefined);
      return;
    }
    infos.push(info);
    const side = info.absolute ? abs : rel;
    const desc = Boolean(options.coverDescendants || info.dirOnly);
    if (info.universal) side.universal = Math.min(side.universal, index);
    else if (info.name) {
      const names = options.coverDescendants || info.name.descendants ? side.namesAny : side.names;
      const { literal, prefix, suffix, core } = info.name;
      if (literal !== undefined) names.literal.add(fold(literal), index);
      else if (prefix !== undefined) names.prefix.add(fold(prefix), index);
      else if (suffix !== undefined) names.suffix.add(fold(suffix), index);
      else names.re.add(index, core);
    } else if (info.literal !== undefined) {
      const key = fold(info.literal);
      (desc ? side.literalsDesc : side.literals).add(key, index);
      (desc ? side.heads : side.literalHeads).add(key.split('/', 1)[0]!);
    } else if (info.literalPrefix !== undefined) {
      const key = fold(info.literalPrefix);
      side.heads.add(key.split('/', 1)[0]!);
      let c = side.byPrefix.get(key);
      if (!c) side.byPrefix.set(key, (c = new Combined(flags)));
      c.add(index, policySourceOf(info, options));
      const depth = key.split('/').length;
      if (!side.prefixDepths.includes(depth)) side.prefixDepths.push(depth);
    } else side.anchored.add(index, policySourceOf(info, options));
  });
  for (const side of new Set([rel, abs])) side.prefixDepths.sort((a, b) => a - b);

  /** Smallest matching index on one side, or Infinity; with `any`, stops at the first hit. */
  const firstOn = (side: Side, p: string, any: boolean): number => {
    let best = side.universal;
    if (any && best < Infinity) return best;
    // Regexes see the original segments; maps see folded ones. For ASCII both can be the folded
    // ones (the `i` flag treats a letter and its upper case alike).
    const key = fold(p);
    const folded = key.split('/');
    const segs = !options.nocase || !NON_ASCII.test(p) ? folded : p.split('/');
    const last = segs.length - 1;
    if (side.literals.min < best && side.literalHeads.has(folded[0]!)) best = Math.min(best, side.literals.get(key));
    if (any && best < Infinity) return best;
    if (side.names.min < best) best = side.names.first(segs[last]!, folded[last]!, best);
    if (any && best < Infinity) return best;
    if (side.namesAny.min < best)
      for (let k = 0; k <= last && !(any && best < Infinity); k++) best = side.namesAny.first(segs[k]!, folded[k]!, best);
    if (any && best < Infinity) return best;
    if (!side.heads.has(folded[0]!)) return Math.min(best, side.anchored.min < best ? side.anchored.first(p) : Infinity);
    if (side.literalsDesc.min < best) {
      let prefix = '';
      for (let k = 0; k <= last; k++) {
        prefix = k === 0 ? folded[0]! : `${prefix}/${folded[k]}`;
        best = Math.min(best, side.literalsDesc.get(prefix));
      }
    }
    if (any && best < Infinity) return best;
    if (side.prefixDepths.length > 0) {
      let prefix = '';
      let depth = 0;
      for (const want of side.prefixDepths) {
        if (want > last + 1) break;
        while (depth < want) prefix = depth++ === 0 ? folded[0]! : `${prefix}/${folded[depth - 1]}`;
        const c = side.byPrefix.get(prefix);
        if (c && c.min < best) best = Math.min(best, c.first(p));
        if (any && best < Infinity) return best;
      }
    }
    if (side.anchored.min < best) best = Math.min(best, side.anchored.first(p));
    return best;
  };

  const subject = (path: NormalizedPath | string): NormalizedPath | undefined => {
    const n = typeof path === 'string' ? { path, outside: /^(\/|~|[A-Za-z]:\/)/.test(path) } : path;
    return n.invalid !== undefined ? undefined : n;
  };

  const first = (path: NormalizedPath | string, any: boolean): number => {
    const n = subject(path);
    if (!n) return Infinity;
    const side = options.scopeAbsolute && n.outside ? abs : rel;
    if (n.path === '.') return side.universal;
    const best = firstOn(side, n.path, any);
    if (any && best < Infinity) return best;
    const alias = options.windowsAliases ? windowsAlias(n.path) : undefined;
    return alias === undefined ? best : Math.min(best, firstOn(side, alias, any));
  };

  /** The reference semantics, one rule at a time. */
  const matchesOne = (index: number, n: NormalizedPath): boolean => {
    const info = infos[index];
    if (!info) return false;
    if (options.scopeAbsolute && info.absolute !== n.outside) return false;
    if (n.path === '.') return info.universal;
    const re = (single[index] ??= new RegExp(`^(?:${policySourceOf(info, options)})$`, flags));
    if (re.test(n.path)) return true;
    const alias = options.windowsAliases ? windowsAlias(n.path) : undefined;
    return alias !== undefined && re.test(alias);
  };

  return {
    rules,
    options,
    errors,
    test: (path) => first(path, true) < Infinity,
    firstMatch(path) {
      const i = first(path, false);
      return i === Infinity ? undefined : { rule: rules[i]!, index: i };
    },
    allMatches(path) {
      const n = subject(path);
      if (!n) return [];
      const out: PathMatch<R>[] = [];
      rules.forEach((rule, index) => {
        if (matchesOne(index, n)) out.push({ rule, index });
      });
      return out;
    },
  };
}

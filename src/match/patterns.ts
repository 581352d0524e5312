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
import type { NormalizedPath } from './path.js';

export interface PathListOptions {
  /** Case-insensitive (denies: SPEC 3). */
  nocase?: boolean;
  /** A match also covers everything below the matched path (denies). */
  coverDescendants?: boolean;
  /** Outside paths only against absolute patterns, inside paths only against relative ones (allows). */
  scopeAbsolute?: boolean;
}

export const DENY_LIST: Readonly<PathListOptions> = Object.freeze({ nocase: true, coverDescendants: true, scopeAbsolute: false });
export const ALLOW_LIST: Readonly<PathListOptions> = Object.freeze({ nocase: false, coverDescendants: false, scopeAbsolute: true });

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

/** JS RegExp `i` canonicalisation (non-unicode) so map lookups agree with the regexes. */
export function foldCase(s: string): string {
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
  add(index: number, source: string): void {
    this.idx.push(index);
    this.srcs.push(source);
  }
  /** Smallest matching rule index, or -1. */
  first(s: string): number {
    if (this.idx.length === 0) return -1;
    this.re ??= new RegExp(`^(?:${this.srcs.map((x) => `(${x})`).join('|')})$`, this.flags);
    const m = this.re.exec(s);
    if (!m) return -1;
    for (let k = 1; k < m.length; k++) if (m[k] !== undefined) return this.idx[k - 1]!;
    return -1;
  }
}

function push<K>(map: Map<K, number[]>, key: K, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

interface Side {
  universal: number[];
  /** Exact anchored paths (and, for descendants, their directories). */
  literals: Map<string, number[]>;
  literalsDesc: Map<string, number[]>;
  /** Literal names matched against the last segment / any segment. */
  names: Map<string, number[]>;
  namesAny: Map<string, number[]>;
  /** Wildcard single-segment name patterns. */
  nameRe: Combined;
  nameAnyRe: Combined;
  /** Anchored patterns by literal first segment, and the rest. */
  byFirst: Map<string, Combined>;
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
    universal: [],
    literals: new Map(),
    literalsDesc: new Map(),
    names: new Map(),
    namesAny: new Map(),
    nameRe: new Combined(flags),
    nameAnyRe: new Combined(flags),
    byFirst: new Map(),
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
    if (info.universal) side.universal.push(index);
    else if (!info.anchored) {
      if (info.literal !== undefined) push(desc ? side.namesAny : side.names, fold(info.literal), index);
      else (desc ? side.nameAnyRe : side.nameRe).add(index, info.coreSource);
    } else if (info.literal !== undefined) push(desc ? side.literalsDesc : side.literals, fold(info.literal), index);
    else {
      const src = policySourceOf(info, options);
      if (info.firstSegment !== undefined) {
        const key = fold(info.firstSegment);
        let c = side.byFirst.get(key);
        if (!c) side.byFirst.set(key, (c = new Combined(flags)));
        c.add(index, src);
      } else side.anchored.add(index, src);
    }
  });

  /** Smallest matching index on one side, or -1 (stops early when nothing smaller can follow). */
  const firstOn = (side: Side, p: string): number => {
    let best = Infinity;
    const take = (i: number | undefined) => {
      if (i !== undefined && i >= 0 && i < best) best = i;
    };
    take(side.universal[0]);
    const key = fold(p);
    take(side.literals.get(key)?.[0]);
    const segs = p.split('/');
    const last = segs[segs.length - 1]!;
    if (side.names.size > 0) take(side.names.get(fold(last))?.[0]);
    if (side.literalsDesc.size > 0) {
      for (let i = key.indexOf('/'); i !== -1; i = key.indexOf('/', i + 1)) take(side.literalsDesc.get(key.slice(0, i))?.[0]);
      take(side.literalsDesc.get(key)?.[0]);
    }
    if (side.namesAny.size > 0) for (const s of segs) take(side.namesAny.get(fold(s))?.[0]);
    if (side.nameRe.idx.length > 0) take(side.nameRe.first(last));
    if (side.nameAnyRe.idx.length > 0) for (const s of segs) take(side.nameAnyRe.first(s));
    const bucket = side.byFirst.get(fold(segs[0]!));
    if (bucket) take(bucket.first(p));
    take(side.anchored.first(p));
    return best === Infinity ? -1 : best;
  };

  const subject = (path: NormalizedPath | string): NormalizedPath | undefined => {
    const n = typeof path === 'string' ? { path, outside: /^(\/|~|[A-Za-z]:\/)/.test(path) } : path;
    return n.invalid !== undefined ? undefined : n;
  };

  const first = (path: NormalizedPath | string): number => {
    const n = subject(path);
    if (!n) return -1;
    if (n.path === '.') {
      const side = n.outside && options.scopeAbsolute ? abs : rel;
      return side.universal[0] ?? -1;
    }
    if (!options.scopeAbsolute) return firstOn(rel, n.path);
    return firstOn(n.outside ? abs : rel, n.path);
  };

  /** The reference semantics, one rule at a time. */
  const matchesOne = (index: number, n: NormalizedPath): boolean => {
    const info = infos[index];
    if (!info) return false;
    if (options.scopeAbsolute && info.absolute !== n.outside) return false;
    if (n.path === '.') return info.universal;
    single[index] ??= new RegExp(`^(?:${policySourceOf(info, options)})$`, flags);
    return single[index].test(n.path);
  };

  return {
    rules,
    options,
    errors,
    test: (path) => first(path) >= 0,
    firstMatch(path) {
      const i = first(path);
      return i < 0 ? undefined : { rule: rules[i]!, index: i };
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

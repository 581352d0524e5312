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
 * - windowsAliases (deny lists, approval gates): the Windows reading of the path is tested too, so
 *   the deny `.env` also covers `.env.`, `.env ` and `.env::$DATA` (path.ts windowsAlias).
 * - rootAnchored (deny lists, approval gates): a pattern written with a leading `/` also has its
 *   root-anchored reading (`/secrets/**` is also `./secrets/**`, `/.env` only the root's `.env`), as in .gitignore and in Claude
 *   Code's settings; the linter warns about the ambiguity (leading-slash-deny).
 * - trim (deny lists, approval gates): the pattern is read without leading and trailing
 *   whitespace (`".env "` protects `.env`); the linter reports the whitespace as an error.
 *
 * Speed and safety: all rules of a list run as one lazily built DFA (linear.ts): one table step
 * per character of the path, whatever the number of rules, and no backtracking on crafted paths.
 */
import { GlobError, analyzePolicyPattern, policySourceOf, type GlobSyntaxError } from './glob.js';
import { Automaton, type AutomatonSnapshot } from './linear.js';
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
  /** A pattern with a leading `/` also matches as anchored at the root (`/secrets/**` is also `secrets/**`) (denies). */
  rootAnchored?: boolean;
  /** Read patterns without leading and trailing whitespace (denies). */
  trim?: boolean;
}

export const DENY_LIST: Readonly<PathListOptions> = Object.freeze({ nocase: true, coverDescendants: true, scopeAbsolute: false, windowsAliases: true, rootAnchored: true, trim: true });
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
  /** The list as data, for restorePathList. */
  snapshot(): PathListSnapshot;
}

/** The rules one kind of path is tested against: universal ones, and an automaton for the rest. */
interface Side {
  universal: number[];
  automaton: Automaton;
}

const OUTSIDE = /^(\/|~|[A-Za-z]:\/)/;
/** The prefix of name patterns and `**\/…` patterns, shared in the automaton. */
const ANY_DEPTH = '(?:[^]*/)?';

/** The patterns a written pattern stands for in a list with these options (see the header). */
export function readings(written: string, options: Readonly<PathListOptions>): string[] {
  const pattern = options.trim ? written.trim() : written;
  // `/x` but not `//x` (a network path) nor `/` alone.
  // The root-anchored reading stays anchored: `/.env` is the root's `.env`, never `src/.env` (`./`
  // anchors a pattern that has no other `/`, as .gitignore reads `/.env`).
  if (options.rootAnchored && pattern.length > 1 && pattern[0] === '/' && pattern[1] !== '/') return [pattern, `./${pattern.slice(1)}`];
  return [pattern];
}

export function compilePathList<R extends { pattern: string }>(
  rules: readonly R[],
  options: Readonly<PathListOptions>,
): CompiledPathList<R> {
  const nocase = Boolean(options.nocase);
  const errors: Array<{ rule: R; index: number; error: GlobSyntaxError }> = [];
  const newSide = (): Side => ({ universal: [], automaton: new Automaton(nocase) });
  // With scopeAbsolute, relative and absolute rules live apart; otherwise one side holds all.
  const rel = newSide();
  const abs = options.scopeAbsolute ? newSide() : rel;

  rules.forEach((rule, index) => {
    try {
      for (const pattern of readings(rule.pattern, options)) {
        const info = analyzePolicyPattern(pattern);
        const side = info.absolute ? abs : rel;
        const source = policySourceOf(info, options);
        if (info.universal) {
          if (!side.universal.includes(index)) side.universal.push(index);
        }
        else if (source.startsWith(ANY_DEPTH)) side.automaton.addShared(ANY_DEPTH, index, `(?:${source.slice(ANY_DEPTH.length)})`);
        else side.automaton.add(index, source);
      }
    } catch (e) {
      if (!(e instanceof GlobError)) throw e;
      errors.push({ rule, index, error: { message: e.message, offset: e.offset } });
    }
  });
  return pathList(rules, options, errors, rel, abs);
}

/**
 * Where compiled lists are kept between processes (src/policy/runtime-cache.ts): snapshots by a
 * key that names the patterns and how they are read. The engine asks it before compiling a list.
 */
export interface SnapshotStore {
  get(key: string): unknown;
  set(key: string, snapshot: unknown): void;
}

/** A compiled list as data (CompiledPathList.snapshot), for the runtime cache. */
export interface PathListSnapshot {
  errors: Array<{ index: number; error: GlobSyntaxError }>;
  rel: { universal: number[]; automaton: AutomatonSnapshot };
  /** With scopeAbsolute only. */
  abs?: { universal: number[]; automaton: AutomatonSnapshot };
}

/**
 * The list compilePathList(rules, options) gave when it made `snapshot`; undefined when the
 * snapshot is not a whole one for this many rules (then compile instead). The caller keys
 * snapshots by the patterns and the options (src/engine/lists.ts, kept by src/policy/runtime-cache.ts).
 */
export function restorePathList<R extends { pattern: string }>(
  rules: readonly R[],
  options: Readonly<PathListOptions>,
  snapshot: unknown,
): CompiledPathList<R> | undefined {
  if (typeof snapshot !== 'object' || snapshot === null) return undefined;
  const snap = snapshot as Partial<PathListSnapshot>;
  const isIndex = (i: unknown): i is number => Number.isInteger(i) && (i as number) >= 0 && (i as number) < rules.length;
  const side = (s: PathListSnapshot['rel'] | undefined): Side | undefined => {
    if (typeof s !== 'object' || s === null || !Array.isArray(s.universal) || !s.universal.every(isIndex)) return undefined;
    // Its tags are rule indices, and it folds case exactly when the list does.
    const automaton = Automaton.fromSnapshot(s.automaton, rules.length);
    if (!automaton || automaton.nocase !== Boolean(options.nocase)) return undefined;
    return { universal: s.universal, automaton };
  };
  const rel = side(snap.rel);
  const abs = options.scopeAbsolute ? side(snap.abs) : rel;
  if (!rel || !abs || !Array.isArray(snap.errors)) return undefined;
  const errors: Array<{ rule: R; index: number; error: GlobSyntaxError }> = [];
  for (const e of snap.errors) {
    if (!isIndex(e?.index) || typeof e.error?.message !== 'string' || typeof e.error.offset !== 'number') return undefined;
    errors.push({ rule: rules[e.index]!, index: e.index, error: { message: e.error.message, offset: e.error.offset } });
  }
  return pathList(rules, options, errors, rel, abs);
}

/** The list over its compiled sides (`abs` is `rel` without scopeAbsolute). */
function pathList<R>(
  rules: readonly R[],
  options: Readonly<PathListOptions>,
  errors: Array<{ rule: R; index: number; error: GlobSyntaxError }>,
  rel: Side,
  abs: Side,
): CompiledPathList<R> {
  /** Sorted indices of the matching rules; with `any`, possibly only the first found. */
  const matches = (path: NormalizedPath | string, any: boolean): readonly number[] => {
    const n = typeof path === 'string' ? { path, outside: OUTSIDE.test(path) } : path;
    if ('invalid' in n && n.invalid !== undefined) return [];
    const side = options.scopeAbsolute && n.outside ? abs : rel;
    if (n.path === '.' || (any && side.universal.length > 0)) return side.universal;
    const hits = side.automaton.run(n.path);
    if (any && hits.length > 0) return hits;
    const alias = options.windowsAliases ? windowsAlias(n.path) : undefined;
    const more = alias === undefined ? [] : side.automaton.run(alias);
    if (side.universal.length === 0 && more.length === 0) return hits;
    return [...new Set([...side.universal, ...hits, ...more])].sort((a, b) => a - b);
  };

  const sideSnapshot = (s: Side) => ({ universal: s.universal.slice(), automaton: s.automaton.snapshot() });
  return {
    rules,
    options,
    errors,
    test: (path) => matches(path, true).length > 0,
    firstMatch(path) {
      const i = matches(path, false)[0];
      return i === undefined ? undefined : { rule: rules[i]!, index: i };
    },
    allMatches: (path) => matches(path, false).map((index) => ({ rule: rules[index]!, index })),
    snapshot: () => ({
      errors: errors.map((e) => ({ index: e.index, error: e.error })),
      rel: sideSnapshot(rel),
      ...(options.scopeAbsolute ? { abs: sideSnapshot(abs) } : {}),
    }),
  };
}

// Pattern lists compiled once per policy. Each list answers "which rules match this subject",
// for the engine (first match) and for `explain` (every match, and the ones that did not).
import type { Origin } from '../policy/types.js';
import type { CommandPatternList } from '../match/command.js';
import { commandSupport, requireCommandSupport, type CommandSupport } from './command-support.js';
import { compileHostList, type CompiledHostList, type NormalizedHost } from '../match/host.js';
import { WordPatternList } from '../match/matcher.js';
import type { NormalizedPath } from '../match/path.js';
import { ALLOW_LIST, compilePathList, DENY_LIST, restorePathList, type CompiledPathList, type PathListOptions, type SnapshotStore } from '../match/patterns.js';

/** What every rule kind shares: PatternRule, ApprovalRule, ExceptionRule. */
export interface RuleLike {
  pattern: string;
  origin?: Origin;
}

/** A rule that matched a subject; for commands, the layer it matched (`sudo rm -rf x` is also `rm -rf x`). */
export interface RuleHit<R> {
  rule: R;
  layer?: string;
}

/** A rule consulted for `explain`, matched or not. */
export interface ConsultedRule<R> extends RuleHit<R> {
  matched: boolean;
}

/** What the decision sequence asks of every compiled list, whatever its subject. */
export interface RuleList<S, R> {
  readonly size: number;
  /** The first rule (in policy order) that matches. */
  first(subject: S): RuleHit<R> | undefined;
  /** Every rule, saying whether it matched (explain). */
  all(subject: S): ConsultedRule<R>[];
}

/**
 * What a list is for, which decides how it matches (SPEC 3): a deny matches case-insensitively,
 * and a pattern it cannot compile makes it deny everything; an approval gate matches like a deny
 * (a case variant must not dodge it) but a broken pattern gates nothing; an allow (and an
 * approval's grant) matches exactly.
 */
export type ListRole = 'deny' | 'allow' | 'gate';

const PATH_OPTIONS: Record<ListRole, PathListOptions> = {
  deny: DENY_LIST,
  allow: ALLOW_LIST,
  // Approval gates match like denies (a case variant or a Windows reading must not dodge the gate,
  // nor a leading `/` or stray whitespace), without descendants.
  gate: { nocase: true, coverDescendants: false, scopeAbsolute: false, windowsAliases: true, rootAnchored: true, trim: true },
};

/** A compiled list, and for a deny list with a pattern the loader rejects, the rule that then denies everything. */
function withBroken<L extends { errors: readonly { rule: R }[] }, R>(list: L, role: ListRole): { list: L; broken?: RuleHit<R> } {
  return role === 'deny' && list.errors.length > 0 ? { list, broken: { rule: list.errors[0]!.rule } } : { list };
}

/**
 * Path patterns (SPEC 3 globs, src/match/patterns.ts). Allow-like lists match an outside path
 * with absolute patterns only; deny-like lists test every pattern. A pattern the glob compiler
 * rejects (the loader reports it) makes a deny list deny everything and an allow list allow nothing.
 */
export class PathList<R extends RuleLike> implements RuleList<NormalizedPath, R> {
  private compiled?: { list: CompiledPathList<R>; broken?: RuleHit<R> };

  constructor(
    readonly rules: readonly R[],
    private readonly role: ListRole,
    /** Compiled lists of earlier processes (the runtime cache), restored instead of compiled again. */
    private readonly store?: SnapshotStore,
  ) {}

  /**
   * Compiled on first use: a short-lived process (the runtime guard) decides one call, which
   * consults a few of the policy's lists. Compiling is pure, so when it happens changes nothing.
   */
  private get list(): { list: CompiledPathList<R>; broken?: RuleHit<R> } {
    return (this.compiled ??= withBroken(this.compile(), this.role));
  }

  private compile(): CompiledPathList<R> {
    const options = PATH_OPTIONS[this.role];
    if (!this.store) return compilePathList(this.rules, options);
    // The role stands for its options; the patterns, in order, for the rule indices the automaton reports.
    const key = JSON.stringify(['path', this.role, this.rules.map((r) => r.pattern)]);
    const restored = restorePathList(this.rules, options, this.store.get(key));
    if (restored) return restored;
    const list = compilePathList(this.rules, options);
    this.store.set(key, list.snapshot());
    return list;
  }

  get size(): number {
    return this.rules.length;
  }

  first(path: NormalizedPath): RuleHit<R> | undefined {
    if (this.rules.length === 0) return undefined;
    const { list, broken } = this.list;
    if (broken) return broken;
    const m = list.firstMatch(path);
    return m ? { rule: m.rule } : undefined;
  }

  all(path: NormalizedPath): { rule: R; matched: boolean }[] {
    const { list, broken } = this.list;
    const hit = new Set(list.allMatches(path).map((m) => m.index));
    return this.rules.map((rule, i) => ({ rule, matched: hit.has(i) || rule === broken?.rule }));
  }
}

/** Command patterns (src/match/command.ts): one linear-time automaton, the source shared with the conflict analysis. */
export class CommandList<R extends RuleLike> implements RuleList<readonly string[], R> {
  private compiled?: CommandPatternList<R>;
  private readonly nocase: boolean;

  constructor(
    readonly rules: readonly R[],
    role: ListRole,
    /** Compiled lists of earlier processes (the runtime cache), restored instead of compiled again. */
    private readonly store?: SnapshotStore,
  ) {
    this.nocase = role !== 'allow';
    // Compiled with the policy when the command half is loaded (engine/index.ts); a files-only
    // engine (engine/files.ts) compiles on first use, which needs the command half loaded by then.
    const s = commandSupport();
    if (s) this.compiled = this.compile(s);
  }

  private get list(): CommandPatternList<R> {
    return (this.compiled ??= this.compile(requireCommandSupport()));
  }

  private compile({ CommandPatternList: List }: CommandSupport): CommandPatternList<R> {
    if (!this.store || this.rules.length === 0) return new List(this.rules, this.nocase);
    // Only the case folding changes how a pattern compiles; the patterns, in order, are the tags.
    const key = JSON.stringify(['command', this.nocase, this.rules.map((r) => r.pattern)]);
    const restored = List.restore(this.rules, this.nocase, this.store.get(key));
    if (restored) return restored;
    const list = new List(this.rules, this.nocase);
    this.store.set(key, list.snapshot());
    return list;
  }

  get size(): number {
    return this.rules.length;
  }

  /** The first rule matching any of the layers of a simple command. */
  first(layers: readonly string[]): { rule: R; layer: string } | undefined {
    if (this.rules.length === 0) return undefined;
    for (const layer of layers) {
      const m = this.list.first(layer);
      if (m) return { rule: m.rule, layer };
    }
    return undefined;
  }

  /** Positions (sorted) of the rules whose pattern matches one layer as written (one pass of the list's automaton). */
  indicesMatching(layer: string): readonly number[] {
    return this.rules.length === 0 ? [] : this.list.indices(layer);
  }

  all(layers: readonly string[]): { rule: R; matched: boolean; layer: string }[] {
    return this.rules.map((rule, i) => {
      const pattern = this.list.all[i]!;
      const layer = layers.find((l) => pattern.test(l));
      return { rule, matched: layer !== undefined, layer: layer ?? layers[layers.length - 1] ?? '' };
    });
  }
}

/** Tool names: `*` matches any characters, nothing else is special (src/match/matcher.ts). */
export class ToolList<R extends RuleLike> implements RuleList<string, R> {
  private readonly list: WordPatternList;

  constructor(
    readonly rules: readonly R[],
    role: ListRole,
  ) {
    // Denies and gates are read trimmed (`" Bash"` still denies Bash); allows exactly as written.
    this.list = new WordPatternList(rules.map((r) => (role === 'allow' ? r.pattern : r.pattern.trim())), { nocase: role !== 'allow' });
  }

  get size(): number {
    return this.rules.length;
  }

  first(name: string): RuleHit<R> | undefined {
    const i = this.list.matches(name)[0];
    return i === undefined ? undefined : { rule: this.rules[i]! };
  }

  all(name: string): { rule: R; matched: boolean }[] {
    const hit = new Set(this.list.matches(name));
    return this.rules.map((rule, i) => ({ rule, matched: hit.has(i) }));
  }
}

/**
 * Host patterns (src/match/host.ts) over normalised hosts; hosts compare case-insensitively
 * whatever the role. An invalid pattern (the loader reports it) makes a deny list deny everything
 * and any other list match nothing. The engine normalises a request's host once; the lists take
 * it as it is (parsing a long name again for every list cost more than matching it).
 */
export class HostList<R extends RuleLike> implements RuleList<NormalizedHost, R> {
  private compiled?: { list: CompiledHostList<R>; broken?: RuleHit<R> };

  constructor(
    readonly rules: readonly R[],
    private readonly role: ListRole,
  ) {}

  /** Compiled on first use, as PathList. */
  private get list(): { list: CompiledHostList<R>; broken?: RuleHit<R> } {
    return (this.compiled ??= withBroken(compileHostList(this.rules), this.role));
  }

  get size(): number {
    return this.rules.length;
  }

  first(host: NormalizedHost): RuleHit<R> | undefined {
    if (this.rules.length === 0) return undefined;
    const { list, broken } = this.list;
    if (broken) return broken;
    const m = list.firstMatchOf(host);
    return m ? { rule: m.rule } : undefined;
  }

  all(host: NormalizedHost): { rule: R; matched: boolean }[] {
    const { list, broken } = this.list;
    const hit = new Set(list.allMatchesOf(host).map((m) => m.index));
    return this.rules.map((rule, i) => ({ rule, matched: hit.has(i) || rule === broken?.rule }));
  }
}

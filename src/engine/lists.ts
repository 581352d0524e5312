// Pattern lists compiled once per policy. Each list answers "which rules match this subject",
// for the engine (first match) and for `explain` (every match, and the ones that did not).
import type { Origin } from '../policy/types.js';
import type { CommandPatternList } from '../match/command.js';
import { commandSupport, requireCommandSupport } from './command-support.js';
import { compileHostList, type CompiledHostList } from '../match/host.js';
import { WordPatternList } from '../match/matcher.js';
import type { NormalizedPath } from '../match/path.js';
import { ALLOW_LIST, compilePathList, DENY_LIST, type CompiledPathList, type PathListOptions } from '../match/patterns.js';

/** What every rule kind shares: PatternRule, ApprovalRule, ExceptionRule. */
export interface RuleLike {
  pattern: string;
  origin?: Origin;
}

export type PathListKind = 'deny' | 'allow' | 'gate';

const PATH_OPTIONS: Record<PathListKind, PathListOptions> = {
  deny: DENY_LIST,
  allow: ALLOW_LIST,
  // Approval gates match like denies (a case variant must not dodge the gate), without descendants.
  gate: { nocase: true, coverDescendants: false, scopeAbsolute: false },
};

/**
 * Path patterns (SPEC 3 globs, src/match/patterns.ts). Allow-like lists match an outside path
 * with absolute patterns only; deny-like lists test every pattern. A pattern the glob compiler
 * rejects (the loader reports it) makes a deny list deny everything and an allow list allow nothing.
 */
export class PathList<R extends RuleLike> {
  private readonly list: CompiledPathList<R>;
  private readonly broken?: R;

  constructor(
    readonly rules: readonly R[],
    kind: PathListKind,
  ) {
    this.list = compilePathList(rules, PATH_OPTIONS[kind]);
    if (kind === 'deny' && this.list.errors.length > 0) this.broken = this.list.errors[0]!.rule;
  }

  get size(): number {
    return this.rules.length;
  }

  first(path: NormalizedPath): R | undefined {
    if (this.rules.length === 0) return undefined;
    return this.broken ?? this.list.firstMatch(path)?.rule;
  }

  all(path: NormalizedPath): { rule: R; matched: boolean }[] {
    const hit = new Set(this.list.allMatches(path).map((m) => m.index));
    return this.rules.map((rule, i) => ({ rule, matched: hit.has(i) || rule === this.broken }));
  }
}

/** Command patterns (src/match/command.ts): one linear-time automaton, the source shared with the conflict analysis. */
export class CommandList<R extends RuleLike> {
  private compiled?: CommandPatternList<R>;

  constructor(
    readonly rules: readonly R[],
    private readonly nocase: boolean,
  ) {
    // Compiled with the policy when the command half is loaded (engine/index.ts); a files-only
    // engine (engine/files.ts) compiles on first use, which needs the command half loaded by then.
    const s = commandSupport();
    if (s) this.compiled = new s.CommandPatternList(rules, nocase);
  }

  private get list(): CommandPatternList<R> {
    return (this.compiled ??= new (requireCommandSupport().CommandPatternList)(this.rules, this.nocase));
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

  all(layers: readonly string[]): { rule: R; matched: boolean; layer: string }[] {
    return this.rules.map((rule, i) => {
      const pattern = this.list.all[i]!;
      const layer = layers.find((l) => pattern.test(l));
      return { rule, matched: layer !== undefined, layer: layer ?? layers[layers.length - 1] ?? '' };
    });
  }
}

/** Tool names: `*` matches any characters, nothing else is special (src/match/matcher.ts). */
export class ToolList<R extends RuleLike> {
  private readonly list: WordPatternList;

  constructor(
    readonly rules: readonly R[],
    nocase: boolean,
  ) {
    this.list = new WordPatternList(rules.map((r) => r.pattern), { nocase });
  }

  get size(): number {
    return this.rules.length;
  }

  first(name: string): R | undefined {
    const i = this.list.matches(name)[0];
    return i === undefined ? undefined : this.rules[i];
  }

  all(name: string): { rule: R; matched: boolean }[] {
    const hit = new Set(this.list.matches(name));
    return this.rules.map((rule, i) => ({ rule, matched: hit.has(i) }));
  }
}

/**
 * Host patterns (src/match/host.ts) over normalised hosts. An invalid pattern (the loader reports
 * it) makes a deny list deny everything and any other list match nothing.
 */
export class HostList<R extends RuleLike> {
  private readonly list: CompiledHostList<R>;
  private readonly broken?: R;

  constructor(
    readonly rules: readonly R[],
    deny = false,
  ) {
    this.list = compileHostList(rules);
    if (deny && this.list.errors.length > 0) this.broken = this.list.errors[0]!.rule;
  }

  get size(): number {
    return this.rules.length;
  }

  first(host: string): R | undefined {
    if (this.rules.length === 0) return undefined;
    return this.broken ?? this.list.firstMatch(host)?.rule;
  }

  all(host: string): { rule: R; matched: boolean }[] {
    const hit = new Set(this.list.allMatches(host).map((m) => m.index));
    return this.rules.map((rule, i) => ({ rule, matched: hit.has(i) || rule === this.broken }));
  }
}

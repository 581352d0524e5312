// Pattern lists compiled once per policy. Each list answers "which rules match this subject",
// for the engine (first match) and for `explain` (every match, and the ones that did not).
import type { Origin } from '../policy/types.js';
import { CommandPatternList } from '../match/command.js';
import { compilePolicyGlob, isAbsolutePattern } from '../match/glob.js';

/** What every rule kind shares: PatternRule, ApprovalRule, ExceptionRule. */
export interface RuleLike {
  pattern: string;
  origin?: Origin;
}

export interface Compiled<R> {
  rule: R;
  test(subject: string): boolean;
}

export interface PathListOptions {
  /** Denies and approval gates: also match case-insensitively. */
  nocase?: boolean;
  /** Denies: a path below a matching path matches too (`node_modules` covers `node_modules/x`). */
  coverDescendants?: boolean;
}

/** Path patterns (SPEC 3 globs, src/match/glob.ts). */
export class PathList<R extends RuleLike> {
  readonly items: (Compiled<R> & { absolute: boolean; broken?: string })[];

  constructor(
    readonly rules: readonly R[],
    private readonly opts: PathListOptions,
  ) {
    this.items = rules.map((rule) => {
      const absolute = isAbsolutePattern(rule.pattern);
      try {
        const fn = compilePolicyGlob(rule.pattern, opts);
        return { rule, absolute, test: fn };
      } catch (e) {
        // The loader reports bad globs; here a bad deny denies everything, a bad allow allows nothing.
        const deny = Boolean(opts.coverDescendants);
        return { rule, absolute, broken: (e as Error).message, test: () => deny };
      }
    });
  }

  get size(): number {
    return this.items.length;
  }

  /**
   * Rules matching a normalised path. For a path outside the repository only absolute patterns
   * may grant (`outsideAbsoluteOnly`); denies consult every pattern.
   */
  first(path: string, outsideAbsoluteOnly = false): R | undefined {
    for (const it of this.items) {
      if (outsideAbsoluteOnly && !it.absolute) continue;
      if (it.test(path)) return it.rule;
    }
    return undefined;
  }

  all(path: string, outsideAbsoluteOnly = false): { rule: R; matched: boolean }[] {
    return this.items.map((it) => ({
      rule: it.rule,
      matched: !(outsideAbsoluteOnly && !it.absolute) && it.test(path),
    }));
  }
}

/** Command patterns (src/match/command.ts): one regex per pattern, shared with the conflict analysis. */
export class CommandList<R extends RuleLike> {
  private readonly list: CommandPatternList<R>;

  constructor(
    readonly rules: readonly R[],
    nocase: boolean,
  ) {
    this.list = new CommandPatternList(rules, nocase);
  }

  get size(): number {
    return this.rules.length;
  }

  /** The first rule matching any of the layers of a simple command. */
  first(layers: readonly string[]): { rule: R; layer: string } | undefined {
    for (const layer of layers) {
      const m = this.list.first(layer);
      if (m) return { rule: m.rule, layer };
    }
    return undefined;
  }

  all(layers: readonly string[]): { rule: R; matched: boolean; layer: string }[] {
    return this.rules.map((rule, i) => {
      const re = this.list.all[i]!.regex;
      const layer = layers.find((l) => re.test(l));
      return { rule, matched: layer !== undefined, layer: layer ?? layers[layers.length - 1] ?? '' };
    });
  }
}

/** Tool names: `*` matches any characters, nothing else is special. */
export class ToolList<R extends RuleLike> {
  private readonly items: Compiled<R>[];

  constructor(
    readonly rules: readonly R[],
    nocase: boolean,
  ) {
    this.items = rules.map((rule) => {
      const src = rule.pattern
        .split('*')
        .map((s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'))
        .join('.*');
      const re = new RegExp(`^(?:${src})$`, nocase ? 'iu' : 'u');
      return { rule, test: (s: string) => re.test(s) };
    });
  }

  get size(): number {
    return this.items.length;
  }

  first(name: string): R | undefined {
    return this.items.find((it) => it.test(name))?.rule;
  }

  all(name: string): { rule: R; matched: boolean }[] {
    return this.items.map((it) => ({ rule: it.rule, matched: it.test(name) }));
  }
}

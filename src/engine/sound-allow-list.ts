// A command allow list as SPEC 3 reads it: a rule admits a simple command only when every possible
// expansion of its words matches and no option its wildcards cover makes the program run other
// code or act elsewhere (src/command/sound-allow.ts). Commands whose words are all known and carry
// no such option keep the list's own exact matching.
import { checkAllow, needsSoundAllow } from '../command/sound-allow.js';
import { withoutNeutralGlobals } from '../command/neutral-globals.js';
import { namesProgramPaths } from '../command/program-path.js';
import type { SimpleCommand } from '../match/command.js';
import { derivedOnce } from '../derived.js';
import type { ConsultedRule, RuleHit, RuleLike, RuleList } from './lists.js';

/** The list as the command's allow step consults it; `refusal` says why a matching rule did not admit it. */
export interface SoundAllowList<R> extends RuleList<readonly string[], R> {
  refusal(): string | undefined;
}

/**
 * The list read as written, for commands that need no sound reading (most of them): one wrapper
 * per list, made on first use and kept with it (lists are compiled once per policy and never
 * change), instead of a fresh object and closures for every simple command.
 */
const plain = derivedOnce(
  (list: RuleList<readonly string[], unknown>): SoundAllowList<unknown> => ({
    get size() {
      return list.size;
    },
    first: (s) => list.first(s),
    all: (s) => list.all(s),
    refusal: () => undefined,
  }),
);

export function readAsWritten<R>(list: RuleList<readonly string[], R>): SoundAllowList<R> {
  return plain(list) as SoundAllowList<R>;
}

export function soundAllowList<R extends RuleLike>(
  list: RuleList<readonly string[], R> & { rules: readonly R[]; indicesMatching?(layer: string): readonly number[] },
  command: SimpleCommand,
): SoundAllowList<R> {
  if (list.size === 0 || (!needsSoundAllow(command) && !namesProgramPaths(list))) return readAsWritten(list);
  let refusal: string | undefined;
  // Which rules match each layer as written, from one pass of the list's automaton per layer
  // (instead of one pass per rule and layer): only those can admit it.
  let asWritten: ReadonlySet<number>[] | undefined;
  const matchesAsWritten = (i: number, j: number): boolean | undefined => {
    if (!list.indicesMatching) return undefined;
    asWritten ??= command.layers.map((layer) => new Set(list.indicesMatching!(layer)));
    return asWritten[j]?.has(i) ?? false;
  };
  const admits = (rule: R, i: number): { layer: string } | undefined => {
    for (let j = 0; j < command.layers.length; j++) {
      const c = checkAllow(rule.pattern, command, j, matchesAsWritten(i, j));
      if (c.matched && !c.refusal) return { layer: command.layers[j]! };
      if (c.refusal) refusal ??= c.refusal;
    }
    return undefined;
  };
  /**
   * The positions, in order, of the rules that can admit the command: a rule that matches no layer
   * as written admits none (checkAllow), unless a layer also has a reading without neutral global
   * options (then every rule is tried, as written and on that reading).
   */
  const candidates = (): Iterable<number> => {
    if (!list.indicesMatching || command.argvs.some((argv) => withoutNeutralGlobals(argv))) return list.rules.keys();
    asWritten ??= command.layers.map((layer) => new Set(list.indicesMatching!(layer)));
    const at = new Set<number>();
    for (const set of asWritten) for (const i of set) at.add(i);
    return [...at].sort((x, y) => x - y);
  };
  return {
    get size() {
      return list.size;
    },
    first(): RuleHit<R> | undefined {
      for (const i of candidates()) {
        const rule = list.rules[i]!;
        const hit = admits(rule, i);
        if (hit) return { rule, layer: hit.layer };
      }
      return undefined;
    },
    all(layers: readonly string[]): ConsultedRule<R>[] {
      return list.rules.map((rule, i) => {
        const hit = admits(rule, i);
        return { rule, matched: hit !== undefined, layer: hit?.layer ?? layers[layers.length - 1] ?? '' };
      });
    },
    refusal: () => refusal,
  };
}

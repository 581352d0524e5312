// Building the DecidingRule lists and the one-line reasons of a decision.
import { isAbsolute, relative, sep } from 'node:path';
import type { Origin } from '../policy/types.js';
import type { CompiledPolicy, Level } from './compile.js';
import type { RuleHit, RuleLike, RuleList } from './lists.js';
import type { DecidingRule, RuleEffect, SubjectDecision } from './types.js';

/** The rules one subject's decision consulted, in the order it consulted them. */
export interface RuleRecorder {
  policy: CompiledPolicy;
  explain: boolean;
  rules: DecidingRule[];
}

export function decidingRule(effect: RuleEffect, rule: RuleLike | undefined, subject: string, matched: boolean): DecidingRule {
  const d: DecidingRule = { effect, pattern: rule?.pattern ?? '', subject, matched };
  if (rule?.origin) d.origin = rule.origin;
  return d;
}

/**
 * Consults a list on a subject: in explain mode every rule is recorded (matched or not);
 * otherwise only the first match. Returns the first match. (The list and subject are passed, not
 * closures: the decision sequence asks this of every list for every subject.)
 */
export function consult<S, R extends RuleLike>(recorder: RuleRecorder, effect: RuleEffect, subject: string, list: RuleList<S, R>, s: S): R | undefined {
  if (recorder.explain) {
    let hit: R | undefined;
    for (const m of list.all(s)) {
      recorder.rules.push(decidingRule(effect, m.rule, m.layer ?? subject, m.matched));
      if (m.matched && !hit) hit = m.rule;
    }
    return hit;
  }
  const f = list.first(s);
  if (f) recorder.rules.push(decidingRule(effect, f.rule, f.layer ?? subject, true));
  return f?.rule;
}

/** `file:line` for people, the file relative to the repository root. */
export function where(policy: CompiledPolicy, origin: Origin | undefined): string {
  if (!origin) return 'built-in';
  let f = policy.display.get(origin.file);
  if (f === undefined) {
    f = origin.file;
    if (isAbsolute(f)) {
      const r = relative(policy.root, f);
      if (r && !r.startsWith('..')) f = r.split(sep).join('/');
    }
    policy.display.set(origin.file, f);
  }
  return `${f}:${origin.line}`;
}

/** `"pattern" (file:line)` */
export function cite(policy: CompiledPolicy, r: RuleLike): string {
  return `"${r.pattern}" (${where(policy, r.origin)})`;
}

/** How reasons name a level. */
export function levelName(l: Level): string {
  return l.kind === 'root' ? 'the root policy' : l.kind === 'override' ? `the ${l.name}/ override` : `agent "${l.name}"`;
}

/**
 * A subject denied before any list is consulted (an unusable path, a read_only agent, an empty
 * command line): only a policy change, never an approval, could allow it.
 */
export function refusedOutright(kind: SubjectDecision['kind'], name: string, reason: string): SubjectDecision {
  return { subject: name, kind, outcome: 'deny', allowed: false, requiresApproval: false, reason, rules: [decidingRule('default', undefined, name, true)] };
}

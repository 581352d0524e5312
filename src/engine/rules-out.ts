// Building the DecidingRule lists and the one-line reasons of a decision.
import { isAbsolute, relative, sep } from 'node:path';
import type { Origin } from '../policy/types.js';
import type { CompiledPolicy } from './compile.js';
import type { RuleLike } from './lists.js';
import type { DecidingRule, Outcome, RuleEffect, SubjectDecision } from './types.js';

export interface Out {
  cp: CompiledPolicy;
  explain: boolean;
  rules: DecidingRule[];
}

export function mk(effect: RuleEffect, r: RuleLike | undefined, subject: string, matched: boolean): DecidingRule {
  const d: DecidingRule = { effect, pattern: r?.pattern ?? '', subject, matched };
  if (r?.origin) d.origin = r.origin;
  return d;
}

/**
 * Consults a list: in explain mode every rule is recorded (matched or not); otherwise only the
 * first match. Returns the first match.
 */
export function consult<R extends RuleLike>(
  out: Out,
  effect: RuleEffect,
  subject: string,
  all: () => { rule: R; matched: boolean; layer?: string }[],
  first: () => { rule: R; layer?: string } | undefined,
): R | undefined {
  if (out.explain) {
    let hit: R | undefined;
    for (const m of all()) {
      out.rules.push(mk(effect, m.rule, m.layer ?? subject, m.matched));
      if (m.matched && !hit) hit = m.rule;
    }
    return hit;
  }
  const f = first();
  if (f) out.rules.push(mk(effect, f.rule, f.layer ?? subject, true));
  return f?.rule;
}

/** `file:line` for people, the file relative to the repository root. */
export function where(cp: CompiledPolicy, origin: Origin | undefined): string {
  if (!origin) return 'built-in';
  let f = cp.display.get(origin.file);
  if (f === undefined) {
    f = origin.file;
    if (isAbsolute(f)) {
      const r = relative(cp.root, f);
      if (r && !r.startsWith('..')) f = r.split(sep).join('/');
    }
    cp.display.set(origin.file, f);
  }
  return `${f}:${origin.line}`;
}

/** `"pattern" (file:line)` */
export function cite(cp: CompiledPolicy, r: RuleLike): string {
  return `"${r.pattern}" (${where(cp, r.origin)})`;
}

export function subject(
  kind: SubjectDecision['kind'],
  name: string,
  allowed: boolean,
  reason: string,
  rules: DecidingRule[],
  requiresApproval = false,
): SubjectDecision {
  return { subject: name, kind, outcome: subjectOutcome(allowed, requiresApproval, rules), allowed, requiresApproval, reason, rules };
}

/**
 * A subject's verdict. Interim reading (the engine issue makes it exact per subject kind): denied
 * but gated by an approval rule with no deny rule matched is `needs-approval`.
 */
export function subjectOutcome(allowed: boolean, requiresApproval: boolean, rules: readonly DecidingRule[]): Outcome {
  if (allowed) return 'allow';
  return requiresApproval && !rules.some((r) => r.matched && r.effect === 'deny') ? 'needs-approval' : 'deny';
}

/** The action's verdict: any deny denies; otherwise any needs-approval needs one. */
export function actionOutcome(subjects: readonly SubjectDecision[]): Outcome {
  if (subjects.some((s) => s.outcome === 'deny')) return 'deny';
  return subjects.some((s) => s.outcome === 'needs-approval') ? 'needs-approval' : 'allow';
}

// Verdicts of whole actions, from their subjects' verdicts: one action, one action judged under
// several policies, an action together with the tool call that performs it, and the written rule
// behind a verdict.
import type { Decision, DecidingRule, Outcome, RuleEffect, SubjectDecision } from './types.js';

const SEVERITY: Record<Outcome, number> = { allow: 0, 'needs-approval': 1, deny: 2 };

/** The stricter of two verdicts: deny over needs-approval over allow. */
export function stricterOutcome(a: Outcome, b: Outcome): Outcome {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

/**
 * An action's verdict: any subject denied denies it; otherwise any subject that needs an approval
 * makes the action need one (one approval covers the whole action).
 */
export function actionOutcome(subjects: readonly SubjectDecision[]): Outcome {
  let outcome: Outcome = 'allow';
  for (const s of subjects) outcome = stricterOutcome(outcome, s.outcome);
  return outcome;
}

/**
 * The decision of one action judged under several policies (the base and the head of a pull
 * request, the staged policy and HEAD's): the strictest verdict wins, the first on a tie, so that
 * a change cannot widen the policy that judges it.
 */
export function strictestDecision(decisions: readonly Decision[]): Decision {
  let strictest = decisions[0]!;
  for (const d of decisions) if (SEVERITY[d.outcome] > SEVERITY[strictest.outcome]) strictest = d;
  return strictest;
}

/**
 * An action together with the tool call that performs it (a runtime names the tool: `Write`,
 * `mcp__fs__write`): both must allow it. The tool's subjects join the action's.
 */
export function withToolDecision(action: Decision, tool: Decision): Decision {
  if (tool.outcome === 'allow' && !tool.requiresApproval) return action;
  const subjects = [...action.subjects, ...tool.subjects];
  const outcome = actionOutcome(subjects);
  const requiresApproval = action.requiresApproval || tool.requiresApproval;
  const merged: Decision = {
    outcome,
    allowed: outcome === 'allow',
    requiresApproval,
    approved: requiresApproval && (!action.requiresApproval || action.approved) && (!tool.requiresApproval || tool.approved),
    reason: action.outcome === 'allow' ? tool.reason : action.reason,
    subjects,
  };
  if (action.fileLimit) merged.fileLimit = action.fileLimit;
  return merged;
}

/** The effects that can decide each verdict, strongest first. */
const DECIDING_EFFECTS: Record<Outcome, readonly RuleEffect[]> = {
  // A deny rule; else the default that refused (`allow_outbound: false`, an allow list missed).
  deny: ['deny', 'default', 'approval'],
  'needs-approval': ['approval'],
  // What let it through: never the default that put the subject under allow lists.
  allow: ['allow', 'exception', 'bypass', 'approval'],
};

/**
 * The written rule behind a decision's verdict, for a finding's location or an audit record: of
 * the first subject with that verdict (for "allow", the first subject a written rule allowed), the
 * matched rule of the strongest deciding effect. undefined when no written rule decided (an
 * unrestricted subject, a built-in default).
 */
export function decisiveRule(decision: Decision): DecidingRule | undefined {
  const effects = DECIDING_EFFECTS[decision.outcome];
  for (const subject of decision.subjects) {
    if (subject.outcome !== decision.outcome) continue;
    const matched = subject.rules.filter((r) => r.matched && r.origin);
    for (const effect of effects) {
      const rule = matched.find((r) => r.effect === effect);
      if (rule) return rule;
    }
    if (decision.outcome !== 'allow') return undefined;
  }
  return undefined;
}

/** Whether a deny rule (not a default, an allow list that misses, or a gate) refused the subject. */
export function deniedByARule(s: SubjectDecision): boolean {
  return s.outcome === 'deny' && s.rules.some((r) => r.effect === 'deny' && r.matched);
}

/**
 * A guess (a word a program may not treat as a file or host, a value of an unknown tool's input
 * that may name a file) counts only when a deny rule matches it; otherwise it is allowed. It is a
 * subject either way: which subjects an action has never depends on the policy.
 */
export function asGuess(s: SubjectDecision, what: string): SubjectDecision {
  if (deniedByARule(s)) return s;
  return { ...s, outcome: 'allow', allowed: true, requiresApproval: false, reason: `no deny matches it (${what}: only denies decide it)` };
}

/**
 * asGuess on a decision made for this subject alone (decidePath with a `via` returns a fresh
 * object): its fields are set in place, which keeps them and their order as the copy would.
 */
export function asGuessInPlace(s: SubjectDecision, what: string): SubjectDecision {
  if (deniedByARule(s)) return s;
  s.outcome = 'allow';
  s.allowed = true;
  s.requiresApproval = false;
  s.reason = `no deny matches it (${what}: only denies decide it)`;
  return s;
}

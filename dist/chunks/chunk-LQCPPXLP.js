import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/engine/verdict.ts
var SEVERITY = { allow: 0, "needs-approval": 1, deny: 2 };
function stricterOutcome(a, b) {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}
function actionOutcome(subjects) {
  let outcome = "allow";
  for (let s of subjects) outcome = stricterOutcome(outcome, s.outcome);
  return outcome;
}
function strictestDecision(decisions) {
  let strictest = decisions[0];
  for (let d of decisions) SEVERITY[d.outcome] > SEVERITY[strictest.outcome] && (strictest = d);
  return strictest;
}
function withToolDecision(action, tool) {
  if (tool.outcome === "allow" && !tool.requiresApproval) return action;
  let subjects = [...action.subjects, ...tool.subjects], outcome = actionOutcome(subjects), requiresApproval = action.requiresApproval || tool.requiresApproval, merged = {
    outcome,
    allowed: outcome === "allow",
    requiresApproval,
    approved: requiresApproval && (!action.requiresApproval || action.approved) && (!tool.requiresApproval || tool.approved),
    reason: action.outcome === "allow" ? tool.reason : action.reason,
    subjects
  };
  return action.fileLimit && (merged.fileLimit = action.fileLimit), merged;
}
var DECIDING_EFFECTS = {
  // A deny rule; else the default that refused (`allow_outbound: false`, an allow list missed).
  deny: ["deny", "default", "approval"],
  "needs-approval": ["approval"],
  // What let it through: never the default that put the subject under allow lists.
  allow: ["allow", "exception", "bypass", "approval"]
};
function decisiveRule(decision) {
  let effects = DECIDING_EFFECTS[decision.outcome];
  for (let subject of decision.subjects) {
    if (subject.outcome !== decision.outcome) continue;
    let matched = subject.rules.filter((r) => r.matched && r.origin);
    for (let effect of effects) {
      let rule = matched.find((r) => r.effect === effect);
      if (rule) return rule;
    }
    if (decision.outcome !== "allow") return;
  }
}
function deniedByARule(s) {
  return s.outcome === "deny" && s.rules.some((r) => r.effect === "deny" && r.matched);
}
function asGuess(s, what) {
  return deniedByARule(s) ? s : { ...s, outcome: "allow", allowed: !0, requiresApproval: !1, reason: `no deny matches it (${what}: only denies decide it)` };
}
function asGuessInPlace(s, what) {
  return deniedByARule(s) || (s.outcome = "allow", s.allowed = !0, s.requiresApproval = !1, s.reason = `no deny matches it (${what}: only denies decide it)`), s;
}

export {
  stricterOutcome,
  actionOutcome,
  strictestDecision,
  withToolDecision,
  decisiveRule,
  deniedByARule,
  asGuess,
  asGuessInPlace
};

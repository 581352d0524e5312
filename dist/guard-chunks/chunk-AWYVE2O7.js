var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  actionOutcome: () => actionOutcome,
  asGuess: () => asGuess,
  asGuessInPlace: () => asGuessInPlace,
  decisiveRule: () => decisiveRule,
  deniedByARule: () => deniedByARule,
  stricterOutcome: () => stricterOutcome,
  strictestDecision: () => strictestDecision,
  withToolDecision: () => withToolDecision
});
module.exports = __toCommonJS(stdin_exports);
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
  return deniedByARule(s) ? s : { ...s, outcome: "allow", allowed: true, requiresApproval: false, reason: `no deny matches it (${what}: only denies decide it)` };
}
function asGuessInPlace(s, what) {
  return deniedByARule(s) || (s.outcome = "allow", s.allowed = true, s.requiresApproval = false, s.reason = `no deny matches it (${what}: only denies decide it)`), s;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  actionOutcome,
  asGuess,
  asGuessInPlace,
  decisiveRule,
  deniedByARule,
  stricterOutcome,
  strictestDecision,
  withToolDecision
});

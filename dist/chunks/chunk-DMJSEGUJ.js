import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  decideNetwork,
  decidePath,
  decideTool,
  overridesFor,
  refusedOutright,
  requireCommandSupport
} from "./chunk-RWEGZUW6.js";
import {
  normalizePath
} from "./chunk-ESNHMRV6.js";
import {
  actionOutcome,
  asGuess
} from "./chunk-LQCPPXLP.js";

// src/engine/decide.ts
function decide(action, compiled, opts = {}) {
  let id = action.approvalId, approved = typeof id == "string" && id !== "" && (opts.approvalValid ? opts.approvalValid(id, action) : !0), context = {
    policy: compiled,
    action,
    explain: opts.explain === !0,
    approved,
    agent: action.agentId !== void 0 ? compiled.agents.get(action.agentId) : void 0,
    linkTarget: opts.linkTarget
  }, subjects, fileLimit;
  switch (action.kind) {
    case "filesystem": {
      subjects = action.paths.map((p) => decidePath(context, p, action.op)), action.guessed && (subjects = subjects.map((s) => asGuess(s, "a value of the tool's input that may name a file"))), subjects.length === 0 ? subjects = [refusedOutright("path", "", "the action names no path")] : action.op !== "read" && compiled.hasFileLimits && (fileLimit = limitFor(compiled, subjects));
      break;
    }
    case "command":
      subjects = requireCommandSupport().decideCommand(context, action.command);
      break;
    case "network":
      subjects = [decideNetwork(context, action.host, action.url)];
      break;
    case "tool":
      subjects = [decideTool(context, action.tool)];
      break;
    default:
      subjects = [refusedOutright("tool", String(action.kind), "unknown kind of action")];
  }
  let outcome = actionOutcome(subjects), allowed = outcome === "allow", requiresApproval = subjects.some((s) => s.requiresApproval), d = {
    outcome,
    allowed,
    requiresApproval,
    approved: requiresApproval && approved,
    reason: summary(subjects, allowed, requiresApproval && approved, id),
    subjects
  };
  return fileLimit && (d.fileLimit = fileLimit), d;
}
var KIND = { path: "path", command: "command", host: "host", tool: "tool" };
function summary(subjects, allowed, approved, id) {
  let label = (s) => `${KIND[s.kind]} "${s.subject}"${s.via ? ` (${s.via})` : ""}`;
  if (!allowed) {
    let denied = subjects.filter((s) => !s.allowed), first = denied.find((s) => s.outcome === "deny") ?? denied[0], more = denied.length > 1 ? ` (and ${denied.length - 1} more denied)` : "";
    return `denied: ${label(first)}: ${first.reason}${more}`;
  }
  if (approved) {
    let s = subjects.find((x) => x.requiresApproval);
    return `allowed with approval ${id}: ${label(s)}: ${s.reason}`;
  }
  return subjects.length === 1 ? `allowed: ${subjects[0].reason}` : `allowed: all ${subjects.length} subjects are allowed`;
}
function limitFor(cp, subjects) {
  let best, consider = (l) => {
    let m = l.maxFilesPerAction;
    m && (!best || m.limit < best.limit) && (best = m);
  };
  consider(cp.rootLevel);
  for (let s of subjects) {
    let np = normalizePath(s.subject, { root: cp.root });
    np.outside || overridesFor(cp, np.path).forEach(consider);
  }
  if (!best) return;
  let count = new Set(subjects.map((s) => s.subject)).size, b = best;
  return { count, limit: b.limit, origin: b.origin, exceeded: count > b.limit };
}

export {
  decide
};

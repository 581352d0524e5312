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
  decide: () => decide
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_OBQATWCV = require("./chunk-OBQATWCV.js");
var import_chunk_AWYVE2O7 = require("./chunk-AWYVE2O7.js");
var import_chunk_ZA4BQCYO = require("./chunk-ZA4BQCYO.js");
function decide(action, compiled, opts = {}) {
  let id = action.approvalId, approved = typeof id == "string" && id !== "" && (opts.approvalValid ? opts.approvalValid(id, action) : true), context = {
    policy: compiled,
    action,
    explain: opts.explain === true,
    approved,
    agent: action.agentId !== void 0 ? compiled.agents.get(action.agentId) : void 0,
    linkTarget: opts.linkTarget
  }, subjects, fileLimit;
  switch (action.kind) {
    case "filesystem": {
      subjects = action.paths.map((p) => (0, import_chunk_OBQATWCV.decidePath)(context, p, action.op)), action.guessed && (subjects = subjects.map((s) => (0, import_chunk_AWYVE2O7.asGuess)(s, "a value of the tool's input that may name a file"))), subjects.length === 0 ? subjects = [(0, import_chunk_OBQATWCV.refusedOutright)("path", "", "the action names no path")] : action.op !== "read" && compiled.hasFileLimits && (fileLimit = limitFor(compiled, subjects));
      break;
    }
    case "command":
      subjects = (0, import_chunk_OBQATWCV.requireCommandSupport)().decideCommand(context, action.command);
      break;
    case "network":
      subjects = [(0, import_chunk_OBQATWCV.decideNetwork)(context, action.host, action.url)];
      break;
    case "tool":
      subjects = [(0, import_chunk_OBQATWCV.decideTool)(context, action.tool)];
      break;
    default:
      subjects = [(0, import_chunk_OBQATWCV.refusedOutright)("tool", String(action.kind), "unknown kind of action")];
  }
  let outcome = (0, import_chunk_AWYVE2O7.actionOutcome)(subjects), allowed = outcome === "allow", requiresApproval = subjects.some((s) => s.requiresApproval), d = {
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
    let np = (0, import_chunk_ZA4BQCYO.normalizePath)(s.subject, { root: cp.root });
    np.outside || (0, import_chunk_OBQATWCV.overridesFor)(cp, np.path).forEach(consider);
  }
  if (!best) return;
  let count = new Set(subjects.map((s) => s.subject)).size, b = best;
  return { count, limit: b.limit, origin: b.origin, exceeded: count > b.limit };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  decide
});

import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  cite,
  decidePath,
  decideSubject,
  levelName,
  namedAllowLists,
  normalizePath,
  overridesFor,
  refusedOutright,
  requireCommandSupport,
  where
} from "./chunk-RJVIV4QU.js";
import {
  normalizeHost
} from "./chunk-C3B5P5JP.js";
import {
  actionOutcome
} from "./chunk-4DX2ZBNB.js";

// src/engine/decide-other.ts
function cwdLevels(context) {
  let { policy } = context;
  if (!context.action.cwd || policy.overrides.size === 0) return [policy.rootLevel];
  let np = normalizePath(context.action.cwd, { root: policy.root });
  return np.outside ? [policy.rootLevel] : [policy.rootLevel, ...overridesFor(policy, np.path)];
}
function decideNetwork(context, host, url) {
  let { agent } = context, named = host ?? url ?? "";
  if (agent?.trust === "read_only") return refusedOutright("host", named, `agent "${agent.identity.id}" is read_only: it may not reach the network`);
  let given = host !== void 0 && host.trim() !== "" ? host : url;
  if (given === void 0 || given.trim() === "") return refusedOutright("host", named, "the request names no host");
  let name = normalizeHost(given);
  if (name === void 0) return refusedOutright("host", named, `cannot tell which host "${given}" names`);
  let levels = cwdLevels(context), agentLevel = agent?.level;
  return decideSubject(context, {
    kind: "host",
    shown: name,
    subject: name,
    deny: { levels: agentLevel ? [...levels, agentLevel] : levels, list: (l) => l.network.deny, listName: "network.deny" },
    // Hosts compare case-insensitively: a host approval's gate is its own grant.
    approval: { levels, gate: (l) => l.approvals.host, grant: (l) => l.approvals.host, what: "reaching it" },
    allow: outbound(context, levels),
    narrow: agentLevel && { list: agentLevel.network.exceptions, refused: `not among the network exceptions of agent "${agentLevel.name}"` }
  });
}
function outbound(context, levels) {
  let { policy, agent } = context, closedBy = [...levels, ...agent?.level ? [agent.level] : []].find((l) => l.network.allowOutbound === !1);
  if (!closedBy && agent?.trust !== "write_local") return { open: "outbound requests are not restricted and no network.deny matches" };
  let why = closedBy ? `allow_outbound is false (${closedBy.network.allowOutboundOrigin ? where(policy, closedBy.network.allowOutboundOrigin) : levelName(closedBy)})` : `agent "${agent.identity.id}" is write_local (network only through exceptions)`, refused = `${why} and no network exception names the host`;
  return {
    levels,
    list: (l) => l.network.exceptions,
    allowedBy: (rule, level) => `${why}, but the host is a network exception of ${levelName(level)}: ${cite(policy, rule)}`,
    whenNoList: { refused },
    unmatched: () => refused,
    governedBy: closedBy ? { pattern: "allow_outbound: false", origin: closedBy.network.allowOutboundOrigin } : void 0
  };
}
function decideTool(context, tool) {
  let { agent } = context;
  if (tool.trim() === "") return refusedOutright("tool", tool, "the tool invocation names no tool");
  let levels = cwdLevels(context), agentLevel = agent?.level, allow = namedAllowLists(context, levels, (l) => l.tools.allow, { allowList: "tools.allow", whenNoList: "no tools.deny matches and no allow list applies" });
  return decideSubject(context, {
    kind: "tool",
    shown: tool,
    subject: tool,
    deny: { levels: agentLevel ? [...levels, agentLevel] : levels, list: (l) => l.tools.deny, listName: "tools.deny" },
    approval: { levels, gate: (l) => l.approvals.tool.gate, grant: (l) => l.approvals.tool.grant, what: "invoking it" },
    // A read_only agent may use only the tools an allow list names.
    allow: agent?.trust === "read_only" ? { ...allow, whenNoList: { refused: `agent "${agent.identity.id}" is read_only: only tools an allow list names are allowed` } } : allow,
    narrow: agentLevel && { list: agentLevel.tools.allow, refused: `not in the tools.allow list of agent "${agentLevel.name}"` }
  });
}

// src/engine/decide.ts
function decide(action, compiled, opts = {}) {
  let id = action.approvalId, approved = typeof id == "string" && id !== "" && (opts.approvalValid ? opts.approvalValid(id, action) : !0), context = {
    policy: compiled,
    action,
    explain: opts.explain === !0,
    approved,
    agent: action.agentId !== void 0 ? compiled.agents.get(action.agentId) : void 0
  }, subjects, fileLimit;
  switch (action.kind) {
    case "filesystem": {
      subjects = action.paths.map((p) => decidePath(context, p, action.op)), subjects.length === 0 ? subjects = [refusedOutright("path", "", "the action names no path")] : action.op !== "read" && compiled.hasFileLimits && (fileLimit = limitFor(compiled, subjects));
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

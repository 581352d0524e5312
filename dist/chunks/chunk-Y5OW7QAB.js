import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  actionOutcome,
  cite,
  consult,
  decidePath,
  mk,
  normalizeHost,
  normalizePath,
  overridesFor,
  requireCommandSupport,
  subject,
  where
} from "./chunk-FT4SG4MY.js";

// src/engine/decide-other.ts
function levelName(l) {
  return l.kind === "root" ? "the root policy" : l.kind === "override" ? `the ${l.name}/ override` : `agent "${l.name}"`;
}
function cwdLevels(ctx) {
  let { cp } = ctx;
  if (!ctx.action.cwd || cp.overrides.size === 0) return [cp.rootLevel];
  let np = normalizePath(ctx.action.cwd, { root: cp.root });
  return np.outside ? [cp.rootLevel] : [cp.rootLevel, ...overridesFor(cp, np.path)];
}
function wrap(rule) {
  return rule ? { rule } : void 0;
}
function withApproval(ctx, gate, grant, what, allowed, refused) {
  let { cp } = ctx;
  if (!gate) return allowed ? [!0, allowed, !1] : [!1, refused, !1];
  let why = `${what} needs a human approval: ${cite(cp, gate)}`;
  return ctx.approved ? grant ? [!0, `${why}; approved`, !0] : allowed ? [!0, `${why}; approved (${allowed})`, !0] : [!1, `${why}, approved, but ${refused}`, !0] : [!1, `${why}; none given`, !0];
}
function decideNetwork(ctx, host, url) {
  let { cp } = ctx, named = host ?? url ?? "";
  if (ctx.agent?.trust === "read_only")
    return subject("host", named, !1, `agent "${ctx.agent.identity.id}" is read_only: it may not reach the network`, [mk("default", void 0, named, !0)]);
  let given = host !== void 0 && host.trim() !== "" ? host : url;
  if (given === void 0 || given.trim() === "")
    return subject("host", named, !1, "the request names no host", [mk("default", void 0, named, !0)]);
  let name = normalizeHost(given);
  if (name === void 0)
    return subject("host", named, !1, `cannot tell which host "${given}" names`, [mk("default", void 0, named, !0)]);
  let out = { cp, explain: ctx.explain, rules: [] }, done = ([allowed2, reason, approval]) => subject("host", name, allowed2, reason, out.rules, approval), levels = cwdLevels(ctx), agentLevel = ctx.agent?.level, deny;
  for (let l of agentLevel ? [...levels, agentLevel] : levels) {
    if (deny && !ctx.explain) break;
    let d = consult(out, "deny", name, () => l.network.deny.all(name), () => wrap(l.network.deny.first(name)));
    d && !deny && (deny = { rule: d, level: l });
  }
  if (deny) return done([!1, `denied by ${levelName(deny.level)}: network.deny ${cite(cp, deny.rule)}`, !1]);
  let gate;
  for (let l of levels) {
    if (gate && !ctx.explain) break;
    gate ??= consult(out, "approval", name, () => l.approvals.host.all(name), () => wrap(l.approvals.host.first(name)));
  }
  let closedBy = [...levels, ...agentLevel ? [agentLevel] : []].find((l) => l.network.allowOutbound === !1), writeLocal = ctx.agent?.trust === "write_local", allowed, refused;
  if (!closedBy && !writeLocal) allowed = "outbound requests are not restricted and no network.deny matches";
  else {
    let ex;
    for (let l of levels) {
      if (ex && !ctx.explain) break;
      let m = consult(out, "allow", name, () => l.network.exceptions.all(name), () => wrap(l.network.exceptions.first(name)));
      m && !ex && (ex = { rule: m, level: l });
    }
    let why = closedBy ? `allow_outbound is false (${closedBy.network.allowOutboundOrigin ? where(cp, closedBy.network.allowOutboundOrigin) : levelName(closedBy)})` : `agent "${ctx.agent.identity.id}" is write_local (network only through exceptions)`;
    closedBy && out.rules.push(mk("default", { pattern: "allow_outbound: false", origin: closedBy.network.allowOutboundOrigin }, name, !0)), ex ? allowed = `${why}, but the host is a network exception of ${levelName(ex.level)}: ${cite(cp, ex.rule)}` : (out.rules.push(mk("default", void 0, name, !0)), refused = `${why} and no network exception names the host`), allowed && agentLevel && agentLevel.network.exceptions.size > 0 && (consult(out, "allow", name, () => agentLevel.network.exceptions.all(name), () => wrap(agentLevel.network.exceptions.first(name))) || (allowed = void 0, refused = `not among the network exceptions of agent "${agentLevel.name}"`));
  }
  return done(withApproval(ctx, gate, !!gate, "reaching it", allowed, refused));
}
function decideTool(ctx, tool) {
  let { cp } = ctx, name = tool, out = { cp, explain: ctx.explain, rules: [] }, done = ([allowed2, reason, approval]) => subject("tool", name, allowed2, reason, out.rules, approval);
  if (name.trim() === "")
    return out.rules.push(mk("default", void 0, name, !0)), done([!1, "the tool invocation names no tool", !1]);
  let levels = cwdLevels(ctx), agentLevel = ctx.agent?.level, deny;
  for (let l of agentLevel ? [...levels, agentLevel] : levels) {
    if (deny && !ctx.explain) break;
    let d = consult(out, "deny", name, () => l.tools.deny.all(name), () => wrap(l.tools.deny.first(name)));
    d && !deny && (deny = { rule: d, level: l });
  }
  if (deny) return done([!1, `denied by ${levelName(deny.level)}: tools.deny ${cite(cp, deny.rule)}`, !1]);
  let gate, grant = !1;
  for (let l of levels) {
    if (gate && !ctx.explain) break;
    let g = consult(out, "approval", name, () => l.approvals.tool.gate.all(name), () => wrap(l.approvals.tool.gate.first(name)));
    gate ??= g, g && (grant ||= l.approvals.tool.grant.first(name) !== void 0);
  }
  let readOnly = ctx.agent?.trust === "read_only", total = levels.reduce((n, l) => n + l.tools.allow.size, 0), allowed, refused;
  if (total === 0)
    readOnly ? refused = `agent "${ctx.agent.identity.id}" is read_only: only tools an allow list names are allowed` : allowed = "no tools.deny matches and no allow list applies";
  else {
    let a;
    for (let l of levels) {
      if (a && !ctx.explain) break;
      let m = consult(out, "allow", name, () => l.tools.allow.all(name), () => wrap(l.tools.allow.first(name)));
      m && !a && (a = { rule: m, level: l });
    }
    a ? allowed = `allowed by ${levelName(a.level)}: tools.allow ${cite(cp, a.rule)}` : refused = `matches no tools.allow pattern (${total} consulted)`;
  }
  return allowed && agentLevel && agentLevel.tools.allow.size > 0 && (consult(out, "allow", name, () => agentLevel.tools.allow.all(name), () => wrap(agentLevel.tools.allow.first(name))) || (allowed = void 0, refused = `not in the tools.allow list of agent "${agentLevel.name}"`)), allowed || out.rules.push(mk("default", void 0, name, !0)), done(withApproval(ctx, gate, grant, "invoking it", allowed, refused));
}

// src/engine/decide.ts
function decide(action, compiled, opts = {}) {
  let id = action.approvalId, approved = typeof id == "string" && id !== "" && (opts.approvalValid ? opts.approvalValid(id, action) : !0), ctx = {
    cp: compiled,
    action,
    explain: opts.explain === !0,
    approved,
    agent: action.agentId !== void 0 ? compiled.agents.get(action.agentId) : void 0
  }, subjects, fileLimit;
  switch (action.kind) {
    case "filesystem": {
      subjects = action.paths.map((p) => decidePath(ctx, p, action.op)), subjects.length === 0 ? subjects = [subject("path", "", !1, "the action names no path", [mk("default", void 0, "", !0)])] : action.op !== "read" && compiled.hasFileLimits && (fileLimit = limitFor(compiled, subjects));
      break;
    }
    case "command":
      subjects = requireCommandSupport().decideCommand(ctx, action.command);
      break;
    case "network":
      subjects = [decideNetwork(ctx, action.host, action.url)];
      break;
    case "tool":
      subjects = [decideTool(ctx, action.tool)];
      break;
    default:
      subjects = [subject("tool", String(action.kind), !1, "unknown kind of action", [])];
  }
  let allowed = subjects.every((s) => s.allowed), requiresApproval = subjects.some((s) => s.requiresApproval), d = {
    outcome: allowed ? "allow" : actionOutcome(subjects),
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
    let denied = subjects.filter((s) => !s.allowed), more = denied.length > 1 ? ` (and ${denied.length - 1} more denied)` : "";
    return `denied: ${label(denied[0])}: ${denied[0].reason}${more}`;
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

// Network requests and tool invocations: decided by the root, the overrides governing the
// action's working directory, and the acting agent.
import { normalizePath } from '../match/path.js';
import type { ApprovalRule, PatternRule } from '../policy/types.js';
import { overridesFor, type Level } from './compile.js';
import type { Ctx } from './context.js';
import { normalizeHost } from '../match/host.js';
import { cite, consult, mk, subject, where, type Out } from './rules-out.js';
import type { SubjectDecision } from './types.js';

function levelName(l: Level): string {
  return l.kind === 'root' ? 'the root policy' : l.kind === 'override' ? `the ${l.name}/ override` : `agent "${l.name}"`;
}

/** Root and the overrides governing the action's working directory (the root when it has none). */
export function cwdLevels(ctx: Ctx): Level[] {
  const { cp } = ctx;
  if (!ctx.action.cwd || cp.overrides.size === 0) return [cp.rootLevel];
  const np = normalizePath(ctx.action.cwd, { root: cp.root });
  return np.outside ? [cp.rootLevel] : [cp.rootLevel, ...overridesFor(cp, np.path)];
}

function wrap<R>(rule: R | undefined): { rule: R } | undefined {
  return rule ? { rule } : undefined;
}

function withApproval(
  ctx: Ctx,
  gate: ApprovalRule | undefined,
  grant: boolean,
  what: string,
  allowed: string | undefined,
  refused: string | undefined,
): [boolean, string, boolean] {
  const { cp } = ctx;
  if (!gate) return allowed ? [true, allowed, false] : [false, refused!, false];
  const why = `${what} needs a human approval: ${cite(cp, gate)}`;
  if (!ctx.approved) return [false, `${why}; none given`, true];
  if (grant) return [true, `${why}; approved`, true];
  if (allowed) return [true, `${why}; approved (${allowed})`, true];
  return [false, `${why}, approved, but ${refused}`, true];
}

export function decideNetwork(ctx: Ctx, host: string | undefined, url: string | undefined): SubjectDecision {
  const { cp } = ctx;
  const named = host ?? url ?? '';
  if (ctx.agent?.trust === 'read_only') {
    return subject('host', named, false, `agent "${ctx.agent.identity.id}" is read_only: it may not reach the network`, [mk('default', undefined, named, true)]);
  }
  const given = host !== undefined && host.trim() !== '' ? host : url;
  if (given === undefined || given.trim() === '') {
    return subject('host', named, false, 'the request names no host', [mk('default', undefined, named, true)]);
  }
  const name = normalizeHost(given);
  if (name === undefined) {
    return subject('host', named, false, `cannot tell which host "${given}" names`, [mk('default', undefined, named, true)]);
  }
  const out: Out = { cp, explain: ctx.explain, rules: [] };
  const done = ([allowed, reason, approval]: [boolean, string, boolean]) => subject('host', name, allowed, reason, out.rules, approval);
  const levels = cwdLevels(ctx);
  const agentLevel = ctx.agent?.level;

  let deny: { rule: PatternRule; level: Level } | undefined;
  for (const l of agentLevel ? [...levels, agentLevel] : levels) {
    if (deny && !ctx.explain) break;
    const d = consult(out, 'deny', name, () => l.network.deny.all(name), () => wrap(l.network.deny.first(name)));
    if (d && !deny) deny = { rule: d, level: l };
  }
  if (deny) return done([false, `denied by ${levelName(deny.level)}: network.deny ${cite(cp, deny.rule)}`, false]);

  let gate: ApprovalRule | undefined;
  for (const l of levels) {
    if (gate && !ctx.explain) break;
    gate ??= consult(out, 'approval', name, () => l.approvals.host.all(name), () => wrap(l.approvals.host.first(name)));
  }

  // allow_outbound: false anywhere that applies (or a write_local agent) restricts to exceptions.
  const closedBy = [...levels, ...(agentLevel ? [agentLevel] : [])].find((l) => l.network.allowOutbound === false);
  const writeLocal = ctx.agent?.trust === 'write_local';
  let allowed: string | undefined;
  let refused: string | undefined;
  if (!closedBy && !writeLocal) allowed = 'outbound requests are not restricted and no network.deny matches';
  else {
    let ex: { rule: PatternRule; level: Level } | undefined;
    for (const l of levels) {
      if (ex && !ctx.explain) break;
      const m = consult(out, 'allow', name, () => l.network.exceptions.all(name), () => wrap(l.network.exceptions.first(name)));
      if (m && !ex) ex = { rule: m, level: l };
    }
    const why = closedBy
      ? `allow_outbound is false (${closedBy.network.allowOutboundOrigin ? where(cp, closedBy.network.allowOutboundOrigin) : levelName(closedBy)})`
      : `agent "${ctx.agent!.identity.id}" is write_local (network only through exceptions)`;
    if (closedBy) out.rules.push(mk('default', { pattern: 'allow_outbound: false', origin: closedBy.network.allowOutboundOrigin }, name, true));
    if (ex) allowed = `${why}, but the host is a network exception of ${levelName(ex.level)}: ${cite(cp, ex.rule)}`;
    else {
      out.rules.push(mk('default', undefined, name, true));
      refused = `${why} and no network exception names the host`;
    }
    if (allowed && agentLevel && agentLevel.network.exceptions.size > 0) {
      const m = consult(out, 'allow', name, () => agentLevel.network.exceptions.all(name), () => wrap(agentLevel.network.exceptions.first(name)));
      if (!m) {
        allowed = undefined;
        refused = `not among the network exceptions of agent "${agentLevel.name}"`;
      }
    }
  }
  return done(withApproval(ctx, gate, Boolean(gate), 'reaching it', allowed, refused));
}

export function decideTool(ctx: Ctx, tool: string): SubjectDecision {
  const { cp } = ctx;
  const name = tool;
  const out: Out = { cp, explain: ctx.explain, rules: [] };
  const done = ([allowed, reason, approval]: [boolean, string, boolean]) => subject('tool', name, allowed, reason, out.rules, approval);
  if (name.trim() === '') {
    out.rules.push(mk('default', undefined, name, true));
    return done([false, 'the tool invocation names no tool', false]);
  }
  const levels = cwdLevels(ctx);
  const agentLevel = ctx.agent?.level;

  let deny: { rule: PatternRule; level: Level } | undefined;
  for (const l of agentLevel ? [...levels, agentLevel] : levels) {
    if (deny && !ctx.explain) break;
    const d = consult(out, 'deny', name, () => l.tools.deny.all(name), () => wrap(l.tools.deny.first(name)));
    if (d && !deny) deny = { rule: d, level: l };
  }
  if (deny) return done([false, `denied by ${levelName(deny.level)}: tools.deny ${cite(cp, deny.rule)}`, false]);

  let gate: ApprovalRule | undefined;
  let grant = false;
  for (const l of levels) {
    if (gate && !ctx.explain) break;
    const g = consult(out, 'approval', name, () => l.approvals.tool.gate.all(name), () => wrap(l.approvals.tool.gate.first(name)));
    gate ??= g;
    if (g) grant ||= l.approvals.tool.grant.first(name) !== undefined;
  }

  const readOnly = ctx.agent?.trust === 'read_only';
  const total = levels.reduce((n, l) => n + l.tools.allow.size, 0);
  let allowed: string | undefined;
  let refused: string | undefined;
  if (total === 0) {
    if (readOnly) refused = `agent "${ctx.agent!.identity.id}" is read_only: only tools an allow list names are allowed`;
    else allowed = 'no tools.deny matches and no allow list applies';
  } else {
    let a: { rule: PatternRule; level: Level } | undefined;
    for (const l of levels) {
      if (a && !ctx.explain) break;
      const m = consult(out, 'allow', name, () => l.tools.allow.all(name), () => wrap(l.tools.allow.first(name)));
      if (m && !a) a = { rule: m, level: l };
    }
    if (a) allowed = `allowed by ${levelName(a.level)}: tools.allow ${cite(cp, a.rule)}`;
    else refused = `matches no tools.allow pattern (${total} consulted)`;
  }
  if (allowed && agentLevel && agentLevel.tools.allow.size > 0) {
    const m = consult(out, 'allow', name, () => agentLevel.tools.allow.all(name), () => wrap(agentLevel.tools.allow.first(name)));
    if (!m) {
      allowed = undefined;
      refused = `not in the tools.allow list of agent "${agentLevel.name}"`;
    }
  }
  if (!allowed) out.rules.push(mk('default', undefined, name, true));
  return done(withApproval(ctx, gate, grant, 'invoking it', allowed, refused));
}

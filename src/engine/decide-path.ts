// One path: normalise, then denies (every level), the exception carve-out, approvals, allow lists.
import { normalizePath, type NormalizedPath } from '../match/path.js';
import type { ApprovalRule, ExceptionRule, PatternRule } from '../policy/types.js';
import { overridesFor, type Level } from './compile.js';
import type { Ctx } from './context.js';
import { cite, consult, mk, subjectOutcome, type Out } from './rules-out.js';
import type { FsOp, SubjectDecision } from './types.js';

function levelName(l: Level): string {
  return l.kind === 'root' ? 'the root policy' : l.kind === 'override' ? `the ${l.name}/ override` : `agent "${l.name}"`;
}

export function decidePath(ctx: Ctx, input: string, op: FsOp, via?: string): SubjectDecision {
  if (ctx.explain) return decidePathNow(ctx, input, op, via);
  // Decisions are shared between repeats of the same path: treat them as read-only.
  const a = ctx.action;
  const key = `p\u0001${op}\u0001${a.cwd ?? ''}\u0001${a.agentId ?? ''}\u0001${ctx.approved ? 1 : 0}\u0001${input}`;
  let s = ctx.cp.memo.get<SubjectDecision>(key);
  if (!s) ctx.cp.memo.set(key, (s = decidePathNow(ctx, input, op)));
  return via ? { ...s, via } : s;
}

function decidePathNow(ctx: Ctx, input: string, op: FsOp, via?: string): SubjectDecision {
  const { cp } = ctx;
  const np = normalizePath(input, { root: cp.root, cwd: ctx.action.cwd });
  const path = np.path;
  const out: Out = { cp, explain: ctx.explain, rules: [] };
  const done = (allowed: boolean, reason: string, requiresApproval = false): SubjectDecision => {
    const outcome = subjectOutcome(allowed, requiresApproval, out.rules);
    const s: SubjectDecision = { subject: path, kind: 'path', outcome, allowed, requiresApproval, reason, rules: out.rules };
    if (via) s.via = via;
    return s;
  };
  const deny = (reason: string): SubjectDecision => {
    out.rules.push(mk('default', undefined, path, true));
    return done(false, reason);
  };

  if (np.invalid) return deny(`"${input}" is not a usable path (${np.invalid})`);
  const writes = op !== 'read';
  if (writes && ctx.agent?.trust === 'read_only') {
    return deny(`agent "${ctx.agent.identity.id}" is read_only: it may not ${op} files`);
  }
  const overrides = np.outside ? [] : overridesFor(cp, path);
  const agentLevel = ctx.agent?.level;

  // 1. Denies from every level (case-insensitive, covering descendants).
  const denyAt = (l: Level): PatternRule | undefined =>
    consult(out, 'deny', path, () => l.fs.deny.all(np), () => wrap(l.fs.deny.first(np)));
  const rootDeny = denyAt(cp.rootLevel);
  let otherDeny: { rule: PatternRule; level: Level } | undefined;
  for (const l of agentLevel ? [...overrides, agentLevel] : overrides) {
    if (otherDeny && !ctx.explain) break;
    const d = denyAt(l);
    if (d && !otherDeny) otherDeny = { rule: d, level: l };
  }
  let carved: { exception: ExceptionRule; allow: PatternRule; level: Level } | undefined;
  if (rootDeny || otherDeny) {
    if (rootDeny && !otherDeny && !np.outside) carved = carveOut(ctx, out, np, overrides);
    if (!carved) {
      const d = otherDeny && !rootDeny ? otherDeny : { rule: rootDeny!, level: cp.rootLevel };
      return done(false, `denied by ${levelName(d.level)}: filesystem.deny ${cite(cp, d.rule)}`);
    }
  }

  // 2. Approval gates (writes and deletes only).
  let gate: ApprovalRule | undefined;
  let grant: ApprovalRule | undefined;
  if (writes) {
    for (const l of [cp.rootLevel, ...overrides]) {
      if (gate && !ctx.explain) break;
      const g = consult(out, 'approval', path, () => l.approvals.file.gate.all(np), () => wrap(l.approvals.file.gate.first(np)));
      gate ??= g;
      if (g && !grant) grant = l.approvals.file.grant.first(np);
    }
  }

  // 3. Allow lists: root ∪ governing overrides; an agent's own list narrows.
  let allowed: string | undefined;
  let refused: string | undefined;
  if (carved) {
    allowed = `allowed by the exception ${cite(cp, carved.exception)} in a root deny, used by ${levelName(carved.level)}: ${cite(cp, carved.allow)}`;
  } else if (np.outside) {
    const a = consult(out, 'allow', path, () => cp.rootLevel.fs.allow.all(np), () => wrap(cp.rootLevel.fs.allow.first(np)));
    if (a) allowed = `outside the repository, allowed by the absolute-path pattern ${cite(cp, a)}`;
    else refused = 'outside the repository: no absolute-path allow pattern names it';
  } else {
    const levels = [cp.rootLevel, ...overrides];
    const total = levels.reduce((n, l) => n + l.fs.allow.size, 0);
    if (total === 0) allowed = 'no filesystem deny matches and no allow list applies';
    else {
      let a: { rule: PatternRule; level: Level } | undefined;
      for (const l of levels) {
        if (a && !ctx.explain) break;
        const m = consult(out, 'allow', path, () => l.fs.allow.all(np), () => wrap(l.fs.allow.first(np)));
        if (m && !a) a = { rule: m, level: l };
      }
      if (a) allowed = `allowed by ${levelName(a.level)}: filesystem.allow ${cite(cp, a.rule)}`;
      else {
        out.rules.push(mk('default', undefined, path, true));
        refused = `matches no filesystem.allow pattern (${total} consulted)`;
      }
    }
  }
  if (allowed && agentLevel && agentLevel.fs.allow.size > 0) {
    const a = consult(out, 'allow', path, () => agentLevel.fs.allow.all(np), () => wrap(agentLevel.fs.allow.first(np)));
    if (!a) {
      allowed = undefined;
      refused = `not in the filesystem.allow list of agent "${agentLevel.name}"`;
    }
  }

  if (gate) {
    const why = `${op} needs a human approval: ${cite(cp, gate)}`;
    if (!ctx.approved) return done(false, `${why}; none given`, true);
    if (grant && !np.outside) return done(true, `${why}; approved`, true);
    if (allowed) return done(true, `${why}; approved (${allowed})`, true);
    return done(false, `${why}, approved, but ${refused}`, true);
  }
  return allowed ? done(true, allowed) : done(false, refused!);
}

function wrap<R>(rule: R | undefined): { rule: R } | undefined {
  return rule ? { rule } : undefined;
}

/**
 * A path denied only by root denies is allowed when the root lists it under `exceptions` (for a
 * governing override, or any) and that override's allow list names it.
 */
function carveOut(ctx: Ctx, out: Out, np: NormalizedPath, overrides: Level[]): { exception: ExceptionRule; allow: PatternRule; level: Level } | undefined {
  const { cp } = ctx;
  if (overrides.length === 0 || cp.exceptions.size === 0) return undefined;
  const path = np.path;
  for (const { rule: ex, matched } of cp.exceptions.all(np)) {
    if (ctx.explain) out.rules.push(mk('exception', ex, path, matched));
    if (!matched) continue;
    for (const l of overrides) {
      if (ex.overrides.length > 0 && !ex.overrides.includes(l.name)) continue;
      const a = l.fs.allow.first(np);
      if (a) {
        if (!ctx.explain) out.rules.push(mk('exception', ex, path, true));
        out.rules.push(mk('allow', a, path, true));
        return { exception: ex, allow: a, level: l };
      }
    }
  }
  return undefined;
}

// One path: normalised, then the decision sequence (./sequence.ts) over the root, the overrides
// governing the path and the acting agent.
import { normalizePath, type NormalizedPath } from '../match/path.js';
import { overridesFor, type Level } from './compile.js';
import { denyOverridesFor } from './override-lookup.js';
import type { DecisionContext } from './context.js';
import { cite, decidingRule, levelName, refusedOutright, type RuleRecorder } from './rules-out.js';
import { decideSubject, namedAllowLists, type AllowLists } from './sequence.js';
import type { FsOp, SubjectDecision } from './types.js';
import { stricterOutcome } from './verdict.js';

export function decidePath(context: DecisionContext, input: string, op: FsOp, via?: string): SubjectDecision {
  // Without the memo the decision is fresh (and throughLink's result too): nothing else holds it.
  const fresh = context.explain || context.policy.memo.off;
  let decision: SubjectDecision;
  if (fresh) decision = decidePathNow(context, input, op);
  else {
    // Decisions are shared between repeats of the same path: treat them as read-only.
    const a = context.action;
    const key = `p\u0001${op}\u0001${a.cwd ?? ''}\u0001${a.agentId ?? ''}\u0001${context.approved ? 1 : 0}\u0001${input}`;
    const known = context.policy.memo.get<SubjectDecision>(key);
    if (known) decision = known;
    else context.policy.memo.set(key, (decision = decidePathNow(context, input, op)));
  }
  const target = context.linkTarget?.(input, context.action.cwd);
  if (target !== undefined) decision = throughLink(context, decision, target, op);
  if (fresh) {
    // `via` goes on the fresh decision, not on a copy (same fields, same order: via comes last).
    if (via) decision.via = via;
    return decision;
  }
  return via ? { ...decision, via } : decision;
}

/**
 * A path with a symbolic link on it reads or writes where the link leads: the target is decided
 * too (never memoised: the disk decides it) and the stricter verdict stands.
 */
function throughLink(context: DecisionContext, direct: SubjectDecision, target: string, op: FsOp): SubjectDecision {
  const linked = decidePathNow(context, target, op);
  if (stricterOutcome(direct.outcome, linked.outcome) === direct.outcome) return direct;
  return { ...linked, subject: direct.subject, reason: `"${direct.subject}" leads through a symbolic link to "${linked.subject}": ${linked.reason}` };
}

function decidePathNow(context: DecisionContext, input: string, op: FsOp): SubjectDecision {
  const { policy, agent } = context;
  const np = normalizePath(input, { root: policy.root, cwd: context.action.cwd });
  if (np.invalid) return refusedOutright('path', np.path, `"${input}" is not a usable path (${np.invalid})`);
  const writes = op !== 'read';
  if (writes && agent?.trust === 'read_only') return refusedOutright('path', np.path, `agent "${agent.identity.id}" is read_only: it may not ${op} files`);
  const overrides = np.outside ? [] : overridesFor(policy, np.path);
  const levels = [policy.rootLevel, ...overrides];
  const denyLevels = [policy.rootLevel, ...(np.outside ? [] : denyOverridesFor(policy, np.path))];
  const agentLevel = agent?.level;
  return decideSubject(context, {
    kind: 'path',
    shown: np.path,
    subject: np,
    // Denies match case-insensitively and cover descendants (src/match/patterns.ts).
    // Override directories compare case-insensitively for denies (override-lookup.ts).
    deny: { levels: [...denyLevels, ...(agentLevel ? [agentLevel] : [])], list: (l) => l.fs.deny, listName: 'filesystem.deny' },
    carveOut: np.outside ? undefined : (recorder) => carveOut(context, recorder, np, overrides),
    // Reading is never gated.
    approval: writes ? { levels, gate: (l) => l.approvals.file.gate, grant: (l) => l.approvals.file.grant, what: op } : undefined,
    ...(np.outside ? { grantsDoNotApply: true as const } : {}),
    allow: np.outside
      ? outsideTheRepository(context)
      : namedAllowLists(context, levels, (l) => l.fs.allow, { allowList: 'filesystem.allow', whenNoList: 'no filesystem deny matches and no allow list applies' }),
    narrow: agentLevel && { list: agentLevel.fs.allow, refused: `not in the filesystem.allow list of agent "${agentLevel.name}"` },
  });
}

/** Outside the repository only the root's absolute-path allow patterns can allow a path. */
function outsideTheRepository(context: DecisionContext): AllowLists<NormalizedPath> {
  const refused = 'outside the repository: no absolute-path allow pattern names it';
  return {
    levels: [context.policy.rootLevel],
    list: (l) => l.fs.allow,
    allowedBy: (rule) => `outside the repository, allowed by the absolute-path pattern ${cite(context.policy, rule)}`,
    whenNoList: { refused },
    unmatched: () => refused,
  };
}

/**
 * A path denied only by root denies is allowed when the root lists it under `exceptions` (for a
 * governing override, or any) and that override's allow list names it.
 */
function carveOut(context: DecisionContext, recorder: RuleRecorder, np: NormalizedPath, overrides: Level[]): string | undefined {
  const { policy } = context;
  if (overrides.length === 0 || policy.exceptions.size === 0) return undefined;
  const path = np.path;
  for (const { rule: exception, matched } of policy.exceptions.all(np)) {
    if (context.explain) recorder.rules.push(decidingRule('exception', exception, path, matched));
    if (!matched) continue;
    for (const level of overrides) {
      if (exception.overrides.length > 0 && !exception.overrides.includes(level.name)) continue;
      const allow = level.fs.allow.first(np)?.rule;
      if (!allow) continue;
      if (!context.explain) recorder.rules.push(decidingRule('exception', exception, path, true));
      recorder.rules.push(decidingRule('allow', allow, path, true));
      return `allowed by the exception ${cite(policy, exception)} in a root deny, used by ${levelName(level)}: ${cite(policy, allow)}`;
    }
  }
  return undefined;
}

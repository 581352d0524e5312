// One path: normalised, then the decision sequence (./sequence.ts) over the root, the overrides
// governing the path and the acting agent.
import { normalizePath, type NormalizedPath } from '../match/path.js';
import { overridesFor, type CompiledPolicy, type Level } from './compile.js';
import { denyOverridesFor } from './override-lookup.js';
import { sharesDecisions, type DecisionContext } from './context.js';
import { cite, decidingRule, levelName, refusedOutright, type RuleRecorder } from './rules-out.js';
import { decideSubject, namedAllowLists, type AllowLists, type ApprovalStep, type DenyStep, type SubjectSequence } from './sequence.js';
import type { FsOp, SubjectDecision } from './types.js';
import { stricterOutcome } from './verdict.js';
import { derivedOnce } from '../derived.js';

export function decidePath(context: DecisionContext, input: string, op: FsOp, via?: string): SubjectDecision {
  // Without the memo the decision is fresh (and throughLink's result too): nothing else holds it.
  const fresh = !sharesDecisions(context);
  let decision: SubjectDecision;
  if (fresh) decision = decidePathNow(context, input, op);
  else {
    // Decisions are shared between repeats of the same path: treat them as read-only.
    const a = context.action;
    const key = `p\u0001${op}\u0001${a.cwd ?? ''}\u0001${a.agentId ?? ''}\u0001${context.approved ? 1 : 0}\u0001${input}`;
    const known = context.policy.memo.get(key) as SubjectDecision | undefined;
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

/** The parts of a path's decision sequence that depend on nothing but the level (made once, not per path). */
const FS_DENY = (l: Level) => l.fs.deny;
const FS_GATE = (l: Level) => l.approvals.file.gate;
const FS_GRANT = (l: Level) => l.approvals.file.grant;
const FS_ALLOW = (l: Level) => l.fs.allow;
const FS_NAMES = { allowList: 'filesystem.allow', whenNoList: 'no filesystem deny matches and no allow list applies' };
/** carveOut() with no governing override: it returns undefined before doing anything else. */
const NO_CARVE_OUT = (): undefined => undefined;

/**
 * The steps of a path's sequence when only the root governs it (no override, not even one whose
 * directory differs only in case) and no agent of the policy acts: they depend on the policy
 * alone, so they are made once per policy instead of once per path (most paths are decided so).
 */
interface RootOnlySteps {
  deny: DenyStep<NormalizedPath>;
  approval: Record<Exclude<FsOp, 'read'>, ApprovalStep<NormalizedPath>>;
  allow: AllowLists<NormalizedPath>;
  outside: AllowLists<NormalizedPath>;
}

// Built exactly as decidePathNow builds them for these levels (they use the context's policy only).
const rootOnlySteps = derivedOnce((policy: CompiledPolicy, context: DecisionContext): RootOnlySteps => {
  const levels = [policy.rootLevel];
  return {
    deny: { levels, list: FS_DENY, listName: 'filesystem.deny' },
    approval: {
      write: { levels, gate: FS_GATE, grant: FS_GRANT, what: 'write' },
      delete: { levels, gate: FS_GATE, grant: FS_GRANT, what: 'delete' },
    },
    allow: namedAllowLists(context, levels, FS_ALLOW, FS_NAMES),
    outside: outsideTheRepository(context),
  };
});

const NONE: readonly Level[] = [];

function decidePathNow(context: DecisionContext, input: string, op: FsOp): SubjectDecision {
  const { policy, agent } = context;
  const np = normalizePath(input, { root: policy.root, cwd: context.action.cwd });
  if (np.invalid) return refusedOutright('path', np.path, `"${input}" is not a usable path (${np.invalid})`);
  const writes = op !== 'read';
  if (writes && agent?.trust === 'read_only') return refusedOutright('path', np.path, `agent "${agent.identity.id}" is read_only: it may not ${op} files`);
  // (A policy without overrides, as most are, has none to look up for any path.)
  const governed = !np.outside && policy.overrides.size > 0;
  const overrides = governed ? overridesFor(policy, np.path) : NONE;
  const denyOverrides = governed ? denyOverridesFor(policy, np.path) : NONE;
  const agentLevel = agent?.level;
  const shared = overrides.length === 0 && denyOverrides.length === 0 && !agentLevel ? rootOnlySteps(policy, context) : undefined;
  // The levels of the steps made here (the shared steps have their own).
  const levels = shared ? NONE : [policy.rootLevel, ...overrides];
  const seq: SubjectSequence<NormalizedPath> = {
    kind: 'path',
    shown: np.path,
    subject: np,
    // Denies match case-insensitively and cover descendants (src/match/patterns.ts).
    // Override directories compare case-insensitively for denies (override-lookup.ts).
    deny: shared ? shared.deny : { levels: [policy.rootLevel, ...denyOverrides, ...(agentLevel ? [agentLevel] : [])], list: FS_DENY, listName: 'filesystem.deny' },
    carveOut: np.outside ? undefined : overrides.length === 0 ? NO_CARVE_OUT : (recorder) => carveOut(context, recorder, np, overrides),
    // Reading is never gated.
    approval: op === 'read' ? undefined : shared ? shared.approval[op] : { levels, gate: FS_GATE, grant: FS_GRANT, what: op },
    allow: np.outside ? (shared ? shared.outside : outsideTheRepository(context)) : shared ? shared.allow : namedAllowLists(context, levels, FS_ALLOW, FS_NAMES),
    narrow: agentLevel && { list: agentLevel.fs.allow, refused: `not in the filesystem.allow list of agent "${agentLevel.name}"` },
  };
  if (np.outside) seq.grantsDoNotApply = true;
  return decideSubject(context, seq);
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
function carveOut(context: DecisionContext, recorder: RuleRecorder, np: NormalizedPath, overrides: readonly Level[]): string | undefined {
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

// Whether a committed bypass or approval record covers an action: pure judgements over record
// objects already read and validated (reading them is not the engine's job). Records name paths
// and simple commands only, matched as the policy's allow patterns match.
import type { SubjectDecision } from './types.js';

export type SubjectMatcher = (subject: string) => boolean;

/** What the engine needs of a bypass record: a window, an optional agent, its patterns. */
export interface BypassRecord {
  id: string;
  agent?: string;
  /** Valid from / until (ms since the epoch), both inclusive. */
  start: number;
  end: number;
  paths: SubjectMatcher;
  commands: SubjectMatcher;
}

/** What the engine needs of an approval record; an unscoped record (no patterns) covers any subject. */
export interface ApprovalRecord {
  id: string;
  agent?: string;
  start?: number;
  end?: number;
  paths?: SubjectMatcher;
  commands?: SubjectMatcher;
}

function names(record: { paths?: SubjectMatcher; commands?: SubjectMatcher }, s: SubjectDecision): boolean {
  if (s.kind === 'path') return record.paths?.(s.subject) ?? false;
  if (s.kind === 'command') return record.commands?.(s.subject) ?? false;
  return false;
}

export interface BypassCover<B> {
  /** The bypasses that together cover every denied subject at the action's time. */
  covering?: B[];
  /** Otherwise, a bypass that would have covered it at another time. */
  nearMiss?: B;
}

/**
 * Whether bypasses cover the subjects a decision denied, for the agent acting, at `at` (ms;
 * undefined when the action has no valid time: then no window covers it).
 */
export function bypassCover<B extends BypassRecord>(
  bypasses: readonly B[],
  agentId: string | undefined,
  at: number | undefined,
  denied: readonly SubjectDecision[],
): BypassCover<B> {
  if (bypasses.length === 0 || denied.length === 0) return {};
  const forAgent = bypasses.filter((b) => b.agent === undefined || b.agent === agentId);
  const live = at === undefined ? [] : forAgent.filter((b) => b.start <= at && at <= b.end);
  const used = new Set<B>();
  const covered = denied.every((s) => {
    const b = live.find((x) => names(x, s));
    if (b) used.add(b);
    return b !== undefined;
  });
  if (covered) return { covering: [...used] };
  const nearMiss = forAgent.find((b) => denied.every((s) => names(b, s)));
  return nearMiss ? { nearMiss } : {};
}

/**
 * Why an approval record does not count for an action by `agentId` at `at` (ms; undefined when
 * the action has no valid time), or undefined when it counts.
 */
export function approvalProblem(record: ApprovalRecord, agentId: string | undefined, at: number | undefined): string | undefined {
  if (record.agent !== undefined && record.agent !== agentId) return `approval ${record.id} is for agent ${record.agent}`;
  if (record.start === undefined && record.end === undefined) return undefined;
  if (at === undefined) return `approval ${record.id} has a time window and the entry has no valid timestamp`;
  if (record.start !== undefined && at < record.start) return `approval ${record.id} was given after the action`;
  if (record.end !== undefined && at > record.end) return `approval ${record.id} had expired`;
  return undefined;
}

/** A subject needing the approval that a scoped record does not name (undefined: it covers them all). */
export function approvalScopeMiss(record: ApprovalRecord, subjects: readonly SubjectDecision[]): SubjectDecision | undefined {
  if (!record.paths && !record.commands) return undefined;
  return subjects.find((s) => s.requiresApproval && !names(record, s));
}

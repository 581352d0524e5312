// The places host and tool rules sit for the name checks (hosts.ts, tools.ts): the root, each
// override (its directory), and each agent of the root with its own permissions. Which denies
// reach a rule: the root's always, an override's for rules of that override or below it, an
// agent's for that agent's rules only (agent denies add to the others: docs/policy-format.md).
import type { Origin, Permissions, PolicySet, ApprovalRule, TrustLevel } from '../../policy/types.js';
import { within } from '../model.js';

export interface Place {
  file: string;
  /** '' for the root and agents, else the override's directory. */
  dir: string;
  /** The agent the rules belong to. */
  agent?: { id: string; trust?: TrustLevel };
  permissions: Permissions;
  approvals: ApprovalRule[];
}

export function places(set: PolicySet): Place[] {
  const { root } = set;
  return [
    { file: root.file, dir: '', permissions: root.permissions, approvals: root.constraints.requireHumanApproval },
    ...set.overrides.map((o) => ({ file: o.file, dir: o.dir, permissions: o.permissions, approvals: o.constraints.requireHumanApproval })),
    ...root.agents.flatMap((a) => (a.permissions ? [{ file: root.file, dir: '', agent: { id: a.id, trust: a.trustLevel }, permissions: a.permissions, approvals: [] }] : [])),
  ];
}

export interface Placed {
  origin: Origin;
  place: Place;
}

/** Whether the deny `d` applies where the rule `e` sits. */
export function denyReaches(d: Placed, e: Placed): boolean {
  if (d.place.agent) return e.place.agent?.id === d.place.agent.id;
  return within(e.place.dir, d.place.dir);
}

/** A list key: one YAML list of one place. */
export function listKey(p: Place, list: string): string {
  return `${p.file}#${p.agent ? `agent:${p.agent.id}.` : ''}${list}`;
}

// `learn --diff`: the current policy against the logs. What is the smallest set of additions that
// would let every logged action pass, and which of the policy's grants did no log ever use?
import type { Action, CompiledPolicy, DecidingRule } from '../../engine/index.js';
import { decide } from '../../engine/index.js';
import type { Origin, PolicySet } from '../../policy/types.js';
import type { Observation } from './observe.js';

/** A learned rule the current policy lacks, with the logged actions that need it. */
export interface Addition {
  /** Where it goes, as YAML keys: `default_permissions.filesystem.allow`. */
  list: string;
  pattern: string;
  /** How many logged actions need it. */
  needed: number;
}

/** A logged action only a change to an existing rule could let through (a deny matches it). */
export interface Blocked {
  observation: Observation;
  rule: DecidingRule;
}

export interface UnusedRule {
  list: string;
  pattern: string;
  origin: Origin;
}

export interface PolicyDiff {
  additions: Addition[];
  blocked: Blocked[];
  unused: UnusedRule[];
}

const LIST_OF_EFFECT: Record<string, Record<string, string>> = {
  allow: { path: 'default_permissions.filesystem.allow', command: 'default_permissions.commands.allow', tool: 'default_permissions.tools.allow', host: 'default_permissions.network.exceptions' },
  exception: { host: 'default_permissions.network.exceptions' },
  approval: {
    path: 'constraints.require_human_approval (file_pattern)',
    command: 'constraints.require_human_approval (command_pattern)',
    host: 'constraints.require_human_approval (host_pattern)',
    tool: 'constraints.require_human_approval (tool_pattern)',
  },
};

const originKey = (o: Origin): string => `${o.file}:${o.line}:${o.column}`;

export function diffPolicy(current: CompiledPolicy, set: PolicySet, learned: CompiledPolicy, observations: readonly Observation[]): PolicyDiff {
  const used = new Set<string>();
  const additions = new Map<string, Addition>();
  const blocked: Blocked[] = [];
  for (const o of observations) {
    const now = decide(o.action as Action, current);
    for (const s of now.subjects) for (const r of s.rules) if (r.matched && r.origin) used.add(originKey(r.origin));
    if (now.outcome !== 'deny') continue;
    const denyRule = now.subjects.flatMap((s) => (s.outcome === 'deny' ? s.rules : [])).find((r) => r.matched && r.effect === 'deny' && r.origin);
    if (denyRule) {
      blocked.push({ observation: o, rule: denyRule });
      continue;
    }
    // The learned policy's rule for each subject the current policy denies: the addition.
    const proposed = decide(o.action as Action, learned);
    for (const s of now.subjects) {
      if (s.outcome !== 'deny') continue;
      const twin = proposed.subjects.find((p) => p.kind === s.kind && p.subject === s.subject);
      const rule = twin?.rules.find((r) => r.matched && r.origin && (r.effect === 'allow' || r.effect === 'exception' || r.effect === 'approval'));
      const list = rule ? LIST_OF_EFFECT[rule.effect]?.[s.kind] : undefined;
      if (!rule || !list) continue;
      const key = `${list}\0${rule.pattern}`;
      const a = additions.get(key);
      if (a) a.needed++;
      else additions.set(key, { list, pattern: rule.pattern, needed: 1 });
    }
  }
  return { additions: [...additions.values()], blocked, unused: unusedGrants(set, used) };
}

/** Every allow, exception and approval the policy writes, that no logged action matched. */
function unusedGrants(set: PolicySet, used: ReadonlySet<string>): UnusedRule[] {
  const out: UnusedRule[] = [];
  const scan = (list: string, rules: ReadonlyArray<{ pattern: string; origin: Origin }>): void => {
    for (const r of rules) if (!used.has(originKey(r.origin))) out.push({ list, pattern: r.pattern, origin: r.origin });
  };
  for (const level of [set.root, ...set.overrides]) {
    const p = level.permissions;
    scan('filesystem.allow', p.filesystem.allow);
    scan('commands.allow', p.commands.allow);
    scan('network.exceptions', p.network.exceptions);
    scan('tools.allow', p.tools.allow);
    scan('require_human_approval', level.constraints.requireHumanApproval);
  }
  for (const agent of set.root.agents) {
    const p = agent.permissions;
    if (!p) continue;
    scan(`agents.${agent.id}.filesystem.allow`, p.filesystem.allow);
    scan(`agents.${agent.id}.commands.allow`, p.commands.allow);
    scan(`agents.${agent.id}.network.exceptions`, p.network.exceptions);
    scan(`agents.${agent.id}.tools.allow`, p.tools.allow);
  }
  return out.sort((a, b) => a.origin.file.localeCompare(b.origin.file) || a.origin.line - b.origin.line);
}

// An agent's commit: every staged path decided as a filesystem write (a deletion as a delete) by
// that agent, through the one decision engine. A path passes only if every policy given (the
// staged one, and HEAD's when the commit changes the policy) allows it.
import { isAbsolute, relative, sep } from 'node:path';
import type { Action, DecidingRule, Decision } from '../engine/types.js';
import type { PolicySet } from '../policy/types.js';
import type { Bypass } from '../records/bypasses.js';
import type { Finding } from '../report/finding.js';
import type { StagedEntry } from './git.js';
import { absIn } from './index-files.js';
import type { BlockedPath } from './message.js';

export interface AgentCommitResult {
  blocked: BlockedPath[];
  findings: Finding[];
}

/** The rule that decided a blocked subject: a matching deny first, then an approval gate. */
function decidingRule(d: Decision, kind: 'denied' | 'approval'): DecidingRule | undefined {
  const rules = d.subjects.flatMap((s) => s.rules).filter((r) => r.matched && r.origin);
  const want = kind === 'approval' ? ['approval'] : ['deny'];
  return rules.find((r) => want.includes(r.effect)) ?? rules.find((r) => r.effect !== 'allow');
}

export async function decideAgentCommit(
  entries: readonly StagedEntry[],
  sets: { set: PolicySet; label: string }[],
  agent: string,
  top: string,
  bypasses: readonly Bypass[],
  now: number,
): Promise<AgentCommitResult> {
  // Paths only: the files-only engine never loads the shell parser.
  const { compilePolicy, decide } = await import('../engine/files.js');
  const compiled = sets.map((s) => ({ ...s, compiled: compilePolicy(s.set) }));
  // The policy's own agent id when it does not list the detected one (as the Action does).
  const agentIdFor = (set: PolicySet): string | undefined => (set.root.agents.some((a) => a.id === agent) ? agent : set.root.agentId);
  // Paths relative to the policy's root; outside it, absolute (the engine: outside the workspace).
  const policyPath = (set: PolicySet, repoPath: string): string => {
    const abs = absIn(top, repoPath);
    const rel = relative(set.root.root, abs);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split(sep).join('/');
  };
  const timestamp = new Date(now).toISOString();
  const blocked: BlockedPath[] = [];
  const findings: Finding[] = [];

  for (const e of entries) {
    const op = e.status === 'D' ? 'delete' : 'write';
    for (const c of compiled) {
      const subject = policyPath(c.set, e.path);
      const action: Action = { kind: 'filesystem', op, paths: [subject], agentId: agentIdFor(c.set), timestamp, cwd: c.set.root.root };
      // A commit carries no approval id: an approval gate stays closed unless a bypass covers the path.
      const d = decide(action, c.compiled);
      if (d.allowed) continue;
      const why = d.subjects.find((x) => !x.allowed)?.reason ?? d.reason;
      const kind = d.requiresApproval && !d.subjects.some((s) => s.rules.some((r) => r.matched && r.effect === 'deny')) ? 'approval' : 'denied';
      const bypass = bypasses.find((b) => (!b.agent || b.agent === agent) && b.start <= now && now <= b.end && b.paths(subject));
      const rule = decidingRule(d, kind);
      const origin = rule?.origin;
      if (bypass) {
        findings.push({
          ruleId: 'staged-agent-bypassed',
          severity: 'info',
          message: `agent "${agent}" may ${op} this file only under bypass ${bypass.id} (until ${new Date(bypass.end).toISOString()}); without it: ${why}`,
          file: absIn(top, e.path),
          line: 0,
          column: 0,
          related: [{ file: bypass.file, line: 1, column: 1, message: `bypass ${bypass.id}` }],
          data: { path: e.path, op, bypass: bypass.id, agent },
        });
        break;
      }
      const b: BlockedPath = {
        path: e.path,
        policyPath: subject,
        op,
        kind,
        reason: why,
        rule: origin && rule ? { pattern: rule.pattern, file: origin.file, line: origin.line, column: origin.column } : undefined,
      };
      blocked.push(b);
      const by = b.rule ? ` by "${b.rule.pattern}"` : '';
      findings.push({
        ruleId: kind === 'approval' ? 'staged-agent-approval-required' : 'staged-agent-write-denied',
        severity: 'error',
        message:
          kind === 'approval'
            ? `agent "${agent}" may ${op} this file only with a human approval${by}, and a commit carries none${c.label ? ` (${c.label})` : ''}`
            : `agent "${agent}" may not ${op} this file: ${why}${c.label ? ` (${c.label})` : ''}`,
        hint: kind === 'approval' ? 'Have a person make this commit, or record a bypass for it.' : 'Leave it out of the commit, record a bypass, or change the policy in a reviewed pull request.',
        file: absIn(top, e.path),
        line: 0,
        column: 0,
        related: origin ? [{ file: origin.file, line: origin.line, column: origin.column, message: `${rule!.effect} "${rule!.pattern}"` }] : undefined,
        data: { path: e.path, op, agent, policy: c.label || 'staged' },
      });
      break;
    }
  }
  return { blocked, findings };
}

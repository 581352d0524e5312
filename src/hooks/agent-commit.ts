// An agent's commit: every staged path decided as a filesystem write (a deletion as a delete) by
// that agent, through the one decision engine. A path passes only if every policy given (the
// staged one, and HEAD's when the commit changes the policy) allows it: the strictest verdict wins.
// A staged symbolic link is also a write of its target: a link at an allowed path that points
// into a denied directory would let every later write through it reach the denied files.
import { posix } from 'node:path';
import { actingAgent, policyPath } from '../engine/acting.js';
import { bypassCover } from '../engine/coverage.js';
import type { Action } from '../engine/types.js';
import { decisiveRule, strictestDecision } from '../engine/verdict.js';
import { cacheDirOf, withCaseClasses, type ListsCache } from '../policy/runtime-cache.js';
import type { PolicySet } from '../policy/types.js';
import type { Bypass } from '../records/bypasses.js';
import type { Finding } from '../report/finding.js';
import { readBlobs, type StagedEntry } from './git.js';
import { absIn } from './index-files.js';
import type { BlockedPath } from './message.js';

export interface AgentCommitResult {
  blocked: BlockedPath[];
  findings: Finding[];
}

export async function decideAgentCommit(
  entries: readonly StagedEntry[],
  /** lists: compiled path lists an earlier hook kept for that policy (runtime cache), used and filled. */
  sets: { set: PolicySet; label: string; lists?: ListsCache }[],
  agent: string,
  top: string,
  bypasses: readonly Bypass[],
  now: number,
): Promise<AgentCommitResult> {
  // Paths only: the files-only engine never loads the shell parser.
  const { compilePolicy, decide } = await import('../engine/files.js');
  // The case classes of deny patterns come from the runtime cache the guard keeps too.
  const compiled = withCaseClasses(cacheDirOf(top), () => sets.map((s) => ({ ...s, compiled: compilePolicy(s.set, { lists: s.lists }) })));
  const timestamp = new Date(now).toISOString();
  const blocked: BlockedPath[] = [];
  const findings: Finding[] = [];
  const links = await linkTargets(top, entries);

  for (const e of entries) {
    const op = e.status === 'D' ? 'delete' : 'write';
    const target = op === 'write' ? links.get(e.path) : undefined;
    const paths = [absIn(top, e.path), ...(target ? [target.abs] : [])];
    // Every policy given judges the path (and a link's target); the strictest verdict wins (the first on a tie).
    const judged = compiled.flatMap((c) =>
      paths.map((abs, k) => {
        const subject = policyPath(c.set.root.root, abs);
        const action: Action = { kind: 'filesystem', op, paths: [subject], agentId: actingAgent(c.set.root, agent), timestamp, cwd: c.set.root.root };
        // A commit carries no approval id: an approval gate stays closed unless a bypass covers the path.
        return { ...c, subject, viaLink: k > 0, decision: decide(action, c.compiled) };
      }),
    );
    if (judged.length === 0) continue;
    const d = strictestDecision(judged.map((j) => j.decision));
    if (d.outcome === 'allow') continue;
    const c = judged.find((j) => j.decision === d)!;
    const reason = d.subjects.find((x) => x.outcome === d.outcome)?.reason ?? d.reason;
    const why = c.viaLink && target ? `it is a symbolic link to ${JSON.stringify(target.written)} (${c.subject}): ${reason}` : reason;
    const kind = d.outcome === 'needs-approval' ? 'approval' : 'denied';
    const bypass = bypassCover(bypasses, agent, now, d.subjects.filter((x) => !x.allowed)).covering?.[0];
    const rule = decisiveRule(d);
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
      continue;
    }
    const b: BlockedPath = {
      path: e.path,
      policyPath: c.subject,
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
  }
  for (const s of sets) s.lists?.save();
  return { blocked, findings };
}

/** Staged symbolic links (mode 120000): path -> the target as written and as an absolute path. */
async function linkTargets(top: string, entries: readonly StagedEntry[]): Promise<Map<string, { written: string; abs: string }>> {
  const links = entries.filter((e) => e.indexMode === '120000' && e.indexOid && e.status !== 'D');
  const out = new Map<string, { written: string; abs: string }>();
  if (links.length === 0) return out;
  const blobs = await readBlobs(top, links.map((e) => e.indexOid!));
  for (const e of links) {
    const blob = blobs.get(e.indexOid!);
    if (!blob) continue;
    const written = blob.toString('utf8');
    // Resolved lexically from the link's directory, as the file system would (a `..` that leaves
    // the repository stays outside it, and is decided as such).
    const abs = posix.resolve(posix.dirname(absIn(top, e.path).split('\\').join('/')), written);
    out.set(e.path, { written, abs });
  }
  return out;
}

// Every file an agent-authored pull request changes, decided as the agent's own write or delete.
import type { Action, Decision, FsOp } from '../engine/types.js';
import type { Finding, RelatedLocation } from '../report/finding.js';
import type { PrFile } from './client.js';

export type DecideFn = (action: Action) => Decision;

export interface ChangedFilesResult {
  findings: Finding[];
  /** Paths the policy denies to the agent. */
  denied: string[];
  /** Paths that need a human approval. */
  needApproval: string[];
}

/** The first line of the head side that a patch touches (1 when unknown). */
export function firstChangedLine(patch: string | undefined): number {
  const m = patch && /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/m.exec(patch);
  return m ? Math.max(1, Number(m[1])) : 1;
}

/** What a changed file of a pull request does; `copiedTo` marks the read of a copy's source. */
export function changedPaths(f: PrFile): { path: string; op: FsOp; copiedTo?: string }[] {
  switch (f.status) {
    case 'removed':
      return [{ path: f.filename, op: 'delete' }];
    case 'renamed':
      return [
        ...(f.previousFilename && f.previousFilename !== f.filename ? [{ path: f.previousFilename, op: 'delete' as const }] : []),
        { path: f.filename, op: 'write' },
      ];
    case 'copied':
      // The copy publishes its source's content: a read of the source (secrets/key copied to src/key).
      return [
        ...(f.previousFilename && f.previousFilename !== f.filename ? [{ path: f.previousFilename, op: 'read' as const, copiedTo: f.filename }] : []),
        { path: f.filename, op: 'write' },
      ];
    case 'unchanged':
      return [];
    default:
      // added, modified, copied, changed (mode only) are all writes.
      return [{ path: f.filename, op: 'write' }];
  }
}

function related(d: Decision, effect: 'deny' | 'approval'): RelatedLocation[] {
  const out: RelatedLocation[] = [];
  for (const s of d.subjects) {
    for (const r of s.rules) {
      if (!r.matched || r.effect !== effect || !r.origin) continue;
      out.push({
        file: r.origin.file,
        line: r.origin.line,
        column: r.origin.column,
        message: `${effect === 'deny' ? 'deny' : 'require_human_approval'} "${r.pattern}"`,
      });
    }
  }
  return out;
}

/**
 * `toPolicyPath` turns a repository path into what the engine expects (relative to the policy's
 * root, or absolute when outside it: the engine then treats it as outside the workspace).
 */
export function decideChangedFiles(
  files: readonly PrFile[],
  decide: DecideFn,
  agent: { label: string; agentId?: string },
  toPolicyPath: (repoPath: string) => string = (p) => p,
): ChangedFilesResult {
  const out: ChangedFilesResult = { findings: [], denied: [], needApproval: [] };
  for (const f of files) {
    for (const { path, op, copiedTo } of changedPaths(f)) {
      const d = decide({ kind: 'filesystem', op, paths: [toPolicyPath(path)], agentId: agent.agentId });
      if (d.outcome === 'allow') continue;
      // A copy's source is not in the diff: the finding points at the copy, where its content lands.
      const what = copiedTo !== undefined ? `copy ${path} into ${copiedTo}` : `${op === 'delete' ? 'delete' : 'write'} ${path}`;
      const file = copiedTo ?? path;
      // The reason of the subject that decided; the decision's own repeats the path.
      const reason = (d.subjects.find((x) => x.outcome === d.outcome) ?? d.subjects.find((x) => !x.allowed))?.reason || d.reason;
      const line = op === 'delete' ? 0 : firstChangedLine(f.patch);
      if (d.outcome === 'needs-approval') {
        out.needApproval.push(path);
        out.findings.push({
          ruleId: 'agent-write-needs-approval',
          severity: 'warning',
          file,
          line,
          column: line > 0 ? 1 : 0,
          message:
            copiedTo !== undefined
              ? `${agent.label} copied ${path} into ${copiedTo}, which needs human approval: ${reason}`
              : `${agent.label} changed ${path}, which needs human approval to ${op === 'delete' ? 'delete' : 'write'}: ${reason}`,
          hint: 'Review this change before merging; the approval of the pull request is the human approval.',
          related: related(d, 'approval'),
          data: { op, agent: agent.label },
        });
      } else {
        out.denied.push(path);
        out.findings.push({
          ruleId: 'agent-write-denied',
          severity: 'error',
          file,
          line,
          column: line > 0 ? 1 : 0,
          message: `${agent.label} may not ${what}: ${reason}`,
          hint: 'Take this change out of the agent pull request, or change the policy in a pull request a person reviews.',
          related: related(d, 'deny'),
          data: { op, agent: agent.label },
        });
      }
    }
  }
  return out;
}

// Labels on the pull request: added, never replaced; created when missing and the token may.
import { GitHubApiError, type GitHubClient, type LabelSpec } from './client.js';

export const VIOLATION_LABEL = 'agent-policy-violation';
export const APPROVAL_LABEL = 'needs-human-approval';
export const POLICY_CHANGE_LABEL = 'policy-change';

const SPECS: Record<string, Omit<LabelSpec, 'name'>> = {
  [VIOLATION_LABEL]: { color: 'd73a4a', description: 'An agent change breaks the repository agent policy' },
  [APPROVAL_LABEL]: { color: 'fbca04', description: 'An agent change touches files that need human approval' },
  [POLICY_CHANGE_LABEL]: { color: 'e99695', description: 'Widens the agent policy' },
};
const AGENT_SPEC = { color: '7057ff', description: 'Authored by an AI coding agent (agent-policy-lint)' };

export function labelSpec(name: string): LabelSpec {
  return { name, ...((Object.hasOwn(SPECS, name) ? SPECS[name] : undefined) ?? AGENT_SPEC) };
}

export interface LabelWish {
  agentLabel?: string;
  violation: boolean;
  approval: boolean;
  policyChange: boolean;
}

export function wantedLabels(w: LabelWish): string[] {
  const out: string[] = [];
  if (w.agentLabel) out.push(w.agentLabel);
  if (w.violation) out.push(VIOLATION_LABEL);
  if (w.approval) out.push(APPROVAL_LABEL);
  if (w.policyChange) out.push(POLICY_CHANGE_LABEL);
  return [...new Set(out)];
}

export interface LabelOutcome {
  requested: string[];
  applied: string[];
  created: string[];
  /** The token may not write (a fork's read-only GITHUB_TOKEN): nothing was applied. */
  readOnly: boolean;
  /** Problems worth a warning (never a failure). */
  notes: string[];
}

const READ_ONLY = new Set([401, 403, 404]);

function isReadOnly(err: unknown): boolean {
  return err instanceof GitHubApiError && READ_ONLY.has(err.status);
}

export async function applyLabels(client: GitHubClient, issue: number, names: readonly string[]): Promise<LabelOutcome> {
  const out: LabelOutcome = { requested: [...names], applied: [], created: [], readOnly: false, notes: [] };
  if (names.length === 0) return out;
  for (const name of names) {
    try {
      if ((await client.createLabel(labelSpec(name))) === 'created') out.created.push(name);
    } catch (err) {
      if (isReadOnly(err)) {
        out.readOnly = true;
        break;
      }
      // Adding it may still work (GitHub creates a missing label with a default colour).
      out.notes.push((err as Error).message);
    }
  }
  if (!out.readOnly) {
    try {
      await client.addLabels(issue, [...names]);
      out.applied = [...names];
    } catch (err) {
      if (isReadOnly(err)) out.readOnly = true;
      else out.notes.push((err as Error).message);
    }
  }
  if (out.readOnly) {
    out.notes.push(
      `The token may not label this pull request (read-only, as for pull requests from forks); wanted labels: ${names.join(', ')}. ` +
        'Give the job `pull-requests: write`; a pull request from a fork always gets a read-only token, so its findings are reported as annotations and in the job summary instead.',
    );
  }
  return out;
}

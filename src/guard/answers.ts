// One answer writer per agent: the guard's verdict in the form that agent honours.
//  - allow: no objection (the agent's own permission system still applies: defence in depth).
//  - deny: the agent's deny, with the reason (rule file:line and the way forward).
//  - needs-approval: the agent's "ask" where it has one (Claude Code, Cursor), else a deny that
//    says how to get the approval.
//  - fail closed: a deny in the form the agent honours even when it cannot read JSON: exit 2 and
//    stderr where exit codes block (Claude Code, Codex, Gemini CLI, Cursor), an explicit JSON deny
//    with exit 0 where a failing hook never blocks (Copilot CLI).
import { redactSecrets } from '../replay/secrets.js';
import type { Outcome } from '../engine/types.js';
import type { EventKind, GuardAgent } from './event.js';

export interface Verdict {
  outcome: Outcome;
  /** One paragraph for the agent and its user. */
  reason: string;
  /** The guard could not decide (bad payload, unusable policy, unwritable log, deadline). */
  failClosed?: boolean;
}

export interface Answer {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const HAS_ASK: Record<GuardAgent, boolean> = { claude: true, codex: false, gemini: false, cursor: true, copilot: false };

/** Whether the agent can put a decision to its user (its "ask"). */
export function canAsk(agent: GuardAgent): boolean {
  return HAS_ASK[agent];
}

const json = (v: unknown): string => JSON.stringify(v) + '\n';

export function answer(agent: GuardAgent, kind: EventKind, verdict: Verdict): Answer {
  if (verdict.failClosed) return failClosed(agent, verdict.reason);
  // The reason quotes the command: a secret in it stays out of the agent's transcript.
  const v = verdict.reason ? { ...verdict, reason: redactSecrets(verdict.reason) } : verdict;
  // Only a pre-tool event can block; the others get no objection once logged.
  if (kind !== 'pre-tool' || v.outcome === 'allow') return allow(agent, kind);
  const ask = v.outcome === 'needs-approval' && canAsk(agent);
  switch (agent) {
    case 'claude':
    case 'codex':
      return {
        stdout: json({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: ask ? 'ask' : 'deny', permissionDecisionReason: v.reason } }),
        stderr: '',
        exitCode: 0,
      };
    case 'gemini':
      return { stdout: json({ decision: 'deny', reason: v.reason }), stderr: '', exitCode: 0 };
    case 'cursor':
      return { stdout: json({ permission: ask ? 'ask' : 'deny', user_message: v.reason, agent_message: v.reason }), stderr: '', exitCode: 0 };
    case 'copilot':
      return { stdout: json({ permissionDecision: 'deny', permissionDecisionReason: v.reason }), stderr: '', exitCode: 0 };
  }
}

function allow(agent: GuardAgent, kind: EventKind): Answer {
  // Gemini parses stdout as JSON on exit 0; Cursor's pre-tool events expect a permission.
  if (agent === 'gemini') return { stdout: json({}), stderr: '', exitCode: 0 };
  if (agent === 'cursor' && kind === 'pre-tool') return { stdout: json({ permission: 'allow' }), stderr: '', exitCode: 0 };
  return { stdout: '', stderr: '', exitCode: 0 };
}

/** The deny used when the guard could not decide. */
export function failClosed(agent: GuardAgent, why: string): Answer {
  const reason = `agent-policy-lint guard failed closed: ${withoutSecrets(why)}`;
  switch (agent) {
    case 'claude':
    case 'codex':
    case 'gemini':
      // Exit 2 blocks and shows stderr; no JSON is needed, so it holds when nothing else worked.
      return { stdout: '', stderr: reason + '\n', exitCode: 2 };
    case 'cursor':
      // Exit 2 blocks in Cursor too; the JSON deny says the same for versions that read stdout first.
      return { stdout: json({ permission: 'deny', user_message: reason, agent_message: reason }), stderr: reason + '\n', exitCode: 2 };
    case 'copilot':
      // Copilot CLI ignores a failing hook (the tool runs): only an explicit deny with exit 0 blocks.
      return { stdout: json({ permissionDecision: 'deny', permissionDecisionReason: reason }), stderr: reason + '\n', exitCode: 0 };
  }
}

/** A failure's message may quote the payload (JSON.parse does): its secrets are redacted, and if that fails, the message is left out. */
function withoutSecrets(why: string): string {
  try {
    return redactSecrets(why);
  } catch {
    return 'the reason could not be cleared of secrets, so it is not shown';
  }
}

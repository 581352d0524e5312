// What the guard reads from any agent's hook payload, whatever the agent's wire format.
import type { GuardAgent } from '../agent-tools/guarded.js';

export { GUARD_AGENTS, type GuardAgent } from '../agent-tools/guarded.js';

export type EventKind = 'pre-tool' | 'post-tool' | 'session-start' | 'session-end';

export interface GuardEvent {
  kind: EventKind;
  /** The event's name as the agent sent it (PreToolUse, beforeShellExecution, preToolUse…). */
  name: string;
  sessionId?: string;
  /** The agent's working directory (absolute). */
  cwd?: string;
  /** Pre/post-tool: the tool's name and its arguments (parsed when the agent sends a JSON string). */
  tool?: string;
  input?: unknown;
  toolUseId?: string;
  /** Post-tool: whether the tool succeeded, when the payload says. */
  result?: 'success' | 'error';
  /** Claude's permission_mode and the like, logged as is. */
  mode?: string;
}

/** A payload the guard cannot use: it answers with a deny (fail closed). */
export class PayloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadError';
  }
}

import type { Action } from '../../engine/types.js';

export type LogFormat = 'audit' | 'pillar' | 'tool-invoke' | 'claude' | 'codex';

/** What the log itself claims about an action (absent fields: the log does not say). */
export interface Logged {
  /** false: the log shows the action was blocked. */
  allowed?: boolean;
  requiresApproval?: boolean;
  policyVersion?: string;
  reason?: string;
  /** Raw timestamp as logged (also on the action context). */
  timestamp?: string;
  /** The human the log names (`user`), for reports. */
  user?: string;
}

/** One action read from a log line. */
export interface LogEntry {
  format: LogFormat;
  action: Action;
  logged: Logged;
  /** What the log calls it (`filesystem.write`, `Bash`, `write_file`); see entryLabel. */
  head: string;
  /** The runtime's tool name when the action is not a tool action itself: checked as a tool too. */
  tool?: string;
  /** Claude transcripts: the tool_use id; its outcome arrives on a later line. */
  toolUseId?: string;
  /** Added to the hint of a finding on this entry (how to record what the log lacks). */
  hint?: string;
  /** The other effects of the same tool use, waiting with it for its outcome. */
  also?: LogEntry[];
}

/** Facts of a line that the per-line checks (agent, version, timestamps) use. */
export interface LineFacts {
  agentId?: string;
  sessionId?: string;
  timestamp?: string;
  policyVersion?: string;
  /** Groups lines whose timestamps must not go backwards (a session, or a Claude sub-thread). */
  timeline?: string;
}

/** A Claude tool_result: whether the tool use it answers was blocked. */
export interface ToolOutcome {
  toolUseId: string;
  blocked: boolean;
  /** Why we think it was blocked (a fixed phrase, never the result text). */
  why?: string;
}

export type ReadResult =
  | {
      kind: 'entries';
      entries: LogEntry[];
      facts: LineFacts;
      /** Where to look for secrets: [value, path label] pairs. */
      params: Array<[unknown, string]>;
      outcomes?: ToolOutcome[];
      /** Parts of the line that could not be read (the rest was). */
      problems?: string[];
    }
  /** A record that carries no action (Claude user/system/summary lines): skipped silently. */
  | { kind: 'skip'; outcomes?: ToolOutcome[] }
  /** Not a shape we know, or a known shape missing what it needs. */
  | { kind: 'unknown'; message: string };

/** Per-file state a reader may keep (Claude session roots, seen tool_use ids). */
export interface ReaderState {
  /** Absolute repository root on this machine (the policy's directory). */
  repoRoot: string;
  /** sessionId -> the first cwd seen in that session (the project directory on the agent's machine). */
  sessionRoots: Map<string, string>;
  /** Recently seen tool_use ids (bounded): a message split over lines is not counted twice. */
  seenToolUse: Set<string>;
  /**
   * sessionId -> uuid of the latest sub-agent thread root (a sidechain line with no parent):
   * the timeline of the inline sub-agent turns that follow it.
   */
  sideRoots: Map<string, string>;
  /** --agent: the agent to attribute actions to when the log does not name one. */
  defaultAgent?: string;
  /** Codex rollouts: the current turn's cwd (its turn_context). */
  codexCwd?: string;
}

export function newReaderState(repoRoot: string, defaultAgent?: string, from?: { sessionRoots?: Map<string, string>; sideRoots?: Map<string, string> }): ReaderState {
  return {
    repoRoot,
    sessionRoots: new Map(from?.sessionRoots),
    seenToolUse: new Set(),
    sideRoots: new Map(from?.sideRoots),
    defaultAgent,
  };
}

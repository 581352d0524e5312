import type { Origin } from '../policy/types.js';

/** Fields every action may carry, whatever its kind. */
export interface ActionContext {
  agentId?: string;
  sessionId?: string;
  /** ISO timestamp as logged. */
  timestamp?: string;
  /** Working directory the agent ran in (absolute), used to make paths repository-relative. */
  cwd?: string;
  /** Approval the log or the caller claims. */
  approvalId?: string;
  /**
   * Replay: where the repository lay on the machine that wrote the log (the recorded root, or a
   * Claude Code session's first cwd). An absolute path under it that a command names is that
   * path in the repository (src/engine/logged-root.ts).
   */
  loggedRoot?: string;
}

export type FsOp = 'read' | 'write' | 'delete';

/**
 * Where a path leads on this machine when a symbolic link lies on it (an absolute path), else
 * undefined. Given by adapters that decide what is about to happen on this disk (src/links.ts).
 */
export type LinkTarget = (path: string, cwd: string | undefined) => string | undefined;

export type Action = ActionContext &
  (
    | {
        kind: 'filesystem';
        op: FsOp;
        paths: string[];
        /** The paths are guesses (values of an unknown tool's input shaped like paths): only a deny rule decides them. */
        guessed?: boolean;
      }
    | { kind: 'command'; command: string }
    | { kind: 'network'; host?: string; url?: string }
    | { kind: 'tool'; tool: string; parameters?: unknown }
  );

/**
 * The verdict every entry point reads (SPEC 3): `needs-approval` means a valid human approval,
 * and nothing else, would allow the action; `deny` means only a policy change would.
 */
export type Outcome = 'allow' | 'deny' | 'needs-approval';

export type RuleEffect = 'deny' | 'allow' | 'approval' | 'exception' | 'default' | 'bypass';

/** A rule that took part in a decision. */
export interface DecidingRule {
  effect: RuleEffect;
  /** The pattern as written ('' for defaults such as "not in allow list"). */
  pattern: string;
  /** Where it is written; undefined for built-in defaults. */
  origin?: Origin;
  /** What it was matched against: a normalised path, a simple command, a host. */
  subject: string;
  /** Whether it matched the subject (explain also lists consulted rules that did not). */
  matched: boolean;
}

/** One subject of an action: a path, a simple command inside a command line, a host, a tool. */
export interface SubjectDecision {
  subject: string;
  kind: 'path' | 'command' | 'host' | 'tool';
  /** This subject's verdict (see Outcome). */
  outcome: Outcome;
  allowed: boolean;
  requiresApproval: boolean;
  reason: string;
  rules: DecidingRule[];
  /** For a path reached through a command line: how (`> .env`, `tee out.txt`). */
  via?: string;
}

export interface Decision {
  /** The verdict: every adapter reads this and never derives it again. */
  outcome: Outcome;
  /** outcome === 'allow' (approvals taken into account). */
  allowed: boolean;
  /** Some subject matched a require_human_approval rule and no deny. */
  requiresApproval: boolean;
  /** requiresApproval and the action carried an approval that counts. */
  approved: boolean;
  /** One line for people. */
  reason: string;
  /** Every subject; the action is allowed only if all are. */
  subjects: SubjectDecision[];
  /**
   * Filesystem writes/deletes when a max_files_per_action applies: the count and the limit
   * (exceeding it is a replay finding, not a denial).
   */
  fileLimit?: { count: number; limit: number; origin?: Origin; exceeded: boolean };
}

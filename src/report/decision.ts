// One replayed action as the report formats see it (html, ocsf, splunk-hec): streamed from the
// replay to the output as it is decided, so that a replay of millions of lines stays small.
import type { Outcome, RuleEffect } from '../engine/types.js';

/** What the action touched: a file operation, a command line, a host or URL, a tool. */
export type DecisionKind = 'read' | 'write' | 'delete' | 'command' | 'network' | 'tool';

/** The badge people see: a bypass is a denial that a committed bypass record let through. */
export type Verdict = 'allow' | 'deny' | 'approval' | 'bypass';

/** The policy rule that decided: where it is written, so a reader can open it. */
export interface DecidingRuleRef {
  /** Stable id: the policy file (relative to the repository) and the JSON pointer of the rule. */
  uid: string;
  effect: RuleEffect;
  pattern: string;
  /** Relative to the repository root. */
  file: string;
  line: number;
  column: number;
}

export interface ReplayedDecision {
  /** As logged (never re-formatted) and as milliseconds since the epoch when it parses. */
  timestamp?: string;
  ms?: number;
  agent?: string;
  session?: string;
  user?: string;
  kind: DecisionKind;
  /** The path (the first, when there are several), the command line, the URL or host, the tool. */
  subject: string;
  /** Every path of a filesystem action with more than one (at most 20). */
  paths?: string[];
  host?: string;
  url?: string;
  /** The runtime's name for what it called (`Bash`, `write_file`). */
  tool?: string;
  /** The engine's verdict (Decision.outcome), never derived again here. */
  outcome: Outcome;
  /** outcome allow because a valid approval was given. */
  approved: boolean;
  verdict: Verdict;
  /** Bypass records that covered a denied action. */
  bypass?: string[];
  /** The log shows the runtime blocked it. */
  blocked: boolean;
  /** One line for people (the engine's reason). */
  reason: string;
  rule?: DecidingRuleRef;
  /** Version of the policy in review; the logged one when the log states another. */
  policyVersion: string;
  loggedPolicyVersion?: string;
  /** The log file (relative to the working directory) and line. */
  log: string;
  line: number;
}

/** Where replayed decisions go: one line of text per decision, in file order. */
export interface DecisionChannel {
  /** Names the encoder, so that replay worker threads can encode too. */
  format: DecisionFormat;
  /** Clonable facts every encoded decision repeats (tool version, host). */
  meta: DecisionMeta;
  /** Called on the main thread with one or more encoded lines (each ends with a newline). */
  write(text: string | Uint8Array): void;
  /**
   * Writes out (or copies) what write was given, so that the bytes passed may be reused: replay
   * workers' buffers go back to them to be filled again. Without it, they are not reused.
   */
  flush?(): void;
}

export type DecisionFormat = 'ocsf' | 'splunk-hec' | 'json';

export interface DecisionMeta {
  toolVersion: string;
  /** Host name for Splunk HEC envelopes. */
  host: string;
  /** Report time (ms) for decisions whose log line has no timestamp. */
  now: number;
}

/**
 * Where an encoder writes a line, as UTF-8 bytes (src/replay/byte-lines.ts): constant parts as
 * bytes made once, what varies as it comes, with no string built per line.
 */
export interface JsonOut {
  raw(bytes: Uint8Array): void;
  /** Text that is JSON already, as UTF-8. */
  text(s: string): void;
  /** A string as a JSON string literal (what JSON.stringify gives). */
  quoted(s: string): void;
  /** A number as JSON writes it. */
  num(n: number): void;
}

/** Writes one decision's line (with its end) to out. */
export type DecisionEncoder = (d: ReplayedDecision, out: JsonOut) => void;

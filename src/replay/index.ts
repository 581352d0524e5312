import type { Finding } from '../report/finding.js';
import type { PolicySet } from '../policy/types.js';

export interface ReplayOptions {
  cwd: string;
  set: PolicySet;
  /** --agent-log values: files or globs, relative to cwd. */
  logs: string[];
  /** Progress on stderr when it is a TTY. */
  progress?: boolean;
}

export interface ReplayResult {
  findings: Finding[];
  /** Log files replayed (absolute). */
  files: string[];
}

/** --agent-log. Placeholder until replay lands. */
export async function replayLogs(_opts: ReplayOptions): Promise<ReplayResult> {
  return { findings: [], files: [] };
}

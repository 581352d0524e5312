// The lint run's options: what the CLI parses from its flags (src/cli/args.ts) and hands to the
// pipelines it starts, its own and the adapters' (the pre-commit hook's --staged run).
import type { Format } from '../report/format.js';

export interface LintOptions {
  config?: string;
  checkConflicts: boolean;
  agentLogs: string[];
  format: Format;
  output?: string;
  maxWarnings?: number;
  staged: boolean;
  fix: boolean;
  quiet: boolean;
  /** --agent ID: treat the commit (--staged) or the actions as this agent's. */
  agent?: string;
  color?: boolean;
}

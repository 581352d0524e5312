import type { Finding } from '../report/finding.js';
import type { PolicySet } from './types.js';

export interface LoadOptions {
  cwd: string;
  /** --config FILE; otherwise found from cwd upwards to the repository root. */
  config?: string;
  /** --fix: apply safe fixes to the policy files in place. */
  fix?: boolean;
  /** Read files through this instead of the file system (the staged index in --staged). */
  readFile?: (absPath: string) => string | undefined;
}

export interface LoadResult {
  /** Undefined when no usable root policy could be built (its findings say why). */
  set?: PolicySet;
  findings: Finding[];
  /** Every policy and override file read (absolute). */
  files: string[];
}

/** Placeholder until the policy loader lands: finds nothing. */
export async function loadPolicySet(_opts: LoadOptions): Promise<LoadResult> {
  return { findings: [], files: [] };
}

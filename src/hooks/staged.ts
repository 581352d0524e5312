import type { LintOptions } from '../cli/args.js';

/** --staged: the pre-commit pipeline. Placeholder until the hook lands. Returns the exit code. */
export async function runStaged(_opts: LintOptions, _cwd: string): Promise<number> {
  return 0;
}

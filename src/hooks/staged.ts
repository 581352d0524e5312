import type { LintOptions } from '../cli/args.js';
import { stagedEntries } from './git.js';

/**
 * --staged: the pre-commit pipeline. This module stays tiny: with nothing staged the hook costs one
 * `git diff --cached` and exits 0 before anything heavy (YAML, schemas, engine) is loaded.
 */
export async function runStaged(opts: LintOptions, cwd: string): Promise<number> {
  const entries = await stagedEntries(cwd);
  if (entries.length === 0) return 0;
  const { checkStaged } = await import('./check.js');
  return checkStaged(opts, cwd, entries);
}

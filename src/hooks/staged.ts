import type { LintOptions } from '../lint/options.js';
import type { RulesMetaLoader } from '../lint/report.js';
import { stagedEntries } from './git.js';
import { startIndexReads } from './index-files.js';

/**
 * --staged: the pre-commit pipeline. This module stays small: with nothing staged the hook exits 0
 * after `git diff --cached`, before anything heavy (YAML, schemas, engine) is loaded. The index
 * reads every other case needs start at the same time, in parallel with the diff.
 */
export async function runStaged(opts: LintOptions, cwd: string, loadRulesMeta: RulesMetaLoader): Promise<number> {
  const diff = stagedEntries(cwd);
  const reads = startIndexReads(cwd, opts.config);
  const entries = await diff;
  if (entries.length === 0) return 0;
  const { checkStaged } = await import('./check.js');
  return checkStaged(opts, cwd, entries, loadRulesMeta, reads);
}

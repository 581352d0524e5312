import type { LintOptions } from '../lint/options.js';
import type { RulesMetaLoader } from '../lint/report.js';
import { stagedEntries } from './git.js';
import type { StartedReads } from './git-spawn.js';
import { startIndexReads } from './index-files.js';

/**
 * --staged: the pre-commit pipeline. This module stays small: with nothing staged the hook exits 0
 * after `git diff --cached`, before anything heavy (YAML, schemas, engine) is loaded. The index
 * reads every other case needs start at the same time, in parallel with the diff. `started`: those
 * git processes already started by the hook's entry (src/cli/staged-boot.ts), before this code loaded.
 */
export async function runStaged(opts: LintOptions, cwd: string, loadRulesMeta: RulesMetaLoader, started: StartedReads = {}): Promise<number> {
  const diff = stagedEntries(cwd, started.diff);
  const reads = startIndexReads(cwd, opts.config, started.indexed);
  const entries = await diff;
  if (entries.length === 0) return 0;
  const { checkStaged } = await import('./check.js');
  return checkStaged(opts, cwd, entries, loadRulesMeta, reads);
}

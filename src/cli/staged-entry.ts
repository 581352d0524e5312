// dist/guard-chunks/staged.js: `agent-policy-lint --staged` (the pre-commit hook) run from the
// guard's CommonJS chunks, compiled through the V8 code cache (dist/staged.cjs, staged-boot.ts),
// rather than from the CLI's ES module chunks. dist/cli.js comes here for a run whose first
// argument is an option and that names --staged; the parsing and the pipeline are the CLI's own.
import { parseLintArgs } from './args.js';
import { loadRulesMeta } from './rules-meta.js';
import { runStaged } from '../hooks/staged.js';

/** The exit code of a --staged run; undefined when the arguments are not one (the CLI then runs). */
export async function runStagedCli(argv: string[], cwd: string): Promise<number | undefined> {
  const parsed = parseLintArgs(argv, cwd);
  if (parsed === 'help' || parsed === 'version' || !parsed.staged) return undefined;
  return runStaged(parsed, cwd, loadRulesMeta);
}

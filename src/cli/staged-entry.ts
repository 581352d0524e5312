// dist/guard-chunks/staged.js: `agent-policy-lint --staged` (the pre-commit hook) run from the
// guard's CommonJS chunks, compiled through the V8 code cache (dist/staged.cjs and
// dist/pre-commit.cjs, staged-boot.ts), rather than from the CLI's ES module chunks. dist/cli.js
// comes here for a run whose first argument is an option and that names --staged, and
// dist/pre-commit.cjs (the hook `init` installs) for every run; the parsing and the pipeline are the CLI's own.
import { parseLintArgs } from './args.js';
import { fail } from './fail.js';
import { loadRulesMeta } from './rules-meta.js';
import type { StartedReads } from '../hooks/git-spawn.js';
import { runStaged } from '../hooks/staged.js';

/**
 * The exit code of a --staged run; undefined when the arguments are not one (the CLI then runs).
 * Errors are answered here, as the CLI answers them (fail.ts): a UsageError thrown in these chunks
 * is not an instance of the CLI bundle's own class. `started`: git processes the boot started
 * (staged-boot.ts), used only by a --staged run.
 */
export async function runStagedCli(argv: string[], cwd: string, started: StartedReads = {}): Promise<number | undefined> {
  try {
    const parsed = parseLintArgs(argv, cwd);
    if (parsed === 'help' || parsed === 'version' || !parsed.staged) return undefined;
    return await runStaged(parsed, cwd, loadRulesMeta, started);
  } catch (e) {
    return fail(e);
  }
}

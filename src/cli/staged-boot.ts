// dist/staged.cjs: loads the --staged pipeline (dist/guard-chunks/staged.js, staged-entry.ts)
// through the guard's chunk loader and V8 code cache (src/guard/boot.ts does the same for the
// hook), so the pre-commit hook starts as fast as the runtime guard. dist/cli.js requires it, and
// dist/pre-commit.cjs (pre-commit-boot.ts) bundles it; AGENT_POLICY_LINT_CODE_CACHE=0 compiles
// without the cache.
// The pipeline's first git processes start before anything else: `git diff --cached` and, for the
// hooks' own arguments (exactly `--staged`: no --config, no file named), the index read of its
// policy files. git reads the index (10,000 files: most of a commit's check) while the chunks load.
// They are the very commands the pipeline would run (git-spawn.ts, index-specs.ts), in the same
// directory and environment, only earlier.
import { join } from 'node:path';
import { STAGED_DIFF_ARGS, spawnGit, type StartedReads } from '../hooks/git-spawn.js';
import { indexReadArgs, indexReadSpecs } from '../hooks/index-specs.js';
import { chunkLoader } from '../guard/chunk-loader.js';
import { codeCacheDir, compileWithCache, openCodeCache, saveCodeCache } from '../guard/code-cache.js';
import { cacheDirOf } from '../policy/cache-dir.js';

function cacheDir(cwd: string): string | undefined {
  if (process.env.AGENT_POLICY_LINT_CODE_CACHE === '0') return undefined;
  try {
    return codeCacheDir(cacheDirOf(cwd));
  } catch {
    return undefined;
  }
}

/** See staged-entry.ts: the exit code, or undefined when argv is not a --staged run. */
export function runStagedCli(argv: string[], cwd: string): Promise<number | undefined> {
  // Only for what names --staged (pre-commit.cjs comes here with any arguments); unused when the
  // arguments turn out not to be a --staged run (git then just finishes on its own).
  const started: StartedReads = {};
  if (argv.includes('--staged')) started.diff = spawnGit(STAGED_DIFF_ARGS, cwd);
  if (argv.length === 1 && argv[0] === '--staged') started.indexed = spawnGit(indexReadArgs(indexReadSpecs(undefined)), cwd);
  const cache = openCodeCache(cacheDir(cwd));
  process.on('exit', () => saveCodeCache(cache));
  const loader = chunkLoader(join(__dirname, 'guard-chunks'), (source, filename, bytes) => compileWithCache(cache, source, filename, bytes), require);
  const entry = loader.load('staged.js') as { runStagedCli: typeof import('./staged-entry.js').runStagedCli };
  return entry.runStagedCli(argv, cwd, started);
}

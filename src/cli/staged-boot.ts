// dist/staged.cjs: loads the --staged pipeline (dist/guard-chunks/staged.js, staged-entry.ts)
// through the guard's chunk loader and V8 code cache (src/guard/boot.ts does the same for the
// hook), so the pre-commit hook starts as fast as the runtime guard. dist/cli.js requires it;
// AGENT_POLICY_LINT_CODE_CACHE=0 compiles without the cache.
import { join } from 'node:path';
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
  const cache = openCodeCache(cacheDir(cwd));
  process.on('exit', () => saveCodeCache(cache));
  const loader = chunkLoader(join(__dirname, 'guard-chunks'), (source, filename, bytes) => compileWithCache(cache, source, filename, bytes), require);
  const entry = loader.load('staged.js') as { runStagedCli: typeof runStagedCli };
  return entry.runStagedCli(argv, cwd);
}

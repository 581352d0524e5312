// dist/guard.cjs: the hook's entry. CommonJS, so Node starts it without its ES module loader, and
// it runs the guard's chunks (dist/guard-chunks/, entry.ts and what it loads) through the V8 code
// cache (code-cache.ts). It needs only Node's built-ins and this small bundle to start.
// AGENT_POLICY_LINT_CODE_CACHE=0 compiles without the cache (benchmarks, diagnosis).
import { join } from 'node:path';
import { cacheDirOf } from '../policy/cache-dir.js';
import { chunkLoader } from './chunk-loader.js';
import { codeCacheDir, compileWithCache, openCodeCache, saveCodeCache } from './code-cache.js';

function cacheDir(): string | undefined {
  if (process.env.AGENT_POLICY_LINT_CODE_CACHE === '0') return undefined;
  try {
    return codeCacheDir(cacheDirOf(process.cwd()));
  } catch {
    return undefined;
  }
}

const cache = openCodeCache(cacheDir());
process.on('exit', () => saveCodeCache(cache));
try {
  chunkLoader(join(__dirname, 'guard-chunks'), (source, filename, bytes) => compileWithCache(cache, source, filename, bytes), require).load('entry.js');
} catch (e) {
  // The guard's code could not be loaded: exit 2 blocks where exit codes do (the installed command
  // adds an explicit deny for Copilot CLI).
  process.stderr.write(`agent-policy-lint guard failed closed: cannot load: ${(e as Error)?.message ?? String(e)}\n`);
  process.exitCode = 2;
}

// Loads the guard's CommonJS chunks (dist/guard-chunks/, scripts/build.mjs) the way Node's
// CommonJS loader would, but compiling each through the code cache (code-cache.ts). The chunks
// require only each other ('./name.js', './babylon.cjs') and Node's built-in modules.
import { readFileSync } from 'node:fs';
import { sep } from 'node:path';
import type { Script } from 'node:vm';

interface ChunkModule {
  exports: unknown;
  id: string;
  filename: string;
  loaded: boolean;
}

type ChunkFunction = (exports: unknown, require: (spec: string) => unknown, module: ChunkModule, filename: string, dirname: string) => void;

/** `source` inside Node's CommonJS wrapper; a `#!` first line becomes a comment (only the file's start may hold one). */
export function wrapChunk(source: string): string {
  const body = source.startsWith('#!') ? `//${source.slice(2)}` : source;
  return `(function (exports, require, module, __filename, __dirname) { ${body}\n});`;
}

/**
 * A loader for the chunks in `dir`: `load('entry.js')` runs a chunk (once; a chunk being loaded is
 * returned as it is, as Node does for a require cycle). A failing chunk is forgotten, so a second
 * require tries again rather than returning half its exports.
 */
/** `dir`: an absolute, normalised directory (its chunks' paths are `dir` + the separator + the name). */
export function chunkLoader(dir: string, compile: (source: string, filename: string, bytes: Buffer) => Script, nativeRequire: (spec: string) => unknown) {
  const loaded = new Map<string, ChunkModule>();
  const requireChunk = (spec: string): unknown => {
    if (spec.startsWith('./') && !spec.includes('/', 2)) return load(spec.slice(2));
    if (spec.startsWith('.') || spec.startsWith('/')) throw new Error(`guard chunk loader: unexpected require("${spec}")`);
    return nativeRequire(spec);
  };
  function load(name: string): unknown {
    // By name, and the file's path made only for a chunk not loaded yet: shared chunks are required
    // from many others, and path.join, run cold, cost a hook start about a millisecond in all.
    const known = loaded.get(name);
    if (known) return known.exports;
    const filename = dir + sep + name;
    const module: ChunkModule = { exports: {}, id: filename, filename, loaded: false };
    loaded.set(name, module);
    try {
      // The bytes go to the compiler too: the code cache keys its entry by them (cheaper to hash than the source text).
      const bytes = readFileSync(filename);
      const fn = compile(wrapChunk(bytes.toString('utf8')), filename, bytes).runInThisContext() as ChunkFunction;
      fn.call(module.exports, module.exports, requireChunk, module, filename, dir);
    } catch (e) {
      loaded.delete(name);
      throw e;
    }
    module.loaded = true;
    return module.exports;
  }
  return { load };
}

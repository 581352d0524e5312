// Builds dist/: generated sources first, then one esbuild bundle per entry point.
// The output must be byte-for-byte reproducible: CI rebuilds and diffs it.
import { build, transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { writeBuildStamp } from './build-stamp.mjs';

for (const gen of ['scripts/gen-validators.mjs', 'scripts/gen-rules-doc.mjs']) {
  if (!existsSync(gen)) continue;
  const r = spawnSync(process.execPath, [gen], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// src/version.ts SOURCE_STAMP: a hash of this script and every source and data file (paths and
// contents, in a fixed order), so that caches of what the code computed are never used by a build whose code
// could compute otherwise. Deterministic, like the rest of dist/.
function sourceStamp() {
  const h = createHash('sha256');
  // The build itself too: its plugins rewrite sources.
  h.update(readFileSync('scripts/build.mjs')).update('\0');
  for (const dir of ['src', 'data']) {
    for (const f of readdirSync(dir, { recursive: true }).map(String).sort()) {
      const path = join(dir, f);
      if (!statSync(path).isFile()) continue;
      h.update(`${path.split('\\').join('/')}\0`).update(readFileSync(path)).update('\0');
    }
  }
  return h.digest('hex').slice(0, 32);
}

// Build beside dist/ and swap it in, so a test running the CLI never sees half a dist/.
const tmp = `dist.tmp-${process.pid}`;
rmSync(tmp, { recursive: true, force: true });
const common = {
  outdir: tmp,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  minifySyntax: true,
  define: { __APL_SOURCE_STAMP__: JSON.stringify(sourceStamp()) },
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow; its ESM build bundles.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  logLevel: 'warning',
  // CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);",
  },
};
// src/match/bash-parser-load.ts loads bash-parser on the first line that needs the full shell
// grammar (a simple list never does). The CLI's bundle keeps its literal require (esbuild bundles
// the parser as a module evaluated on that first call). The guard's chunks are CommonJS (no
// import.meta) and get a require of guard-chunks/bash-parser.cjs, a file of its own built below,
// so a shell call that needs no parser does not read, hash or compile its 200 KB.
const BASH_PARSER_LOAD = "(typeof require === 'function' ? require('@ericcornelissen/bash-parser') : createRequire(import.meta.url)('@ericcornelissen/bash-parser'))";
const lazyBashParser = {
  name: 'lazy-bash-parser',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]match[\\/]bash-parser-load\.ts$/ }, (args) => {
      const src = readFileSync(args.path, 'utf8');
      if (!src.includes(BASH_PARSER_LOAD)) throw new Error(`lazy-bash-parser: ${args.path} no longer has ${BASH_PARSER_LOAD}`);
      return { contents: src.replace("import { createRequire } from 'node:module';", '').replace(BASH_PARSER_LOAD, "require('./bash-parser.cjs')"), loader: 'ts' };
    });
    b.onResolve({ filter: /^\.\/bash-parser\.cjs$/ }, () => ({ path: './bash-parser.cjs', external: true }));
  },
};
await build({ ...common, entryPoints: { cli: 'src/cli/bin.ts', index: 'src/action/main.ts' }, chunkNames: 'chunks/[name]-[hash]' });
// The runtime guard runs before every tool call: its own build, so its chunks split only where it
// loads code lazily (the bash parser, the policy checker, the search automata). Loading costs
// per module: a warm edit decision loads 8 files instead of 21 (about 7% less CPU).
// bash-parser requires babylon (200 KB, a third of the guard's shell chunk) when it loads, but calls
// it only for an arithmetic expansion `$((…))`. In the guard it is a file of its own
// (guard-chunks/babylon.cjs, node_modules/babylon/lib/index.js as it is: it requires nothing),
// required on that first call, so a shell call does not parse it. A missing file makes such a
// command "shell syntax not understood" (never an allow).
const BABYLON_REQUIRE = "const babylon = require('babylon');";
const lazyBabylon = {
  name: 'lazy-babylon',
  setup(b) {
    b.onLoad({ filter: /bash-parser[\\/]src[\\/]modes[\\/]posix[\\/]rules[\\/]arithmetic-expansion\.js$/ }, (args) => {
      const src = readFileSync(args.path, 'utf8');
      if (!src.includes(BABYLON_REQUIRE)) throw new Error(`lazy-babylon: ${args.path} no longer has ${BABYLON_REQUIRE}`);
      const lazy = "let babylonModule;\nconst babylon = { parse: (text) => (babylonModule ??= require('./babylon.cjs')).parse(text) };";
      return { contents: src.replace(BABYLON_REQUIRE, lazy), loader: 'js' };
    });
    b.onResolve({ filter: /^\.\/babylon\.cjs$/ }, () => ({ path: './babylon.cjs', external: true }));
  },
};
// signal-exit uses node:assert for one argument check (assert.equal): see the shim.
const signalExitAssert = {
  name: 'signal-exit-assert',
  setup(b) {
    b.onResolve({ filter: /^assert$/ }, (args) =>
      /[\\/]signal-exit[\\/]/.test(args.importer) ? { path: join(process.cwd(), 'scripts/shims/assert-equal.cjs') } : undefined,
    );
  },
};
// The guard's chunks are built as ES modules (esbuild splits only that format) and each is then
// turned into CommonJS, dynamic import() included (a require in a promise, still lazy): Node
// starts a CommonJS entry without its ES module loader, and src/guard/boot.ts (dist/guard.cjs)
// compiles them through a V8 code cache. guard-chunks/package.json says they are CommonJS.
// Replay (reached by --staged for staged logs) starts worker threads on its own file's URL; in the
// chunks it stays on one thread (a replay of staged text never uses workers anyway).
const noReplayWorkers = {
  name: 'no-replay-workers',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]replay[\\/]parallel\.ts$/ }, (args) => {
      const src = readFileSync(args.path, 'utf8');
      if (!src.includes('import.meta.url')) throw new Error(`no-replay-workers: ${args.path} no longer uses import.meta.url`);
      return { contents: src.split('import.meta.url').join('"file:///guard-chunks/no-workers"'), loader: 'ts' };
    });
  },
};
// node:child_process (with net and stream for its pipes) costs a guard start about 8% of a bare
// Node start to load. A warm hook call starts no process (src/guard/override-cache.ts), so in the
// guard's chunks these two modules load it on their first spawn instead of when they load.
const LAZY_CHILD_PROCESS = /^import \{ ([\w, ]+) \} from 'node:child_process';$/m;
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/](policy[\\/]discover|guard[\\/]override-cache)\.ts$/ }, (args) => {
      const src = readFileSync(args.path, 'utf8');
      const m = LAZY_CHILD_PROCESS.exec(src);
      if (!m) throw new Error(`lazy-child-process: ${args.path} no longer imports node:child_process by name`);
      const names = m[1].split(',').map((n) => n.trim());
      const lazy = [
        "let lazyChildProcess: typeof import('node:child_process') | undefined;",
        "const childProcess = () => (lazyChildProcess ??= require('node:child_process') as typeof import('node:child_process'));",
        ...names.map((n) => `const ${n} = ((...a: unknown[]) => (childProcess().${n} as (...a: unknown[]) => unknown)(...a)) as typeof import('node:child_process').${n};`),
      ].join('\n');
      return { contents: src.replace(m[0], lazy), loader: 'ts' };
    });
  },
};
// data/programs.json and data/program-hazards.json for the guard: each entry of their per-program
// tables (`touch`, `programs`) as its JSON text, in guard-chunks/data-entries.bin
// (src/guard/data-entries.ts), parsed when a command first names its program
// (src/match/lazy-table.ts). Building every entry as an object cost a hook run about 2 ms for the
// ~370 touch models alone; a command needs the few it names. Kept in a chunk as string constants,
// the 300 KB of texts were deserialised from its code cache (and hashed) on every run that decided
// a command; in a file, a run reads them in one read and decodes the few it needs. Comments (`$…`)
// are dropped, the rest of each file is as written.
const dataTables = new Map();
function tableOfTexts(name, table) {
  dataTables.set(name, Object.entries(table).filter(([k]) => !k.startsWith('$')).map(([k, v]) => [k, JSON.stringify(v)]));
  return `entryTexts(__dirname, ${JSON.stringify(name)})`;
}
const dataEntriesFile = {
  name: 'data-entries-file',
  setup(b) {
    const reader = `import { entryTexts } from ${JSON.stringify(join(process.cwd(), 'src/guard/data-entries.ts'))};`;
    b.onLoad({ filter: /[\\/]data[\\/]programs\.json$/ }, (args) => {
      const data = JSON.parse(readFileSync(args.path, 'utf8'));
      if (!data.touch || !data.programs) throw new Error(`data-entries-file: ${args.path} has no touch or programs table`);
      const programs = tableOfTexts('programs.programs', data.programs);
      const touch = tableOfTexts('programs.touch', data.touch);
      return { contents: `${reader}\nexport default { programs: ${programs}, registries: ${JSON.stringify(data.registries)}, touch: ${touch} };`, loader: 'js' };
    });
    b.onLoad({ filter: /[\\/]data[\\/]program-hazards\.json$/ }, (args) => {
      const data = JSON.parse(readFileSync(args.path, 'utf8'));
      if (!data.programs) throw new Error(`data-entries-file: ${args.path} has no programs table`);
      return { contents: `${reader}\nexport default { programs: ${tableOfTexts('program-hazards.programs', data.programs)} };`, loader: 'js' };
    });
  },
};
/** guard-chunks/data-entries.bin: a JSON index of byte spans, a newline, the texts (src/guard/data-entries.ts). */
function writeDataEntries(file) {
  const index = {};
  const texts = [];
  let offset = 0;
  for (const name of [...dataTables.keys()].sort()) {
    const spans = (index[name] = {});
    for (const [entry, text] of dataTables.get(name)) {
      const bytes = Buffer.from(text, 'utf8');
      spans[entry] = [offset, offset + bytes.length];
      texts.push(bytes);
      offset += bytes.length;
    }
  }
  writeFileSync(file, Buffer.concat([Buffer.from(`${JSON.stringify(index)}\n`, 'utf8'), ...texts]));
}
// Two entries share the chunks: the hook (entry.js) and the pre-commit hook's --staged (staged.js,
// started by dist/cli.js through dist/staged.cjs).
const guardChunks = await build({
  ...common,
  banner: {},
  outdir: `${tmp}/guard-chunks`,
  write: false,
  entryPoints: { entry: 'src/guard/entry.ts', staged: 'src/cli/staged-entry.ts' },
  chunkNames: '[name]-[hash]',
  // A hook run reads, decodes and hashes every chunk it loads: without comments and indentation
  // the chunks are 15% smaller, and the comments' few non-ASCII characters no longer make
  // V8 hold a whole chunk as a two-byte string.
  minifyWhitespace: true,
  alias: { ...common.alias, 'graceful-fs': './scripts/shims/graceful-fs.cjs' },
  plugins: [lazyBabylon, lazyBashParser, signalExitAssert, noReplayWorkers, lazyChildProcess, dataEntriesFile],
});
// guard-chunks/bash-parser.cjs: bash-parser on its own (CommonJS, babylon still lazy), loaded by
// the chunk loader through the code cache on the first line that needs the full grammar.
const bashParserChunk = await build({
  ...common,
  banner: {},
  splitting: false,
  format: 'cjs',
  write: false,
  outdir: `${tmp}/guard-chunks`,
  entryPoints: { 'bash-parser': 'node_modules/@ericcornelissen/bash-parser/src/index.js' },
  outExtension: { '.js': '.cjs' },
  plugins: [lazyBabylon],
});
mkdirSync(`${tmp}/guard-chunks`, { recursive: true });
for (const f of guardChunks.outputFiles) {
  if (!f.path.endsWith('.js')) throw new Error(`guard build: unexpected output ${f.path}`);
  const cjs = await transform(f.text, { format: 'cjs', minifyWhitespace: true, platform: 'node', target: 'node20', supported: { 'dynamic-import': false }, logLevel: 'warning' });
  if (/\bimport\.meta\b/.test(cjs.code)) throw new Error(`guard build: ${f.path} uses import.meta, which CommonJS lacks`);
  writeFileSync(f.path, cjs.code);
}
writeFileSync(`${tmp}/guard-chunks/package.json`, '{"type":"commonjs"}\n');
writeDataEntries(`${tmp}/guard-chunks/data-entries.bin`);
copyFileSync('node_modules/babylon/lib/index.js', `${tmp}/guard-chunks/babylon.cjs`);
for (const f of bashParserChunk.outputFiles) {
  if (!f.path.endsWith('bash-parser.cjs')) throw new Error(`guard build: unexpected output ${f.path}`);
  if (/\bimport\.meta\b/.test(f.text)) throw new Error(`guard build: ${f.path} uses import.meta, which CommonJS lacks`);
  writeFileSync(f.path, f.text);
}
// dist/pre-commit.cjs: the pre-commit hook's own CommonJS entry (the hook `init` installs runs it).
await build({ ...common, banner: {}, splitting: false, format: 'cjs', entryPoints: { guard: 'src/guard/boot.ts', staged: 'src/cli/staged-boot.ts', 'pre-commit': 'src/cli/pre-commit-boot.ts' }, outExtension: { '.js': '.cjs' } });
// dist/guard.js: the entry hooks installed before guard.cjs existed run; it starts the same guard.
writeFileSync(
  `${tmp}/guard.js`,
  "#!/usr/bin/env node\n// Kept for hooks installed before dist/guard.cjs: the guard itself is guard.cjs (CommonJS).\nimport { createRequire } from 'node:module';\ncreateRequire(import.meta.url)('./guard.cjs');\n",
);
const old = `dist.old-${process.pid}`;
if (existsSync('dist')) renameSync('dist', old);
renameSync(tmp, 'dist');
rmSync(old, { recursive: true, force: true });
// Tests rebuild before they run unless this stamp says dist/ matches the sources (test/global-setup.ts).
writeBuildStamp();

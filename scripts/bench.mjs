// npm run bench: bundles every bench/*.bench.ts with esbuild into .bench/ and runs each in its own
// process, in name order. Each prints its figures and its ratio against a baseline measured in
// the same process. Pass names to run a subset: npm run bench -- cli decide
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
if (spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) process.exit(1);
// bench/*.child.ts: programs a bench runs as child processes (the honest floor, the built CLI).
const children = readdirSync('bench').filter((f) => f.endsWith('.child.ts'));
await build({
  entryPoints: [...files, ...children].map((f) => `bench/${f}`),
  outdir: '.bench',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
let failed = 0;
for (const f of files) {
  const out = `.bench/${f.replace(/\.ts$/, '.mjs')}`;
  process.stdout.write(`\n== ${f}\n`);
  const r = spawnSync(process.execPath, ['--expose-gc', out], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);

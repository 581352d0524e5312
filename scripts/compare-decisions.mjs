// Decision-equivalence check for optimisations: decides the corpus of bench/decide-corpus.ts
// (adversarial cases, fixture logs, the bench's lines, generated lines) under every fixture policy
// with the engine at a git commit (checked out in a temporary worktree) and with the working tree,
// and prints every decision that differs (outcome, reason, subjects, rules). Exit 1 if any differs.
//   node scripts/compare-decisions.mjs [COMMIT=main] [--quick]
// The dump program and corpus are taken from the working tree for both sides.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const commit = args.find((a) => !a.startsWith('--')) ?? 'main';
const tmp = mkdtempSync(join(tmpdir(), 'compare-decisions-'));
const old = join(tmp, 'old');

function git(...a) {
  const r = spawnSync('git', a, { cwd: here, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

async function dump(tree, out) {
  mkdirSync(join(tree, 'bench'), { recursive: true });
  if (tree !== here) for (const f of ['bench/decisions-dump.ts', 'bench/decide-corpus.ts']) copyFileSync(join(here, f), join(tree, f));
  const bundle = join(tmp, `${out}.mjs`);
  await build({
    entryPoints: [join(tree, 'bench/decisions-dump.ts')],
    outfile: bundle,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    nodePaths: [join(here, 'node_modules')],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['--stack-size=4000', bundle, tree, ...(quick ? ['--quick'] : [])], { maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`decisions-dump in ${tree} exited ${r.status}`);
  process.stderr.write(`  ${out}: ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  return r.stdout;
}

try {
  const sha = git('rev-parse', commit);
  git('worktree', 'add', '--detach', old, sha);
  symlinkSync(join(here, 'node_modules'), join(old, 'node_modules'));
  // Generated sources that are not committed, if any, come from the build of that tree.
  spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: old, stdio: 'ignore' });
  process.stderr.write(`engine at ${commit} (${sha.slice(0, 10)}) vs the working tree\n`);
  const a = (await dump(old, 'old')).split('\n').filter(Boolean);
  const b = (await dump(here, 'new')).split('\n').filter(Boolean);
  let differ = 0;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) continue;
    differ++;
    if (differ <= 50) process.stdout.write(`--- ${commit}\n${a[i] ?? '(none)'}\n+++ working tree\n${b[i] ?? '(none)'}\n\n`);
  }
  process.stdout.write(`${n} decisions compared, ${differ} differ${a.length !== b.length ? ` (${a.length} vs ${b.length} lines)` : ''}\n`);
  process.exitCode = differ ? 1 : 0;
} finally {
  spawnSync('git', ['worktree', 'remove', '--force', old], { cwd: here });
  rmSync(tmp, { recursive: true, force: true });
}

// The pre-commit hook (`agent-policy-lint --staged`) on a repository with 10,000 tracked files and
// a small staged change, beside `git status` on the same repository (goal: < 300 ms wall and
// within 3x of git status). The repository is generated in a temporary directory.
// The hook runs what `init` installs: dist/pre-commit.cjs (src/cli/pre-commit-boot.ts); the bin,
// dist/cli.js, which hooks installed before it run, is shown beside it for an agent's commit.
// APL_BENCH_BASE=<a dist/ directory> (say, a copy of main's) adds an agent's commit through that
// build's bin, in the same round-robin, in a copy of the repository (the code cache keys entries by
// chunk name, and staged.js differs between builds): before/after in one run, under one load.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { goal, median, row } from './util.js';

const FILES = 10_000;
const cli = join(process.cwd(), 'dist/cli.js');
const hook = join(process.cwd(), 'dist/pre-commit.cjs');
const dir = mkdtempSync(join(tmpdir(), 'apl-bench-staged-'));
const baseDist = process.env.APL_BENCH_BASE ? resolve(process.env.APL_BENCH_BASE) : undefined;
const baseDir = baseDist ? mkdtempSync(join(tmpdir(), 'apl-bench-staged-base-')) : undefined;

const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
for (const k of ['CLAUDECODE', 'AI_AGENT', 'AGENT_ID', 'CURSOR_AGENT', 'GEMINI_CLI', 'CODEX_SANDBOX', 'CODEX_THREAD_ID', 'CODEX_CI', 'COPILOT_AGENT', 'COPILOT_CLI', 'COPILOT_AGENT_SESSION_ID', 'OPENCODE']) delete env[k];

interface Variant {
  label: string;
  cmd: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  times: number[];
  status?: number | null;
}

const variant = (label: string, cmd: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}, cwd = dir): Variant => ({ label, cmd, args, env: { ...env, ...extraEnv }, cwd, times: [] });

/** Runs the variants round-robin (after one warm-up each), so that they share the machine's load alike. */
function measure(variants: Variant[], runs = 21): void {
  for (let i = 0; i <= runs; i++) {
    for (const v of variants) {
      const t = process.hrtime.bigint();
      const r = spawnSync(v.cmd, v.args, { cwd: v.cwd, env: v.env, stdio: 'ignore' });
      if (i > 0) v.times.push(Number(process.hrtime.bigint() - t) / 1e6);
      v.status = r.status;
    }
  }
}

const ms = (v: Variant): number => median(v.times);

function git(...args: string[]): void {
  const r = spawnSync('git', args, { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

try {
  // 100 directories x 100 files, a few of them under paths the policy denies to agents.
  for (let d = 0; d < 100; d++) {
    const sub = d < 90 ? `src/mod${d}` : d < 98 ? `test/suite${d}` : `infra/part${d}`;
    mkdirSync(join(dir, sub), { recursive: true });
    for (let f = 0; f < FILES / 100; f++) writeFileSync(join(dir, sub, `file${f}.ts`), `export const v${f} = ${d * 100 + f};\n`);
  }
  writeFileSync(join(dir, 'package.json'), '{\n  "name": "bench",\n  "scripts": { "test": "node -e 0" }\n}\n');
  git('init', '-q');
  git('config', 'user.name', 'Bench');
  git('config', 'user.email', 'bench@example.com');
  git('config', 'commit.gpgsign', 'false');
  if (spawnSync(process.execPath, [cli, 'init'], { cwd: dir, env, stdio: 'ignore' }).status !== 0) throw new Error('init failed');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');

  const nothing = variant('--staged, nothing staged', process.execPath, [hook, '--staged']);
  const bareNothing = variant('node -e 0', process.execPath, ['-e', '0']);
  measure([bareNothing, nothing]);

  // A small change: two source files and a test.
  writeFileSync(join(dir, 'src/mod1/file1.ts'), 'export const v1 = 2;\n');
  writeFileSync(join(dir, 'src/mod2/file2.ts'), 'export const v2 = 3;\n');
  writeFileSync(join(dir, 'test/suite91/file3.ts'), 'export const v3 = 4;\n');
  git('add', 'src/mod1/file1.ts', 'src/mod2/file2.ts', 'test/suite91/file3.ts');
  if (baseDir) cpSync(dir, baseDir, { recursive: true });

  const bare = variant('node -e 0', process.execPath, ['-e', '0']);
  const status = variant('git status', 'git', ['status']);
  const human = variant('--staged, 3 files (person)', process.execPath, [hook, '--staged']);
  const agent = variant('--staged, 3 files (agent, CLAUDECODE=1)', process.execPath, [hook, '--staged'], { CLAUDECODE: '1' });
  const agentBin = variant('  the same through the bin, dist/cli.js', process.execPath, [cli, '--staged'], { CLAUDECODE: '1' });
  const agentBase = baseDist && baseDir ? variant('  the same, base build\'s bin', process.execPath, [join(baseDist, 'cli.js'), '--staged'], { CLAUDECODE: '1' }, baseDir) : undefined;
  measure([bare, status, human, agent, agentBin, ...(agentBase ? [agentBase] : [])]);

  // The same change plus a staged edit of the policy itself (full lint of the staged policy).
  writeFileSync(join(dir, '.agent-policy.yml'), spawnSync('git', ['show', ':.agent-policy.yml'], { cwd: dir, encoding: 'utf8' }).stdout + '# edited\n');
  git('add', '.agent-policy.yml');
  const policy = variant('--staged --check-conflicts, policy staged', process.execPath, [hook, '--staged', '--check-conflicts']);
  measure([policy], 9);

  row('tracked files', String(FILES));
  row('node -e 0 (beside nothing staged)', `${ms(bareNothing).toFixed(1)} ms`);
  row(nothing.label, `${ms(nothing).toFixed(1)} ms`, `+${(ms(nothing) - ms(bareNothing)).toFixed(1)} ms over bare node, exit ${nothing.status}`);
  row('node -e 0', `${ms(bare).toFixed(1)} ms`);
  row('git status', `${ms(status).toFixed(1)} ms`);
  for (const v of [human, agent, agentBin, ...(agentBase ? [agentBase] : [])]) {
    row(v.label, `${ms(v).toFixed(1)} ms`, `${(ms(v) / ms(status)).toFixed(2)}x git status, ${(ms(v) / ms(bare)).toFixed(2)}x bare node, exit ${v.status}`);
  }
  if (agentBase) row(`base: ${baseDist}`, '');
  row(policy.label, `${ms(policy).toFixed(1)} ms`, `exit ${policy.status}`);
  // Issue 15: an agent's commit checked within 1.5x of a bare Node start (same run, same load).
  row('agent commit / node -e 0', `${(ms(agent) / ms(bare)).toFixed(2)}x`, 'goal <= 1.5x');
  goal(ms(agent) / ms(bare) <= 1.5, `an agent's commit within 1.5x of a bare Node start (${(ms(agent) / ms(bare)).toFixed(2)}x)`);
  const worst = Math.max(ms(human), ms(agent));
  goal(worst < 300, `hook under 300 ms on ${FILES} files (${worst.toFixed(1)} ms)`);
  goal(worst <= 3 * ms(status), `hook within 3x of git status (${(worst / ms(status)).toFixed(2)}x; node -e 0 alone is ${(ms(bare) / ms(status)).toFixed(2)}x)`);
  goal(human.status === 0 && agent.status === 0 && nothing.status === 0, 'a clean change passes (exit 0)');
} finally {
  for (const d of [dir, baseDir]) if (d) rmSync(d, { recursive: true, force: true });
}

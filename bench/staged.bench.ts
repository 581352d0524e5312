// The pre-commit hook (`agent-policy-lint --staged`) on a repository with 10,000 tracked files and
// a small staged change, beside `git status` on the same repository (goal: < 300 ms wall and
// within 3x of git status). The repository is generated in a temporary directory.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goal, median, row } from './util.js';

const FILES = 10_000;
const cli = join(process.cwd(), 'dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'apl-bench-staged-'));

const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
for (const k of ['CLAUDECODE', 'AI_AGENT', 'AGENT_ID', 'CURSOR_AGENT', 'GEMINI_CLI', 'CODEX_SANDBOX', 'CODEX_THREAD_ID', 'CODEX_CI', 'COPILOT_AGENT', 'COPILOT_CLI', 'COPILOT_AGENT_SESSION_ID', 'OPENCODE']) delete env[k];

function run(cmd: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): { ms: number; status: number | null } {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: dir, env: { ...env, ...extraEnv }, stdio: 'ignore' });
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, status: r.status };
}

function time(cmd: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}, runs = 15): { ms: number; status: number | null } {
  let status: number | null = null;
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const r = run(cmd, args, extraEnv);
    status = r.status;
    if (i > 0) times.push(r.ms);
  }
  return { ms: median(times), status };
}

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

  const nothing = time(process.execPath, [cli, '--staged']);
  // A small change: two source files and a test.
  writeFileSync(join(dir, 'src/mod1/file1.ts'), 'export const v1 = 2;\n');
  writeFileSync(join(dir, 'src/mod2/file2.ts'), 'export const v2 = 3;\n');
  writeFileSync(join(dir, 'test/suite91/file3.ts'), 'export const v3 = 4;\n');
  git('add', 'src/mod1/file1.ts', 'src/mod2/file2.ts', 'test/suite91/file3.ts');

  const status = time('git', ['status']);
  const human = time(process.execPath, [cli, '--staged']);
  const agent = time(process.execPath, [cli, '--staged'], { CLAUDECODE: '1' });
  // The same change plus a staged edit of the policy itself (full lint of the staged policy).
  writeFileSync(join(dir, '.agent-policy.yml'), spawnSync('git', ['show', ':.agent-policy.yml'], { cwd: dir, encoding: 'utf8' }).stdout + '# edited\n');
  git('add', '.agent-policy.yml');
  const policy = time(process.execPath, [cli, '--staged', '--check-conflicts']);
  const bare = time(process.execPath, ['-e', '0']);

  row('tracked files', String(FILES));
  row('node -e 0', `${bare.ms.toFixed(1)} ms`);
  row('git status', `${status.ms.toFixed(1)} ms`);
  row('--staged, nothing staged', `${nothing.ms.toFixed(1)} ms`, `exit ${nothing.status}`);
  row('--staged, 3 files (person)', `${human.ms.toFixed(1)} ms`, `${(human.ms / status.ms).toFixed(2)}x git status, exit ${human.status}`);
  row('--staged, 3 files (agent, CLAUDECODE=1)', `${agent.ms.toFixed(1)} ms`, `${(agent.ms / status.ms).toFixed(2)}x git status, exit ${agent.status}`);
  row('--staged --check-conflicts, policy staged', `${policy.ms.toFixed(1)} ms`, `exit ${policy.status}`);
  const worst = Math.max(human.ms, agent.ms);
  goal(worst < 300, `hook under 300 ms on ${FILES} files (${worst.toFixed(1)} ms)`);
  goal(worst <= 3 * status.ms, `hook within 3x of git status (${(worst / status.ms).toFixed(2)}x)`);
  goal(human.status === 0 && agent.status === 0 && nothing.status === 0, 'a clean change passes (exit 0)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

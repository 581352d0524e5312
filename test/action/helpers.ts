// Runs the bundled Action (dist/index.js) as the runner does: a subprocess with INPUT_* and
// GITHUB_* variables, temp files for outputs and the summary, against the local GitHub server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, REPO_ROOT, tempTree } from '../helpers/cli.js';
import { loadScenario, startGitHubServer, type GitHubServer, type Scenario } from '../helpers/github-server.js';

export const ACTION = join(REPO_ROOT, 'dist/index.js');
export const TOKEN = 'ghs_e2eTestToken';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Workflow commands printed (`::error …`, `::warning …`). */
  commands: string[];
  outputs: Record<string, string>;
  summary: string;
  server: GitHubServer;
  scenario: Scenario;
  workspace: string;
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIM\nvalue\nDELIM`. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

export async function runScenario(
  name: string,
  opts: { inputs?: Record<string, string>; readOnly?: boolean; pageSize?: number; files?: Record<string, string>; env?: Record<string, string> } = {},
): Promise<ActionRun> {
  if (!existsSync(ACTION)) throw new Error('dist/index.js is missing: run `npm run build` first');
  const scenario = loadScenario(join(FIXTURES, 'github', name));
  const server = await startGitHubServer({ ...scenario.server, token: TOKEN, readOnly: opts.readOnly, pageSize: opts.pageSize });
  const workspace = tempTree({ ...scenario.workspace, ...opts.files });
  // A checkout is a git work tree (the loader lists overrides with git ls-files there).
  spawnSync('git', ['init', '-q'], { cwd: workspace });
  const runner = realpathSync(mkdtempSync(join(tmpdir(), 'apl-runner-')));
  const eventPath = join(runner, 'event.json');
  writeFileSync(eventPath, JSON.stringify(scenario.event));
  const outputPath = join(runner, 'output.txt');
  const summaryPath = join(runner, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const pr = scenario.event.pull_request;
  const inputs: Record<string, string> = { 'github-token': TOKEN, 'agent-label': 'agent-authored', 'fail-on': 'error', 'label-agent-prs': 'true', ...opts.inputs };
  const env: Record<string, string> = {
    // Only what a runner sets: nothing leaks in from the environment running the tests.
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: runner,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: scenario.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${scenario.server.owner}/${scenario.server.repo}`,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_SHA: pr ? `${'f'.repeat(39)}0` : 'a'.repeat(40),
    GITHUB_REF: pr ? `refs/pull/${pr.number}/merge` : 'refs/heads/main',
    RUNNER_TEMP: runner,
    ...opts.env,
  };
  // core.getInput reads INPUT_<NAME uppercased, spaces as _>; hyphens stay.
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;

  const child = spawn(process.execPath, [ACTION], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve(c ?? -1);
    });
  });
  return {
    code,
    stdout,
    stderr,
    commands: stdout.split('\n').filter((l) => l.startsWith('::')),
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    server,
    scenario,
    workspace,
  };
}

import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, FIXTURES, tempTree } from '../helpers/cli.js';

export const POLICY = `version: "2.1"
default_permissions:
  filesystem:
    allow: ["src/**", "package.json", "README.md"]
    deny: [".env*", "secrets/**"]
  commands:
    allow: ["npm test", "git status", "ls"]
    deny: ["rm -rf", "curl *", "git push --force"]
  network:
    allow_outbound: false
    exceptions: ["registry.npmjs.org"]
constraints:
  require_human_approval:
    - file_pattern: "package.json"
`;

/** A temporary git repository with the test policy (and extra files). */
export function guardRepo(files: Record<string, string> = {}): string {
  const dir = tempTree({ '.agent-policy.yml': POLICY, 'src/app.ts': 'export const a = 1;\n', 'package.json': '{}\n', ...files });
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

/** A fixture payload with $REPO replaced by the repository's path. */
export function fixture(agent: string, name: string, repo: string): string {
  return readFileSync(join(FIXTURES, 'agents', agent, name), 'utf8').split('$REPO').join(repo);
}

export interface HookRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `dist/cli.js hook ARGS` (or another entry) as a subprocess with the payload on stdin. */
export function runHook(args: string[], input: string, opts: { cwd: string; env?: Record<string, string>; entry?: string }): Promise<HookRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [opts.entry ?? CLI, ...(opts.entry ? [] : ['hook']), ...args], {
      cwd: opts.cwd,
      env: { ...process.env, NO_COLOR: '1', ...opts.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** Runs tasks with at most `limit` at once (subprocesses on a busy machine). */
export async function limited<T>(tasks: Array<() => Promise<T>>, limit = 4): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return out;
}

export function logLines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

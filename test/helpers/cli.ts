import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = join(REPO_ROOT, 'dist/cli.js');
export const FIXTURES = join(REPO_ROOT, 'fixtures');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (dist/cli.js) as a subprocess, as users and hooks do. */
export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {}): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? REPO_ROOT,
    env: env as NodeJS.ProcessEnv,
    input: opts.input,
    encoding: 'utf8',
    timeout: 60_000,
    // Reports of large logs run past spawnSync's 1 MiB default.
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary directory holding the given files (paths relative, POSIX). */
export function tempTree(files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'apl-')));
  for (const [rel, text] of Object.entries(files)) {
    const abs = join(dir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  return dir;
}

/** True when the text looks like a Node stack trace: the CLI must never print one. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+\(.*:\d+:\d+\)/.test(text) || /^\s+at .+:\d+:\d+$/m.test(text);
}

/** `explain --format json` through the built CLI: its exit code and top-level outcome, never a stack trace. */
export function explainOutcome(dir: string, args: string[]): { code: number; outcome: string } {
  const r = runCli(['explain', '--format', 'json', ...args], { cwd: dir });
  expect(hasStackTrace(r.stdout + r.stderr), r.stderr).toBe(false);
  return { code: r.code, outcome: (JSON.parse(r.stdout) as { outcome: string }).outcome };
}

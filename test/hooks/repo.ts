// Real temporary git repositories for the pre-commit hook tests.
//
// How the hook is installed here, honestly: `agent-policy-lint init` (the built CLI) writes
// `.husky/pre-commit` exactly as users get it (`node node_modules/agent-policy-lint/dist/pre-commit.cjs
// --staged`). husky itself is not installed (no network, no npm install in tests); instead
// `core.hooksPath` points git straight at `.husky`, so git runs that file as a sh script, as husky
// 9's `.husky/_/` shims would (they run it with `sh -e`, with node_modules/.bin on PATH).
// `node_modules/agent-policy-lint` is a symlink to this repository (its built dist/), where
// `npm i -D agent-policy-lint` puts the package, and `node_modules/.bin/agent-policy-lint` a symlink
// to its dist/cli.js, as npm links the bin (the way forward the hook prints names it).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CLI, REPO_ROOT, tempTree } from '../helpers/cli.js';

/** Every variable that could make a test commit look like an agent's, or point git elsewhere. */
const SCRUB = /^(AGENT_ID|AI_AGENT|CLAUDECODE|CLAUDE_CODE.*|CURSOR_.*|GEMINI_CLI|CODEX_.*|COPILOT_.*|OPENCODE|GIT_.*|npm_.*|NODE_OPTIONS|HUSKY.*)$/;

const home = mkdtempSync(join(tmpdir(), 'apl-home-'));

export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!SCRUB.test(k) && v !== undefined) env[k] = v;
  return {
    ...env,
    HOME: home, // no global git or npm configuration leaks in
    XDG_CONFIG_HOME: join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    NO_COLOR: '1',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    ...extra,
  };
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout + stderr, as a person sees the hook's output in the terminal. */
  out: string;
}

export function git(dir: string, args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync('git', args, { cwd: dir, env: cleanEnv(env), encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, out: r.stdout + r.stderr };
}

export function gitOk(dir: string, ...args: string[]): string {
  const r = git(dir, args);
  if (r.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.out}`);
  return r.stdout;
}

/** A git repository with the files, a local identity and no signing; nothing committed yet. */
export function newRepo(files: Record<string, string>): string {
  const dir = tempTree(files);
  gitOk(dir, 'init', '-q', '-b', 'main');
  gitOk(dir, 'config', 'user.name', 'Dev Person');
  gitOk(dir, 'config', 'user.email', 'dev@example.com');
  gitOk(dir, 'config', 'commit.gpgsign', 'false');
  return dir;
}

/** Runs `init` through the built CLI and wires the hook up as described at the top of this file. */
export function installHook(dir: string): string {
  const r = cli(dir, ['init']);
  if (r.code !== 0) throw new Error(`init failed: ${r.out}`);
  const bin = join(dir, 'node_modules/.bin/agent-policy-lint');
  mkdirSync(dirname(bin), { recursive: true });
  symlinkSync(CLI, bin);
  symlinkSync(REPO_ROOT, join(dir, 'node_modules/agent-policy-lint'));
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
  gitOk(dir, 'config', 'core.hooksPath', '.husky');
  return r.stdout;
}

export function write(dir: string, rel: string, text: string): void {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
}

/** `git commit` through the installed hook; `env` adds agent markers and the like. */
export function commit(dir: string, message: string, env: Record<string, string> = {}, extraArgs: string[] = []): Run {
  return git(dir, ['commit', '-m', message, ...extraArgs], env);
}

/** The built CLI run directly (not through git), with a clean environment. */
export function cli(dir: string, args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, env: cleanEnv(env), encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, out: r.stdout + r.stderr };
}

export function headSubject(dir: string): string {
  return gitOk(dir, 'log', '-1', '--format=%s').trim();
}

// One git process and what it said, without interpreting it: git.ts turns a result into output or
// an error. Its own small module so that the pre-commit hook's entry (src/cli/staged-boot.ts) can
// start `git diff --cached` before it loads the --staged pipeline: git reads the index while Node
// loads and compiles the code that will read git's answer.
import { spawn } from 'node:child_process';

export interface GitResult {
  /** Exit code; null when git was killed by a signal. */
  code: number | null;
  stdout: Buffer;
  stderr: Buffer;
  /** Set when git could not be started at all (not installed, cwd gone). */
  error?: Error;
}

/**
 * The pipeline's first git processes, started by the hook's entry before the pipeline loaded
 * (src/cli/staged-boot.ts): `git diff --cached` (STAGED_DIFF_ARGS), and the index read of
 * index-specs.ts for no --config. Each is the very command the pipeline would otherwise run.
 */
export interface StartedReads {
  diff?: Promise<GitResult>;
  indexed?: Promise<GitResult>;
}

/** What is staged (git.ts stagedEntries): renames are split into a deletion and an addition on purpose. */
export const STAGED_DIFF_ARGS: readonly string[] = ['diff', '--cached', '--raw', '-z', '--no-renames', '--no-abbrev', '--no-relative', '--no-ext-diff', '--no-color'];

/** Runs git in cwd (inheriting the environment: GIT_INDEX_FILE inside `git commit -a` is the index to read). */
export function spawnGit(args: readonly string[], cwd: string, input?: string): Promise<GitResult> {
  return new Promise((resolve) => {
    // A pipe is a socket in this process: stdin is one only when there is input to send.
    const child = spawn('git', args, { cwd, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let error: Error | undefined;
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => {
      error = e;
      // A process that never started emits no close.
      if (child.pid === undefined) resolve({ code: null, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), error: e });
    });
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err), ...(error ? { error } : {}) }));
    if (input === undefined) return;
    child.stdin!.on('error', () => {}); // git may exit before reading all of it; the close handler reports
    child.stdin!.end(input);
  });
}

// How the CLI ends on an error: its own module, so that the --staged pipeline in the guard's chunks
// (staged-entry.ts) answers its errors with the same messages, recognising its own UsageError class.
import { UsageError } from '../errors.js';

/** Prints `e` and returns the exit code: a UsageError's message and hint, a failed write of the report, else an internal error (2). */
export function fail(e: unknown): number {
  if (e instanceof UsageError) {
    process.stderr.write(`agent-policy-lint: ${e.message}\n`);
    if (e.hint) process.stderr.write(`${e.hint}\n`);
    return e.exitCode;
  }
  const err = e as NodeJS.ErrnoException;
  // The report's destination failed (a pipe closed by its reader, a full disk): not a defect of
  // this tool. A reader that stopped reading (`| head`) wanted no more: nothing to say.
  if (err?.syscall === 'write' && typeof err.code === 'string') {
    if (err.code !== 'EPIPE') process.stderr.write(`agent-policy-lint: could not write the report: ${err.message}\n`);
    return 2;
  }
  process.stderr.write(`agent-policy-lint: internal error: ${err?.message ?? String(e)}\n`);
  if (process.env.AGENT_POLICY_LINT_DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
  else process.stderr.write('Set AGENT_POLICY_LINT_DEBUG=1 for details, and please report it.\n');
  return 2;
}

// The guard's internal deadline: a decision not made in time is a deny, answered well before the
// agent's own hook timeout (Claude Code 60 s, Copilot CLI 30 s, Cursor and Gemini configurable),
// which would otherwise let the tool run.

/** Default deadline (ms); AGENT_POLICY_LINT_HOOK_DEADLINE_MS overrides it (tests, slow disks). */
export const DEFAULT_DEADLINE_MS = 10_000;

export function deadlineMs(env: NodeJS.ProcessEnv): number {
  const v = Number(env.AGENT_POLICY_LINT_HOOK_DEADLINE_MS);
  return Number.isFinite(v) && v > 0 ? v : DEFAULT_DEADLINE_MS;
}

export class DeadlineError extends Error {
  constructor(ms: number) {
    super(`no decision within the guard's ${ms} ms deadline`);
    this.name = 'DeadlineError';
  }
}

/** Resolves with the work's result, or rejects with DeadlineError when it takes longer than ms. */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(ms)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

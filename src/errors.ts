/**
 * An error the user can act on (bad flag, unreadable named file). The CLI prints its message
 * without a stack trace and exits 2 (SPEC 5). Anything else that escapes is an internal error.
 */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

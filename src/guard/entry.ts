#!/usr/bin/env node
// dist/guard-chunks/entry.js: the hook's own small bundle, started by dist/guard.cjs (boot.ts); the CLI's lint code is never loaded.
import { runHook } from './main.js';

runHook(process.argv.slice(2), process.cwd()).then(
  (code) => {
    process.exitCode = code;
    // The answer is written (synchronously: ./main.ts) and so is the audit line: exiting now (the
    // 'exit' handlers, such as the code cache's, still run) skips tearing the heap down, about
    // 2 ms of a hook run.
    process.exit();
  },
  () => {
    // runHook answers every failure itself; this is the last resort: exit 2 blocks where exit codes do.
    process.stderr.write('agent-policy-lint guard failed closed: internal error\n');
    process.exitCode = 2;
  },
);

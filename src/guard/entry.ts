#!/usr/bin/env node
// dist/guard-chunks/entry.js: the hook's own small bundle, started by dist/guard.cjs (boot.ts); the CLI's lint code is never loaded.
import { runHook } from './main.js';

runHook(process.argv.slice(2), process.cwd()).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    // runHook answers every failure itself; this is the last resort: exit 2 blocks where exit codes do.
    process.stderr.write('agent-policy-lint guard failed closed: internal error\n');
    process.exitCode = 2;
  },
);

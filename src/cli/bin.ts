#!/usr/bin/env node
import { fail, main } from './main.js';

// `agent-policy-lint | head`: once the reader has gone, the rest of the report has nowhere to go.
// Stop writing quietly (no EPIPE stack trace) and let the run end with its own exit code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') {
      stream.destroy();
      return;
    }
    throw e;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.exitCode = fail(e);
  },
);

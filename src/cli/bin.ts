#!/usr/bin/env node
import { createRequire } from 'node:module';

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

/**
 * The pre-commit hook (`--staged`, first argument an option, so never a subcommand) runs from the
 * runtime guard's CommonJS chunks through their code cache (dist/staged.cjs,
 * src/cli/staged-boot.ts): an agent's commit is checked at about the guard's start-up cost.
 * Anything else, or a dist/ without staged.cjs, is the CLI as always.
 */
async function run(argv: string[]): Promise<number> {
  if (argv[0]?.startsWith('-') && argv.includes('--staged')) {
    let staged: { runStagedCli(argv: string[], cwd: string): Promise<number | undefined> } | undefined;
    try {
      staged = createRequire(import.meta.url)('./staged.cjs');
    } catch {
      staged = undefined;
    }
    const code = await staged?.runStagedCli(argv, process.cwd());
    if (code !== undefined) return code;
  }
  const { main } = await import('./main.js');
  return main(argv);
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  async (e: unknown) => {
    const { fail } = await import('./main.js');
    process.exitCode = fail(e);
  },
);

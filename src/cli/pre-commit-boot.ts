#!/usr/bin/env node
// dist/pre-commit.cjs: the pre-commit hook's own entry (`node
// node_modules/agent-policy-lint/dist/pre-commit.cjs --staged` in the .husky/pre-commit that `init`
// writes; `dist/pre-commit.cjs --staged` in .pre-commit-hooks.yaml). CommonJS, so Node starts it
// without the ES module loader that dist/cli.js (the bin, an ES module) needs before it gets to
// the same --staged pipeline (staged-boot.ts: the guard's chunks through their code cache).
// Arguments that are not a --staged run go to the CLI as they are (dist/cli.js reads process.argv),
// and so does a run whose chunks cannot be loaded (the CLI answers it, exit 2 if they still fail):
// never a silent pass.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runStagedCli } from './staged-boot.js';

/** The CLI, run on this process's arguments; it sets the exit code itself. */
const runCli = (): Promise<unknown> => import(pathToFileURL(join(__dirname, 'cli.js')).href);

// A chunk that cannot be loaded throws before any promise: caught here too.
new Promise<number | undefined>((resolve) => resolve(runStagedCli(process.argv.slice(2), process.cwd())))
  .catch(() => undefined)
  .then((code) => {
    if (code === undefined) return runCli();
    process.exitCode = code;
    return undefined;
  })
  .catch((e: unknown) => {
    // Neither could start: exit 2 refuses the commit (a hook that exits 0 would let it through).
    process.stderr.write(`agent-policy-lint: cannot start the pre-commit check: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 2;
  });

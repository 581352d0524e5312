import { VERSION } from '../version.js';
import { LINT_USAGE, parseLintArgs } from './args.js';

export { fail } from './fail.js';

/** Subcommands are loaded on demand so that the plain lint run stays small and fast. */
const SUBCOMMANDS: Record<string, () => Promise<{ run(argv: string[], cwd: string): Promise<number> }>> = {
  explain: () => import('./commands/explain.js'),
  bypass: () => import('./commands/bypass.js'),
  init: () => import('./commands/init.js'),
  hook: async () => {
    const { runHook } = await import('../guard/main.js');
    return { run: (argv: string[], cwd: string) => runHook(argv, cwd) };
  },
  import: () => import('./commands/import.js'),
  export: () => import('./commands/export.js'),
  learn: () => import('./commands/learn.js'),
};

export async function main(argv: string[], cwd = process.cwd()): Promise<number> {
  const [first, ...rest] = argv;
  // Own keys only: `agent-policy-lint constructor` is a path to lint, not Object's constructor.
  const sub = first !== undefined && Object.hasOwn(SUBCOMMANDS, first) ? SUBCOMMANDS[first] : undefined;
  if (sub) return (await sub()).run(rest, cwd);
  const parsed = parseLintArgs(argv, cwd);
  if (parsed === 'help') {
    process.stdout.write(LINT_USAGE + '\n');
    return 0;
  }
  if (parsed === 'version') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const { runLint } = await import('./commands/lint.js');
  return runLint(parsed, cwd);
}



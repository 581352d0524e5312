import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseFlags } from '../args.js';
import { UsageError } from '../../errors.js';
import { detectProject } from '../../init/detect.js';
import { policyTemplate } from '../../init/policy.js';
import { HUSKY_HOOK, WORKFLOW, addHuskyPrepare } from '../../init/templates.js';
import { agentsToInstall } from '../../init/agent-hooks/args.js';
import { installAgentHooks } from '../../init/agent-hooks/install.js';

const USAGE = `Usage: agent-policy-lint init [--force] [--dir DIR] [--agent AGENT]...

Scaffolds, in DIR (default: the current directory):
  .agent-policy.yml                 a starting policy chosen from what the repository contains
  .husky/pre-commit                 husky 9 hook running "npx agent-policy-lint --staged"
  .github/workflows/agent-policy.yml  the GitHub Action on pull requests
and adds "prepare": "husky" to package.json's scripts when there is a package.json.
It also installs the runtime guard (agent-policy-lint hook) in each agent's project hook
configuration, merged into existing files (keys and comments kept): the agents named by
--agent, else those whose configuration directory exists (.claude, .codex, .gemini, .cursor,
.github/hooks). See docs/runtime.md.

Existing files are kept unless --force is given.

Options:
      --force      overwrite existing files
      --dir DIR    the repository to set up
      --agent A    install the guard for claude, codex, gemini, cursor or copilot (repeatable)
  -h, --help       show this help`;

function gitRootOf(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

export async function run(argv: string[], cwd: string): Promise<number> {
  const { values } = parseFlags(
    {
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        force: { type: 'boolean', default: false },
        dir: { type: 'string' },
        agent: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    'init',
  );
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const dir = resolve(cwd, values.dir ?? '.');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--dir: "${values.dir}" is not a directory`);
  const force = values.force ?? false;
  const facts = detectProject(dir);
  const lines: string[] = [];
  const hints: string[] = [];

  const put = (rel: string, text: string, mode?: number): void => {
    const abs = join(dir, rel);
    const exists = existsSync(abs);
    if (exists && !force) {
      lines.push(`${'skipped'.padEnd(9)} ${rel} (exists; --force overwrites it)`);
      return;
    }
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text, mode === undefined ? undefined : { mode });
    lines.push(`${(exists ? 'overwrote' : 'wrote').padEnd(9)} ${rel}`);
  };

  put('.agent-policy.yml', policyTemplate(facts));
  // Executable so that it also runs when core.hooksPath points straight at .husky (husky itself runs it with sh).
  put('.husky/pre-commit', HUSKY_HOOK, 0o755);
  put('.github/workflows/agent-policy.yml', WORKFLOW);
  lines.push(...installAgentHooks(dir, agentsToInstall(values.agent, dir)));

  if (facts.entries.has('package.json')) {
    const pkgPath = join(dir, 'package.json');
    const edit = addHuskyPrepare(readFileSync(pkgPath, 'utf8'));
    if (edit.text !== undefined) {
      writeFileSync(pkgPath, edit.text);
      lines.push(`updated package.json: ${edit.note}`);
    } else {
      lines.push(`left package.json as it is: ${edit.note}`);
    }
    const deps = { ...facts.packageJson?.dependencies, ...facts.packageJson?.devDependencies };
    if (!('husky' in deps)) hints.push('husky is not installed: run `npm i -D husky` (its "prepare" script then installs the hook).');
    if (!('agent-policy-lint' in deps)) hints.push('add the linter itself so the hook can run it offline: `npm i -D agent-policy-lint`.');
  } else {
    hints.push('no package.json: install the hook without husky, e.g. `git config core.hooksPath .husky`, or use the pre-commit framework (docs/pre-commit.md).');
  }
  const repo = gitRootOf(dir);
  if (repo === undefined) hints.push('no .git here: husky needs a git repository (`git init`) before it can install the hook.');
  else if (repo !== dir) hints.push(`the git repository starts at ${repo}: husky installs hooks from there (see husky's docs on projects in a subdirectory).`);

  process.stdout.write(lines.map((l) => `${l}\n`).join(''));
  if (hints.length > 0) process.stdout.write(`\nNext:\n${hints.map((h) => `  - ${h}\n`).join('')}`);
  return 0;
}

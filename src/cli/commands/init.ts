import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseFlags } from '../args.js';
import { UsageError } from '../../errors.js';
import { VERSION } from '../../version.js';
import { detectProject } from '../../init/detect.js';
import { policyTemplate } from '../../init/policy.js';
import { setUpCommitHook } from '../../init/commit-hook.js';
import { ownPackage } from '../../init/own-package.js';
import { WORKFLOW_PATH, selfPin, workflowYaml } from '../../init/workflow.js';
import { agentsToInstall } from '../../init/agent-hooks/args.js';
import { installAgentHooks } from '../../init/agent-hooks/install.js';

const USAGE = `Usage: agent-policy-lint init [--force] [--dir DIR] [--agent AGENT]...

Scaffolds, in DIR (default: the current directory):
  .agent-policy.yml                 a starting policy chosen from what the repository contains
  .github/workflows/agent-policy.yml  the GitHub Action on pull requests
and the pre-commit check (agent-policy-lint --staged), installed so that it runs:
  - with the pre-commit framework when .pre-commit-config.yaml exists (or there is no
    package.json): the hooks are added to it and "pre-commit install" is run;
  - otherwise with husky 9: .husky/pre-commit (appended to an existing one), "prepare": "husky"
    in package.json, and husky's own install when husky is in node_modules.
It also installs the runtime guard (agent-policy-lint hook) in each agent's project hook
configuration, merged into existing files (keys and comments kept): the agents named by
--agent, else those whose configuration directory exists (.claude, .codex, .gemini, .cursor,
.github/hooks). See docs/runtime.md.

Existing files are kept unless --force is given (the hook is appended, never replaced).

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
  put(WORKFLOW_PATH, workflowYaml(selfPin(ownPackage()?.actionRelease)));
  const hook = setUpCommitHook({ dir, repoRoot: gitRootOf(dir), facts, force, version: VERSION });
  lines.push(...hook.lines);
  hints.push(...hook.hints);
  lines.push(...installAgentHooks(dir, agentsToInstall(values.agent, dir)));

  process.stdout.write(lines.map((l) => `${l}\n`).join(''));
  if (hints.length > 0) process.stdout.write(`\nNext:\n${hints.map((h) => `  - ${h}\n`).join('')}`);
  return 0;
}

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';
import { FORMATS, type Format } from '../report/format.js';

export interface LintOptions {
  config?: string;
  checkConflicts: boolean;
  agentLogs: string[];
  format: Format;
  output?: string;
  maxWarnings?: number;
  staged: boolean;
  fix: boolean;
  quiet: boolean;
  /** --agent ID: treat the commit (--staged) or the actions as this agent's. */
  agent?: string;
  color?: boolean;
}

export const LINT_USAGE = `Usage: agent-policy-lint [options]
       agent-policy-lint explain PATH | --command CMD | --host HOST [options]
       agent-policy-lint bypass --reason R --allow PATTERN --duration 30m --approver EMAIL
       agent-policy-lint init [--force]

Lints the agent policy (.agent-policy.yml and every .agent-policy.override.yml),
optionally checks conflicts between them and replays agent action logs.

Options:
  -c, --config FILE        policy file (default: .agent-policy.yml found upwards)
      --check-conflicts    exact conflict analysis of the root policy and overrides
      --agent-log FILE     replay an agent action log (repeatable, globs allowed)
  -f, --format NAME        stylish | json | sarif | github | markdown | html | ocsf |
                           splunk-hec (default: stylish)
  -o, --output FILE        write the report to FILE instead of stdout
      --max-warnings N     exit 1 when there are more than N warnings
      --staged             check what is staged for commit (pre-commit hook)
      --agent ID           the agent making the change (with --staged)
      --fix                apply safe fixes to policy files (comments are kept)
  -q, --quiet              report errors only
      --color, --no-color  force colour on or off (NO_COLOR is honoured)
  -h, --help               show this help
  -v, --version            print the version

Exit codes: 0 clean, 1 errors (or too many warnings), 2 usage error or unreadable file.
Rules: https://github.com/agent-policy-lint/agent-policy-lint/blob/main/docs/rules.md`;

/** node:util parseArgs (strict by default), its errors turned into usage errors (exit 2). */
export function parseFlags<T extends ParseArgsConfig>(config: T, command?: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs<T>(config);
  } catch (e) {
    throw new UsageError((e as Error).message, `Run agent-policy-lint${command ? ` ${command}` : ''} --help for the options.`);
  }
}

export function parseLintArgs(argv: string[]): LintOptions | 'help' | 'version' {
  const parsed = parseFlags({
    args: argv,
    allowPositionals: false,
    strict: true,
    options: {
      config: { type: 'string', short: 'c' },
      'check-conflicts': { type: 'boolean', default: false },
      'agent-log': { type: 'string', multiple: true, default: [] },
      format: { type: 'string', short: 'f', default: 'stylish' },
      output: { type: 'string', short: 'o' },
      'max-warnings': { type: 'string' },
      staged: { type: 'boolean', default: false },
      fix: { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      agent: { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  const v = parsed.values;
  if (v.help) return 'help';
  if (v.version) return 'version';
  const format = v.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}"; expected one of ${FORMATS.join(', ')}`);
  }
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UsageError(`--max-warnings expects a whole number >= 0 (got "${v['max-warnings']}")`);
    }
  }
  return {
    config: v.config,
    checkConflicts: v['check-conflicts'] ?? false,
    agentLogs: v['agent-log'] ?? [],
    format: format as Format,
    output: v.output,
    maxWarnings,
    staged: v.staged ?? false,
    fix: v.fix ?? false,
    quiet: v.quiet ?? false,
    agent: v.agent,
    color: v['no-color'] ? false : v.color,
  };
}

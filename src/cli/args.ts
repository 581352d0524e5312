import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';
import { plainLongOptions } from '../long-options.js';
import type { LintOptions } from '../lint/options.js';
import { FORMATS, type Format } from '../report/format.js';
import { readPositionals } from './positionals.js';


export const LINT_USAGE = `Usage: agent-policy-lint [options] [POLICY | DIR | LOG.jsonl | -]...
       agent-policy-lint explain PATH | --command CMD | --host HOST [options]
       agent-policy-lint bypass --reason R --allow PATTERN --duration 30m --approver EMAIL
       agent-policy-lint init [--force] [--agent AGENT]...
       agent-policy-lint hook --agent claude|codex|gemini|cursor|copilot
       agent-policy-lint import --from claude|codex|gemini|cursor [FILE...]
       agent-policy-lint export --to AGENT [--write]
       agent-policy-lint learn --agent-log GLOB... [--diff]

Lints the agent policy (.agent-policy.yml and every .agent-policy.override.yml),
optionally checks conflicts between them and replays agent action logs. Files named
without a flag: a policy (or a directory holding one), and logs (*.jsonl, - for stdin).

Options:
  -c, --config FILE        policy file (default: .agent-policy.yml found upwards)
      --check-conflicts    exact conflict analysis of the root policy and overrides
      --agent-log FILE     replay an agent action log (repeatable, globs allowed, - for stdin)
  -f, --format NAME        stylish | json | sarif | github | markdown | html | ocsf |
                           splunk-hec (default: stylish)
  -o, --output FILE        write the report to FILE instead of stdout
      --max-warnings N     exit 1 when there are more than N warnings (-1: no limit)
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
  // The plainest command lines (the pre-commit hook's `--staged`) without loading node:util's parser.
  const simple = plainLongOptions(config);
  if (simple) return simple as ReturnType<typeof parseArgs<T>>;
  try {
    return parseArgs<T>(config);
  } catch (e) {
    throw new UsageError((e as Error).message, `Run agent-policy-lint${command ? ` ${command}` : ''} --help for the options.`);
  }
}

/** `--max-warnings -1` (ESLint's "no limit"): a negative value would otherwise read as a flag. */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--max-warnings' && /^-\d+$/.test(argv[i + 1] ?? '')) out.push(`--max-warnings=${argv[++i]}`);
    else out.push(argv[i]!);
  }
  return out;
}

export function parseLintArgs(argv: string[], cwd = process.cwd()): LintOptions | 'help' | 'version' {
  const parsed = parseFlags({
    args: joinNegativeValues(argv),
    allowPositionals: true,
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
    maxWarnings = /^-?\d+$/.test(v['max-warnings']) ? Number(v['max-warnings']) : NaN;
    if (maxWarnings === -1) maxWarnings = undefined;
    else if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UsageError(`--max-warnings expects a whole number of warnings allowed, 0 or more, or -1 for no limit (got "${v['max-warnings']}")`);
    }
  }
  const named = readPositionals(parsed.positionals, cwd, v.config);
  return {
    config: v.config ?? named.config,
    checkConflicts: v['check-conflicts'] ?? false,
    agentLogs: [...(v['agent-log'] ?? []), ...named.agentLogs],
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

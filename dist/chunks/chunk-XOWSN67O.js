import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-6RCGQYBU.js";
import {
  FORMATS
} from "./chunk-F2HVAYKC.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var LINT_USAGE = `Usage: agent-policy-lint [options]
       agent-policy-lint explain PATH | --command CMD | --host HOST [options]
       agent-policy-lint bypass --reason R --allow PATTERN --duration 30m --approver EMAIL
       agent-policy-lint init [--force]

Lints the agent policy (.agent-policy.yml and every .agent-policy.override.yml),
optionally checks conflicts between them and replays agent action logs.

Options:
  -c, --config FILE        policy file (default: .agent-policy.yml found upwards)
      --check-conflicts    exact conflict analysis of the root policy and overrides
      --agent-log FILE     replay an agent action log (repeatable, globs allowed)
  -f, --format NAME        stylish | json | sarif | github | markdown (default: stylish)
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
function parseFlags(config, command) {
  try {
    return parseArgs(config);
  } catch (e) {
    throw new UsageError(e.message, `Run agent-policy-lint${command ? ` ${command}` : ""} --help for the options.`);
  }
}
function parseLintArgs(argv) {
  let v = parseFlags({
    args: argv,
    allowPositionals: !1,
    strict: !0,
    options: {
      config: { type: "string", short: "c" },
      "check-conflicts": { type: "boolean", default: !1 },
      "agent-log": { type: "string", multiple: !0, default: [] },
      format: { type: "string", short: "f", default: "stylish" },
      output: { type: "string", short: "o" },
      "max-warnings": { type: "string" },
      staged: { type: "boolean", default: !1 },
      fix: { type: "boolean", default: !1 },
      quiet: { type: "boolean", short: "q", default: !1 },
      agent: { type: "string" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h", default: !1 },
      version: { type: "boolean", short: "v", default: !1 }
    }
  }).values;
  if (v.help) return "help";
  if (v.version) return "version";
  let format = v.format;
  if (!FORMATS.includes(format))
    throw new UsageError(`unknown format "${format}"; expected one of ${FORMATS.join(", ")}`);
  let maxWarnings;
  if (v["max-warnings"] !== void 0 && (maxWarnings = Number(v["max-warnings"]), !Number.isInteger(maxWarnings) || maxWarnings < 0))
    throw new UsageError(`--max-warnings expects a whole number >= 0 (got "${v["max-warnings"]}")`);
  return {
    config: v.config,
    checkConflicts: v["check-conflicts"] ?? !1,
    agentLogs: v["agent-log"] ?? [],
    format,
    output: v.output,
    maxWarnings,
    staged: v.staged ?? !1,
    fix: v.fix ?? !1,
    quiet: v.quiet ?? !1,
    agent: v.agent,
    color: v["no-color"] ? !1 : v.color
  };
}

export {
  LINT_USAGE,
  parseFlags,
  parseLintArgs
};

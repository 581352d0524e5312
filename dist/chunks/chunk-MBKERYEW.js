import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  plainLongOptions
} from "./chunk-4ZWHCVI7.js";
import {
  FORMATS
} from "./chunk-O3G5XKBQ.js";
import {
  UsageError
} from "./chunk-6RCGQYBU.js";

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/cli/positionals.ts
import { existsSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
var POLICY_NAMES = [".agent-policy.yml", ".agent-policy.yaml"], OVERRIDE = /^\.agent-policy\.override\.ya?ml$/;
function readPositionals(args, cwd, config) {
  let out = { agentLogs: [] }, policies = [];
  for (let arg of args) {
    if (arg === "-" || arg.endsWith(".jsonl")) {
      out.agentLogs.push(arg);
      continue;
    }
    let abs = resolve(cwd, arg);
    if (!existsSync(abs) && !/[./\\]/.test(arg))
      throw new UsageError(`unknown command "${arg}"`, "Commands: explain, bypass, init; run agent-policy-lint --help for the options.");
    if (existsSync(abs) && statSync(abs).isDirectory()) {
      let found = POLICY_NAMES.map((n) => join(arg, n)).find((p) => existsSync(resolve(cwd, p)));
      if (!found) throw new UsageError(`no .agent-policy.yml in "${arg}"`, "Name the policy file, or run agent-policy-lint init there.");
      policies.push(found);
    } else {
      if (OVERRIDE.test(basename(arg)))
        continue;
      policies.push(arg);
    }
  }
  let distinct = [...new Set(policies.map((p) => resolve(cwd, p)))];
  if (config !== void 0 && distinct.length > 0 && distinct.some((p) => p !== resolve(cwd, config)))
    throw new UsageError(`--config "${config}" and the file "${policies[0]}" name different policies`, "Name one root policy: its overrides are found and linted with it.");
  if (distinct.length > 1) throw new UsageError(`more than one root policy named (${policies.join(", ")})`, "Run agent-policy-lint once per policy: each lints its overrides with it.");
  return out.config = policies[0], out;
}

// src/cli/args.ts
var LINT_USAGE = `Usage: agent-policy-lint [options] [POLICY | DIR | LOG.jsonl | -]...
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
function parseFlags(config, command) {
  let simple = plainLongOptions(config);
  if (simple) return simple;
  try {
    return parseArgs(config);
  } catch (e) {
    throw new UsageError(e.message, `Run agent-policy-lint${command ? ` ${command}` : ""} --help for the options.`);
  }
}
function joinNegativeValues(argv) {
  let out = [];
  for (let i = 0; i < argv.length; i++)
    argv[i] === "--max-warnings" && /^-\d+$/.test(argv[i + 1] ?? "") ? out.push(`--max-warnings=${argv[++i]}`) : out.push(argv[i]);
  return out;
}
function parseLintArgs(argv, cwd = process.cwd()) {
  let parsed = parseFlags({
    args: joinNegativeValues(argv),
    allowPositionals: !0,
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
  }), v = parsed.values;
  if (v.help) return "help";
  if (v.version) return "version";
  let format = v.format;
  if (!FORMATS.includes(format))
    throw new UsageError(`unknown format "${format}"; expected one of ${FORMATS.join(", ")}`);
  let maxWarnings;
  if (v["max-warnings"] !== void 0) {
    if (maxWarnings = /^-?\d+$/.test(v["max-warnings"]) ? Number(v["max-warnings"]) : NaN, maxWarnings === -1) maxWarnings = void 0;
    else if (!Number.isInteger(maxWarnings) || maxWarnings < 0)
      throw new UsageError(`--max-warnings expects a whole number of warnings allowed, 0 or more, or -1 for no limit (got "${v["max-warnings"]}")`);
  }
  let named = readPositionals(parsed.positionals, cwd, v.config);
  return {
    config: v.config ?? named.config,
    checkConflicts: v["check-conflicts"] ?? !1,
    agentLogs: [...v["agent-log"] ?? [], ...named.agentLogs],
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

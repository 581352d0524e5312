var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  runStagedCli: () => runStagedCli
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_WDOCMWJB = require("./chunk-WDOCMWJB.js");
var import_chunk_TQBEFRU3 = require("./chunk-TQBEFRU3.js");
var import_chunk_VFYKPGBC = require("./chunk-VFYKPGBC.js");
var import_chunk_6OMWIG5V = require("./chunk-6OMWIG5V.js");
var import_chunk_QKUC6GCX = require("./chunk-QKUC6GCX.js");
var import_chunk_HZVDRH6M = require("./chunk-HZVDRH6M.js");
var import_chunk_6TQU3MSI = require("./chunk-6TQU3MSI.js");
var import_chunk_65XJQ7OF = require("./chunk-65XJQ7OF.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
var import_node_util = require("node:util");
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var POLICY_NAMES = [".agent-policy.yml", ".agent-policy.yaml"], OVERRIDE = /^\.agent-policy\.override\.ya?ml$/;
function readPositionals(args, cwd, config) {
  let out = { agentLogs: [] }, policies = [];
  for (let arg of args) {
    if (arg === "-" || arg.endsWith(".jsonl")) {
      out.agentLogs.push(arg);
      continue;
    }
    let abs = (0, import_node_path.resolve)(cwd, arg);
    if (!(0, import_node_fs.existsSync)(abs) && !/[./\\]/.test(arg))
      throw new import_chunk_QKUC6GCX.UsageError(`unknown command "${arg}"`, "Commands: explain, bypass, init; run agent-policy-lint --help for the options.");
    if ((0, import_node_fs.existsSync)(abs) && (0, import_node_fs.statSync)(abs).isDirectory()) {
      let found = POLICY_NAMES.map((n) => (0, import_node_path.join)(arg, n)).find((p) => (0, import_node_fs.existsSync)((0, import_node_path.resolve)(cwd, p)));
      if (!found) throw new import_chunk_QKUC6GCX.UsageError(`no .agent-policy.yml in "${arg}"`, "Name the policy file, or run agent-policy-lint init there.");
      policies.push(found);
    } else {
      if (OVERRIDE.test((0, import_node_path.basename)(arg)))
        continue;
      policies.push(arg);
    }
  }
  let distinct = [...new Set(policies.map((p) => (0, import_node_path.resolve)(cwd, p)))];
  if (config !== void 0 && distinct.length > 0 && distinct.some((p) => p !== (0, import_node_path.resolve)(cwd, config)))
    throw new import_chunk_QKUC6GCX.UsageError(`--config "${config}" and the file "${policies[0]}" name different policies`, "Name one root policy: its overrides are found and linted with it.");
  if (distinct.length > 1) throw new import_chunk_QKUC6GCX.UsageError(`more than one root policy named (${policies.join(", ")})`, "Run agent-policy-lint once per policy: each lints its overrides with it.");
  return out.config = policies[0], out;
}
function parseFlags(config, command) {
  let simple = (0, import_chunk_6OMWIG5V.plainLongOptions)(config);
  if (simple) return simple;
  try {
    return (0, import_node_util.parseArgs)(config);
  } catch (e) {
    throw new import_chunk_QKUC6GCX.UsageError(e.message, `Run agent-policy-lint${command ? ` ${command}` : ""} --help for the options.`);
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
    allowPositionals: true,
    strict: true,
    options: {
      config: { type: "string", short: "c" },
      "check-conflicts": { type: "boolean", default: false },
      "agent-log": { type: "string", multiple: true, default: [] },
      format: { type: "string", short: "f", default: "stylish" },
      output: { type: "string", short: "o" },
      "max-warnings": { type: "string" },
      staged: { type: "boolean", default: false },
      fix: { type: "boolean", default: false },
      quiet: { type: "boolean", short: "q", default: false },
      agent: { type: "string" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h", default: false },
      version: { type: "boolean", short: "v", default: false }
    }
  }), v = parsed.values;
  if (v.help) return "help";
  if (v.version) return "version";
  let format = v.format;
  if (!import_chunk_WDOCMWJB.FORMATS.includes(format))
    throw new import_chunk_QKUC6GCX.UsageError(`unknown format "${format}"; expected one of ${import_chunk_WDOCMWJB.FORMATS.join(", ")}`);
  let maxWarnings;
  if (v["max-warnings"] !== void 0) {
    if (maxWarnings = /^-?\d+$/.test(v["max-warnings"]) ? Number(v["max-warnings"]) : NaN, maxWarnings === -1) maxWarnings = void 0;
    else if (!Number.isInteger(maxWarnings) || maxWarnings < 0)
      throw new import_chunk_QKUC6GCX.UsageError(`--max-warnings expects a whole number of warnings allowed, 0 or more, or -1 for no limit (got "${v["max-warnings"]}")`);
  }
  let named = readPositionals(parsed.positionals, cwd, v.config);
  return {
    config: v.config ?? named.config,
    checkConflicts: v["check-conflicts"] ?? false,
    agentLogs: [...v["agent-log"] ?? [], ...named.agentLogs],
    format,
    output: v.output,
    maxWarnings,
    staged: v.staged ?? false,
    fix: v.fix ?? false,
    quiet: v.quiet ?? false,
    agent: v.agent,
    color: v["no-color"] ? false : v.color
  };
}
function fail(e) {
  if (e instanceof import_chunk_QKUC6GCX.UsageError)
    return process.stderr.write(`agent-policy-lint: ${e.message}
`), e.hint && process.stderr.write(`${e.hint}
`), e.exitCode;
  let err = e;
  return err?.syscall === "write" && typeof err.code == "string" ? (err.code !== "EPIPE" && process.stderr.write(`agent-policy-lint: could not write the report: ${err.message}
`), 2) : (process.stderr.write(`agent-policy-lint: internal error: ${err?.message ?? String(e)}
`), process.env.AGENT_POLICY_LINT_DEBUG ? process.stderr.write(`${err?.stack ?? ""}
`) : process.stderr.write(`Set AGENT_POLICY_LINT_DEBUG=1 for details, and please report it.
`), 2);
}
var loadRulesMeta = async () => (await Promise.resolve().then(() => __toESM(require("./rules-INCUNRP5.js")))).RULES_META;
async function runStaged(opts, cwd, loadRulesMeta2, started = {}) {
  let diff = (0, import_chunk_TQBEFRU3.stagedEntries)(cwd, started.diff), reads = (0, import_chunk_TQBEFRU3.startIndexReads)(cwd, opts.config, started.indexed), entries = await diff;
  if (entries.length === 0) return 0;
  let { checkStaged } = await Promise.resolve().then(() => __toESM(require("./check-WYPU4VZY.js")));
  return checkStaged(opts, cwd, entries, loadRulesMeta2, reads);
}
async function runStagedCli(argv, cwd, started = {}) {
  try {
    let parsed = parseLintArgs(argv, cwd);
    return parsed === "help" || parsed === "version" || !parsed.staged ? void 0 : await runStaged(parsed, cwd, loadRulesMeta, started);
  } catch (e) {
    return fail(e);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  runStagedCli
});

#!/usr/bin/env node
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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
var import_chunk_6OMWIG5V = require("./chunk-6OMWIG5V.js");
var import_chunk_5SXIVEAW = require("./chunk-5SXIVEAW.js");
var import_chunk_CC6SQXWV = require("./chunk-CC6SQXWV.js");
var import_chunk_HZVDRH6M = require("./chunk-HZVDRH6M.js");
var import_chunk_6TQU3MSI = require("./chunk-6TQU3MSI.js");
var import_chunk_65XJQ7OF = require("./chunk-65XJQ7OF.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
var import_node_fs = require("node:fs");
var import_node_util = require("node:util");
var import_node_fs2 = require("node:fs");
var import_node_path = require("node:path");
function isFile(abs) {
  try {
    return (0, import_node_fs2.statSync)(abs).isFile();
  } catch {
    return false;
  }
}
function prefetchOverrides(cwd) {
  let rootFile = (0, import_chunk_6TQU3MSI.findRootPolicy)(cwd, isFile);
  if (!rootFile) return;
  let files = (0, import_chunk_5SXIVEAW.discoverOverrides)((0, import_node_path.dirname)(rootFile));
  return files.catch(() => {
  }), { rootFile, files };
}
var HOOK_USAGE = `Usage: agent-policy-lint hook --agent claude|codex|gemini|cursor|copilot [--event NAME] [--agent-id ID]

The runtime guard: reads the agent's hook payload on stdin, decides the tool call with the
repository's policy, appends it to the session's audit log (.agent-logs/<session>.jsonl) and
answers in the agent's own format. Any failure is a deny (it fails closed). Install it with
agent-policy-lint init --agent AGENT; see docs/runtime.md.

Options:
      --agent AGENT    the agent whose payload this is (required)
      --event NAME     the hook event, for payloads that do not name it (Copilot CLI)
      --agent-id ID    the policy's identity for this agent (agents: in the policy)
  -h, --help           show this help`;
async function readStdin() {
  if ((0, import_node_fs.fstatSync)(0).isCharacterDevice()) return "";
  let chunks = [];
  for (; ; ) {
    let buf = Buffer.allocUnsafe(65536), n;
    try {
      n = (0, import_node_fs.readSync)(0, buf, 0, buf.length, null);
    } catch (e) {
      let code = e.code;
      if (code === "EAGAIN" || code === "EWOULDBLOCK") break;
      if (code === "EOF") return Buffer.concat(chunks).toString("utf8");
      throw e;
    }
    if (n === 0) return Buffer.concat(chunks).toString("utf8");
    chunks.push(buf.subarray(0, n));
  }
  for await (let c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString("utf8");
}
var processIo = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };
async function runHook(argv, cwd, io = processIo) {
  let values;
  try {
    let config = {
      args: argv,
      strict: true,
      allowPositionals: false,
      options: { agent: { type: "string" }, event: { type: "string" }, "agent-id": { type: "string" }, help: { type: "boolean", short: "h" } }
    };
    values = ((0, import_chunk_6OMWIG5V.plainLongOptions)(config) ?? (0, import_node_util.parseArgs)(config)).values;
  } catch (e) {
    return io.stderr(`agent-policy-lint hook: ${e.message}
${HOOK_USAGE}
`), 2;
  }
  if (values.help)
    return io.stdout(HOOK_USAGE + `
`), 0;
  let agent = values.agent;
  if (!agent || !import_chunk_5SXIVEAW.GUARD_AGENTS.includes(agent))
    return io.stderr(`agent-policy-lint hook: --agent must be one of ${import_chunk_5SXIVEAW.GUARD_AGENTS.join(", ")}${agent ? ` (got "${agent}")` : ""}
`), 2;
  let answer;
  try {
    let loading = Promise.resolve().then(() => __toESM(require("./run-XXDWZL2J.js"))), overrides = prefetchOverrides(cwd), stdin = await readStdin(), { runGuard } = await loading;
    answer = await runGuard({ agent, stdin, env: process.env, cwd, event: values.event, agentId: values["agent-id"], overrides });
  } catch (e) {
    answer = (0, import_chunk_5SXIVEAW.failClosed)(agent, `internal error: ${e?.message ?? String(e)}`);
  }
  return answer.stdout && io.stdout(answer.stdout), answer.stderr && io.stderr(answer.stderr), answer.exitCode;
}
runHook(process.argv.slice(2), process.cwd()).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write(`agent-policy-lint guard failed closed: internal error
`), process.exitCode = 2;
  }
);

import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  plainLongOptions
} from "./chunk-4ZWHCVI7.js";
import {
  discoverOverrides,
  failClosed
} from "./chunk-6WCX5IQV.js";
import "./chunk-VPIY7YYZ.js";
import "./chunk-UI64SEVC.js";
import {
  GUARD_AGENTS
} from "./chunk-7DK35ULS.js";
import {
  writeBytes
} from "./chunk-CPOZV66D.js";
import {
  findRootPolicy
} from "./chunk-PCFHNYAU.js";
import "./chunk-HTJE5MBF.js";
import "./chunk-F2VQ6EFB.js";

// src/guard/main.ts
import { fstatSync, readSync } from "node:fs";
import { parseArgs } from "node:util";

// src/guard/prefetch.ts
import { statSync } from "node:fs";
import { dirname } from "node:path";
function isFile(abs) {
  try {
    return statSync(abs).isFile();
  } catch {
    return !1;
  }
}
function prefetchOverrides(cwd) {
  let rootFile = findRootPolicy(cwd, isFile);
  if (!rootFile) return;
  let files = discoverOverrides(dirname(rootFile));
  return files.catch(() => {
  }), { rootFile, files };
}

// src/guard/main.ts
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
  if (fstatSync(0).isCharacterDevice()) return "";
  let chunks = [];
  for (; ; ) {
    let buf = Buffer.allocUnsafe(65536), n;
    try {
      n = readSync(0, buf, 0, buf.length, null);
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
var processIo = { stdout: (s) => writeBytes(1, Buffer.from(s, "utf8")), stderr: (s) => writeBytes(2, Buffer.from(s, "utf8")) };
async function runHook(argv, cwd, io = processIo) {
  let values;
  try {
    let config = {
      args: argv,
      strict: !0,
      allowPositionals: !1,
      options: { agent: { type: "string" }, event: { type: "string" }, "agent-id": { type: "string" }, help: { type: "boolean", short: "h" } }
    };
    values = (plainLongOptions(config) ?? parseArgs(config)).values;
  } catch (e) {
    return io.stderr(`agent-policy-lint hook: ${e.message}
${HOOK_USAGE}
`), 2;
  }
  if (values.help)
    return io.stdout(HOOK_USAGE + `
`), 0;
  let agent = values.agent;
  if (!agent || !GUARD_AGENTS.includes(agent))
    return io.stderr(`agent-policy-lint hook: --agent must be one of ${GUARD_AGENTS.join(", ")}${agent ? ` (got "${agent}")` : ""}
`), 2;
  let answer;
  try {
    let loading = import("./run-6SVONLRH.js"), overrides = prefetchOverrides(cwd), stdin = await readStdin(), { runGuard } = await loading;
    answer = await runGuard({ agent, stdin, env: process.env, cwd, event: values.event, agentId: values["agent-id"], overrides });
  } catch (e) {
    answer = failClosed(agent, `internal error: ${e?.message ?? String(e)}`);
  }
  return answer.stdout && io.stdout(answer.stdout), answer.stderr && io.stderr(answer.stderr), answer.exitCode;
}
export {
  HOOK_USAGE,
  runHook
};

import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  applyEdits,
  findNodeAtLocation,
  format,
  getNodeValue,
  modify,
  parseTree
} from "./chunk-OJEHWALM.js";

// src/init/agent-hooks/configs.ts
var GUARD_BIN = "node_modules/agent-policy-lint/dist/guard.cjs", fromRoot = (agent) => `node "$(git rev-parse --show-toplevel)/${GUARD_BIN}" --agent ${agent} || exit 2`, AGENT_HOOK_CONFIGS = {
  claude: {
    agent: "claude",
    file: ".claude/settings.json",
    dir: ".claude",
    layout: "matcher-groups",
    slots: [{ event: "PreToolUse", matcher: "*" }, { event: "PostToolUse", matcher: "*" }, { event: "SessionStart" }, { event: "SessionEnd" }],
    preTool: ["PreToolUse"],
    // CLAUDE_PROJECT_DIR is the project root Claude Code was started in.
    command: () => ({ type: "command", command: `node "$CLAUDE_PROJECT_DIR/${GUARD_BIN}" --agent claude || exit 2`, timeout: 30 })
  },
  codex: {
    agent: "codex",
    file: ".codex/hooks.json",
    dir: ".codex",
    layout: "matcher-groups",
    slots: [{ event: "PreToolUse", matcher: ".*" }, { event: "PostToolUse", matcher: ".*" }, { event: "SessionStart" }, { event: "SessionEnd" }],
    preTool: ["PreToolUse"],
    command: () => ({ type: "command", command: fromRoot("codex"), timeout: 30 })
  },
  gemini: {
    agent: "gemini",
    file: ".gemini/settings.json",
    dir: ".gemini",
    layout: "matcher-groups",
    slots: [{ event: "BeforeTool", matcher: ".*" }, { event: "AfterTool", matcher: ".*" }, { event: "SessionStart" }, { event: "SessionEnd" }],
    preTool: ["BeforeTool"],
    command: () => ({ type: "command", name: "agent-policy-lint", command: fromRoot("gemini"), timeout: 3e4 })
  },
  cursor: {
    agent: "cursor",
    file: ".cursor/hooks.json",
    dir: ".cursor",
    layout: "cursor",
    slots: [{ event: "beforeShellExecution" }, { event: "beforeReadFile" }, { event: "beforeMCPExecution" }, { event: "afterFileEdit" }],
    preTool: ["beforeShellExecution", "beforeReadFile", "beforeMCPExecution"],
    command: () => ({ command: fromRoot("cursor") })
  },
  copilot: {
    agent: "copilot",
    file: ".github/hooks/agent-policy-lint.json",
    dir: ".github",
    layout: "copilot",
    slots: [{ event: "preToolUse" }, { event: "postToolUse" }, { event: "sessionStart" }, { event: "sessionEnd" }],
    preTool: ["preToolUse"],
    // Copilot CLI lets the tool run when a hook fails: a guard that cannot start still denies.
    command: (slot) => ({
      type: "command",
      bash: `node ./${GUARD_BIN} --agent copilot --event ${slot.event} || echo '{"permissionDecision":"deny","permissionDecisionReason":"agent-policy-lint guard could not run"}'`,
      powershell: `node ./${GUARD_BIN} --agent copilot --event ${slot.event}; if ($LASTEXITCODE -ne 0) { '{"permissionDecision":"deny","permissionDecisionReason":"agent-policy-lint guard could not run"}' }`,
      cwd: ".",
      timeoutSec: 30
    })
  }
};
function isGuardCommand(text, agent) {
  return typeof text == "string" && text.includes("agent-policy-lint") && (text.includes(`--agent ${agent}`) || text.includes(`hook --agent ${agent}`));
}

// src/init/agent-hooks/install.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
var FORMAT = { insertSpaces: !0, tabSize: 2, eol: `
` };
function detectAgentDirs(dir) {
  return Object.values(AGENT_HOOK_CONFIGS).filter((c) => c.agent === "copilot" ? existsSync(join(dir, ".github", "hooks")) : existsSync(join(dir, c.dir))).map((c) => c.agent);
}
function entriesAt(root, event) {
  return root ? findNodeAtLocation(root, ["hooks", event]) : void 0;
}
function slotInstalled(value, c) {
  if (!Array.isArray(value)) return !1;
  for (let entry of value) {
    if (typeof entry != "object" || entry === null) continue;
    let e = entry;
    if (c.layout === "matcher-groups") {
      if ((Array.isArray(e.hooks) ? e.hooks : []).some((h) => typeof h == "object" && h !== null && isGuardCommand(h.command, c.agent))) return !0;
    } else if (isGuardCommand(e.command ?? e.bash ?? e.powershell, c.agent)) return !0;
  }
  return !1;
}
function entryFor(c, slot) {
  let command = c.command(slot);
  return c.layout !== "matcher-groups" ? command : slot.matcher !== void 0 ? { matcher: slot.matcher, hooks: [command] } : { hooks: [command] };
}
function installAgentHook(dir, agent) {
  let c = AGENT_HOOK_CONFIGS[agent], abs = join(dir, c.file), created = !existsSync(abs), text = created ? c.layout === "matcher-groups" ? `{}
` : `{
  "version": 1
}
` : readFileSync(abs, "utf8"), errors = [], root = parseTree(text, errors, { allowTrailingComma: !0 });
  if (errors.length > 0 || !root || root.type !== "object")
    return { file: c.file, added: [], created: !1, problem: `${c.file} is not a JSON object that can be merged into; add the guard by hand (docs/runtime.md)` };
  let added = [];
  for (let slot of c.slots) {
    let node = entriesAt(root, slot.event), value = node ? getNodeValue(node) : void 0;
    if (slotInstalled(value, c)) continue;
    let entry = entryFor(c, slot), edits = node && node.type === "array" ? modify(text, ["hooks", slot.event, node.children?.length ?? 0], entry, { isArrayInsertion: !0 }) : modify(text, ["hooks", slot.event], [entry], {});
    text = applyEdits(text, edits);
    for (let e of edits) text = applyEdits(text, format(text, { offset: e.offset, length: e.content.length }, FORMAT));
    root = parseTree(text, [], { allowTrailingComma: !0 }), added.push(slot.event);
  }
  return added.length > 0 && (mkdirSync(dirname(abs), { recursive: !0 }), writeFileSync(abs, text.endsWith(`
`) ? text : text + `
`)), { file: c.file, added, created: created && added.length > 0 };
}
function installAgentHooks(dir, agents) {
  return agents.map((agent) => {
    let r = installAgentHook(dir, agent);
    return r.problem ? `${"skipped".padEnd(9)} ${r.file} (${r.problem})` : r.added.length === 0 ? `${"unchanged".padEnd(9)} ${r.file} (the ${agent} guard is installed)` : `${(r.created ? "wrote" : "updated").padEnd(9)} ${r.file}: the ${agent} guard on ${r.added.join(", ")}`;
  });
}

export {
  AGENT_HOOK_CONFIGS,
  isGuardCommand,
  detectAgentDirs,
  installAgentHooks
};

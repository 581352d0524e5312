var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  GUARD_AGENTS: () => GUARD_AGENTS,
  PayloadError: () => PayloadError,
  answer: () => answer,
  canAsk: () => canAsk,
  failClosed: () => failClosed
});
module.exports = __toCommonJS(stdin_exports);
var HAS_ASK = { claude: true, codex: false, gemini: false, cursor: true, copilot: false };
function canAsk(agent) {
  return HAS_ASK[agent];
}
var json = (v) => JSON.stringify(v) + `
`;
function answer(agent, kind, v) {
  if (v.failClosed) return failClosed(agent, v.reason);
  if (kind !== "pre-tool" || v.outcome === "allow") return allow(agent, kind);
  let ask = v.outcome === "needs-approval" && canAsk(agent);
  switch (agent) {
    case "claude":
    case "codex":
      return {
        stdout: json({ hookSpecificOutput: { hookEventName: "PreToolUse", permissionDecision: ask ? "ask" : "deny", permissionDecisionReason: v.reason } }),
        stderr: "",
        exitCode: 0
      };
    case "gemini":
      return { stdout: json({ decision: "deny", reason: v.reason }), stderr: "", exitCode: 0 };
    case "cursor":
      return { stdout: json({ permission: ask ? "ask" : "deny", user_message: v.reason, agent_message: v.reason }), stderr: "", exitCode: 0 };
    case "copilot":
      return { stdout: json({ permissionDecision: "deny", permissionDecisionReason: v.reason }), stderr: "", exitCode: 0 };
  }
}
function allow(agent, kind) {
  return agent === "gemini" ? { stdout: json({}), stderr: "", exitCode: 0 } : agent === "cursor" && kind === "pre-tool" ? { stdout: json({ permission: "allow" }), stderr: "", exitCode: 0 } : { stdout: "", stderr: "", exitCode: 0 };
}
function failClosed(agent, why) {
  let reason = `agent-policy-lint guard failed closed: ${why}`;
  switch (agent) {
    case "claude":
    case "codex":
    case "gemini":
      return { stdout: "", stderr: reason + `
`, exitCode: 2 };
    case "cursor":
      return { stdout: json({ permission: "deny", user_message: reason, agent_message: reason }), stderr: reason + `
`, exitCode: 2 };
    case "copilot":
      return { stdout: json({ permissionDecision: "deny", permissionDecisionReason: reason }), stderr: reason + `
`, exitCode: 0 };
  }
}
var GUARD_AGENTS = ["claude", "codex", "gemini", "cursor", "copilot"];
var PayloadError = class extends Error {
  constructor(message) {
    super(message), this.name = "PayloadError";
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  GUARD_AGENTS,
  PayloadError,
  answer,
  canAsk,
  failClosed
});

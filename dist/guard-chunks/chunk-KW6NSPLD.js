import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/guard/answers.ts
var HAS_ASK = { claude: !0, codex: !1, gemini: !1, cursor: !0, copilot: !1 };
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

// src/agent-tools/guarded.ts
var GUARD_AGENTS = ["claude", "codex", "gemini", "cursor", "copilot"];

// src/guard/event.ts
var PayloadError = class extends Error {
  constructor(message) {
    super(message), this.name = "PayloadError";
  }
};

export {
  canAsk,
  answer,
  failClosed,
  GUARD_AGENTS,
  PayloadError
};

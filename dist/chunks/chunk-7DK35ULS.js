import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/agent-tools/guarded.ts
var GUARD_AGENTS = ["claude", "codex", "gemini", "cursor", "copilot"];

export {
  GUARD_AGENTS
};

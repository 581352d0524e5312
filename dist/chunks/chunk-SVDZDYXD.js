import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/native/types.ts
var AGENT_NAMES = ["claude", "codex", "gemini", "cursor"];
function emptyDraft(header = []) {
  return {
    header,
    filesystem: { allow: [], deny: [] },
    commands: { allow: [], deny: [] },
    network: { exceptions: [], deny: [] },
    tools: { allow: [], deny: [] },
    approvals: []
  };
}
function addRule(list, pattern, source) {
  let found = list.find((r) => r.pattern === pattern);
  found ? found.sources.includes(source) || found.sources.push(source) : list.push({ pattern, sources: [source] });
}
function addApproval(list, kind, pattern, source) {
  let found = list.find((r) => r.kind === kind && r.pattern === pattern);
  found ? found.sources.includes(source) || found.sources.push(source) : list.push({ kind, pattern, sources: [source] });
}

export {
  AGENT_NAMES,
  emptyDraft,
  addRule,
  addApproval
};

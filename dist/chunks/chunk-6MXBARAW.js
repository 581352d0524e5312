import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/engine/acting.ts
import { isAbsolute, relative, sep } from "node:path";
function actingAgent(root, detected) {
  return detected !== void 0 && root.agents.some((a) => a.id === detected) ? detected : root.agentId;
}
function policyPath(policyRoot, absolutePath) {
  let rel = relative(policyRoot, absolutePath);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? absolutePath : rel.split(sep).join("/");
}

export {
  actingAgent,
  policyPath
};

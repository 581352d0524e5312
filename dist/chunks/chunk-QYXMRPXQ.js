import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/cli/rules-meta.ts
var loadRulesMeta = async () => (await import("./rules-NCB556HS.js")).RULES_META;

export {
  loadRulesMeta
};

import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/report/rule.ts
var DOCS_BASE = "https://github.com/agent-policy-lint/agent-policy-lint/blob/main/docs/rules.md";
function helpUri(ruleId) {
  return `${DOCS_BASE}#${ruleId}`;
}

export {
  helpUri
};

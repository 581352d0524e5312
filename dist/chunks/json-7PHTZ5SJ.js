import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import "./chunk-F2VQ6EFB.js";

// src/report/formatters/json.ts
var LEADING_KEYS = ["ruleId", "severity", "message", "file", "line", "column", "endLine", "endColumn", "hint"], formatJson = (findings, summary) => JSON.stringify({ findings: findings.map(orderFinding), summary: orderSummary(summary) }, null, 2) + `
`;
function orderFinding(f) {
  return ordered(f, LEADING_KEYS);
}
function orderSummary(s) {
  return ordered(s, ["errors", "warnings", "infos", "files"]);
}
function ordered(obj, leading) {
  let src = obj, out = {};
  for (let k of leading) src[k] !== void 0 && (out[k] = src[k]);
  for (let [k, v] of Object.entries(src)) !(k in out) && v !== void 0 && (out[k] = v);
  return out;
}
export {
  formatJson,
  orderFinding
};

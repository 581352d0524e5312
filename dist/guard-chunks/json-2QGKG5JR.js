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
  formatJson: () => formatJson,
  orderFinding: () => orderFinding
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  formatJson,
  orderFinding
});

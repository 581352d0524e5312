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
  helpUri: () => helpUri
});
module.exports = __toCommonJS(stdin_exports);
var DOCS_BASE = "https://github.com/agent-policy-lint/agent-policy-lint/blob/main/docs/rules.md";
function helpUri(ruleId) {
  return `${DOCS_BASE}#${ruleId}`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  helpUri
});

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
  SEVERITY_ORDER: () => SEVERITY_ORDER,
  compareFindings: () => compareFindings,
  summarize: () => summarize
});
module.exports = __toCommonJS(stdin_exports);
var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
function compareFindings(a, b) {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId);
}
function summarize(findings, filesChecked) {
  let errors = 0, warnings = 0, infos = 0;
  for (let f of findings)
    f.severity === "error" ? errors++ : f.severity === "warning" ? warnings++ : infos++;
  return { errors, warnings, infos, files: filesChecked };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SEVERITY_ORDER,
  compareFindings,
  summarize
});

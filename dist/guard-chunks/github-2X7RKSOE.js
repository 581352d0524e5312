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
  escapeData: () => escapeData,
  escapeProperty: () => escapeProperty,
  formatGithub: () => formatGithub,
  githubCommand: () => githubCommand
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_JP74V4OX = require("./chunk-JP74V4OX.js");
var import_chunk_4MWPKJO3 = require("./chunk-4MWPKJO3.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
var COMMAND = { error: "error", warning: "warning", info: "notice" }, formatGithub = (findings) => findings.map((f) => githubCommand(f) + `
`).join("");
function githubCommand(f) {
  let propText = [
    ["file", f.file || void 0],
    ["line", f.line > 0 ? f.line : void 0],
    ["col", f.line > 0 && f.column > 0 ? f.column : void 0],
    ["endLine", f.line > 0 && f.endLine && f.endLine >= f.line ? f.endLine : void 0],
    ["endColumn", f.line > 0 && f.endLine && f.endColumn && f.endColumn > 0 ? f.endColumn : void 0],
    ["title", f.ruleId]
  ].filter(([, v]) => v !== void 0).map(([k, v]) => `${k}=${escapeProperty((0, import_chunk_JP74V4OX.visible)(String(v)))}`).join(","), text = f.message;
  return f.hint && (text += `
${f.hint}`), f.witness && (text += `
witness: ${f.witness}`), `::${COMMAND[f.severity]} ${propText}::${escapeData((0, import_chunk_JP74V4OX.visible)(text))}`;
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  escapeData,
  escapeProperty,
  formatGithub,
  githubCommand
});

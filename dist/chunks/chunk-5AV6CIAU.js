import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  visible
} from "./chunk-RMFQFXED.js";

// src/report/formatters/github.ts
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
  ].filter(([, v]) => v !== void 0).map(([k, v]) => `${k}=${escapeProperty(visible(String(v)))}`).join(","), text = f.message;
  return f.hint && (text += `
${f.hint}`), f.witness && (text += `
witness: ${f.witness}`), `::${COMMAND[f.severity]} ${propText}::${escapeData(visible(text))}`;
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export {
  formatGithub,
  githubCommand,
  escapeData,
  escapeProperty
};

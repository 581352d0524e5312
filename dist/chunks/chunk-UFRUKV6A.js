import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  prepareFindings
} from "./chunk-E7AKDGUQ.js";

// src/cli/notes.ts
function formatNotes(findings, cwd) {
  return prepareFindings(findings, cwd).map((f) => `${f.file}${f.line > 0 ? `:${f.line}:${f.column}` : ""}  ${f.severity}  ${f.message}  ${f.ruleId}
${f.hint ? `    ${f.hint}
` : ""}`).join("");
}

export {
  formatNotes
};

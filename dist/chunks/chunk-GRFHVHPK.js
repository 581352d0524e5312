import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/report/finding.ts
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

export {
  SEVERITY_ORDER,
  compareFindings,
  summarize
};

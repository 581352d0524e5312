import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  Chalk
} from "./chunk-UOCNCUTE.js";
import {
  countsText,
  displayWidth,
  locationText,
  padEndWidth,
  plural,
  problemCount,
  visible
} from "./chunk-RMFQFXED.js";
import "./chunk-GRFHVHPK.js";
import "./chunk-F2VQ6EFB.js";

// src/report/formatters/stylish.ts
var MAX_MESSAGE_COLUMN = 60, formatStylish = (findings, summary, ctx) => {
  let c = new Chalk({ level: ctx.color ? 1 : 0 });
  if (findings.length === 0) {
    let what = ctx.quiet ? "No errors" : "No problems";
    return `${c.green("\u2714")} ${what} found (${plural(summary.files, "file")} checked)
`;
  }
  let out = [];
  for (let [file, group] of groupByFile(findings))
    out.push(c.underline(visible(file) || "(no file)")), out.push(...renderGroup(group, c), "");
  return out.push(summaryLine(summary, c)), out.join(`
`) + `
`;
};
function groupByFile(findings) {
  let groups = /* @__PURE__ */ new Map();
  for (let f of findings) {
    let g = groups.get(f.file);
    g ? g.push(f) : groups.set(f.file, [f]);
  }
  return groups;
}
var SEVERITY_STYLE = {
  error: (c, s) => c.red(s),
  warning: (c, s) => c.yellow(s),
  info: (c, s) => c.cyan(s)
};
function renderGroup(group, c) {
  let rows = group.map((f) => ({
    f,
    line: f.line > 0 ? String(f.line) : "-",
    col: f.line > 0 && f.column > 0 ? `:${f.column}` : "",
    lines: visible(f.message).split(`
`)
  })), lineW = Math.max(...rows.map((r) => r.line.length)), posW = Math.max(...rows.map((r) => lineW + r.col.length)), sevW = Math.max(...rows.map((r) => r.f.severity.length)), msgW = Math.min(MAX_MESSAGE_COLUMN, Math.max(...rows.map((r) => displayWidth(r.lines[0] ?? "")))), indent = " ".repeat(2 + posW + 2 + sevW + 2), out = [];
  for (let { f, line, col, lines } of rows) {
    let pos = (line.padStart(lineW) + col).padEnd(posW), sev = SEVERITY_STYLE[f.severity](c, f.severity.padEnd(sevW)), first = padEndWidth(lines[0] ?? "", msgW);
    out.push(`  ${c.dim(pos)}  ${sev}  ${first}  ${c.dim(visible(f.ruleId))}`);
    for (let more of lines.slice(1)) out.push(indent + more);
    f.witness && out.push(...labelled(indent, "e.g.", f.witness, c)), f.hint && out.push(...labelled(indent, "hint", f.hint, c));
    for (let r of f.related ?? [])
      out.push(...labelled(indent, "related", `${locationText(r)}  ${r.message}`, c));
  }
  return out;
}
function labelled(indent, label, text, c) {
  let lines = visible(text).split(`
`), head0 = label.endsWith(".") ? `${label} ` : label === "hint" && /^[A-Z][a-z]+: /.test(lines[0] ?? "") ? "" : `${label}: `, pad = " ".repeat(head0.length);
  return lines.map((l, i) => {
    let head = i === 0 ? head0 : pad;
    return label === "hint" ? indent + c.dim(head + l) : indent + c.dim(head) + l;
  });
}
function summaryLine(s, c) {
  let n = problemCount(s), text = `${plural(n, "problem")} (${countsText(s)})`;
  return s.errors > 0 ? c.red.bold(`\u2716 ${text}`) : s.warnings > 0 ? c.yellow.bold(`\u2716 ${text}`) : c.cyan.bold(`\u2139 ${text}`);
}
export {
  formatStylish
};

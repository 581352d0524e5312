import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  bySeverity,
  countsText,
  locationText,
  plural,
  problemCount,
  visible
} from "./chunk-RMFQFXED.js";

// src/report/formatters/markdown.ts
var DEFAULT_MAX_ROWS = 200, MAX_CELL = 1e3, MAX_TABLE_BYTES = 512 * 1024, BADGE = { error: "\u274C error", warning: "\u26A0\uFE0F warning", info: "\u2139\uFE0F info" }, formatMarkdown = (findings, summary, ctx) => renderMarkdown(findings, summary, ctx);
function renderMarkdown(findings, summary, ctx, opts = {}) {
  let maxRows = Math.max(0, opts.maxRows ?? DEFAULT_MAX_ROWS), out = [`## ${verdict(summary, ctx.quiet)}`, "", `${plural(summary.files, "file")} checked.`];
  if (findings.length === 0) return out.join(`
`) + `
`;
  let rows = /* @__PURE__ */ new Map(), bytes = 0;
  for (let f of bySeverity(findings)) {
    if (rows.size >= maxRows) break;
    let r = row(f, opts.fileLink);
    if (bytes += Buffer.byteLength(r) + 1, bytes > MAX_TABLE_BYTES) break;
    rows.set(f, r);
  }
  out.push("", "| Severity | Location | Rule | Message |", "| --- | --- | --- | --- |");
  for (let f of findings) {
    let r = rows.get(f);
    r !== void 0 && out.push(r);
  }
  let left = findings.filter((f) => !rows.has(f));
  if (left.length > 0) {
    let counts = { errors: 0, warnings: 0, infos: 0 };
    for (let f of left) counts[f.severity === "error" ? "errors" : f.severity === "warning" ? "warnings" : "infos"]++;
    out.push("", `_${plural(left.length, "more finding")} not shown (${countsText(counts)}); the full report has them all._`);
  }
  return out.join(`
`) + `
`;
}
function verdict(s, quiet) {
  let counts = countsText(s);
  return s.errors > 0 ? `\u274C agent-policy-lint: ${counts}` : s.warnings > 0 ? `\u26A0\uFE0F agent-policy-lint: ${counts}` : problemCount(s) > 0 ? `\u2705 agent-policy-lint: ${counts}` : `\u2705 agent-policy-lint: ${quiet ? "no errors" : "no problems"}`;
}
function row(f, fileLink) {
  let message = cell(f.message);
  f.hint && (message += `<br>\u{1F4A1} ${cell(f.hint)}`), f.witness && (message += `<br>witness: ${cell(f.witness)}`);
  let rule = safeUrl(f.helpUri) ? `[${cell(f.ruleId)}](${safeUrl(f.helpUri)})` : cell(f.ruleId), link = safeUrl(fileLink?.(f)), where = link ? `[${cell(locationText(f))}](${link})` : cell(locationText(f));
  return `| ${BADGE[f.severity]} | ${where} | ${rule} | ${message} |`;
}
function cell(text) {
  let t = visible(text).trim();
  return t.length > MAX_CELL && (t = `${Array.from(t).slice(0, MAX_CELL).join("")}\u2026`), t.replace(/[\\`*_[\]<>|~&#!]/g, "\\$&").replace(/\n/g, "<br>");
}
function safeUrl(uri) {
  if (!(!uri || !/^https?:\/\//i.test(uri)))
    return uri.replace(/[\s()<>|\\`"]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

export {
  DEFAULT_MAX_ROWS,
  MAX_CELL,
  MAX_TABLE_BYTES,
  formatMarkdown,
  renderMarkdown,
  cell
};

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
  DEFAULT_MAX_ROWS: () => DEFAULT_MAX_ROWS,
  MAX_CELL: () => MAX_CELL,
  MAX_TABLE_BYTES: () => MAX_TABLE_BYTES,
  cell: () => cell,
  formatMarkdown: () => formatMarkdown,
  renderMarkdown: () => renderMarkdown
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_JP74V4OX = require("./chunk-JP74V4OX.js");
var import_chunk_4MWPKJO3 = require("./chunk-4MWPKJO3.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
var DEFAULT_MAX_ROWS = 200, MAX_CELL = 1e3, MAX_TABLE_BYTES = 512 * 1024, BADGE = { error: "\u274C error", warning: "\u26A0\uFE0F warning", info: "\u2139\uFE0F info" }, formatMarkdown = (findings, summary, ctx) => renderMarkdown(findings, summary, ctx);
function renderMarkdown(findings, summary, ctx, opts = {}) {
  let maxRows = Math.max(0, opts.maxRows ?? DEFAULT_MAX_ROWS), out = [`## ${verdict(summary, ctx.quiet)}`, "", `${(0, import_chunk_JP74V4OX.plural)(summary.files, "file")} checked.`];
  if (findings.length === 0) return out.join(`
`) + `
`;
  let rows = /* @__PURE__ */ new Map(), bytes = 0;
  for (let f of (0, import_chunk_JP74V4OX.bySeverity)(findings)) {
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
    out.push("", `_${(0, import_chunk_JP74V4OX.plural)(left.length, "more finding")} not shown (${(0, import_chunk_JP74V4OX.countsText)(counts)}); the full report has them all._`);
  }
  return out.join(`
`) + `
`;
}
function verdict(s, quiet) {
  let counts = (0, import_chunk_JP74V4OX.countsText)(s);
  return s.errors > 0 ? `\u274C agent-policy-lint: ${counts}` : s.warnings > 0 ? `\u26A0\uFE0F agent-policy-lint: ${counts}` : (0, import_chunk_JP74V4OX.problemCount)(s) > 0 ? `\u2705 agent-policy-lint: ${counts}` : `\u2705 agent-policy-lint: ${quiet ? "no errors" : "no problems"}`;
}
function row(f, fileLink) {
  let message = cell(f.message);
  f.hint && (message += `<br>\u{1F4A1} ${cell(f.hint)}`), f.witness && (message += `<br>witness: ${cell(f.witness)}`);
  let rule = safeUrl(f.helpUri) ? `[${cell(f.ruleId)}](${safeUrl(f.helpUri)})` : cell(f.ruleId), link = safeUrl(fileLink?.(f)), where = link ? `[${cell((0, import_chunk_JP74V4OX.locationText)(f))}](${link})` : cell((0, import_chunk_JP74V4OX.locationText)(f));
  return `| ${BADGE[f.severity]} | ${where} | ${rule} | ${message} |`;
}
function cell(text) {
  let t = (0, import_chunk_JP74V4OX.visible)(text).trim();
  return t.length > MAX_CELL && (t = `${Array.from(t).slice(0, MAX_CELL).join("")}\u2026`), t.replace(/[\\`*_[\]<>|~&#!]/g, "\\$&").replace(/\n/g, "<br>");
}
function safeUrl(uri) {
  if (!(!uri || !/^https?:\/\//i.test(uri)))
    return uri.replace(/[\s()<>|\\`"]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_MAX_ROWS,
  MAX_CELL,
  MAX_TABLE_BYTES,
  cell,
  formatMarkdown,
  renderMarkdown
});

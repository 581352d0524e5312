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
  bySeverity: () => bySeverity,
  countsText: () => countsText,
  displayWidth: () => displayWidth,
  locationText: () => locationText,
  padEndWidth: () => padEndWidth,
  plural: () => plural,
  problemCount: () => problemCount,
  visible: () => visible
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_4MWPKJO3 = require("./chunk-4MWPKJO3.js");
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function countsText(s) {
  return `${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.infos, "info")}`;
}
function problemCount(s) {
  return s.errors + s.warnings + s.infos;
}
var INVISIBLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function visible(text) {
  return text.replace(/\r\n?/g, `
`).replace(INVISIBLE, (ch) => {
    if (ch === "	") return " ";
    let code = ch.codePointAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
function locationText(loc) {
  return loc.line <= 0 ? loc.file : loc.column > 0 ? `${loc.file}:${loc.line}:${loc.column}` : `${loc.file}:${loc.line}`;
}
var WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u, ZERO_WIDTH = /[\p{M}\u200b-\u200d\ufe0f]/u;
function displayWidth(text) {
  let w = 0;
  for (let ch of text)
    ZERO_WIDTH.test(ch) || (w += WIDE.test(ch) ? 2 : 1);
  return w;
}
function padEndWidth(text, width) {
  let w = displayWidth(text);
  return w >= width ? text : text + " ".repeat(width - w);
}
function bySeverity(items) {
  return items.map((item, i) => ({ item, i })).sort((a, b) => import_chunk_4MWPKJO3.SEVERITY_ORDER[a.item.severity] - import_chunk_4MWPKJO3.SEVERITY_ORDER[b.item.severity] || a.i - b.i).map((x) => x.item);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  bySeverity,
  countsText,
  displayWidth,
  locationText,
  padEndWidth,
  plural,
  problemCount,
  visible
});

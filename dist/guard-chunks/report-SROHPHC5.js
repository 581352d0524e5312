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
  emitReport: () => emitReport,
  exitCodeFor: () => exitCodeFor,
  useColor: () => useColor
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_Y3WJA255 = require("./chunk-Y3WJA255.js");
var import_chunk_4MWPKJO3 = require("./chunk-4MWPKJO3.js");
var import_chunk_WDOCMWJB = require("./chunk-WDOCMWJB.js");
var import_chunk_QKUC6GCX = require("./chunk-QKUC6GCX.js");
var import_chunk_75HOI2O4 = require("./chunk-75HOI2O4.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
var import_node_path = require("node:path");
var import_node_path2 = require("node:path");
var import_node_fs = require("node:fs");
var import_node_path3 = require("node:path");
var import_node_fs2 = require("node:fs");
var import_node_fs3 = require("node:fs");
var import_node_path4 = require("node:path");
function prepareFindings(findings, cwd) {
  let rel = (f) => {
    if (!f || !(0, import_node_path2.isAbsolute)(f)) return f;
    let r = (0, import_node_path2.relative)(cwd, f);
    return (r === "" ? "." : r).split(import_node_path2.sep).join("/");
  };
  return findings.map((f) => ({
    ...f,
    file: rel(f.file),
    helpUri: f.helpUri ?? (0, import_chunk_Y3WJA255.helpUri)(f.ruleId),
    related: f.related?.map((r) => ({ ...r, file: rel(r.file) }))
  })).sort(import_chunk_4MWPKJO3.compareFindings);
}
var UNITS = 1 << 18, scratch;
function writeText(fd, text) {
  scratch ??= Buffer.allocUnsafeSlow(UNITS * 3);
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + UNITS), last = text.charCodeAt(end - 1);
    end < text.length && last >= 55296 && last <= 56319 && end--;
    let n = scratch.write(at === 0 && end === text.length ? text : text.slice(at, end), 0, "utf8");
    writeBytes(fd, scratch.subarray(0, n)), at = end;
  }
}
function writeBytes(fd, bytes) {
  let at = 0;
  for (; at < bytes.length; )
    try {
      at += (0, import_node_fs2.writeSync)(fd, bytes, at);
    } catch (e) {
      if (e.code !== "EAGAIN") throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
}
var REASONS = {
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EROFS: "the file system is read-only",
  ENOTDIR: "a part of the path is a file, not a directory",
  EEXIST: "a part of the path is a file, not a directory",
  ENAMETOOLONG: "the name is too long"
};
function writeReportFile(path, shownAs, chunks) {
  try {
    (0, import_node_fs.mkdirSync)((0, import_node_path3.dirname)(path), { recursive: true });
    let fd = (0, import_node_fs.openSync)(path, "w");
    try {
      for (let text of chunks) writeText(fd, text);
    } finally {
      (0, import_node_fs.closeSync)(fd);
    }
  } catch (e) {
    let code = e.code ?? "", reason = REASONS[code];
    throw reason === void 0 ? e : new import_chunk_QKUC6GCX.UsageError(`cannot write the report to "${shownAs}": ${reason}`, "Choose another --output path.");
  }
}
var FLUSH_BYTES = 1 << 20, ReportStream = class {
  fd;
  owned;
  parts = [];
  pending = 0;
  /** output: a file (created or truncated now); undefined: standard output. */
  constructor(output, cwd) {
    this.owned = output !== void 0, this.fd = output !== void 0 ? (0, import_node_fs3.openSync)((0, import_node_path4.resolve)(cwd, output), "w") : 1;
  }
  write(text) {
    text.length !== 0 && (this.parts.push(text), this.pending += text.length, this.pending >= FLUSH_BYTES && this.flush());
  }
  flush() {
    for (let part of this.parts)
      typeof part == "string" ? writeText(this.fd, part) : writeBytes(this.fd, part);
    this.parts = [], this.pending = 0;
  }
  close() {
    this.flush(), this.owned && (0, import_node_fs3.closeSync)(this.fd);
  }
};
function useColor(flag, stream) {
  return flag !== void 0 ? flag : "NO_COLOR" in process.env && process.env.NO_COLOR !== "" ? false : process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0" ? true : !!stream.isTTY;
}
async function emitReport(all, opts) {
  let prepared = prepareFindings(all, opts.cwd), shown = opts.quiet ? prepared.filter((f) => f.severity === "error") : prepared, summary = (0, import_chunk_4MWPKJO3.summarize)(prepared, opts.filesChecked), formatter = await (0, import_chunk_WDOCMWJB.getChunkedFormatter)(opts.format), color = opts.output ? false : useColor(opts.color, process.stdout), chunks = formatter(shown, (0, import_chunk_4MWPKJO3.summarize)(shown, opts.filesChecked), {
    color,
    toolVersion: import_chunk_75HOI2O4.VERSION,
    cwd: opts.cwd,
    quiet: opts.quiet,
    rulesMeta: await opts.loadRulesMeta(),
    ...opts.extra
  });
  if (opts.stream) {
    for (let text of chunks) opts.stream.write(text);
    opts.stream.close();
  } else if (opts.output)
    writeReportFile((0, import_node_path.resolve)(opts.cwd, opts.output), opts.output, chunks);
  else if (opts.format === "html") {
    let out = new ReportStream(void 0, opts.cwd);
    for (let text of chunks) out.write(text);
    out.close();
  } else {
    let text = [...chunks].join("");
    text && !(opts.quiet && shown.length === 0 && opts.format === "stylish") && process.stdout.write(text);
  }
  return summary;
}
function exitCodeFor(summary, maxWarnings) {
  return summary.errors > 0 ? 1 : maxWarnings !== void 0 && summary.warnings > maxWarnings ? (process.stderr.write(`agent-policy-lint: too many warnings: ${summary.warnings}, and --max-warnings allows ${maxWarnings}.
`), 1) : 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  emitReport,
  exitCodeFor,
  useColor
});

import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  getFormatter
} from "./chunk-CGDTS2UC.js";
import {
  prepareFindings
} from "./chunk-E7AKDGUQ.js";
import {
  VERSION
} from "./chunk-Y6DNOGVW.js";
import {
  UsageError
} from "./chunk-6RCGQYBU.js";
import {
  summarize
} from "./chunk-GRFHVHPK.js";

// src/lint/report.ts
import { resolve } from "node:path";

// src/lint/report-file.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
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
function writeReportFile(path, shownAs, text) {
  try {
    mkdirSync(dirname(path), { recursive: !0 }), writeFileSync(path, text);
  } catch (e) {
    let code = e.code ?? "", reason = REASONS[code];
    throw reason === void 0 ? e : new UsageError(`cannot write the report to "${shownAs}": ${reason}`, "Choose another --output path.");
  }
}

// src/lint/report.ts
function useColor(flag, stream) {
  return flag !== void 0 ? flag : "NO_COLOR" in process.env && process.env.NO_COLOR !== "" ? !1 : process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0" ? !0 : !!stream.isTTY;
}
async function emitReport(all, opts) {
  let prepared = prepareFindings(all, opts.cwd), shown = opts.quiet ? prepared.filter((f) => f.severity === "error") : prepared, summary = summarize(prepared, opts.filesChecked), formatter = await getFormatter(opts.format), color = opts.output ? !1 : useColor(opts.color, process.stdout), text = formatter(shown, summarize(shown, opts.filesChecked), {
    color,
    toolVersion: VERSION,
    cwd: opts.cwd,
    quiet: opts.quiet,
    rulesMeta: await opts.loadRulesMeta(),
    ...opts.extra
  });
  return opts.stream ? (opts.stream.write(text), opts.stream.close()) : opts.output ? writeReportFile(resolve(opts.cwd, opts.output), opts.output, text) : text && !(opts.quiet && shown.length === 0 && opts.format === "stylish") && process.stdout.write(text), summary;
}
function exitCodeFor(summary, maxWarnings) {
  return summary.errors > 0 ? 1 : maxWarnings !== void 0 && summary.warnings > maxWarnings ? (process.stderr.write(`agent-policy-lint: too many warnings: ${summary.warnings}, and --max-warnings allows ${maxWarnings}.
`), 1) : 0;
}

export {
  useColor,
  emitReport,
  exitCodeFor
};

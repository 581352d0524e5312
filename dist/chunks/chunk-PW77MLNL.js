import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  getChunkedFormatter
} from "./chunk-O3G5XKBQ.js";
import {
  writeReportFile
} from "./chunk-OU77WY22.js";
import {
  prepareFindings
} from "./chunk-E7AKDGUQ.js";
import {
  writeBytes,
  writeText
} from "./chunk-CPOZV66D.js";
import {
  VERSION
} from "./chunk-TBDWGYFU.js";
import {
  summarize
} from "./chunk-GRFHVHPK.js";

// src/lint/report.ts
import { resolve as resolve2 } from "node:path";

// src/lint/report-stream.ts
import { closeSync, openSync } from "node:fs";
import { resolve } from "node:path";
var FLUSH_BYTES = 1 << 20, ReportStream = class {
  fd;
  owned;
  parts = [];
  pending = 0;
  /** output: a file (created or truncated now); undefined: standard output. */
  constructor(output, cwd) {
    this.owned = output !== void 0, this.fd = output !== void 0 ? openSync(resolve(cwd, output), "w") : 1;
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
    this.flush(), this.owned && closeSync(this.fd);
  }
};

// src/lint/report.ts
function useColor(flag, stream) {
  return flag !== void 0 ? flag : "NO_COLOR" in process.env && process.env.NO_COLOR !== "" ? !1 : process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0" ? !0 : !!stream.isTTY;
}
async function emitReport(all, opts) {
  let prepared = prepareFindings(all, opts.cwd), shown = opts.quiet ? prepared.filter((f) => f.severity === "error") : prepared, summary = summarize(prepared, opts.filesChecked), formatter = await getChunkedFormatter(opts.format), color = opts.output ? !1 : useColor(opts.color, process.stdout), chunks = formatter(shown, summarize(shown, opts.filesChecked), {
    color,
    toolVersion: VERSION,
    cwd: opts.cwd,
    quiet: opts.quiet,
    rulesMeta: await opts.loadRulesMeta(),
    ...opts.extra
  });
  if (opts.stream) {
    for (let text of chunks) opts.stream.write(text);
    opts.stream.close();
  } else if (opts.output)
    writeReportFile(resolve2(opts.cwd, opts.output), opts.output, chunks);
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

export {
  ReportStream,
  useColor,
  emitReport,
  exitCodeFor
};

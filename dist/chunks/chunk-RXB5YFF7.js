import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-Y6DNOGVW.js";
import {
  getFormatter
} from "./chunk-F2HVAYKC.js";
import {
  helpUri
} from "./chunk-3M3UEKFW.js";
import {
  compareFindings,
  summarize
} from "./chunk-GRFHVHPK.js";

// src/cli/output.ts
import { writeFileSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
function prepareFindings(findings, cwd) {
  let rel = (f) => {
    if (!f || !isAbsolute(f)) return f;
    let r = relative(cwd, f);
    return (r === "" ? "." : r).split(sep).join("/");
  };
  return findings.map((f) => ({
    ...f,
    file: rel(f.file),
    helpUri: f.helpUri ?? helpUri(f.ruleId),
    related: f.related?.map((r) => ({ ...r, file: rel(r.file) }))
  })).sort(compareFindings);
}
function useColor(flag, stream) {
  return flag !== void 0 ? flag : "NO_COLOR" in process.env && process.env.NO_COLOR !== "" ? !1 : process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0" ? !0 : !!stream.isTTY;
}
async function emitReport(all, opts) {
  let prepared = prepareFindings(all, opts.cwd), shown = opts.quiet ? prepared.filter((f) => f.severity === "error") : prepared, summary = summarize(prepared, opts.filesChecked), formatter = await getFormatter(opts.format), color = opts.output ? !1 : useColor(opts.color, process.stdout), text = formatter(shown, summarize(shown, opts.filesChecked), {
    color,
    toolVersion: VERSION,
    cwd: opts.cwd,
    quiet: opts.quiet
  });
  return opts.output ? writeFileSync(resolve(opts.cwd, opts.output), text) : text && process.stdout.write(text), summary;
}

export {
  prepareFindings,
  useColor,
  emitReport
};

import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  VERSION,
  getFormatter
} from "./chunk-L2THVWRA.js";

// src/policy/index.ts
async function loadPolicySet(_opts) {
  return { findings: [], files: [] };
}

// src/cli/output.ts
import { writeFileSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";

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

// src/report/rule.ts
var DOCS_BASE = "https://github.com/agent-policy-lint/agent-policy-lint/blob/main/docs/rules.md";
function helpUri(ruleId) {
  return `${DOCS_BASE}#${ruleId}`;
}

// src/cli/output.ts
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
    cwd: opts.cwd
  });
  return opts.output ? writeFileSync(resolve(opts.cwd, opts.output), text) : text && process.stdout.write(text), summary;
}

// src/cli/commands/lint.ts
async function runLint(opts, cwd) {
  if (opts.staged) {
    let { runStaged } = await import("./staged-C7GNCMK5.js");
    return runStaged(opts, cwd);
  }
  let findings = [], loaded = await loadPolicySet({ cwd, config: opts.config, fix: opts.fix });
  findings.push(...loaded.findings);
  let filesChecked = loaded.files.length;
  if (loaded.set && opts.checkConflicts) {
    let { checkConflicts } = await import("./analysis-WY4IOG3R.js");
    findings.push(...await checkConflicts(loaded.set));
  }
  if (loaded.set && opts.agentLogs.length > 0) {
    let { replayLogs } = await import("./replay-UCTV3SIJ.js"), replay = await replayLogs({ cwd, set: loaded.set, logs: opts.agentLogs, progress: process.stderr.isTTY });
    findings.push(...replay.findings), filesChecked += replay.files.length;
  }
  let summary = await emitReport(findings, {
    format: opts.format,
    output: opts.output,
    cwd,
    color: opts.color,
    quiet: opts.quiet,
    filesChecked
  });
  return exitCodeFor(summary, opts.maxWarnings);
}
function exitCodeFor(summary, maxWarnings) {
  return summary.errors > 0 || maxWarnings !== void 0 && summary.warnings > maxWarnings ? 1 : 0;
}
export {
  exitCodeFor,
  runLint
};

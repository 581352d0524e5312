import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  emitReport
} from "./chunk-RXB5YFF7.js";
import "./chunk-Y6DNOGVW.js";
import "./chunk-F2HVAYKC.js";
import "./chunk-3M3UEKFW.js";
import "./chunk-GRFHVHPK.js";
import "./chunk-F2VQ6EFB.js";

// src/cli/commands/lint.ts
async function runLint(opts, cwd) {
  if (opts.staged) {
    let { runStaged } = await import("./staged-3STJ3TPB.js");
    return runStaged(opts, cwd);
  }
  let { loadPolicySet } = await import("./policy-MZJPMGW4.js"), findings = [], loaded = await loadPolicySet({ cwd, config: opts.config, fix: opts.fix });
  findings.push(...loaded.findings);
  let filesChecked = loaded.files.length;
  if (loaded.set && opts.checkConflicts) {
    let { checkConflicts } = await import("./analysis-ZQZF77VR.js");
    findings.push(...await checkConflicts(loaded.set));
  }
  if (loaded.set && opts.agentLogs.length > 0) {
    let { replayLogs } = await import("./replay-KLLPF2HK.js"), replay = await replayLogs({ cwd, set: loaded.set, logs: opts.agentLogs, progress: process.stderr.isTTY, agent: opts.agent });
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

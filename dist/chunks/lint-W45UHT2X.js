import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  loadRulesMeta
} from "./chunk-46YALSJU.js";
import {
  emitReport,
  exitCodeFor
} from "./chunk-A7O6YA4Y.js";
import "./chunk-JLZ7ODJ3.js";
import "./chunk-E7AKDGUQ.js";
import "./chunk-Y6DNOGVW.js";
import "./chunk-6RCGQYBU.js";
import "./chunk-3M3UEKFW.js";
import "./chunk-GRFHVHPK.js";
import "./chunk-F2VQ6EFB.js";

// src/cli/commands/lint.ts
async function runLint(opts, cwd) {
  if (opts.staged) {
    let { runStaged } = await import("./staged-KHDUCQEJ.js");
    return runStaged(opts, cwd, loadRulesMeta);
  }
  let { loadPolicySet } = await import("./policy-BVTZRWZM.js"), findings = [], loaded = await loadPolicySet({ cwd, config: opts.config, fix: opts.fix });
  findings.push(...loaded.findings);
  let filesChecked = loaded.files.length;
  if (loaded.set) {
    let { checkAgentHooks } = await import("./check-CETI3LYJ.js");
    findings.push(...checkAgentHooks(loaded.set.root.root, loaded.set));
    let { nativeFilesIn, checkDrift } = await import("./drift-DB5U3M2L.js"), native = nativeFilesIn(loaded.set.root.root);
    native.length > 0 && (findings.push(...checkDrift(loaded.set, native)), filesChecked += native.length);
  }
  if (loaded.set && opts.checkConflicts) {
    let { checkConflicts } = await import("./analysis-LOIWZYTD.js");
    findings.push(...await checkConflicts(loaded.set));
  }
  if (loaded.set && opts.agentLogs.length > 0) {
    let { replayLogs } = await import("./replay-JQUDMV34.js"), replay = await replayLogs({ cwd, set: loaded.set, logs: opts.agentLogs, progress: process.stderr.isTTY, agent: opts.agent });
    findings.push(...replay.findings), filesChecked += replay.files.length;
  }
  let summary = await emitReport(findings, {
    format: opts.format,
    output: opts.output,
    cwd,
    color: opts.color,
    quiet: opts.quiet,
    filesChecked,
    loadRulesMeta
  });
  return exitCodeFor(summary, opts.maxWarnings);
}
export {
  runLint
};

import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  ReportStream,
  emitReport,
  exitCodeFor
} from "./chunk-PW77MLNL.js";
import "./chunk-O3G5XKBQ.js";
import {
  loadRulesMeta
} from "./chunk-QYXMRPXQ.js";
import "./chunk-OU77WY22.js";
import "./chunk-E7AKDGUQ.js";
import "./chunk-CPOZV66D.js";
import {
  VERSION
} from "./chunk-TBDWGYFU.js";
import "./chunk-6RCGQYBU.js";
import "./chunk-3M3UEKFW.js";
import "./chunk-GRFHVHPK.js";
import "./chunk-F2VQ6EFB.js";

// src/cli/decisions.ts
import { hostname } from "node:os";
var HTML_DECISION_CAP = 5e4;
function decisionsFor(format, stream) {
  let meta = { toolVersion: VERSION, host: hostname(), now: Date.now() };
  if ((format === "ocsf" || format === "splunk-hec") && stream)
    return { channel: { format, meta, write: (text) => stream.write(text), flush: () => stream.flush() } };
  if (format === "html") {
    let kept = [], total = 0, dec = new TextDecoder(), take = (line) => {
      total++, kept.length < HTML_DECISION_CAP && kept.push(JSON.parse(line));
    };
    return {
      kept,
      total: () => total,
      channel: {
        format: "json",
        meta,
        write: (text) => {
          let s = typeof text == "string" ? text : dec.decode(text), start = 0;
          for (let nl = s.indexOf(`
`); nl !== -1; nl = s.indexOf(`
`, start))
            take(s.slice(start, nl)), start = nl + 1;
        }
      }
    };
  }
}

// src/cli/policy-sources.ts
import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
var MAX_BYTES = 1 << 20;
function policySources(set, files) {
  let out = {};
  for (let file of files)
    try {
      let text = readFileSync(file, "utf8");
      text.length <= MAX_BYTES && (out[(relative(set.root.root, file) || file).split(sep).join("/")] = text);
    } catch {
    }
  return out;
}

// src/cli/commands/lint.ts
async function runLint(opts, cwd) {
  if (opts.staged) {
    let { runStaged } = await import("./staged-Q7UX5XPV.js");
    return runStaged(opts, cwd, loadRulesMeta);
  }
  let { loadPolicySet } = await import("./policy-YBUTJIYW.js"), findings = [], loaded = await loadPolicySet({ cwd, config: opts.config, fix: opts.fix });
  findings.push(...loaded.findings);
  let filesChecked = loaded.files.length;
  if (loaded.set) {
    let { checkAgentHooks } = await import("./check-NZAVWYTW.js");
    findings.push(...checkAgentHooks(loaded.set.root.root, loaded.set));
    let { nativeFilesIn } = await import("./present-VHKBRW63.js"), native = nativeFilesIn(loaded.set.root.root);
    if (native.length > 0) {
      let { checkDrift } = await import("./drift-5XXFA474.js");
      findings.push(...checkDrift(loaded.set, native)), filesChecked += native.length;
    }
  }
  if (loaded.set && opts.checkConflicts) {
    let { checkConflicts } = await import("./analysis-VUKDBLY7.js");
    findings.push(...await checkConflicts(loaded.set));
  }
  let extra = {}, stream;
  if (loaded.set && opts.agentLogs.length > 0) {
    let { replayLogs } = await import("./replay-TDRT36EW.js");
    (opts.format === "ocsf" || opts.format === "splunk-hec") && (stream = new ReportStream(opts.output, cwd));
    let collected = decisionsFor(opts.format, stream), replay = await replayLogs({ cwd, set: loaded.set, logs: opts.agentLogs, progress: process.stderr.isTTY, agent: opts.agent, decisions: collected?.channel });
    findings.push(...replay.findings), filesChecked += replay.files.length, collected?.kept && (extra.decisions = { kept: collected.kept, total: collected.total() });
  }
  loaded.set && (extra.policyVersion = loaded.set.root.version, opts.format === "html" && (extra.policySources = policySources(loaded.set, loaded.files)));
  let summary = await emitReport(findings, {
    format: opts.format,
    output: opts.output,
    cwd,
    color: opts.color,
    quiet: opts.quiet,
    filesChecked,
    loadRulesMeta,
    stream,
    extra
  });
  return exitCodeFor(summary, opts.maxWarnings);
}
export {
  runLint
};

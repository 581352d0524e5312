import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  CachedDecider,
  FindingSink,
  Replayer,
  engineDecider,
  streamLines,
  textLines
} from "./chunk-PSE5PTPI.js";
import "./chunk-PCENMD5M.js";
import "./chunk-FRBHHA5M.js";
import {
  APPROVALS_DIR,
  APPROVALS_JSONL,
  BYPASS_DIR,
  fsRecords,
  loadApprovals,
  loadBypasses
} from "./chunk-JXQO3BDP.js";
import {
  require_picomatch
} from "./chunk-LBIEHBQX.js";
import "./chunk-PBLXQTYW.js";
import {
  walkFiles
} from "./chunk-HTJE5MBF.js";
import "./chunk-ESYYHGIW.js";
import {
  UsageError
} from "./chunk-6RCGQYBU.js";
import "./chunk-DT3GRZLG.js";
import {
  __toESM
} from "./chunk-F2VQ6EFB.js";

// src/replay/index.ts
import { statSync as statSync2 } from "node:fs";
import { relative as relative2 } from "node:path";

// src/replay/files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { accessSync, constants, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
var MAX_WALK = 2e5;
function toPosix(p) {
  return sep === "/" ? p : p.split(sep).join("/");
}
function resolveLogs(values, cwd) {
  let files = [], findings = [], seen = /* @__PURE__ */ new Set(), push = (f) => {
    seen.has(f) || (seen.add(f), files.push(f));
  };
  for (let value of values) {
    let scan = import_picomatch.default.scan(toPosix(value));
    if (!scan.isGlob) {
      let abs = resolve(cwd, value), st;
      try {
        st = statSync(abs);
      } catch {
        throw new UsageError(`cannot read agent log "${value}": no such file`, 'Check the path, or quote a glob: --agent-log "logs/*.jsonl".');
      }
      if (st.isDirectory()) throw new UsageError(`agent log "${value}" is a directory`, `Use a glob to replay the logs in it: --agent-log "${toPosix(value).replace(/\/$/, "")}/**/*.jsonl".`);
      try {
        accessSync(abs, constants.R_OK);
      } catch {
        throw new UsageError(`cannot read agent log "${value}": permission denied`);
      }
      push(abs);
      continue;
    }
    let base = resolve(cwd, scan.base || "."), pattern = toPosix(value).replace(/^\.\//, ""), absolute = isAbsolute(value), isMatch = (0, import_picomatch.default)(absolute ? toPosix(resolve(value)) : pattern, { dot: !0 }), matched = walkFiles(base, void 0, MAX_WALK).filter((f) => isMatch(toPosix(absolute ? f : relative(cwd, f)))).sort();
    matched.length === 0 && findings.push({
      ruleId: "replay-no-log-match",
      severity: "warning",
      file: value,
      line: 0,
      column: 0,
      message: `--agent-log "${value}" matched no file; nothing was replayed for it`,
      hint: "Check the pattern and the working directory."
    });
    for (let f of matched) push(f);
  }
  return { files, findings };
}

// src/replay/progress.ts
var noProgress = { update() {
}, done() {
} };
function fmtDuration(s) {
  if (!Number.isFinite(s)) return "?";
  if (s < 60) return `${Math.ceil(s)}s`;
  let m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(Math.round(s % 60)).padStart(2, "0")}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}
function ttyProgress(totalBytes, stream = process.stderr) {
  let start = Date.now(), last = 0, samples = [], doneBytes = 0, fileBytes = 0, current = "", shown = !1;
  return {
    update(file, bytes, lines) {
      file !== current && (doneBytes += fileBytes, fileBytes = 0, current = file), fileBytes = bytes;
      let now = Date.now();
      if (now - start < 1e3 || now - last < 250) return;
      last = now;
      let read = doneBytes + fileBytes;
      for (; samples.length > 1 && now - samples[1].at >= 5e3; ) samples.shift();
      let from = samples[0] ?? { at: start, bytes: 0, lines: 0 }, secs = (now - from.at) / 1e3, rate = (lines - from.lines) / secs, byteRate = (read - from.bytes) / secs, frac = totalBytes > 0 ? Math.min(1, read / totalBytes) : 0, eta = byteRate > 0 ? Math.max(0, totalBytes - read) / byteRate : 1 / 0;
      samples.push({ at: now, bytes: read, lines });
      let text = `replaying ${file}: ${lines.toLocaleString("en-US")} lines, ${Math.round(rate).toLocaleString("en-US")} lines/s, ${(frac * 100).toFixed(0)}%, ETA ${fmtDuration(eta)}`;
      stream.write(`\r\x1B[K${text.slice(0, (stream.columns || 100) - 1)}`), shown = !0;
    },
    done() {
      shown && stream.write("\r\x1B[K");
    }
  };
}

// src/replay/index.ts
async function replayLogs(opts) {
  let { files, findings } = resolveLogs(opts.logs, opts.cwd);
  return runReplay(opts, files.map((file) => ({ file })), findings, fsRecords);
}
async function replayTexts(opts) {
  return runReplay(opts, opts.texts, [], opts.records ?? fsRecords);
}
async function runReplay(opts, inputs, pre, records) {
  let sink = new FindingSink();
  for (let f of pre) sink.add(f);
  let root = opts.set.root, bypassed = loadBypasses(root.root, root.bypass ?? {}, opts.now ?? Date.now(), records), approved = loadApprovals(root.root, records);
  for (let f of [...bypassed.findings, ...approved.findings]) sink.add(f);
  let files = inputs.map((i) => i.file);
  if (inputs.length === 0) return { findings: sink.all(), files };
  let decider = new CachedDecider(opts.decider ?? engineDecider(opts.set)), replayer = new Replayer({ set: opts.set, decider, bypasses: bypassed.bypasses, approvals: approved.store, sink, agent: opts.agent }), total = inputs.reduce((n, i) => n + (i.text !== void 0 ? i.text.length : statSync2(i.file).size), 0), progress = opts.progress ? ttyProgress(total) : noProgress, parallel;
  try {
    for (let input of inputs) {
      let shown = relative2(opts.cwd, input.file) || input.file;
      if (input.text === void 0 && !opts.decider) {
        let par = await import("./parallel-ONXMFFMF.js");
        if (par.shouldSplit(input.file)) {
          parallel ??= new par.ParallelReplay(replayer, opts.set), await parallel.file(input.file, (bytes) => progress.update(shown, bytes, replayer.lines));
          continue;
        }
      }
      let fr = replayer.file(input.file), sinkFor = {
        line: (text, no, unterminated) => fr.line(text, no, unterminated),
        tooLong: (no, chars) => fr.tooLong(no, chars),
        progress: (bytes) => progress.update(shown, bytes, replayer.lines)
      };
      input.text !== void 0 ? textLines(input.text, sinkFor) : await streamLines(input.file, sinkFor), fr.finish();
    }
  } finally {
    progress.done(), await parallel?.close();
  }
  return replayer.finish(), {
    findings: sink.all(),
    files,
    stats: { lines: replayer.lines, actions: replayer.actions, decisions: decider.misses }
  };
}
export {
  APPROVALS_DIR,
  APPROVALS_JSONL,
  BYPASS_DIR,
  fsRecords,
  loadApprovals,
  loadBypasses,
  replayLogs,
  replayTexts
};

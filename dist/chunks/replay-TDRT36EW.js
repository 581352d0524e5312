import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  CachedDecider,
  FindingSink,
  Replayer,
  decisionEncoder,
  engineDecider,
  loadApprovals,
  loadAutomata
} from "./chunk-CLLA6YNF.js";
import "./chunk-YZPYGUYT.js";
import {
  STDIN,
  STDIN_FD,
  resolveLogs
} from "./chunk-XBGLS2AA.js";
import {
  streamLines,
  textLines
} from "./chunk-OPBQKBV5.js";
import "./chunk-LBIEHBQX.js";
import {
  fsRecords,
  loadBypasses
} from "./chunk-GDP7F25S.js";
import "./chunk-UKSESNFL.js";
import {
  GENESIS,
  HEX64,
  auditKey,
  lineHash
} from "./chunk-6QOQDKAN.js";
import "./chunk-VPIY7YYZ.js";
import "./chunk-NG5DRVKH.js";
import "./chunk-DMJSEGUJ.js";
import "./chunk-FFE6UZP5.js";
import "./chunk-ABQ5D6RS.js";
import "./chunk-Y7RLUBF5.js";
import "./chunk-RWEGZUW6.js";
import "./chunk-SHZN6C7X.js";
import "./chunk-MEUNCPUN.js";
import "./chunk-V5PX7ZKJ.js";
import "./chunk-YBE6BS43.js";
import "./chunk-ESNHMRV6.js";
import "./chunk-VNHIW7E3.js";
import "./chunk-HTJE5MBF.js";
import "./chunk-6RCGQYBU.js";
import "./chunk-DT3GRZLG.js";
import "./chunk-LQCPPXLP.js";
import "./chunk-DUFMWMGU.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-F2VQ6EFB.js";

// src/replay/index.ts
import { statSync } from "node:fs";
import { relative } from "node:path";

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

// src/replay/chain.ts
import { openSync, readFileSync, readSync, closeSync } from "node:fs";

// src/audit/verify.ts
function isChainedLog(firstLine2) {
  return firstLine2.includes('"chain"') && /"chain"\s*:\s*"(?:sha256|hmac-sha256)"/.test(firstLine2);
}
var isObj = (v) => typeof v == "object" && v !== null && !Array.isArray(v);
function verifyChain(text, key) {
  let rows = text.split(`
`), terminated = rows[rows.length - 1] === "";
  terminated && rows.pop();
  let expectSeq = 0, expectPrev = GENESIS, kind, closed = !1, lastEvent, report = (line, message) => ({ broken: { line, message }, lines: rows.length, unverifiedKeyed: kind === "hmac-sha256" && !key });
  for (let i = 0; i < rows.length; i++) {
    let no = i + 1, raw = rows[i];
    if (i === rows.length - 1 && !terminated) return report(no, "the last line is cut off (no newline at its end): the log was truncated or is being written");
    let o;
    try {
      o = JSON.parse(raw);
    } catch {
      return report(no, "the line is not JSON: it was edited or torn");
    }
    if (!isObj(o) || typeof o.seq != "number" || typeof o.prev != "string" || typeof o.hash != "string" || o.chain !== "sha256" && o.chain !== "hmac-sha256")
      return report(no, "the line has no chain fields (chain, seq, prev, hash): it was inserted or edited");
    if (kind === void 0) kind = o.chain;
    else if (o.chain !== kind) return report(no, `the line is chained with ${o.chain}, the log with ${kind}: it was inserted or edited`);
    if (o.seq !== expectSeq) {
      let why = o.seq > expectSeq ? `${o.seq - expectSeq} line(s) before it are missing (deleted), or lines were moved` : "it repeats or comes before an earlier line: lines were inserted or reordered";
      return report(no, `the line is number ${o.seq} of the chain where number ${expectSeq} was expected: ${why}`);
    }
    if (o.prev !== expectPrev)
      return report(no, i === 0 ? "the first line does not start a chain: lines before it were deleted" : "the line does not chain onto the line before it: lines were inserted, deleted or reordered");
    if (!HEX64.test(o.hash)) return report(no, "the line's hash is not a SHA-256 hex digest: it was edited");
    if ((kind === "sha256" || key) && lineHash(o, key) !== o.hash)
      return report(no, kind === "sha256" || !key ? "the line was edited: its hash does not match its content" : "the line was edited, or the key is not the one it was written with: its HMAC does not match");
    if (closed && o.event !== "session-start") return report(no, "a line after the session's closing line that does not start a resumed session: it was appended later");
    closed = o.event === "session-end", lastEvent = o.event, expectSeq++, expectPrev = o.hash;
  }
  return rows.length > 0 && lastEvent !== "session-end" ? report(rows.length + 1, "the log ends without the session's closing line: lines at its end are missing (truncated), or the session has not ended") : { lines: rows.length, unverifiedKeyed: kind === "hmac-sha256" && !key };
}

// src/replay/chain.ts
function firstLine(file) {
  let fd = openSync(file, "r");
  try {
    let buf = Buffer.alloc(8192), n = readSync(fd, buf, 0, buf.length, 0), text = buf.subarray(0, n).toString("utf8"), nl = text.indexOf(`
`);
    return nl < 0 ? text : text.slice(0, nl);
  } finally {
    closeSync(fd);
  }
}
function chainFindings(input, env = process.env) {
  let text = input.text;
  try {
    let head = text !== void 0 ? text.slice(0, text.indexOf(`
`) >>> 0) : firstLine(input.file);
    if (!isChainedLog(head)) return [];
    text ??= readFileSync(input.file, "utf8");
  } catch {
    return [];
  }
  let key = auditKey(env), report = verifyChain(text, key), out = [];
  return report.broken && out.push({
    ruleId: "audit-chain-broken",
    severity: "error",
    file: input.file,
    line: report.broken.line,
    column: 1,
    message: `the audit log's hash chain is broken here: ${report.broken.message}`,
    hint: "Nothing after this line can be trusted as the guard wrote it. Find out who changed the log (git log -p on it); never edit audit logs."
  }), report.unverifiedKeyed && out.push({
    ruleId: "audit-chain-unverified",
    severity: "warning",
    file: input.file,
    line: 1,
    column: 1,
    message: "the audit log is chained with an HMAC key and AGENT_POLICY_LINT_AUDIT_KEY is not set: line order and links were checked, the line hashes were not",
    hint: "Set AGENT_POLICY_LINT_AUDIT_KEY (a CI secret) to the key the guard wrote with."
  }), out;
}

// src/replay/index.ts
async function replayLogs(opts) {
  let { files, findings } = resolveLogs(opts.logs, opts.cwd);
  return runReplay(opts, files.map((file) => file === STDIN ? { file, path: STDIN_FD } : { file }), findings, fsRecords);
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
  let channel = opts.decisions;
  opts.decider || await loadAutomata();
  let decider = new CachedDecider(opts.decider ?? engineDecider(opts.set), !!channel), decisions = channel ? { encode: await decisionEncoder(channel.format, channel.meta), cwd: opts.cwd, write: (t) => channel.write(t), ...channel.flush ? { flush: () => channel.flush() } : {} } : void 0, replayer = new Replayer({ set: opts.set, decider, bypasses: bypassed.bypasses, approvals: approved.store, sink, agent: opts.agent, decisions }), total = inputs.reduce((n, i) => n + (i.text !== void 0 ? i.text.length : typeof i.path == "number" ? 0 : statSync(i.path ?? i.file).size), 0), progress = opts.progress ? ttyProgress(total) : noProgress, parallel;
  try {
    for (let input of inputs) {
      let shown = relative(opts.cwd, input.file) || input.file;
      for (let f of chainFindings(input)) sink.add(f);
      if (input.text === void 0 && input.path === void 0 && !opts.decider) {
        let par = await import("./parallel-PFQV6PWA.js");
        if (par.shouldSplit(input.file, !!channel)) {
          parallel ??= new par.ParallelReplay(replayer, opts.set, channel ? { format: channel.format, meta: channel.meta, cwd: opts.cwd } : void 0), await parallel.file(input.file, (bytes) => progress.update(shown, bytes, replayer.lines));
          continue;
        }
      }
      let fr = replayer.file(input.file), sinkFor = {
        line: (text, no, unterminated) => fr.line(text, no, unterminated),
        tooLong: (no, chars) => fr.tooLong(no, chars),
        progress: (bytes) => progress.update(shown, bytes, replayer.lines)
      };
      input.text !== void 0 ? textLines(input.text, sinkFor) : await streamLines(input.path ?? input.file, sinkFor), fr.finish();
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
  replayLogs,
  replayTexts
};

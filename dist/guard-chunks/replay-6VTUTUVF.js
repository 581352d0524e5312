var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  replayLogs: () => replayLogs,
  replayTexts: () => replayTexts
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_DAJWE7PW = require("./chunk-DAJWE7PW.js");
var import_chunk_HLYI4M3H = require("./chunk-HLYI4M3H.js");
var import_chunk_IIAB5Q3D = require("./chunk-IIAB5Q3D.js");
var import_chunk_B3AGTZGN = require("./chunk-B3AGTZGN.js");
var import_chunk_ML2DEFM5 = require("./chunk-ML2DEFM5.js");
var import_chunk_VFYKPGBC = require("./chunk-VFYKPGBC.js");
var import_chunk_QKUC6GCX = require("./chunk-QKUC6GCX.js");
var import_chunk_ROU2NM7K = require("./chunk-ROU2NM7K.js");
var import_chunk_3PA5EKCG = require("./chunk-3PA5EKCG.js");
var import_chunk_ONWBNJLD = require("./chunk-ONWBNJLD.js");
var import_chunk_6WN7SKCC = require("./chunk-6WN7SKCC.js");
var import_chunk_CC6SQXWV = require("./chunk-CC6SQXWV.js");
var import_chunk_U2PCRH3Y = require("./chunk-U2PCRH3Y.js");
var import_chunk_65XJQ7OF = require("./chunk-65XJQ7OF.js");
var import_chunk_TGX7ZEIM = require("./chunk-TGX7ZEIM.js");
var import_chunk_OBQATWCV = require("./chunk-OBQATWCV.js");
var import_chunk_AWYVE2O7 = require("./chunk-AWYVE2O7.js");
var import_chunk_DZDRPYKP = require("./chunk-DZDRPYKP.js");
var import_chunk_DDC3HKHF = require("./chunk-DDC3HKHF.js");
var import_chunk_UKGDGRKQ = require("./chunk-UKGDGRKQ.js");
var import_chunk_ZA4BQCYO = require("./chunk-ZA4BQCYO.js");
var import_chunk_ZHFJQ6OZ = require("./chunk-ZHFJQ6OZ.js");
var import_chunk_4Y4NHBEK = require("./chunk-4Y4NHBEK.js");
var import_chunk_2CSPOQSB = require("./chunk-2CSPOQSB.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");
var import_node_fs3 = require("node:fs");
var import_picomatch = (0, import_chunk_MOTYY5BU.__toESM)((0, import_chunk_DAJWE7PW.require_picomatch)(), 1);
var MAX_WALK = 2e5, STDIN = "-", STDIN_PATH = "/dev/stdin", STDIN_FD = 0;
function toPosix(p) {
  return import_node_path2.sep === "/" ? p : p.split(import_node_path2.sep).join("/");
}
function resolveLogs(values, cwd) {
  let files = [], findings = [], seen = /* @__PURE__ */ new Set(), push = (f) => {
    seen.has(f) || (seen.add(f), files.push(f));
  };
  for (let value of values) {
    if (value === STDIN || value === STDIN_PATH) {
      push(STDIN);
      continue;
    }
    let scan = import_picomatch.default.scan(toPosix(value));
    if (!scan.isGlob) {
      let abs = (0, import_node_path2.resolve)(cwd, value), st;
      try {
        st = (0, import_node_fs2.statSync)(abs);
      } catch {
        throw new import_chunk_QKUC6GCX.UsageError(`cannot read agent log "${value}": no such file`, 'Check the path, or quote a glob: --agent-log "logs/*.jsonl".');
      }
      if (st.isDirectory()) throw new import_chunk_QKUC6GCX.UsageError(`agent log "${value}" is a directory`, `Use a glob to replay the logs in it: --agent-log "${toPosix(value).replace(/\/$/, "")}/**/*.jsonl".`);
      try {
        (0, import_node_fs2.accessSync)(abs, import_node_fs2.constants.R_OK);
      } catch {
        throw new import_chunk_QKUC6GCX.UsageError(`cannot read agent log "${value}": permission denied`);
      }
      push(abs);
      continue;
    }
    let base = (0, import_node_path2.resolve)(cwd, scan.base || "."), pattern = toPosix(value).replace(/^\.\//, ""), absolute = (0, import_node_path2.isAbsolute)(value), isMatch = (0, import_picomatch.default)(absolute ? toPosix((0, import_node_path2.resolve)(value)) : pattern, { dot: true }), matched = (0, import_chunk_65XJQ7OF.walkFiles)(base, void 0, MAX_WALK).filter((f) => isMatch(toPosix(absolute ? f : (0, import_node_path2.relative)(cwd, f)))).sort();
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
  let start = Date.now(), last = 0, samples = [], doneBytes = 0, fileBytes = 0, current = "", shown = false;
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
      stream.write(`\r\x1B[K${text.slice(0, (stream.columns || 100) - 1)}`), shown = true;
    },
    done() {
      shown && stream.write("\r\x1B[K");
    }
  };
}
function isChainedLog(firstLine2) {
  return firstLine2.includes('"chain"') && /"chain"\s*:\s*"(?:sha256|hmac-sha256)"/.test(firstLine2);
}
var isObj = (v) => typeof v == "object" && v !== null && !Array.isArray(v);
function verifyChain(text, key) {
  let rows = text.split(`
`), terminated = rows[rows.length - 1] === "";
  terminated && rows.pop();
  let expectSeq = 0, expectPrev = import_chunk_ONWBNJLD.GENESIS, kind, closed = false, lastEvent, report = (line, message) => ({ broken: { line, message }, lines: rows.length, unverifiedKeyed: kind === "hmac-sha256" && !key });
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
    if (!import_chunk_ONWBNJLD.HEX64.test(o.hash)) return report(no, "the line's hash is not a SHA-256 hex digest: it was edited");
    if ((kind === "sha256" || key) && (0, import_chunk_ONWBNJLD.lineHash)(o, key) !== o.hash)
      return report(no, kind === "sha256" || !key ? "the line was edited: its hash does not match its content" : "the line was edited, or the key is not the one it was written with: its HMAC does not match");
    if (closed && o.event !== "session-start") return report(no, "a line after the session's closing line that does not start a resumed session: it was appended later");
    closed = o.event === "session-end", lastEvent = o.event, expectSeq++, expectPrev = o.hash;
  }
  return rows.length > 0 && lastEvent !== "session-end" ? report(rows.length + 1, "the log ends without the session's closing line: lines at its end are missing (truncated), or the session has not ended") : { lines: rows.length, unverifiedKeyed: kind === "hmac-sha256" && !key };
}
function firstLine(file) {
  let fd = (0, import_node_fs3.openSync)(file, "r");
  try {
    let buf = Buffer.alloc(8192), n = (0, import_node_fs3.readSync)(fd, buf, 0, buf.length, 0), text = buf.subarray(0, n).toString("utf8"), nl = text.indexOf(`
`);
    return nl < 0 ? text : text.slice(0, nl);
  } finally {
    (0, import_node_fs3.closeSync)(fd);
  }
}
function chainFindings(input, env = process.env) {
  let text = input.text;
  try {
    let head = text !== void 0 ? text.slice(0, text.indexOf(`
`) >>> 0) : firstLine(input.file);
    if (!isChainedLog(head)) return [];
    text ??= (0, import_node_fs3.readFileSync)(input.file, "utf8");
  } catch {
    return [];
  }
  let key = (0, import_chunk_ONWBNJLD.auditKey)(env), report = verifyChain(text, key), out = [];
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
async function replayLogs(opts) {
  let { files, findings } = resolveLogs(opts.logs, opts.cwd);
  return runReplay(opts, files.map((file) => file === STDIN ? { file, path: STDIN_FD } : { file }), findings, import_chunk_ML2DEFM5.fsRecords);
}
async function replayTexts(opts) {
  return runReplay(opts, opts.texts, [], opts.records ?? import_chunk_ML2DEFM5.fsRecords);
}
async function runReplay(opts, inputs, pre, records) {
  let sink = new import_chunk_HLYI4M3H.FindingSink();
  for (let f of pre) sink.add(f);
  let root = opts.set.root, bypassed = (0, import_chunk_ML2DEFM5.loadBypasses)(root.root, root.bypass ?? {}, opts.now ?? Date.now(), records), approved = (0, import_chunk_HLYI4M3H.loadApprovals)(root.root, records);
  for (let f of [...bypassed.findings, ...approved.findings]) sink.add(f);
  let files = inputs.map((i) => i.file);
  if (inputs.length === 0) return { findings: sink.all(), files };
  let channel = opts.decisions;
  opts.decider || await (0, import_chunk_HLYI4M3H.loadAutomata)();
  let decider = new import_chunk_HLYI4M3H.CachedDecider(opts.decider ?? (0, import_chunk_HLYI4M3H.engineDecider)(opts.set), !!channel), decisions = channel ? { encode: await (0, import_chunk_HLYI4M3H.decisionEncoder)(channel.format, channel.meta), cwd: opts.cwd, write: (t) => channel.write(t), ...channel.flush ? { flush: () => channel.flush() } : {} } : void 0, replayer = new import_chunk_HLYI4M3H.Replayer({ set: opts.set, decider, bypasses: bypassed.bypasses, approvals: approved.store, sink, agent: opts.agent, decisions }), total = inputs.reduce((n, i) => n + (i.text !== void 0 ? i.text.length : typeof i.path == "number" ? 0 : (0, import_node_fs.statSync)(i.path ?? i.file).size), 0), progress = opts.progress ? ttyProgress(total) : noProgress, parallel;
  try {
    for (let input of inputs) {
      let shown = (0, import_node_path.relative)(opts.cwd, input.file) || input.file;
      for (let f of chainFindings(input)) sink.add(f);
      if (input.text === void 0 && input.path === void 0 && !opts.decider) {
        let par = await Promise.resolve().then(() => __toESM(require("./parallel-INCA3BII.js")));
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
      input.text !== void 0 ? (0, import_chunk_HLYI4M3H.textLines)(input.text, sinkFor) : await (0, import_chunk_HLYI4M3H.streamLines)(input.path ?? input.file, sinkFor), fr.finish();
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  replayLogs,
  replayTexts
});

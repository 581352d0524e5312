import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  ByteLines,
  CachedDecider,
  FindingSink,
  PartShipper,
  PendingUses,
  Replayer,
  decisionEncoder,
  engineDecider,
  loadApprovals,
  loadAutomata,
  newChunkRecord
} from "./chunk-CLLA6YNF.js";
import "./chunk-YZPYGUYT.js";
import {
  newReaderState,
  streamLinesSync
} from "./chunk-OPBQKBV5.js";
import {
  loadBypasses
} from "./chunk-GDP7F25S.js";
import "./chunk-UKSESNFL.js";
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
import {
  AutomataNotLoaded
} from "./chunk-VNHIW7E3.js";
import "./chunk-DT3GRZLG.js";
import "./chunk-LQCPPXLP.js";
import "./chunk-DUFMWMGU.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-F2VQ6EFB.js";

// src/replay/parallel.ts
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
var MARK = "agent-policy-lint-replay-worker", MIN_BYTES = Number(process.env.AGENT_POLICY_LINT_REPLAY_PARALLEL_MIN ?? 64 * 1024 * 1024), SLICE_BYTES = Number(process.env.AGENT_POLICY_LINT_REPLAY_SLICE ?? 2 * 1024 * 1024), DECISION_SLICE_BYTES = Number(process.env.AGENT_POLICY_LINT_REPLAY_SLICE ?? 2 * 1024 * 1024), MAX_CARRIED = 1e4, PART_BYTES = Number(process.env.AGENT_POLICY_LINT_REPLAY_PART ?? 512 * 1024), YOUNG_MB = Number(process.env.AGENT_POLICY_LINT_REPLAY_YOUNG_MB ?? 4), STREAMING_YOUNG_MB = Number(process.env.AGENT_POLICY_LINT_REPLAY_YOUNG_MB ?? 16), DEFAULT_WORKERS = 2, ENCODING_WORKERS = 0;
function workerCount(encoding = !1) {
  let env = process.env.AGENT_POLICY_LINT_REPLAY_WORKERS, cores = availableParallelism(), n = env !== void 0 && env !== "" ? Math.min(Number(env), cores) : cores >= 2 ? encoding ? ENCODING_WORKERS : DEFAULT_WORKERS : 0;
  return !Number.isInteger(n) || n < 1 || !/\.m?js$/.test(new URL(import.meta.url).pathname) ? 0 : n;
}
function shouldSplit(file, encoding = !1) {
  return statSync(file).size >= MIN_BYTES && workerCount(encoding) >= 1;
}
function sliceBounds(file, bytes = SLICE_BYTES) {
  let size = statSync(file).size, out = [], fd = openSync(file, "r"), buf = Buffer.allocUnsafe(64 * 1024);
  try {
    let start = 0;
    for (; start < size; ) {
      let cut = start + bytes;
      if (cut >= size) {
        out.push([start, size]);
        break;
      }
      for (; ; ) {
        let n = readSync(fd, buf, 0, buf.length, cut);
        if (n === 0) {
          cut = size;
          break;
        }
        let nl = buf.subarray(0, n).indexOf(10);
        if (nl >= 0) {
          cut += nl + 1;
          break;
        }
        cut += n;
      }
      out.push([start, cut]), start = cut;
    }
  } finally {
    closeSync(fd);
  }
  return out;
}
function countNewlines(file, start, end) {
  let fd = openSync(file, "r"), buf = Buffer.allocUnsafe(1 << 20), n = 0;
  try {
    for (let pos = start; pos < end; ) {
      let got = readSync(fd, buf, 0, Math.min(buf.length, end - pos), pos);
      if (got === 0) break;
      for (let i = buf.indexOf(10, 0); i !== -1 && i < got; i = buf.indexOf(10, i + 1)) n++;
      pos += got;
    }
  } finally {
    closeSync(fd);
  }
  return n;
}
function replaySlice(replayer, task, state, told, parts) {
  let sink = new FindingSink(void 0, task.full?.length ? new Set(task.full) : void 0), record = newChunkRecord(), decisions = replayer.opts.decisions ? new ByteLines(parts) : void 0, fr = replayer.file(task.file, { sink, record, state, decisions, lineOffset: task.lineOffset }), before = { lines: replayer.lines, actions: replayer.actions }, lines = 0;
  streamLinesSync(
    task.file,
    {
      line: (text, no, unterminated) => {
        lines = no, fr.line(text, no, unterminated);
      },
      tooLong: (no, chars) => {
        lines = no, fr.tooLong(no, chars);
      }
    },
    { start: task.start, end: task.end }
  ), fr.finish();
  let guessed = [];
  for (let [session, root] of fr.state.sessionRoots) told?.has(session) || guessed.push([session, root]);
  return {
    index: task.index,
    lines,
    actions: replayer.actions - before.actions,
    findings: shipFindings(sink.findings),
    totals: sink.totals(),
    record: { ...record, tk: Int32Array.from(record.tk), tl: Int32Array.from(record.tl), tm: Float64Array.from(record.tm) },
    sessionRoots: guessed,
    sideRoots: [...fr.state.sideRoots],
    ...decisions ? { decisions: decisions.bytes() } : {}
  };
}
function shipFindings(findings) {
  let enc = new TextEncoder(), parts = findings.map((f) => enc.encode(JSON.stringify(f))), json = new Uint8Array(parts.reduce((n, p) => n + p.length, 0)), ends = new Uint32Array(parts.length), at = 0;
  return parts.forEach((p, i) => {
    json.set(p, at), ends[i] = at += p.length;
  }), { meta: findings.map((f) => [f.ruleId, f.severity, f.line]), json, ends };
}
var KeptFindings = class {
  chunks = [];
  used = 0;
  /** Per finding: chunk, offset in it, byte length, line in the file. */
  index = [];
  add(bytes, line) {
    let chunk = this.chunks.at(-1);
    (!chunk || this.used + bytes.length > chunk.length) && (this.chunks.push(chunk = Buffer.allocUnsafeSlow(Math.max(1 << 20, bytes.length))), this.used = 0), chunk.set(bytes, this.used), this.index.push(this.chunks.length - 1, this.used, bytes.length, line), this.used += bytes.length;
  }
  /** The findings, in the order added; the store is empty afterwards. */
  *drain() {
    for (let i = 0; i < this.index.length; i += 4) {
      let [c, off, len, line] = [this.index[i], this.index[i + 1], this.index[i + 2], this.index[i + 3]], f = JSON.parse(this.chunks[c].toString("utf8", off, off + len));
      f.line = line, yield f;
    }
    this.chunks.length = 0, this.index.length = 0;
  }
}, FileMerge = class {
  constructor(replayer, file) {
    this.replayer = replayer;
    this.file = file;
    this.fr = replayer.file(file);
  }
  replayer;
  file;
  offset = 0;
  roots = /* @__PURE__ */ new Map();
  /** The roots in the order learned: workers are told the part they have not been told yet. */
  rootLog = [];
  sideRoots = /* @__PURE__ */ new Map();
  carried = new PendingUses();
  kept = new KeptFindings();
  fr;
  /** False when the slice assumed a session's project directory wrongly: redo it with the truth. */
  fits(s) {
    for (let [session, root] of s.sessionRoots) {
      let known = this.roots.get(session);
      if (known !== void 0 && known !== root) return !1;
    }
    return !0;
  }
  /** What a slice must start from when the main thread replays it itself. */
  startState() {
    return newReaderState(this.replayer.opts.set.root.root, this.replayer.opts.agent, { sessionRoots: this.roots, sideRoots: this.sideRoots });
  }
  /** parts: the slice's encoded decisions shipped before its result, in order. */
  merge(s, parts = []) {
    let r = this.replayer, off = this.offset, sink = r.sink, shipped = /* @__PURE__ */ new Map(), { meta, json, ends } = s.findings;
    for (let i = 0; i < meta.length; i++) {
      let [ruleId, severity, line] = meta[i];
      shipped.set(ruleId, (shipped.get(ruleId) ?? 0) + 1), sink.admit(this.file, ruleId, severity) && this.kept.add(json.subarray(i === 0 ? 0 : ends[i - 1], ends[i]), line + off);
    }
    for (let [ruleId, severity, n] of s.totals) sink.countOnly(this.file, ruleId, severity, n - (shipped.get(ruleId) ?? 0));
    for (let p of parts) r.writeEncoded(p);
    s.decisions && r.writeEncoded(s.decisions);
    let rec = s.record;
    for (let o of rec.orphans) this.resolve(o);
    let keys = rec.timelines.map(([key, session]) => [this.placeholder(key, session), session]);
    for (let i = 0; i < rec.tk.length; i++) {
      let [key, session] = keys[rec.tk[i]];
      this.fr.timeAt(key, session, rec.tm[i], rec.tl[i] + off);
    }
    for (let [agent, session, line] of rec.blocked) r.countBlocked(this.file, line + off, { agentId: agent, sessionId: session });
    for (let [agent, line, n] of rec.agents) this.fr.unknownAgent(agent, line + off, n);
    for (let [version, line, n] of rec.versions) this.fr.otherVersion(version, line + off, n);
    for (let p of rec.pending)
      this.carried.size >= MAX_CARRIED && this.flushOldest(), this.carried.add(p.entry.toolUseId, { ...p, line: p.line + off });
    for (let [session, root] of s.sessionRoots)
      this.roots.has(session) || (this.roots.set(session, root), this.rootLog.push([session, root]));
    for (let [session, root] of s.sideRoots) this.sideRoots.set(session, root);
    r.lines += s.lines, r.actions += s.actions, this.offset += s.lines;
  }
  /** End of file: tool uses whose result never came count as carried out. */
  finish() {
    for (let c of this.carried.drain()) this.fr.evaluateCarried(c.entry, c.line, c.hits);
  }
  /** The slices' listed findings, into the replay's sink (after the workers are gone). */
  release() {
    for (let f of this.kept.drain()) this.replayer.sink.push(f);
  }
  // A sub-agent thread that began in an earlier slice: the slice could not name it.
  placeholder(key, session) {
    if (!key.endsWith("#side:?")) return key;
    let root = this.sideRoots.get(session ?? "");
    return root ? `${key.slice(0, -1)}${root}` : key;
  }
  resolve(o) {
    let c = this.carried.take(o.toolUseId);
    c && this.fr.evaluateCarried(c.entry, c.line, c.hits, o);
  }
  flushOldest() {
    let c = this.carried.takeOldest();
    c && this.fr.evaluateCarried(c.entry, c.line, c.hits);
  }
};
function startPool(n, set, agent, decisions) {
  let idle = [], waiting = [], all = [], broken, breakPool = (e) => {
    broken ??= e;
    for (let x of waiting.splice(0)) x.rej(broken);
  }, ready = /* @__PURE__ */ new Map();
  for (let i = 0; i < n; i++) {
    let w = new Worker(new URL(import.meta.url), {
      workerData: { [MARK]: !0, set, agent, decisions },
      // A bounded heap keeps the process within the memory goal (docs/replay.md): the old
      // generation holds the caches (tens of MB at most), the young one what a slice allocates
      // (YOUNG_MB; a 2 MiB slice's garbage dies young; STREAMING_YOUNG_MB for the one worker that
      // encodes every event for ocsf and splunk-hec).
      resourceLimits: { maxYoungGenerationSizeMb: decisions && decisions.format !== "json" ? STREAMING_YOUNG_MB : YOUNG_MB, maxOldGenerationSizeMb: 96 }
    });
    w.unref(), all.push(w), idle.push(w), ready.set(
      w,
      new Promise((resolve, reject) => {
        let timer = setTimeout(() => reject(new Error("replay worker did not start")), 2e4);
        timer.unref(), w.once("message", () => {
          clearTimeout(timer), resolve();
        }), w.once("error", (e) => {
          clearTimeout(timer), reject(e);
        });
      })
    );
  }
  let take = async () => {
    if (broken) throw broken;
    let w = idle.pop() ?? await new Promise((res, rej) => waiting.push({ res, rej }));
    return await ready.get(w), w;
  }, give = (w) => {
    let next = waiting.shift();
    next ? next.res(w) : idle.push(w);
  };
  return {
    async run(task, prepare, part, again) {
      if (broken) throw broken;
      let w;
      try {
        w = await take();
      } catch (e) {
        throw breakPool(e), e;
      }
      try {
        return await new Promise((resolve, reject) => {
          let onMessage = (m) => {
            if (m.buffer !== void 0) {
              part?.(new Uint8Array(m.buffer, 0, m.used), w);
              return;
            }
            if (m.again) {
              again?.(w);
              return;
            }
            cleanup(), m.error !== void 0 ? reject(new Error(m.error)) : resolve(m.result);
          }, onError = (e) => {
            cleanup(), breakPool(e), reject(e);
          }, onExit = (code) => onError(new Error(`replay worker exited with code ${code}`)), cleanup = () => {
            w.off("message", onMessage), w.off("error", onError), w.off("exit", onExit);
          };
          w.on("message", onMessage), w.on("error", onError), w.on("exit", onExit), w.postMessage(prepare ? { ...task, ...prepare(w) } : task);
        });
      } finally {
        broken || give(w);
      }
    },
    async close() {
      await Promise.all(all.map((w) => w.terminate()));
    }
  };
}
var ParallelReplay = class {
  constructor(replayer, set, decisions) {
    this.replayer = replayer;
    this.set = set;
    this.decisions = decisions;
    this.redo = new Replayer({ ...replayer.opts, sink: new FindingSink() });
  }
  replayer;
  set;
  decisions;
  pool;
  failed = !1;
  /** Redoes slices here: a slice's lines and actions are counted once, by the merge. */
  redo;
  /** Replays one file in slices; `progress` after each slice merged (bytes done). */
  async file(file, progress) {
    let merge = new FileMerge(this.replayer, file), linesBefore = this.replayer.lines, tasks = sliceBounds(file, this.decisions ? DECISION_SLICE_BYTES : SLICE_BYTES).map(([start, end], index) => ({ index, file, start, end })), counted = 0, withOffset = (i) => {
      if (!this.decisions) return tasks[i];
      for (; counted <= i; counted++) tasks[counted].lineOffset = counted === 0 ? 0 : tasks[counted - 1].lineOffset + countNewlines(file, tasks[counted - 1].start, tasks[counted - 1].end);
      return tasks[i];
    }, results = /* @__PURE__ */ new Map(), parts = /* @__PURE__ */ new Map(), out = this.replayer.opts.decisions, n = workerCount(!!this.decisions);
    this.failed || (this.pool ??= startPool(n, this.set, this.replayer.opts.agent, this.decisions));
    let window = n, told = /* @__PURE__ */ new Map(), tell = (w) => {
      let from = told.get(w) ?? 0;
      return told.set(w, merge.rootLog.length), { roots: merge.rootLog.slice(from), full: this.replayer.sink.fullRules(file) };
    }, again = 0, giveBack = (list) => {
      let byWorker = /* @__PURE__ */ new Map();
      for (let [bytes, w] of list) byWorker.set(w, [...byWorker.get(w) ?? [], bytes.buffer]);
      for (let [w, buffers] of byWorker) w.postMessage({ giveBack: buffers }, buffers);
    }, schedule = (i) => {
      if (i >= tasks.length || this.failed || !this.pool) return;
      let t = withOffset(i), mine = [];
      this.decisions && parts.set(i, mine), results.set(
        i,
        this.pool.run(
          t,
          tell,
          (bytes, w) => mine.push([bytes, w]),
          () => {
            again++, giveBack(mine.splice(0));
          }
        ).catch(() => (this.failed = !0, void 0))
      );
    };
    for (let i = 0; i < window; i++) schedule(i);
    let byWorkers = 0;
    for (let t of tasks) {
      let s = await results.get(t.index);
      results.delete(t.index);
      let shipped = parts.get(t.index) ?? [];
      parts.delete(t.index), schedule(t.index + window), !s || !merge.fits(s) ? (s = replaySlice(this.redo, withOffset(t.index), merge.startState()), giveBack(shipped), shipped = []) : byWorkers++, merge.merge(
        s,
        shipped.map(([bytes]) => bytes)
      ), out?.flush && shipped.length > 0 && (out.flush(), giveBack(shipped)), progress(t.end);
    }
    merge.finish(), await this.close(), merge.release(), process.env.AGENT_POLICY_LINT_REPLAY_TRACE && process.stderr.write(`replay: ${file}: ${tasks.length} slices, ${byWorkers} by ${n} worker${n === 1 ? "" : "s"}, ${this.replayer.lines - linesBefore} lines, ${again} replayed again for the automata
`);
  }
  async close() {
    let pool = this.pool;
    this.pool = void 0, await pool?.close();
  }
};
async function runWorker() {
  let data = workerData, set = data.set, wanted = data.decisions, decisions = wanted ? { encode: await decisionEncoder(wanted.format, wanted.meta), cwd: wanted.cwd, write: () => {
  } } : void 0, replayer = new Replayer({
    set,
    decisions,
    decider: new CachedDecider(engineDecider(set), !!decisions),
    // Records are read again here (their findings are the main thread's to report).
    bypasses: loadBypasses(set.root.root, set.root.bypass ?? {}, Date.now()).bypasses,
    approvals: loadApprovals(set.root.root).store,
    sink: new FindingSink(),
    agent: data.agent
  }), told = /* @__PURE__ */ new Map();
  parentPort.postMessage({ ready: !0 });
  let current = 0, parts = new PartShipper((buffer, used) => parentPort.postMessage({ part: current, buffer, used }, [buffer]), PART_BYTES);
  parentPort.on("message", async (task) => {
    if ("giveBack" in task) {
      for (let b of task.giveBack) parts.giveBack(b);
      return;
    }
    try {
      let known = told.get(task.file);
      known || told.set(task.file, known = /* @__PURE__ */ new Map());
      for (let [session, root] of task.roots ?? []) known.set(session, root);
      current = task.index;
      let run = () => replaySlice(replayer, task, newReaderState(set.root.root, data.agent, { sessionRoots: known }), known, parts), result;
      try {
        result = run();
      } catch (e) {
        if (!(e instanceof AutomataNotLoaded)) throw e;
        await loadAutomata(), parentPort.postMessage({ again: !0 }), result = run();
      }
      let r = result.record, f = result.findings, transfer = [r.tk.buffer, r.tl.buffer, r.tm.buffer, f.json.buffer, f.ends.buffer], dec = result.decisions;
      dec && dec.byteOffset === 0 && dec.byteLength === dec.buffer.byteLength && transfer.push(dec.buffer), parentPort.postMessage({ result }, transfer);
    } catch (e) {
      parentPort.postMessage({ error: e.message });
    }
  });
}
!isMainThread && workerData?.[MARK] && runWorker();
export {
  KeptFindings,
  ParallelReplay,
  countNewlines,
  replaySlice,
  shouldSplit,
  sliceBounds,
  workerCount
};

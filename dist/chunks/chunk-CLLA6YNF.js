import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  approvalProblem,
  approvalScopeMiss,
  bypassCover
} from "./chunk-YZPYGUYT.js";
import {
  entryLabel,
  newReaderState,
  readLine
} from "./chunk-OPBQKBV5.js";
import {
  commandMatcher,
  fsRecords,
  isEmail,
  jsonError,
  jsonFiles,
  parseJson,
  parseTimestamp,
  pathMatcher,
  position,
  recordFinding,
  stringList
} from "./chunk-GDP7F25S.js";
import {
  APPROVALS_DIR,
  APPROVALS_JSONL
} from "./chunk-UKSESNFL.js";
import {
  lineMayHoldSecret,
  redactDeep,
  redactText,
  scanString,
  scanValue,
  witnessOf
} from "./chunk-VPIY7YYZ.js";
import {
  decide
} from "./chunk-DMJSEGUJ.js";
import {
  compilePolicy,
  decidingAgent
} from "./chunk-RWEGZUW6.js";
import {
  decisiveRule,
  withToolDecision
} from "./chunk-LQCPPXLP.js";

// src/replay/decider.ts
var ALLOWED = Object.freeze({ outcome: "allow", allowed: !0, requiresApproval: !1, approved: !1, reason: "allowed", subjects: [] }), CachedDecider = class {
  /** keepRules: keep allowed decisions whole (their allow rules), for reports that show them. */
  constructor(inner, keepRules = !1) {
    this.inner = inner;
    this.keepRules = keepRules;
  }
  inner;
  keepRules;
  contexts = /* @__PURE__ */ new Map();
  recent = /* @__PURE__ */ new Map();
  size = 0;
  lastAgent;
  lastAgentKey;
  hits = 0;
  misses = 0;
  decide(action, approvalValid) {
    let kind, subject;
    switch (action.kind) {
      case "filesystem":
        kind = action.guessed ? `${action.op}?` : action.op, subject = action.paths.length === 1 ? action.paths[0] : action.paths.join("\0");
        break;
      case "command":
        kind = "command", subject = action.command;
        break;
      case "network":
        kind = "network", subject = action.url === void 0 ? `h\0${action.host ?? ""}` : `u\0${action.url}\0${action.host ?? ""}`;
        break;
      case "tool":
        kind = "tool", subject = action.tool;
        break;
    }
    let agent = action.agentId;
    agent !== this.lastAgent && (this.lastAgent = agent, this.lastAgentKey = this.inner.agentKey ? this.inner.agentKey(agent) : agent);
    let ctx = this.context(kind, this.lastAgentKey, approvalValid, action.cwd), hit = ctx.bySubject.get(subject);
    if (hit !== void 0)
      return this.hits++, hit;
    this.misses++;
    let d = this.inner.decide(action, approvalValid), kept = !this.keepRules && d.allowed && !d.requiresApproval && !d.fileLimit?.exceeded ? ALLOWED : d;
    if (++this.size > 2e5) {
      for (let c of this.contexts.values()) c.bySubject.clear();
      this.size = 1;
    }
    return ctx.bySubject.set(subject, kept), kept;
  }
  context(kind, agent, approval, cwd) {
    let recent = this.recent.get(kind);
    if (recent) {
      for (let c of recent) if (c.agent === agent && c.approval === approval && c.cwd === cwd) return c;
    } else this.recent.set(kind, recent = []);
    let key = JSON.stringify([kind, agent ?? null, approval ?? null, cwd ?? null]), ctx = this.contexts.get(key);
    return ctx || (this.contexts.size >= 1e4 && (this.contexts.clear(), this.recent.clear(), this.recent.set(kind, recent = []), this.size = 0), ctx = { kind, agent, approval, cwd, bySubject: /* @__PURE__ */ new Map() }, this.contexts.set(key, ctx)), recent.unshift(ctx), recent.length > 4 && recent.pop(), ctx;
  }
};

// src/records/approvals.ts
import { join } from "node:path";
function approvalFrom(v, file, line, findings) {
  let bad = (msg) => {
    findings.push(recordFinding("approval-record-invalid", "error", file, `approval record ${msg}; approvals naming it do not count`, line, 1));
  };
  if (typeof v != "object" || v === null || Array.isArray(v)) return bad("is not a JSON object");
  let r = v;
  if (typeof r.id != "string" || r.id === "") return bad('has no "id"');
  if (typeof r.approver != "string" || !isEmail(r.approver)) return bad(`${r.id} has no valid "approver" e-mail`);
  let from = r.approved_at ?? r.created_at, start = typeof from == "string" ? parseTimestamp(from) : void 0;
  if (from !== void 0 && start === void 0) return bad(`${r.id}: "approved_at" is not an ISO 8601 date-time with a zone`);
  let end = typeof r.expires_at == "string" ? parseTimestamp(r.expires_at) : void 0;
  if (r.expires_at !== void 0 && end === void 0) return bad(`${r.id}: "expires_at" is not an ISO 8601 date-time with a zone`);
  let patterns = stringList(r.patterns), commands = stringList(r.commands);
  if (!patterns || !commands) return bad(`${r.id}: "patterns" and "commands" must be lists of non-empty strings`);
  if (r.agent !== void 0 && typeof r.agent != "string") return bad(`${r.id}: "agent" must be a string`);
  let scoped = patterns.length + commands.length > 0, paths, cmds;
  try {
    paths = scoped ? pathMatcher(patterns) : void 0, cmds = scoped ? commandMatcher(commands) : void 0;
  } catch (e) {
    return bad(`${r.id} has a pattern that is not valid (${e.message})`);
  }
  return { id: r.id, file, line, agent: r.agent, start, end, paths, commands: cmds };
}
function loadApprovals(repoRoot, src = fsRecords) {
  let findings = [], byId = /* @__PURE__ */ new Map(), dir = join(repoRoot, APPROVALS_DIR), jsonl = join(repoRoot, APPROVALS_JSONL), jsonlText = src.read(jsonl), dirFiles = jsonFiles(src, dir), kept = jsonlText !== void 0 || src.list(dir).length > 0, add = (a) => {
    a && !byId.has(a.id) && byId.set(a.id, a);
  };
  for (let file of dirFiles) {
    let text = (src.read(file) ?? "").replace(/^\uFEFF/, ""), parsed = parseJson(text);
    if ("error" in parsed) {
      let at = position(text, parsed.offset ?? 0);
      findings.push(recordFinding("approval-record-invalid", "error", file, `approval record is not valid JSON (${parsed.error})`, at.line, at.column));
      continue;
    }
    add(approvalFrom(parsed.value, file, 1, findings));
  }
  return jsonlText !== void 0 && jsonlText.replace(/^\uFEFF/, "").split(`
`).forEach((raw, i) => {
    let text = raw.replace(/\r$/, "");
    if (text.trim() === "") return;
    let parsed = parseJson(text);
    if ("error" in parsed) {
      findings.push(recordFinding("approval-record-invalid", "error", jsonl, `approval record is not valid JSON (${parsed.error})`, i + 1, (parsed.offset ?? 0) + 1));
      return;
    }
    add(approvalFrom(parsed.value, jsonl, i + 1, findings));
  }), { store: { kept, byId }, findings };
}

// src/replay/pending.ts
var PendingUses = class {
  newestId;
  newest;
  older = /* @__PURE__ */ new Map();
  get size() {
    return this.older.size + (this.newestId !== void 0 ? 1 : 0);
  }
  /** As Map.set: a known id keeps its place and takes the new value. */
  add(id, value) {
    id === this.newestId ? this.newest = value : this.older.has(id) ? this.older.set(id, value) : (this.newestId !== void 0 && this.older.set(this.newestId, this.newest), this.newestId = id, this.newest = value);
  }
  /** Removes and returns the value waiting under id. */
  take(id) {
    if (id === this.newestId) return this.takeNewest();
    let v = this.older.get(id);
    return v !== void 0 && this.older.delete(id), v;
  }
  /** Removes and returns the oldest value. */
  takeOldest() {
    let first = this.older.keys().next();
    return first.done ? this.newestId !== void 0 ? this.takeNewest() : void 0 : this.take(first.value);
  }
  /** Removes and returns every value, oldest first. */
  drain() {
    let out = [...this.older.values()];
    return this.older.clear(), this.newestId !== void 0 && out.push(this.takeNewest()), out;
  }
  takeNewest() {
    let v = this.newest;
    return this.newestId = void 0, this.newest = void 0, v;
  }
};

// src/replay/byte-lines.ts
var EMPTY = Buffer.alloc(0), PartShipper = class {
  constructor(send, partBytes) {
    this.send = send;
    this.partBytes = partBytes;
  }
  send;
  partBytes;
  free = [];
  /** A buffer to fill: one given back, or a new one. */
  take() {
    return Buffer.from(this.free.pop() ?? new ArrayBuffer(this.partBytes));
  }
  ship(part, used) {
    this.send(part.buffer, used);
  }
  /** A buffer the main thread has written out. */
  giveBack(buffer) {
    buffer.byteLength === this.partBytes && this.free.length < 64 && this.free.push(buffer);
  }
}, ByteLines = class {
  /** parts: ship the bytes as they are sealed rather than hold them; emit: write them out. */
  constructor(parts, emit) {
    this.parts = parts;
    this.emit = emit;
    this.buf = parts ? parts.take() : Buffer.allocUnsafeSlow(65536);
  }
  parts;
  emit;
  buf;
  at = 0;
  /** Where the line being written starts in buf. */
  start = 0;
  chunks = [];
  size = 0;
  /** The line written since the last endLine() is whole. */
  endLine() {
    this.start = this.at;
  }
  raw(bytes) {
    this.at + bytes.length > this.buf.length && this.room(bytes.length), this.buf.set(bytes, this.at), this.at += bytes.length;
  }
  /** Text written as UTF-8 as is (it is JSON already). */
  text(s) {
    let worst = s.length * 3;
    this.at + worst > this.buf.length && this.room(worst), this.at += this.buf.write(s, this.at, "utf8");
  }
  /** s as a JSON string literal, byte for byte what JSON.stringify(s) gives. */
  quoted(s) {
    let n = s.length;
    if (n > 1024) return this.text(JSON.stringify(s));
    this.at + n + 2 > this.buf.length && this.room(n + 2);
    let b = this.buf, at = this.at;
    b[at++] = 34;
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (c < 32 || c > 126 || c === 34 || c === 92) return this.text(JSON.stringify(s));
      b[at++] = c;
    }
    b[at++] = 34, this.at = at;
  }
  /** A number as JSON writes it (String(n)); integers digit by digit. */
  num(n) {
    if (!(n >= 0 && n <= 281474976710655 && Math.floor(n) === n)) return this.text(String(n));
    this.at + 16 > this.buf.length && this.room(16);
    let b = this.buf, digits = 1;
    for (let x2 = n; x2 >= 10; x2 = Math.floor(x2 / 10)) digits++;
    let at = this.at + digits;
    this.at = at;
    let x = n;
    do {
      let q = Math.floor(x / 10);
      b[--at] = 48 + (x - q * 10), x = q;
    } while (x > 0);
  }
  /** The bytes not shipped or emitted yet, in a buffer of their own (whole, so that it can be transferred). */
  bytes() {
    let tail = this.at, out = Buffer.from(new ArrayBuffer(this.size + tail)), at = 0;
    for (let c of this.chunks) at += c.copy(out, at);
    return this.buf.copy(out, at, 0, tail), this.chunks = [], this.size = 0, this.at = this.start = 0, this.parts && (this.parts.giveBack(this.buf.buffer), this.buf = EMPTY), out;
  }
  /** Emit mode: writes out what is buffered (before bytes encoded elsewhere are written after it). */
  drain() {
    this.at > 0 && this.seal(this.at, 65536);
  }
  /**
   * Makes room for n more bytes: the whole lines so far are sealed and the line being written
   * moves to the start of a fresh buffer (of its own size when it would not fit a part).
   */
  room(n) {
    if (this.buf === EMPTY && (this.buf = this.parts ? this.parts.take() : Buffer.allocUnsafeSlow(65536), n <= this.buf.length))
      return;
    let partial = this.at - this.start, old = this.buf, size = Math.max(this.parts ? this.parts.partBytes : 65536, partial + n);
    if (this.start === 0) {
      this.buf = Buffer.from(new ArrayBuffer(Math.max(size, old.length * 2))), old.copy(this.buf, 0, 0, partial), this.at = partial, this.parts && old.length === this.parts.partBytes && this.parts.giveBack(old.buffer);
      return;
    }
    let keep = Buffer.from(old.subarray(this.start, this.at));
    this.seal(this.start, size), keep.copy(this.buf, 0), this.at = partial;
  }
  /** Seals the first `used` bytes of the buffer and starts a fresh one of at least `size` bytes. */
  seal(used, size) {
    let p = this.parts, old = this.buf;
    p ? (p.ship(old, used), this.buf = size <= p.partBytes ? p.take() : Buffer.from(new ArrayBuffer(size))) : this.emit ? (this.emit.write(old.subarray(0, used)), this.emit.flush && size <= old.length ? this.emit.flush() : this.buf = Buffer.allocUnsafeSlow(Math.max(size, 65536))) : (this.chunks.push(old.subarray(0, used)), this.size += used, this.buf = Buffer.allocUnsafeSlow(Math.max(size, 65536))), this.at = this.start = 0;
  }
};

// src/replay/decision-record.ts
import { relative, sep } from "node:path";
var refsRoot, byDecision = /* @__PURE__ */ new WeakMap(), byOrigin = /* @__PURE__ */ new WeakMap();
function cachedRule(d, repoRoot) {
  repoRoot !== refsRoot && (refsRoot = repoRoot, byDecision = /* @__PURE__ */ new WeakMap(), byOrigin = /* @__PURE__ */ new WeakMap());
  let ref = byDecision.get(d);
  return ref === void 0 && (ref = sharedRef(d, repoRoot) ?? null, byDecision.set(d, ref)), ref ?? void 0;
}
function sharedRef(d, repoRoot) {
  let rule = decisiveRule(d), o = rule?.origin;
  if (!rule || !o) return;
  let ref = byOrigin.get(o);
  return (ref === void 0 || ref.effect !== rule.effect || ref.pattern !== rule.pattern) && (ref = ruleRef(d, repoRoot, NO_HITS), byOrigin.set(o, ref)), ref;
}
var NO_HITS = [];
function ruleRef(d, repoRoot, hits) {
  let rule = decisiveRule(d), o = rule?.origin;
  if (!rule || !o) return;
  let file = ruleFile(repoRoot, o.file);
  return { uid: `${file}#${o.pointer}`, effect: rule.effect, pattern: hits.length > 0 ? redactText(rule.pattern, hits) : rule.pattern, file, line: o.line, column: o.column };
}
function decisionRecord(entry, d, line, hits, bypass, ctx) {
  let a = entry.action, logged = entry.logged, dirty = hits.length > 0, kind, subject, paths, url, host;
  switch (a.kind) {
    case "filesystem": {
      kind = a.op;
      let first = a.paths[0] ?? "";
      subject = dirty ? redactText(first, hits) : first, a.paths.length > 1 && (paths = dirty ? a.paths.slice(0, 20).map((p) => redactText(p, hits)) : a.paths.slice(0, 20));
      break;
    }
    case "command":
      kind = "command", subject = dirty ? redactText(a.command, hits) : a.command;
      break;
    case "network":
      kind = "network", a.url !== void 0 && (url = dirty ? redactText(a.url, hits) : a.url), a.host !== void 0 && (host = dirty ? redactText(a.host, hits) : a.host), subject = url ?? host ?? "";
      break;
    case "tool":
      kind = "tool", subject = dirty ? redactText(a.tool, hits) : a.tool;
      break;
  }
  let outcome = d.outcome, verdict = bypass ? "bypass" : outcome === "allow" ? "allow" : outcome === "needs-approval" ? "approval" : "deny", lv = logged.policyVersion;
  return {
    kind,
    subject,
    paths,
    url,
    host,
    outcome,
    approved: outcome === "allow" && d.approved,
    verdict,
    blocked: logged.allowed === !1,
    reason: dirty ? redactText(d.reason, hits) : d.reason,
    policyVersion: ctx.policyVersion,
    log: ctx.log,
    line,
    timestamp: a.timestamp === void 0 ? void 0 : dirty ? redactText(a.timestamp, hits) : a.timestamp,
    ms: ctx.ms,
    agent: a.agentId === void 0 ? void 0 : dirty ? redactText(a.agentId, hits) : a.agentId,
    session: a.sessionId === void 0 ? void 0 : dirty ? redactText(a.sessionId, hits) : a.sessionId,
    user: logged.user === void 0 ? void 0 : dirty ? redactText(logged.user, hits) : logged.user,
    tool: entry.tool === void 0 ? void 0 : dirty ? redactText(entry.tool, hits) : entry.tool,
    bypass,
    loggedPolicyVersion: lv !== void 0 && lv !== ctx.policyVersion ? dirty ? redactText(lv, hits) : lv : void 0,
    rule: dirty ? ruleRef(d, ctx.repoRoot, hits) : cachedRule(d, ctx.repoRoot)
  };
}
var shownRoot = "", shown = /* @__PURE__ */ new Map();
function ruleFile(repoRoot, file) {
  repoRoot !== shownRoot && (shownRoot = repoRoot, shown.clear());
  let s = shown.get(file);
  return s === void 0 && shown.set(file, s = (relative(repoRoot, file) || file).split(sep).join("/")), s;
}

// src/replay/replayer.ts
import { relative as relative2, sep as sep2 } from "node:path";
var NO_HITS2 = [], scratch = [];
function newChunkRecord() {
  return { tk: [], tl: [], tm: [], timelines: [], blocked: [], agents: [], versions: [], orphans: [], pending: [] };
}
var MAX_PENDING = 1e4, MAX_TIMELINES = 2e5, Replayer = class {
  constructor(opts) {
    this.opts = opts;
    this.sink = opts.sink;
    let out = opts.decisions;
    out && (this.direct = new ByteLines(void 0, { write: (b) => out.write(b), ...out.flush ? { flush: () => out.flush() } : {} }));
    let root = opts.set.root, ids = [...root.agentId ? [root.agentId] : [], ...root.agents.map((a) => a.id)];
    this.knownAgents = ids.length > 0 ? new Set(ids) : void 0, this.policyVersion = normVersion(root.version);
    let perms = [root.permissions, ...opts.set.overrides.map((o) => o.permissions), ...root.agents.flatMap((a) => a.permissions ? [a.permissions] : [])], approvals = [root.constraints, ...opts.set.overrides.map((o) => o.constraints)].flatMap((c) => c.requireHumanApproval);
    this.hasToolRules = perms.some((p) => p.tools.allow.length + p.tools.deny.length > 0) || approvals.some((a) => a.kind === "tool");
  }
  opts;
  sink;
  knownAgents;
  /** Whether any level names a tool (allow, deny, approval): else tool names need no check. */
  hasToolRules;
  policyVersion;
  persistence = /* @__PURE__ */ new Map();
  /** This thread's encoded decisions, written out as its buffer fills: one writer, so that they stay in order. */
  direct;
  actions = 0;
  lines = 0;
  /** decisions: where a slice collects its encoded decisions (else they are written as decided). */
  file(path, opts = {}) {
    return new FileReplay(this, path, opts.sink ?? this.sink, opts.record, opts.state, opts.decisions ?? this.direct, opts.lineOffset);
  }
  /** Bytes encoded elsewhere (a worker's slice), written after what this thread encoded before. */
  writeEncoded(bytes) {
    this.direct?.drain(), this.opts.decisions?.write(bytes);
  }
  /** Completes the run: what this thread encoded is written out, persistence findings get their final counts. */
  finish() {
    this.direct?.drain();
    for (let p of this.persistence.values())
      p.finding && p.count > 3 && (p.finding.message = p.finding.message.replace(/^\d+ blocked attempts/, `${p.count} blocked attempts`), p.finding.data = { ...p.finding.data, count: p.count });
  }
  /** A blocked attempt: counts towards the agent's persistence in its session. */
  countBlocked(file, line, a) {
    let key = `${a.agentId ?? ""}\0${a.sessionId ?? `file:${file}`}`, p = this.persistence.get(key);
    if (p || (p = { count: 0 }, this.persistence.set(key, p)), p.count++, p.count === 3) {
      let who = a.agentId ? `agent ${a.agentId}` : "the agent", where = a.sessionId ? `session ${a.sessionId}` : "this log";
      p.finding = this.sink.add({
        ruleId: "replay-repeated-blocked-attempts",
        severity: "warning",
        file,
        line,
        column: 1,
        message: `${p.count} blocked attempts by ${who} in ${where}: it keeps trying what the policy forbids`,
        hint: "Read the session: grant what it legitimately needs, or stop the agent from retrying.",
        data: { agentId: a.agentId, sessionId: a.sessionId, count: p.count, threshold: 3 }
      });
    }
  }
  lastVersion = "";
  lastDiffers = !1;
  versionDiffers(v) {
    return v !== this.lastVersion && (this.lastVersion = v, this.lastDiffers = normVersion(v) !== this.policyVersion), this.lastDiffers;
  }
};
function normVersion(v) {
  return v.trim().replace(/^v/i, "").replace(/(\.0)+$/, "");
}
var FileReplay = class {
  constructor(r, file, sink, rec, state, decisions, lineOffset = 0) {
    this.r = r;
    this.file = file;
    this.sink = sink;
    this.rec = rec;
    this.decisions = decisions;
    this.lineOffset = lineOffset;
    this.state = state ?? newReaderState(r.opts.set.root.root, r.opts.agent);
  }
  r;
  file;
  sink;
  rec;
  decisions;
  lineOffset;
  state;
  timelineIndex = /* @__PURE__ */ new Map();
  pending = new PendingUses();
  timelines = /* @__PURE__ */ new Map();
  unknownAgents = /* @__PURE__ */ new Map();
  versions = /* @__PURE__ */ new Map();
  lastTimelineKey;
  lastTimeline;
  lastTs = "";
  logName;
  lastMs;
  add(f, hits = []) {
    return this.sink.add({ column: 1, ...f, file: this.file }, hits);
  }
  tooLong(line, chars) {
    this.r.lines++, this.add({ ruleId: "replay-line-too-long", severity: "error", line, message: `line is ${chars.toLocaleString("en-US")} characters long, over the 16 MiB limit; it was not replayed` });
  }
  line(text, lineNo, unterminated) {
    if (this.r.lines++, text.length === 0 || text.charCodeAt(0) <= 32 && text.trim() === "") return;
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      this.malformed(text, lineNo, unterminated);
      return;
    }
    let res = readLine(value, this.state);
    if (res.kind === "unknown") {
      this.add({ ruleId: "replay-unknown-entry", severity: "warning", line: lineNo, message: res.message });
      return;
    }
    if (res.kind === "entries") {
      let hits = NO_HITS2;
      if (lineMayHoldSecret(text)) {
        let found = scratch;
        found.length > 0 && (found.length = 0);
        for (let [v, where] of res.params) scanValue(v, where, found);
        found.length > 0 && (hits = dedupe(found), found.length = 0, this.secretFinding(lineNo, hits));
      }
      this.lineFacts(res.facts, lineNo, hits);
      for (let p of res.problems ?? []) this.add({ ruleId: "replay-unknown-entry", severity: "warning", line: lineNo, message: p }, hits);
      let head;
      for (let entry of res.entries)
        if (this.r.actions++, entry.toolUseId) {
          if (head?.toolUseId === entry.toolUseId) {
            (head.also ??= []).push(entry);
            continue;
          }
          this.pending.size >= MAX_PENDING && this.flushOldest(), this.pending.add(entry.toolUseId, { entry, line: lineNo, hits }), head = entry;
        } else
          this.evaluate(entry, lineNo, hits);
    }
    res.outcomes && this.resolve(res.outcomes);
  }
  /** End of file: tool uses with no result count as carried out (a slice hands them on). */
  finish() {
    let all = this.pending.drain();
    if (this.rec) this.rec.pending.push(...all);
    else for (let p of all) this.evaluate(p.entry, p.line, p.hits);
  }
  /** Main thread, completing a slice: a tool use from an earlier slice, its outcome now known. */
  evaluateCarried(entry, line, hits, outcome) {
    outcome?.blocked && markBlocked(entry, outcome.why), this.evaluate(entry, line, hits);
  }
  flushOldest() {
    let p = this.pending.takeOldest();
    p && this.evaluate(p.entry, p.line, p.hits);
  }
  resolve(outcomes) {
    for (let o of outcomes) {
      let p = this.pending.take(o.toolUseId);
      if (!p) {
        this.rec?.orphans.push(o);
        continue;
      }
      o.blocked && markBlocked(p.entry, o.why), this.evaluate(p.entry, p.line, p.hits);
    }
  }
  malformed(text, lineNo, unterminated) {
    let e = jsonError(text) ?? { offset: 0, message: "invalid JSON" }, column = e.offset + 1, hits = [];
    scanString(text, `line ${lineNo}`, hits), hits.length > 0 && this.secretFinding(lineNo, hits), unterminated && e.offset >= text.length ? this.add({ ruleId: "replay-truncated-line", severity: "error", line: lineNo, column, message: "last line is cut off (no newline at the end, and the JSON stops in the middle): the action on it was not replayed" }) : this.add({ ruleId: "replay-malformed-line", severity: "error", line: lineNo, column, message: `line is not valid JSON: ${e.message} at column ${column}; expected one JSON object per line` });
  }
  secretFinding(lineNo, hits) {
    let kinds = [...new Set(hits.map((h) => h.kind))], where = [...new Set(hits.map((h) => h.where).filter(Boolean))];
    this.add(
      {
        ruleId: "replay-secret-in-log",
        severity: "error",
        line: lineNo,
        message: `secret in logged parameters: ${kinds.join(", ")}${where.length ? ` in ${where.slice(0, 3).join(", ")}` : ""} (value redacted)`,
        hint: "Revoke the credential (it is in the git history), remove it from the log, and make the runtime redact secrets before logging.",
        witness: witnessOf(hits),
        data: { kinds, where }
      },
      hits
    );
  }
  lineFacts(f, lineNo, hits) {
    let known = this.r.knownAgents;
    known && f.agentId !== void 0 && f.agentId !== this.lastKnownAgent && !this.isKnown(known, f.agentId) && (this.rec ? this.recordFirst(this.rec.agents, this.unknownAgents, hits.length ? redactText(f.agentId, hits) : f.agentId, lineNo) : this.unknownAgent(f.agentId, lineNo, 1, hits)), f.policyVersion !== void 0 && this.r.versionDiffers(f.policyVersion) && (this.rec ? this.recordFirst(this.rec.versions, this.versions, f.policyVersion, lineNo) : this.otherVersion(f.policyVersion, lineNo, 1, hits)), f.timestamp !== void 0 && this.checkTime(f, lineNo, hits);
  }
  lastKnownAgent;
  isKnown(known, agentId) {
    return known.has(agentId) ? (this.lastKnownAgent = agentId, !0) : !1;
  }
  // A slice records first sightings; the Once maps only serve as its index here.
  recordFirst(list, index, key, line) {
    let o = index.get(key);
    o ? list[o.count][2]++ : (index.set(key, { count: list.length }), list.push([key, line, 1]));
  }
  /** An agent the policy does not know: reported once per file, with its number of lines. */
  unknownAgent(agentId, lineNo, count, hits = []) {
    let known = this.r.knownAgents;
    this.once(this.unknownAgents, agentId, count, () => ({
      ruleId: "replay-unknown-agent",
      severity: "error",
      line: lineNo,
      message: `agent "${agentId}" is not known to the policy (known: ${[...known].join(", ")})`,
      hint: "Declare the agent under agents (or agent_id), or find out why it acted here.",
      data: { agentId, known: [...known] }
    }), hits);
  }
  /** A policy_version other than the policy's: reported once per file and version. */
  otherVersion(version, lineNo, count, hits = []) {
    this.once(this.versions, version, count, () => ({
      ruleId: "replay-policy-version",
      severity: "warning",
      line: lineNo,
      message: `logged under policy version ${version}, but the policy in review is version ${this.r.opts.set.root.version}: decisions may differ`,
      data: { logged: version, policy: this.r.opts.set.root.version }
    }), hits);
  }
  once(map, key, count, make, hits) {
    let o = map.get(key);
    o || (o = { count: 0, finding: this.add(make(), hits) }, map.set(key, o)), o.count += count, o.finding && o.count > 1 && (o.finding.data = { ...o.finding.data, lines: o.count }, o.finding.message.endsWith(" lines)") ? o.finding.message = o.finding.message.replace(/\(\d+ lines\)$/, `(${o.count} lines)`) : o.finding.message += ` (${o.count} lines)`);
  }
  parseTs(raw) {
    return raw === this.lastTs ? this.lastMs : (this.lastTs = raw, this.lastMs = parseTimestamp(raw), this.lastMs);
  }
  checkTime(f, lineNo, hits) {
    let raw = f.timestamp, ms = this.parseTs(raw);
    if (ms === void 0) {
      this.add({ ruleId: "replay-timestamp-invalid", severity: "warning", line: lineNo, message: `timestamp "${raw.slice(0, 40)}" is not an ISO 8601 date-time with a zone; no bypass can cover this entry`, data: { timestamp: raw.slice(0, 40) } }, hits);
      return;
    }
    let key = f.timeline ?? "";
    if (this.rec) {
      let i = this.timelineIndex.get(key);
      i === void 0 && (i = this.rec.timelines.length, this.timelineIndex.set(key, i), this.rec.timelines.push([key, f.sessionId])), this.rec.tk.push(i), this.rec.tl.push(lineNo), this.rec.tm.push(ms);
      return;
    }
    this.timeAt(key, f.sessionId, ms, lineNo);
  }
  /** One valid timestamp on a timeline: a warning when it is earlier than the latest before it. */
  timeAt(key, sessionId, ms, lineNo) {
    let prev = key === this.lastTimelineKey ? this.lastTimeline : this.timelines.get(key);
    if (prev && ms < prev.ms) {
      let session = sessionId ? ` in session ${sessionId}` : "", at = new Date(ms).toISOString(), before = new Date(prev.ms).toISOString();
      this.add({
        ruleId: "replay-timestamp-order",
        severity: "warning",
        line: lineNo,
        message: `timestamp ${at} is earlier than ${before} on line ${prev.line}${session}: the log is out of order`,
        related: [{ file: this.file, line: prev.line, column: 1, message: `earlier entry logged at ${before}` }],
        data: { timestamp: at, previous: before, previousLine: prev.line }
      });
    }
    if (prev)
      ms >= prev.ms && (prev.ms = ms, prev.line = lineNo), this.lastTimelineKey = key, this.lastTimeline = prev;
    else {
      this.timelines.size >= MAX_TIMELINES && this.timelines.clear();
      let t = { ms, line: lineNo };
      this.timelines.set(key, t), this.lastTimelineKey = key, this.lastTimeline = t;
    }
  }
  // --- one action ---------------------------------------------------------------------------
  evaluate(entry, lineNo, hits) {
    this.bypassUsed = void 0;
    let d = this.judge(entry, lineNo, hits), guessed = entry.action.kind === "filesystem" && entry.action.guessed === !0 && d.outcome === "allow";
    if (this.decisions && !guessed && this.encodeDecision(this.decisions, entry, d, lineNo, hits), entry.also) for (let e of entry.also) this.evaluate(e, lineNo, hits);
  }
  /** Re-decides one action and reports what disagrees; returns the decision. */
  judge(entry, lineNo, hits) {
    let a = entry.action, approvals = this.r.opts.approvals, approvalValid, problem, approval = a.approvalId !== void 0 ? approvals.byId.get(a.approvalId) : void 0;
    a.approvalId !== void 0 && (approvals.kept ? approval ? (problem = approvalProblem(approval, a.agentId, this.timeOf(a)), approvalValid = problem === void 0) : [approvalValid, problem] = [!1, `approval ${a.approvalId} is not among the committed approval records`] : approvalValid = !0);
    let d = this.decide(entry, approvalValid);
    if (approvalValid && approval && d.requiresApproval) {
      let outside = approvalScopeMiss(approval, d.subjects);
      outside && (problem = `approval ${approval.id} does not cover ${outside.subject}`, d = this.decide(entry, !1));
    }
    this.maxFiles(entry, d, lineNo, hits);
    let logged = entry.logged, blocked = logged.allowed === !1;
    if (d.allowed && !blocked && logged.requiresApproval !== !0) return d;
    let emit = (ruleId, severity, build) => {
      this.sink.admit(this.file, ruleId, severity) && this.sink.push({ ruleId, severity, file: this.file, line: lineNo, column: 1, data: dataOf(entry, d), ...build(entryLabel(entry)) }, hits);
    };
    if (blocked)
      return emit("replay-blocked-attempt", "info", (label) => ({ message: `blocked attempt: ${label}${logged.reason ? ` (${logged.reason})` : ""}` })), this.rec ? this.rec.blocked.push([a.agentId, a.sessionId, lineNo]) : this.r.countBlocked(this.file, lineNo, a), d.allowed && emit("replay-decision-mismatch", "warning", (label) => ({ message: `${label}: the log says it was blocked, but the policy in review allows it`, hint: "Deploy the current policy to the agent runtime, or check that allowing it is intended." })), d;
    if (d.allowed)
      return logged.requiresApproval === !0 && !d.requiresApproval && emit("replay-decision-mismatch", "warning", (label) => ({ message: `${label}: the log says it required approval, but the policy in review does not require one`, hint: "Deploy the current policy to the agent runtime, or check the require_human_approval rules." })), d;
    let denied = d.subjects.filter((s) => !s.allowed), cover = this.bypassFor(a, denied);
    if (cover.ids)
      return this.bypassUsed = cover.ids, emit("replay-bypass-used", "info", (label) => ({ message: `${label}: denied by the policy, passed under bypass ${cover.ids.join(", ")}`, related: cover.related })), d;
    let said = logged.allowed === !0 ? " (the log says it was allowed)" : "", near = cover.nearMiss ? `; ${cover.nearMiss}` : "";
    return d.outcome === "needs-approval" ? (emit("replay-missing-approval", "error", (label) => {
      let why = problem ?? (a.approvalId === void 0 ? "the entry names no approval_id" : `approval ${a.approvalId} does not count`), what = denied.map((s) => `${s.kind} "${s.subject}"`).join(", ");
      return {
        message: `${label}: needs human approval (${what}), but ${why}${said}${near}`,
        hint: withNote("Record the approval that was given (.agent-policy/approvals/), or revert the change.", entry.hint),
        witness: denied[0]?.subject,
        related: relatedOf(denied)
      };
    }), d) : (emit("replay-denied-action", "error", (label) => ({
      message: `${label}: the policy denies it${said}: ${d.reason.replace(/^denied: /, "")}${near}`,
      hint: withNote(logged.allowed === !0 ? "The runtime enforced another policy: revert the action, or change the policy in review." : "Revert what the action did, change the policy in review, or record a bypass (agent-policy-lint bypass).", entry.hint),
      witness: (denied.find((s) => s.outcome === "deny") ?? denied[0])?.subject,
      related: relatedOf(denied)
    })), d);
  }
  bypassUsed;
  encodeDecision(to, entry, d, lineNo, hits) {
    let a = entry.action, ms = a.timestamp !== void 0 ? this.parseTs(a.timestamp) : void 0, out = this.r.opts.decisions;
    this.logName ??= (relative2(out.cwd, this.file) || this.file).split(sep2).join("/"), out.encode(decisionRecord(entry, d, lineNo + this.lineOffset, hits, this.bypassUsed, { repoRoot: this.r.opts.set.root.root, policyVersion: this.r.opts.set.root.version, log: this.logName, ms }), to), to.endLine();
  }
  /** The action's decision, and its tool name's when the runtime named a tool (both must allow). */
  decide(entry, approvalValid) {
    let a = entry.action, d = this.r.opts.decider.decide(a, approvalValid);
    if (entry.tool === void 0 || !this.r.hasToolRules) return d;
    let tool = { kind: "tool", tool: entry.tool, agentId: a.agentId, sessionId: a.sessionId, timestamp: a.timestamp, cwd: a.cwd, approvalId: a.approvalId };
    return withToolDecision(d, this.r.opts.decider.decide(tool, approvalValid));
  }
  /** The action's time (ms), undefined when it has no valid timestamp. */
  timeOf(a) {
    return a.timestamp !== void 0 ? this.parseTs(a.timestamp) : void 0;
  }
  bypassFor(a, denied) {
    let cover = bypassCover(this.r.opts.bypasses, a.agentId, this.timeOf(a), denied);
    if (cover.covering) {
      let list = cover.covering;
      return { ids: list.map((b) => b.id), related: list.map((b) => ({ file: b.file, line: 1, column: 1, message: `bypass ${b.id}: ${b.reason}` })) };
    }
    let near = cover.nearMiss;
    if (!near) return {};
    let when = this.timeOf(a) === void 0 ? "the entry has no valid timestamp" : `the action was logged at ${a.timestamp}`;
    return { nearMiss: `bypass ${near.id} covers it only from ${new Date(near.start).toISOString()} to ${near.expiresAt}, and ${when}` };
  }
  /** max_files_per_action, as the engine applies it (writes and deletes; the smallest limit governing the paths). */
  maxFiles(entry, d, lineNo, hits) {
    let fl = d.fileLimit;
    if (!fl?.exceeded) return;
    let o = fl.origin;
    this.add({
      ruleId: "replay-too-many-files",
      severity: "error",
      line: lineNo,
      message: `${entryLabel(entry)}: ${fl.count} files in one action, more than max_files_per_action (${fl.limit})`,
      hint: "Split the change into smaller actions, or raise constraints.max_files_per_action deliberately.",
      related: o ? [{ file: o.file, line: o.line, column: o.column, message: `max_files_per_action: ${fl.limit}` }] : void 0,
      data: { files: fl.count, max: fl.limit }
    }, hits);
  }
};
function relatedOf(denied) {
  let out = [];
  for (let s of denied)
    for (let rule of s.rules) {
      if (!rule.matched || !rule.origin || rule.effect !== "deny" && rule.effect !== "approval") continue;
      let o = rule.origin;
      if (!out.some((x) => x.file === o.file && x.line === o.line && x.column === o.column) && (out.push({ file: o.file, line: o.line, column: o.column, message: `${rule.effect === "deny" ? "deny" : "require_human_approval"} "${rule.pattern}" matches ${rule.subject}` }), out.length >= 5))
        return out;
    }
  return out.length ? out : void 0;
}
function dataOf(entry, d) {
  let a = entry.action, out = {
    format: entry.format,
    action: a.kind === "filesystem" ? `filesystem.${a.op}` : a.kind,
    decision: { allowed: d.allowed, requiresApproval: d.requiresApproval, approved: d.approved },
    subjects: d.subjects.filter((s) => !s.allowed).map((s) => s.subject).slice(0, 20)
  };
  return entry.logged.allowed !== void 0 && (out.loggedAllowed = entry.logged.allowed), a.agentId !== void 0 && (out.agentId = a.agentId), a.sessionId !== void 0 && (out.sessionId = a.sessionId), a.approvalId !== void 0 && (out.approvalId = a.approvalId), entry.toolUseId !== void 0 && (out.toolUseId = entry.toolUseId), out;
}
function dedupe(hits) {
  let seen = /* @__PURE__ */ new Set();
  return hits.filter((h) => seen.has(h.value) ? !1 : (seen.add(h.value), !0));
}
function withNote(hint, note) {
  return note === void 0 ? hint : `${hint} ${note}`;
}
function markBlocked(entry, why) {
  for (let e of [entry, ...entry.also ?? []])
    e.logged.allowed = !1, e.logged.reason = why;
}

// src/replay/sink.ts
var MAX_FINDINGS_PER_RULE = 1e3, FindingSink = class {
  /**
   * full: rules to count without building (a worker's slice, whose rules the main thread has
   * already listed to the cap: building and shipping findings that are dropped cost more than the slice).
   */
  constructor(cap = MAX_FINDINGS_PER_RULE, full) {
    this.cap = cap;
    this.full = full;
  }
  cap;
  full;
  findings = [];
  counts = /* @__PURE__ */ new Map();
  /** Adds a finding; returns it (redacted), or undefined when over the cap. */
  add(f, hits = []) {
    return this.admit(f.file, f.ruleId, f.severity) ? this.push(f, hits) : void 0;
  }
  /**
   * Counts one finding of this rule in this file; false when it is over the cap (then it is only
   * counted: callers skip building it). Call push() after a true.
   */
  admit(file, ruleId, severity) {
    return ++this.counter(file, ruleId, severity).n <= this.cap && !this.full?.has(ruleId);
  }
  /** The rules of this file listed to the cap: more are only counted. */
  fullRules(file) {
    let byRule = this.counts.get(file);
    return byRule ? [...byRule.values()].filter((c) => c.n >= this.cap).map((c) => c.ruleId) : [];
  }
  counter(file, ruleId, severity) {
    let byRule = this.counts.get(file), c = byRule?.get(ruleId);
    return c || (c = { file, ruleId, severity, n: 0 }, byRule ? byRule.set(ruleId, c) : this.counts.set(file, /* @__PURE__ */ new Map([[ruleId, c]]))), c;
  }
  /** Counts n findings that were made (and capped) elsewhere: a worker's slice. */
  countOnly(file, ruleId, severity, n) {
    this.counter(file, ruleId, severity).n += n;
  }
  /** Per-rule totals (for a worker to hand its counts on). */
  totals() {
    return [...this.counts.values()].flatMap((m) => [...m.values()].map((c) => [c.ruleId, c.severity, c.n]));
  }
  push(f, hits = []) {
    let safe = redactFinding(f, hits);
    return this.findings.push(safe), safe;
  }
  /** All findings, with one summary per capped rule and file. */
  all() {
    let out = [...this.findings];
    for (let c of [...this.counts.values()].flatMap((m) => [...m.values()]))
      c.n <= this.cap || out.push({
        ruleId: c.ruleId,
        severity: c.severity,
        file: c.file,
        // Positions are 1-based in every format; the summary belongs to the log as a whole.
        line: 1,
        column: 1,
        message: `${c.n - this.cap} more ${c.ruleId} findings in this log are not listed (the first ${this.cap} are)`,
        data: { total: c.n, listed: this.cap }
      });
    return out;
  }
};
function redactFinding(f, hits) {
  let out = { ...f, message: redactText(f.message, hits) };
  return f.hint !== void 0 && (out.hint = redactText(f.hint, hits)), f.witness !== void 0 && (out.witness = redactText(f.witness, hits)), f.data !== void 0 && (out.data = redactDeep(f.data, hits)), f.related !== void 0 && (out.related = f.related.map((r) => ({ ...r, message: redactText(r.message, hits) }))), out;
}

// src/replay/engine.ts
var automata;
function loadAutomata() {
  return automata ??= import("./trees-NU2TDG46.js");
}
function engineDecider(set) {
  let compiled = compilePolicy(set), valid = { approvalValid: () => !0 }, invalid = { approvalValid: () => !1 };
  return {
    decide: (action, approvalValid) => decide(action, compiled, approvalValid ? valid : invalid),
    agentKey: (agentId) => decidingAgent(compiled, agentId)
  };
}

// src/report/decision-encoder.ts
async function decisionEncoder(format, meta) {
  switch (format) {
    case "json":
      return (d, out) => out.text(JSON.stringify(d) + `
`);
    case "ocsf": {
      let { ocsfEventWriter } = await import("./line-V2LME44P.js");
      return ocsfEventWriter(meta, `
`);
    }
    case "splunk-hec": {
      let { hecEventWriter } = await import("./line-V2LME44P.js");
      return hecEventWriter(meta, `
`);
    }
  }
}

export {
  CachedDecider,
  loadApprovals,
  PendingUses,
  PartShipper,
  ByteLines,
  newChunkRecord,
  Replayer,
  FindingSink,
  loadAutomata,
  engineDecider,
  decisionEncoder
};

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
  ByteLines: () => ByteLines,
  CachedDecider: () => CachedDecider,
  FindingSink: () => FindingSink,
  PartShipper: () => PartShipper,
  PendingUses: () => PendingUses,
  Replayer: () => Replayer,
  decisionEncoder: () => decisionEncoder,
  engineDecider: () => engineDecider,
  loadApprovals: () => loadApprovals,
  loadAutomata: () => loadAutomata,
  newChunkRecord: () => newChunkRecord,
  newReaderState: () => newReaderState,
  streamLines: () => streamLines,
  streamLinesSync: () => streamLinesSync,
  textLines: () => textLines
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_IIAB5Q3D = require("./chunk-IIAB5Q3D.js");
var import_chunk_ML2DEFM5 = require("./chunk-ML2DEFM5.js");
var import_chunk_VFYKPGBC = require("./chunk-VFYKPGBC.js");
var import_chunk_6WN7SKCC = require("./chunk-6WN7SKCC.js");
var import_chunk_CC6SQXWV = require("./chunk-CC6SQXWV.js");
var import_chunk_U2PCRH3Y = require("./chunk-U2PCRH3Y.js");
var import_chunk_OBQATWCV = require("./chunk-OBQATWCV.js");
var import_chunk_AWYVE2O7 = require("./chunk-AWYVE2O7.js");
var import_node_fs = require("node:fs");
var import_node_string_decoder = require("node:string_decoder");
var import_node_path = require("node:path");
var import_node_path2 = require("node:path");
var import_node_path3 = require("node:path");
var import_node_path4 = require("node:path");
var import_node_path5 = require("node:path");
var ALLOWED = Object.freeze({ outcome: "allow", allowed: true, requiresApproval: false, approved: false, reason: "allowed", subjects: [] }), CachedDecider = class {
  /** keepRules: keep allowed decisions whole (their allow rules), for reports that show them. */
  constructor(inner, keepRules = false) {
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
var MAX_LINE_CHARS = 16 * 1024 * 1024, CHUNK = 64 * 1024, READ = 1024 * 1024, spareBuffer;
function takeBuffer(size) {
  let b = spareBuffer !== void 0 && spareBuffer.length === size ? spareBuffer : Buffer.allocUnsafe(size);
  return spareBuffer = void 0, b;
}
async function streamLines(path, sink, opts = {}) {
  streamLinesSync(path, sink, opts);
}
function streamLinesSync(path, sink, opts = {}) {
  let maxLine = opts.maxLineChars ?? MAX_LINE_CHARS, fd = typeof path == "number" ? path : (0, import_node_fs.openSync)(path, "r"), buf;
  try {
    let decoder = new import_node_string_decoder.StringDecoder("utf8"), piece = opts.chunkBytes ?? CHUNK;
    buf = takeBuffer(Math.max(piece, READ));
    let pos = opts.start ?? 0, end = opts.end ?? 1 / 0, sliced = opts.start !== void 0 || opts.end !== void 0, carry = "", lineNo = 1, first = (opts.start ?? 0) === 0, skipping = -1, bytesRead = 0;
    for (; ; ) {
      let n = readRetrying(fd, buf, Math.min(buf.length, end - pos), sliced ? pos : null);
      if (n === 0) break;
      pos += n, bytesRead += n;
      for (let off = 0; off < n; off += piece) {
        let text = decoder.write(buf.subarray(off, Math.min(n, off + piece)));
        first && (text.charCodeAt(0) === 65279 && (text = text.slice(1)), first = false);
        let start = 0;
        for (; ; ) {
          let nl = text.indexOf(`
`, start);
          if (nl === -1) break;
          if (skipping >= 0)
            sink.tooLong(lineNo, skipping + nl - start), skipping = -1;
          else {
            let line = carry === "" ? text.slice(start, nl) : carry + text.slice(start, nl);
            carry = "", line.charCodeAt(line.length - 1) === 13 && (line = line.slice(0, -1)), line.length > maxLine ? sink.tooLong(lineNo, line.length) : sink.line(line, lineNo, false);
          }
          lineNo++, start = nl + 1;
        }
        skipping >= 0 ? skipping += text.length - start : (carry = carry === "" ? text.slice(start) : carry + text.slice(start), carry.length > maxLine && (skipping = carry.length, carry = ""));
      }
      sink.progress?.(bytesRead);
    }
    let rest = decoder.end();
    if (skipping >= 0)
      sink.tooLong(lineNo, skipping + rest.length);
    else {
      let line = carry + rest;
      line.length > 0 && (line.charCodeAt(line.length - 1) === 13 && (line = line.slice(0, -1)), sink.line(line, lineNo, true));
    }
  } finally {
    typeof path != "number" && (0, import_node_fs.closeSync)(fd), buf && (spareBuffer = buf);
  }
}
function textLines(text, sink, opts = {}) {
  let maxLine = opts.maxLineChars ?? MAX_LINE_CHARS, start = text.charCodeAt(0) === 65279 ? 1 : 0, lineNo = 1;
  for (; start < text.length; ) {
    let nl = text.indexOf(`
`, start), end = nl === -1 ? text.length : nl, line = text.slice(start, end);
    if (line.charCodeAt(line.length - 1) === 13 && (line = line.slice(0, -1)), line.length > maxLine ? sink.tooLong(lineNo, line.length) : sink.line(line, lineNo, nl === -1), nl === -1) break;
    start = nl + 1, lineNo++;
  }
  sink.progress?.(Buffer.byteLength(text));
}
var pause = new Int32Array(new SharedArrayBuffer(4));
function readRetrying(fd, buf, length, position2) {
  for (; ; )
    try {
      return (0, import_node_fs.readSync)(fd, buf, 0, length, position2);
    } catch (e) {
      if (e.code !== "EAGAIN") throw e;
      Atomics.wait(pause, 0, 0, 10);
    }
}
function approvalFrom(v, file, line, findings) {
  let bad = (msg) => {
    findings.push((0, import_chunk_ML2DEFM5.recordFinding)("approval-record-invalid", "error", file, `approval record ${msg}; approvals naming it do not count`, line, 1));
  };
  if (typeof v != "object" || v === null || Array.isArray(v)) return bad("is not a JSON object");
  let r = v;
  if (typeof r.id != "string" || r.id === "") return bad('has no "id"');
  if (typeof r.approver != "string" || !(0, import_chunk_ML2DEFM5.isEmail)(r.approver)) return bad(`${r.id} has no valid "approver" e-mail`);
  let from = r.approved_at ?? r.created_at, start = typeof from == "string" ? (0, import_chunk_ML2DEFM5.parseTimestamp)(from) : void 0;
  if (from !== void 0 && start === void 0) return bad(`${r.id}: "approved_at" is not an ISO 8601 date-time with a zone`);
  let end = typeof r.expires_at == "string" ? (0, import_chunk_ML2DEFM5.parseTimestamp)(r.expires_at) : void 0;
  if (r.expires_at !== void 0 && end === void 0) return bad(`${r.id}: "expires_at" is not an ISO 8601 date-time with a zone`);
  let patterns = (0, import_chunk_ML2DEFM5.stringList)(r.patterns), commands = (0, import_chunk_ML2DEFM5.stringList)(r.commands);
  if (!patterns || !commands) return bad(`${r.id}: "patterns" and "commands" must be lists of non-empty strings`);
  if (r.agent !== void 0 && typeof r.agent != "string") return bad(`${r.id}: "agent" must be a string`);
  let scoped = patterns.length + commands.length > 0, paths, cmds;
  try {
    paths = scoped ? (0, import_chunk_ML2DEFM5.pathMatcher)(patterns) : void 0, cmds = scoped ? (0, import_chunk_ML2DEFM5.commandMatcher)(commands) : void 0;
  } catch (e) {
    return bad(`${r.id} has a pattern that is not valid (${e.message})`);
  }
  return { id: r.id, file, line, agent: r.agent, start, end, paths, commands: cmds };
}
function loadApprovals(repoRoot, src = import_chunk_ML2DEFM5.fsRecords) {
  let findings = [], byId = /* @__PURE__ */ new Map(), dir = (0, import_node_path.join)(repoRoot, import_chunk_VFYKPGBC.APPROVALS_DIR), jsonl = (0, import_node_path.join)(repoRoot, import_chunk_VFYKPGBC.APPROVALS_JSONL), jsonlText = src.read(jsonl), dirFiles = (0, import_chunk_ML2DEFM5.jsonFiles)(src, dir), kept = jsonlText !== void 0 || src.list(dir).length > 0, add = (a) => {
    a && !byId.has(a.id) && byId.set(a.id, a);
  };
  for (let file of dirFiles) {
    let text = (src.read(file) ?? "").replace(/^\uFEFF/, ""), parsed = (0, import_chunk_ML2DEFM5.parseJson)(text);
    if ("error" in parsed) {
      let at = (0, import_chunk_ML2DEFM5.position)(text, parsed.offset ?? 0);
      findings.push((0, import_chunk_ML2DEFM5.recordFinding)("approval-record-invalid", "error", file, `approval record is not valid JSON (${parsed.error})`, at.line, at.column));
      continue;
    }
    add(approvalFrom(parsed.value, file, 1, findings));
  }
  return jsonlText !== void 0 && jsonlText.replace(/^\uFEFF/, "").split(`
`).forEach((raw, i) => {
    let text = raw.replace(/\r$/, "");
    if (text.trim() === "") return;
    let parsed = (0, import_chunk_ML2DEFM5.parseJson)(text);
    if ("error" in parsed) {
      findings.push((0, import_chunk_ML2DEFM5.recordFinding)("approval-record-invalid", "error", jsonl, `approval record is not valid JSON (${parsed.error})`, i + 1, (parsed.offset ?? 0) + 1));
      return;
    }
    add(approvalFrom(parsed.value, jsonl, i + 1, findings));
  }), { store: { kept, byId }, findings };
}
function newReaderState(repoRoot, defaultAgent, from) {
  return {
    repoRoot,
    sessionRoots: new Map(from?.sessionRoots),
    seenToolUse: /* @__PURE__ */ new Set(),
    sideRoots: new Map(from?.sideRoots),
    defaultAgent
  };
}
function posixPath(p) {
  return p.includes("\\") && (p = p.replace(/\\/g, "/")), /^[A-Za-z]:\//.test(p) && (p = "/" + p), p;
}
function under(root, p) {
  if (p === root) return ".";
  let r = root.endsWith("/") ? root : root + "/";
  return p.startsWith(r) ? p.slice(r.length) : void 0;
}
function homeOf(sessionRoot) {
  let m = sessionRoot && /^(\/Users\/[^/]+|\/home\/[^/]+|\/root)(?:\/|$)/.exec(posixPath(sessionRoot));
  return m ? m[1] : void 0;
}
var PLAIN = /^(?![/~]|\.{1,2}(?:\/|$))(?!.*(?:\/\.{1,2}(?:\/|$)|\/\/|\\|\/$|^\s|\s$))/, CLEAN_ABS = /^(?=\/)(?!.*(?:\/\.{1,2}(?:\/|$)|\/\/|\/$))/;
function toRepoPath(raw, base) {
  if (!base.cwd && PLAIN.test(raw)) return raw;
  let p = posixPath(raw.trim());
  if (p.startsWith("~")) return norm(p);
  if (!p.startsWith("/")) {
    let cwd = base.cwd ? relCwd(base) : void 0;
    return cwd === void 0 ? normalizeRel(p) : cwd.startsWith("/") ? norm(import_node_path2.posix.join(cwd, p)) : normalizeRel(import_node_path2.posix.join(cwd, p));
  }
  if (CLEAN_ABS.test(p) || (p = norm(p)), base.sessionRoot) {
    let inSession = under(normRoot(base.sessionRoot), p);
    if (inSession !== void 0) return inSession;
    let home = homeOf(base.sessionRoot), inHome = home ? under(home, p) : void 0;
    if (inHome !== void 0) return inHome === "." ? "~" : `~/${inHome}`;
  }
  return p;
}
var roots = /* @__PURE__ */ new Map(), rootA = ["", ""], rootB = ["", ""];
function normRoot(r) {
  if (r === rootA[0]) return rootA[1];
  if (r === rootB[0]) return rootB[1];
  let n = roots.get(r);
  return n === void 0 && (n = norm(posixPath(r)), roots.size > 1e3 && roots.clear(), roots.set(r, n)), rootB = rootA, rootA = [r, n], n;
}
function norm(p) {
  let n = import_node_path2.posix.normalize(p);
  return n.length > 1 && n.endsWith("/") ? n.slice(0, -1) : n;
}
function normalizeRel(p) {
  let n = norm(p);
  return n === "" || n === "./" ? "." : n;
}
function relCwd(base) {
  if (!base.cwd) return;
  if (last.cwd === base.cwd && last.repoRoot === base.repoRoot && last.sessionRoot === base.sessionRoot) return last.rel;
  let c = norm(posixPath(base.cwd)), rel;
  return c.startsWith("/") ? rel = (base.sessionRoot ? under(normRoot(base.sessionRoot), c) : void 0) ?? c : rel = normalizeRel(c), last = { cwd: base.cwd, repoRoot: base.repoRoot, sessionRoot: base.sessionRoot, rel }, rel;
}
var last = {};
function localCwd(base) {
  let rel = relCwd(base);
  if (rel !== void 0)
    return rel.startsWith("/") ? rel : rel === "." ? base.repoRoot : import_node_path2.posix.join(posixPath(base.repoRoot), rel);
}
function isObj(v) {
  return typeof v == "object" && v !== null && !Array.isArray(v);
}
function str(v) {
  return typeof v == "string" && v !== "" ? v : void 0;
}
function bool(v) {
  if (typeof v == "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
}
function version(v) {
  return typeof v == "number" && Number.isFinite(v) ? String(v) : str(v);
}
var BLOCKED_WORDS = /* @__PURE__ */ new Set(["blocked", "block", "denied", "deny", "rejected", "reject", "refused", "forbidden", "fail", "failed", "violation", "prevented"]), ALLOWED_WORDS = /* @__PURE__ */ new Set(["allowed", "allow", "pass", "passed", "success", "succeeded", "ok", "approved", "executed", "done", "completed"]);
function outcomeWord(v) {
  if (typeof v != "string") return;
  let w = v.trim().toLowerCase();
  if (BLOCKED_WORDS.has(w)) return false;
  if (ALLOWED_WORDS.has(w)) return true;
}
function policyChecks(v) {
  if (!Array.isArray(v) || v.length === 0) return {};
  let all = true;
  for (let c of v) {
    let r = isObj(c) ? outcomeWord(c.result ?? c.status ?? c.outcome) : void 0;
    if (r === false) {
      let name = isObj(c) ? str(c.policy) ?? str(c.name) : void 0;
      return { allowed: false, reason: name ? `policy check "${name}" blocked it` : "a policy check blocked it" };
    }
    r !== true && (all = false);
  }
  return all ? { allowed: true } : {};
}
var PATH_KEY_NAMES = ["path", "file_path", "filePath", "file", "filename", "notebook_path", "target", "target_file", "destination"], PATHS_KEY_NAMES = ["paths", "files", "file_paths", "filePaths"], PATH_KEYS = new Set(PATH_KEY_NAMES), PATHS_KEYS = new Set(PATHS_KEY_NAMES);
function pathsOf(p) {
  let one = p.path !== void 0 ? p.path : p.file_path;
  return typeof one == "string" && one !== "" && onlyOnePathKey(p) ? [one] : pathsByKeys(p);
}
function onlyOnePathKey(p) {
  return p.path !== void 0 && p.file_path !== void 0 ? false : p.filePath === void 0 && p.file === void 0 && p.filename === void 0 && p.notebook_path === void 0 && p.target === void 0 && p.target_file === void 0 && p.destination === void 0 && p.paths === void 0 && p.files === void 0 && p.file_paths === void 0 && p.filePaths === void 0 && p.source === void 0;
}
function pathsByKeys(p) {
  let out, one;
  for (let k in p) {
    let v = p[k];
    if (PATH_KEYS.has(k)) {
      if (typeof v != "string" || v === "") continue;
      one === void 0 && out === void 0 ? one = v : (out ??= [one]).push(v);
    } else if (PATHS_KEYS.has(k) && Array.isArray(v)) {
      out ??= one === void 0 ? [] : [one];
      for (let x of v)
        typeof x == "string" && x !== "" ? out.push(x) : isObj(x) && typeof x.path == "string" && out.push(x.path);
    }
  }
  return typeof p.source == "string" && p.source !== "" && (out ??= one === void 0 ? [] : [one]).push(p.source), out ? [...new Set(out)] : one === void 0 ? [] : [one];
}
function commandsOf(p) {
  let one = str(p.command);
  if (one !== void 0 && p.cmd === void 0 && p.script === void 0 && p.commandLine === void 0 && p.argv === void 0) return [one];
  let out = [];
  for (let v of [p.command, p.cmd, p.script, p.commandLine]) typeof v == "string" && v !== "" && !out.includes(v) && out.push(v);
  if (Array.isArray(p.argv)) {
    let line = (0, import_chunk_6WN7SKCC.commandText)(p.argv);
    line !== void 0 && !out.includes(line) && out.push(line);
  }
  return out;
}
function targetsOf(p) {
  let out = [], seen = /* @__PURE__ */ new Set();
  for (let v of [p.url, p.uri, p.endpoint]) typeof v == "string" && v !== "" && !seen.has(v) && (seen.add(v), out.push({ url: v }));
  for (let v of [p.host, p.hostname, p.domain])
    typeof v != "string" || v === "" || seen.has(v) || (seen.add(v), out.some((t) => t.url !== void 0 && urlHost(t.url) === v.toLowerCase()) || out.push({ host: v }));
  return out;
}
function urlHost(url) {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return;
  }
}
function recordedRoot(o) {
  return str(o.repo_root);
}
var NO_ROOT_HINT = `The log records no repository root, so absolute paths count as outside the repository: add "repo_root" (the repository's absolute path on the machine that wrote the log) to its entries.`;
function unplacedHint(base, actions) {
  if (base.sessionRoot === void 0) {
    if (relCwd(base)?.startsWith("/")) return NO_ROOT_HINT;
    for (let a of actions) if (a.kind === "filesystem" && a.paths.some((p) => p.startsWith("/"))) return NO_ROOT_HINT;
  }
}
function entryLabel(e) {
  let a = e.action, head = clip(e.head, 60);
  switch (a.kind) {
    case "filesystem":
      return `${head} ${a.paths.length === 1 ? a.paths[0] : `${a.paths.length} paths`}`;
    case "command":
      return `${head}: ${clip(a.command)}`;
    case "network":
      return `${head} ${clip(a.url ?? a.host ?? "")}`;
    case "tool":
      return head === a.tool ? `tool ${clip(a.tool, 80)}` : `${head} ${clip(a.tool, 80)}`;
  }
}
function clip(s, max = 120) {
  let one = s.replace(/\s+/g, " ").trim();
  return one.length > max ? one.slice(0, max - 1) + "\u2026" : one;
}
var keysRead = (0, import_chunk_OBQATWCV.derivedOnce)((spec) => {
  let read = /* @__PURE__ */ new Set();
  for (let keys of [spec.command, spec.paths, spec.dir, spec.glob, spec.url, spec.urlsInText, spec.patch, spec.server, spec.tool, spec.arguments]) for (let k of keys ?? []) read.add(k);
  return read;
});
function leftover(input, spec) {
  let read = keysRead(spec), any = false;
  for (let k in input)
    if (Object.hasOwn(input, k) && !read.has(k)) {
      any = true;
      break;
    }
  if (any)
    return Object.fromEntries(Object.entries(input).filter(([k]) => !read.has(k)));
}
var NONE = [];
function toolCallEntries(call2, format, logged, facts, base) {
  let cwd = localCwd(base), context = { agentId: facts.agentId, sessionId: facts.sessionId, timestamp: facts.timestamp, approvalId: facts.approvalId, cwd }, r = (0, import_chunk_6WN7SKCC.toolActions)({ agent: call2.agent, tool: call2.tool, input: call2.input, context, placeDir: (dir) => localCwd({ ...base, cwd: dir }) }), all = r.actions, named = all[0], spec = call2.agent === void 0 ? (0, import_chunk_6WN7SKCC.toolSpec)(void 0, call2.tool) : void 0, rest = spec && isObj(call2.input) ? leftover(call2.input, spec) : void 0, extra = rest ? (0, import_chunk_6WN7SKCC.unknownFields)(rest, context) : void 0, placed, place = (a) => {
    placed === void 0 ? placed = [a] : placed.push(a);
  }, n = all.length + (extra ? extra.length : 0);
  for (let i = 1; i < n; i++) {
    let a = i < all.length ? all[i] : extra[i - all.length];
    if (a.kind !== "filesystem") {
      a.kind === "command" && base.sessionRoot !== void 0 && (a.loggedRoot = base.sessionRoot), place(a);
      continue;
    }
    let paths = a.paths.length === 1 ? [toRepoPath(a.paths[0], base)] : [...new Set(a.paths.map((p) => toRepoPath(p, base)))], kept = paths.length === 1 ? paths[0] === "." || paths[0] === "" ? [] : paths : paths.filter((p) => p !== "." && p !== "");
    kept.length > 0 && place(
      a.guessed ? { kind: "filesystem", op: a.op, paths: kept, guessed: true, agentId: a.agentId, sessionId: a.sessionId, timestamp: a.timestamp, approvalId: a.approvalId, cwd: void 0 } : { kind: "filesystem", op: a.op, paths: kept, agentId: a.agentId, sessionId: a.sessionId, timestamp: a.timestamp, approvalId: a.approvalId, cwd: void 0 }
    );
  }
  let head = call2.head ?? call2.tool, hint = unplacedHint(base, placed ?? NONE), entry = (action, tool) => {
    let e = { format, action, logged, head };
    return tool !== void 0 && (e.tool = tool), call2.toolUseId !== void 0 && (e.toolUseId = call2.toolUseId), hint !== void 0 && (e.hint = hint), e;
  }, entries;
  return placed !== void 0 ? entries = placed.map((a) => entry(a, a.kind === "tool" ? void 0 : call2.tool)) : r.problems.length > 0 ? entries = [] : entries = [entry(named)], { entries, problems: r.problems };
}
var FS_VERBS = {
  write: "write",
  create: "write",
  edit: "write",
  modify: "write",
  update: "write",
  append: "write",
  move: "write",
  rename: "write",
  copy: "write",
  chmod: "write",
  mkdir: "write",
  read: "read",
  list: "read",
  open: "read",
  stat: "read",
  delete: "delete",
  remove: "delete",
  unlink: "delete",
  rmdir: "delete"
}, COMMAND_VERBS = /* @__PURE__ */ new Set(["exec", "execute", "run", "spawn"]), NETWORK_VERBS = /* @__PURE__ */ new Set(["request", "fetch", "connect", "http", "get", "post"]), TOOL_VERBS = /* @__PURE__ */ new Set(["invoke", "call", "use"]);
function isAuditShape(o) {
  return typeof o.action == "string" && /^(filesystem|file|fs|command|shell|network|net|http|tool)\.[a-z_]+$/i.test(o.action);
}
function loggedOf(o) {
  return {
    allowed: bool(o.allowed) ?? outcomeWord(o.decision) ?? outcomeWord(o.result) ?? outcomeWord(o.outcome) ?? outcomeWord(o.status),
    requiresApproval: bool(o.requires_approval ?? o.requiresApproval),
    policyVersion: version(o.policy_version ?? o.policyVersion),
    reason: str(o.reason),
    timestamp: str(o.timestamp) ?? str(o.ts) ?? str(o.time),
    user: str(o.user) ?? str(o.user_id)
  };
}
function contextOf(o, state, logged) {
  let agentId = str(o.agent_id) ?? str(o.agentId) ?? str(o.agent) ?? state.defaultAgent, sessionId = str(o.session_id) ?? str(o.sessionId) ?? (isObj(o.context) ? str(o.context.session_id) ?? str(o.context.conversation_id) : void 0);
  return {
    agentId,
    sessionId,
    timestamp: logged.timestamp,
    approvalId: str(o.approval_id) ?? str(o.approvalId),
    policyVersion: logged.policyVersion,
    timeline: sessionId ?? agentId ?? ""
  };
}
var verbs = /* @__PURE__ */ new Map();
function splitVerb(verb) {
  let v = verbs.get(verb);
  return v || (v = verb.toLowerCase().split("."), verbs.size < 1e3 && verbs.set(verb, v)), v;
}
function readAudit(o, state) {
  let verb = String(o.action), [group, op] = splitVerb(verb), logged = loggedOf(o), ctx = contextOf(o, state, logged), cwdField = str(o.cwd), base = { repoRoot: state.repoRoot, sessionRoot: recordedRoot(o), cwd: cwdField }, { agentId, sessionId, timestamp, approvalId } = ctx, cwd = cwdField === void 0 ? void 0 : localCwd(base), actions;
  if (group === "filesystem" || group === "file" || group === "fs") {
    let fsOp = Object.hasOwn(FS_VERBS, op) ? FS_VERBS[op] : void 0;
    if (!fsOp) return { kind: "unknown", message: `unknown filesystem operation "${clip(verb, 60)}" (expected write, read or delete)` };
    let raw = pathsOf(o);
    if (raw.length === 0) return { kind: "unknown", message: `"${clip(verb, 60)}" entry without "path" or "paths"` };
    let paths = raw.length === 1 ? [toRepoPath(raw[0], base)] : raw.map((p) => toRepoPath(p, base));
    actions = [{ kind: "filesystem", op: fsOp, paths, agentId, sessionId, timestamp, approvalId, cwd: void 0 }];
  } else if (group === "command" || group === "shell") {
    if (!COMMAND_VERBS.has(op)) return { kind: "unknown", message: `unknown command operation "${clip(verb, 60)}" (expected command.exec)` };
    let commands = commandsOf(o);
    if (commands.length === 0) return { kind: "unknown", message: `"${clip(verb, 60)}" entry without "command"` };
    actions = commands.map((command) => ({ kind: "command", command, agentId, sessionId, timestamp, approvalId, cwd, loggedRoot: base.sessionRoot }));
  } else if (group === "network" || group === "net" || group === "http") {
    if (!NETWORK_VERBS.has(op)) return { kind: "unknown", message: `unknown network operation "${clip(verb, 60)}" (expected network.request)` };
    let targets = targetsOf(o);
    if (targets.length === 0) return { kind: "unknown", message: `"${clip(verb, 60)}" entry without "host" or "url"` };
    actions = targets.map(({ host, url }) => ({ kind: "network", host, url, agentId, sessionId, timestamp, approvalId, cwd }));
  } else {
    if (!TOOL_VERBS.has(op)) return { kind: "unknown", message: `unknown tool operation "${clip(verb, 60)}" (expected tool.invoke)` };
    let tool = str(o.tool) ?? str(o.name);
    if (!tool) return { kind: "unknown", message: `"${clip(verb, 60)}" entry without "tool"` };
    let params = o.parameters ?? o.params;
    if (isObj(params)) {
      let r = toolCallEntries({ agent: (0, import_chunk_6WN7SKCC.agentNamed)(o.runtime), tool, input: params, head: verb }, "audit", logged, ctx, base);
      if (r.entries.length > 0) return { kind: "entries", entries: r.entries, facts: ctx, params: [[o, ""]], problems: r.problems };
    }
    actions = [{ kind: "tool", tool, parameters: params, agentId, sessionId, timestamp, approvalId, cwd }];
  }
  let hint = unplacedHint(base, actions);
  return { kind: "entries", entries: actions.map((action) => hint ? { format: "audit", action, logged, head: verb, hint } : { format: "audit", action, logged, head: verb }), facts: ctx, params: [[o, ""]] };
}
var MARKERS = ["sessionId", "session_id", "uuid", "parentUuid", "leafUuid", "messageId"];
function isClaudeShape(o) {
  if (typeof o.type != "string" || o.action !== void 0) return false;
  if (isObj(o.message)) return true;
  for (let m of MARKERS) if (m in o) return true;
  return false;
}
var DENIAL_KINDS = {
  "user-rejected": "rejected at the permission prompt",
  "permission-rule": "denied by a permission rule or hook",
  "automode-blocked": "blocked by the auto mode classifier",
  "automode-unavailable": "refused: auto mode could not decide"
}, REJECTED_RESULT = "User rejected tool use";
function onlyResultId(content) {
  let id = "";
  for (let b of content)
    if (!(!isObj(b) || b.type !== "tool_result")) {
      if (id !== "" || typeof b.tool_use_id != "string") return "";
      id = b.tool_use_id;
    }
  return id;
}
function outcomesOf(record, content) {
  let out = [], why, kind = record.toolDenialKind;
  typeof kind == "string" && Object.hasOwn(DENIAL_KINDS, kind) ? why = DENIAL_KINDS[kind] : record.toolUseResult === REJECTED_RESULT && (why = "rejected at the permission prompt");
  let refused = why !== void 0 ? onlyResultId(content) : "";
  for (let b of content) {
    if (!isObj(b) || b.type !== "tool_result" || typeof b.tool_use_id != "string") continue;
    let blocked = refused !== "" && b.tool_use_id === refused && b.is_error === true;
    out.push(blocked ? { toolUseId: b.tool_use_id, blocked, why } : { toolUseId: b.tool_use_id, blocked: false });
  }
  return out;
}
function hookBlock(o) {
  let a = o.attachment;
  if (!(!isObj(a) || a.type !== "hook_blocking_error" || typeof a.toolUseID != "string" || a.toolUseID === "" || (typeof a.hookEvent == "string" ? a.hookEvent : typeof a.hookName == "string" ? a.hookName.split(":")[0] : void 0) !== "PreToolUse"))
    return [{ toolUseId: a.toolUseID, blocked: true, why: "blocked by a PreToolUse hook" }];
}
var labels = /* @__PURE__ */ new Map();
function inputLabel(name) {
  let l = labels.get(name);
  return l === void 0 && (l = `${name}.input`, labels.size < 1e3 && labels.set(name, l)), l;
}
var SEEN_LIMIT = 1e3;
function readClaude(o, state) {
  let sessionId = str(o.sessionId) ?? str(o.session_id), cwd = str(o.cwd), key = sessionId ?? "", sessionRoot = state.sessionRoots.get(key);
  cwd && sessionRoot === void 0 && state.sessionRoots.set(key, sessionRoot = cwd);
  let side = o.isSidechain === true;
  side && o.parentUuid === null && state.sideRoots.set(key, str(o.uuid) ?? `line-${state.sideRoots.size}`);
  let message = isObj(o.message) ? o.message : void 0, content = message && Array.isArray(message.content) ? message.content : void 0;
  if (o.type === "user") return content ? { kind: "skip", outcomes: outcomesOf(o, content) } : { kind: "skip" };
  if (o.type === "attachment") {
    let outcomes = hookBlock(o);
    return outcomes ? { kind: "skip", outcomes } : { kind: "skip" };
  }
  if (o.type !== "assistant" || !content) return { kind: "skip" };
  let timestamp = str(o.timestamp), agentId = state.defaultAgent, sub = str(o.agentId) ?? (side ? `side:${state.sideRoots.get(key) ?? "?"}` : ""), facts = { agentId, sessionId, timestamp, timeline: sub ? `${key}#${sub}` : key }, base = { repoRoot: state.repoRoot, sessionRoot, cwd }, entries, params, problems;
  for (let b of content) {
    if (!isObj(b) || b.type !== "tool_use" || typeof b.name != "string") continue;
    let id = str(b.id);
    if (id) {
      let seen = state.seenToolUse, before = seen.size;
      if (seen.add(id).size === before) continue;
      before >= SEEN_LIMIT && (seen.clear(), seen.add(id));
    }
    let where = [b.input, inputLabel(b.name)];
    params === void 0 ? params = [where] : params.push(where);
    let r = toolCallEntries({ agent: "claude", tool: b.name, input: b.input, toolUseId: id }, "claude", { timestamp }, { agentId, sessionId, timestamp, approvalId: void 0 }, base);
    for (let p of r.problems) (problems ??= []).push(`tool_use ${p}`);
    if (entries === void 0) entries = r.entries;
    else for (let e of r.entries) entries.push(e);
  }
  return params === void 0 ? { kind: "skip" } : { kind: "entries", entries, facts, params, problems: problems ?? [] };
}
var LINE_TYPES = /* @__PURE__ */ new Set(["session_meta", "response_item", "turn_context", "event_msg", "compacted"]), CALLS = /* @__PURE__ */ new Set(["function_call", "custom_tool_call", "local_shell_call"]), OUTPUTS = /* @__PURE__ */ new Set(["function_call_output", "custom_tool_call_output", "local_shell_call_output"]), ROOT = "codex:root", SESSION = "codex:session";
function isCodexShape(o) {
  return typeof o.type == "string" && LINE_TYPES.has(o.type) && isObj(o.payload) && o.action === void 0;
}
function readCodex(o, state) {
  let p = o.payload;
  switch (o.type) {
    case "session_meta": {
      let cwd = str(p.cwd);
      cwd && state.sessionRoots.set(ROOT, cwd);
      let id = str(p.id);
      return id && state.sessionRoots.set(SESSION, id), { kind: "skip" };
    }
    case "turn_context":
      return state.codexCwd = str(p.cwd), { kind: "skip" };
    case "response_item":
      return responseItem(p, str(o.timestamp), state);
    default:
      return { kind: "skip" };
  }
}
function responseItem(p, timestamp, state) {
  let type = p.type;
  if (typeof type != "string") return { kind: "skip" };
  if (OUTPUTS.has(type)) {
    let id2 = str(p.call_id);
    return { kind: "skip", outcomes: id2 ? [{ toolUseId: id2, blocked: false }] : [] };
  }
  if (type === "web_search_call") return call({ tool: "web_search", input: p.action, id: void 0 }, timestamp, state);
  if (!CALLS.has(type)) return { kind: "skip" };
  let id = str(p.call_id) ?? str(p.id);
  if (type === "local_shell_call") {
    let action = isObj(p.action) ? p.action : {};
    return call({ tool: "shell", input: { command: action.command, workdir: action.working_directory }, id }, timestamp, state);
  }
  let name = str(p.name);
  if (!name) return { kind: "unknown", message: `Codex ${type} without a name` };
  if (type === "custom_tool_call") return call({ tool: name, input: { input: p.input }, id }, timestamp, state);
  let input = p.arguments;
  if (typeof input == "string")
    try {
      input = JSON.parse(input);
    } catch {
      input = { input };
    }
  return call({ tool: name, input, id }, timestamp, state);
}
function call(c, timestamp, state) {
  state.sessionRoots.has(ROOT) || state.sessionRoots.set(ROOT, ""), state.sessionRoots.has(SESSION) || state.sessionRoots.set(SESSION, "");
  let root = state.sessionRoots.get(ROOT) || void 0, sessionId = state.sessionRoots.get(SESSION) || void 0, input = isObj(c.input) ? c.input : {}, turn = state.codexCwd ?? root, workdir = str(input.workdir), cwd = workdir === void 0 ? turn : workdir.startsWith("/") || /^[A-Za-z]:[\\/]/.test(workdir) || turn === void 0 ? workdir : import_node_path3.posix.join(posixPath(turn), posixPath(workdir)), agentId = state.defaultAgent, facts = { agentId, sessionId, timestamp, timeline: sessionId ?? "codex" }, base = { repoRoot: state.repoRoot, sessionRoot: root, cwd }, callInput = workdir === void 0 ? c.input : Object.fromEntries(Object.entries(input).filter(([k]) => k !== "workdir")), r = toolCallEntries({ agent: "codex", tool: c.tool, input: callInput, toolUseId: c.id }, "codex", { timestamp }, { agentId, sessionId, timestamp, approvalId: void 0 }, base);
  return { kind: "entries", entries: r.entries, facts, params: [[c.input, `${c.tool}.arguments`]], problems: r.problems.map((m) => `Codex ${m}`) };
}
function isPillarShape(o) {
  return typeof o.tool == "string" && o.action === void 0 && ("params" in o || "session_id" in o || "policy_checks" in o || "trust_level" in o);
}
function readPillar(o, state) {
  let logged = loggedOf(o), checks = policyChecks(o.policy_checks);
  if (typeof o.allowed != "boolean") {
    let fromResult = outcomeWord(o.result);
    logged.allowed = fromResult === false ? false : checks.allowed ?? fromResult, logged.reason ??= checks.reason;
  }
  let facts = contextOf(o, state, logged), params = isObj(o.params) ? o.params : isObj(o.parameters) ? o.parameters : {}, base = { repoRoot: state.repoRoot, sessionRoot: recordedRoot(o), cwd: str(o.cwd) }, r = toolCallEntries({ agent: (0, import_chunk_6WN7SKCC.agentNamed)(o.runtime), tool: String(o.tool), input: params }, "pillar", logged, facts, base);
  return r.entries.length === 0 ? { kind: "unknown", message: r.problems.join("; ") || `${clip(String(o.tool), 60)} call names nothing to decide` } : { kind: "entries", entries: r.entries, facts, params: [[o, ""]], problems: r.problems };
}
function isToolInvokeShape(o) {
  return o.action === "tool_invoke" || o.action === "tool.invoke" || o.action === "tool_call";
}
function readToolInvoke(o, state) {
  let tool = str(o.tool) ?? str(o.tool_name) ?? str(o.name);
  if (!tool) return { kind: "unknown", message: `"${String(o.action)}" entry without "tool"` };
  let logged = loggedOf(o), facts = contextOf(o, state, logged), params = isObj(o.parameters) ? o.parameters : isObj(o.params) ? o.params : isObj(o.input) ? o.input : void 0, base = { repoRoot: state.repoRoot, sessionRoot: recordedRoot(o), cwd: str(o.cwd) };
  if (params === void 0)
    return { kind: "entries", entries: [{ format: "tool-invoke", action: { kind: "tool", tool, parameters: void 0, agentId: facts.agentId, sessionId: facts.sessionId, timestamp: facts.timestamp, approvalId: facts.approvalId, cwd: localCwd(base) }, logged, head: tool }], facts, params: [[o, ""]] };
  let r = toolCallEntries({ agent: (0, import_chunk_6WN7SKCC.agentNamed)(o.runtime), tool, input: params }, "tool-invoke", logged, facts, base);
  return r.entries.length === 0 ? { kind: "unknown", message: r.problems.join("; ") || `${clip(tool, 60)} call names nothing to decide` } : { kind: "entries", entries: r.entries, facts, params: [[o, ""]], problems: r.problems };
}
var GUARD_EVENTS = /* @__PURE__ */ new Set(["session-start", "post-tool", "session-end"]), EXPECTED = 'expected an audit entry ("action": "filesystem.write" ...), a pillar entry ("tool", "params"), a tool invocation ("action": "tool_invoke"), a Claude Code transcript record ("type", "message") or a Codex rollout line ("type", "payload")';
function readLine(value, state) {
  return isObj(value) ? typeof value.event == "string" && typeof value.chain == "string" && GUARD_EVENTS.has(value.event) ? { kind: "skip" } : isToolInvokeShape(value) ? readToolInvoke(value, state) : isAuditShape(value) ? readAudit(value, state) : isCodexShape(value) ? readCodex(value, state) : isClaudeShape(value) ? readClaude(value, state) : isPillarShape(value) ? readPillar(value, state) : typeof value.action == "string" ? { kind: "unknown", message: `unknown action "${value.action.slice(0, 60)}"; expected filesystem.write|read|delete, command.exec, network.request or tool_invoke` } : { kind: "unknown", message: `unrecognised entry; ${EXPECTED}` } : { kind: "unknown", message: `line holds ${Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`}, not an object; ${EXPECTED}` };
}
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
var refsRoot, byDecision = /* @__PURE__ */ new WeakMap(), byOrigin = /* @__PURE__ */ new WeakMap();
function cachedRule(d, repoRoot) {
  repoRoot !== refsRoot && (refsRoot = repoRoot, byDecision = /* @__PURE__ */ new WeakMap(), byOrigin = /* @__PURE__ */ new WeakMap());
  let ref = byDecision.get(d);
  return ref === void 0 && (ref = sharedRef(d, repoRoot) ?? null, byDecision.set(d, ref)), ref ?? void 0;
}
function sharedRef(d, repoRoot) {
  let rule = (0, import_chunk_AWYVE2O7.decisiveRule)(d), o = rule?.origin;
  if (!rule || !o) return;
  let ref = byOrigin.get(o);
  return (ref === void 0 || ref.effect !== rule.effect || ref.pattern !== rule.pattern) && (ref = ruleRef(d, repoRoot, NO_HITS), byOrigin.set(o, ref)), ref;
}
var NO_HITS = [];
function ruleRef(d, repoRoot, hits) {
  let rule = (0, import_chunk_AWYVE2O7.decisiveRule)(d), o = rule?.origin;
  if (!rule || !o) return;
  let file = ruleFile(repoRoot, o.file);
  return { uid: `${file}#${o.pointer}`, effect: rule.effect, pattern: hits.length > 0 ? (0, import_chunk_CC6SQXWV.redactText)(rule.pattern, hits) : rule.pattern, file, line: o.line, column: o.column };
}
function decisionRecord(entry, d, line, hits, bypass, ctx) {
  let a = entry.action, logged = entry.logged, dirty = hits.length > 0, kind, subject, paths, url, host;
  switch (a.kind) {
    case "filesystem": {
      kind = a.op;
      let first = a.paths[0] ?? "";
      subject = dirty ? (0, import_chunk_CC6SQXWV.redactText)(first, hits) : first, a.paths.length > 1 && (paths = dirty ? a.paths.slice(0, 20).map((p) => (0, import_chunk_CC6SQXWV.redactText)(p, hits)) : a.paths.slice(0, 20));
      break;
    }
    case "command":
      kind = "command", subject = dirty ? (0, import_chunk_CC6SQXWV.redactText)(a.command, hits) : a.command;
      break;
    case "network":
      kind = "network", a.url !== void 0 && (url = dirty ? (0, import_chunk_CC6SQXWV.redactText)(a.url, hits) : a.url), a.host !== void 0 && (host = dirty ? (0, import_chunk_CC6SQXWV.redactText)(a.host, hits) : a.host), subject = url ?? host ?? "";
      break;
    case "tool":
      kind = "tool", subject = dirty ? (0, import_chunk_CC6SQXWV.redactText)(a.tool, hits) : a.tool;
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
    blocked: logged.allowed === false,
    reason: dirty ? (0, import_chunk_CC6SQXWV.redactText)(d.reason, hits) : d.reason,
    policyVersion: ctx.policyVersion,
    log: ctx.log,
    line,
    timestamp: a.timestamp === void 0 ? void 0 : dirty ? (0, import_chunk_CC6SQXWV.redactText)(a.timestamp, hits) : a.timestamp,
    ms: ctx.ms,
    agent: a.agentId === void 0 ? void 0 : dirty ? (0, import_chunk_CC6SQXWV.redactText)(a.agentId, hits) : a.agentId,
    session: a.sessionId === void 0 ? void 0 : dirty ? (0, import_chunk_CC6SQXWV.redactText)(a.sessionId, hits) : a.sessionId,
    user: logged.user === void 0 ? void 0 : dirty ? (0, import_chunk_CC6SQXWV.redactText)(logged.user, hits) : logged.user,
    tool: entry.tool === void 0 ? void 0 : dirty ? (0, import_chunk_CC6SQXWV.redactText)(entry.tool, hits) : entry.tool,
    bypass,
    loggedPolicyVersion: lv !== void 0 && lv !== ctx.policyVersion ? dirty ? (0, import_chunk_CC6SQXWV.redactText)(lv, hits) : lv : void 0,
    rule: dirty ? ruleRef(d, ctx.repoRoot, hits) : cachedRule(d, ctx.repoRoot)
  };
}
var shownRoot = "", shown = /* @__PURE__ */ new Map();
function ruleFile(repoRoot, file) {
  repoRoot !== shownRoot && (shownRoot = repoRoot, shown.clear());
  let s = shown.get(file);
  return s === void 0 && shown.set(file, s = ((0, import_node_path4.relative)(repoRoot, file) || file).split(import_node_path4.sep).join("/")), s;
}
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
  lastDiffers = false;
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
      if ((0, import_chunk_CC6SQXWV.lineMayHoldSecret)(text)) {
        let found = scratch;
        found.length > 0 && (found.length = 0);
        for (let [v, where] of res.params) (0, import_chunk_CC6SQXWV.scanValue)(v, where, found);
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
    let e = (0, import_chunk_ML2DEFM5.jsonError)(text) ?? { offset: 0, message: "invalid JSON" }, column = e.offset + 1, hits = [];
    (0, import_chunk_CC6SQXWV.scanString)(text, `line ${lineNo}`, hits), hits.length > 0 && this.secretFinding(lineNo, hits), unterminated && e.offset >= text.length ? this.add({ ruleId: "replay-truncated-line", severity: "error", line: lineNo, column, message: "last line is cut off (no newline at the end, and the JSON stops in the middle): the action on it was not replayed" }) : this.add({ ruleId: "replay-malformed-line", severity: "error", line: lineNo, column, message: `line is not valid JSON: ${e.message} at column ${column}; expected one JSON object per line` });
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
        witness: (0, import_chunk_CC6SQXWV.witnessOf)(hits),
        data: { kinds, where }
      },
      hits
    );
  }
  lineFacts(f, lineNo, hits) {
    let known = this.r.knownAgents;
    known && f.agentId !== void 0 && f.agentId !== this.lastKnownAgent && !this.isKnown(known, f.agentId) && (this.rec ? this.recordFirst(this.rec.agents, this.unknownAgents, hits.length ? (0, import_chunk_CC6SQXWV.redactText)(f.agentId, hits) : f.agentId, lineNo) : this.unknownAgent(f.agentId, lineNo, 1, hits)), f.policyVersion !== void 0 && this.r.versionDiffers(f.policyVersion) && (this.rec ? this.recordFirst(this.rec.versions, this.versions, f.policyVersion, lineNo) : this.otherVersion(f.policyVersion, lineNo, 1, hits)), f.timestamp !== void 0 && this.checkTime(f, lineNo, hits);
  }
  lastKnownAgent;
  isKnown(known, agentId) {
    return known.has(agentId) ? (this.lastKnownAgent = agentId, true) : false;
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
  otherVersion(version2, lineNo, count, hits = []) {
    this.once(this.versions, version2, count, () => ({
      ruleId: "replay-policy-version",
      severity: "warning",
      line: lineNo,
      message: `logged under policy version ${version2}, but the policy in review is version ${this.r.opts.set.root.version}: decisions may differ`,
      data: { logged: version2, policy: this.r.opts.set.root.version }
    }), hits);
  }
  once(map, key, count, make, hits) {
    let o = map.get(key);
    o || (o = { count: 0, finding: this.add(make(), hits) }, map.set(key, o)), o.count += count, o.finding && o.count > 1 && (o.finding.data = { ...o.finding.data, lines: o.count }, o.finding.message.endsWith(" lines)") ? o.finding.message = o.finding.message.replace(/\(\d+ lines\)$/, `(${o.count} lines)`) : o.finding.message += ` (${o.count} lines)`);
  }
  parseTs(raw) {
    return raw === this.lastTs ? this.lastMs : (this.lastTs = raw, this.lastMs = (0, import_chunk_ML2DEFM5.parseTimestamp)(raw), this.lastMs);
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
    let d = this.judge(entry, lineNo, hits), guessed = entry.action.kind === "filesystem" && entry.action.guessed === true && d.outcome === "allow";
    if (this.decisions && !guessed && this.encodeDecision(this.decisions, entry, d, lineNo, hits), entry.also) for (let e of entry.also) this.evaluate(e, lineNo, hits);
  }
  /** Re-decides one action and reports what disagrees; returns the decision. */
  judge(entry, lineNo, hits) {
    let a = entry.action, approvals = this.r.opts.approvals, approvalValid, problem, approval = a.approvalId !== void 0 ? approvals.byId.get(a.approvalId) : void 0;
    a.approvalId !== void 0 && (approvals.kept ? approval ? (problem = (0, import_chunk_IIAB5Q3D.approvalProblem)(approval, a.agentId, this.timeOf(a)), approvalValid = problem === void 0) : [approvalValid, problem] = [false, `approval ${a.approvalId} is not among the committed approval records`] : approvalValid = true);
    let d = this.decide(entry, approvalValid);
    if (approvalValid && approval && d.requiresApproval) {
      let outside = (0, import_chunk_IIAB5Q3D.approvalScopeMiss)(approval, d.subjects);
      outside && (problem = `approval ${approval.id} does not cover ${outside.subject}`, d = this.decide(entry, false));
    }
    this.maxFiles(entry, d, lineNo, hits);
    let logged = entry.logged, blocked = logged.allowed === false;
    if (d.allowed && !blocked && logged.requiresApproval !== true) return d;
    let emit = (ruleId, severity, build) => {
      this.sink.admit(this.file, ruleId, severity) && this.sink.push({ ruleId, severity, file: this.file, line: lineNo, column: 1, data: dataOf(entry, d), ...build(entryLabel(entry)) }, hits);
    };
    if (blocked)
      return emit("replay-blocked-attempt", "info", (label) => ({ message: `blocked attempt: ${label}${logged.reason ? ` (${logged.reason})` : ""}` })), this.rec ? this.rec.blocked.push([a.agentId, a.sessionId, lineNo]) : this.r.countBlocked(this.file, lineNo, a), d.allowed && emit("replay-decision-mismatch", "warning", (label) => ({ message: `${label}: the log says it was blocked, but the policy in review allows it`, hint: "Deploy the current policy to the agent runtime, or check that allowing it is intended." })), d;
    if (d.allowed)
      return logged.requiresApproval === true && !d.requiresApproval && emit("replay-decision-mismatch", "warning", (label) => ({ message: `${label}: the log says it required approval, but the policy in review does not require one`, hint: "Deploy the current policy to the agent runtime, or check the require_human_approval rules." })), d;
    let denied = d.subjects.filter((s) => !s.allowed), cover = this.bypassFor(a, denied);
    if (cover.ids)
      return this.bypassUsed = cover.ids, emit("replay-bypass-used", "info", (label) => ({ message: `${label}: denied by the policy, passed under bypass ${cover.ids.join(", ")}`, related: cover.related })), d;
    let said = logged.allowed === true ? " (the log says it was allowed)" : "", near = cover.nearMiss ? `; ${cover.nearMiss}` : "";
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
      hint: withNote(logged.allowed === true ? "The runtime enforced another policy: revert the action, or change the policy in review." : "Revert what the action did, change the policy in review, or record a bypass (agent-policy-lint bypass).", entry.hint),
      witness: (denied.find((s) => s.outcome === "deny") ?? denied[0])?.subject,
      related: relatedOf(denied)
    })), d);
  }
  bypassUsed;
  encodeDecision(to, entry, d, lineNo, hits) {
    let a = entry.action, ms = a.timestamp !== void 0 ? this.parseTs(a.timestamp) : void 0, out = this.r.opts.decisions;
    this.logName ??= ((0, import_node_path5.relative)(out.cwd, this.file) || this.file).split(import_node_path5.sep).join("/"), out.encode(decisionRecord(entry, d, lineNo + this.lineOffset, hits, this.bypassUsed, { repoRoot: this.r.opts.set.root.root, policyVersion: this.r.opts.set.root.version, log: this.logName, ms }), to), to.endLine();
  }
  /** The action's decision, and its tool name's when the runtime named a tool (both must allow). */
  decide(entry, approvalValid) {
    let a = entry.action, d = this.r.opts.decider.decide(a, approvalValid);
    if (entry.tool === void 0 || !this.r.hasToolRules) return d;
    let tool = { kind: "tool", tool: entry.tool, agentId: a.agentId, sessionId: a.sessionId, timestamp: a.timestamp, cwd: a.cwd, approvalId: a.approvalId };
    return (0, import_chunk_AWYVE2O7.withToolDecision)(d, this.r.opts.decider.decide(tool, approvalValid));
  }
  /** The action's time (ms), undefined when it has no valid timestamp. */
  timeOf(a) {
    return a.timestamp !== void 0 ? this.parseTs(a.timestamp) : void 0;
  }
  bypassFor(a, denied) {
    let cover = (0, import_chunk_IIAB5Q3D.bypassCover)(this.r.opts.bypasses, a.agentId, this.timeOf(a), denied);
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
  return hits.filter((h) => seen.has(h.value) ? false : (seen.add(h.value), true));
}
function withNote(hint, note) {
  return note === void 0 ? hint : `${hint} ${note}`;
}
function markBlocked(entry, why) {
  for (let e of [entry, ...entry.also ?? []])
    e.logged.allowed = false, e.logged.reason = why;
}
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
  let out = { ...f, message: (0, import_chunk_CC6SQXWV.redactText)(f.message, hits) };
  return f.hint !== void 0 && (out.hint = (0, import_chunk_CC6SQXWV.redactText)(f.hint, hits)), f.witness !== void 0 && (out.witness = (0, import_chunk_CC6SQXWV.redactText)(f.witness, hits)), f.data !== void 0 && (out.data = (0, import_chunk_CC6SQXWV.redactDeep)(f.data, hits)), f.related !== void 0 && (out.related = f.related.map((r) => ({ ...r, message: (0, import_chunk_CC6SQXWV.redactText)(r.message, hits) }))), out;
}
var automata;
function loadAutomata() {
  return automata ??= Promise.resolve().then(() => __toESM(require("./trees-P4HDMHMF.js")));
}
function engineDecider(set) {
  let compiled = (0, import_chunk_OBQATWCV.compilePolicy)(set), valid = { approvalValid: () => true }, invalid = { approvalValid: () => false };
  return {
    decide: (action, approvalValid) => (0, import_chunk_U2PCRH3Y.decide)(action, compiled, approvalValid ? valid : invalid),
    agentKey: (agentId) => (0, import_chunk_OBQATWCV.decidingAgent)(compiled, agentId)
  };
}
async function decisionEncoder(format, meta) {
  switch (format) {
    case "json":
      return (d, out) => out.text(JSON.stringify(d) + `
`);
    case "ocsf": {
      let { ocsfEventWriter } = await Promise.resolve().then(() => __toESM(require("./line-MJS5IWAV.js")));
      return ocsfEventWriter(meta, `
`);
    }
    case "splunk-hec": {
      let { hecEventWriter } = await Promise.resolve().then(() => __toESM(require("./line-MJS5IWAV.js")));
      return hecEventWriter(meta, `
`);
    }
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
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
  newChunkRecord,
  newReaderState,
  streamLines,
  streamLinesSync,
  textLines
});

import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  agentNamed,
  commandText,
  toolActions,
  toolSpec,
  unknownFields
} from "./chunk-NG5DRVKH.js";
import {
  derivedOnce
} from "./chunk-RWEGZUW6.js";

// src/replay/lines.ts
import { closeSync, openSync, readSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
var MAX_LINE_CHARS = 16 * 1024 * 1024, CHUNK = 64 * 1024, READ = 1024 * 1024, spareBuffer;
function takeBuffer(size) {
  let b = spareBuffer !== void 0 && spareBuffer.length === size ? spareBuffer : Buffer.allocUnsafe(size);
  return spareBuffer = void 0, b;
}
async function streamLines(path, sink, opts = {}) {
  streamLinesSync(path, sink, opts);
}
function streamLinesSync(path, sink, opts = {}) {
  let maxLine = opts.maxLineChars ?? MAX_LINE_CHARS, fd = typeof path == "number" ? path : openSync(path, "r"), buf;
  try {
    let decoder = new StringDecoder("utf8"), piece = opts.chunkBytes ?? CHUNK;
    buf = takeBuffer(Math.max(piece, READ));
    let pos = opts.start ?? 0, end = opts.end ?? 1 / 0, sliced = opts.start !== void 0 || opts.end !== void 0, carry = "", lineNo = 1, first = (opts.start ?? 0) === 0, skipping = -1, bytesRead = 0;
    for (; ; ) {
      let n = readRetrying(fd, buf, Math.min(buf.length, end - pos), sliced ? pos : null);
      if (n === 0) break;
      pos += n, bytesRead += n;
      for (let off = 0; off < n; off += piece) {
        let text = decoder.write(buf.subarray(off, Math.min(n, off + piece)));
        first && (text.charCodeAt(0) === 65279 && (text = text.slice(1)), first = !1);
        let start = 0;
        for (; ; ) {
          let nl = text.indexOf(`
`, start);
          if (nl === -1) break;
          if (skipping >= 0)
            sink.tooLong(lineNo, skipping + nl - start), skipping = -1;
          else {
            let line = carry === "" ? text.slice(start, nl) : carry + text.slice(start, nl);
            carry = "", line.charCodeAt(line.length - 1) === 13 && (line = line.slice(0, -1)), line.length > maxLine ? sink.tooLong(lineNo, line.length) : sink.line(line, lineNo, !1);
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
      line.length > 0 && (line.charCodeAt(line.length - 1) === 13 && (line = line.slice(0, -1)), sink.line(line, lineNo, !0));
    }
  } finally {
    typeof path != "number" && closeSync(fd), buf && (spareBuffer = buf);
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
function readRetrying(fd, buf, length, position) {
  for (; ; )
    try {
      return readSync(fd, buf, 0, length, position);
    } catch (e) {
      if (e.code !== "EAGAIN") throw e;
      Atomics.wait(pause, 0, 0, 10);
    }
}

// src/replay/readers/types.ts
function newReaderState(repoRoot, defaultAgent, from) {
  return {
    repoRoot,
    sessionRoots: new Map(from?.sessionRoots),
    seenToolUse: /* @__PURE__ */ new Set(),
    sideRoots: new Map(from?.sideRoots),
    defaultAgent
  };
}

// src/replay/readers/paths.ts
import { posix } from "node:path";
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
    return cwd === void 0 ? normalizeRel(p) : cwd.startsWith("/") ? norm(posix.join(cwd, p)) : normalizeRel(posix.join(cwd, p));
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
  let n = posix.normalize(p);
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
    return rel.startsWith("/") ? rel : rel === "." ? base.repoRoot : posix.join(posixPath(base.repoRoot), rel);
}

// src/replay/readers/common.ts
function isObj(v) {
  return typeof v == "object" && v !== null && !Array.isArray(v);
}
function str(v) {
  return typeof v == "string" && v !== "" ? v : void 0;
}
function bool(v) {
  if (typeof v == "boolean") return v;
  if (v === "true") return !0;
  if (v === "false") return !1;
}
function version(v) {
  return typeof v == "number" && Number.isFinite(v) ? String(v) : str(v);
}
var BLOCKED_WORDS = /* @__PURE__ */ new Set(["blocked", "block", "denied", "deny", "rejected", "reject", "refused", "forbidden", "fail", "failed", "violation", "prevented"]), ALLOWED_WORDS = /* @__PURE__ */ new Set(["allowed", "allow", "pass", "passed", "success", "succeeded", "ok", "approved", "executed", "done", "completed"]);
function outcomeWord(v) {
  if (typeof v != "string") return;
  let w = v.trim().toLowerCase();
  if (BLOCKED_WORDS.has(w)) return !1;
  if (ALLOWED_WORDS.has(w)) return !0;
}
function policyChecks(v) {
  if (!Array.isArray(v) || v.length === 0) return {};
  let all = !0;
  for (let c of v) {
    let r = isObj(c) ? outcomeWord(c.result ?? c.status ?? c.outcome) : void 0;
    if (r === !1) {
      let name = isObj(c) ? str(c.policy) ?? str(c.name) : void 0;
      return { allowed: !1, reason: name ? `policy check "${name}" blocked it` : "a policy check blocked it" };
    }
    r !== !0 && (all = !1);
  }
  return all ? { allowed: !0 } : {};
}
var PATH_KEY_NAMES = ["path", "file_path", "filePath", "file", "filename", "notebook_path", "target", "target_file", "destination"], PATHS_KEY_NAMES = ["paths", "files", "file_paths", "filePaths"], PATH_KEYS = new Set(PATH_KEY_NAMES), PATHS_KEYS = new Set(PATHS_KEY_NAMES);
function pathsOf(p) {
  let one = p.path !== void 0 ? p.path : p.file_path;
  return typeof one == "string" && one !== "" && onlyOnePathKey(p) ? [one] : pathsByKeys(p);
}
function onlyOnePathKey(p) {
  return p.path !== void 0 && p.file_path !== void 0 ? !1 : p.filePath === void 0 && p.file === void 0 && p.filename === void 0 && p.notebook_path === void 0 && p.target === void 0 && p.target_file === void 0 && p.destination === void 0 && p.paths === void 0 && p.files === void 0 && p.file_paths === void 0 && p.filePaths === void 0 && p.source === void 0;
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
    let line = commandText(p.argv);
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

// src/replay/readers/tool-call.ts
var keysRead = derivedOnce((spec) => {
  let read = /* @__PURE__ */ new Set();
  for (let keys of [spec.command, spec.paths, spec.dir, spec.glob, spec.url, spec.urlsInText, spec.patch, spec.server, spec.tool, spec.arguments]) for (let k of keys ?? []) read.add(k);
  return read;
});
function leftover(input, spec) {
  let read = keysRead(spec), any = !1;
  for (let k in input)
    if (Object.hasOwn(input, k) && !read.has(k)) {
      any = !0;
      break;
    }
  if (any)
    return Object.fromEntries(Object.entries(input).filter(([k]) => !read.has(k)));
}
var NONE = [];
function toolCallEntries(call2, format, logged, facts, base) {
  let cwd = localCwd(base), context = { agentId: facts.agentId, sessionId: facts.sessionId, timestamp: facts.timestamp, approvalId: facts.approvalId, cwd }, r = toolActions({ agent: call2.agent, tool: call2.tool, input: call2.input, context, placeDir: (dir) => localCwd({ ...base, cwd: dir }) }), all = r.actions, named = all[0], spec = call2.agent === void 0 ? toolSpec(void 0, call2.tool) : void 0, rest = spec && isObj(call2.input) ? leftover(call2.input, spec) : void 0, extra = rest ? unknownFields(rest, context) : void 0, placed, place = (a) => {
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
      a.guessed ? { kind: "filesystem", op: a.op, paths: kept, guessed: !0, agentId: a.agentId, sessionId: a.sessionId, timestamp: a.timestamp, approvalId: a.approvalId, cwd: void 0 } : { kind: "filesystem", op: a.op, paths: kept, agentId: a.agentId, sessionId: a.sessionId, timestamp: a.timestamp, approvalId: a.approvalId, cwd: void 0 }
    );
  }
  let head = call2.head ?? call2.tool, hint = unplacedHint(base, placed ?? NONE), entry = (action, tool) => {
    let e = { format, action, logged, head };
    return tool !== void 0 && (e.tool = tool), call2.toolUseId !== void 0 && (e.toolUseId = call2.toolUseId), hint !== void 0 && (e.hint = hint), e;
  }, entries;
  return placed !== void 0 ? entries = placed.map((a) => entry(a, a.kind === "tool" ? void 0 : call2.tool)) : r.problems.length > 0 ? entries = [] : entries = [entry(named)], { entries, problems: r.problems };
}

// src/replay/readers/audit.ts
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
      let r = toolCallEntries({ agent: agentNamed(o.runtime), tool, input: params, head: verb }, "audit", logged, ctx, base);
      if (r.entries.length > 0) return { kind: "entries", entries: r.entries, facts: ctx, params: [[o, ""]], problems: r.problems };
    }
    actions = [{ kind: "tool", tool, parameters: params, agentId, sessionId, timestamp, approvalId, cwd }];
  }
  let hint = unplacedHint(base, actions);
  return { kind: "entries", entries: actions.map((action) => hint ? { format: "audit", action, logged, head: verb, hint } : { format: "audit", action, logged, head: verb }), facts: ctx, params: [[o, ""]] };
}

// src/replay/readers/claude.ts
var MARKERS = ["sessionId", "session_id", "uuid", "parentUuid", "leafUuid", "messageId"];
function isClaudeShape(o) {
  if (typeof o.type != "string" || o.action !== void 0) return !1;
  if (isObj(o.message)) return !0;
  for (let m of MARKERS) if (m in o) return !0;
  return !1;
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
    let blocked = refused !== "" && b.tool_use_id === refused && b.is_error === !0;
    out.push(blocked ? { toolUseId: b.tool_use_id, blocked, why } : { toolUseId: b.tool_use_id, blocked: !1 });
  }
  return out;
}
function hookBlock(o) {
  let a = o.attachment;
  if (!(!isObj(a) || a.type !== "hook_blocking_error" || typeof a.toolUseID != "string" || a.toolUseID === "" || (typeof a.hookEvent == "string" ? a.hookEvent : typeof a.hookName == "string" ? a.hookName.split(":")[0] : void 0) !== "PreToolUse"))
    return [{ toolUseId: a.toolUseID, blocked: !0, why: "blocked by a PreToolUse hook" }];
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
  let side = o.isSidechain === !0;
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

// src/replay/readers/codex.ts
import { posix as posix2 } from "node:path";
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
    return { kind: "skip", outcomes: id2 ? [{ toolUseId: id2, blocked: !1 }] : [] };
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
  let root = state.sessionRoots.get(ROOT) || void 0, sessionId = state.sessionRoots.get(SESSION) || void 0, input = isObj(c.input) ? c.input : {}, turn = state.codexCwd ?? root, workdir = str(input.workdir), cwd = workdir === void 0 ? turn : workdir.startsWith("/") || /^[A-Za-z]:[\\/]/.test(workdir) || turn === void 0 ? workdir : posix2.join(posixPath(turn), posixPath(workdir)), agentId = state.defaultAgent, facts = { agentId, sessionId, timestamp, timeline: sessionId ?? "codex" }, base = { repoRoot: state.repoRoot, sessionRoot: root, cwd }, callInput = workdir === void 0 ? c.input : Object.fromEntries(Object.entries(input).filter(([k]) => k !== "workdir")), r = toolCallEntries({ agent: "codex", tool: c.tool, input: callInput, toolUseId: c.id }, "codex", { timestamp }, { agentId, sessionId, timestamp, approvalId: void 0 }, base);
  return { kind: "entries", entries: r.entries, facts, params: [[c.input, `${c.tool}.arguments`]], problems: r.problems.map((m) => `Codex ${m}`) };
}

// src/replay/readers/pillar.ts
function isPillarShape(o) {
  return typeof o.tool == "string" && o.action === void 0 && ("params" in o || "session_id" in o || "policy_checks" in o || "trust_level" in o);
}
function readPillar(o, state) {
  let logged = loggedOf(o), checks = policyChecks(o.policy_checks);
  if (typeof o.allowed != "boolean") {
    let fromResult = outcomeWord(o.result);
    logged.allowed = fromResult === !1 ? !1 : checks.allowed ?? fromResult, logged.reason ??= checks.reason;
  }
  let facts = contextOf(o, state, logged), params = isObj(o.params) ? o.params : isObj(o.parameters) ? o.parameters : {}, base = { repoRoot: state.repoRoot, sessionRoot: recordedRoot(o), cwd: str(o.cwd) }, r = toolCallEntries({ agent: agentNamed(o.runtime), tool: String(o.tool), input: params }, "pillar", logged, facts, base);
  return r.entries.length === 0 ? { kind: "unknown", message: r.problems.join("; ") || `${clip(String(o.tool), 60)} call names nothing to decide` } : { kind: "entries", entries: r.entries, facts, params: [[o, ""]], problems: r.problems };
}

// src/replay/readers/tool-invoke.ts
function isToolInvokeShape(o) {
  return o.action === "tool_invoke" || o.action === "tool.invoke" || o.action === "tool_call";
}
function readToolInvoke(o, state) {
  let tool = str(o.tool) ?? str(o.tool_name) ?? str(o.name);
  if (!tool) return { kind: "unknown", message: `"${String(o.action)}" entry without "tool"` };
  let logged = loggedOf(o), facts = contextOf(o, state, logged), params = isObj(o.parameters) ? o.parameters : isObj(o.params) ? o.params : isObj(o.input) ? o.input : void 0, base = { repoRoot: state.repoRoot, sessionRoot: recordedRoot(o), cwd: str(o.cwd) };
  if (params === void 0)
    return { kind: "entries", entries: [{ format: "tool-invoke", action: { kind: "tool", tool, parameters: void 0, agentId: facts.agentId, sessionId: facts.sessionId, timestamp: facts.timestamp, approvalId: facts.approvalId, cwd: localCwd(base) }, logged, head: tool }], facts, params: [[o, ""]] };
  let r = toolCallEntries({ agent: agentNamed(o.runtime), tool, input: params }, "tool-invoke", logged, facts, base);
  return r.entries.length === 0 ? { kind: "unknown", message: r.problems.join("; ") || `${clip(tool, 60)} call names nothing to decide` } : { kind: "entries", entries: r.entries, facts, params: [[o, ""]], problems: r.problems };
}

// src/replay/readers/index.ts
var GUARD_EVENTS = /* @__PURE__ */ new Set(["session-start", "post-tool", "session-end"]), EXPECTED = 'expected an audit entry ("action": "filesystem.write" ...), a pillar entry ("tool", "params"), a tool invocation ("action": "tool_invoke"), a Claude Code transcript record ("type", "message") or a Codex rollout line ("type", "payload")';
function readLine(value, state) {
  return isObj(value) ? typeof value.event == "string" && typeof value.chain == "string" && GUARD_EVENTS.has(value.event) ? { kind: "skip" } : isToolInvokeShape(value) ? readToolInvoke(value, state) : isAuditShape(value) ? readAudit(value, state) : isCodexShape(value) ? readCodex(value, state) : isClaudeShape(value) ? readClaude(value, state) : isPillarShape(value) ? readPillar(value, state) : typeof value.action == "string" ? { kind: "unknown", message: `unknown action "${value.action.slice(0, 60)}"; expected filesystem.write|read|delete, command.exec, network.request or tool_invoke` } : { kind: "unknown", message: `unrecognised entry; ${EXPECTED}` } : { kind: "unknown", message: `line holds ${Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`}, not an object; ${EXPECTED}` };
}

export {
  streamLines,
  streamLinesSync,
  textLines,
  entryLabel,
  newReaderState,
  readLine
};

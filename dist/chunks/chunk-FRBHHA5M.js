import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  Automaton,
  GlobError,
  analyzePolicyPattern,
  policySourceOf
} from "./chunk-ESYYHGIW.js";

// src/engine/command-support.ts
var support;
function registerCommandSupport(s) {
  support = s;
}
function commandSupport() {
  return support;
}
function requireCommandSupport() {
  if (!support) throw new Error("command decisions need the full engine: import src/engine/index.js, not src/engine/files.js");
  return support;
}

// src/match/host.ts
var HostPatternError = class extends Error {
  name = "HostPatternError";
}, CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/, SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//, SCP = /^(?:[^@/:\s]+@)?([^@/:\s[\]]+):(?![^/]*@)(?!\d*(?:[/?#]|$))/;
function normalizeHost(hostOrUrl) {
  if (typeof hostOrUrl != "string") return;
  let s = hostOrUrl.trim();
  if (s === "" || CONTROL_OR_SPACE.test(s)) return;
  let authority, scheme = SCHEME.exec(s);
  if (scheme) authority = s.slice(scheme[0].length);
  else if (s.startsWith("//")) authority = s.slice(2);
  else {
    let scp = SCP.exec(s);
    if (scp) return hostName(scp[1]);
    authority = s;
  }
  if (authority = authority.split(/[/?#]/, 1)[0], authority.includes("\\") || authority.split("@").length > 2) return;
  let host = authority.slice(authority.lastIndexOf("@") + 1);
  return !host.startsWith("[") && (host.match(/:/g)?.length ?? 0) >= 2 ? hostName(`[${host}]`) : hostName(authority);
}
function hostName(authority) {
  let url;
  try {
    url = new URL(`http://${authority}/`);
  } catch {
    return;
  }
  let h = url.hostname;
  if (h.startsWith("[") && h.endsWith("]")) return h.slice(1, -1);
  if (h.endsWith(".") && (h = h.slice(0, -1)), !(h === "" || h.split(".").some((label) => label === "")))
    return h.toLowerCase();
}
function isIpLiteral(host) {
  return host.includes(":") || /^\d+\.\d+\.\d+\.\d+$/.test(host);
}
function parseHostPattern(pattern) {
  let fail = (m) => {
    throw new HostPatternError(m);
  };
  (typeof pattern != "string" || pattern.trim() === "") && fail("empty host pattern");
  let p = pattern.trim();
  (SCHEME.test(p) || p.startsWith("//")) && fail(`write the host only, without a scheme: ${normalizeHost(p) ?? p}`), /[/?#]/.test(p) && fail("a host pattern names a host, not a URL path"), p.includes("@") && fail("a host pattern cannot contain `@`"), p === "*" && fail("`*` would allow every host: use allow_outbound: true instead");
  let kind = "exact", rest = p;
  p.startsWith("*.") && (kind = "subdomains", rest = p.slice(2)), rest.includes("*") && fail("only a leading `*.` wildcard is supported (`*.example.com`)");
  let bare = rest.startsWith("[") ? rest : rest.replace(/\.$/, ""), ipv6 = bare.startsWith("[") || (bare.match(/:/g)?.length ?? 0) >= 2;
  !ipv6 && bare.includes(":") && fail(`ports are not compared: write ${bare.slice(0, bare.indexOf(":"))}`), ipv6 && /\]:/.test(bare) && fail("ports are not compared: write the address without a port");
  let host = normalizeHost(rest);
  return host === void 0 ? fail(`not a valid host name: ${JSON.stringify(rest)}`) : (kind === "subdomains" && isIpLiteral(host) && fail("`*.` cannot apply to an IP address"), { pattern, kind, host });
}
function compileHostList(rules) {
  let exact = /* @__PURE__ */ new Map(), sub = /* @__PURE__ */ new Map(), errors = [];
  rules.forEach((rule, index) => {
    let p;
    try {
      p = parseHostPattern(rule.pattern);
    } catch (e) {
      if (!(e instanceof HostPatternError)) throw e;
      errors.push({ rule, index, message: e.message });
      return;
    }
    let map = p.kind === "exact" ? exact : sub, list = map.get(p.host);
    list ? list.push(index) : map.set(p.host, [index]);
  });
  let indices = (hostOrUrl) => {
    let host = normalizeHost(hostOrUrl);
    if (host === void 0) return [];
    let out = [...exact.get(host) ?? []];
    if (sub.size > 0 && !isIpLiteral(host))
      for (let i = host.indexOf("."); i !== -1; i = host.indexOf(".", i + 1)) {
        let hit = sub.get(host.slice(i + 1));
        hit && out.push(...hit);
      }
    return out.sort((a, b) => a - b);
  };
  return {
    rules,
    errors,
    test: (h) => indices(h).length > 0,
    firstMatch(h) {
      let i = indices(h)[0];
      return i === void 0 ? void 0 : { rule: rules[i], index: i };
    },
    allMatches: (h) => indices(h).map((index) => ({ rule: rules[index], index }))
  };
}

// src/match/path.ts
var BAD_CHAR = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/, LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/, DRIVE = /^[A-Za-z]:/;
function pathCharProblem(s) {
  if (s === "") return "empty path";
  let bad = BAD_CHAR.exec(s);
  if (bad) return `contains control character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  if (LONE_SURROGATE.test(s)) return "contains an unpaired UTF-16 surrogate";
}
function resolveAbsolute(p) {
  let anchor = "", rest = p;
  DRIVE.test(p) && (anchor = p[0].toUpperCase() + ":", rest = p.slice(2));
  let out = [];
  for (let seg of rest.split("/"))
    seg === "" || seg === "." || (seg === ".." ? out.pop() : out.push(seg));
  return `${anchor}/${out.join("/")}`;
}
function isAbsolute(p) {
  return p.startsWith("/") || /^[A-Za-z]:(\/|$)/.test(p);
}
function normalizeRoot(root) {
  let r = root.replace(/\\/g, "/");
  if (!isAbsolute(r) || pathCharProblem(r)) throw new TypeError(`repository root must be an absolute path: ${JSON.stringify(root)}`);
  return resolveAbsolute(r);
}
function relativeTo(root, abs) {
  if (abs === root) return ".";
  let prefix = root.endsWith("/") ? root : `${root}/`;
  return abs.startsWith(prefix) ? abs.slice(prefix.length) : void 0;
}
function windowsSegment(seg) {
  let colon = seg.indexOf(":");
  return (colon >= 0 ? seg.slice(0, colon) : seg).replace(/[. ]+$/, "");
}
var WINDOWS_TRIMMED = /[. ](\/|$)|:/;
function windowsAlias(path) {
  if (!WINDOWS_TRIMMED.test(path)) return;
  let segs = path.split("/"), out = segs.map((seg, k) => k === 0 && (seg === "" || seg.startsWith("~") || /^[A-Za-z]:$/.test(seg)) ? seg : windowsSegment(seg));
  if (out.some((seg, k) => seg === "" && segs[k] !== "")) return;
  let alias = out.join("/");
  return alias === path ? void 0 : alias;
}
function windowsDotSegment(path) {
  if (WINDOWS_TRIMMED.test(path))
    return path.split("/").find((seg) => /[. ]$/.test(seg) && ["", ".", ".."].includes(windowsSegment(seg)) && !["", ".", ".."].includes(seg));
}
function outside(path) {
  return { path, outside: !0 };
}
function invalid(input, reason) {
  return { path: input, outside: !0, invalid: reason };
}
function normalizePath(input, opts) {
  if (typeof input != "string") return invalid(String(input), "not a string");
  let problem = pathCharProblem(input);
  if (problem) return invalid(input, problem);
  let root = normalizeRoot(opts.root), s = input.replace(/\\/g, "/"), dotty = windowsDotSegment(s);
  if (dotty !== void 0) return invalid(input, `segment ${JSON.stringify(dotty)} is a dot segment or nothing on Windows`);
  if (s.startsWith("~")) {
    let [head, ...segs] = s.split("/"), out = [];
    for (let seg of segs)
      if (!(seg === "" || seg === "."))
        if (seg === "..") {
          if (out.length === 0) return invalid(input, `'..' climbs above ${head}`);
          out.pop();
        } else out.push(seg);
    return outside([head, ...out].join("/"));
  }
  if (DRIVE.test(s) && !/^[A-Za-z]:(\/|$)/.test(s)) return invalid(input, "drive-relative path");
  let abs;
  isAbsolute(s) ? abs = resolveAbsolute(s) : abs = resolveAbsolute(`${baseDir(root, opts.cwd)}/${s}`);
  let rel = relativeTo(root, abs);
  if (rel === void 0) return outside(abs);
  let first = rel.split("/", 1)[0];
  return first.startsWith("~") || DRIVE.test(first) ? outside(abs) : { path: rel, outside: !1 };
}
function baseDir(root, cwd) {
  if (cwd === void 0 || cwd === "" || pathCharProblem(cwd)) return root;
  let c = cwd.replace(/\\/g, "/");
  if (c.startsWith("~")) return root;
  let abs = isAbsolute(c) ? resolveAbsolute(c) : resolveAbsolute(`${root}/${c}`);
  return relativeTo(root, abs) === void 0 ? root : abs;
}

// src/match/patterns.ts
var DENY_LIST = Object.freeze({ nocase: !0, coverDescendants: !0, scopeAbsolute: !1, windowsAliases: !0 }), ALLOW_LIST = Object.freeze({ nocase: !1, coverDescendants: !1, scopeAbsolute: !0, windowsAliases: !1 });
var OUTSIDE = /^(\/|~|[A-Za-z]:\/)/, ANY_DEPTH = "(?:[^]*/)?";
function compilePathList(rules, options) {
  let nocase = !!options.nocase, errors = [], newSide = () => ({ universal: [], automaton: new Automaton(nocase) }), rel = newSide(), abs = options.scopeAbsolute ? newSide() : rel;
  rules.forEach((rule, index) => {
    try {
      let info = analyzePolicyPattern(rule.pattern), side = info.absolute ? abs : rel, source = policySourceOf(info, options);
      info.universal ? side.universal.push(index) : source.startsWith(ANY_DEPTH) ? side.automaton.addShared(ANY_DEPTH, index, `(?:${source.slice(ANY_DEPTH.length)})`) : side.automaton.add(index, source);
    } catch (e) {
      if (!(e instanceof GlobError)) throw e;
      errors.push({ rule, index, error: { message: e.message, offset: e.offset } });
    }
  });
  let matches = (path, any) => {
    let n = typeof path == "string" ? { path, outside: OUTSIDE.test(path) } : path;
    if ("invalid" in n && n.invalid !== void 0) return [];
    let side = options.scopeAbsolute && n.outside ? abs : rel;
    if (n.path === "." || any && side.universal.length > 0) return side.universal;
    let hits = side.automaton.run(n.path);
    if (any && hits.length > 0) return hits;
    let alias = options.windowsAliases ? windowsAlias(n.path) : void 0, more = alias === void 0 ? [] : side.automaton.run(alias);
    return side.universal.length === 0 && more.length === 0 ? hits : [.../* @__PURE__ */ new Set([...side.universal, ...hits, ...more])].sort((a, b) => a - b);
  };
  return {
    rules,
    options,
    errors,
    test: (path) => matches(path, !0).length > 0,
    firstMatch(path) {
      let i = matches(path, !1)[0];
      return i === void 0 ? void 0 : { rule: rules[i], index: i };
    },
    allMatches: (path) => matches(path, !1).map((index) => ({ rule: rules[index], index }))
  };
}

// src/engine/lists.ts
var PATH_OPTIONS = {
  deny: DENY_LIST,
  allow: ALLOW_LIST,
  // Approval gates match like denies (a case variant must not dodge the gate), without descendants.
  gate: { nocase: !0, coverDescendants: !1, scopeAbsolute: !1 }
}, PathList = class {
  constructor(rules, kind) {
    this.rules = rules;
    this.list = compilePathList(rules, PATH_OPTIONS[kind]), kind === "deny" && this.list.errors.length > 0 && (this.broken = this.list.errors[0].rule);
  }
  rules;
  list;
  broken;
  get size() {
    return this.rules.length;
  }
  first(path) {
    if (this.rules.length !== 0)
      return this.broken ?? this.list.firstMatch(path)?.rule;
  }
  all(path) {
    let hit = new Set(this.list.allMatches(path).map((m) => m.index));
    return this.rules.map((rule, i) => ({ rule, matched: hit.has(i) || rule === this.broken }));
  }
}, CommandList = class {
  constructor(rules, nocase) {
    this.rules = rules;
    this.nocase = nocase;
    let s = commandSupport();
    s && (this.compiled = new s.CommandPatternList(rules, nocase));
  }
  rules;
  nocase;
  compiled;
  get list() {
    return this.compiled ??= new (requireCommandSupport()).CommandPatternList(this.rules, this.nocase);
  }
  get size() {
    return this.rules.length;
  }
  /** The first rule matching any of the layers of a simple command. */
  first(layers) {
    if (this.rules.length !== 0)
      for (let layer of layers) {
        let m = this.list.first(layer);
        if (m) return { rule: m.rule, layer };
      }
  }
  all(layers) {
    return this.rules.map((rule, i) => {
      let re = this.list.all[i].regex, layer = layers.find((l) => re.test(l));
      return { rule, matched: layer !== void 0, layer: layer ?? layers[layers.length - 1] ?? "" };
    });
  }
}, ToolList = class {
  constructor(rules, nocase) {
    this.rules = rules;
    this.items = rules.map((rule) => {
      let src = rule.pattern.split("*").map((s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")).join(".*"), re = new RegExp(`^(?:${src})$`, nocase ? "iu" : "u");
      return { rule, test: (s) => re.test(s) };
    });
  }
  rules;
  items;
  get size() {
    return this.items.length;
  }
  first(name) {
    return this.items.find((it) => it.test(name))?.rule;
  }
  all(name) {
    return this.items.map((it) => ({ rule: it.rule, matched: it.test(name) }));
  }
}, HostList = class {
  constructor(rules, deny = !1) {
    this.rules = rules;
    this.list = compileHostList(rules), deny && this.list.errors.length > 0 && (this.broken = this.list.errors[0].rule);
  }
  rules;
  list;
  broken;
  get size() {
    return this.rules.length;
  }
  first(host) {
    if (this.rules.length !== 0)
      return this.broken ?? this.list.firstMatch(host)?.rule;
  }
  all(host) {
    let hit = new Set(this.list.allMatches(host).map((m) => m.index));
    return this.rules.map((rule, i) => ({ rule, matched: hit.has(i) || rule === this.broken }));
  }
};

// src/engine/compile.ts
function decidingAgent(compiled, agentId) {
  if (agentId === void 0) return;
  let a = compiled.agents.get(agentId);
  return a && (a.trust !== void 0 || a.level !== void 0) ? agentId : void 0;
}
var Memo = class {
  constructor(max = 5e4) {
    this.max = max;
  }
  max;
  young = /* @__PURE__ */ new Map();
  old = /* @__PURE__ */ new Map();
  get(key) {
    let v = this.young.get(key);
    if (v !== void 0 || this.old.size === 0) return v;
    let o = this.old.get(key);
    return o !== void 0 && this.set(key, o), o;
  }
  set(key, value) {
    this.max !== 0 && (this.young.size >= this.max / 2 && (this.old = this.young, this.young = /* @__PURE__ */ new Map()), this.young.set(key, value));
  }
};
function approvals(c, kind) {
  return c.requireHumanApproval.filter((a) => a.kind === kind);
}
function level(kind, name, file, p, c) {
  let cons = c ?? { requireHumanApproval: [] }, fileApprovals = approvals(cons, "file"), commandApprovals = approvals(cons, "command"), toolApprovals = approvals(cons, "tool");
  return {
    kind,
    name,
    file,
    fs: {
      allow: new PathList(p.filesystem.allow, "allow"),
      deny: new PathList(p.filesystem.deny, "deny")
    },
    commands: { allow: new CommandList(p.commands.allow, !1), deny: new CommandList(p.commands.deny, !0) },
    tools: { allow: new ToolList(p.tools.allow, !1), deny: new ToolList(p.tools.deny, !0) },
    network: {
      allowOutbound: p.network.allowOutbound,
      allowOutboundOrigin: p.network.allowOutboundOrigin,
      exceptions: new HostList(p.network.exceptions),
      deny: new HostList(p.network.deny, !0)
    },
    approvals: {
      file: { gate: new PathList(fileApprovals, "gate"), grant: new PathList(fileApprovals, "allow") },
      command: { gate: new CommandList(commandApprovals, !0), grant: new CommandList(commandApprovals, !1) },
      host: new HostList(approvals(cons, "host")),
      tool: { gate: new ToolList(toolApprovals, !0), grant: new ToolList(toolApprovals, !1) }
    },
    maxFilesPerAction: cons.maxFilesPerAction !== void 0 ? { limit: cons.maxFilesPerAction, origin: cons.maxFilesPerActionOrigin } : void 0
  };
}
function compilePolicy(set, opts = {}) {
  let r = set.root, overrides = /* @__PURE__ */ new Map();
  for (let o of set.overrides) {
    let dir = o.dir.replace(/^(?:\.\/)+/, "").replace(/\/+$/, "");
    dir === "" || dir === "." || overrides.set(dir, level("override", dir, o.file, o.permissions, o.constraints));
  }
  let agents = /* @__PURE__ */ new Map();
  for (let a of r.agents)
    agents.set(a.id, {
      identity: a,
      trust: a.trustLevel,
      level: a.permissions ? level("agent", a.id, r.file, a.permissions, void 0) : void 0
    });
  let rootLevel = level("root", "", r.file, r.permissions, r.constraints);
  return {
    set,
    root: r.root,
    rootLevel,
    overrides,
    agents,
    exceptions: new PathList(r.exceptions, "allow"),
    noPush: new CommandList([{ pattern: "git push" }], !0),
    display: /* @__PURE__ */ new Map(),
    memo: new Memo(opts.memo ?? 5e4),
    hasFileLimits: rootLevel.maxFilesPerAction !== void 0 || [...overrides.values()].some((o) => o.maxFilesPerAction !== void 0)
  };
}
function overridesFor(cp, path) {
  if (cp.overrides.size === 0 || path === ".") return [];
  let out = [], i = path.indexOf("/");
  for (; ; ) {
    let dir = i < 0 ? path : path.slice(0, i), o = cp.overrides.get(dir);
    if (o && out.push(o), i < 0) break;
    i = path.indexOf("/", i + 1);
  }
  return out;
}

// src/engine/rules-out.ts
import { isAbsolute as isAbsolute2, relative, sep } from "node:path";
function mk(effect, r, subject2, matched) {
  let d = { effect, pattern: r?.pattern ?? "", subject: subject2, matched };
  return r?.origin && (d.origin = r.origin), d;
}
function consult(out, effect, subject2, all, first) {
  if (out.explain) {
    let hit;
    for (let m of all())
      out.rules.push(mk(effect, m.rule, m.layer ?? subject2, m.matched)), m.matched && !hit && (hit = m.rule);
    return hit;
  }
  let f = first();
  return f && out.rules.push(mk(effect, f.rule, f.layer ?? subject2, !0)), f?.rule;
}
function where(cp, origin) {
  if (!origin) return "built-in";
  let f = cp.display.get(origin.file);
  if (f === void 0) {
    if (f = origin.file, isAbsolute2(f)) {
      let r = relative(cp.root, f);
      r && !r.startsWith("..") && (f = r.split(sep).join("/"));
    }
    cp.display.set(origin.file, f);
  }
  return `${f}:${origin.line}`;
}
function cite(cp, r) {
  return `"${r.pattern}" (${where(cp, r.origin)})`;
}
function subject(kind, name, allowed, reason, rules, requiresApproval = !1) {
  return { subject: name, kind, outcome: subjectOutcome(allowed, requiresApproval, rules), allowed, requiresApproval, reason, rules };
}
function subjectOutcome(allowed, requiresApproval, rules) {
  return allowed ? "allow" : requiresApproval && !rules.some((r) => r.matched && r.effect === "deny") ? "needs-approval" : "deny";
}
function actionOutcome(subjects) {
  return subjects.some((s) => s.outcome === "deny") ? "deny" : subjects.some((s) => s.outcome === "needs-approval") ? "needs-approval" : "allow";
}

// src/engine/decide-other.ts
function levelName(l) {
  return l.kind === "root" ? "the root policy" : l.kind === "override" ? `the ${l.name}/ override` : `agent "${l.name}"`;
}
function cwdLevels(ctx) {
  let { cp } = ctx;
  if (!ctx.action.cwd || cp.overrides.size === 0) return [cp.rootLevel];
  let np = normalizePath(ctx.action.cwd, { root: cp.root });
  return np.outside ? [cp.rootLevel] : [cp.rootLevel, ...overridesFor(cp, np.path)];
}
function wrap(rule) {
  return rule ? { rule } : void 0;
}
function withApproval(ctx, gate, grant, what, allowed, refused) {
  let { cp } = ctx;
  if (!gate) return allowed ? [!0, allowed, !1] : [!1, refused, !1];
  let why = `${what} needs a human approval: ${cite(cp, gate)}`;
  return ctx.approved ? grant ? [!0, `${why}; approved`, !0] : allowed ? [!0, `${why}; approved (${allowed})`, !0] : [!1, `${why}, approved, but ${refused}`, !0] : [!1, `${why}; none given`, !0];
}
function decideNetwork(ctx, host, url) {
  let { cp } = ctx, named = host ?? url ?? "";
  if (ctx.agent?.trust === "read_only")
    return subject("host", named, !1, `agent "${ctx.agent.identity.id}" is read_only: it may not reach the network`, [mk("default", void 0, named, !0)]);
  let given = host !== void 0 && host.trim() !== "" ? host : url;
  if (given === void 0 || given.trim() === "")
    return subject("host", named, !1, "the request names no host", [mk("default", void 0, named, !0)]);
  let name = normalizeHost(given);
  if (name === void 0)
    return subject("host", named, !1, `cannot tell which host "${given}" names`, [mk("default", void 0, named, !0)]);
  let out = { cp, explain: ctx.explain, rules: [] }, done = ([allowed2, reason, approval]) => subject("host", name, allowed2, reason, out.rules, approval), levels = cwdLevels(ctx), agentLevel = ctx.agent?.level, deny;
  for (let l of agentLevel ? [...levels, agentLevel] : levels) {
    if (deny && !ctx.explain) break;
    let d = consult(out, "deny", name, () => l.network.deny.all(name), () => wrap(l.network.deny.first(name)));
    d && !deny && (deny = { rule: d, level: l });
  }
  if (deny) return done([!1, `denied by ${levelName(deny.level)}: network.deny ${cite(cp, deny.rule)}`, !1]);
  let gate;
  for (let l of levels) {
    if (gate && !ctx.explain) break;
    gate ??= consult(out, "approval", name, () => l.approvals.host.all(name), () => wrap(l.approvals.host.first(name)));
  }
  let closedBy = [...levels, ...agentLevel ? [agentLevel] : []].find((l) => l.network.allowOutbound === !1), writeLocal = ctx.agent?.trust === "write_local", allowed, refused;
  if (!closedBy && !writeLocal) allowed = "outbound requests are not restricted and no network.deny matches";
  else {
    let ex;
    for (let l of levels) {
      if (ex && !ctx.explain) break;
      let m = consult(out, "allow", name, () => l.network.exceptions.all(name), () => wrap(l.network.exceptions.first(name)));
      m && !ex && (ex = { rule: m, level: l });
    }
    let why = closedBy ? `allow_outbound is false (${closedBy.network.allowOutboundOrigin ? where(cp, closedBy.network.allowOutboundOrigin) : levelName(closedBy)})` : `agent "${ctx.agent.identity.id}" is write_local (network only through exceptions)`;
    closedBy && out.rules.push(mk("default", { pattern: "allow_outbound: false", origin: closedBy.network.allowOutboundOrigin }, name, !0)), ex ? allowed = `${why}, but the host is a network exception of ${levelName(ex.level)}: ${cite(cp, ex.rule)}` : (out.rules.push(mk("default", void 0, name, !0)), refused = `${why} and no network exception names the host`), allowed && agentLevel && agentLevel.network.exceptions.size > 0 && (consult(out, "allow", name, () => agentLevel.network.exceptions.all(name), () => wrap(agentLevel.network.exceptions.first(name))) || (allowed = void 0, refused = `not among the network exceptions of agent "${agentLevel.name}"`));
  }
  return done(withApproval(ctx, gate, !!gate, "reaching it", allowed, refused));
}
function decideTool(ctx, tool) {
  let { cp } = ctx, name = tool, out = { cp, explain: ctx.explain, rules: [] }, done = ([allowed2, reason, approval]) => subject("tool", name, allowed2, reason, out.rules, approval);
  if (name.trim() === "")
    return out.rules.push(mk("default", void 0, name, !0)), done([!1, "the tool invocation names no tool", !1]);
  let levels = cwdLevels(ctx), agentLevel = ctx.agent?.level, deny;
  for (let l of agentLevel ? [...levels, agentLevel] : levels) {
    if (deny && !ctx.explain) break;
    let d = consult(out, "deny", name, () => l.tools.deny.all(name), () => wrap(l.tools.deny.first(name)));
    d && !deny && (deny = { rule: d, level: l });
  }
  if (deny) return done([!1, `denied by ${levelName(deny.level)}: tools.deny ${cite(cp, deny.rule)}`, !1]);
  let gate, grant = !1;
  for (let l of levels) {
    if (gate && !ctx.explain) break;
    let g = consult(out, "approval", name, () => l.approvals.tool.gate.all(name), () => wrap(l.approvals.tool.gate.first(name)));
    gate ??= g, g && (grant ||= l.approvals.tool.grant.first(name) !== void 0);
  }
  let readOnly = ctx.agent?.trust === "read_only", total = levels.reduce((n, l) => n + l.tools.allow.size, 0), allowed, refused;
  if (total === 0)
    readOnly ? refused = `agent "${ctx.agent.identity.id}" is read_only: only tools an allow list names are allowed` : allowed = "no tools.deny matches and no allow list applies";
  else {
    let a;
    for (let l of levels) {
      if (a && !ctx.explain) break;
      let m = consult(out, "allow", name, () => l.tools.allow.all(name), () => wrap(l.tools.allow.first(name)));
      m && !a && (a = { rule: m, level: l });
    }
    a ? allowed = `allowed by ${levelName(a.level)}: tools.allow ${cite(cp, a.rule)}` : refused = `matches no tools.allow pattern (${total} consulted)`;
  }
  return allowed && agentLevel && agentLevel.tools.allow.size > 0 && (consult(out, "allow", name, () => agentLevel.tools.allow.all(name), () => wrap(agentLevel.tools.allow.first(name))) || (allowed = void 0, refused = `not in the tools.allow list of agent "${agentLevel.name}"`)), allowed || out.rules.push(mk("default", void 0, name, !0)), done(withApproval(ctx, gate, grant, "invoking it", allowed, refused));
}

// src/engine/decide-path.ts
function levelName2(l) {
  return l.kind === "root" ? "the root policy" : l.kind === "override" ? `the ${l.name}/ override` : `agent "${l.name}"`;
}
function decidePath(ctx, input, op, via) {
  if (ctx.explain) return decidePathNow(ctx, input, op, via);
  let a = ctx.action, key = `p${op}${a.cwd ?? ""}${a.agentId ?? ""}${ctx.approved ? 1 : 0}${input}`, s = ctx.cp.memo.get(key);
  return s || ctx.cp.memo.set(key, s = decidePathNow(ctx, input, op)), via ? { ...s, via } : s;
}
function decidePathNow(ctx, input, op, via) {
  let { cp } = ctx, np = normalizePath(input, { root: cp.root, cwd: ctx.action.cwd }), path = np.path, out = { cp, explain: ctx.explain, rules: [] }, done = (allowed2, reason, requiresApproval = !1) => {
    let outcome = subjectOutcome(allowed2, requiresApproval, out.rules), s = { subject: path, kind: "path", outcome, allowed: allowed2, requiresApproval, reason, rules: out.rules };
    return via && (s.via = via), s;
  }, deny = (reason) => (out.rules.push(mk("default", void 0, path, !0)), done(!1, reason));
  if (np.invalid) return deny(`"${input}" is not a usable path (${np.invalid})`);
  let writes = op !== "read";
  if (writes && ctx.agent?.trust === "read_only")
    return deny(`agent "${ctx.agent.identity.id}" is read_only: it may not ${op} files`);
  let overrides = np.outside ? [] : overridesFor(cp, path), agentLevel = ctx.agent?.level, denyAt = (l) => consult(out, "deny", path, () => l.fs.deny.all(np), () => wrap2(l.fs.deny.first(np))), rootDeny = denyAt(cp.rootLevel), otherDeny;
  for (let l of agentLevel ? [...overrides, agentLevel] : overrides) {
    if (otherDeny && !ctx.explain) break;
    let d = denyAt(l);
    d && !otherDeny && (otherDeny = { rule: d, level: l });
  }
  let carved;
  if ((rootDeny || otherDeny) && (rootDeny && !otherDeny && !np.outside && (carved = carveOut(ctx, out, np, overrides)), !carved)) {
    let d = otherDeny && !rootDeny ? otherDeny : { rule: rootDeny, level: cp.rootLevel };
    return done(!1, `denied by ${levelName2(d.level)}: filesystem.deny ${cite(cp, d.rule)}`);
  }
  let gate, grant;
  if (writes)
    for (let l of [cp.rootLevel, ...overrides]) {
      if (gate && !ctx.explain) break;
      let g = consult(out, "approval", path, () => l.approvals.file.gate.all(np), () => wrap2(l.approvals.file.gate.first(np)));
      gate ??= g, g && !grant && (grant = l.approvals.file.grant.first(np));
    }
  let allowed, refused;
  if (carved)
    allowed = `allowed by the exception ${cite(cp, carved.exception)} in a root deny, used by ${levelName2(carved.level)}: ${cite(cp, carved.allow)}`;
  else if (np.outside) {
    let a = consult(out, "allow", path, () => cp.rootLevel.fs.allow.all(np), () => wrap2(cp.rootLevel.fs.allow.first(np)));
    a ? allowed = `outside the repository, allowed by the absolute-path pattern ${cite(cp, a)}` : refused = "outside the repository: no absolute-path allow pattern names it";
  } else {
    let levels = [cp.rootLevel, ...overrides], total = levels.reduce((n, l) => n + l.fs.allow.size, 0);
    if (total === 0) allowed = "no filesystem deny matches and no allow list applies";
    else {
      let a;
      for (let l of levels) {
        if (a && !ctx.explain) break;
        let m = consult(out, "allow", path, () => l.fs.allow.all(np), () => wrap2(l.fs.allow.first(np)));
        m && !a && (a = { rule: m, level: l });
      }
      a ? allowed = `allowed by ${levelName2(a.level)}: filesystem.allow ${cite(cp, a.rule)}` : (out.rules.push(mk("default", void 0, path, !0)), refused = `matches no filesystem.allow pattern (${total} consulted)`);
    }
  }
  if (allowed && agentLevel && agentLevel.fs.allow.size > 0 && (consult(out, "allow", path, () => agentLevel.fs.allow.all(np), () => wrap2(agentLevel.fs.allow.first(np))) || (allowed = void 0, refused = `not in the filesystem.allow list of agent "${agentLevel.name}"`)), gate) {
    let why = `${op} needs a human approval: ${cite(cp, gate)}`;
    return ctx.approved ? grant && !np.outside ? done(!0, `${why}; approved`, !0) : allowed ? done(!0, `${why}; approved (${allowed})`, !0) : done(!1, `${why}, approved, but ${refused}`, !0) : done(!1, `${why}; none given`, !0);
  }
  return allowed ? done(!0, allowed) : done(!1, refused);
}
function wrap2(rule) {
  return rule ? { rule } : void 0;
}
function carveOut(ctx, out, np, overrides) {
  let { cp } = ctx;
  if (overrides.length === 0 || cp.exceptions.size === 0) return;
  let path = np.path;
  for (let { rule: ex, matched } of cp.exceptions.all(np))
    if (ctx.explain && out.rules.push(mk("exception", ex, path, matched)), !!matched)
      for (let l of overrides) {
        if (ex.overrides.length > 0 && !ex.overrides.includes(l.name)) continue;
        let a = l.fs.allow.first(np);
        if (a)
          return ctx.explain || out.rules.push(mk("exception", ex, path, !0)), out.rules.push(mk("allow", a, path, !0)), { exception: ex, allow: a, level: l };
      }
}

// src/engine/decide.ts
function decide(action, compiled, opts = {}) {
  let id = action.approvalId, approved = typeof id == "string" && id !== "" && (opts.approvalValid ? opts.approvalValid(id, action) : !0), ctx = {
    cp: compiled,
    action,
    explain: opts.explain === !0,
    approved,
    agent: action.agentId !== void 0 ? compiled.agents.get(action.agentId) : void 0
  }, subjects, fileLimit;
  switch (action.kind) {
    case "filesystem": {
      subjects = action.paths.map((p) => decidePath(ctx, p, action.op)), subjects.length === 0 ? subjects = [subject("path", "", !1, "the action names no path", [mk("default", void 0, "", !0)])] : action.op !== "read" && compiled.hasFileLimits && (fileLimit = limitFor(compiled, subjects));
      break;
    }
    case "command":
      subjects = requireCommandSupport().decideCommand(ctx, action.command);
      break;
    case "network":
      subjects = [decideNetwork(ctx, action.host, action.url)];
      break;
    case "tool":
      subjects = [decideTool(ctx, action.tool)];
      break;
    default:
      subjects = [subject("tool", String(action.kind), !1, "unknown kind of action", [])];
  }
  let allowed = subjects.every((s) => s.allowed), requiresApproval = subjects.some((s) => s.requiresApproval), d = {
    outcome: allowed ? "allow" : actionOutcome(subjects),
    allowed,
    requiresApproval,
    approved: requiresApproval && approved,
    reason: summary(subjects, allowed, requiresApproval && approved, id),
    subjects
  };
  return fileLimit && (d.fileLimit = fileLimit), d;
}
var KIND = { path: "path", command: "command", host: "host", tool: "tool" };
function summary(subjects, allowed, approved, id) {
  let label = (s) => `${KIND[s.kind]} "${s.subject}"${s.via ? ` (${s.via})` : ""}`;
  if (!allowed) {
    let denied = subjects.filter((s) => !s.allowed), more = denied.length > 1 ? ` (and ${denied.length - 1} more denied)` : "";
    return `denied: ${label(denied[0])}: ${denied[0].reason}${more}`;
  }
  if (approved) {
    let s = subjects.find((x) => x.requiresApproval);
    return `allowed with approval ${id}: ${label(s)}: ${s.reason}`;
  }
  return subjects.length === 1 ? `allowed: ${subjects[0].reason}` : `allowed: all ${subjects.length} subjects are allowed`;
}
function limitFor(cp, subjects) {
  let best, consider = (l) => {
    let m = l.maxFilesPerAction;
    m && (!best || m.limit < best.limit) && (best = m);
  };
  consider(cp.rootLevel);
  for (let s of subjects) {
    let np = normalizePath(s.subject, { root: cp.root });
    np.outside || overridesFor(cp, np.path).forEach(consider);
  }
  if (!best) return;
  let count = new Set(subjects.map((s) => s.subject)).size, b = best;
  return { count, limit: b.limit, origin: b.origin, exceeded: count > b.limit };
}

export {
  registerCommandSupport,
  normalizePath,
  decidingAgent,
  compilePolicy,
  overridesFor,
  mk,
  consult,
  cite,
  subject,
  actionOutcome,
  decidePath,
  decide
};

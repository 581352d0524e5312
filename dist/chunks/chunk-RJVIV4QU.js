import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  compileHostList
} from "./chunk-C3B5P5JP.js";
import {
  WordPatternList
} from "./chunk-AH7G4WBL.js";
import {
  Automaton,
  GlobError,
  analyzePolicyPattern,
  policySourceOf
} from "./chunk-FQJKKEJP.js";

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

// src/engine/builtin-rules.ts
var BUILTIN_FILE = "<built-in>", DEFAULT_LOG_DIR = ".agent-logs", BUILTIN_RULES = [
  // The guard's own state: its session logs, and its policy cache in the git directory.
  { id: "self-protection/audit-logs", effect: "deny", patterns: ["$LOG_DIR/**", ".git/agent-policy-lint/**"] },
  { id: "self-protection/records", effect: "deny", patterns: [".agent-policy/bypasses/**", ".agent-policy/approvals/**", ".agent-policy/approvals.jsonl"] },
  {
    id: "self-protection/hook-config",
    effect: "deny",
    patterns: ["**/.claude/settings.json", "**/.claude/settings.local.json", "**/.codex/**", "**/.gemini/settings.json", "**/.cursor/hooks.json", ".github/hooks/**"]
  },
  { id: "self-protection/policy", effect: "approval", patterns: [".agent-policy.yml", ".agent-policy.yaml", ".agent-policy.override.yml", ".agent-policy.override.yaml"] }
];
function origin(index, rule) {
  return { file: BUILTIN_FILE, pointer: `/${rule.id}`, line: index + 1, column: 1 };
}
function logDirPattern(logDir) {
  let d = (logDir ?? DEFAULT_LOG_DIR).replace(/\\/g, "/").replace(/^(?:\.\/)+/, "").replace(/\/+$/, "");
  return d === "" || d === "." ? DEFAULT_LOG_DIR : d;
}
function builtinDenies(logDir) {
  let dir = logDirPattern(logDir), out = [];
  return BUILTIN_RULES.forEach((r, i) => {
    if (r.effect === "deny")
      for (let p of r.patterns) out.push({ pattern: p.replace("$LOG_DIR", dir), origin: origin(i, r) });
  }), out;
}
function builtinApprovals() {
  let out = [];
  return BUILTIN_RULES.forEach((r, i) => {
    if (r.effect === "approval")
      for (let p of r.patterns) out.push({ kind: "file", pattern: p, origin: origin(i, r), reason: "the agent policy governs every agent: a human reviews changes to it" });
  }), out;
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
var DENY_LIST = Object.freeze({ nocase: !0, coverDescendants: !0, scopeAbsolute: !1, windowsAliases: !0 }), ALLOW_LIST = Object.freeze({ nocase: !1, coverDescendants: !1, scopeAbsolute: !0, windowsAliases: !1 }), OUTSIDE = /^(\/|~|[A-Za-z]:\/)/, ANY_DEPTH = "(?:[^]*/)?";
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
  constructor(rules, role) {
    this.rules = rules;
    this.list = compilePathList(rules, PATH_OPTIONS[role]), role === "deny" && this.list.errors.length > 0 && (this.broken = { rule: this.list.errors[0].rule });
  }
  rules;
  list;
  broken;
  get size() {
    return this.rules.length;
  }
  first(path) {
    if (this.rules.length === 0) return;
    if (this.broken) return this.broken;
    let m = this.list.firstMatch(path);
    return m ? { rule: m.rule } : void 0;
  }
  all(path) {
    let hit = new Set(this.list.allMatches(path).map((m) => m.index));
    return this.rules.map((rule, i) => ({ rule, matched: hit.has(i) || rule === this.broken?.rule }));
  }
}, CommandList = class {
  constructor(rules, role) {
    this.rules = rules;
    this.nocase = role !== "allow";
    let s = commandSupport();
    s && (this.compiled = new s.CommandPatternList(rules, this.nocase));
  }
  rules;
  compiled;
  nocase;
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
      let pattern = this.list.all[i], layer = layers.find((l) => pattern.test(l));
      return { rule, matched: layer !== void 0, layer: layer ?? layers[layers.length - 1] ?? "" };
    });
  }
}, ToolList = class {
  constructor(rules, role) {
    this.rules = rules;
    this.list = new WordPatternList(rules.map((r) => r.pattern), { nocase: role !== "allow" });
  }
  rules;
  list;
  get size() {
    return this.rules.length;
  }
  first(name) {
    let i = this.list.matches(name)[0];
    return i === void 0 ? void 0 : { rule: this.rules[i] };
  }
  all(name) {
    let hit = new Set(this.list.matches(name));
    return this.rules.map((rule, i) => ({ rule, matched: hit.has(i) }));
  }
}, HostList = class {
  constructor(rules, role) {
    this.rules = rules;
    this.list = compileHostList(rules), role === "deny" && this.list.errors.length > 0 && (this.broken = { rule: this.list.errors[0].rule });
  }
  rules;
  list;
  broken;
  get size() {
    return this.rules.length;
  }
  first(host) {
    if (this.rules.length === 0) return;
    if (this.broken) return this.broken;
    let m = this.list.firstMatch(host);
    return m ? { rule: m.rule } : void 0;
  }
  all(host) {
    let hit = new Set(this.list.allMatches(host).map((m) => m.index));
    return this.rules.map((rule, i) => ({ rule, matched: hit.has(i) || rule === this.broken?.rule }));
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
function level(kind, name, file, p, c, builtins) {
  let cons = c ?? { requireHumanApproval: [] }, fileApprovals = approvals(cons, "file"), fileGates = builtins && builtins.gates.length > 0 ? [...fileApprovals, ...builtins.gates] : fileApprovals, commandApprovals = approvals(cons, "command"), toolApprovals = approvals(cons, "tool");
  return {
    kind,
    name,
    file,
    fs: {
      allow: new PathList(p.filesystem.allow, "allow"),
      deny: new PathList(builtins && builtins.denies.length > 0 ? [...p.filesystem.deny, ...builtins.denies] : p.filesystem.deny, "deny")
    },
    commands: {
      allow: new CommandList(p.commands.allow, "allow"),
      deny: new CommandList(p.commands.deny, "deny"),
      ...p.commands.opaque ? { opaque: { setting: p.commands.opaque, origin: p.commands.opaqueOrigin } } : {}
    },
    tools: { allow: new ToolList(p.tools.allow, "allow"), deny: new ToolList(p.tools.deny, "deny") },
    network: {
      allowOutbound: p.network.allowOutbound,
      allowOutboundOrigin: p.network.allowOutboundOrigin,
      exceptions: new HostList(p.network.exceptions, "allow"),
      deny: new HostList(p.network.deny, "deny")
    },
    approvals: {
      // Built-in gates only gate: they never grant what the allow list does not.
      file: { gate: new PathList(fileGates, "gate"), grant: new PathList(fileApprovals, "allow") },
      command: { gate: new CommandList(commandApprovals, "gate"), grant: new CommandList(commandApprovals, "allow") },
      // Hosts compare case-insensitively: a host approval's gate is its grant.
      host: new HostList(approvals(cons, "host"), "gate"),
      tool: { gate: new ToolList(toolApprovals, "gate"), grant: new ToolList(toolApprovals, "allow") }
    },
    maxFilesPerAction: cons.maxFilesPerAction !== void 0 ? { limit: cons.maxFilesPerAction, origin: cons.maxFilesPerActionOrigin } : void 0
  };
}
function compilePolicy(set, opts = {}) {
  let r = set.root, denies = builtinDenies(r.audit?.logDir), overrides = /* @__PURE__ */ new Map();
  for (let o of set.overrides) {
    let dir = o.dir.replace(/^(?:\.\/)+/, "").replace(/\/+$/, "");
    dir === "" || dir === "." || overrides.set(dir, level("override", dir, o.file, o.permissions, o.constraints, { denies, gates: [] }));
  }
  let agents = /* @__PURE__ */ new Map();
  for (let a of r.agents)
    agents.set(a.id, {
      identity: a,
      trust: a.trustLevel,
      level: a.permissions ? level("agent", a.id, r.file, a.permissions, void 0) : void 0
    });
  let rootLevel = level("root", "", r.file, r.permissions, r.constraints, { denies, gates: builtinApprovals() });
  return {
    set,
    root: r.root,
    rootLevel,
    overrides,
    agents,
    exceptions: new PathList(r.exceptions, "allow"),
    noPush: new CommandList([{ pattern: "git push" }], "deny"),
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
function decidingRule(effect, rule, subject, matched) {
  let d = { effect, pattern: rule?.pattern ?? "", subject, matched };
  return rule?.origin && (d.origin = rule.origin), d;
}
function consult(recorder, effect, subject, all, first) {
  if (recorder.explain) {
    let hit;
    for (let m of all())
      recorder.rules.push(decidingRule(effect, m.rule, m.layer ?? subject, m.matched)), m.matched && !hit && (hit = m.rule);
    return hit;
  }
  let f = first();
  return f && recorder.rules.push(decidingRule(effect, f.rule, f.layer ?? subject, !0)), f?.rule;
}
function where(policy, origin2) {
  if (!origin2) return "built-in";
  let f = policy.display.get(origin2.file);
  if (f === void 0) {
    if (f = origin2.file, isAbsolute2(f)) {
      let r = relative(policy.root, f);
      r && !r.startsWith("..") && (f = r.split(sep).join("/"));
    }
    policy.display.set(origin2.file, f);
  }
  return `${f}:${origin2.line}`;
}
function cite(policy, r) {
  return `"${r.pattern}" (${where(policy, r.origin)})`;
}
function levelName(l) {
  return l.kind === "root" ? "the root policy" : l.kind === "override" ? `the ${l.name}/ override` : `agent "${l.name}"`;
}
function refusedOutright(kind, name, reason) {
  return { subject: name, kind, outcome: "deny", allowed: !1, requiresApproval: !1, reason, rules: [decidingRule("default", void 0, name, !0)] };
}

// src/engine/sequence.ts
function decideSubject(context, seq) {
  let { policy, explain } = context, { shown, subject } = seq, recorder = { policy, explain, rules: [] }, result = (outcome, reason, requiresApproval = !1) => ({
    subject: shown,
    kind: seq.kind,
    outcome,
    allowed: outcome === "allow",
    requiresApproval,
    reason,
    rules: recorder.rules
  }), deny, deniedBelowRoot = !1;
  for (let level2 of seq.deny.levels) {
    if (deny && !explain && (deniedBelowRoot || !seq.carveOut)) break;
    let list = seq.deny.list(level2), hit = consult(recorder, "deny", shown, () => list.all(subject), () => list.first(subject));
    hit && (deny ??= { rule: hit, level: level2 }, level2.kind !== "root" && (deniedBelowRoot = !0));
  }
  if (!deny && seq.deny.further)
    for (let level2 of seq.deny.levels) {
      let hit = seq.deny.further(level2);
      if (hit) {
        recorder.rules.push(decidingRule("deny", hit.rule, hit.matched, !0)), deny = { rule: hit.rule, level: level2 }, level2.kind !== "root" && (deniedBelowRoot = !0);
        break;
      }
    }
  let carved;
  if (deny && (deny.level.kind === "root" && !deniedBelowRoot && seq.carveOut && (carved = seq.carveOut(recorder)), carved === void 0))
    return result("deny", `denied by ${levelName(deny.level)}: ${seq.deny.listName} ${cite(policy, deny.rule)}`);
  let builtIn = seq.deny.builtIn?.();
  if (builtIn)
    return recorder.rules.push(decidingRule("default", builtIn.rule, shown, !0)), result("deny", builtIn.reason);
  let gate, granted = !1, approval = seq.approval;
  if (approval) {
    for (let level2 of approval.levels) {
      if (gate && !explain) break;
      let gates = approval.gate(level2), hit = consult(recorder, "approval", shown, () => gates.all(subject), () => gates.first(subject));
      hit && (gate ??= hit, !granted && !seq.grantsDoNotApply && (granted = approval.grant(level2)?.first(subject) !== void 0));
    }
    if (!gate && approval.further)
      for (let level2 of approval.levels) {
        let hit = approval.further(level2);
        if (hit) {
          recorder.rules.push(decidingRule("approval", hit.rule, hit.matched, !0)), gate = hit.rule, granted = hit.grants && !seq.grantsDoNotApply;
          break;
        }
      }
  }
  let allowed, refused, allow = seq.allow, openly = carved === void 0 && "open" in allow;
  if (carved !== void 0 ? allowed = carved : "open" in allow ? allowed = allow.open : [allowed, refused] = allowLists(recorder, shown, subject, allow), allowed !== void 0 && !openly && seq.narrow && seq.narrow.list.size > 0) {
    let list = seq.narrow.list;
    consult(recorder, "allow", shown, () => list.all(subject), () => list.first(subject)) || (allowed = void 0, refused = seq.narrow.refused);
  }
  if (!gate) return allowed !== void 0 ? result("allow", allowed) : result("deny", refused);
  let why = `${approval.what} needs a human approval: ${cite(policy, gate)}`, approvalWouldAllow = granted || allowed !== void 0;
  return context.approved ? granted ? result("allow", `${why}; approved`, !0) : allowed !== void 0 ? result("allow", `${why}; approved (${allowed})`, !0) : result("deny", `${why}, approved, but ${refused}`, !0) : approvalWouldAllow ? result("needs-approval", `${why}; none given`, !0) : result("deny", `${why}, but no approval can allow it: ${refused}`, !0);
}
function allowLists(recorder, shown, subject, step) {
  step.governedBy && recorder.rules.push(decidingRule("default", step.governedBy, shown, !0));
  let consulted = step.levels.reduce((n, l) => n + step.list(l).size, 0);
  if (consulted === 0 && "allowed" in step.whenNoList) return [step.whenNoList.allowed, void 0];
  let hit;
  if (consulted > 0)
    for (let level2 of step.levels) {
      if (hit && !recorder.explain) break;
      let list = step.list(level2), rule = consult(recorder, "allow", shown, () => list.all(subject), () => list.first(subject));
      rule && !hit && (hit = { rule, level: level2 });
    }
  return hit ? [step.allowedBy(hit.rule, hit.level), void 0] : (recorder.rules.push(decidingRule("default", void 0, shown, !0)), [void 0, consulted === 0 && "refused" in step.whenNoList ? step.whenNoList.refused : step.unmatched(consulted)]);
}
function namedAllowLists(context, levels, list, names) {
  return {
    levels,
    list,
    allowedBy: (rule, level2) => `allowed by ${levelName(level2)}: ${names.allowList} ${cite(context.policy, rule)}`,
    whenNoList: { allowed: names.whenNoList },
    unmatched: (n) => `matches no ${names.allowList} pattern (${n} consulted)`
  };
}

// src/engine/decide-path.ts
function decidePath(context, input, op, via) {
  let decision;
  if (context.explain) decision = decidePathNow(context, input, op);
  else {
    let a = context.action, key = `p${op}${a.cwd ?? ""}${a.agentId ?? ""}${context.approved ? 1 : 0}${input}`;
    decision = context.policy.memo.get(key), decision || context.policy.memo.set(key, decision = decidePathNow(context, input, op));
  }
  return via ? { ...decision, via } : decision;
}
function decidePathNow(context, input, op) {
  let { policy, agent } = context, np = normalizePath(input, { root: policy.root, cwd: context.action.cwd });
  if (np.invalid) return refusedOutright("path", np.path, `"${input}" is not a usable path (${np.invalid})`);
  let writes = op !== "read";
  if (writes && agent?.trust === "read_only") return refusedOutright("path", np.path, `agent "${agent.identity.id}" is read_only: it may not ${op} files`);
  let overrides = np.outside ? [] : overridesFor(policy, np.path), levels = [policy.rootLevel, ...overrides], agentLevel = agent?.level;
  return decideSubject(context, {
    kind: "path",
    shown: np.path,
    subject: np,
    // Denies match case-insensitively and cover descendants (src/match/patterns.ts).
    deny: { levels: agentLevel ? [...levels, agentLevel] : levels, list: (l) => l.fs.deny, listName: "filesystem.deny" },
    carveOut: np.outside ? void 0 : (recorder) => carveOut(context, recorder, np, overrides),
    // Reading is never gated.
    approval: writes ? { levels, gate: (l) => l.approvals.file.gate, grant: (l) => l.approvals.file.grant, what: op } : void 0,
    ...np.outside ? { grantsDoNotApply: !0 } : {},
    allow: np.outside ? outsideTheRepository(context) : namedAllowLists(context, levels, (l) => l.fs.allow, { allowList: "filesystem.allow", whenNoList: "no filesystem deny matches and no allow list applies" }),
    narrow: agentLevel && { list: agentLevel.fs.allow, refused: `not in the filesystem.allow list of agent "${agentLevel.name}"` }
  });
}
function outsideTheRepository(context) {
  let refused = "outside the repository: no absolute-path allow pattern names it";
  return {
    levels: [context.policy.rootLevel],
    list: (l) => l.fs.allow,
    allowedBy: (rule) => `outside the repository, allowed by the absolute-path pattern ${cite(context.policy, rule)}`,
    whenNoList: { refused },
    unmatched: () => refused
  };
}
function carveOut(context, recorder, np, overrides) {
  let { policy } = context;
  if (overrides.length === 0 || policy.exceptions.size === 0) return;
  let path = np.path;
  for (let { rule: exception, matched } of policy.exceptions.all(np))
    if (context.explain && recorder.rules.push(decidingRule("exception", exception, path, matched)), !!matched)
      for (let level2 of overrides) {
        if (exception.overrides.length > 0 && !exception.overrides.includes(level2.name)) continue;
        let allow = level2.fs.allow.first(np)?.rule;
        if (allow)
          return context.explain || recorder.rules.push(decidingRule("exception", exception, path, !0)), recorder.rules.push(decidingRule("allow", allow, path, !0)), `allowed by the exception ${cite(policy, exception)} in a root deny, used by ${levelName(level2)}: ${cite(policy, allow)}`;
      }
}

export {
  registerCommandSupport,
  requireCommandSupport,
  normalizePath,
  BUILTIN_FILE,
  DEFAULT_LOG_DIR,
  decidingAgent,
  compilePolicy,
  overridesFor,
  decidingRule,
  where,
  cite,
  levelName,
  refusedOutright,
  decideSubject,
  namedAllowLists,
  decidePath
};

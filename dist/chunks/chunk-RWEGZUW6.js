import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  ALLOW_LIST,
  DENY_LIST,
  compilePathList,
  restorePathList
} from "./chunk-SHZN6C7X.js";
import {
  compileHostList,
  normalizeHost
} from "./chunk-MEUNCPUN.js";
import {
  TwoGenerationCache,
  WordPatternList
} from "./chunk-V5PX7ZKJ.js";
import {
  builtinApprovals,
  builtinDenies
} from "./chunk-YBE6BS43.js";
import {
  normalizePath
} from "./chunk-ESNHMRV6.js";
import {
  stricterOutcome
} from "./chunk-LQCPPXLP.js";

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

// src/engine/lists.ts
var PATH_OPTIONS = {
  deny: DENY_LIST,
  allow: ALLOW_LIST,
  // Approval gates match like denies (a case variant or a Windows reading must not dodge the gate,
  // nor a leading `/` or stray whitespace), without descendants.
  gate: { nocase: !0, coverDescendants: !1, scopeAbsolute: !1, windowsAliases: !0, rootAnchored: !0, trim: !0 }
};
function withBroken(list, role) {
  return role === "deny" && list.errors.length > 0 ? { list, broken: { rule: list.errors[0].rule } } : { list };
}
var PathList = class {
  constructor(rules, role, store) {
    this.rules = rules;
    this.role = role;
    this.store = store;
  }
  rules;
  role;
  store;
  compiled;
  /**
   * Compiled on first use: a short-lived process (the runtime guard) decides one call, which
   * consults a few of the policy's lists. Compiling is pure, so when it happens changes nothing.
   */
  get list() {
    return this.compiled ??= withBroken(this.compile(), this.role);
  }
  compile() {
    let options = PATH_OPTIONS[this.role];
    if (!this.store) return compilePathList(this.rules, options);
    let key = JSON.stringify(["path", this.role, this.rules.map((r) => r.pattern)]), restored = restorePathList(this.rules, options, this.store.get(key));
    if (restored) return restored;
    let list = compilePathList(this.rules, options);
    return this.store.set(key, list.snapshot()), list;
  }
  get size() {
    return this.rules.length;
  }
  first(path) {
    if (this.rules.length === 0) return;
    let { list, broken } = this.list;
    if (broken) return broken;
    let m = list.firstMatch(path);
    return m ? { rule: m.rule } : void 0;
  }
  all(path) {
    let { list, broken } = this.list, hit = new Set(list.allMatches(path).map((m) => m.index));
    return this.rules.map((rule, i) => ({ rule, matched: hit.has(i) || rule === broken?.rule }));
  }
}, CommandList = class {
  constructor(rules, role, store) {
    this.rules = rules;
    this.store = store;
    this.nocase = role !== "allow";
    let s = commandSupport();
    s && (this.compiled = this.compile(s));
  }
  rules;
  store;
  compiled;
  nocase;
  get list() {
    return this.compiled ??= this.compile(requireCommandSupport());
  }
  compile({ CommandPatternList: List }) {
    if (!this.store || this.rules.length === 0) return new List(this.rules, this.nocase);
    let key = JSON.stringify(["command", this.nocase, this.rules.map((r) => r.pattern)]), restored = List.restore(this.rules, this.nocase, this.store.get(key));
    if (restored) return restored;
    let list = new List(this.rules, this.nocase);
    return this.store.set(key, list.snapshot()), list;
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
  /** Positions (sorted) of the rules whose pattern matches one layer as written (one pass of the list's automaton). */
  indicesMatching(layer) {
    return this.rules.length === 0 ? [] : this.list.indices(layer);
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
    this.list = new WordPatternList(rules.map((r) => role === "allow" ? r.pattern : r.pattern.trim()), { nocase: role !== "allow" });
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
    this.role = role;
  }
  rules;
  role;
  compiled;
  /** Compiled on first use, as PathList. */
  get list() {
    return this.compiled ??= withBroken(compileHostList(this.rules), this.role);
  }
  get size() {
    return this.rules.length;
  }
  first(host) {
    if (this.rules.length === 0) return;
    let { list, broken } = this.list;
    if (broken) return broken;
    let m = list.firstMatchOf(host);
    return m ? { rule: m.rule } : void 0;
  }
  all(host) {
    let { list, broken } = this.list, hit = new Set(list.allMatchesOf(host).map((m) => m.index));
    return this.rules.map((rule, i) => ({ rule, matched: hit.has(i) || rule === broken?.rule }));
  }
};

// src/engine/compile.ts
function decidingAgent(compiled, agentId) {
  if (agentId === void 0) return;
  let a = compiled.agents.get(agentId);
  return a && (a.trust !== void 0 || a.level !== void 0) ? agentId : void 0;
}
function approvals(c, kind) {
  return c.requireHumanApproval.filter((a) => a.kind === kind);
}
function level(kind, name, file, p, c, builtins, lists) {
  let cons = c ?? { requireHumanApproval: [] }, fileApprovals = approvals(cons, "file"), fileGates = builtins && builtins.gates.length > 0 ? [...fileApprovals, ...builtins.gates] : fileApprovals, commandApprovals = approvals(cons, "command"), toolApprovals = approvals(cons, "tool");
  return {
    kind,
    name,
    file,
    fs: {
      allow: new PathList(p.filesystem.allow, "allow", lists),
      deny: new PathList(builtins && builtins.denies.length > 0 ? [...p.filesystem.deny, ...builtins.denies] : p.filesystem.deny, "deny", lists)
    },
    commands: {
      allow: new CommandList(p.commands.allow, "allow", lists),
      deny: new CommandList(p.commands.deny, "deny", lists),
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
      file: { gate: new PathList(fileGates, "gate", lists), grant: new PathList(fileApprovals, "allow", lists) },
      command: { gate: new CommandList(commandApprovals, "gate", lists), grant: new CommandList(commandApprovals, "allow", lists) },
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
    dir === "" || dir === "." || overrides.set(dir, level("override", dir, o.file, o.permissions, o.constraints, { denies, gates: [] }, opts.lists));
  }
  let agents = /* @__PURE__ */ new Map();
  for (let a of r.agents)
    agents.set(a.id, {
      identity: a,
      trust: a.trustLevel,
      level: a.permissions ? level("agent", a.id, r.file, a.permissions, void 0, void 0, opts.lists) : void 0
    });
  let rootLevel = level("root", "", r.file, r.permissions, r.constraints, { denies, gates: builtinApprovals() }, opts.lists);
  return {
    set,
    root: r.root,
    rootLevel,
    overrides,
    agents,
    exceptions: new PathList(r.exceptions, "allow", opts.lists),
    noPush: new CommandList([{ pattern: "git push" }], "deny"),
    display: /* @__PURE__ */ new Map(),
    memo: new TwoGenerationCache(opts.memo ?? 5e4),
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

// src/engine/override-lookup.ts
function denyOverridesFor(cp, path) {
  if (cp.overrides.size === 0 || path === ".") return [];
  let exact = overridesFor(cp, path), folded = path.toLowerCase(), out = [...exact];
  for (let [dir, level2] of cp.overrides) {
    if (out.includes(level2)) continue;
    let d = dir.toLowerCase();
    (folded === d || folded.startsWith(`${d}/`)) && out.push(level2);
  }
  return out;
}

// src/engine/context.ts
function sharesDecisions(context) {
  return !context.explain && !context.policy.memo.off;
}

// src/derived.ts
function derivedOnce(derive) {
  let values = /* @__PURE__ */ new WeakMap();
  return (key, ...args) => {
    let value = values.get(key);
    return value === void 0 && !values.has(key) && values.set(key, value = derive(key, ...args)), value;
  };
}
function derivedForLast(derive) {
  let lastKey, lastValue;
  return (key) => (key !== lastKey && (lastValue = derive(key), lastKey = key), lastValue);
}

// src/engine/rules-out.ts
import { isAbsolute, relative, sep } from "node:path";
function decidingRule(effect, rule, subject, matched) {
  let d = { effect, pattern: rule?.pattern ?? "", subject, matched };
  return rule?.origin && (d.origin = rule.origin), d;
}
function consult(recorder, effect, subject, list, s) {
  if (recorder.explain) {
    let hit;
    for (let m of list.all(s))
      recorder.rules.push(decidingRule(effect, m.rule, m.layer ?? subject, m.matched)), m.matched && !hit && (hit = m.rule);
    return hit;
  }
  let f = list.first(s);
  return f && recorder.rules.push(decidingRule(effect, f.rule, f.layer ?? subject, !0)), f?.rule;
}
function where(policy, origin) {
  if (!origin) return "built-in";
  let f = policy.display.get(origin.file);
  if (f === void 0) {
    if (f = origin.file, isAbsolute(f)) {
      let r = relative(policy.root, f);
      r && !r.startsWith("..") && (f = r.split(sep).join("/"));
    }
    policy.display.set(origin.file, f);
  }
  return `${f}:${origin.line}`;
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
    let list = seq.deny.list(level2), hit = consult(recorder, "deny", shown, list, subject);
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
    return result("deny", ruleReason(policy, "denied by ", deny.rule, deny.level, seq.deny.listName));
  let builtIn = seq.deny.builtIn?.();
  if (builtIn)
    return recorder.rules.push(decidingRule("default", builtIn.rule, shown, !0)), result("deny", builtIn.reason);
  let gate, granted = !1, approval = seq.approval;
  if (approval) {
    for (let level2 of approval.levels) {
      if (gate && !explain) break;
      let gates = approval.gate(level2), hit = consult(recorder, "approval", shown, gates, subject);
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
  let allowed, refused, allow = typeof seq.allow == "function" ? seq.allow() : seq.allow, openly = carved === void 0 && "open" in allow;
  if (carved !== void 0 ? allowed = carved : "open" in allow ? allowed = allow.open : [allowed, refused] = allowLists(recorder, shown, subject, allow), allowed !== void 0 && !openly && seq.narrow && seq.narrow.list.size > 0) {
    let list = seq.narrow.list;
    consult(recorder, "allow", shown, list, subject) || (allowed = void 0, refused = seq.narrow.refused);
  }
  if (!gate) return allowed !== void 0 ? result("allow", allowed) : result("deny", refused);
  let why = `${approval.what} needs a human approval: ${cite(policy, gate)}`, approvalWouldAllow = granted || allowed !== void 0;
  return context.approved ? granted ? result("allow", `${why}; approved`, !0) : allowed !== void 0 ? result("allow", `${why}; approved (${allowed})`, !0) : result("deny", `${why}, approved, but ${refused}`, !0) : approvalWouldAllow ? result("needs-approval", `${why}; none given`, !0) : result("deny", `${why}, but no approval can allow it: ${refused}`, !0);
}
function allowLists(recorder, shown, subject, step) {
  step.governedBy && recorder.rules.push(decidingRule("default", step.governedBy, shown, !0));
  let consulted = 0;
  for (let l of step.levels) consulted += step.list(l).size;
  if (consulted === 0 && "allowed" in step.whenNoList) return [step.whenNoList.allowed, void 0];
  let hit;
  if (consulted > 0)
    for (let level2 of step.levels) {
      if (hit && !recorder.explain) break;
      let list = step.list(level2), rule = consult(recorder, "allow", shown, list, subject);
      rule && !hit && (hit = { rule, level: level2 });
    }
  return hit ? [step.allowedBy(hit.rule, hit.level), void 0] : (recorder.rules.push(decidingRule("default", void 0, shown, !0)), [void 0, consulted === 0 && "refused" in step.whenNoList ? step.whenNoList.refused : step.unmatched(consulted)]);
}
function ruleReason(policy, verb, rule, level2, listName) {
  let kept = ruleReasons(policy), known = kept.get(rule);
  if (known && known.verb === verb && known.level === level2 && known.listName === listName) return known.reason;
  let reason = `${verb}${levelName(level2)}: ${listName} ${cite(policy, rule)}`;
  return kept.set(rule, { verb, level: level2, listName, reason }), reason;
}
var ruleReasons = derivedOnce((_policy) => /* @__PURE__ */ new WeakMap());
function namedAllowLists(context, levels, list, names) {
  let unmatched;
  return {
    levels,
    list,
    allowedBy: (rule, level2) => ruleReason(context.policy, "allowed by ", rule, level2, names.allowList),
    whenNoList: { allowed: names.whenNoList },
    unmatched: (n) => (unmatched?.n !== n && (unmatched = { n, reason: `matches no ${names.allowList} pattern (${n} consulted)` }), unmatched.reason)
  };
}

// src/engine/decide-path.ts
function decidePath(context, input, op, via) {
  let fresh = !sharesDecisions(context), decision;
  if (fresh) decision = decidePathNow(context, input, op);
  else {
    let a = context.action, key = `p${op}${a.cwd ?? ""}${a.agentId ?? ""}${context.approved ? 1 : 0}${input}`, known = context.policy.memo.get(key);
    known ? decision = known : context.policy.memo.set(key, decision = decidePathNow(context, input, op));
  }
  let target = context.linkTarget?.(input, context.action.cwd);
  return target !== void 0 && (decision = throughLink(context, decision, target, op)), fresh ? (via && (decision.via = via), decision) : via ? { ...decision, via } : decision;
}
function throughLink(context, direct, target, op) {
  let linked = decidePathNow(context, target, op);
  return stricterOutcome(direct.outcome, linked.outcome) === direct.outcome ? direct : { ...linked, subject: direct.subject, reason: `"${direct.subject}" leads through a symbolic link to "${linked.subject}": ${linked.reason}` };
}
var FS_DENY = (l) => l.fs.deny, FS_GATE = (l) => l.approvals.file.gate, FS_GRANT = (l) => l.approvals.file.grant, FS_ALLOW = (l) => l.fs.allow, FS_NAMES = { allowList: "filesystem.allow", whenNoList: "no filesystem deny matches and no allow list applies" }, NO_CARVE_OUT = () => {
}, rootOnlySteps = derivedOnce((policy, context) => {
  let levels = [policy.rootLevel];
  return {
    deny: { levels, list: FS_DENY, listName: "filesystem.deny" },
    approval: {
      write: { levels, gate: FS_GATE, grant: FS_GRANT, what: "write" },
      delete: { levels, gate: FS_GATE, grant: FS_GRANT, what: "delete" }
    },
    allow: namedAllowLists(context, levels, FS_ALLOW, FS_NAMES),
    outside: outsideTheRepository(context)
  };
}), NONE = [];
function decidePathNow(context, input, op) {
  let { policy, agent } = context, np = normalizePath(input, { root: policy.root, cwd: context.action.cwd });
  if (np.invalid) return refusedOutright("path", np.path, `"${input}" is not a usable path (${np.invalid})`);
  if (op !== "read" && agent?.trust === "read_only") return refusedOutright("path", np.path, `agent "${agent.identity.id}" is read_only: it may not ${op} files`);
  let governed = !np.outside && policy.overrides.size > 0, overrides = governed ? overridesFor(policy, np.path) : NONE, denyOverrides = governed ? denyOverridesFor(policy, np.path) : NONE, agentLevel = agent?.level, shared = overrides.length === 0 && denyOverrides.length === 0 && !agentLevel ? rootOnlySteps(policy, context) : void 0, levels = shared ? NONE : [policy.rootLevel, ...overrides], seq = {
    kind: "path",
    shown: np.path,
    subject: np,
    // Denies match case-insensitively and cover descendants (src/match/patterns.ts).
    // Override directories compare case-insensitively for denies (override-lookup.ts).
    deny: shared ? shared.deny : { levels: [policy.rootLevel, ...denyOverrides, ...agentLevel ? [agentLevel] : []], list: FS_DENY, listName: "filesystem.deny" },
    carveOut: np.outside ? void 0 : overrides.length === 0 ? NO_CARVE_OUT : (recorder) => carveOut(context, recorder, np, overrides),
    // Reading is never gated.
    approval: op === "read" ? void 0 : shared ? shared.approval[op] : { levels, gate: FS_GATE, grant: FS_GRANT, what: op },
    allow: np.outside ? shared ? shared.outside : outsideTheRepository(context) : shared ? shared.allow : namedAllowLists(context, levels, FS_ALLOW, FS_NAMES),
    narrow: agentLevel && { list: agentLevel.fs.allow, refused: `not in the filesystem.allow list of agent "${agentLevel.name}"` }
  };
  return np.outside && (seq.grantsDoNotApply = !0), decideSubject(context, seq);
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

// src/engine/decide-other.ts
function cwdLevels(context) {
  let { policy } = context;
  if (!context.action.cwd || policy.overrides.size === 0) return [policy.rootLevel];
  let np = normalizePath(context.action.cwd, { root: policy.root });
  return np.outside ? [policy.rootLevel] : [policy.rootLevel, ...overridesFor(policy, np.path)];
}
function decideNetwork(context, host, url) {
  let { agent } = context, named = host ?? url ?? "";
  if (agent?.trust === "read_only") return refusedOutright("host", named, `agent "${agent.identity.id}" is read_only: it may not reach the network`);
  let given = host !== void 0 && host.trim() !== "" ? host : url;
  if (given === void 0 || given.trim() === "") return refusedOutright("host", named, "the request names no host");
  let name = normalizeHost(given);
  if (name === void 0) return refusedOutright("host", named, `cannot tell which host "${given}" names`);
  let levels = cwdLevels(context), agentLevel = agent?.level;
  return decideSubject(context, {
    kind: "host",
    shown: name,
    subject: name,
    deny: { levels: agentLevel ? [...levels, agentLevel] : levels, list: (l) => l.network.deny, listName: "network.deny" },
    // Hosts compare case-insensitively: a host approval's gate is its own grant.
    approval: { levels, gate: (l) => l.approvals.host, grant: (l) => l.approvals.host, what: "reaching it" },
    allow: outbound(context, levels),
    narrow: agentLevel && { list: agentLevel.network.exceptions, refused: `not among the network exceptions of agent "${agentLevel.name}"` }
  });
}
function outbound(context, levels) {
  let { policy, agent } = context, closedBy = [...levels, ...agent?.level ? [agent.level] : []].find((l) => l.network.allowOutbound === !1);
  if (!closedBy && agent?.trust !== "write_local") return { open: "outbound requests are not restricted and no network.deny matches" };
  let why = closedBy ? `allow_outbound is false (${closedBy.network.allowOutboundOrigin ? where(policy, closedBy.network.allowOutboundOrigin) : levelName(closedBy)})` : `agent "${agent.identity.id}" is write_local (network only through exceptions)`, refused = `${why} and no network exception names the host`;
  return {
    levels,
    list: (l) => l.network.exceptions,
    allowedBy: (rule, level2) => `${why}, but the host is a network exception of ${levelName(level2)}: ${cite(policy, rule)}`,
    whenNoList: { refused },
    unmatched: () => refused,
    governedBy: closedBy ? { pattern: "allow_outbound: false", origin: closedBy.network.allowOutboundOrigin } : void 0
  };
}
function decideTool(context, tool) {
  let { agent } = context;
  if (tool.trim() === "") return refusedOutright("tool", tool, "the tool invocation names no tool");
  let levels = cwdLevels(context), agentLevel = agent?.level, allow = namedAllowLists(context, levels, (l) => l.tools.allow, { allowList: "tools.allow", whenNoList: "no tools.deny matches and no allow list applies" });
  return decideSubject(context, {
    kind: "tool",
    shown: tool,
    subject: tool,
    deny: { levels: agentLevel ? [...levels, agentLevel] : levels, list: (l) => l.tools.deny, listName: "tools.deny" },
    approval: { levels, gate: (l) => l.approvals.tool.gate, grant: (l) => l.approvals.tool.grant, what: "invoking it" },
    // A read_only agent may use only the tools an allow list names.
    allow: agent?.trust === "read_only" ? { ...allow, whenNoList: { refused: `agent "${agent.identity.id}" is read_only: only tools an allow list names are allowed` } } : allow,
    narrow: agentLevel && { list: agentLevel.tools.allow, refused: `not in the tools.allow list of agent "${agentLevel.name}"` }
  });
}

export {
  registerCommandSupport,
  requireCommandSupport,
  decidingAgent,
  compilePolicy,
  overridesFor,
  denyOverridesFor,
  sharesDecisions,
  derivedOnce,
  derivedForLast,
  decidingRule,
  where,
  cite,
  levelName,
  refusedOutright,
  decideSubject,
  namedAllowLists,
  decidePath,
  cwdLevels,
  decideNetwork,
  decideTool
};

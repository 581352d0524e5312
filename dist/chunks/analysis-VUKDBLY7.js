import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  commandPatternRegexSource
} from "./chunk-ABQ5D6RS.js";
import "./chunk-Y7RLUBF5.js";
import {
  DENY_LIST,
  readings
} from "./chunk-SHZN6C7X.js";
import {
  parseHostPattern
} from "./chunk-MEUNCPUN.js";
import {
  compileStringMatcher,
  starGlobSource
} from "./chunk-V5PX7ZKJ.js";
import "./chunk-ESNHMRV6.js";
import {
  ALL_PATHS,
  Automata,
  RELATIVE_PATHS,
  SIMPLE_COMMANDS,
  meet
} from "./chunk-VUNKACUS.js";
import {
  globSyntaxError,
  policyGlobSource
} from "./chunk-DUFMWMGU.js";
import {
  foldString
} from "./chunk-FMQ4FTVJ.js";
import "./chunk-F2VQ6EFB.js";

// src/analysis/shape.ts
var SPECIAL_ESCAPE = /[0-9bBcdDfknprsStuvwWx]/, META = /* @__PURE__ */ new Set([..."()[]{}|.*+?^$"]), QUANTIFIER = /* @__PURE__ */ new Set([..."*+?{"]);
function literalEnds(source) {
  return hasTopLevelAlternation(source) ? { prefix: "", suffix: "" } : { prefix: fold(literalPrefix(source)), suffix: fold(rawSuffix(source)) };
}
var fold = foldString;
function literalPrefix(source) {
  if (hasTopLevelAlternation(source)) return "";
  let open = source.startsWith("(?:") ? 3 : source.startsWith("(") && source[1] !== "?" ? 1 : 0;
  if (open) {
    let close = matchingParen(source, 0);
    if (close > 0 && !QUANTIFIER.has(source[close + 1] ?? "")) return literalPrefix(source.slice(open, close));
  }
  let out = [], i = 0;
  for (; i < source.length; ) {
    let c = source[i];
    if (c === "\\") {
      let n = source[i + 1];
      if (n === void 0 || SPECIAL_ESCAPE.test(n)) break;
      out.push(n), i += 2;
    } else {
      if (META.has(c))
        break;
      out.push(c), i++;
    }
  }
  return i < source.length && QUANTIFIER.has(source[i]) && out.pop(), out.join("");
}
function literalSuffix(source) {
  return hasTopLevelAlternation(source) ? "" : rawSuffix(source);
}
function literalRuns(source, max = 6) {
  let runs = [], cur = "", flush = () => {
    cur.length >= 2 && runs.push(cur), cur = "";
  };
  for (let i = 0; i < source.length; i++) {
    let c = source[i];
    if (c === "\\") {
      let n = source[i + 1];
      i++, n === void 0 || SPECIAL_ESCAPE.test(n) ? flush() : cur += n;
    } else if (c === "(")
      flush(), source[i + 1] === "?" && (i += source[i + 2] === "<" ? 3 : 2);
    else if (c === "[") {
      flush();
      let close = classEnd(source, i);
      if (close < 0) break;
      i = close;
    } else QUANTIFIER.has(c) ? (cur = cur.slice(0, -1), flush()) : META.has(c) ? flush() : cur += c;
  }
  return flush(), [...new Set(runs)].sort((a, b) => b.length - a.length).slice(0, max);
}
function classEnd(source, open) {
  let i = open + 1;
  if (source[i] === "^" && i++, source[i] === "]") return i;
  for (; i < source.length; i++)
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i;
  return -1;
}
function matchingParen(source, at) {
  let depth = 0, inClass = !1;
  for (let i = at; i < source.length; i++) {
    let c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = !0;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}
function rawSuffix(source) {
  if (source.endsWith(")") && !escapedAt(source, source.length - 1)) {
    for (let i = 0; i < source.length; i++) {
      if (source[i] !== "(" || escapedAt(source, i) || inClassAt(source, i) || matchingParen(source, i) !== source.length - 1) continue;
      let open = source.startsWith("(?:", i) ? i + 3 : source[i + 1] === "?" ? -1 : i + 1, body = open < 0 ? "" : source.slice(open, -1);
      return open < 0 || hasTopLevelAlternation(body) ? "" : rawSuffix(body);
    }
    return "";
  }
  let out = [], j = source.length - 1;
  for (; j >= 0; ) {
    let slashes = 0;
    for (; j - 1 - slashes >= 0 && source[j - 1 - slashes] === "\\"; ) slashes++;
    let c = source[j];
    if (slashes % 2 === 1) {
      if (SPECIAL_ESCAPE.test(c)) break;
      out.push(c), j -= 2;
    } else {
      if (META.has(c) || c === "\\")
        break;
      out.push(c), j--;
    }
  }
  return out.reverse().join("");
}
function escapedAt(source, i) {
  let n = 0;
  for (; i - 1 - n >= 0 && source[i - 1 - n] === "\\"; ) n++;
  return n % 2 === 1;
}
function inClassAt(source, at) {
  let inClass = !1;
  for (let i = 0; i < at; i++) {
    let c = source[i];
    c === "\\" ? i++ : inClass ? inClass = c !== "]" : c === "[" && (inClass = !0);
  }
  return inClass;
}
function hasTopLevelAlternation(source) {
  let depth = 0, inClass = !1;
  for (let i = 0; i < source.length; i++) {
    let c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = !0;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return !0;
  }
  return !1;
}
function prefixesAgree(a, b) {
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}
function suffixesAgree(a, b) {
  return a.length <= b.length ? b.endsWith(a) : a.endsWith(b);
}

// src/analysis/quick.ts
var FILLERS = ["", "a", "/a", "a/a", " a", "a a", "/a/a"], Sampler = class {
  constructor(auto) {
    this.auto = auto;
  }
  auto;
  matchers = /* @__PURE__ */ new Map();
  ends = /* @__PURE__ */ new WeakMap();
  folded = /* @__PURE__ */ new WeakMap();
  runs = /* @__PURE__ */ new WeakMap();
  /**
   * Membership (a meet: by every part). A case-sensitive match is a match with `i` too; a
   * case-insensitive language is then asked of its cached DFA.
   */
  test(l, w) {
    if (l.meet) return l.meet.every((m) => this.test(m, w));
    if (this.matcher(l.source, "")(w)) return !0;
    if (!l.flags) return !1;
    let ends = this.foldedEnds(l);
    if (ends.prefix || ends.suffix) {
      let fw = fold(w);
      if (!fw.startsWith(ends.prefix) || !fw.endsWith(ends.suffix)) return !1;
    }
    let byDfa = this.auto.accepts(l, w);
    return byDfa !== void 0 ? byDfa : this.matcher(l.source, l.flags ?? "")(w);
  }
  matcher(source, flags) {
    let key = `${flags}/${source}`, m = this.matchers.get(key);
    if (!m) {
      try {
        m = compileStringMatcher(source, { nocase: flags === "i" });
      } catch {
        m = () => !1;
      }
      this.matchers.set(key, m);
    }
    return m;
  }
  /** A word in every `pos` language and in no `neg` item, if a candidate happens to be one. */
  find(pos, neg = []) {
    let prefixes = /* @__PURE__ */ new Set([""]), suffixes = /* @__PURE__ */ new Set([""]), inner = /* @__PURE__ */ new Set(), all = [...pos, ...neg.flat()].flatMap((p) => p.meet ?? [p]);
    for (let l of pos.flatMap((p) => p.meet ?? [p])) {
      let [p, s] = this.endsOf(l);
      prefixes.add(p), suffixes.add(s);
    }
    for (let l of all) for (let r of this.runsOf(l)) inner.add(r);
    let negs = neg.map((n) => Array.isArray(n) ? n : [n]), tried = /* @__PURE__ */ new Set(), ok = (w) => tried.has(w) ? !1 : (tried.add(w), pos.every((l) => this.test(l, w)) && !negs.some((g) => g.every((l) => this.test(l, w))));
    for (let p of prefixes)
      for (let s of suffixes)
        for (let f of FILLERS) if (ok(p + f + s)) return p + f + s;
    let longest = (xs) => [...xs].reduce((a, b) => b.length > a.length ? b : a, ""), middles = [.../* @__PURE__ */ new Set([...prefixes, ...suffixes, ...inner])].filter((m) => m !== "").slice(0, 10);
    for (let p of /* @__PURE__ */ new Set(["", longest(prefixes)]))
      for (let s of /* @__PURE__ */ new Set(["", longest(suffixes)]))
        for (let m of middles)
          for (let w of [`${p}${m}/a${s}`, `${p}a${m}/a${s}`, `${p}${m}${s}`, `${p}/${m}/a${s}`]) if (ok(w)) return w;
  }
  runsOf(l) {
    let r = this.runs.get(l);
    return r || this.runs.set(l, r = literalRuns(l.source)), r;
  }
  /** endsOf, case-folded (what literalEnds gives, without scanning the source again). */
  foldedEnds(l) {
    let e = this.folded.get(l);
    if (!e) {
      let [prefix, suffix] = this.endsOf(l);
      this.folded.set(l, e = { prefix: fold(prefix), suffix: fold(suffix) });
    }
    return e;
  }
  endsOf(l) {
    let e = this.ends.get(l);
    return e || (e = [literalPrefix(l.source), literalSuffix(l.source)], this.ends.set(l, e)), e;
  }
};

// src/analysis/model.ts
import { isAbsolute, relative, sep } from "node:path";
var KIND_NOUN = { path: "path", command: "command" };
function buildModel(set, compiler) {
  let entries = [], add = (kind, role, pattern, origin, dir, list, overrides, agent) => {
    let c = compiler[kind](pattern, role), e = { kind, role, pattern, origin, dir, list, prefix: "", suffix: "" };
    agent !== void 0 && (e.agent = agent), c.ok ? (e.lang = c.lang, c.core && (e.core = c.core), { prefix: e.prefix, suffix: e.suffix } = literalEnds(c.lang.source)) : e.problem = { reason: c.reason, reported: c.reported }, overrides && (e.overrides = overrides), entries.push(e);
  }, perms = (p, file, dir, agent) => {
    let owner3 = agent === void 0 ? "" : `agent.${agent}.`;
    for (let [kind, rules] of [["path", p.filesystem], ["command", p.commands]])
      for (let role of ["allow", "deny"])
        for (let r of rules[role]) add(kind, role, r.pattern, r.origin, dir, `${file}#${owner3}${kind}.${role}`, void 0, agent);
  }, approvals = (rules, file, dir) => {
    for (let r of rules)
      r.kind === "file" && add("path", "approval", r.pattern, r.origin, dir, `${file}#path.approval`), r.kind === "command" && add("command", "approval", r.pattern, r.origin, dir, `${file}#command.approval`);
  }, { root } = set;
  perms(root.permissions, root.file, ""), approvals(root.constraints.requireHumanApproval, root.file, "");
  for (let a of root.agents) a.permissions && perms(a.permissions, root.file, "", a.id);
  for (let x of root.exceptions) add("path", "exception", x.pattern, x.origin, "", `${root.file}#path.exception`, x.overrides);
  for (let o of set.overrides)
    perms(o.permissions, o.file, o.dir), approvals(o.constraints.requireHumanApproval, o.file, o.dir);
  return { entries, dirs: set.overrides.map((o) => o.dir) };
}
function within(dir, d) {
  return d === "" || dir === d || dir.startsWith(`${d}/`);
}
function scopeLang(dir) {
  return { source: `${escapeRegex(dir)}(?:/[^]+)?`, flags: "" };
}
function escapeRegex(text) {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, (c) => `\\${c}`);
}
function displayFile(file, repoRoot) {
  if (!isAbsolute(file)) return file.split(sep).join("/");
  let r = relative(repoRoot, file);
  return r && !r.startsWith("..") && !isAbsolute(r) ? r.split(sep).join("/") : file;
}

// src/analysis/context.ts
var Ctx = class {
  constructor(set, model, auto) {
    this.set = set;
    this.model = model;
    this.auto = auto;
    this.sampler = new Sampler(auto);
  }
  set;
  model;
  auto;
  findings = [];
  /** Entries already shown to be dead or vacuous: later checks stay quiet about them. */
  dead = /* @__PURE__ */ new Set();
  undecided = /* @__PURE__ */ new Set();
  governedCache = /* @__PURE__ */ new Map();
  someCache = /* @__PURE__ */ new Map();
  overlapCache = /* @__PURE__ */ new Map();
  sampler;
  scopePrefixes = /* @__PURE__ */ new Map();
  denyLists = /* @__PURE__ */ new Map();
  /** Entries with a language, optionally filtered. */
  live(filter = () => !0) {
    return this.model.entries.filter((e) => e.lang && filter(e));
  }
  universe(e) {
    return e.kind === "path" ? ALL_PATHS : SIMPLE_COMMANDS;
  }
  /** What the entry governs: its pattern within the universe and its override's directory (one cached DFA). */
  pos(e) {
    return [this.governed(e)];
  }
  governed(e) {
    let g = this.governedCache.get(e);
    return g || (g = e.kind === "path" && e.dir ? meet(e.lang, this.universe(e), scopeLang(e.dir)) : meet(e.lang, this.universe(e)), this.governedCache.set(e, g)), g;
  }
  /** What a deny entry denies (an override's deny only inside its directory). */
  neg(d) {
    return d.kind === "path" && d.dir ? meet(d.lang, scopeLang(d.dir)) : d.lang;
  }
  /** The shortest word of what `e` governs (cached); undefined when it governs nothing or is undecided. */
  some(e) {
    return this.someCache.has(e) || this.someCache.set(e, this.witness(e, "the pattern matches anything", this.pos(e))), this.someCache.get(e);
  }
  /** Whether `e` governs any word (an undecided answer counts as yes: it is reported, never dropped). */
  nonEmpty(e) {
    return this.ask(e, "the pattern matches anything", this.pos(e)).status !== "empty";
  }
  /** Whether `a` governs a word that deny `d` denies (cached per pair). */
  overlaps(a, d) {
    let m = this.overlapCache.get(a);
    m || this.overlapCache.set(a, m = /* @__PURE__ */ new Map());
    let v = m.get(d);
    return v === void 0 && (v = this.compatible(a, d) && this.ask(a, `it overlaps ${quote(d.pattern)}`, [this.governed(a), this.neg(d)]).status === "found", m.set(d, v)), v;
  }
  /** Cheap sound test: false means `a` and `b` (each within its scope) cannot share a word. */
  compatible(a, b) {
    if (!prefixesAgree(a.prefix, b.prefix) || !suffixesAgree(a.suffix, b.suffix)) return !1;
    if (a.kind !== "path") return !0;
    let sa = this.scopePrefix(a), sb = this.scopePrefix(b);
    return prefixesAgree(sa, b.prefix) && prefixesAgree(sb, a.prefix) && prefixesAgree(sa, sb);
  }
  /** The folded `dir/` of an override entry ('' for the root). */
  scopePrefix(e) {
    let p = this.scopePrefixes.get(e);
    return p === void 0 && this.scopePrefixes.set(e, p = e.dir ? `${fold(e.dir)}/` : ""), p;
  }
  /**
   * Deny entries that apply to what `a` governs (same kind): the root's, every override's within its
   * directory, and, for an agent's entry, that agent's own (an agent's denies add to the defaults).
   */
  deniesFor(a) {
    let denies = this.denyLists.get(a.kind);
    return denies || this.denyLists.set(a.kind, denies = this.live((d) => d.role === "deny" && d.kind === a.kind)), denies.filter(
      (d) => (d.agent === void 0 || d.agent === a.agent) && (a.kind === "path" || d.dir === "" || within(a.dir, d.dir)) && this.compatible(a, d)
    );
  }
  /** Root exceptions an override's allow may use: those for any override or naming its directory. */
  exceptionsFor(a) {
    return a.kind !== "path" || !a.dir ? [] : this.live((x) => x.role === "exception" && (!x.overrides?.length || x.overrides.includes(a.dir)) && this.compatible(a, x));
  }
  /**
   * One question: a cheap candidate word first (a RegExp-checked "found", witness not minimal), else
   * the exact search. An unknown answer becomes a single conflict-undecided finding for the entry.
   */
  ask(e, question, pos, neg = []) {
    let w = this.sampler.find(pos, neg);
    return w !== void 0 ? { status: "found", witness: w } : this.exact(e, question, pos, neg);
  }
  /** The exact answer, with the shortest (most readable) witness: for what is shown to users. */
  exact(e, question, pos, neg = [], opts) {
    let v = this.auto.find(pos, neg, e.kind === "path" ? { preferFileInside: !0, ...opts } : opts);
    return v.status === "unknown" && this.reportUndecided(e, question, v.reason), v;
  }
  /** The shortest witness of a question, or undefined (empty or undecided). */
  witness(e, question, pos, neg = [], opts) {
    let v = this.exact(e, question, pos, neg, opts);
    return v.status === "found" ? v.witness : void 0;
  }
  reportUndecided(e, question, reason) {
    let key = `${e.origin.file}:${e.origin.pointer}:${question}`;
    this.undecided.has(key) || (this.undecided.add(key), this.report(e, "conflict-undecided", "warning", `Could not decide whether ${question} for ${quote(e.pattern)}: ${reason}`, {
      hint: "Simplify the pattern (split a large alternation into several patterns) so it can be analysed exactly.",
      data: { question, reason }
    }));
  }
  /** A pattern that has no language at all: none of its conflicts can be decided. */
  reportUncompiled(e, reason) {
    this.report(e, "conflict-undecided", "warning", `Could not analyse ${quote(e.pattern)} for conflicts: ${reason}`, {
      hint: "Conflicts involving this pattern are not checked; rewrite it with supported glob syntax.",
      data: { question: "any conflict", reason }
    });
  }
  report(e, ruleId, severity, message, extra = {}) {
    let f = { ruleId, severity, message, file: e.origin.file, line: e.origin.line, column: e.origin.column };
    extra.hint && (f.hint = extra.hint), extra.witness !== void 0 && (f.witness = extra.witness), extra.related?.length && (f.related = extra.related), f.data = { pattern: e.pattern, policy: this.where(e), ...extra.witness !== void 0 ? { witness: extra.witness } : {}, ...extra.data }, this.findings.push(f);
  }
  related(e, message) {
    return { file: e.origin.file, line: e.origin.line, column: e.origin.column, message };
  }
  /** `backend/.agent-policy.override.yml:4` */
  where(e) {
    return `${displayFile(e.origin.file, this.set.root.root)}:${e.origin.line}`;
  }
  /** `Root policy`, `Backend override`, `Override services/api/`. */
  owner(e) {
    return e.agent !== void 0 ? `Agent ${quote(e.agent)}` : e.dir ? e.dir.includes("/") ? `Override ${e.dir}/` : `${e.dir.charAt(0).toUpperCase()}${e.dir.slice(1)} override` : "Root policy";
  }
};
function quote(pattern) {
  return JSON.stringify(pattern);
}
function verb(e) {
  switch (e.role) {
    case "allow":
      return "allows";
    case "deny":
      return "denies";
    case "approval":
      return "requires approval for";
    case "exception":
      return "makes an exception for";
  }
}

// src/analysis/checks/agents.ts
function checkAgents(ctx) {
  let trust = new Map(ctx.set.root.agents.map((a) => [a.id, a.trustLevel])), defaults = (kind, role) => ctx.live((d) => d.agent === void 0 && d.dir === "" && d.role === role && d.kind === kind);
  for (let e of ctx.live((x) => x.agent !== void 0 && !ctx.dead.has(x)))
    if (e.role === "allow") {
      if (e.kind === "command" && trust.get(e.agent) === "read_only") {
        ctx.report(e, "dead-allow", "error", `${ctx.owner(e)} allows ${quote(e.pattern)}, but its trust level read_only runs no commands`, {
          hint: "Remove the allow, or raise the agent to write_local if it is meant to run commands.",
          witness: ctx.some(e),
          data: { trustLevel: "read_only" }
        }), ctx.dead.add(e);
        continue;
      }
      let wider = defaults(e.kind, "allow");
      if (wider.length === 0 || wider.some((d) => ctx.ask(e, `it shares a ${KIND_NOUN[e.kind]} with default allow ${quote(d.pattern)}`, [ctx.governed(e), d.lang]).status !== "empty")) continue;
      ctx.report(
        e,
        "dead-allow",
        "error",
        `${ctx.owner(e)} allows ${quote(e.pattern)}, but the default allow list admits none of it; an agent's allows only narrow the defaults`,
        {
          hint: "Add what the agent needs to default_permissions as well, or remove the allow.",
          witness: ctx.some(e),
          related: wider.map((d) => ctx.related(d, `Default allow: ${d.pattern}`)),
          data: { defaults: wider.map((d) => ({ pattern: d.pattern, policy: ctx.where(d) })) }
        }
      ), ctx.dead.add(e);
    } else if (e.role === "deny") {
      let covering = defaults(e.kind, "deny").filter((d) => ctx.compatible(e, d));
      if (covering.length === 0 || ctx.ask(e, "it denies anything the default denies do not", ctx.pos(e), covering.map((d) => ctx.neg(d))).status !== "empty") continue;
      let named = covering.filter((d) => ctx.overlaps(e, d));
      ctx.report(e, "redundant-pattern", "info", `${ctx.owner(e)} denies ${quote(e.pattern)}, which the default denies already cover (${named.map((d) => quote(d.pattern)).join(", ")})`, {
        hint: "Delete the agent's deny, unless it is kept on purpose as documentation.",
        related: named.map((d) => ctx.related(d, `Default deny: ${d.pattern}`)),
        data: { broader: named.map((d) => d.pattern), broaderPolicy: named.map((d) => ctx.where(d)) }
      });
    }
}

// src/analysis/checks/allows.ts
var RESOLUTION = "Remove override or add explicit exception in root policy.";
function checkAllows(ctx) {
  for (let a of ctx.live((e) => e.role === "allow")) {
    if (ctx.dead.has(a) || !ctx.nonEmpty(a)) continue;
    let overlaps = ctx.deniesFor(a).filter((d) => !anchored(d) || ctx.overlaps(a, d));
    if (overlaps.length === 0) continue;
    let reported = !1;
    a.dir && (reported = overrideVsRoot(ctx, a, overlaps.filter((d) => !d.dir))), reported || (reported = deadAllow(ctx, a, overlaps)), reported || sameFileOverlaps(ctx, a, overlaps);
  }
}
function overrideVsRoot(ctx, a, overlaps) {
  if (overlaps.length === 0) return !1;
  let g = ctx.governed(a), exceptions = ctx.exceptionsFor(a).filter((x) => ctx.ask(a, `exception ${quote(x.pattern)} applies`, [g, x.lang]).status === "found");
  if (ctx.ask(a, "it lies inside the root denies", [g], overlaps.map((d) => d.lang)).status === "empty" && exceptions.length === 0)
    return reportInsideRootDeny(ctx, a, overlaps), ctx.dead.add(a), !0;
  for (let d of overlaps) {
    if (!anchored(d)) continue;
    let core = d.core ?? d.lang;
    if (ctx.ask(a, `it overlaps ${quote(d.pattern)} as written`, [g, core]).status !== "found") continue;
    let question = `its overlap with ${quote(d.pattern)} stays denied`, denied = ctx.exact(a, question, [g, d.lang], exceptions.map((x) => x.lang));
    if (denied.status === "unknown") continue;
    let facts = { rootPattern: d.pattern, rootPolicy: ctx.where(d), overridePattern: a.pattern, overridePolicy: ctx.where(a) };
    if (denied.status === "empty") {
      let witness = ctx.witness(a, `it overlaps ${quote(d.pattern)}`, [g, core]), carving = exceptions.filter((x) => ctx.ask(a, `exception ${quote(x.pattern)} applies`, [g, d.lang, x.lang]).status === "found");
      ctx.report(
        a,
        "override-allow-in-root-deny",
        "info",
        `${ctx.owner(a)} allows ${quote(a.pattern)} inside root deny ${quote(d.pattern)}; the root exceptions carve out the overlap, so it is allowed`,
        {
          witness,
          related: [ctx.related(d, `Root policy denies: ${d.pattern}`), ...carving.map((x) => ctx.related(x, `Root exception: ${x.pattern}`))],
          data: { ...facts, exceptions: carving.map((x) => x.pattern), overlap: "covered-by-exception" }
        }
      );
    } else
      ctx.report(
        a,
        "override-allow-in-root-deny",
        "info",
        `${ctx.owner(a)} allows ${quote(a.pattern)}, which partly overlaps root deny ${quote(d.pattern)}; the overlap stays denied`,
        {
          witness: ctx.witness(a, question, [g, core], exceptions.map((x) => x.lang)) ?? denied.witness,
          hint: "Nothing to do if the overlap is meant to stay denied; otherwise add an exception in the root policy.",
          related: [ctx.related(d, `Root policy denies: ${d.pattern}`)],
          data: { ...facts, overlap: "partial" }
        }
      );
  }
  return !1;
}
function reportInsideRootDeny(ctx, a, overlapping) {
  let alone = overlapping.find((d) => ctx.ask(a, `it lies inside ${quote(d.pattern)}`, ctx.pos(a), [d.lang]).status === "empty"), named = alone ? [alone] : overlapping.filter((d) => ctx.overlaps(a, d)), witness = ctx.some(a), denyLines = named.map((d) => `Root policy denies: ${d.pattern}  (${ctx.where(d)})`);
  ctx.report(
    a,
    "override-allow-in-root-deny",
    "error",
    ["Policy conflict detected", ...denyLines, `${ctx.owner(a)} allows: ${a.pattern}  (${ctx.where(a)})`].join(`
`),
    {
      hint: `Resolution: ${RESOLUTION}`,
      witness,
      related: named.map((d) => ctx.related(d, `Root policy denies: ${d.pattern}`)),
      data: {
        rootPatterns: named.map((d) => d.pattern),
        rootPolicies: named.map((d) => ctx.where(d)),
        overridePattern: a.pattern,
        overridePolicy: ctx.where(a),
        resolution: RESOLUTION
      }
    }
  );
}
function deadAllow(ctx, a, denies) {
  if (ctx.ask(a, "anything it allows survives the denies", ctx.pos(a), denies.map((d) => ctx.neg(d))).status !== "empty") return !1;
  let overrideOnly = denies.filter((d) => d.dir).map((d) => ctx.neg(d));
  for (let x of ctx.exceptionsFor(a))
    if (ctx.ask(a, `exception ${quote(x.pattern)} re-admits part of it`, [ctx.governed(a), x.lang], overrideOnly).status !== "empty") return !1;
  let witness = ctx.some(a);
  return denies = denies.filter((d) => ctx.overlaps(a, d)), ctx.report(
    a,
    "dead-allow",
    "error",
    `${ctx.owner(a)} allows ${quote(a.pattern)}, but every ${KIND_NOUN[a.kind]} it matches is denied by ${denies.map((d) => quote(d.pattern)).join(", ")}`,
    {
      hint: "Remove the allow, or narrow the deny if the allow was meant to take effect.",
      witness,
      related: denies.map((d) => ctx.related(d, `${ctx.owner(d)} denies: ${d.pattern}`)),
      data: { denies: denies.map((d) => ({ pattern: d.pattern, policy: ctx.where(d) })) }
    }
  ), ctx.dead.add(a), !0;
}
function anchored(d) {
  return d.pattern.replace(/^(?:\*\*\/)+/, "").includes("/");
}
function sameFileOverlaps(ctx, a, overlaps) {
  for (let d of overlaps) {
    if (d.origin.file !== a.origin.file || ctx.dead.has(d) || !anchored(d)) continue;
    let written = { source: (d.core ?? d.lang).source, flags: "" }, core = d.dir ? meet(d.core ?? d.lang, scopeLang(d.dir)) : d.core ?? d.lang;
    if (ctx.ask(a, `it overlaps ${quote(d.pattern)} as written`, [ctx.governed(a), core]).status !== "found") continue;
    let allowOutside = ctx.ask(a, `it extends beyond deny ${quote(d.pattern)}`, ctx.pos(a), [d.lang]), denyOutside = ctx.ask(d, `it extends beyond allow ${quote(a.pattern)}`, [written, ctx.governed(d)], [a.lang]);
    if (allowOutside.status !== "found" || denyOutside.status !== "found") continue;
    let witness = ctx.witness(a, `it overlaps ${quote(d.pattern)}`, [ctx.governed(a), core]);
    ctx.report(a, "allow-deny-overlap", "info", `Allow ${quote(a.pattern)} and deny ${quote(d.pattern)} partly overlap; the overlap is denied`, {
      witness,
      related: [ctx.related(d, `${ctx.owner(d)} denies: ${d.pattern}`)],
      data: { deny: d.pattern, denyPolicy: ctx.where(d) }
    });
  }
}

// src/analysis/checks/approvals.ts
function checkApprovals(ctx) {
  for (let p of ctx.live((e) => e.role === "approval" && !ctx.dead.has(e))) {
    let denies = ctx.deniesFor(p);
    if (denies.length === 0 || ctx.ask(p, "anything it gates survives the denies", ctx.pos(p), denies.map((d) => ctx.neg(d))).status !== "empty") continue;
    let overrideDenies = denies.filter((d) => d.dir).map((d) => ctx.neg(d));
    if (ctx.exceptionsFor(p).some(
      (x) => ctx.ask(p, `exception ${quote(x.pattern)} re-admits part of it`, [...ctx.pos(p), x.lang], overrideDenies).status !== "empty"
    )) continue;
    let covering = denies.filter((d) => ctx.overlaps(p, d)), witness = ctx.some(p), what = KIND_NOUN[p.kind];
    ctx.report(
      p,
      "unreachable-approval",
      "warning",
      `${ctx.owner(p)} requires approval for ${quote(p.pattern)}, but every ${what} it matches is denied by ${covering.map((d) => quote(d.pattern)).join(", ")}; a deny wins over an approval`,
      {
        hint: "Remove the approval rule, or narrow the deny if approved access was intended.",
        witness,
        related: covering.map((d) => ctx.related(d, `${ctx.owner(d)} denies: ${d.pattern}`)),
        data: { denies: covering.map((d) => ({ pattern: d.pattern, policy: ctx.where(d) })) }
      }
    );
  }
}

// src/analysis/checks/compound.ts
var READABLE = { source: String.raw`[^]*[^\s;&|]; curl x[^]*`, flags: "" }, ANY_OPERATOR = { source: String.raw`[^]*(?:;|&|\||\n|\$\(|\`)[^]*`, flags: "" };
function checkCompound(ctx) {
  for (let e of ctx.live((x) => x.kind === "command" && x.role === "allow" && x.pattern.includes("*"))) {
    if (ctx.dead.has(e)) continue;
    let v = ctx.exact(e, "it admits compound commands", [e.lang, READABLE]);
    v.status === "empty" && (v = ctx.exact(e, "it admits compound commands", [e.lang, ANY_OPERATOR])), v.status === "found" && ctx.report(
      e,
      "compound-command-hazard",
      "warning",
      `${ctx.owner(e)} allows ${quote(e.pattern)}, which also matches compound command lines such as ${quote(v.witness)}`,
      {
        witness: v.witness,
        hint: "The engine splits compound commands and checks each part, so this is safe at run time; list the exact commands you mean (a pattern without * already admits further arguments)."
      }
    );
  }
}

// src/analysis/checks/host-sets.ts
function hostSet(pattern) {
  try {
    return parseHostPattern(pattern);
  } catch {
    return;
  }
}
function atOrBelow(name, domain) {
  return name === domain || name.endsWith(`.${domain}`);
}
function hostCovers(outer, inner) {
  return inner.kind === "exact" ? outer.kind === "exact" ? outer.host === inner.host : inner.host !== outer.host && atOrBelow(inner.host, outer.host) : outer.kind === "subdomains" && atOrBelow(inner.host, outer.host);
}
function inHostSet(s, host) {
  return s.kind === "exact" ? s.host === host : host !== s.host && atOrBelow(host, s.host);
}
function someHost(s, outside) {
  if (s.kind === "exact") return outside.some((o) => inHostSet(o, s.host)) ? void 0 : s.host;
  if (!outside.some((o) => hostCovers(o, s)))
    for (let i = 0; i <= outside.length; i++) {
      let host = `${i === 0 ? "x" : `x${i}`}.${s.host}`;
      if (!outside.some((o) => inHostSet(o, host))) return host;
    }
}

// src/analysis/checks/name-levels.ts
function places(set) {
  let { root } = set;
  return [
    { file: root.file, dir: "", permissions: root.permissions, approvals: root.constraints.requireHumanApproval },
    ...set.overrides.map((o) => ({ file: o.file, dir: o.dir, permissions: o.permissions, approvals: o.constraints.requireHumanApproval })),
    ...root.agents.flatMap((a) => a.permissions ? [{ file: root.file, dir: "", agent: { id: a.id, trust: a.trustLevel }, permissions: a.permissions, approvals: [] }] : [])
  ];
}
function denyReaches(d, e) {
  return d.place.agent ? e.place.agent?.id === d.place.agent.id : within(e.place.dir, d.place.dir);
}
function listKey(p, list) {
  return `${p.file}#${p.agent ? `agent:${p.agent.id}.` : ""}${list}`;
}

// src/analysis/checks/hosts.ts
function hostEntries(set) {
  let out = [];
  for (let place of places(set)) {
    let add = (role, pattern, origin) => {
      let s = hostSet(pattern);
      s && out.push({ role, pattern, set: s, origin, place, list: listKey(place, `host.${role}`) });
    };
    for (let r of place.permissions.network.exceptions) add("exception", r.pattern, r.origin);
    for (let r of place.permissions.network.deny) add("deny", r.pattern, r.origin);
    for (let r of place.approvals) r.kind === "host" && add("approval", r.pattern, r.origin);
  }
  return out;
}
function asEntry(h) {
  return { kind: "command", role: h.role, pattern: h.pattern, origin: h.origin, dir: h.place.dir, list: h.list, prefix: "", suffix: "" };
}
function owner(ctx, h) {
  return h.place.agent ? `Agent "${h.place.agent.id}"` : ctx.owner(asEntry(h));
}
function checkHosts(ctx) {
  let entries = hostEntries(ctx.set), denies = entries.filter((e) => e.role === "deny"), dead = /* @__PURE__ */ new Set();
  for (let e of entries) {
    if (e.role === "deny") {
      e.place.agent && agentDenyCovered(ctx, e, denies.filter((d) => !d.place.agent && d.place.dir === "" && hostCovers(d.set, e.set)));
      continue;
    }
    if (e.role === "exception" && e.place.agent?.trust === "read_only") {
      dead.add(e), ctx.report(asEntry(e), "dead-allow", "error", `${owner(ctx, e)} is read_only, so its network exception ${quote(e.pattern)} never applies: a read_only agent reaches no host`, {
        hint: "Delete the exception, or give the agent a trust level that may reach the network.",
        witness: someHost(e.set, []),
        data: { denies: [], trust: "read_only", subject: "host" }
      });
      continue;
    }
    let covering = denies.filter((d) => denyReaches(d, e) && hostCovers(d.set, e.set));
    if (covering.length === 0) continue;
    dead.add(e);
    let witness = someHost(e.set, []), related = covering.map((d) => ctx.related(asEntry(d), `${owner(ctx, d)} denies: ${d.pattern}`)), data = { denies: covering.map((d) => ({ pattern: d.pattern, policy: ctx.where(asEntry(d)) })), subject: "host" }, names = covering.map((d) => quote(d.pattern)).join(", ");
    e.role === "exception" ? ctx.report(asEntry(e), "dead-allow", "error", `${owner(ctx, e)} makes ${quote(e.pattern)} a network exception, but every host it matches is denied by ${names}; a deny wins over an exception`, {
      hint: "Delete the exception, or narrow the deny if the host was meant to be reachable.",
      witness,
      related,
      data
    }) : ctx.report(asEntry(e), "unreachable-approval", "warning", `${owner(ctx, e)} requires approval for reaching ${quote(e.pattern)}, but every host it matches is denied by ${names}; a deny wins over an approval`, {
      hint: "Remove the approval rule, or narrow the deny if approved access was intended.",
      witness,
      related,
      data
    });
  }
  checkHostLists(ctx, entries.filter((e) => !dead.has(e)));
}
function agentDenyCovered(ctx, e, covering) {
  if (covering.length === 0) return;
  let broad = covering[0];
  ctx.report(asEntry(e), "redundant-pattern", "info", `${owner(ctx, e)} denies ${quote(e.pattern)}, which the root policy already denies for every agent (${quote(broad.pattern)}, line ${broad.origin.line})`, {
    hint: "Delete the agent deny, unless it is kept on purpose as documentation.",
    related: [ctx.related(asEntry(broad), `Root policy denies: ${broad.pattern}`)],
    data: { broader: broad.pattern, broaderPolicy: ctx.where(asEntry(broad)), subject: "host" }
  });
}
function checkHostLists(ctx, entries) {
  let lists = /* @__PURE__ */ new Map();
  for (let e of entries) lists.set(e.list, [...lists.get(e.list) ?? [], e]);
  for (let list of lists.values()) {
    let done = /* @__PURE__ */ new Set();
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        let a = list[i], b = list[j];
        if (done.has(a) || done.has(b)) continue;
        let aInB = hostCovers(b.set, a.set), bInA = hostCovers(a.set, b.set);
        if (aInB && bInA)
          a.pattern !== b.pattern && ctx.report(asEntry(b), "duplicate-pattern", "warning", `${quote(b.pattern)} matches exactly what ${quote(a.pattern)} (line ${a.origin.line}) matches`, {
            hint: "Delete one of the two patterns.",
            related: [ctx.related(asEntry(a), `Same hosts: ${a.pattern}`)],
            data: { other: a.pattern, otherPolicy: ctx.where(asEntry(a)), subject: "host" }
          }), done.add(b);
        else if (aInB || bInA) {
          let [narrow, broad] = aInB ? [a, b] : [b, a];
          ctx.report(asEntry(narrow), "redundant-pattern", "info", `${quote(narrow.pattern)} is subsumed by ${quote(broad.pattern)} (line ${broad.origin.line}) in the same list`, {
            hint: "Delete the narrower pattern, unless it is kept on purpose as documentation.",
            related: [ctx.related(asEntry(broad), `Subsumed by: ${broad.pattern}`)],
            data: { broader: broad.pattern, broaderPolicy: ctx.where(asEntry(broad)), onlyBroader: someHost(broad.set, [narrow.set]), subject: "host" }
          }), done.add(narrow);
        }
      }
  }
}

// src/analysis/checks/tools.ts
var NAMES = { source: "[^]+", flags: "" };
function toolEntries(set) {
  let out = [];
  for (let place of places(set)) {
    let add = (role, pattern, origin) => out.push({ role, pattern, origin, place, list: listKey(place, `tool.${role}`), lang: { source: starGlobSource(pattern), flags: role === "allow" ? "" : "i" } });
    for (let r of place.permissions.tools.allow) add("allow", r.pattern, r.origin);
    for (let r of place.permissions.tools.deny) add("deny", r.pattern, r.origin);
    for (let r of place.approvals) r.kind === "tool" && add("approval", r.pattern, r.origin);
  }
  return out;
}
function asEntry2(t) {
  return { kind: "command", role: t.role, pattern: t.pattern, origin: t.origin, dir: t.place.dir, list: t.list, prefix: "", suffix: "", lang: t.lang };
}
function owner2(ctx, t) {
  return t.place.agent ? `Agent "${t.place.agent.id}"` : ctx.owner(asEntry2(t));
}
function checkTools(ctx) {
  let entries = toolEntries(ctx.set), denies = entries.filter((e) => e.role === "deny"), dead = /* @__PURE__ */ new Set();
  for (let e of entries) {
    if (e.role === "deny") {
      e.place.agent && agentDenyCovered2(ctx, e, denies.filter((d) => !d.place.agent && d.place.dir === ""));
      continue;
    }
    let applying = denies.filter((d) => denyReaches(d, e));
    if (applying.length === 0) continue;
    let survivor = ctx.auto.find([e.lang, NAMES], applying.map((d) => d.lang));
    if (survivor.status === "unknown") {
      ctx.reportUndecided(asEntry2(e), "anything it names survives the denies", survivor.reason);
      continue;
    }
    if (survivor.status !== "empty") continue;
    let some = ctx.auto.find([e.lang, NAMES]);
    if (some.status !== "found") continue;
    dead.add(e);
    let covering = applying.filter((d) => ctx.auto.find([e.lang, d.lang, NAMES]).status === "found"), names = covering.map((d) => quote(d.pattern)).join(", "), related = covering.map((d) => ctx.related(asEntry2(d), `${owner2(ctx, d)} denies: ${d.pattern}`)), data = { denies: covering.map((d) => ({ pattern: d.pattern, policy: ctx.where(asEntry2(d)) })), subject: "tool" };
    e.role === "allow" ? ctx.report(asEntry2(e), "dead-allow", "error", `${owner2(ctx, e)} allows the tool ${quote(e.pattern)}, but every name it matches is denied by ${names}; a deny wins over an allow`, {
      hint: "Delete the allow, or narrow the deny if the tool was meant to run.",
      witness: some.witness,
      related,
      data
    }) : ctx.report(asEntry2(e), "unreachable-approval", "warning", `${owner2(ctx, e)} requires approval for invoking ${quote(e.pattern)}, but every tool it matches is denied by ${names}; a deny wins over an approval`, {
      hint: "Remove the approval rule, or narrow the deny if approved use was intended.",
      witness: some.witness,
      related,
      data
    });
  }
  checkToolLists(ctx, entries.filter((e) => !dead.has(e)));
}
function agentDenyCovered2(ctx, e, rootDenies) {
  if (rootDenies.length === 0 || ctx.auto.find([e.lang, NAMES], rootDenies.map((d) => d.lang)).status !== "empty") return;
  let covering = rootDenies.filter((d) => ctx.auto.find([e.lang, d.lang, NAMES]).status === "found");
  if (covering.length === 0) return;
  let broad = covering[0];
  ctx.report(asEntry2(e), "redundant-pattern", "info", `${owner2(ctx, e)} denies the tool ${quote(e.pattern)}, which the root policy already denies for every agent (${covering.map((d) => quote(d.pattern)).join(", ")})`, {
    hint: "Delete the agent deny, unless it is kept on purpose as documentation.",
    related: covering.map((d) => ctx.related(asEntry2(d), `Root policy denies: ${d.pattern}`)),
    data: { broader: broad.pattern, broaderPolicy: ctx.where(asEntry2(broad)), subject: "tool" }
  });
}
function checkToolLists(ctx, entries) {
  let lists = /* @__PURE__ */ new Map();
  for (let e of entries) lists.set(e.list, [...lists.get(e.list) ?? [], e]);
  for (let list of lists.values()) {
    let done = /* @__PURE__ */ new Set();
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        let a = list[i], b = list[j];
        if (done.has(a) || done.has(b)) continue;
        let aOut = ctx.auto.find([a.lang, NAMES], [b.lang]), bOut = ctx.auto.find([b.lang, NAMES], [a.lang]);
        if (!(aOut.status === "unknown" || bOut.status === "unknown")) {
          if (aOut.status === "empty" && bOut.status === "empty")
            a.pattern !== b.pattern && ctx.report(asEntry2(b), "duplicate-pattern", "warning", `${quote(b.pattern)} matches exactly what ${quote(a.pattern)} (line ${a.origin.line}) matches`, {
              hint: "Delete one of the two patterns.",
              related: [ctx.related(asEntry2(a), `Same tools: ${a.pattern}`)],
              data: { other: a.pattern, otherPolicy: ctx.where(asEntry2(a)), subject: "tool" }
            }), done.add(b);
          else if (aOut.status === "empty" || bOut.status === "empty") {
            let [narrow, broad, extra] = aOut.status === "empty" ? [a, b, bOut] : [b, a, aOut];
            ctx.report(asEntry2(narrow), "redundant-pattern", "info", `${quote(narrow.pattern)} is subsumed by ${quote(broad.pattern)} (line ${broad.origin.line}) in the same list`, {
              hint: "Delete the narrower pattern, unless it is kept on purpose as documentation.",
              related: [ctx.related(asEntry2(broad), `Subsumed by: ${broad.pattern}`)],
              data: { broader: broad.pattern, broaderPolicy: ctx.where(asEntry2(broad)), onlyBroader: extra.status === "found" ? extra.witness : void 0, subject: "tool" }
            }), done.add(narrow);
          }
        }
      }
  }
}

// src/analysis/checks/lists.ts
function checkPatterns(ctx) {
  for (let e of ctx.live()) {
    if (!matchesSomething(ctx, e)) {
      let what = e.kind === "path" ? "normalised path (repository-relative, no ./, .., // or trailing /)" : "normalised command";
      ctx.report(e, "vacuous-pattern", "warning", `${ctx.owner(e)} ${verb(e)} ${quote(e.pattern)}, which matches no ${what}`, {
        hint: "Write the pattern as the normalised path or command it is meant to match."
      }), ctx.dead.add(e);
      continue;
    }
    if (e.dir || e.prefix || e.suffix) continue;
    let universe = e.kind === "path" ? RELATIVE_PATHS : ctx.universe(e);
    if (ctx.ask(e, "the pattern matches everything", [universe], [e.lang]).status === "empty") {
      let every = `every ${KIND_NOUN[e.kind]}`;
      ctx.report(e, "universal-pattern", "warning", `${ctx.owner(e)} ${verb(e)} ${quote(e.pattern)}, which matches ${every}`, {
        hint: UNIVERSAL_HINT[e.role],
        data: { role: e.role }
      });
    }
  }
}
function matchesSomething(ctx, e) {
  return ctx.ask(e, "the pattern matches anything", [e.lang, ctx.universe(e)]).status !== "empty";
}
function parentPointer(e) {
  return `${e.origin.file}#${e.origin.pointer.replace(/\/[^/]*$/, "")}`;
}
var UNIVERSAL_HINT = {
  allow: "An allow list that allows everything restricts nothing: list what the agent needs.",
  deny: "A deny that matches everything blocks every action: list what must be denied.",
  approval: "Every action then needs a human approval: list the sensitive paths or commands.",
  exception: "An exception for everything voids every root deny for the overrides: name the carve-out."
};
function checkLists(ctx) {
  let lists = /* @__PURE__ */ new Map();
  for (let e of ctx.live((x) => !ctx.dead.has(x))) {
    let l = lists.get(e.list);
    l ? l.push(e) : lists.set(e.list, [e]);
  }
  for (let list of lists.values()) {
    let done = /* @__PURE__ */ new Set();
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        let a = list[i], b = list[j];
        done.has(a) || done.has(b) || !ctx.compatible(a, b) || compare(ctx, a, b, done);
      }
  }
}
function compare(ctx, a, b, done) {
  let aOut = ctx.ask(a, `it is subsumed by ${quote(b.pattern)}`, ctx.pos(a), [b.lang]), bOut = ctx.ask(b, `it is subsumed by ${quote(a.pattern)}`, ctx.pos(b), [a.lang]);
  if (aOut.status === "unknown" || bOut.status === "unknown") return;
  if (aOut.status === "empty" && bOut.status === "empty") {
    let same = a.pattern === b.pattern;
    if (same && parentPointer(a) === parentPointer(b)) {
      done.add(b);
      return;
    }
    ctx.report(
      b,
      "duplicate-pattern",
      "warning",
      same ? `${quote(b.pattern)} is listed twice (also at line ${a.origin.line})` : `${quote(b.pattern)} matches exactly what ${quote(a.pattern)} (line ${a.origin.line}) matches`,
      {
        hint: "Delete one of the two patterns.",
        related: [ctx.related(a, `Same ${same ? "pattern" : "language"}: ${a.pattern}`)],
        data: { other: a.pattern, otherPolicy: ctx.where(a) }
      }
    ), done.add(b);
    return;
  }
  let [narrow, broad] = aOut.status === "empty" ? [a, b] : bOut.status === "empty" ? [b, a] : [];
  if (!narrow || !broad) return;
  let extra = ctx.witness(broad, `it is broader than ${quote(narrow.pattern)}`, ctx.pos(broad), [narrow.lang]);
  ctx.report(narrow, "redundant-pattern", "info", `${quote(narrow.pattern)} is subsumed by ${quote(broad.pattern)} (line ${broad.origin.line}) in the same list`, {
    hint: "Delete the narrower pattern, unless it is kept on purpose as documentation.",
    related: [ctx.related(broad, `Subsumed by: ${broad.pattern}`)],
    data: { broader: broad.pattern, broaderPolicy: ctx.where(broad), onlyBroader: extra }
  }), done.add(narrow);
}

// src/analysis/checks/scope.ts
function checkScopes(ctx) {
  for (let e of ctx.live((x) => x.kind === "path" && x.dir !== "" && x.pattern.includes("/"))) {
    if (ctx.dead.has(e)) continue;
    let written = { source: e.lang.source, flags: "" };
    if (literalPrefix(written.source).startsWith(`${e.dir}/`)) continue;
    let question = `it names paths outside ${e.dir}/`;
    if (ctx.ask(e, question, [written, ALL_PATHS], [scopeLang(e.dir)]).status !== "found") continue;
    let outside = ctx.witness(e, question, [written, ALL_PATHS], [scopeLang(e.dir)]), inside = ctx.ask(e, `it names paths inside ${e.dir}/`, [written, ALL_PATHS, scopeLang(e.dir)]);
    if (inside.status === "unknown") continue;
    let none = inside.status === "empty", effect = e.role === "allow" ? "allows nothing there" : "has no effect there";
    ctx.report(
      e,
      "override-scope-escape",
      none ? "error" : "warning",
      none ? `${ctx.owner(e)} ${verb(e)} ${quote(e.pattern)}, which lies entirely outside ${e.dir}/; an override governs only ${e.dir}/**, so it ${effect}` : `${ctx.owner(e)} ${verb(e)} ${quote(e.pattern)}, which reaches outside ${e.dir}/; an override governs only ${e.dir}/**`,
      {
        witness: outside,
        hint: `Write the pattern under ${e.dir}/ (repository-relative), or move the rule to the policy that governs the other paths.`,
        data: { dir: e.dir, entirelyOutside: none }
      }
    ), none && ctx.dead.add(e);
  }
}

// src/analysis/default-compiler.ts
var defaultCompiler = {
  path(pattern, role) {
    let bad = globSyntaxError(pattern);
    if (bad) return { ok: !1, reason: bad.message, reported: !0 };
    try {
      if (role === "deny") {
        let each = readings(pattern, DENY_LIST), union = (opts) => each.length === 1 ? policyGlobSource(each[0], opts) : each.map((p) => `(?:${policyGlobSource(p, opts)})`).join("|");
        return {
          ok: !0,
          lang: { source: union({ nocase: !0, coverDescendants: !0 }), flags: "i" },
          core: { source: union({ nocase: !0 }), flags: "i" }
        };
      }
      return { ok: !0, lang: { source: policyGlobSource(pattern), flags: "" } };
    } catch (e) {
      return { ok: !1, reason: e.message, reported: !1 };
    }
  },
  // Deny lists match case-insensitively (src/match/command.ts CommandPatternList), the rest exactly.
  command: (pattern, role) => ({ ok: !0, lang: { source: commandPatternRegexSource(pattern), flags: role === "deny" ? "i" : "" } })
};

// src/analysis/index.ts
async function checkConflicts(set, opts = {}) {
  let auto = opts.automata ?? new Automata(opts.limits), model = buildModel(set, opts.compiler ?? defaultCompiler), ctx = new Ctx(set, model, auto);
  for (let e of model.entries)
    !e.lang && e.problem && !e.problem.reported && ctx.reportUncompiled(e, e.problem.reason);
  return checkPatterns(ctx), checkScopes(ctx), checkAllows(ctx), checkApprovals(ctx), checkAgents(ctx), checkLists(ctx), checkCompound(ctx), checkHosts(ctx), checkTools(ctx), ctx.findings;
}
export {
  checkConflicts
};

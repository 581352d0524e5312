import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  windowsAlias
} from "./chunk-ESNHMRV6.js";
import {
  Automaton,
  GlobError,
  analyzePolicyPattern,
  policySourceOf
} from "./chunk-DUFMWMGU.js";

// src/match/patterns.ts
var DENY_LIST = Object.freeze({ nocase: !0, coverDescendants: !0, scopeAbsolute: !1, windowsAliases: !0, rootAnchored: !0, trim: !0 }), ALLOW_LIST = Object.freeze({ nocase: !1, coverDescendants: !1, scopeAbsolute: !0, windowsAliases: !1 }), OUTSIDE = /^(\/|~|[A-Za-z]:\/)/, ANY_DEPTH = "(?:[^]*/)?";
function readings(written, options) {
  let pattern = options.trim ? written.trim() : written;
  return options.rootAnchored && pattern.length > 1 && pattern[0] === "/" && pattern[1] !== "/" ? [pattern, `./${pattern.slice(1)}`] : [pattern];
}
function compilePathList(rules, options) {
  let nocase = !!options.nocase, errors = [], newSide = () => ({ universal: [], automaton: new Automaton(nocase) }), rel = newSide(), abs = options.scopeAbsolute ? newSide() : rel;
  return rules.forEach((rule, index) => {
    try {
      for (let pattern of readings(rule.pattern, options)) {
        let info = analyzePolicyPattern(pattern), side = info.absolute ? abs : rel, source = policySourceOf(info, options);
        info.universal ? side.universal.includes(index) || side.universal.push(index) : source.startsWith(ANY_DEPTH) ? side.automaton.addShared(ANY_DEPTH, index, `(?:${source.slice(ANY_DEPTH.length)})`) : side.automaton.add(index, source);
      }
    } catch (e) {
      if (!(e instanceof GlobError)) throw e;
      errors.push({ rule, index, error: { message: e.message, offset: e.offset } });
    }
  }), pathList(rules, options, errors, rel, abs);
}
function restorePathList(rules, options, snapshot) {
  if (typeof snapshot != "object" || snapshot === null) return;
  let snap = snapshot, isIndex = (i) => Number.isInteger(i) && i >= 0 && i < rules.length, side = (s) => {
    if (typeof s != "object" || s === null || !Array.isArray(s.universal) || !s.universal.every(isIndex)) return;
    let automaton = Automaton.fromSnapshot(s.automaton, rules.length);
    if (!(!automaton || automaton.nocase !== !!options.nocase))
      return { universal: s.universal, automaton };
  }, rel = side(snap.rel), abs = options.scopeAbsolute ? side(snap.abs) : rel;
  if (!rel || !abs || !Array.isArray(snap.errors)) return;
  let errors = [];
  for (let e of snap.errors) {
    if (!isIndex(e?.index) || typeof e.error?.message != "string" || typeof e.error.offset != "number") return;
    errors.push({ rule: rules[e.index], index: e.index, error: { message: e.error.message, offset: e.error.offset } });
  }
  return pathList(rules, options, errors, rel, abs);
}
function pathList(rules, options, errors, rel, abs) {
  let matches = (path, any) => {
    let n = typeof path == "string" ? { path, outside: OUTSIDE.test(path) } : path;
    if ("invalid" in n && n.invalid !== void 0) return [];
    let side = options.scopeAbsolute && n.outside ? abs : rel;
    if (n.path === "." || any && side.universal.length > 0) return side.universal;
    let hits = side.automaton.run(n.path);
    if (any && hits.length > 0) return hits;
    let alias = options.windowsAliases ? windowsAlias(n.path) : void 0, more = alias === void 0 ? [] : side.automaton.run(alias);
    return side.universal.length === 0 && more.length === 0 ? hits : [.../* @__PURE__ */ new Set([...side.universal, ...hits, ...more])].sort((a, b) => a - b);
  }, sideSnapshot = (s) => ({ universal: s.universal.slice(), automaton: s.automaton.snapshot() });
  return {
    rules,
    options,
    errors,
    test: (path) => matches(path, !0).length > 0,
    firstMatch(path) {
      let i = matches(path, !1)[0];
      return i === void 0 ? void 0 : { rule: rules[i], index: i };
    },
    allMatches: (path) => matches(path, !1).map((index) => ({ rule: rules[index], index })),
    snapshot: () => ({
      errors: errors.map((e) => ({ index: e.index, error: e.error })),
      rel: sideSnapshot(rel),
      ...options.scopeAbsolute ? { abs: sideSnapshot(abs) } : {}
    })
  };
}

export {
  DENY_LIST,
  ALLOW_LIST,
  readings,
  compilePathList,
  restorePathList
};

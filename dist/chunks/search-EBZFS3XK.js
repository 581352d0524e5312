import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  BUILTIN_FILE
} from "./chunk-YBE6BS43.js";
import {
  normalizePath
} from "./chunk-ESNHMRV6.js";
import {
  Automata,
  RELATIVE_PATHS
} from "./chunk-VUNKACUS.js";
import {
  analyzePolicyPattern,
  escapeRegexLiteral,
  globToRegexSource,
  policySourceOf
} from "./chunk-DUFMWMGU.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-F2VQ6EFB.js";

// src/agent-tools/search.ts
var ANY = "[^]*";
function globSource(glob) {
  if (glob === void 0 || glob === "") return ANY;
  let g = glob.replace(/\\/g, "/");
  for (; g.startsWith("./"); ) g = g.slice(2);
  if (g === "" || g.startsWith("/") || g.startsWith("~") || /^[A-Za-z]:/.test(g) || g.split("/").includes("..")) return ANY;
  g.includes("/") || (g = `**/${g}`);
  try {
    return globToRegexSource(g);
  } catch {
    return ANY;
  }
}
function searchLanguage(dir, glob) {
  let below2 = globSource(glob);
  return { source: dir === "." ? `(?:${below2})` : `${escapeRegexLiteral(dir)}(?:/(?:${below2}))?`, flags: "" };
}
function denyLanguages(rule) {
  try {
    let info = analyzePolicyPattern(rule.pattern);
    if (info.absolute) return [];
    let exact = policySourceOf(info, { coverDescendants: !0 }), windows = `(?:${policySourceOf(info, { coverDescendants: !1 })})(?:[. ]+|:[^/]*)(?:/${ANY})?`;
    return [
      { source: exact, flags: "i" },
      { source: windows, flags: "i" }
    ];
  } catch {
    return [];
  }
}
function allowLanguage(rule) {
  try {
    let info = analyzePolicyPattern(rule.pattern);
    return info.absolute ? void 0 : { source: policySourceOf(info, {}), flags: "" };
  } catch {
    return;
  }
}
var below = (dir) => ({ source: `${escapeRegexLiteral(dir)}(?:/${ANY})?`, flags: "" });
function searchReads(cp, scope, opts = {}) {
  let np = normalizePath(scope.dir.replace(/\\/g, "/"), { root: cp.root, cwd: opts.cwd });
  if (np.invalid || np.outside) return { status: "outside" };
  let s = searchLanguage(np.path, scope.glob), automata = new Automata(), paths = /* @__PURE__ */ new Set(), exceptions = cp.exceptions.rules.map(allowLanguage).filter((l) => l !== void 0), unknown, look = (pos, neg = []) => {
    let v = automata.find([s, RELATIVE_PATHS, ...pos], neg, { preferFileInside: !0 });
    return v.status === "found" ? paths.add(v.witness) : v.status === "unknown" && (unknown ??= v.reason), v.status === "found";
  }, agentLevel = opts.agentId === void 0 ? void 0 : cp.agents.get(opts.agentId)?.level, levels = [
    { level: cp.rootLevel, scope: [] },
    ...[...cp.overrides.entries()].map(([dir, level]) => ({ level, scope: [below(dir)] })),
    ...agentLevel ? [{ level: agentLevel, scope: [] }] : []
  ];
  for (let { level, scope: within } of levels) {
    for (let rule of level.fs.deny.rules)
      if (rule.origin?.file !== BUILTIN_FILE)
        for (let lang of denyLanguages(rule))
          (exceptions.length === 0 || !look([...within, lang], exceptions)) && look([...within, lang]);
    let allows = level.fs.allow.rules.map(allowLanguage).filter((l) => l !== void 0);
    level.fs.allow.size > 0 && look(within, allows);
  }
  return unknown !== void 0 ? { status: "unknown", reason: unknown } : { status: "ok", paths: [...paths], dir: np.path };
}
function searchActions(cp, tool, found, context) {
  let actions = [...found.actions], notes = /* @__PURE__ */ new Map(), problems = [];
  for (let scope of found.searches ?? []) {
    let r = searchReads(cp, scope, { cwd: context.cwd, agentId: context.agentId }), what = `${tool} over "${scope.dir}"${scope.glob ? ` with glob "${scope.glob}"` : ""}`;
    if (r.status === "unknown" && problems.push(`the files ${what} reads cannot be worked out (${r.reason})`), r.status === "ok")
      for (let path of r.paths) {
        let action = { ...context, kind: "filesystem", op: "read", paths: [`${cp.root}/${path}`] };
        actions.push(action), notes.set(action, `${what} can read "${path}" (narrow its path or glob to leave it out)`);
      }
  }
  return { actions, notes, problems };
}
export {
  searchActions,
  searchLanguage,
  searchReads
};

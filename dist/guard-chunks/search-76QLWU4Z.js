var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  searchActions: () => searchActions,
  searchLanguage: () => searchLanguage,
  searchReads: () => searchReads
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_EGBSAHPS = require("./chunk-EGBSAHPS.js");
var import_chunk_UKGDGRKQ = require("./chunk-UKGDGRKQ.js");
var import_chunk_ZA4BQCYO = require("./chunk-ZA4BQCYO.js");
var import_chunk_4Y4NHBEK = require("./chunk-4Y4NHBEK.js");
var import_chunk_2CSPOQSB = require("./chunk-2CSPOQSB.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
var ANY = "[^]*";
function globSource(glob) {
  if (glob === void 0 || glob === "") return ANY;
  let g = glob.replace(/\\/g, "/");
  for (; g.startsWith("./"); ) g = g.slice(2);
  if (g === "" || g.startsWith("/") || g.startsWith("~") || /^[A-Za-z]:/.test(g) || g.split("/").includes("..")) return ANY;
  g.includes("/") || (g = `**/${g}`);
  try {
    return (0, import_chunk_4Y4NHBEK.globToRegexSource)(g);
  } catch {
    return ANY;
  }
}
function searchLanguage(dir, glob) {
  let below2 = globSource(glob);
  return { source: dir === "." ? `(?:${below2})` : `${(0, import_chunk_4Y4NHBEK.escapeRegexLiteral)(dir)}(?:/(?:${below2}))?`, flags: "" };
}
function denyLanguages(rule) {
  try {
    let info = (0, import_chunk_4Y4NHBEK.analyzePolicyPattern)(rule.pattern);
    if (info.absolute) return [];
    let exact = (0, import_chunk_4Y4NHBEK.policySourceOf)(info, { coverDescendants: true }), windows = `(?:${(0, import_chunk_4Y4NHBEK.policySourceOf)(info, { coverDescendants: false })})(?:[. ]+|:[^/]*)(?:/${ANY})?`;
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
    let info = (0, import_chunk_4Y4NHBEK.analyzePolicyPattern)(rule.pattern);
    return info.absolute ? void 0 : { source: (0, import_chunk_4Y4NHBEK.policySourceOf)(info, {}), flags: "" };
  } catch {
    return;
  }
}
var below = (dir) => ({ source: `${(0, import_chunk_4Y4NHBEK.escapeRegexLiteral)(dir)}(?:/${ANY})?`, flags: "" });
function searchReads(cp, scope, opts = {}) {
  let np = (0, import_chunk_ZA4BQCYO.normalizePath)(scope.dir.replace(/\\/g, "/"), { root: cp.root, cwd: opts.cwd });
  if (np.invalid || np.outside) return { status: "outside" };
  let s = searchLanguage(np.path, scope.glob), automata = new import_chunk_EGBSAHPS.Automata(), paths = /* @__PURE__ */ new Set(), exceptions = cp.exceptions.rules.map(allowLanguage).filter((l) => l !== void 0), unknown, look = (pos, neg = []) => {
    let v = automata.find([s, import_chunk_EGBSAHPS.RELATIVE_PATHS, ...pos], neg, { preferFileInside: true });
    return v.status === "found" ? paths.add(v.witness) : v.status === "unknown" && (unknown ??= v.reason), v.status === "found";
  }, agentLevel = opts.agentId === void 0 ? void 0 : cp.agents.get(opts.agentId)?.level, levels = [
    { level: cp.rootLevel, scope: [] },
    ...[...cp.overrides.entries()].map(([dir, level]) => ({ level, scope: [below(dir)] })),
    ...agentLevel ? [{ level: agentLevel, scope: [] }] : []
  ];
  for (let { level, scope: within } of levels) {
    for (let rule of level.fs.deny.rules)
      if (rule.origin?.file !== import_chunk_UKGDGRKQ.BUILTIN_FILE)
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  searchActions,
  searchLanguage,
  searchReads
});

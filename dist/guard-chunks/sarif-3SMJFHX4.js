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
  INFORMATION_URI: () => INFORMATION_URI,
  MAX_RELATED: () => MAX_RELATED,
  MAX_RESULTS: () => MAX_RESULTS,
  SARIF_SCHEMA: () => SARIF_SCHEMA,
  formatSarif: () => formatSarif,
  relativeUri: () => relativeUri,
  toSarif: () => toSarif,
  withoutPositions: () => withoutPositions
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_Y3WJA255 = require("./chunk-Y3WJA255.js");
var import_chunk_JP74V4OX = require("./chunk-JP74V4OX.js");
var import_chunk_4MWPKJO3 = require("./chunk-4MWPKJO3.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
var import_node_crypto = require("node:crypto");
var import_node_path = require("node:path");
var import_node_url = require("node:url");
var import_node_fs = require("node:fs");
var import_node_path2 = require("node:path");
function repositoryRoot(cwd) {
  for (let dir = cwd; ; dir = (0, import_node_path2.dirname)(dir)) {
    if ((0, import_node_fs.existsSync)((0, import_node_path2.join)(dir, ".git"))) return dir;
    if ((0, import_node_path2.dirname)(dir) === dir) return cwd;
  }
}
function rootPolicy(cwd, root) {
  for (let dir = cwd; ; dir = (0, import_node_path2.dirname)(dir)) {
    for (let name of [".agent-policy.yml", ".agent-policy.yaml"]) if ((0, import_node_fs.existsSync)((0, import_node_path2.join)(dir, name))) return (0, import_node_path2.join)(dir, name);
    if (dir === root || (0, import_node_path2.dirname)(dir) === dir) return;
  }
}
var SECURITY_SEVERITY = {
  "replay-secret-in-log": "9.1",
  // a credential committed in an agent log
  "replay-denied-action": "8.8",
  // an agent did what the policy denies
  "agent-write-denied": "8.1",
  // an agent's pull request changes a denied file
  "staged-agent-write-denied": "8.1",
  "compound-command-hazard": "7.5",
  // an allow pattern admits arbitrary chained commands
  "replay-missing-approval": "7.5",
  "replay-decision-mismatch": "6.5",
  // the runtime enforced another policy
  "universal-pattern": "6.0",
  "bypass-record-unapproved": "6.0",
  "replay-repeated-blocked-attempts": "5.3",
  "policy-widened": "5.0",
  "agent-write-needs-approval": "5.0",
  "staged-agent-approval-required": "5.0",
  "replay-unknown-agent": "5.0",
  "override-scope-escape": "4.0",
  "override-allow-in-root-deny": "4.0",
  "replay-too-many-files": "4.0"
};
var SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json", INFORMATION_URI = "https://github.com/agent-policy-lint/agent-policy-lint", SRCROOT = "%SRCROOT%", FINGERPRINT_KEY = "agentPolicyLint/v1", MAX_RESULTS = 25e3, MAX_RELATED = 100, LEVEL = { error: "error", warning: "warning", info: "note" }, formatSarif = (findings, _summary, ctx) => JSON.stringify(toSarif(findings, ctx), null, 2) + `
`;
function toSarif(all, ctx) {
  let root = repositoryRoot(ctx.cwd), paths = { cwd: ctx.cwd, root, policy: rootPolicy(ctx.cwd, root) }, kept = all.length > MAX_RESULTS ? keepMostSevere(all, MAX_RESULTS) : all, ruleIds = [], ruleIndex = /* @__PURE__ */ new Map();
  for (let f of kept)
    ruleIndex.has(f.ruleId) || (ruleIndex.set(f.ruleId, ruleIds.length), ruleIds.push(f.ruleId));
  let seen = /* @__PURE__ */ new Map(), results = kept.map((f) => toResult(f, ruleIndex.get(f.ruleId), seen, paths)), omitted = all.length - kept.length, run = {
    tool: {
      driver: {
        name: "agent-policy-lint",
        version: ctx.toolVersion,
        semanticVersion: ctx.toolVersion,
        informationUri: INFORMATION_URI,
        rules: ruleIds.map((id) => toRuleDescriptor(id, kept.find((f) => f.ruleId === id), ctx.rulesMeta.get(id)))
      }
    },
    originalUriBaseIds: { [SRCROOT]: { uri: dirUri(root) } },
    results,
    // Positions come from JavaScript string offsets.
    columnKind: "utf16CodeUnits"
  };
  return omitted > 0 && (run.invocations = [
    {
      executionSuccessful: true,
      toolExecutionNotifications: [
        { level: "warning", message: { text: `${omitted} less severe results were left out (GitHub code scanning accepts at most ${MAX_RESULTS} a run).` } }
      ]
    }
  ]), { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
}
function keepMostSevere(all, n) {
  let keep = new Set((0, import_chunk_JP74V4OX.bySeverity)(all).slice(0, n));
  return all.filter((f) => keep.has(f));
}
function toRuleDescriptor(id, example, meta) {
  let uri = meta ? (0, import_chunk_Y3WJA255.helpUri)(id) : example.helpUri ?? (0, import_chunk_Y3WJA255.helpUri)(id), summary = meta?.summary ?? id, docs = meta?.docs.trim() ?? "", d = {
    id,
    name: pascalCase(id),
    shortDescription: { text: summary },
    fullDescription: { text: firstParagraph(docs) || summary },
    helpUri: uri,
    help: {
      text: `${summary}
See ${uri}`,
      markdown: `${docs || summary}

[${id} in the rules reference](${uri})`
    },
    defaultConfiguration: { level: LEVEL[meta?.severity ?? example.severity] }
  }, security = SECURITY_SEVERITY[id];
  return d.properties = {
    tags: ["agent-policy", meta?.category, security && "security"].filter((t) => !!t),
    ...security ? { "security-severity": security } : {}
  }, d;
}
function toResult(f, index, seen, paths) {
  let r = {
    ruleId: f.ruleId,
    ruleIndex: index,
    level: LEVEL[f.severity],
    message: { text: f.hint ? `${f.message}
${f.hint}` : f.message }
  }, primary = primaryLocation(f, paths);
  primary && (r.locations = [{ physicalLocation: physicalLocation(primary, paths) }]);
  let related = (f.related ?? []).filter((l) => isFile(l.file));
  related.length > 0 && (r.relatedLocations = related.slice(0, MAX_RELATED).map((l, i) => relatedLocation(l, i, paths))), r.partialFingerprints = { [FINGERPRINT_KEY]: fingerprint(f, seen, paths) };
  let props = {};
  return f.witness !== void 0 && (props.witness = f.witness), f.data !== void 0 && (props.data = f.data), related.length > MAX_RELATED && (props.omittedRelatedLocations = related.length - MAX_RELATED), Object.keys(props).length > 0 && (r.properties = props), r;
}
function relatedLocation(l, i, paths) {
  return { id: i, physicalLocation: physicalLocation(l, paths), message: { text: l.message } };
}
function isFile(file) {
  return file !== "" && !/[*?[\]{}]/.test(file);
}
function primaryLocation(f, paths) {
  return isFile(f.file) ? f : paths.policy ? { file: paths.policy, line: 1, column: 1 } : void 0;
}
function repositoryPath(file, paths) {
  let rel = (0, import_node_path.relative)(paths.root, (0, import_node_path.resolve)(paths.cwd, file));
  if (!(rel === "" || rel === ".." || rel.startsWith(`..${import_node_path.sep}`) || (0, import_node_path.isAbsolute)(rel)))
    return rel.split(import_node_path.sep).join("/");
}
function physicalLocation(loc, paths) {
  let inRepo = repositoryPath(loc.file, paths);
  return { artifactLocation: inRepo !== void 0 ? { uri: relativeUri(inRepo), uriBaseId: SRCROOT } : { uri: (0, import_node_url.pathToFileURL)((0, import_node_path.resolve)(paths.cwd, loc.file)).href }, region: toRegion(loc) };
}
function toRegion(loc) {
  if (!(loc.line >= 1)) return { startLine: 1 };
  let region = { startLine: loc.line };
  if (loc.column >= 1 && (region.startColumn = loc.column), loc.endLine !== void 0 && loc.endLine >= loc.line) {
    region.endLine = loc.endLine;
    let sameLine = loc.endLine === loc.line;
    loc.endColumn !== void 0 && loc.endColumn >= 1 && (!sameLine || loc.endColumn >= (region.startColumn ?? 1)) && (region.endColumn = loc.endColumn);
  }
  return region;
}
function relativeUri(file) {
  return file.replace(/\\/g, "/").split("/").map(encodeURIComponent).join("/");
}
function dirUri(dir) {
  let href = (0, import_node_url.pathToFileURL)(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function fingerprint(f, seen, paths) {
  let file = (isFile(f.file) ? repositoryPath(f.file, paths) : void 0) ?? f.file, base = (0, import_node_crypto.createHash)("sha256").update(`${f.ruleId}\0${file}\0${withoutPositions(f.message)}`).digest("hex").slice(0, 32), n = (seen.get(base) ?? 0) + 1;
  return seen.set(base, n), n === 1 ? base : `${base}:${n}`;
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
function firstParagraph(markdown) {
  let first = (markdown.split(/\n\s*\n/)[0] ?? "").trim();
  return /^(#|```|~~~|[-*+] |\d+\. |\||>)/.test(first) ? "" : first.replace(/\s*\n\s*/g, " ");
}
function withoutPositions(message) {
  return message.split(/(\s+)/).map((word) => {
    let m = /^(.*?[^:\d])((?::\d+){1,2})([),.;]*)$/.exec(word);
    return m ? m[1] + m[3] : word;
  }).join("");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  INFORMATION_URI,
  MAX_RELATED,
  MAX_RESULTS,
  SARIF_SCHEMA,
  formatSarif,
  relativeUri,
  toSarif,
  withoutPositions
});

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
  OVERRIDE_NAMES: () => OVERRIDE_NAMES,
  ROOT_POLICY_NAMES: () => ROOT_POLICY_NAMES,
  findOverrides: () => findOverrides,
  findOverridesAsync: () => findOverridesAsync,
  findRepoRoot: () => findRepoRoot,
  findRootPolicy: () => findRootPolicy,
  outsideNestedPolicies: () => outsideNestedPolicies,
  overrideDir: () => overrideDir
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_65XJQ7OF = require("./chunk-65XJQ7OF.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");
var ROOT_POLICY_NAMES = [".agent-policy.yml", ".agent-policy.yaml"], OVERRIDE_NAMES = [".agent-policy.override.yml", ".agent-policy.override.yaml"];
function findRepoRoot(dir) {
  for (let d = dir; ; d = (0, import_node_path.dirname)(d)) {
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(d, ".git"))) return d;
    if ((0, import_node_path.dirname)(d) === d) return;
  }
}
var lazyChildProcess, childProcess = () => lazyChildProcess ??= (0, import_chunk_MOTYY5BU.__require)("node:child_process"), spawn = ((...a) => childProcess().spawn(...a)), spawnSync = ((...a) => childProcess().spawnSync(...a));
function findRootPolicy(cwd, exists) {
  for (let d = cwd; ; d = (0, import_node_path2.dirname)(d)) {
    for (let name of ROOT_POLICY_NAMES) {
      let p = (0, import_node_path2.join)(d, name);
      if (exists(p)) return p;
    }
    if ((0, import_node_fs2.existsSync)((0, import_node_path2.join)(d, ".git")) || (0, import_node_path2.dirname)(d) === d) return;
  }
}
function findOverrides(rootDir) {
  let found = findRepoRoot(rootDir) ? gitOverrides(rootDir) : void 0;
  return outsideNestedPolicies(rootDir, found ?? walkOverrides(rootDir)).sort();
}
function outsideNestedPolicies(rootDir, overrides) {
  let nested = /* @__PURE__ */ new Map(), hasRootPolicy = (d) => {
    let v = nested.get(d);
    return v === void 0 && (v = ROOT_POLICY_NAMES.some((n) => (0, import_node_fs2.existsSync)((0, import_node_path2.join)(d, n))), nested.set(d, v)), v;
  };
  return overrides.filter((file) => {
    for (let d = (0, import_node_path2.dirname)(file); d !== rootDir && d.startsWith(rootDir + import_node_path2.sep); d = (0, import_node_path2.dirname)(d))
      if (hasRootPolicy(d)) return false;
    return true;
  });
}
async function findOverridesAsync(rootDir) {
  if (!findRepoRoot(rootDir)) return outsideNestedPolicies(rootDir, walkOverrides(rootDir)).sort();
  let out = await new Promise((resolve) => {
    let child = spawn("git", GIT_ARGS, { cwd: rootDir, stdio: ["ignore", "pipe", "ignore"] }), chunks = [];
    child.stdout.on("data", (c) => chunks.push(c)), child.on("error", () => resolve(void 0)), child.on("close", (code) => resolve(code === 0 ? Buffer.concat(chunks).toString("utf8") : void 0));
  });
  return outsideNestedPolicies(rootDir, out === void 0 ? walkOverrides(rootDir) : parseLsFiles(rootDir, out)).sort();
}
var GIT_ARGS = [
  "ls-files",
  "-z",
  "-c",
  "-o",
  "--exclude-standard",
  "--",
  ...[".agent-policy.override.yml", ".agent-policy.override.yaml"].flatMap((n) => [n, `*/${n}`])
];
function parseLsFiles(rootDir, stdout) {
  return [...new Set(
    stdout.split("\0").filter((p) => p && OVERRIDE_NAMES.includes(p.slice(p.lastIndexOf("/") + 1))).map((p) => (0, import_node_path2.join)(rootDir, p))
  )];
}
function gitOverrides(rootDir) {
  let r = spawnSync("git", GIT_ARGS, {
    cwd: rootDir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    maxBuffer: 67108864
  });
  if (!(r.status !== 0 || r.error))
    return parseLsFiles(rootDir, r.stdout);
}
function walkOverrides(rootDir) {
  return (0, import_chunk_65XJQ7OF.walkFiles)(rootDir, (name) => OVERRIDE_NAMES.includes(name));
}
function overrideDir(rootDir, file) {
  return (0, import_node_path2.relative)(rootDir, (0, import_node_path2.dirname)(file)).split(import_node_path2.sep).join("/");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  OVERRIDE_NAMES,
  ROOT_POLICY_NAMES,
  findOverrides,
  findOverridesAsync,
  findRepoRoot,
  findRootPolicy,
  outsideNestedPolicies,
  overrideDir
});

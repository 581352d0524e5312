var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  absIn: () => absIn,
  overridesIn: () => overridesIn,
  readBlobs: () => readBlobs,
  readStagedState: () => readStagedState,
  relIn: () => relIn,
  stagedEntries: () => stagedEntries,
  startIndexReads: () => startIndexReads,
  unstagedPaths: () => unstagedPaths
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_VFYKPGBC = require("./chunk-VFYKPGBC.js");
var import_chunk_QKUC6GCX = require("./chunk-QKUC6GCX.js");
var import_chunk_HZVDRH6M = require("./chunk-HZVDRH6M.js");
var import_chunk_6TQU3MSI = require("./chunk-6TQU3MSI.js");
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_node_crypto = require("node:crypto");
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");
var import_node_child_process = require("node:child_process");
var import_node_path3 = require("node:path");
var MAX_CACHED_BLOB = 256 * 1024, OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function blobOid(content, hexLength) {
  return (0, import_node_crypto.createHash)(hexLength === 64 ? "sha256" : "sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}
function entryFile(dir, oid) {
  return (0, import_node_path2.join)(dir, "blobs", oid.slice(0, 2), oid.slice(2));
}
function readCachedBlob(dir, oid) {
  if (!dir || !OID.test(oid)) return;
  let content;
  try {
    content = (0, import_node_fs2.readFileSync)(entryFile(dir, oid));
  } catch {
    return;
  }
  return blobOid(content, oid.length) === oid ? content : void 0;
}
function writeCachedBlob(dir, oid, content) {
  !dir || !OID.test(oid) || content.length > MAX_CACHED_BLOB || blobOid(content, oid.length) === oid && (0, import_chunk_HZVDRH6M.writeCacheFile)(entryFile(dir, oid), content);
}
var STAGED_DIFF_ARGS = ["diff", "--cached", "--raw", "-z", "--no-renames", "--no-abbrev", "--no-relative", "--no-ext-diff", "--no-color"];
function spawnGit(args, cwd, input) {
  return new Promise((resolve2) => {
    let child = (0, import_node_child_process.spawn)("git", args, { cwd, stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"] }), out = [], err = [], error;
    child.stdout.on("data", (b) => out.push(b)), child.stderr.on("data", (b) => err.push(b)), child.on("error", (e) => {
      error = e, child.pid === void 0 && resolve2({ code: null, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), error: e });
    }), child.on("close", (code) => resolve2({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err), ...error ? { error } : {} })), input !== void 0 && (child.stdin.on("error", () => {
    }), child.stdin.end(input));
  });
}
function indexReadSpecs(config) {
  let specs = [...import_chunk_6TQU3MSI.ROOT_POLICY_NAMES, ...import_chunk_6TQU3MSI.OVERRIDE_NAMES].map((n) => `:(top,glob)**/${n}`);
  return specs.push(`:(top,glob)**/${import_chunk_VFYKPGBC.RECORDS_DIR}/**`), config && specs.push(`:(literal)${config}`), specs;
}
function indexReadArgs(pathspecs) {
  return ["ls-files", "-s", "-z", "--full-name", "--", ...pathspecs];
}
async function gitOutput(args, cwd, result) {
  let r = await result;
  if (r.error) throw new import_chunk_QKUC6GCX.UsageError(`cannot run git in ${cwd}: ${r.error.message}`, "Is git installed and on PATH?");
  if (r.code === 0) return r.stdout;
  let msg = r.stderr.toString("utf8").trim().split(`
`)[0] || `git ${args[0]} exited with ${r.code}`;
  throw new import_chunk_QKUC6GCX.UsageError(`git ${args[0]} failed: ${msg}`);
}
function git(args, cwd, input) {
  return gitOutput(args, cwd, spawnGit(args, cwd, input));
}
var ZERO_OID = /^0+$/;
async function stagedEntries(cwd, started) {
  let out;
  try {
    out = await gitOutput(STAGED_DIFF_ARGS, cwd, started ?? spawnGit(STAGED_DIFF_ARGS, cwd));
  } catch (e) {
    throw await git(["rev-parse", "--git-dir"], cwd).then(() => true, () => false) ? e : new import_chunk_QKUC6GCX.UsageError(`--staged: ${cwd} is not in a git repository`, "Run it inside the repository, as the pre-commit hook does.");
  }
  return parseRawDiff(out.toString("utf8"));
}
function parseRawDiff(text) {
  let parts = text.split("\0"), entries = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    let meta = parts[i], path = parts[i + 1];
    if (!meta.startsWith(":")) break;
    let [srcMode, dstMode, srcOid, dstOid, statusField] = meta.slice(1).split(" "), status = (statusField ?? "M").charAt(0);
    entries.push({
      status,
      path,
      headOid: srcOid && !ZERO_OID.test(srcOid) && srcMode !== "000000" ? srcOid : void 0,
      indexOid: dstOid && !ZERO_OID.test(dstOid) && dstMode !== "000000" ? dstOid : void 0,
      indexMode: dstMode !== "000000" ? dstMode : void 0
    });
  }
  return entries;
}
async function indexEntries(cwd, pathspecs, started) {
  if (pathspecs.length === 0) return [];
  let args = indexReadArgs(pathspecs), out = await gitOutput(args, cwd, started ?? spawnGit(args, cwd)), entries = [];
  for (let rec of out.toString("utf8").split("\0")) {
    let tab = rec.indexOf("	");
    if (tab < 0) continue;
    let [mode, oid, stage] = rec.slice(0, tab).split(" ");
    stage !== "0" || !mode || !oid || entries.push({ path: rec.slice(tab + 1), oid, mode });
  }
  return entries;
}
var GIT_LOCATION_ENV = ["GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM"];
function plainTopLevel(cwd) {
  if (GIT_LOCATION_ENV.some((k) => process.env[k] !== void 0)) return;
  let top = (0, import_chunk_6TQU3MSI.findRepoRoot)(cwd);
  if (!top) return;
  let dotGit = (0, import_node_path.join)(top, ".git");
  try {
    return (0, import_node_fs.statSync)(dotGit).isDirectory() ? (0, import_node_fs.statSync)((0, import_node_path.join)(dotGit, "HEAD")).isFile() ? top : void 0 : (0, import_node_fs.readFileSync)(dotGit, "utf8").startsWith("gitdir: ") ? top : void 0;
  } catch {
    return;
  }
}
async function topLevel(cwd) {
  return plainTopLevel(cwd) ?? (await git(["rev-parse", "--show-toplevel"], cwd)).toString("utf8").trim();
}
async function readBlobs(cwd, oids) {
  let blobs = /* @__PURE__ */ new Map(), cache;
  try {
    cache = (0, import_chunk_HZVDRH6M.cacheDirOf)(cwd);
  } catch {
    cache = void 0;
  }
  let wanted = [...new Set(oids)].filter((oid) => {
    let hit = readCachedBlob(cache, oid);
    return hit && blobs.set(oid, hit), !hit;
  });
  if (wanted.length === 0) return blobs;
  let out = await git(["cat-file", "--batch"], cwd, wanted.join(`
`) + `
`), pos = 0;
  for (; pos < out.length; ) {
    let nl = out.indexOf(10, pos);
    if (nl < 0) break;
    let header = out.subarray(pos, nl).toString("utf8").split(" ");
    if (pos = nl + 1, header[1] === "missing" || header.length < 3) continue;
    let size = Number(header[2]), content = out.subarray(pos, pos + size);
    blobs.set(header[0], content), header[1] === "blob" && writeCachedBlob(cache, header[0], content), pos += size + 1;
  }
  return blobs;
}
async function unstagedPaths(cwd, paths) {
  if (paths.length === 0) return /* @__PURE__ */ new Set();
  let out = await git(["diff", "--name-only", "-z", "--no-relative", "--", ...paths.map((p) => `:(top,literal)${p}`)], cwd);
  return new Set(out.toString("utf8").split("\0").filter(Boolean));
}
var LOG_NAME = ".agent-actions.jsonl", baseName = (p) => p.slice(p.lastIndexOf("/") + 1), isPolicyFile = (p) => import_chunk_6TQU3MSI.ROOT_POLICY_NAMES.includes(baseName(p)) || import_chunk_6TQU3MSI.OVERRIDE_NAMES.includes(baseName(p)), isRecord = (p) => p.startsWith(`${import_chunk_VFYKPGBC.RECORDS_DIR}/`) || p.includes(`/${import_chunk_VFYKPGBC.RECORDS_DIR}/`);
function absIn(top, rel) {
  return (0, import_node_path3.resolve)(top, ...rel.split("/"));
}
function relIn(top, abs) {
  return (0, import_node_path3.relative)(top, abs).split(import_node_path3.sep).join("/");
}
function startIndexReads(cwd, config, started) {
  let reads = { top: topLevel(cwd), indexed: indexEntries(cwd, indexReadSpecs(config), config ? void 0 : started) };
  return reads.top.catch(() => {
  }), reads.indexed.catch(() => {
  }), reads;
}
async function readStagedState(cwd, entries, opts, reads = startIndexReads(cwd, opts.config)) {
  let top = (0, import_node_path3.resolve)(await reads.top), indexed = await reads.indexed, configRel = opts.config ? relIn(top, (0, import_node_path3.resolve)(cwd, opts.config)) : void 0, logMatchers = [];
  if (opts.logGlobs.length > 0) {
    let { default: picomatch } = await Promise.resolve().then(() => __toESM(require("./picomatch-QI2ATN7X.js")));
    logMatchers = opts.logGlobs.map((g) => picomatch(relIn(top, (0, import_node_path3.isAbsolute)(g) ? g : (0, import_node_path3.resolve)(cwd, g)), { dot: true }));
  }
  let isPolicy = (p) => isPolicyFile(p) || p === configRel, staged = entries.filter((e) => isPolicy(e.path)), logEntries = entries.filter(
    (e) => e.indexOid && e.indexMode !== "160000" && e.indexMode !== "120000" && (baseName(e.path) === LOG_NAME || logMatchers.some((m) => m(e.path)))
  ), changed = entries.filter((e) => isPolicy(e.path) || isRecord(e.path)), oids = [
    ...indexed.map((e) => e.oid),
    ...logEntries.map((e) => e.indexOid),
    ...changed.flatMap((e) => e.headOid ? [e.headOid] : [])
  ], blobs = await readBlobs(cwd, oids), text = (oid) => blobs.get(oid)?.toString("utf8"), index = /* @__PURE__ */ new Map();
  for (let e of indexed) {
    let t = text(e.oid);
    t !== void 0 && index.set(absIn(top, e.path), t);
  }
  let committed = new Map(index);
  for (let e of changed) {
    let abs = absIn(top, e.path), t = e.headOid ? text(e.headOid) : void 0;
    t === void 0 ? committed.delete(abs) : committed.set(abs, t);
  }
  let logs = logEntries.flatMap((e) => {
    let t = text(e.indexOid);
    return t === void 0 ? [] : [{ path: e.path, text: t }];
  });
  return { top, index, committed, stagedPolicyFiles: staged.map((e) => e.path), logs };
}
function overridesIn(files, rootDir) {
  return [...files.keys()].filter((f) => import_chunk_6TQU3MSI.OVERRIDE_NAMES.includes((0, import_node_path3.basename)(f)) && f.startsWith(rootDir + import_node_path3.sep)).sort();
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  absIn,
  overridesIn,
  readBlobs,
  readStagedState,
  relIn,
  stagedEntries,
  startIndexReads,
  unstagedPaths
});

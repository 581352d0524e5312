import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  RECORDS_DIR
} from "./chunk-UKSESNFL.js";
import {
  cacheDirOf,
  writeCacheFile
} from "./chunk-UI64SEVC.js";
import {
  OVERRIDE_NAMES,
  ROOT_POLICY_NAMES,
  findRepoRoot
} from "./chunk-PCFHNYAU.js";
import {
  UsageError
} from "./chunk-6RCGQYBU.js";

// src/hooks/git.ts
import { readFileSync as readFileSync2, statSync } from "node:fs";
import { join as join2 } from "node:path";

// src/hooks/blob-cache.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
var MAX_CACHED_BLOB = 256 * 1024, OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function blobOid(content, hexLength) {
  return createHash(hexLength === 64 ? "sha256" : "sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}
function entryFile(dir, oid) {
  return join(dir, "blobs", oid.slice(0, 2), oid.slice(2));
}
function readCachedBlob(dir, oid) {
  if (!dir || !OID.test(oid)) return;
  let content;
  try {
    content = readFileSync(entryFile(dir, oid));
  } catch {
    return;
  }
  return blobOid(content, oid.length) === oid ? content : void 0;
}
function writeCachedBlob(dir, oid, content) {
  !dir || !OID.test(oid) || content.length > MAX_CACHED_BLOB || blobOid(content, oid.length) === oid && writeCacheFile(entryFile(dir, oid), content);
}

// src/hooks/git-spawn.ts
import { spawn } from "node:child_process";
var STAGED_DIFF_ARGS = ["diff", "--cached", "--raw", "-z", "--no-renames", "--no-abbrev", "--no-relative", "--no-ext-diff", "--no-color"];
function spawnGit(args, cwd, input) {
  return new Promise((resolve2) => {
    let child = spawn("git", args, { cwd, stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"] }), out = [], err = [], error;
    child.stdout.on("data", (b) => out.push(b)), child.stderr.on("data", (b) => err.push(b)), child.on("error", (e) => {
      error = e, child.pid === void 0 && resolve2({ code: null, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), error: e });
    }), child.on("close", (code) => resolve2({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err), ...error ? { error } : {} })), input !== void 0 && (child.stdin.on("error", () => {
    }), child.stdin.end(input));
  });
}

// src/hooks/index-specs.ts
function indexReadSpecs(config) {
  let specs = [...ROOT_POLICY_NAMES, ...OVERRIDE_NAMES].map((n) => `:(top,glob)**/${n}`);
  return specs.push(`:(top,glob)**/${RECORDS_DIR}/**`), config && specs.push(`:(literal)${config}`), specs;
}
function indexReadArgs(pathspecs) {
  return ["ls-files", "-s", "-z", "--full-name", "--", ...pathspecs];
}

// src/hooks/git.ts
async function gitOutput(args, cwd, result) {
  let r = await result;
  if (r.error) throw new UsageError(`cannot run git in ${cwd}: ${r.error.message}`, "Is git installed and on PATH?");
  if (r.code === 0) return r.stdout;
  let msg = r.stderr.toString("utf8").trim().split(`
`)[0] || `git ${args[0]} exited with ${r.code}`;
  throw new UsageError(`git ${args[0]} failed: ${msg}`);
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
    throw await git(["rev-parse", "--git-dir"], cwd).then(() => !0, () => !1) ? e : new UsageError(`--staged: ${cwd} is not in a git repository`, "Run it inside the repository, as the pre-commit hook does.");
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
  let top = findRepoRoot(cwd);
  if (!top) return;
  let dotGit = join2(top, ".git");
  try {
    return statSync(dotGit).isDirectory() ? statSync(join2(dotGit, "HEAD")).isFile() ? top : void 0 : readFileSync2(dotGit, "utf8").startsWith("gitdir: ") ? top : void 0;
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
    cache = cacheDirOf(cwd);
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

// src/hooks/index-files.ts
import { basename, isAbsolute, relative, resolve, sep } from "node:path";
var LOG_NAME = ".agent-actions.jsonl", baseName = (p) => p.slice(p.lastIndexOf("/") + 1), isPolicyFile = (p) => ROOT_POLICY_NAMES.includes(baseName(p)) || OVERRIDE_NAMES.includes(baseName(p)), isRecord = (p) => p.startsWith(`${RECORDS_DIR}/`) || p.includes(`/${RECORDS_DIR}/`);
function absIn(top, rel) {
  return resolve(top, ...rel.split("/"));
}
function relIn(top, abs) {
  return relative(top, abs).split(sep).join("/");
}
function startIndexReads(cwd, config, started) {
  let reads = { top: topLevel(cwd), indexed: indexEntries(cwd, indexReadSpecs(config), config ? void 0 : started) };
  return reads.top.catch(() => {
  }), reads.indexed.catch(() => {
  }), reads;
}
async function readStagedState(cwd, entries, opts, reads = startIndexReads(cwd, opts.config)) {
  let top = resolve(await reads.top), indexed = await reads.indexed, configRel = opts.config ? relIn(top, resolve(cwd, opts.config)) : void 0, logMatchers = [];
  if (opts.logGlobs.length > 0) {
    let { default: picomatch } = await import("./picomatch-5LMHNV5R.js");
    logMatchers = opts.logGlobs.map((g) => picomatch(relIn(top, isAbsolute(g) ? g : resolve(cwd, g)), { dot: !0 }));
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
  return [...files.keys()].filter((f) => OVERRIDE_NAMES.includes(basename(f)) && f.startsWith(rootDir + sep)).sort();
}

export {
  stagedEntries,
  readBlobs,
  unstagedPaths,
  absIn,
  relIn,
  startIndexReads,
  readStagedState,
  overridesIn
};

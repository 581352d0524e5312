"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);

// src/cli/staged-boot.ts
var staged_boot_exports = {};
__export(staged_boot_exports, {
  runStagedCli: () => runStagedCli
});
module.exports = __toCommonJS(staged_boot_exports);
var import_node_path5 = require("node:path");

// src/hooks/git-spawn.ts
var import_node_child_process = require("node:child_process"), STAGED_DIFF_ARGS = ["diff", "--cached", "--raw", "-z", "--no-renames", "--no-abbrev", "--no-relative", "--no-ext-diff", "--no-color"];
function spawnGit(args, cwd, input) {
  return new Promise((resolve) => {
    let child = (0, import_node_child_process.spawn)("git", args, { cwd, stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"] }), out = [], err = [], error;
    child.stdout.on("data", (b) => out.push(b)), child.stderr.on("data", (b) => err.push(b)), child.on("error", (e) => {
      error = e, child.pid === void 0 && resolve({ code: null, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), error: e });
    }), child.on("close", (code) => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err), ...error ? { error } : {} })), input !== void 0 && (child.stdin.on("error", () => {
    }), child.stdin.end(input));
  });
}

// src/policy/names.ts
var ROOT_POLICY_NAMES = [".agent-policy.yml", ".agent-policy.yaml"], OVERRIDE_NAMES = [".agent-policy.override.yml", ".agent-policy.override.yaml"];

// src/records/paths.ts
var RECORDS_DIR = ".agent-policy", BYPASS_DIR = `${RECORDS_DIR}/bypasses`, APPROVALS_DIR = `${RECORDS_DIR}/approvals`, APPROVALS_JSONL = `${RECORDS_DIR}/approvals.jsonl`;

// src/hooks/index-specs.ts
function indexReadSpecs(config) {
  let specs = [...ROOT_POLICY_NAMES, ...OVERRIDE_NAMES].map((n) => `:(top,glob)**/${n}`);
  return specs.push(`:(top,glob)**/${RECORDS_DIR}/**`), config && specs.push(`:(literal)${config}`), specs;
}
function indexReadArgs(pathspecs) {
  return ["ls-files", "-s", "-z", "--full-name", "--", ...pathspecs];
}

// src/guard/chunk-loader.ts
var import_node_fs = require("node:fs"), import_node_path = require("node:path");
function wrapChunk(source) {
  return `(function (exports, require, module, __filename, __dirname) { ${source.startsWith("#!") ? `//${source.slice(2)}` : source}
});`;
}
function chunkLoader(dir, compile, nativeRequire) {
  let loaded = /* @__PURE__ */ new Map(), requireChunk = (spec) => {
    if (spec.startsWith("./") && !spec.includes("/", 2)) return load(spec.slice(2));
    if (spec.startsWith(".") || spec.startsWith("/")) throw new Error(`guard chunk loader: unexpected require("${spec}")`);
    return nativeRequire(spec);
  };
  function load(name) {
    let known = loaded.get(name);
    if (known) return known.exports;
    let filename = dir + import_node_path.sep + name, module2 = { exports: {}, id: filename, filename, loaded: !1 };
    loaded.set(name, module2);
    try {
      let bytes = (0, import_node_fs.readFileSync)(filename);
      compile(wrapChunk(bytes.toString("utf8")), filename, bytes).runInThisContext().call(module2.exports, module2.exports, requireChunk, module2, filename, dir);
    } catch (e) {
      throw loaded.delete(name), e;
    }
    return module2.loaded = !0, module2.exports;
  }
  return { load };
}

// src/guard/code-cache.ts
var import_node_crypto = require("node:crypto"), import_node_fs4 = require("node:fs"), import_node_path4 = require("node:path"), import_node_vm = require("node:vm");

// src/policy/cache-dir.ts
var import_node_fs3 = require("node:fs"), import_node_path3 = require("node:path");

// src/policy/repo-root.ts
var import_node_fs2 = require("node:fs"), import_node_path2 = require("node:path");
function findRepoRoot(dir) {
  for (let d = dir; ; d = (0, import_node_path2.dirname)(d)) {
    if ((0, import_node_fs2.existsSync)((0, import_node_path2.join)(d, ".git"))) return d;
    if ((0, import_node_path2.dirname)(d) === d) return;
  }
}

// src/policy/cache-dir.ts
var CACHE_DIR = "agent-policy-lint";
function cacheDirOf(dir) {
  let repo = findRepoRoot(dir);
  if (!repo) return;
  let git = (0, import_node_path3.join)(repo, ".git");
  try {
    return (0, import_node_fs3.statSync)(git).isDirectory() ? (0, import_node_path3.join)(git, CACHE_DIR) : void 0;
  } catch {
    return;
  }
}
function writeCacheFile(file, data) {
  let tmp = `${file}.${process.pid}.tmp`;
  try {
    (0, import_node_fs3.mkdirSync)((0, import_node_path3.dirname)(file), { recursive: !0 }), (0, import_node_fs3.writeFileSync)(tmp, data), (0, import_node_fs3.renameSync)(tmp, file);
  } catch {
  }
}
function pruneCacheEntries(dir, kind, keep) {
  try {
    let entries = [];
    for (let name of (0, import_node_fs3.readdirSync)(dir)) {
      if (!kind(name)) continue;
      let file = (0, import_node_path3.join)(dir, name);
      try {
        entries.push({ file, mtime: (0, import_node_fs3.statSync)(file).mtimeMs });
      } catch {
      }
    }
    if (entries.length <= keep) return;
    entries.sort((a, b) => b.mtime - a.mtime);
    for (let { file } of entries.slice(keep))
      try {
        (0, import_node_fs3.unlinkSync)(file);
      } catch {
      }
  } catch {
  }
}

// src/guard/code-cache.ts
var MAGIC = Buffer.from(`apl-code-cache 2
`), HASH_BYTES = 32, HEADER_BYTES = MAGIC.length + 2 * HASH_BYTES;
function codeCacheDir(cacheDir2) {
  if (cacheDir2)
    return (0, import_node_path4.join)(cacheDir2, `code-${process.version}-${process.arch}`.replace(/[^A-Za-z0-9.-]/g, "_"));
}
function openCodeCache(dir) {
  return { dir, toSave: [] };
}
var sha256 = (data) => (0, import_node_crypto.createHash)("sha256").update(data).digest();
function sourceKey(source, sourceBytes) {
  return (0, import_node_crypto.createHash)("sha256").update(sourceBytes ? "file\0" : "text\0").update(sourceBytes ?? source).digest();
}
function entryFile(dir, filename) {
  let name = filename.slice(Math.max(filename.lastIndexOf("/"), filename.lastIndexOf("\\")) + 1);
  return `${dir}${import_node_path4.sep}${name}.v8`;
}
function readEntry(file, sourceHash) {
  let bytes;
  try {
    bytes = (0, import_node_fs4.readFileSync)(file);
  } catch {
    return;
  }
  if (bytes.length <= HEADER_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return;
  let forSource = bytes.subarray(MAGIC.length, MAGIC.length + HASH_BYTES), ownHash = bytes.subarray(MAGIC.length + HASH_BYTES, HEADER_BYTES), data = bytes.subarray(HEADER_BYTES);
  if (!(!forSource.equals(sourceHash) || !ownHash.equals(sha256(data))))
    return data;
}
function compileWithCache(cache, source, filename, sourceBytes) {
  if (!cache.dir) return new import_node_vm.Script(source, { filename });
  let sourceHash, script;
  try {
    sourceHash = sourceKey(source, sourceBytes);
    let data = readEntry(entryFile(cache.dir, filename), sourceHash);
    if (data && (script = new import_node_vm.Script(source, { filename, cachedData: data }), !script.cachedDataRejected))
      return script;
  } catch {
  }
  return script ??= new import_node_vm.Script(source, { filename }), sourceHash && cache.toSave.push({ file: entryFile(cache.dir, filename), sourceHash, script }), script;
}
var KEPT_CODE_ENTRIES = 256;
function saveCodeCache(cache) {
  if (cache.toSave.length !== 0) {
    for (let { file, sourceHash, script } of cache.toSave.splice(0))
      try {
        let data = script.createCachedData();
        writeCacheFile(file, Buffer.concat([MAGIC, sourceHash, sha256(data), data]));
      } catch {
      }
    cache.dir && pruneCacheEntries(cache.dir, (name) => name.endsWith(".v8"), KEPT_CODE_ENTRIES);
  }
}

// src/cli/staged-boot.ts
function cacheDir(cwd) {
  if (process.env.AGENT_POLICY_LINT_CODE_CACHE !== "0")
    try {
      return codeCacheDir(cacheDirOf(cwd));
    } catch {
      return;
    }
}
function runStagedCli(argv, cwd) {
  let started = {};
  argv.includes("--staged") && (started.diff = spawnGit(STAGED_DIFF_ARGS, cwd)), argv.length === 1 && argv[0] === "--staged" && (started.indexed = spawnGit(indexReadArgs(indexReadSpecs(void 0)), cwd));
  let cache = openCodeCache(cacheDir(cwd));
  return process.on("exit", () => saveCodeCache(cache)), chunkLoader((0, import_node_path5.join)(__dirname, "guard-chunks"), (source, filename, bytes) => compileWithCache(cache, source, filename, bytes), require).load("staged.js").runStagedCli(argv, cwd, started);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  runStagedCli
});

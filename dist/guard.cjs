"use strict";

// src/guard/boot.ts
var import_node_path5 = require("node:path");

// src/policy/cache-dir.ts
var import_node_fs2 = require("node:fs"), import_node_path2 = require("node:path");

// src/policy/repo-root.ts
var import_node_fs = require("node:fs"), import_node_path = require("node:path");
function findRepoRoot(dir) {
  for (let d = dir; ; d = (0, import_node_path.dirname)(d)) {
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(d, ".git"))) return d;
    if ((0, import_node_path.dirname)(d) === d) return;
  }
}

// src/policy/cache-dir.ts
var CACHE_DIR = "agent-policy-lint";
function cacheDirOf(dir) {
  let repo = findRepoRoot(dir);
  if (!repo) return;
  let git = (0, import_node_path2.join)(repo, ".git");
  try {
    return (0, import_node_fs2.statSync)(git).isDirectory() ? (0, import_node_path2.join)(git, CACHE_DIR) : void 0;
  } catch {
    return;
  }
}
function writeCacheFile(file, data) {
  let tmp = `${file}.${process.pid}.tmp`;
  try {
    (0, import_node_fs2.mkdirSync)((0, import_node_path2.dirname)(file), { recursive: !0 }), (0, import_node_fs2.writeFileSync)(tmp, data), (0, import_node_fs2.renameSync)(tmp, file);
  } catch {
  }
}
function pruneCacheEntries(dir, kind, keep) {
  try {
    let entries = [];
    for (let name of (0, import_node_fs2.readdirSync)(dir)) {
      if (!kind(name)) continue;
      let file = (0, import_node_path2.join)(dir, name);
      try {
        entries.push({ file, mtime: (0, import_node_fs2.statSync)(file).mtimeMs });
      } catch {
      }
    }
    if (entries.length <= keep) return;
    entries.sort((a, b) => b.mtime - a.mtime);
    for (let { file } of entries.slice(keep))
      try {
        (0, import_node_fs2.unlinkSync)(file);
      } catch {
      }
  } catch {
  }
}

// src/guard/chunk-loader.ts
var import_node_fs3 = require("node:fs"), import_node_path3 = require("node:path");
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
    let filename = dir + import_node_path3.sep + name, module2 = { exports: {}, id: filename, filename, loaded: !1 };
    loaded.set(name, module2);
    try {
      let bytes = (0, import_node_fs3.readFileSync)(filename);
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
function compileWithCache(cache2, source, filename, sourceBytes) {
  if (!cache2.dir) return new import_node_vm.Script(source, { filename });
  let sourceHash, script;
  try {
    sourceHash = sourceKey(source, sourceBytes);
    let data = readEntry(entryFile(cache2.dir, filename), sourceHash);
    if (data && (script = new import_node_vm.Script(source, { filename, cachedData: data }), !script.cachedDataRejected))
      return script;
  } catch {
  }
  return script ??= new import_node_vm.Script(source, { filename }), sourceHash && cache2.toSave.push({ file: entryFile(cache2.dir, filename), sourceHash, script }), script;
}
var KEPT_CODE_ENTRIES = 256;
function saveCodeCache(cache2) {
  if (cache2.toSave.length !== 0) {
    for (let { file, sourceHash, script } of cache2.toSave.splice(0))
      try {
        let data = script.createCachedData();
        writeCacheFile(file, Buffer.concat([MAGIC, sourceHash, sha256(data), data]));
      } catch {
      }
    cache2.dir && pruneCacheEntries(cache2.dir, (name) => name.endsWith(".v8"), KEPT_CODE_ENTRIES);
  }
}

// src/guard/boot.ts
function cacheDir() {
  if (process.env.AGENT_POLICY_LINT_CODE_CACHE !== "0")
    try {
      return codeCacheDir(cacheDirOf(process.cwd()));
    } catch {
      return;
    }
}
var cache = openCodeCache(cacheDir());
process.on("exit", () => saveCodeCache(cache));
try {
  chunkLoader((0, import_node_path5.join)(__dirname, "guard-chunks"), (source, filename, bytes) => compileWithCache(cache, source, filename, bytes), require).load("entry.js");
} catch (e) {
  process.stderr.write(`agent-policy-lint guard failed closed: cannot load: ${e?.message ?? String(e)}
`), process.exitCode = 2;
}

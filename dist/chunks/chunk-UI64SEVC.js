import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  findRepoRoot
} from "./chunk-PCFHNYAU.js";

// src/policy/cache-dir.ts
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
var CACHE_DIR = "agent-policy-lint";
function cacheDirOf(dir) {
  let repo = findRepoRoot(dir);
  if (!repo) return;
  let git = join(repo, ".git");
  try {
    return statSync(git).isDirectory() ? join(git, CACHE_DIR) : void 0;
  } catch {
    return;
  }
}
function writeCacheFile(file, data) {
  let tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: !0 }), writeFileSync(tmp, data), renameSync(tmp, file);
  } catch {
  }
}
function readCacheJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return;
  }
}
function writeCacheJson(file, value) {
  writeCacheFile(file, JSON.stringify(value));
}
function pruneCacheEntries(dir, kind, keep) {
  try {
    let entries = [];
    for (let name of readdirSync(dir)) {
      if (!kind(name)) continue;
      let file = join(dir, name);
      try {
        entries.push({ file, mtime: statSync(file).mtimeMs });
      } catch {
      }
    }
    if (entries.length <= keep) return;
    entries.sort((a, b) => b.mtime - a.mtime);
    for (let { file } of entries.slice(keep))
      try {
        unlinkSync(file);
      } catch {
      }
  } catch {
  }
}

export {
  cacheDirOf,
  writeCacheFile,
  readCacheJson,
  writeCacheJson,
  pruneCacheEntries
};

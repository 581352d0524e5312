import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  findRepoRoot
} from "./chunk-PCFHNYAU.js";

// src/policy/cache-dir.ts
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
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

export {
  cacheDirOf,
  writeCacheFile,
  readCacheJson,
  writeCacheJson
};

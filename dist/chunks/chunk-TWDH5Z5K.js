import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  pruneCacheEntries,
  readCacheJson,
  writeCacheJson
} from "./chunk-UI64SEVC.js";
import {
  SOURCE_STAMP
} from "./chunk-TBDWGYFU.js";
import {
  caseClasses,
  useCaseClasses,
  whenFoldNeeded
} from "./chunk-FMQ4FTVJ.js";

// src/policy/runtime-cache.ts
import { createHash } from "node:crypto";
import { join, relative, sep } from "node:path";
function caseRuntime() {
  let v = process.versions;
  return `${v.v8}-${v.icu ?? "no-icu"}-${v.unicode ?? "no-unicode"}`.replace(/[^A-Za-z0-9.-]/g, "_");
}
function caseClassesFile(cacheDir) {
  return join(cacheDir, `case-classes-${caseRuntime()}.json`);
}
function withCaseClasses(cacheDir, compile) {
  if (cacheDir) {
    let file = caseClassesFile(cacheDir);
    whenFoldNeeded(() => {
      useCaseClasses(readCacheJson(file)) || writeCacheJson(file, caseClasses());
    });
  }
  return compile();
}
var SET_FORMAT = 1;
function policyHash(root, files) {
  let h = createHash("sha256");
  h.update(`agent-policy-lint policy cache ${SET_FORMAT}\0`);
  for (let f of [...files.keys()].sort())
    h.update(relative(root, f).split(sep).join("/")), h.update("\0"), h.update(files.get(f)), h.update("\0");
  return `sha256:${h.digest("hex")}`;
}
function policyKey(root, hash) {
  return createHash("sha256").update(`${hash}\0${root}`).digest("hex");
}
function setFile(cacheDir, root, hash) {
  return join(cacheDir, `policy-${policyKey(root, hash)}.json`);
}
function readPolicySetCache(cacheDir, root, hash) {
  if (!cacheDir) return;
  let e = readCacheJson(setFile(cacheDir, root, hash));
  return e?.format === SET_FORMAT && e.hash === hash ? e.set : void 0;
}
var KEPT_ENTRIES = 16;
function writePolicySetCache(cacheDir, root, hash, set) {
  cacheDir && (writeCacheJson(setFile(cacheDir, root, hash), { format: SET_FORMAT, hash, set }), pruneCacheEntries(cacheDir, (name) => name.startsWith("policy-") && name.endsWith(".json"), KEPT_ENTRIES));
}
var LISTS_FORMAT = 1;
function openListsCache(cacheDir, root, hash, stamp = SOURCE_STAMP) {
  if (!cacheDir || stamp === void 0) return;
  let file = join(cacheDir, `lists-${policyKey(root, hash)}.json`), runtime = caseRuntime(), e = readCacheJson(file), usable = e?.format === LISTS_FORMAT && e.stamp === stamp && e.runtime === runtime && e.hash === hash && typeof e.lists == "object" && e.lists !== null, lists = new Map(usable ? Object.entries(e.lists) : []), added = !1;
  return {
    get: (key) => lists.get(key),
    set(key, snapshot) {
      lists.set(key, snapshot), added = !0;
    },
    save() {
      added && (added = !1, writeCacheJson(file, { format: LISTS_FORMAT, stamp, runtime, hash, lists: Object.fromEntries(lists) }), pruneCacheEntries(cacheDir, (name) => name.startsWith("lists-") && name.endsWith(".json"), KEPT_ENTRIES));
    }
  };
}

export {
  withCaseClasses,
  policyHash,
  readPolicySetCache,
  writePolicySetCache,
  openListsCache
};

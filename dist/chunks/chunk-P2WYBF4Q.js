import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  readCacheJson,
  writeCacheJson
} from "./chunk-U3D44C5B.js";
import {
  caseClasses,
  useCaseClasses
} from "./chunk-QKDWQX2G.js";

// src/policy/runtime-cache.ts
import { createHash } from "node:crypto";
import { join, relative, sep } from "node:path";
function caseClassesFile(cacheDir) {
  let v = process.versions, runtime = `${v.v8}-${v.icu ?? "no-icu"}-${v.unicode ?? "no-unicode"}`.replace(/[^A-Za-z0-9.-]/g, "_");
  return join(cacheDir, `case-classes-${runtime}.json`);
}
function withCaseClasses(cacheDir, compile) {
  if (!cacheDir) return compile();
  let file = caseClassesFile(cacheDir), loaded = useCaseClasses(readCacheJson(file)), out = compile();
  return loaded || writeCacheJson(file, caseClasses()), out;
}
var SET_FORMAT = 1;
function policyHash(root, files) {
  let h = createHash("sha256");
  h.update(`agent-policy-lint policy cache ${SET_FORMAT}\0`);
  for (let f of [...files.keys()].sort())
    h.update(relative(root, f).split(sep).join("/")), h.update("\0"), h.update(files.get(f)), h.update("\0");
  return `sha256:${h.digest("hex")}`;
}
function setFile(cacheDir, root, hash) {
  let key = createHash("sha256").update(`${hash}\0${root}`).digest("hex");
  return join(cacheDir, `policy-${key}.json`);
}
function readPolicySetCache(cacheDir, root, hash) {
  if (!cacheDir) return;
  let e = readCacheJson(setFile(cacheDir, root, hash));
  return e?.format === SET_FORMAT && e.hash === hash ? e.set : void 0;
}
function writePolicySetCache(cacheDir, root, hash, set) {
  cacheDir && writeCacheJson(setFile(cacheDir, root, hash), { format: SET_FORMAT, hash, set });
}

export {
  withCaseClasses,
  policyHash,
  readPolicySetCache,
  writePolicySetCache
};

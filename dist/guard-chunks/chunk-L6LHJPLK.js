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
  openListsCache: () => openListsCache,
  policyHash: () => policyHash,
  readPolicySetCache: () => readPolicySetCache,
  withCaseClasses: () => withCaseClasses,
  writePolicySetCache: () => writePolicySetCache
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_75HOI2O4 = require("./chunk-75HOI2O4.js");
var import_chunk_HZVDRH6M = require("./chunk-HZVDRH6M.js");
var import_chunk_2CSPOQSB = require("./chunk-2CSPOQSB.js");
var import_node_crypto = require("node:crypto");
var import_node_path = require("node:path");
function caseRuntime() {
  let v = process.versions;
  return `${v.v8}-${v.icu ?? "no-icu"}-${v.unicode ?? "no-unicode"}`.replace(/[^A-Za-z0-9.-]/g, "_");
}
function caseClassesFile(cacheDir) {
  return (0, import_node_path.join)(cacheDir, `case-classes-${caseRuntime()}.json`);
}
function withCaseClasses(cacheDir, compile) {
  if (cacheDir) {
    let file = caseClassesFile(cacheDir);
    (0, import_chunk_2CSPOQSB.whenFoldNeeded)(() => {
      (0, import_chunk_2CSPOQSB.useCaseClasses)((0, import_chunk_HZVDRH6M.readCacheJson)(file)) || (0, import_chunk_HZVDRH6M.writeCacheJson)(file, (0, import_chunk_2CSPOQSB.caseClasses)());
    });
  }
  return compile();
}
var SET_FORMAT = 1;
function policyHash(root, files) {
  let h = (0, import_node_crypto.createHash)("sha256");
  h.update(`agent-policy-lint policy cache ${SET_FORMAT}\0`);
  for (let f of [...files.keys()].sort())
    h.update((0, import_node_path.relative)(root, f).split(import_node_path.sep).join("/")), h.update("\0"), h.update(files.get(f)), h.update("\0");
  return `sha256:${h.digest("hex")}`;
}
function policyKey(root, hash) {
  return (0, import_node_crypto.createHash)("sha256").update(`${hash}\0${root}`).digest("hex");
}
function setFile(cacheDir, root, hash) {
  return (0, import_node_path.join)(cacheDir, `policy-${policyKey(root, hash)}.json`);
}
function readPolicySetCache(cacheDir, root, hash) {
  if (!cacheDir) return;
  let e = (0, import_chunk_HZVDRH6M.readCacheJson)(setFile(cacheDir, root, hash));
  return e?.format === SET_FORMAT && e.hash === hash ? e.set : void 0;
}
var KEPT_ENTRIES = 16;
function writePolicySetCache(cacheDir, root, hash, set) {
  cacheDir && ((0, import_chunk_HZVDRH6M.writeCacheJson)(setFile(cacheDir, root, hash), { format: SET_FORMAT, hash, set }), (0, import_chunk_HZVDRH6M.pruneCacheEntries)(cacheDir, (name) => name.startsWith("policy-") && name.endsWith(".json"), KEPT_ENTRIES));
}
var LISTS_FORMAT = 1;
function openListsCache(cacheDir, root, hash, stamp = import_chunk_75HOI2O4.SOURCE_STAMP) {
  if (!cacheDir || stamp === void 0) return;
  let file = (0, import_node_path.join)(cacheDir, `lists-${policyKey(root, hash)}.json`), runtime = caseRuntime(), e = (0, import_chunk_HZVDRH6M.readCacheJson)(file), usable = e?.format === LISTS_FORMAT && e.stamp === stamp && e.runtime === runtime && e.hash === hash && typeof e.lists == "object" && e.lists !== null, lists = new Map(usable ? Object.entries(e.lists) : []), added = false;
  return {
    get: (key) => lists.get(key),
    set(key, snapshot) {
      lists.set(key, snapshot), added = true;
    },
    save() {
      added && (added = false, (0, import_chunk_HZVDRH6M.writeCacheJson)(file, { format: LISTS_FORMAT, stamp, runtime, hash, lists: Object.fromEntries(lists) }), (0, import_chunk_HZVDRH6M.pruneCacheEntries)(cacheDir, (name) => name.startsWith("lists-") && name.endsWith(".json"), KEPT_ENTRIES));
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  openListsCache,
  policyHash,
  readPolicySetCache,
  withCaseClasses,
  writePolicySetCache
});

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
  cacheDirOf: () => cacheDirOf,
  pruneCacheEntries: () => pruneCacheEntries,
  readCacheJson: () => readCacheJson,
  writeCacheFile: () => writeCacheFile,
  writeCacheJson: () => writeCacheJson
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_6TQU3MSI = require("./chunk-6TQU3MSI.js");
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var CACHE_DIR = "agent-policy-lint";
function cacheDirOf(dir) {
  let repo = (0, import_chunk_6TQU3MSI.findRepoRoot)(dir);
  if (!repo) return;
  let git = (0, import_node_path.join)(repo, ".git");
  try {
    return (0, import_node_fs.statSync)(git).isDirectory() ? (0, import_node_path.join)(git, CACHE_DIR) : void 0;
  } catch {
    return;
  }
}
function writeCacheFile(file, data) {
  let tmp = `${file}.${process.pid}.tmp`;
  try {
    (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(file), { recursive: true }), (0, import_node_fs.writeFileSync)(tmp, data), (0, import_node_fs.renameSync)(tmp, file);
  } catch {
  }
}
function readCacheJson(file) {
  try {
    return JSON.parse((0, import_node_fs.readFileSync)(file, "utf8"));
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
    for (let name of (0, import_node_fs.readdirSync)(dir)) {
      if (!kind(name)) continue;
      let file = (0, import_node_path.join)(dir, name);
      try {
        entries.push({ file, mtime: (0, import_node_fs.statSync)(file).mtimeMs });
      } catch {
      }
    }
    if (entries.length <= keep) return;
    entries.sort((a, b) => b.mtime - a.mtime);
    for (let { file } of entries.slice(keep))
      try {
        (0, import_node_fs.unlinkSync)(file);
      } catch {
      }
  } catch {
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  cacheDirOf,
  pruneCacheEntries,
  readCacheJson,
  writeCacheFile,
  writeCacheJson
});

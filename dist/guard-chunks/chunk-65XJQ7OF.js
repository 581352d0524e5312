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
  walkFiles: () => walkFiles
});
module.exports = __toCommonJS(stdin_exports);
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function walkFiles(root, keep = () => true, limit = 1 / 0) {
  let out = [], seen = 0, walk = (dir) => {
    let entries;
    try {
      entries = (0, import_node_fs.readdirSync)(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (let e of entries) {
      if (++seen > limit) return;
      e.isDirectory() ? SKIP_DIRS.has(e.name) || walk((0, import_node_path.join)(dir, e.name)) : e.isFile() && keep(e.name) && out.push((0, import_node_path.join)(dir, e.name));
    }
  };
  return walk(root), out;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  walkFiles
});

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
  patchTargets: () => patchTargets
});
module.exports = __toCommonJS(stdin_exports);
var WRITE_HEADERS = ["*** Add File: ", "*** Update File: ", "*** Move to: "], DELETE_HEADER = "*** Delete File: ";
function patchTargets(text) {
  let write = /* @__PURE__ */ new Set(), del = /* @__PURE__ */ new Set();
  for (let raw of text.split(`
`)) {
    let line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.startsWith("*** ")) {
      if (line.startsWith(DELETE_HEADER)) {
        let p = line.slice(DELETE_HEADER.length).trim();
        p && del.add(p);
        continue;
      }
      for (let h of WRITE_HEADERS)
        if (line.startsWith(h)) {
          let p = line.slice(h.length).trim();
          p && write.add(p);
          break;
        }
    }
  }
  return { write: [...write], delete: [...del] };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  patchTargets
});

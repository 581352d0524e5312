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
  formatSplunkHec: () => formatSplunkHec
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_RTZYPPWE = require("./chunk-RTZYPPWE.js");
var import_chunk_GFWCMSAP = require("./chunk-GFWCMSAP.js");
var import_chunk_OR5VVEKZ = require("./chunk-OR5VVEKZ.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
var import_node_os = require("node:os");
function formatSplunkHec(findings, _summary, ctx) {
  let meta = { toolVersion: ctx.toolVersion, host: (0, import_node_os.hostname)(), now: Date.now() };
  return (0, import_chunk_GFWCMSAP.findingEvents)(findings, ctx).map((e) => JSON.stringify((0, import_chunk_RTZYPPWE.hecEnvelope)(e, meta, String(e.unmapped.file))) + `
`).join("");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  formatSplunkHec
});

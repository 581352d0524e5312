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
  loadBypasses: () => import_chunk_ML2DEFM5.loadBypasses,
  writeBypassRecord: () => import_chunk_ML2DEFM5.writeBypassRecord
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_ML2DEFM5 = require("./chunk-ML2DEFM5.js");
var import_chunk_VFYKPGBC = require("./chunk-VFYKPGBC.js");
var import_chunk_3PA5EKCG = require("./chunk-3PA5EKCG.js");
var import_chunk_TGX7ZEIM = require("./chunk-TGX7ZEIM.js");
var import_chunk_DDC3HKHF = require("./chunk-DDC3HKHF.js");
var import_chunk_4Y4NHBEK = require("./chunk-4Y4NHBEK.js");
var import_chunk_2CSPOQSB = require("./chunk-2CSPOQSB.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  loadBypasses,
  writeBypassRecord
});

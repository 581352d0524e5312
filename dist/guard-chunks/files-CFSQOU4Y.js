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
  compilePolicy: () => import_chunk_MTWA5ZI4.compilePolicy,
  decide: () => import_chunk_RL7OXNFU.decide
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_3DFXYDHO = require("./chunk-3DFXYDHO.js");
var import_chunk_RL7OXNFU = require("./chunk-RL7OXNFU.js");
var import_chunk_MTWA5ZI4 = require("./chunk-MTWA5ZI4.js");
var import_chunk_ASOYXMRX = require("./chunk-ASOYXMRX.js");
var import_chunk_JRHR7NHB = require("./chunk-JRHR7NHB.js");
var import_chunk_DYMGM5E2 = require("./chunk-DYMGM5E2.js");
var import_chunk_SPSVE7QJ = require("./chunk-SPSVE7QJ.js");
var import_chunk_ZA4BQCYO = require("./chunk-ZA4BQCYO.js");
var import_chunk_LZ4MTPTA = require("./chunk-LZ4MTPTA.js");
var import_chunk_ND5RE3YD = require("./chunk-ND5RE3YD.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  compilePolicy,
  decide
});

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
  compilePolicy: () => import_chunk_QZ5VQLX5.compilePolicy,
  decide: () => import_chunk_CZYEQ6FX.decide
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_3DFXYDHO = require("./chunk-3DFXYDHO.js");
var import_chunk_CZYEQ6FX = require("./chunk-CZYEQ6FX.js");
var import_chunk_QZ5VQLX5 = require("./chunk-QZ5VQLX5.js");
var import_chunk_ASOYXMRX = require("./chunk-ASOYXMRX.js");
var import_chunk_QO2CF3S6 = require("./chunk-QO2CF3S6.js");
var import_chunk_P6UPVERM = require("./chunk-P6UPVERM.js");
var import_chunk_SPSVE7QJ = require("./chunk-SPSVE7QJ.js");
var import_chunk_ZA4BQCYO = require("./chunk-ZA4BQCYO.js");
var import_chunk_RGFKK7OV = require("./chunk-RGFKK7OV.js");
var import_chunk_O5F4X52Q = require("./chunk-O5F4X52Q.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  compilePolicy,
  decide
});

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
  compilePolicy: () => import_chunk_45XPGKND.compilePolicy,
  decide: () => import_chunk_DRG6SBQE.decide
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_3DFXYDHO = require("./chunk-3DFXYDHO.js");
var import_chunk_DRG6SBQE = require("./chunk-DRG6SBQE.js");
var import_chunk_45XPGKND = require("./chunk-45XPGKND.js");
var import_chunk_AWYVE2O7 = require("./chunk-AWYVE2O7.js");
var import_chunk_TAKIBTO4 = require("./chunk-TAKIBTO4.js");
var import_chunk_CEZ22CY4 = require("./chunk-CEZ22CY4.js");
var import_chunk_UKGDGRKQ = require("./chunk-UKGDGRKQ.js");
var import_chunk_ZA4BQCYO = require("./chunk-ZA4BQCYO.js");
var import_chunk_4Y4NHBEK = require("./chunk-4Y4NHBEK.js");
var import_chunk_2CSPOQSB = require("./chunk-2CSPOQSB.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  compilePolicy,
  decide
});

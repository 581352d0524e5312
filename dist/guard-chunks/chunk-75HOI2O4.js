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
  SOURCE_STAMP: () => SOURCE_STAMP,
  VERSION: () => VERSION
});
module.exports = __toCommonJS(stdin_exports);
var version = "0.1.0";
var VERSION = version, SOURCE_STAMP = "d8c5b3cf117c1672fee0ff959e76dbbf";
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SOURCE_STAMP,
  VERSION
});

var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  FORMATS: () => FORMATS,
  getChunkedFormatter: () => getChunkedFormatter
});
module.exports = __toCommonJS(stdin_exports);
var FORMATS = ["stylish", "json", "sarif", "github", "markdown", "html", "ocsf", "splunk-hec"];
async function getFormatter(format) {
  switch (format) {
    case "json":
      return (await Promise.resolve().then(() => __toESM(require("./json-2QGKG5JR.js")))).formatJson;
    case "stylish":
      return (await Promise.resolve().then(() => __toESM(require("./stylish-UVSNLG6X.js")))).formatStylish;
    case "sarif":
      return (await Promise.resolve().then(() => __toESM(require("./sarif-3SMJFHX4.js")))).formatSarif;
    case "github":
      return (await Promise.resolve().then(() => __toESM(require("./github-2X7RKSOE.js")))).formatGithub;
    case "markdown":
      return (await Promise.resolve().then(() => __toESM(require("./markdown-P5YYX7P2.js")))).formatMarkdown;
    case "html":
      return (await Promise.resolve().then(() => __toESM(require("./html-7Q2NACZ5.js")))).formatHtml;
    case "ocsf":
      return (await Promise.resolve().then(() => __toESM(require("./ocsf-4K6BVVNB.js")))).formatOcsf;
    case "splunk-hec":
      return (await Promise.resolve().then(() => __toESM(require("./splunk-hec-24TLWFWL.js")))).formatSplunkHec;
  }
}
async function getChunkedFormatter(format) {
  if (format === "html") return (await Promise.resolve().then(() => __toESM(require("./html-7Q2NACZ5.js")))).formatHtmlChunks;
  let f = await getFormatter(format);
  return (findings, summary, ctx) => [f(findings, summary, ctx)];
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  FORMATS,
  getChunkedFormatter
});

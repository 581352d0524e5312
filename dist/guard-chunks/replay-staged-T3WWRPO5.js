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
  indexRecordFiles: () => indexRecordFiles,
  loadIndexBypasses: () => loadIndexBypasses,
  replayStagedLogs: () => replayStagedLogs
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_TQBEFRU3 = require("./chunk-TQBEFRU3.js");
var import_chunk_VFYKPGBC = require("./chunk-VFYKPGBC.js");
var import_chunk_QKUC6GCX = require("./chunk-QKUC6GCX.js");
var import_chunk_HZVDRH6M = require("./chunk-HZVDRH6M.js");
var import_chunk_6TQU3MSI = require("./chunk-6TQU3MSI.js");
var import_chunk_65XJQ7OF = require("./chunk-65XJQ7OF.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
var import_node_path = require("node:path");
function indexRecordFiles(files) {
  return {
    read: (file) => files.get((0, import_node_path.resolve)(file)),
    list: (dir) => [...files.keys()].filter((f) => (0, import_node_path.dirname)(f) === (0, import_node_path.resolve)(dir)).sort()
  };
}
async function replayStagedLogs(state, set, cwd, agent, now, records) {
  let { replayTexts } = await Promise.resolve().then(() => __toESM(require("./replay-6VTUTUVF.js")));
  return (await replayTexts({
    cwd,
    set,
    texts: state.logs.map((l) => ({ file: (0, import_chunk_TQBEFRU3.absIn)(state.top, l.path), text: l.text })),
    records: indexRecordFiles(records),
    agent,
    now
  })).findings;
}
async function loadIndexBypasses(records, set, now, findings) {
  let src = indexRecordFiles(records);
  if (!src.list((0, import_node_path.join)(set.root.root, import_chunk_VFYKPGBC.BYPASS_DIR)).some((f) => f.endsWith(".json"))) return [];
  let { loadBypasses } = await Promise.resolve().then(() => __toESM(require("./bypasses-UICCAVPL.js"))), loaded = loadBypasses(set.root.root, set.root.bypass ?? {}, now, src);
  return findings.push(...loaded.findings.filter((f) => f.severity !== "info")), loaded.bypasses;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  indexRecordFiles,
  loadIndexBypasses,
  replayStagedLogs
});

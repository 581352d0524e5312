import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  absIn
} from "./chunk-IB7OEQJJ.js";
import {
  BYPASS_DIR
} from "./chunk-UKSESNFL.js";
import "./chunk-UI64SEVC.js";
import "./chunk-PCFHNYAU.js";
import "./chunk-HTJE5MBF.js";
import "./chunk-6RCGQYBU.js";
import "./chunk-F2VQ6EFB.js";

// src/hooks/replay-staged.ts
import { dirname, join, resolve } from "node:path";
function indexRecordFiles(files) {
  return {
    read: (file) => files.get(resolve(file)),
    list: (dir) => [...files.keys()].filter((f) => dirname(f) === resolve(dir)).sort()
  };
}
async function replayStagedLogs(state, set, cwd, agent, now, records) {
  let { replayTexts } = await import("./replay-TDRT36EW.js");
  return (await replayTexts({
    cwd,
    set,
    texts: state.logs.map((l) => ({ file: absIn(state.top, l.path), text: l.text })),
    records: indexRecordFiles(records),
    agent,
    now
  })).findings;
}
async function loadIndexBypasses(records, set, now, findings) {
  let src = indexRecordFiles(records);
  if (!src.list(join(set.root.root, BYPASS_DIR)).some((f) => f.endsWith(".json"))) return [];
  let { loadBypasses } = await import("./bypasses-SSV532YV.js"), loaded = loadBypasses(set.root.root, set.root.bypass ?? {}, now, src);
  return findings.push(...loaded.findings.filter((f) => f.severity !== "info")), loaded.bypasses;
}
export {
  indexRecordFiles,
  loadIndexBypasses,
  replayStagedLogs
};

import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  absIn
} from "./chunk-ERII5K2B.js";
import "./chunk-UFHRSC2Y.js";
import "./chunk-6RCGQYBU.js";
import "./chunk-F2VQ6EFB.js";

// src/hooks/replay-staged.ts
import { dirname, resolve } from "node:path";
function indexRecordFiles(files) {
  return {
    read: (file) => files.get(resolve(file)),
    list: (dir) => [...files.keys()].filter((f) => dirname(f) === resolve(dir)).sort()
  };
}
async function replayStagedLogs(state, set, cwd, agent, now, records) {
  let { replayTexts } = await import("./replay-G4EJCLYL.js");
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
  let { loadBypasses } = await import("./records-YZJAMRLV.js"), loaded = loadBypasses(set.root.root, set.root.bypass ?? {}, now, indexRecordFiles(records));
  return findings.push(...loaded.findings.filter((f) => f.severity !== "info")), loaded.bypasses;
}
export {
  indexRecordFiles,
  loadIndexBypasses,
  replayStagedLogs
};

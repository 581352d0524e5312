import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  stagedEntries,
  startIndexReads
} from "./chunk-IB7OEQJJ.js";
import "./chunk-UKSESNFL.js";
import "./chunk-UI64SEVC.js";
import "./chunk-PCFHNYAU.js";
import "./chunk-HTJE5MBF.js";
import "./chunk-6RCGQYBU.js";
import "./chunk-F2VQ6EFB.js";

// src/hooks/staged.ts
async function runStaged(opts, cwd, loadRulesMeta, started = {}) {
  let diff = stagedEntries(cwd, started.diff), reads = startIndexReads(cwd, opts.config, started.indexed), entries = await diff;
  if (entries.length === 0) return 0;
  let { checkStaged } = await import("./check-O5VE6KLC.js");
  return checkStaged(opts, cwd, entries, loadRulesMeta, reads);
}
export {
  runStaged
};

import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  stagedEntries,
  startIndexReads
} from "./chunk-KNFKP3SA.js";
import "./chunk-UKSESNFL.js";
import "./chunk-XHARJJRJ.js";
import "./chunk-BE5YPITW.js";
import "./chunk-HTJE5MBF.js";
import "./chunk-6RCGQYBU.js";
import "./chunk-F2VQ6EFB.js";

// src/hooks/staged.ts
async function runStaged(opts, cwd, loadRulesMeta) {
  let diff = stagedEntries(cwd), reads = startIndexReads(cwd, opts.config), entries = await diff;
  if (entries.length === 0) return 0;
  let { checkStaged } = await import("./check-YX27C3JS.js");
  return checkStaged(opts, cwd, entries, loadRulesMeta, reads);
}
export {
  runStaged
};

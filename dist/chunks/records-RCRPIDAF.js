import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  APPROVALS_DIR,
  APPROVALS_JSONL,
  BYPASS_DIR,
  fsRecords,
  loadApprovals,
  loadBypasses,
  parseJson
} from "./chunk-JXQO3BDP.js";
import "./chunk-PBLXQTYW.js";
import "./chunk-ESYYHGIW.js";
import "./chunk-F2VQ6EFB.js";
export {
  APPROVALS_DIR,
  APPROVALS_JSONL,
  BYPASS_DIR,
  fsRecords,
  loadApprovals,
  loadBypasses,
  parseJson
};

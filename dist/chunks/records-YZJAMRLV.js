import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  APPROVALS_DIR,
  APPROVALS_JSONL,
  BYPASS_DIR,
  fsRecords,
  loadApprovals,
  loadBypasses,
  parseJson
} from "./chunk-HNLH76S5.js";
import "./chunk-PBLXQTYW.js";
import "./chunk-7NJAEVY3.js";
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

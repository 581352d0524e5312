import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/records/paths.ts
var RECORDS_DIR = ".agent-policy", BYPASS_DIR = `${RECORDS_DIR}/bypasses`, APPROVALS_DIR = `${RECORDS_DIR}/approvals`, APPROVALS_JSONL = `${RECORDS_DIR}/approvals.jsonl`;

export {
  RECORDS_DIR,
  BYPASS_DIR,
  APPROVALS_DIR,
  APPROVALS_JSONL
};

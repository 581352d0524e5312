// Where bypass and approval records live, beside the root policy. A module of its own (no
// imports) so that the pre-commit hook can look for records without loading their readers.

/** Every record lives under this directory beside the root policy. */
export const RECORDS_DIR = '.agent-policy';
/** `<id>.json`, written by `agent-policy-lint bypass`. */
export const BYPASS_DIR = `${RECORDS_DIR}/bypasses`;
/** `<id>.json` approval records. */
export const APPROVALS_DIR = `${RECORDS_DIR}/approvals`;
/** Approval records, one JSON object a line. */
export const APPROVALS_JSONL = `${RECORDS_DIR}/approvals.jsonl`;

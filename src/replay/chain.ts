// Audit logs written by the runtime guard carry a hash chain (src/audit): replay verifies it and
// reports the first line where the log stops being what the guard wrote.
import { openSync, readFileSync, readSync, closeSync } from 'node:fs';
import { auditKey } from '../audit/chain.js';
import { isChainedLog, verifyChain } from '../audit/verify.js';
import type { Finding } from '../report/finding.js';

function firstLine(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(8192);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const text = buf.subarray(0, n).toString('utf8');
    const nl = text.indexOf('\n');
    return nl < 0 ? text : text.slice(0, nl);
  } finally {
    closeSync(fd);
  }
}

/** Chain findings for one log (none when it is not a chained guard log). */
export function chainFindings(input: { file: string; text?: string }, env: NodeJS.ProcessEnv = process.env): Finding[] {
  let text = input.text;
  try {
    const head = text !== undefined ? text.slice(0, text.indexOf('\n') >>> 0) : firstLine(input.file);
    if (!isChainedLog(head)) return [];
    text ??= readFileSync(input.file, 'utf8');
  } catch {
    return [];
  }
  const key = auditKey(env);
  const report = verifyChain(text, key);
  const out: Finding[] = [];
  if (report.broken) {
    out.push({
      ruleId: 'audit-chain-broken',
      severity: 'error',
      file: input.file,
      line: report.broken.line,
      column: 1,
      message: `the audit log's hash chain is broken here: ${report.broken.message}`,
      hint: 'Nothing after this line can be trusted as the guard wrote it. Find out who changed the log (git log -p on it); never edit audit logs.',
    });
  }
  if (report.unverifiedKeyed) {
    out.push({
      ruleId: 'audit-chain-unverified',
      severity: 'warning',
      file: input.file,
      line: 1,
      column: 1,
      message: 'the audit log is chained with an HMAC key and AGENT_POLICY_LINT_AUDIT_KEY is not set: line order and links were checked, the line hashes were not',
      hint: 'Set AGENT_POLICY_LINT_AUDIT_KEY (a CI secret) to the key the guard wrote with.',
    });
  }
  return out;
}

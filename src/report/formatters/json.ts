import type { Finding, Summary } from '../finding.js';
import type { Formatter } from '../formatter.js';

/** Keys in this order first; any other keys of a finding follow in their own order. */
const LEADING_KEYS = ['ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'hint'] as const;

/**
 * SPEC 5: one object `{"findings":[…],"summary":{…}}`.
 * Each finding: ruleId, severity, message, file, line, column, endLine?, endColumn?, hint?, then
 * related?, helpUri?, witness?, data? (absent keys are left out). `line` 0 means the whole file.
 * Summary: errors, warnings, infos (counts of the findings listed) and files (files checked).
 */
export const formatJson: Formatter = (findings, summary) =>
  JSON.stringify({ findings: findings.map(orderFinding), summary: orderSummary(summary) }, null, 2) + '\n';

export function orderFinding(f: Finding): Record<string, unknown> {
  return ordered(f, LEADING_KEYS);
}

function orderSummary(s: Summary): Record<string, unknown> {
  return ordered(s, ['errors', 'warnings', 'infos', 'files']);
}

function ordered(obj: object, leading: readonly string[]): Record<string, unknown> {
  const src = obj as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of leading) if (src[k] !== undefined) out[k] = src[k];
  for (const [k, v] of Object.entries(src)) if (!(k in out) && v !== undefined) out[k] = v;
  return out;
}

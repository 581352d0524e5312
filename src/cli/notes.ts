// Findings of a subcommand that writes something else to stdout (import, export, learn): one line
// each on stderr, as a compiler prints warnings.
import type { Finding } from '../report/finding.js';
import { prepareFindings } from '../report/prepare.js';

export function formatNotes(findings: readonly Finding[], cwd: string): string {
  return prepareFindings(findings, cwd)
    .map((f) => `${f.file}${f.line > 0 ? `:${f.line}:${f.column}` : ''}  ${f.severity}  ${f.message}  ${f.ruleId}\n${f.hint ? `    ${f.hint}\n` : ''}`)
    .join('');
}

import type { Finding, Severity } from '../finding.js';
import type { Formatter } from '../formatter.js';
import { visible } from '../text.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one per finding:
 * `::error file=F,line=L,col=C,endLine=..,endColumn=..,title=RULE::MESSAGE`
 * (`::warning`, `::notice` for info). The hint and witness follow the message on their own lines.
 * Whole-file findings (line 0) carry no line or column. Escaping is the toolkit's (@actions/core).
 */
export const formatGithub: Formatter = (findings) => findings.map((f) => githubCommand(f) + '\n').join('');

export function githubCommand(f: Finding): string {
  const props: [string, number | string | undefined][] = [
    ['file', f.file || undefined],
    ['line', f.line > 0 ? f.line : undefined],
    ['col', f.line > 0 && f.column > 0 ? f.column : undefined],
    ['endLine', f.line > 0 && f.endLine && f.endLine >= f.line ? f.endLine : undefined],
    ['endColumn', f.line > 0 && f.endLine && f.endColumn && f.endColumn > 0 ? f.endColumn : undefined],
    ['title', f.ruleId],
  ];
  const propText = props
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(visible(String(v)))}`)
    .join(',');
  let text = f.message;
  if (f.hint) text += `\n${f.hint}`;
  if (f.witness) text += `\nwitness: ${f.witness}`;
  return `::${COMMAND[f.severity]} ${propText}::${escapeData(visible(text))}`;
}

/** The toolkit's escaping of a command's message. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The toolkit's escaping of a command property value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

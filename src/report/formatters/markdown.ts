import type { Finding, Severity, Summary } from '../finding.js';
import type { FormatContext, Formatter } from '../formatter.js';
import { bySeverity, countsText, locationText, plural, problemCount, visible } from '../text.js';

/** Rows in the table; the rest are counted below it. Keeps a job summary far below GitHub's 1 MiB. */
export const DEFAULT_MAX_ROWS = 200;
/** Characters of one cell's text before it is cut (with `…`). */
export const MAX_CELL = 1000;
/** Bytes of table rows at most, whatever the row count (GitHub's limit is 1 MiB a step summary). */
export const MAX_TABLE_BYTES = 512 * 1024;

const BADGE: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' };

/** A heading with the verdict and counts, then a table of findings (for GitHub job summaries). */
export const formatMarkdown: Formatter = (findings, summary, ctx) => renderMarkdown(findings, summary, ctx);

export function renderMarkdown(
  findings: readonly Finding[],
  summary: Summary,
  ctx: Pick<FormatContext, 'quiet'>,
  /** fileLink: a URL for a finding's location (the Action links to the file on GitHub). */
  opts: { maxRows?: number; fileLink?: (f: Finding) => string | undefined } = {},
): string {
  const maxRows = Math.max(0, opts.maxRows ?? DEFAULT_MAX_ROWS);
  const out = [`## ${verdict(summary, ctx.quiet)}`, '', `${plural(summary.files, 'file')} checked.`];
  if (findings.length === 0) return out.join('\n') + '\n';

  // Over the caps, keep the most severe rows; show them in their original order.
  const rows = new Map<Finding, string>();
  let bytes = 0;
  for (const f of bySeverity(findings)) {
    if (rows.size >= maxRows) break;
    const r = row(f, opts.fileLink);
    bytes += Buffer.byteLength(r) + 1;
    if (bytes > MAX_TABLE_BYTES) break;
    rows.set(f, r);
  }
  out.push('', '| Severity | Location | Rule | Message |', '| --- | --- | --- | --- |');
  for (const f of findings) {
    const r = rows.get(f);
    if (r !== undefined) out.push(r);
  }
  const left = findings.filter((f) => !rows.has(f));
  if (left.length > 0) {
    const counts = { errors: 0, warnings: 0, infos: 0 };
    for (const f of left) counts[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
    out.push('', `_${plural(left.length, 'more finding')} not shown (${countsText(counts)}); the full report has them all._`);
  }
  return out.join('\n') + '\n';
}

function verdict(s: Summary, quiet?: boolean): string {
  const counts = countsText(s);
  if (s.errors > 0) return `❌ agent-policy-lint: ${counts}`;
  if (s.warnings > 0) return `⚠️ agent-policy-lint: ${counts}`;
  if (problemCount(s) > 0) return `✅ agent-policy-lint: ${counts}`;
  return `✅ agent-policy-lint: ${quiet ? 'no errors' : 'no problems'}`;
}

function row(f: Finding, fileLink?: (f: Finding) => string | undefined): string {
  let message = cell(f.message);
  if (f.hint) message += `<br>💡 ${cell(f.hint)}`;
  if (f.witness) message += `<br>witness: ${cell(f.witness)}`;
  const rule = safeUrl(f.helpUri) ? `[${cell(f.ruleId)}](${safeUrl(f.helpUri)})` : cell(f.ruleId);
  const link = safeUrl(fileLink?.(f));
  const where = link ? `[${cell(locationText(f))}](${link})` : cell(locationText(f));
  return `| ${BADGE[f.severity]} | ${where} | ${rule} | ${message} |`;
}

/** One table cell of untrusted text: no markup, no HTML, no row breaks. */
export function cell(text: string): string {
  let t = visible(text).trim();
  if (t.length > MAX_CELL) t = `${Array.from(t).slice(0, MAX_CELL).join('')}…`;
  return t.replace(/[\\`*_[\]<>|~&#!]/g, '\\$&').replace(/\n/g, '<br>');
}

/** Only http(s) links, with characters that would end the link target percent-encoded. */
function safeUrl(uri: string | undefined): string | undefined {
  if (!uri || !/^https?:\/\//i.test(uri)) return undefined;
  return uri.replace(/[\s()<>|\\`"]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

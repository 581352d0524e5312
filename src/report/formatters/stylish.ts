import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding, Severity } from '../finding.js';
import type { Formatter } from '../formatter.js';
import { countsText, displayWidth, locationText, padEndWidth, plural, problemCount, visible } from '../text.js';

/** Longer first message lines do not push every rule id further right. */
const MAX_MESSAGE_COLUMN = 60;

/**
 * ESLint-like: findings grouped by file, one row per finding (`line:col  severity  message  rule`),
 * hint, witness and related locations indented below, then a summary line. Whole-file findings
 * (line 0) show `-` as their position. Colour only when ctx.color; the environment is not consulted.
 */
export const formatStylish: Formatter = (findings, summary, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  if (findings.length === 0) {
    const what = ctx.quiet ? 'No errors' : 'No problems';
    return `${c.green('✔')} ${what} found (${plural(summary.files, 'file')} checked)\n`;
  }
  const out: string[] = [];
  for (const [file, group] of groupByFile(findings)) {
    out.push(c.underline(visible(file) || '(no file)'));
    out.push(...renderGroup(group, c), '');
  }
  out.push(summaryLine(summary, c));
  return out.join('\n') + '\n';
};

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const g = groups.get(f.file);
    if (g) g.push(f);
    else groups.set(f.file, [f]);
  }
  return groups;
}

const SEVERITY_STYLE: Record<Severity, (c: ChalkInstance, s: string) => string> = {
  error: (c, s) => c.red(s),
  warning: (c, s) => c.yellow(s),
  info: (c, s) => c.cyan(s),
};

function renderGroup(group: readonly Finding[], c: ChalkInstance): string[] {
  const rows = group.map((f) => ({
    f,
    line: f.line > 0 ? String(f.line) : '-',
    col: f.line > 0 && f.column > 0 ? `:${f.column}` : '',
    lines: visible(f.message).split('\n'),
  }));
  const lineW = Math.max(...rows.map((r) => r.line.length));
  const posW = Math.max(...rows.map((r) => lineW + r.col.length));
  const sevW = Math.max(...rows.map((r) => r.f.severity.length));
  const msgW = Math.min(MAX_MESSAGE_COLUMN, Math.max(...rows.map((r) => displayWidth(r.lines[0] ?? ''))));
  const indent = ' '.repeat(2 + posW + 2 + sevW + 2);

  const out: string[] = [];
  for (const { f, line, col, lines } of rows) {
    const pos = (line.padStart(lineW) + col).padEnd(posW);
    const sev = SEVERITY_STYLE[f.severity](c, f.severity.padEnd(sevW));
    const first = padEndWidth(lines[0] ?? '', msgW);
    out.push(`  ${c.dim(pos)}  ${sev}  ${first}  ${c.dim(visible(f.ruleId))}`);
    for (const more of lines.slice(1)) out.push(indent + more);
    if (f.witness) out.push(...labelled(indent, 'e.g.', f.witness, c));
    if (f.hint) out.push(...labelled(indent, 'hint', f.hint, c));
    for (const r of f.related ?? []) {
      out.push(...labelled(indent, 'related', `${locationText(r)}  ${r.message}`, c));
    }
  }
  return out;
}

/**
 * `label: text`, the label dimmed; the hint is dimmed whole (it is secondary to the message).
 * A hint that names its own kind (`Resolution: …`) and the witness (`e.g. …`) need no colon label.
 */
function labelled(indent: string, label: string, text: string, c: ChalkInstance): string[] {
  const lines = visible(text).split('\n');
  const head0 = label.endsWith('.') ? `${label} ` : label === 'hint' && /^[A-Z][a-z]+: /.test(lines[0] ?? '') ? '' : `${label}: `;
  const pad = ' '.repeat(head0.length);
  return lines.map((l, i) => {
    const head = i === 0 ? head0 : pad;
    return label === 'hint' ? indent + c.dim(head + l) : indent + c.dim(head) + l;
  });
}

function summaryLine(s: { errors: number; warnings: number; infos: number }, c: ChalkInstance): string {
  const n = problemCount(s);
  const text = `${plural(n, 'problem')} (${countsText(s)})`;
  if (s.errors > 0) return c.red.bold(`✖ ${text}`);
  if (s.warnings > 0) return c.yellow.bold(`✖ ${text}`);
  return c.cyan.bold(`ℹ ${text}`);
}

// The job summary: the verdict first, then the findings table, then the policy diff.
import type { Finding } from '../report/finding.js';
import { summarize } from '../report/finding.js';
import { cell, renderMarkdown } from '../report/formatters/markdown.js';
import { countsText, plural } from '../report/text.js';
import type { AnnotationPlan } from './annotations.js';
import type { LabelOutcome } from './labels.js';
import type { PolicyChange } from './policy-diff.js';
import type { Detection, Signal } from '../agents/signals.js';

export interface SummaryInput {
  /** Undefined outside pull requests. */
  pull?: { number: number; fork: boolean };
  detection?: Detection;
  findings: readonly Finding[];
  filesChecked: number;
  labels?: LabelOutcome;
  changes: readonly PolicyChange[];
  diff: string;
  plan: AnnotationPlan;
  /** Operational notes (warnings that are not findings). */
  notes: readonly string[];
  fileLink?: (f: { file: string; line: number }) => string | undefined;
}

const MAX_SIGNAL_ROWS = 20;

/** Signals grouped by what matched, strongest first. */
export function groupSignals(signals: readonly Signal[]): { signal: Signal; count: number; wheres: string[] }[] {
  const groups = new Map<string, { signal: Signal; count: number; wheres: string[] }>();
  for (const s of signals) {
    const key = `${s.kind}\0${s.agent}\0${s.evidence}`;
    const g = groups.get(key);
    if (g) {
      g.count++;
      if (g.wheres.length < 3) g.wheres.push(s.where);
    } else {
      groups.set(key, { signal: s, count: 1, wheres: [s.where] });
    }
  }
  return [...groups.values()];
}

/** A fence longer than any run of backticks in the text, so the text cannot end the block. */
function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

function verdictLine(input: SummaryInput): string {
  const s = summarize(input.findings, input.filesChecked);
  const counts = countsText(s);
  const mark = s.errors > 0 ? '❌' : s.warnings > 0 ? '⚠️' : '✅';
  if (!input.pull) return `## ${mark} agent-policy-lint: ${counts}`;
  const d = input.detection;
  const who = d?.agentAuthored
    ? `🤖 agent-authored pull request (${d.agent}, ${d.confidence} signal)`
    : d?.signals.length
      ? `pull request #${input.pull.number}: agent signals below the ${d.threshold} threshold`
      : `pull request #${input.pull.number}: no agent signals`;
  return `## ${mark} agent-policy-lint: ${who} · ${counts}`;
}

export function renderSummary(input: SummaryInput): string {
  const out: string[] = [verdictLine(input), ''];
  const d = input.detection;
  if (input.pull && d) {
    if (d.signals.length > 0) {
      out.push('| Confidence | Signal | Agent | Evidence | Where |', '| --- | --- | --- | --- | --- |');
      const groups = groupSignals(d.signals);
      for (const g of groups.slice(0, MAX_SIGNAL_ROWS)) {
        const where = g.wheres.join(', ') + (g.count > g.wheres.length ? ` and ${g.count - g.wheres.length} more` : '');
        out.push(`| ${g.signal.confidence} | ${g.signal.kind} | ${cell(g.signal.agent)} | ${cell(g.signal.evidence)} | ${cell(where)} |`);
      }
      if (groups.length > MAX_SIGNAL_ROWS) out.push('', `_${plural(groups.length - MAX_SIGNAL_ROWS, 'more signal')} not shown._`);
      out.push('');
    }
    if (input.labels && input.labels.requested.length > 0) {
      const names = (l: string[]) => l.map((n) => `\`${cell(n)}\``).join(', ');
      out.push(input.labels.applied.length > 0 ? `Labels added: ${names(input.labels.applied)}.` : `Labels wanted, not added: ${names(input.labels.requested)}.`, '');
    }
  }
  for (const n of input.notes) out.push('> [!WARNING]', `> ${cell(n)}`, '');
  if (input.plan.hiddenErrors + input.plan.hiddenWarnings > 0) {
    out.push(
      `_GitHub shows at most 10 error and 10 warning annotations a step: ${plural(input.plan.hiddenErrors, 'error')} and ${plural(input.plan.hiddenWarnings, 'warning')} are only listed here and in the SARIF file._`,
      '',
    );
  }

  // The formatter's table, its heading one level down under ours.
  const table = renderMarkdown(input.findings, summarize(input.findings, input.filesChecked), {}, { fileLink: input.fileLink });
  out.push(table.replace(/^## .*\n/, '### Findings\n'));

  if (input.changes.length > 0 || input.diff) {
    out.push('### Policy changes', '');
    for (const c of input.changes) {
      const link = input.fileLink?.(c);
      const at = c.line > 0 ? `${c.file}:${c.line}` : c.file;
      const where = link ? `[${cell(at)}](${link})` : cell(at);
      out.push(`- ${c.direction === 'widened' ? '⚠️ **widens**' : '🔒 narrows'} (${cell(c.scope)}): ${cell(c.what)} — ${where}`);
    }
    if (input.diff) {
      const f = fence(input.diff);
      out.push('', `${f}diff`, input.diff.replace(/\n$/, ''), f);
    }
    out.push('');
  }
  return out.join('\n');
}

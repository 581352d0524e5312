import type { RuleMeta } from './rule.js';

/** Categories in docs order, with their headings; unknown categories follow in order of appearance. */
const CATEGORIES: [string, string][] = [
  ['policy', 'Policy files'],
  ['engine', 'Decisions'],
  ['conflicts', 'Conflicts (`--check-conflicts`)'],
  ['analysis', 'Conflicts (`--check-conflicts`)'],
  ['replay', 'Action log replay (`--agent-log`)'],
  ['action', 'GitHub Action'],
  ['staged', 'Pre-commit (`--staged`)'],
  ['hooks', 'Pre-commit (`--staged`)'],
  ['runtime', 'Runtime guard (`hook`)'],
  ['native', "Agents' own permission files (`import`, `export`, drift)"],
];

/** Anchors the page itself uses; a rule id must not take one of them. */
export const RESERVED_ANCHORS = ['rules-reference', 'contents'];

export const GENERATED_NOTE =
  '<!-- Generated from the rule registries (src/*/rules.ts) by scripts/gen-rules-doc.mjs during `npm run build`. Do not edit by hand. -->';

export function categoryTitle(category: string): string {
  const known = CATEGORIES.find(([c]) => c === category);
  if (known) return known[1];
  const t = category.trim() || 'other';
  return t[0]!.toUpperCase() + t.slice(1);
}

/** Groups by category heading, in docs order; rules keep their registry order within a group. */
export function groupRules(rules: readonly RuleMeta[]): [string, RuleMeta[]][] {
  const groups = new Map<string, RuleMeta[]>();
  for (const [, title] of CATEGORIES) if (!groups.has(title)) groups.set(title, []);
  for (const r of rules) {
    const title = categoryTitle(r.category);
    const g = groups.get(title);
    if (g) g.push(r);
    else groups.set(title, [r]);
  }
  return [...groups].filter(([, g]) => g.length > 0);
}

/** docs/rules.md: intro, contents grouped by category, one `## rule-id` section per rule. */
export function renderRulesDoc(rules: readonly RuleMeta[]): string {
  const groups = groupRules(rules);
  const out: string[] = [
    GENERATED_NOTE,
    '',
    '# Rules reference',
    '',
    'Every finding agent-policy-lint reports names the rule that produced it. Each rule has a section',
    'below whose anchor is the rule id, so `docs/rules.md#<rule-id>` is its help link in every output',
    'format (the SARIF `helpUri`, the links in the markdown summary).',
    '',
    'Severities: **error** findings make the run fail (exit code 1); **warning** findings fail it only',
    'beyond `--max-warnings N`; **info** findings never do. `--quiet` reports errors only.',
    '',
  ];
  if (rules.length === 0) {
    out.push('No rules are registered yet.');
    return out.join('\n') + '\n';
  }
  out.push(`${plural(rules.length, 'rule')} in ${plural(groups.length, 'group')}.`, '', '## Contents', '');
  for (const [title, group] of groups) {
    out.push(`### ${title}`, '', '| Rule | Severity | What it finds |', '| --- | --- | --- |');
    for (const r of group) out.push(`| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${tableCell(r.summary)} |`);
    out.push('');
  }
  for (const [title, group] of groups) {
    for (const r of group) {
      out.push(`## ${r.id}`, '', `Severity: **${r.severity}** · Group: ${title}`, '', r.summary.trim(), '');
      const body = demoteHeadings(r.docs.trim());
      if (body) out.push(body, '');
    }
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function tableCell(text: string): string {
  return text.trim().replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** A docs body's own headings sit below its `## rule-id` (so `# Example` becomes `### Example`). */
export function demoteHeadings(markdown: string): string {
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      if (f) {
        if (!fence) fence = f[1]![0]!;
        else if (f[1]![0] === fence) fence = undefined;
        return line;
      }
      if (fence) return line;
      return line.replace(/^(#{1,6})(?=\s)/, (h) => '#'.repeat(Math.min(6, h.length + 2)));
    })
    .join('\n');
}

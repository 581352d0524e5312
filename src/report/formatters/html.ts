// --format html: one self-contained, offline report (docs/reports.md): the verdict first (per
// source file, agents and sessions), the findings table with filters, the per-session timelines
// of replayed decisions with the policy lines behind each, and (from the Action) the policy diff.
// Everything that came from a log, a policy or a pull request reaches the page as JSON data and
// is put on screen with textContent by the page's script.
import type { Finding, Summary } from '../finding.js';
import type { FormatContext } from '../formatter.js';
import type { ReplayedDecision } from '../decision.js';
import { escapeHtml, pageChunks } from '../html/page.js';
import { reportData } from '../html/data.js';

const SEVERITY_INDEX = { error: 0, warning: 1, info: 2 } as const;
/** Source files in the per-file table; the rest (the fewest errors) under "N more files". */
const FILES_SHOWN = 50;
/** Policy lines shown around a deciding rule, each side. */
const CONTEXT_LINES = 3;

/** The policy lines around each rule the decisions name: "file:line" -> [[number, text]...]. */
function snippets(decisions: readonly ReplayedDecision[], sources: Readonly<Record<string, string>>): Record<string, Array<[number, string]>> {
  const out: Record<string, Array<[number, string]>> = {};
  const lines = new Map<string, string[]>();
  for (const d of decisions) {
    const r = d.rule;
    if (!r) continue;
    const key = `${r.file}:${r.line}`;
    if (out[key] || sources[r.file] === undefined) continue;
    let text = lines.get(r.file);
    if (!text) lines.set(r.file, (text = sources[r.file]!.split(/\r?\n/)));
    const from = Math.max(1, r.line - CONTEXT_LINES);
    const to = Math.min(text.length, r.line + CONTEXT_LINES);
    const at: Array<[number, string]> = [];
    for (let n = from; n <= to; n++) at.push([n, text[n - 1]!]);
    out[key] = at;
  }
  return out;
}

function perFile(findings: readonly Finding[]): Array<[string, number, number, number]> {
  const by = new Map<string, [string, number, number, number]>();
  for (const f of findings) {
    let r = by.get(f.file);
    if (!r) by.set(f.file, (r = [f.file, 0, 0, 0]));
    const i = (1 + SEVERITY_INDEX[f.severity]) as 1 | 2 | 3;
    r[i]++;
  }
  return [...by.values()].sort((a, b) => b[1] - a[1] || b[2] - a[2] || a[0].localeCompare(b[0]));
}

function involved(findings: readonly Finding[], decisions: readonly ReplayedDecision[]): { agents: string[]; sessions: string[] } {
  const agents = new Set<string>();
  const sessions = new Set<string>();
  for (const d of decisions) {
    if (d.agent) agents.add(d.agent);
    if (d.session) sessions.add(d.session);
  }
  for (const f of findings) {
    const data = (f.data ?? {}) as Record<string, unknown>;
    if (typeof data.agentId === 'string') agents.add(data.agentId);
    if (typeof data.sessionId === 'string') sessions.add(data.sessionId);
  }
  return { agents: [...agents].sort(), sessions: [...sessions].sort() };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function formatHtml(findings: readonly Finding[], summary: Summary, ctx: FormatContext): string {
  return [...formatHtmlChunks(findings, summary, ctx)].join('');
}

/** The report in pieces, written one after another: never the whole page as one string. */
export function formatHtmlChunks(findings: readonly Finding[], summary: Summary, ctx: FormatContext): Iterable<string> {
  const decisions = ctx.decisions?.kept ?? [];
  const total = ctx.decisions?.total ?? 0;
  const who = involved(findings, decisions);
  const files = perFile(findings);
  const status = summary.errors > 0 ? 'e' : summary.warnings > 0 ? 'w' : 'ok';
  // Static markup only (numbers and fixed words): every text that came from outside is data.
  const fileRow = ([file, e, w, i]: [string, number, number, number]): string =>
    `<tr><td class="mono">${escapeHtml(file)}</td><td class="num e">${e}</td><td class="num w">${w}</td><td class="num i">${i}</td></tr>`;
  const fileHead = '<thead><tr><th>File</th><th>Errors</th><th>Warnings</th><th>Notices</th></tr></thead>';
  const fileRows = files.slice(0, FILES_SHOWN).map(fileRow).join('\n');
  // The rest folded: a closed <details> is not laid out (a report of 400 files opens quicker).
  const moreFiles =
    files.length > FILES_SHOWN
      ? `<details id="per-file-more"><summary>${plural(files.length - FILES_SHOWN, 'more file')}</summary>
<table>${fileHead}<tbody>
${files.slice(FILES_SHOWN).map(fileRow).join('\n')}
</tbody></table></details>`
      : '';
  const capNote =
    total > decisions.length
      ? `<p class="note" id="decisions-cap">The report holds the first ${decisions.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} replayed decisions (the HTML report keeps at most ${decisions.length.toLocaleString('en-US')} in memory); use --format ocsf for all of them.</p>`
      : '';
  const diff = ctx.policyDiff;
  const lead = `<header>
<h1>agent-policy-lint report</h1>
<div class="verdict ${status}" id="verdict"><span class="n" id="count-errors">${summary.errors}</span> ${summary.errors === 1 ? 'error' : 'errors'}, <span class="n" id="count-warnings">${summary.warnings}</span> ${summary.warnings === 1 ? 'warning' : 'warnings'}, <span class="n" id="count-notices">${summary.infos}</span> ${summary.infos === 1 ? 'notice' : 'notices'}</div>
<p class="muted">${plural(summary.files, 'file')} checked${ctx.quiet ? ' (errors only: --quiet)' : ''}; ${plural(who.agents.length, 'agent')} and ${plural(who.sessions.length, 'session')} involved; ${plural(total, 'replayed decision')}. agent-policy-lint ${escapeHtml(ctx.toolVersion)}.</p>
</header>`;
  const body = `<main>
<section id="per-file"><h2>Per source file</h2>
<table>${fileHead}<tbody>
${fileRows || '<tr><td colspan="4" class="muted">No findings.</td></tr>'}
</tbody></table>
${moreFiles}
<h2 class="gap">Agents and sessions</h2><div class="chips" id="who"></div>
</section>
${diff ? `<section id="policy-diff"><h2>What this pull request does to the policy</h2><ul id="diff-changes"></ul><pre class="diff" id="diff-text"></pre></section>` : ''}
<section id="findings"><h2>Findings</h2>
<div class="filters">
<button class="sev e" data-sev="0" aria-pressed="true" id="sev-error">errors</button>
<button class="sev w" data-sev="1" aria-pressed="true" id="sev-warning">warnings</button>
<button class="sev i" data-sev="2" aria-pressed="true" id="sev-info">notices</button>
<select id="f-rule" aria-label="rule"></select>
<select id="f-agent" aria-label="agent"></select>
<select id="f-file" aria-label="file"></select>
<input type="search" id="f-text" placeholder="search messages, files, rules" aria-label="search">
<span class="note" id="findings-shown"></span>
</div>
<table><thead><tr><th>Severity</th><th>Rule</th><th>Location</th><th>Agent</th><th>Message</th></tr></thead><tbody id="findings-body"></tbody></table>
<button class="more" id="findings-more" hidden>show more</button>
</section>
<section id="timelines"><h2>Session timelines</h2>
${capNote}
<div class="filters"><select id="t-session" aria-label="session"></select></div>
<table><thead><tr><th>Time</th><th>Verdict</th><th>Agent</th><th>Action</th><th>Deciding rule</th><th>Log</th></tr></thead><tbody id="timeline-body"></tbody></table>
</section>
</main>`;
  const rest = { snippets: snippets(decisions, ctx.policySources ?? {}), who, diff: diff ?? null };
  const data = reportData(findings, decisions, rest);
  return pageChunks('agent-policy-lint report', body, data.index, data.blocks, lead);
}

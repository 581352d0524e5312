// The Action's html-report input (dist/index.js against the local GitHub API the other Action
// tests use): the report is written where the input says, named by the html-report output, holds
// the run's findings, and shows what a policy-widening pull request does to the policy.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runScenario, type ActionRun } from './helpers.js';

const runs: ActionRun[] = [];
afterEach(async () => {
  while (runs.length) await runs.pop()!.server.close();
});
async function run(...args: Parameters<typeof runScenario>): Promise<ActionRun> {
  const r = await runScenario(...args);
  runs.push(r);
  return r;
}

/** The report's index block (html/data.ts): findings as columns that name strings by index in `strings`. */
function data(html: string): any {
  const start = html.indexOf('<script type="application/json" id="report-data">') + '<script type="application/json" id="report-data">'.length;
  return JSON.parse(html.slice(start, html.indexOf('</script>', start)));
}

describe('the Action writes the HTML report for actions/upload-artifact', () => {
  it('writes the findings to the html-report path and names it in the output', async () => {
    const r = await run('claude-denied', { inputs: { 'html-report': 'out/agent-policy-report.html' } });
    const path = join(r.workspace, 'out/agent-policy-report.html');
    expect(r.outputs['html-report']).toBe(path);
    const html = readFileSync(path, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;');
    const d = data(html);
    const rows = Array.from({ length: d.findings.n }, (_, i) => `${d.strings[d.findings.rule[i]]} ${d.strings[d.findings.file[i]]}`);
    expect(rows).toEqual(['agent-write-denied .github/workflows/release.yml', 'agent-write-denied secrets/api.key']);
    expect(html).toContain('<span class="n" id="count-errors">2</span>');
  });

  it('shows the policy diff of a pull request that widens the policy', async () => {
    const r = await run('policy-widening', { inputs: { 'html-report': 'report.html' } });
    const d = data(readFileSync(r.outputs['html-report']!, 'utf8'));
    expect(d.diff.changes.some((c: any) => c.direction === 'widened')).toBe(true);
    expect(d.diff.diff).toMatch(/^[-+]/m);
  });

  it('writes nothing without the input (control)', async () => {
    const r = await run('claude-denied');
    expect(r.outputs['html-report']).toBe('');
    expect(existsSync(join(r.workspace, 'out/agent-policy-report.html'))).toBe(false);
  });
});

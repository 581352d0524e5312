// --format html in real headless Chromium (Debian's chromium, driven by playwright-core): the
// report opens from file:// with no request leaving the page, shows the JSON report's counts,
// narrows its table on a filter click, and hostile content from logs and policies stays text.
// One browser for the whole file. The 100,000-finding timing is a bench row (bench/html.bench.ts).
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempTree } from '../helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

let browser: Browser;
const out = mkdtempSync(join(tmpdir(), 'apl-html-'));

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (.ci/apt.d/chromium.txt)`);
  // playwright gives every launch a fresh temporary profile (its own --user-data-dir).
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens a file, recording every request the page makes (and aborting any but the file). */
async function open(file: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  const url = pathToFileURL(file).href;
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url);
  return { page, requests, errors };
}

const made = new Map<string, { html: string; json: any }>();

/** The HTML and JSON reports of a run (made once per file). */
function report(cwd: string, args: string[], name: string): { html: string; json: any } {
  const done = made.get(name);
  if (done) return done;
  const html = join(out, `${name}.html`);
  const r = runCli([...args, '--format', 'html', '--output', html], { cwd });
  expect(r.stderr).toBe('');
  const json = JSON.parse(runCli([...args, '--format', 'json'], { cwd }).stdout);
  made.set(name, { html, json });
  return { html, json };
}

describe('HTML report of the demo', () => {
  const demo = join(FIXTURES, 'demo');
  const args = ['--check-conflicts', '--agent-log', '.agent-actions.jsonl'];

  it('loads from file:// with nothing requested beyond the file itself', async () => {
    const { html } = report(demo, args, 'demo');
    const { page, requests, errors } = await open(html);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(html).href]);
    await page.close();
  });

  it('the request observer sees a page that does load something (control)', async () => {
    const control = join(out, 'control.html');
    writeFileSync(control, '<!DOCTYPE html><img src="http://127.0.0.1:9/pixel.png">');
    const { page, requests } = await open(control);
    await page.waitForTimeout(100);
    expect(requests).toContain('http://127.0.0.1:9/pixel.png');
    await page.close();
  });

  it('shows the counts of the JSON report, per file and in the table; a filter click narrows it', async () => {
    const { html, json } = report(demo, args, 'demo');
    const { page } = await open(html);
    expect(Number(await page.textContent('#count-errors'))).toBe(json.summary.errors);
    expect(Number(await page.textContent('#count-warnings'))).toBe(json.summary.warnings);
    expect(Number(await page.textContent('#count-notices'))).toBe(json.summary.infos);
    const total = json.findings.length;
    expect(await page.locator('#findings-body tr').count()).toBe(total);
    // Warnings and notices off: only the errors remain.
    await page.click('#sev-warning');
    await page.click('#sev-info');
    expect(await page.locator('#findings-body tr').count()).toBe(json.summary.errors);
    expect(await page.locator('#findings-body tr[data-severity=error]').count()).toBe(json.summary.errors);
    // A rule and a text search narrow further.
    await page.selectOption('#f-rule', 'replay-denied-action');
    const denied = json.findings.filter((f: any) => f.ruleId === 'replay-denied-action').length;
    expect(await page.locator('#findings-body tr').count()).toBe(denied);
    await page.fill('#f-text', '.env');
    await expect.poll(() => page.locator('#findings-body tr').count()).toBe(json.findings.filter((f: any) => f.ruleId === 'replay-denied-action' && f.message.includes('.env')).length);
    await page.close();
  });

  it('has a timeline per session with a badge per action and the policy lines around the deciding rule', async () => {
    const { html } = report(demo, args, 'demo');
    const { page } = await open(html);
    const rows = page.locator('#timeline-body tr');
    expect(await rows.count()).toBeGreaterThan(0);
    const verdicts = await page.locator('#timeline-body tr').evaluateAll((trs) => trs.map((t) => t.getAttribute('data-verdict')));
    await page.selectOption('#t-session', { index: 0 });
    // The demo's log has each: allowed, denied, an approval missing, a bypass used.
    expect(new Set(verdicts)).toEqual(new Set(['allow', 'deny', 'approval', 'bypass']));
    // Every decision the header counts is in one session's timeline.
    const header = Number((await page.textContent('header'))!.match(/(\d+) replayed decisions/)![1]);
    const perSession = await page.locator('#t-session option').evaluateAll((os) => os.map((o) => Number(/\((\d+)\)$/.exec(o.textContent!)![1])));
    expect(perSession.reduce((a, b) => a + b, 0)).toBe(header);
    expect(header).toBeGreaterThan(10);
    expect(verdicts).toHaveLength(perSession[0]!);
    // The .env write: its rule's file:line and the policy line itself.
    const env = rows.filter({ hasText: 'write .env' }).first();
    await env.locator('summary').click();
    expect(await env.locator('summary').textContent()).toMatch(/^\.agent-policy\.yml:\d+ deny "\.env\*"$/);
    expect(await env.locator('pre .hit').textContent()).toContain('".env*"');
    await page.close();
  });
});

describe('HTML report of many findings', () => {
  it('puts 200 rows in the table at a time: "show more" adds the next 200, a filter starts again from its first 200', async () => {
    const dir = tempTree({});
    copyFileSync(join(FIXTURES, 'logs/.agent-policy.yml'), join(dir, '.agent-policy.yml'));
    const lines = Array.from({ length: 450 }, (_, i) => JSON.stringify({ timestamp: new Date(Date.UTC(2026, 5, 8, 10) + i * 1000).toISOString(), agent_id: 'code-assistant-prod', session_id: `s${i % 3}`, action: i % 2 ? 'filesystem.write' : 'command.exec', path: `secrets/k${i}`, command: `curl -fsSL https://x${i}.example.com`, allowed: true, policy_version: '2.1' }));
    writeFileSync(join(dir, 'many.jsonl'), lines.join('\n') + '\n');
    const { html, json } = report(dir, ['--agent-log', 'many.jsonl'], 'many');
    const total = json.findings.length;
    expect(total).toBeGreaterThan(400);
    // The data is cut into several <script> blocks (html/page.ts), which the page joins.
    expect(readFileSync(html, 'utf8').split('<script type="application/json" class="report-data">').length).toBeGreaterThan(2);
    const { page, errors } = await open(html);
    const rows = page.locator('#findings-body tr');
    expect(await rows.count()).toBe(200);
    expect(await page.textContent('#findings-shown')).toBe(`showing the first 200 of ${total} matching findings`);
    await page.click('#findings-more');
    expect(await rows.count()).toBe(400);
    await page.click('#findings-more');
    expect(await rows.count()).toBe(total);
    expect(await page.isHidden('#findings-more')).toBe(true);
    // A filter: its first 200 again (the denied writes alone are more than 200).
    await page.selectOption('#f-rule', 'replay-denied-action');
    const denied = json.findings.filter((f: any) => f.ruleId === 'replay-denied-action').length;
    expect(denied).toBeGreaterThan(200);
    expect(await rows.count()).toBe(200);
    expect(await page.textContent('#findings-shown')).toBe(`showing the first 200 of ${denied} matching findings`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('HTML report of hostile content', () => {
  const dir = join(FIXTURES, 'html/hostile');

  it('runs no script from logs or policies, navigates nowhere, and shows the text as text', async () => {
    const { html } = report(dir, ['--agent-log', 'actions.jsonl'], 'hostile');
    const text = readFileSync(html, 'utf8');
    // The data block cannot be ended early: no "</script" or "<!--" inside it.
    const data = text.slice(text.indexOf('id="report-data">'), text.lastIndexOf('</script>', text.lastIndexOf('<script>')));
    expect(data).not.toMatch(/<\/script|<!--|\u2028/i);
    const dialogs: string[] = [];
    const { page, requests, errors } = await open(html);
    page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
    const url = page.url();
    // Every session's timeline, every detail opened.
    for (const value of await page.locator('#t-session option').evaluateAll((os) => os.map((o) => o.getAttribute('value') ?? ''))) {
      await page.selectOption('#t-session', value);
      for (const s of await page.locator('#timeline-body summary').all()) await s.click();
    }
    await page.waitForTimeout(200);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(page.url()).toBe(url);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(html).href]);
    // Nothing became markup: no injected elements, no javascript: links.
    expect(await page.locator('img, svg, iframe, meta[http-equiv=refresh], a[href^="javascript"]').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    // The hostile strings are on screen, literally; the bidi override is a visible mark.
    // innerText: what is on screen (the JSON data block is not).
    const body = await page.innerText('body');
    expect(body).toContain(`echo '</script><script>window.__pwned="command"</script>'`);
    expect(body).toContain(`javascript:window.__pwned='agent'`);
    expect(body).toContain('src/\u27e6U+202E\u27e7gnp.js');
    expect(body).not.toContain('\u202e');
    await page.close();
  });
});

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
    // More findings and decisions than one block of messages or decisions holds (html/data.ts: 512).
    const LINES = 1400;
    const lines = Array.from({ length: LINES }, (_, i) => JSON.stringify({ timestamp: new Date(Date.UTC(2026, 5, 8, 10) + i * 1000).toISOString(), agent_id: 'code-assistant-prod', session_id: `s${i % 3}`, action: i % 2 ? 'filesystem.write' : 'command.exec', path: `secrets/k${i}`, command: `curl -fsSL https://x${i}.example.com`, allowed: true, policy_version: '2.1' }));
    writeFileSync(join(dir, 'many.jsonl'), lines.join('\n') + '\n');
    const { html, json } = report(dir, ['--agent-log', 'many.jsonl'], 'many');
    const total = json.findings.length;
    expect(total).toBeGreaterThan(512);
    // The messages and decisions are in blocks of 512 that the page parses when it shows them.
    const text = readFileSync(html, 'utf8');
    expect(text.split('<script type="application/json" class="report-messages">').length - 1).toBe(Math.ceil(total / 512));
    expect(text.split('<script type="application/json" class="report-decisions">').length - 1).toBe(Math.ceil(LINES / 512));
    const { page, errors } = await open(html);
    const rows = page.locator('#findings-body tr');
    expect(await rows.count()).toBe(200);
    expect(await page.textContent('#findings-shown')).toBe(`showing the first 200 of ${total} matching findings`);
    await page.click('#findings-more');
    expect(await rows.count()).toBe(400);
    while (await page.isVisible('#findings-more')) await page.click('#findings-more');
    expect(await rows.count()).toBe(total);
    // Every row shows its own message, the last block's too.
    const messages = await page.locator('#findings-body tr td:nth-child(5) > div:first-child').allTextContents();
    expect(messages).toEqual(json.findings.map((f: any) => f.message));
    // A search looks in every block's messages.
    const needle = /secrets\/k\d+|x\d+\.example\.com/.exec(json.findings[total - 1].message)![0];
    await page.fill('#f-text', needle);
    await expect.poll(() => rows.count()).toBe(json.findings.filter((f: any) => f.message.includes(needle)).length);
    expect(await rows.count()).toBeGreaterThan(0);
    await page.fill('#f-text', '');
    await expect.poll(() => rows.count()).toBe(200);
    // Each session's timeline: its count of decisions, in log order, read across blocks.
    for (const s of ['s0', 's1', 's2']) {
      await page.selectOption('#t-session', s);
      const n = Number(s.slice(1));
      const count = Math.ceil((LINES - n) / 3);
      expect(await page.locator('#t-session option:checked').textContent()).toBe(`${s} (${count})`);
      const actions = await page.locator('#timeline-body tr td:nth-child(4) > div.mono').allTextContents();
      expect(actions).toHaveLength(count);
      expect(actions.slice(0, 2)).toEqual([n, n + 3].map((i) => (i % 2 ? `write secrets/k${i}` : `command curl -fsSL https://x${i}.example.com`)));
    }
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

describe('HTML report of many files', () => {
  it('lists the first 50 source files and folds the rest under "N more files"', async () => {
    const dir = tempTree({});
    copyFileSync(join(FIXTURES, 'logs/.agent-policy.yml'), join(dir, '.agent-policy.yml'));
    for (let i = 0; i < 55; i++) {
      const line = { timestamp: '2026-06-08T10:00:00Z', agent_id: 'code-assistant-prod', session_id: 's', action: 'filesystem.write', path: `secrets/k${i}`, allowed: true, policy_version: '2.1' };
      writeFileSync(join(dir, `log${String(i).padStart(2, '0')}.jsonl`), JSON.stringify(line) + '\n');
    }
    const { html, json } = report(dir, ['--agent-log', 'log*.jsonl'], 'files');
    const files = new Set(json.findings.map((f: any) => f.file));
    expect(files.size).toBe(55);
    const { page, errors } = await open(html);
    expect(await page.locator('#per-file > table > tbody > tr').count()).toBe(50);
    expect(await page.textContent('#per-file-more summary')).toBe('5 more files');
    const more = page.locator('#per-file-more tbody tr');
    expect(await more.count()).toBe(5);
    expect(await more.first().isVisible()).toBe(false);
    await page.click('#per-file-more summary');
    expect(await more.first().isVisible()).toBe(true);
    const listed = await page.locator('#per-file tbody tr td:first-child').allTextContents();
    expect(new Set(listed)).toEqual(files);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('HTML report of hostile content', () => {
  const dir = join(FIXTURES, 'html/hostile');

  it('runs no script from logs or policies, navigates nowhere, and shows the text as text', async () => {
    const { html } = report(dir, ['--agent-log', 'actions.jsonl'], 'hostile');
    const text = readFileSync(html, 'utf8');
    // No data block can be ended early: no "<" at all (so no "</script" or "<!--") inside any.
    const blocks = [...text.matchAll(/<script type="application\/json"[^>]*>([^<]*)<\/script>/g)].map((m) => m[1]!);
    expect(blocks.length).toBe(text.split('<script type="application/json"').length - 1);
    expect(blocks.length).toBeGreaterThan(2);
    for (const b of blocks) expect(b).not.toMatch(/\u2028|\u2029/);
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
    expect(await page.locator('script:not([type="application/json"])').count()).toBe(1);
    expect(await page.locator('script').count()).toBe(text.split('<script').length - 1);
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

// Regenerates docs/html-report.png: the demo's HTML report (npm run demo's, written by the built
// CLI) as headless Chromium shows it at 1280x900. The PNG carries a tEXt chunk
// `agent-policy-lint:report-sha256` with the hash of the HTML it shows, so that
// test/report/screenshot.test.ts can tell whether the screenshot still is the demo's report.
//   node scripts/screenshot.mjs [OUT.png]      (needs npm run build and /usr/bin/chromium)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crc32 } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const KEYWORD = 'agent-policy-lint:report-sha256';

/** The demo's HTML report, as npm run demo lints it. */
export function demoReport(dir) {
  const html = join(dir, 'demo-report.html');
  const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), '--check-conflicts', '--agent-log', '.agent-actions.jsonl', '--format', 'html', '--output', html], { cwd: join(root, 'fixtures/demo'), encoding: 'utf8' });
  if (r.status !== 1 || r.stderr) throw new Error(`the demo's report: exit ${r.status}: ${r.stderr}`);
  return html;
}

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The PNG with a tEXt chunk added after IHDR. */
function withText(png, keyword, text) {
  const data = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0]), Buffer.from(text, 'latin1')]);
  const type = Buffer.from('tEXt', 'latin1');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, data])) >>> 0);
  const ihdrEnd = 8 + 4 + 4 + 13 + 4;
  return Buffer.concat([png.subarray(0, ihdrEnd), len, type, data, crc, png.subarray(ihdrEnd)]);
}

async function main(out) {
  const dir = mkdtempSync(join(tmpdir(), 'apl-screenshot-'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--force-color-profile=srgb'] });
  try {
    const html = demoReport(dir);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    await page.goto(pathToFileURL(html).href);
    await page.waitForFunction(() => /matching finding/.test(document.getElementById('findings-shown')?.textContent ?? ''));
    const png = await page.screenshot({ type: 'png' });
    writeFileSync(out, withText(png, KEYWORD, sha256(readFileSync(html))));
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv[2] ?? join(root, 'docs/html-report.png'));

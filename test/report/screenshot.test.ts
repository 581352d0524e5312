// docs/html-report.png is the demo's HTML report: the README shows it, it is a PNG of the size
// scripts/screenshot.mjs takes, and its tEXt chunk names the hash of the report it shows, which
// must be the report the built CLI writes for the demo now (else: node scripts/screenshot.mjs).
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';
// @ts-expect-error: a plain .mjs script without types
import { demoReport, KEYWORD, sha256 } from '../../scripts/screenshot.mjs';

const PNG = join(REPO_ROOT, 'docs/html-report.png');

/** The PNG's IHDR size and its tEXt chunks, or undefined when it is not a PNG. */
function readPng(bytes: Buffer): { width: number; height: number; text: Record<string, string> } | undefined {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return undefined;
  const text: Record<string, string> = {};
  let width = 0;
  let height = 0;
  for (let at = 8; at + 8 <= bytes.length; ) {
    const len = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'tEXt') {
      const nul = data.indexOf(0);
      text[data.toString('latin1', 0, nul)] = data.toString('latin1', nul + 1);
    }
    if (type === 'IEND') return { width, height, text };
    at += 12 + len;
  }
  return undefined;
}

describe('the screenshot of the demo report', () => {
  it('is shown by the README', () => {
    expect(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')).toContain('![The HTML report of `npm run demo`](docs/html-report.png)');
  });

  it('is a whole PNG at 1280x900 of plausible size', () => {
    const png = readPng(readFileSync(PNG));
    expect(png).toMatchObject({ width: 1280, height: 900 });
    // A blank page compresses to a few kilobytes; a page of text and tables to about 100 KB.
    expect(statSync(PNG).size).toBeGreaterThan(40_000);
    expect(statSync(PNG).size).toBeLessThan(2_000_000);
  });

  it("shows the report the built CLI writes for the demo now (regenerate: node scripts/screenshot.mjs)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'apl-shot-'));
    try {
      const now = sha256(readFileSync(demoReport(dir)));
      expect(readPng(readFileSync(PNG))!.text[KEYWORD]).toBe(now);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('negative control: a truncated file is not a PNG', () => {
    expect(readPng(readFileSync(PNG).subarray(0, 5000))).toBeUndefined();
  });
});

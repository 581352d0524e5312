import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/report/formatters/stylish.js';
import { summarize } from '../../src/report/finding.js';
import { FINDINGS, SUMMARY, ctx } from './sample.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/;
const stripAnsi = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');

describe('stylish', () => {
  it('groups by file with aligned rows, details indented and a summary line', () => {
    const out = formatStylish(FINDINGS, SUMMARY, ctx());
    expect(out).toBe(
      [
        '.agent-policy.yml',
        '   3:5   error    permissions.network: unknown key "allow_outbund": 100% wrong, see a,b  unknown-key',
        '                  hint: did you mean "allow_outbound"?',
        '  12:10  warning  override allows what the root denies                          override-allow-in-root-deny',
        '                  the root deny wins',
        '                  e.g. src/secrets/.env',
        '                  related: src/.agent-policy.override.yml:4:7  the override allow',
        '',
        'dir, with: odd%chars/.agent-policy.override.yml',
        '  -  info  the file is empty  empty-file',
        '',
        'logs/agent.jsonl',
        '  7:1  error  write to „src/日本語.ts“ was denied 🚫 by \\x1b[31mred\\x1b[0m rule | pipe  replay-denied',
        '              e.g. src/日本語.ts',
        '',
        '✖ 4 problems (2 errors, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
  });

  it('prints no ANSI codes when color is off, and the same text with them when on', () => {
    const plain = formatStylish(FINDINGS, SUMMARY, ctx({ color: false }));
    const colored = formatStylish(FINDINGS, SUMMARY, ctx({ color: true }));
    expect(plain).not.toMatch(ANSI);
    expect(colored).toMatch(ANSI);
    expect(colored).toContain('\u001b[31merror'); // errors red
    expect(colored).toContain('\u001b[4m.agent-policy.yml'); // file header underlined
    expect(stripAnsi(colored)).toBe(plain);
  });

  it('ignores FORCE_COLOR and NO_COLOR in the environment: ctx.color decides', () => {
    const saved = { FORCE_COLOR: process.env.FORCE_COLOR, NO_COLOR: process.env.NO_COLOR };
    try {
      process.env.FORCE_COLOR = '3';
      delete process.env.NO_COLOR;
      expect(formatStylish(FINDINGS, SUMMARY, ctx({ color: false }))).not.toMatch(ANSI);
      process.env.NO_COLOR = '1';
      delete process.env.FORCE_COLOR;
      expect(formatStylish(FINDINGS, SUMMARY, ctx({ color: true }))).toMatch(ANSI);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });

  it('neutralises terminal control sequences from untrusted text', () => {
    const out = formatStylish(FINDINGS, SUMMARY, ctx({ color: false }));
    expect(out).not.toContain('\u001b');
    const bidi = formatStylish([{ ...FINDINGS[0]!, message: 'a\u202eb\rc' }], SUMMARY, ctx());
    expect(bidi).toContain('a\\u202eb');
    expect(bidi).not.toContain('\r');
  });

  it('prints one all-clear line when there is nothing to report', () => {
    const clean = summarize([], 2);
    expect(formatStylish([], clean, ctx())).toBe('✔ No problems found (2 files checked)\n');
    expect(formatStylish([], clean, ctx({ quiet: true }))).toBe('✔ No errors found (2 files checked)\n');
  });

  it('counts in the summary line follow the findings given', () => {
    const warnings = FINDINGS.filter((f) => f.severity === 'warning');
    const out = formatStylish(warnings, summarize(warnings, 1), ctx({ color: true }));
    expect(stripAnsi(out)).toMatch(/✖ 1 problem \(0 errors, 1 warning, 0 infos\)\n$/);
    expect(out).toContain('\u001b[33m\u001b[1m✖'); // warnings only: yellow
  });
});

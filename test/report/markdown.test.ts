import { describe, expect, it } from 'vitest';
import { cell, formatMarkdown, MAX_CELL, renderMarkdown } from '../../src/report/formatters/markdown.js';
import { summarize, type Finding } from '../../src/report/finding.js';
import { FINDINGS, SUMMARY, ctx } from './sample.js';

const tableRows = (md: string): string[] => md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Severity') && !l.startsWith('| ---'));

describe('markdown', () => {
  it('prints a verdict heading, the file count and one table row per finding', () => {
    const md = formatMarkdown(FINDINGS, SUMMARY, ctx());
    const lines = md.split('\n');
    expect(lines[0]).toBe('## ❌ agent-policy-lint: 2 errors, 1 warning, 1 info');
    expect(md).toContain('3 files checked.');
    expect(md).toContain('| Severity | Location | Rule | Message |\n| --- | --- | --- | --- |\n');
    expect(tableRows(md)).toEqual([
      '| ❌ error | .agent-policy.yml:3:5 | [unknown-key](https://github.com/agent-policy-lint/agent-policy-lint/blob/main/docs/rules.md#unknown-key) | permissions.network: unknown key "allow\\_outbund": 100% wrong, see a,b<br>💡 did you mean "allow\\_outbound"? |',
      '| ⚠️ warning | .agent-policy.yml:12:10 | [override-allow-in-root-deny](https://github.com/agent-policy-lint/agent-policy-lint/blob/main/docs/rules.md#override-allow-in-root-deny) | override allows what the root denies<br>the root deny wins<br>witness: src/secrets/.env |',
      '| ℹ️ info | dir, with: odd%chars/.agent-policy.override.yml | [empty-file](https://github.com/agent-policy-lint/agent-policy-lint/blob/main/docs/rules.md#empty-file) | the file is empty |',
      '| ❌ error | logs/agent.jsonl:7:1 | [replay-denied](https://github.com/agent-policy-lint/agent-policy-lint/blob/main/docs/rules.md#replay-denied) | write to „src/日本語.ts“ was denied 🚫 by \\\\x1b\\[31mred\\\\x1b\\[0m rule \\| pipe<br>witness: src/日本語.ts |',
    ]);
    expect(md).not.toContain('not shown');
  });

  it('escapes pipes, newlines, markup and HTML in cells', () => {
    expect(cell('a|b\nc')).toBe('a\\|b<br>c');
    expect(cell('<img src=x onerror=alert(1)> [x](javascript:y) `code` *b*')).toBe(
      '\\<img src=x onerror=alert(1)\\> \\[x\\](javascript:y) \\`code\\` \\*b\\*',
    );
    // Every row keeps exactly the 5 unescaped pipes of 4 cells.
    const md = formatMarkdown(FINDINGS, SUMMARY, ctx());
    for (const row of tableRows(md)) expect(row.match(/(?<!\\)\|/g)).toHaveLength(5);
  });

  it('links the rule only to http(s) help URIs', () => {
    const f: Finding = { ruleId: 'r', severity: 'error', message: 'm', file: 'f', line: 1, column: 1, helpUri: 'javascript:alert(1)' };
    expect(tableRows(formatMarkdown([f], summarize([f], 1), ctx()))[0]).toBe('| ❌ error | f:1:1 | r | m |');
    const g = { ...f, helpUri: 'https://x.test/a b(c)' };
    expect(tableRows(formatMarkdown([g], summarize([g], 1), ctx()))[0]).toContain('[r](https://x.test/a%20b%28c%29)');
  });

  it('caps the table, keeping the most severe rows, and says how many were left out', () => {
    const many: Finding[] = Array.from({ length: 250 }, (_, i) => ({
      ruleId: 'r',
      severity: i % 50 === 0 ? 'error' : 'info',
      message: `finding ${i}`,
      file: 'f.yml',
      line: i + 1,
      column: 1,
    }));
    const md = renderMarkdown(many, summarize(many, 1), {}, { maxRows: 10 });
    const rows = tableRows(md);
    expect(rows).toHaveLength(10);
    expect(rows.filter((r) => r.startsWith('| ❌ error'))).toHaveLength(5);
    expect(rows[0]).toContain('finding 0'); // original order kept
    expect(md).toContain('_240 more findings not shown (0 errors, 0 warnings, 240 infos); the full report has them all._');
    // The default cap holds too.
    expect(tableRows(formatMarkdown(many, summarize(many, 1), ctx()))).toHaveLength(200);
  });

  it('cuts very long cells and stays far below the 1 MiB summary limit', () => {
    const long = 'x'.repeat(MAX_CELL * 5);
    expect(cell(long)).toBe(`${'x'.repeat(MAX_CELL)}…`);
    const many: Finding[] = Array.from({ length: 5000 }, (_, i) => ({
      ruleId: 'r', severity: 'error', message: long, hint: long, witness: long, file: 'f'.repeat(300), line: i + 1, column: 1,
    }));
    expect(Buffer.byteLength(formatMarkdown(many, summarize(many, 1), ctx()))).toBeLessThan(1024 * 1024);
    // Worst case: every character escaped or turned into <br>, 4-byte characters.
    const nasty = '|\n🚫'.repeat(MAX_CELL);
    const worst: Finding[] = many.map((f) => ({ ...f, message: nasty, hint: nasty, witness: nasty, file: nasty, ruleId: nasty }));
    const md = formatMarkdown(worst, summarize(worst, 1), ctx());
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    expect(md).toMatch(/_\d+ more findings not shown \(\d+ errors, 0 warnings, 0 infos\)/);
  });

  it('says so plainly when clean', () => {
    expect(formatMarkdown([], summarize([], 2), ctx())).toBe('## ✅ agent-policy-lint: no problems\n\n2 files checked.\n');
    expect(formatMarkdown([], summarize([], 2), ctx({ quiet: true }))).toContain('no errors');
  });
});

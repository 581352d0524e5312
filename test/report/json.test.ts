import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/formatters/json.js';
import { summarize, type Finding } from '../../src/report/finding.js';
import { FINDINGS, SUMMARY, ctx } from './sample.js';

describe('json', () => {
  it('prints SPEC 5 shape: one object with findings and summary', () => {
    const parsed = JSON.parse(formatJson(FINDINGS, SUMMARY, ctx()));
    expect(Object.keys(parsed)).toEqual(['findings', 'summary']);
    expect(parsed.summary).toEqual({ errors: 2, warnings: 1, infos: 1, files: 3 });
    expect(Object.keys(parsed.summary)).toEqual(['errors', 'warnings', 'infos', 'files']);
    expect(parsed.findings).toEqual(JSON.parse(JSON.stringify(FINDINGS)));
  });

  it('keeps a stable key order: ruleId .. hint first, the rest after', () => {
    const scrambled = {
      data: { a: 1 },
      witness: 'w',
      hint: 'h',
      related: [],
      column: 2,
      file: 'f.yml',
      endColumn: 9,
      message: 'm',
      line: 1,
      endLine: 1,
      severity: 'warning',
      helpUri: 'https://example.test/r',
      ruleId: 'r',
    } as Finding;
    const [f] = JSON.parse(formatJson([scrambled], summarize([scrambled], 1), ctx())).findings;
    expect(Object.keys(f)).toEqual([
      'ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'hint',
      'data', 'witness', 'related', 'helpUri',
    ]);
  });

  it('leaves absent optional keys out and keeps line 0 for whole-file findings', () => {
    const [, , whole] = JSON.parse(formatJson(FINDINGS, SUMMARY, ctx())).findings;
    expect(whole).toEqual({
      ruleId: 'empty-file',
      severity: 'info',
      message: 'the file is empty',
      file: 'dir, with: odd%chars/.agent-policy.override.yml',
      line: 0,
      column: 0,
      helpUri: 'https://github.com/agent-policy-lint/agent-policy-lint/blob/main/docs/rules.md#empty-file',
    });
  });

  it('keeps text exact (escaping is JSON\'s own) and ends with a newline', () => {
    const out = formatJson(FINDINGS, SUMMARY, ctx());
    expect(out.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(out);
    expect(parsed.findings[3].message).toBe(FINDINGS[3]!.message);
    expect(out).toContain('\\u001b[31m');
  });

  it('prints an empty list when clean', () => {
    expect(JSON.parse(formatJson([], summarize([], 1), ctx()))).toEqual({
      findings: [],
      summary: { errors: 0, warnings: 0, infos: 0, files: 1 },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { formatSarif, MAX_RELATED, MAX_RESULTS, relativeUri, toSarif } from '../../src/report/formatters/sarif.js';
import { summarize, type Finding } from '../../src/report/finding.js';
import { githubSarifProblems, validateSarif } from '../helpers/sarif.js';
import { FINDINGS, SUMMARY, ctx } from './sample.js';

const sarif = (findings: Finding[] = FINDINGS, over = {}): any => JSON.parse(formatSarif(findings, summarize(findings, 1), ctx(over)));

describe('sarif', () => {
  it('validates against the official SARIF 2.1.0 schema and fits GitHub code scanning', () => {
    const log = sarif();
    expect(validateSarif(log)).toEqual([]);
    expect(githubSarifProblems(log)).toEqual([]);
    const clean = sarif([]);
    expect(validateSarif(clean)).toEqual([]);
    expect(clean.runs[0].results).toEqual([]);
    expect(clean.runs[0].tool.driver.rules).toEqual([]);
  });

  it('the validator rejects broken logs (negative controls)', () => {
    const good = sarif();
    const broken = (mutate: (l: any) => void): any => {
      const l = structuredClone(good);
      mutate(l);
      return l;
    };
    expect(validateSarif({})).not.toEqual([]);
    expect(validateSarif(broken((l) => (l.version = '2.0.0')))).not.toEqual([]);
    expect(validateSarif(broken((l) => (l.runs[0].results[0].level = 'fatal')))).not.toEqual([]);
    expect(validateSarif(broken((l) => (l.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0)))).not.toEqual([]);
    expect(validateSarif(broken((l) => delete l.runs[0].tool.driver.name))).not.toEqual([]);
    expect(validateSarif(broken((l) => (l.runs[0].tool.driver.informationUri = 'not a uri')))).not.toEqual([]);
    expect(githubSarifProblems(broken((l) => delete l.runs[0].results[0].locations))).not.toEqual([]);
    expect(githubSarifProblems(broken((l) => (l.runs[0].results[0].ruleIndex = 2)))).not.toEqual([]);
  });

  it('describes the tool and one rule per rule id used, indexed by the results', () => {
    const run = sarif([...FINDINGS, FINDINGS[0]!]).runs[0];
    expect(run.tool.driver).toMatchObject({
      name: 'agent-policy-lint',
      version: '0.1.0',
      informationUri: 'https://github.com/agent-policy-lint/agent-policy-lint',
    });
    const ids = run.tool.driver.rules.map((r: any) => r.id);
    expect(ids).toEqual(['unknown-key', 'override-allow-in-root-deny', 'empty-file', 'replay-denied']);
    for (const res of run.results) expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
    const rule = run.tool.driver.rules[0];
    expect(rule).toMatchObject({
      id: 'unknown-key',
      name: 'UnknownKey',
      helpUri: 'https://github.com/agent-policy-lint/agent-policy-lint/blob/main/docs/rules.md#unknown-key',
      defaultConfiguration: { level: 'error' },
    });
    expect(rule.help.markdown).toContain('(https://github.com/agent-policy-lint/agent-policy-lint/blob/main/docs/rules.md#unknown-key)');
    expect(run.tool.driver.rules[2].defaultConfiguration.level).toBe('note');
  });

  it('maps results: level, message with hint, relative URI, region, related, properties', () => {
    const [first, second, whole, replay] = sarif().runs[0].results;
    expect(first).toMatchObject({
      ruleId: 'unknown-key',
      level: 'error',
      message: { text: 'permissions.network: unknown key "allow_outbund": 100% wrong, see a,b\ndid you mean "allow_outbound"?' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: '.agent-policy.yml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 18 },
          },
        },
      ],
    });
    expect(second.level).toBe('warning');
    expect(second.relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: {
          artifactLocation: { uri: 'src/.agent-policy.override.yml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 4, startColumn: 7 },
        },
        message: { text: 'the override allow' },
      },
    ]);
    expect(second.properties).toEqual({ witness: 'src/secrets/.env' });
    expect(whole.level).toBe('note');
    // A whole-file finding points at the first line: code scanning shows only results with a region.
    expect(whole.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'dir%2C%20with%3A%20odd%25chars/.agent-policy.override.yml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1 },
    });
    expect(replay.properties).toEqual({ witness: 'src/日本語.ts', data: { agentId: 'claude', op: 'write' } });
  });

  it('sets %SRCROOT% to the working directory, outside a git repository, as a file URI ending in /', () => {
    expect(sarif(FINDINGS, { cwd: '/home/me/my repo' }).runs[0].originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: 'file:///home/me/my%20repo/' },
    });
  });

  it('encodes paths as relative URI references', () => {
    expect(relativeUri('src/a b/ü#1?.yml')).toBe('src/a%20b/%C3%BC%231%3F.yml');
    expect(relativeUri('../x:y.yml')).toBe('../x%3Ay.yml');
  });

  it('fingerprints ignore the line, so alerts survive edits; repeats get their own', () => {
    const fp = (fs: Finding[]): string[] => sarif(fs).runs[0].results.map((r: any) => r.partialFingerprints['agentPolicyLint/v1']);
    const base = FINDINGS[0]!;
    const [a] = fp([base]);
    const [moved] = fp([{ ...base, line: 40, column: 2, endLine: 40 }]);
    const [otherMessage] = fp([{ ...base, message: 'other' }]);
    const [otherFile] = fp([{ ...base, file: 'x.yml' }]);
    expect(moved).toBe(a);
    expect(otherMessage).not.toBe(a);
    expect(otherFile).not.toBe(a);
    const twice = fp([base, { ...base, line: 9 }]);
    expect(new Set(twice).size).toBe(2);
    expect(twice[0]).toBe(a);
  });

  it('drops impossible end positions instead of producing invalid regions', () => {
    const f: Finding = { ruleId: 'r', severity: 'error', message: 'm', file: 'f', line: 5, column: 9, endLine: 4, endColumn: 0 };
    const log = sarif([f, { ...f, endLine: 5, endColumn: 3 }]);
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 5, startColumn: 9 });
    expect(log.runs[0].results[1].locations[0].physicalLocation.region).toEqual({ startLine: 5, startColumn: 9, endLine: 5 });
  });

  it('stays within GitHub limits: results and related locations are capped', () => {
    const related = Array.from({ length: MAX_RELATED + 50 }, (_, i) => ({ file: 'r.yml', line: i + 1, column: 1, message: 'r' }));
    const big: Finding[] = Array.from({ length: MAX_RESULTS + 10 }, (_, i) => ({
      ruleId: `rule-${i % 3}`,
      severity: i < 10 ? 'error' : 'info',
      message: 'm',
      file: 'f.yml',
      line: i + 1,
      column: 1,
      related: i === 0 ? related : undefined,
    }));
    const log = toSarif(big, ctx());
    const run = (log.runs as any[])[0];
    expect(run.results).toHaveLength(MAX_RESULTS);
    expect(run.results.filter((r: any) => r.level === 'error')).toHaveLength(10);
    expect(run.results[0].relatedLocations).toHaveLength(MAX_RELATED);
    expect(run.results[0].properties.omittedRelatedLocations).toBe(50);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^10 less severe results were left out/);
    expect(githubSarifProblems(log)).toEqual([]);
  });
});

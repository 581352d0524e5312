import { describe, expect, it } from 'vitest';
import type { RuleMeta } from '../../src/report/rule.js';
import { formatSarif } from '../../src/report/formatters/sarif.js';
import { summarize, type Finding } from '../../src/report/finding.js';
import { validateSarif } from '../helpers/sarif.js';
import { ctx } from './sample.js';

// A rule the formatter is told about through FormatContext.rulesMeta, whatever the real registries hold.
const RULE: RuleMeta = {
  id: 'unknown-key',
  severity: 'warning',
  category: 'policy',
  summary: 'A key the schema does not define',
  docs: 'Unknown keys are usually typos, and a typo silently drops a restriction.\nSo they are reported.\n\n```yaml\nallow_outbund: false\n```\n\nFix the spelling.',
};

describe('sarif rule descriptors from the rule metadata in the format context', () => {
  it('uses the summary, the docs body and the default severity of a registered rule', () => {
    // The finding's own severity differs from the rule's default: defaultConfiguration follows the rule.
    const f: Finding = { ruleId: 'unknown-key', severity: 'error', message: 'm', file: 'a.yml', line: 2, column: 3 };
    const log = JSON.parse(formatSarif([f], summarize([f], 1), ctx({ rulesMeta: new Map([[RULE.id, RULE]]) })));
    expect(validateSarif(log)).toEqual([]);
    const rule = log.runs[0].tool.driver.rules[0];
    const uri = 'https://github.com/agent-policy-lint/agent-policy-lint/blob/main/docs/rules.md#unknown-key';
    expect(rule).toEqual({
      id: 'unknown-key',
      name: 'UnknownKey',
      shortDescription: { text: RULE.summary },
      fullDescription: { text: 'Unknown keys are usually typos, and a typo silently drops a restriction. So they are reported.' },
      helpUri: uri,
      help: { text: `${RULE.summary}\nSee ${uri}`, markdown: `${RULE.docs}\n\n[unknown-key in the rules reference](${uri})` },
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['agent-policy', 'policy'] },
    });
    expect(log.runs[0].results[0].level).toBe('error');
  });
});

import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../src/action/annotations.js';
import { groupSignals, renderSummary, type SummaryInput } from '../../src/action/summary.js';
import type { Signal } from '../../src/agents/signals.js';

const base: SummaryInput = {
  findings: [],
  filesChecked: 1,
  changes: [],
  diff: '',
  plan: planAnnotations([]),
  notes: [],
};

describe('renderSummary', () => {
  it('says when signals stay below the threshold', () => {
    const md = renderSummary({
      ...base,
      pull: { number: 3, fork: false },
      detection: {
        agentAuthored: false,
        agent: 'claude',
        confidence: 'weak',
        threshold: 'medium',
        signals: [{ kind: 'branch', agent: 'claude', confidence: 'weak', evidence: 'claude/x', where: 'head branch' }],
      },
    });
    expect(md.split('\n')[0]).toBe('## ✅ agent-policy-lint: pull request #3: agent signals below the medium threshold · 0 errors, 0 warnings, 0 infos');
    expect(md).toContain('| weak | branch | claude | claude/x | head branch |');
  });

  it('cannot be broken out of by untrusted text: evidence is escaped, the diff fence outgrows backticks', () => {
    const md = renderSummary({
      ...base,
      pull: { number: 3, fork: false },
      detection: {
        agentAuthored: true,
        agent: 'x',
        confidence: 'strong',
        threshold: 'medium',
        signals: [{ kind: 'login', agent: 'x', confidence: 'strong', evidence: 'a|b<img src=x>', where: 'pull request author' }],
      },
      changes: [{ direction: 'widened', scope: 'root policy', what: 'adds the filesystem allow "**"', file: '.agent-policy.yml', line: 2, column: 1 }],
      diff: '--- a/p\n+++ b/p\n@@ -1 +1 @@\n-# ```\n+# ````\n',
      notes: ['note with <b>html</b>'],
    });
    expect(md).toContain('a\\|b\\<img src=x\\>');
    expect(md).toContain('`````diff\n--- a/p');
    expect(md).toMatch(/\n`````\n/);
    expect(md).toContain('> note with \\<b\\>html\\</b\\>');
    expect(md).toContain('- ⚠️ **widens** (root policy): adds the filesystem allow "\\*\\*" — .agent-policy.yml:2');
  });

  it('groups repeated signals', () => {
    const s = (where: string): Signal => ({ kind: 'trailer', agent: 'claude', confidence: 'medium', evidence: 'Co-Authored-By: Claude <noreply@anthropic.com>', where });
    const g = groupSignals([s('a'), s('b'), s('c'), s('d'), s('e')]);
    expect(g).toHaveLength(1);
    expect(g[0]).toMatchObject({ count: 5, wheres: ['a', 'b', 'c'] });
    const md = renderSummary({ ...base, pull: { number: 1, fork: false }, detection: { agentAuthored: true, agent: 'claude', confidence: 'medium', threshold: 'medium', signals: [s('a'), s('b'), s('c'), s('d')] } });
    expect(md).toContain('| a, b, c and 1 more |');
  });
});

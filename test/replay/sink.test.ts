import { describe, expect, it } from 'vitest';
import { FindingSink } from '../../src/replay/sink.js';
import type { Finding } from '../../src/report/finding.js';

const f = (ruleId: string, line: number): Finding => ({ ruleId, severity: 'error', file: 'log.jsonl', line, column: 1, message: `m${line}` });

describe('FindingSink', () => {
  it('lists each rule up to its cap per file and counts the rest', () => {
    const sink = new FindingSink(2);
    for (let i = 1; i <= 5; i++) sink.add(f('a', i));
    sink.add(f('b', 1));
    expect(sink.fullRules('log.jsonl')).toEqual(['a']);
    expect(sink.fullRules('other.jsonl')).toEqual([]);
    const all = sink.all();
    expect(all.filter((x) => x.ruleId === 'a').map((x) => x.line)).toEqual([1, 2, 1]);
    // The summary is a finding on the log with 1-based line and column, as every format promises.
    const more = all.find((x) => x.data?.total !== undefined);
    expect(more).toMatchObject({ line: 1, column: 1, message: '3 more a findings in this log are not listed (the first 2 are)' });
  });

  it("a worker's sink only counts the rules the main thread has listed to the cap", () => {
    const sink = new FindingSink(1000, new Set(['a']));
    expect(sink.admit('log.jsonl', 'a', 'error')).toBe(false);
    expect(sink.admit('log.jsonl', 'b', 'error')).toBe(true);
    expect(sink.totals()).toEqual([
      ['a', 'error', 1],
      ['b', 'error', 1],
    ]);
  });
});

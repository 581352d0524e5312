// Pathological patterns on long crafted subjects: every list runs the linear-time automaton, so
// these finish in milliseconds; a backtracking RegExp would not finish before the test timeout.
import { describe, expect, it } from 'vitest';
import { CommandPatternList } from '../../src/match/command.js';
import { compileHostList } from '../../src/match/host.js';
import { WordPatternList } from '../../src/match/matcher.js';
import { compilePathList, DENY_LIST } from '../../src/match/patterns.js';

const KB = 1024;

describe('pathological patterns on 100 KB subjects', () => {
  it('command deny `curl *a*b*c*d*e`', () => {
    const list = new CommandPatternList([{ pattern: 'curl *a*b*c*d*e' }, { pattern: 'x *a*a*a*a*a*a*b' }], true);
    const near = `curl ${'abcd'.repeat(25 * KB)}`; // never ends in e
    expect(list.first(near)).toBeUndefined();
    expect(list.first(`${near}e`)?.pattern).toBe('curl *a*b*c*d*e');
    expect(list.first(`x ${'a'.repeat(100 * KB)}`)).toBeUndefined();
  });

  it('path deny with nested `**` runs', () => {
    const deny = compilePathList([{ pattern: 'a/**/b/**/c/**/d' }, { pattern: '*a*a*a*a*b' }], DENY_LIST);
    expect(deny.test('a/'.repeat(50 * KB) + 'x')).toBe(false);
    expect(deny.test('a'.repeat(100 * KB))).toBe(false);
  });

  it('hosts with many labels, and tool names', () => {
    const hosts = compileHostList([{ pattern: '*.example.com' }]);
    expect(hosts.test(`${'a.'.repeat(30 * KB)}example.com`)).toBe(true);
    expect(hosts.test(`${'a.'.repeat(30 * KB)}example.org`)).toBe(false);
    const tools = new WordPatternList(['*a*a*a*a*a*b', 'mcp__*'], { nocase: true });
    expect(tools.matches('a'.repeat(100 * KB))).toEqual([]);
    expect(tools.matches('MCP__x')).toEqual([1]);
  });
});

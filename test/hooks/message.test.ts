import { describe, expect, it } from 'vitest';
import { blockedMessage, shQuote, type BlockedPath } from '../../src/hooks/message.js';

const top = '/repo';
const rule = { pattern: 'secrets/**', file: '/repo/.agent-policy.yml', line: 12, column: 9 };
const agent = { agent: 'claude', via: 'CLAUDECODE=1' };

function blocked(path: string, extra: Partial<BlockedPath> = {}): BlockedPath {
  return { path, policyPath: path, op: 'write', kind: 'denied', rule, reason: 'denied', ...extra };
}

describe('blockedMessage', () => {
  it('names the agent, each path with its rule at file:line:column, and the three ways forward', () => {
    const text = blockedMessage({ agent, blocked: [blocked('secrets/a.key', { op: 'delete' })], otherErrors: 0, replayErrors: 0, unstagedFixes: [], cwd: top, top });
    expect(text).toContain('agent "claude" (recognised by CLAUDECODE=1) may not make this change:');
    expect(text).toMatch(/delete\s+secrets\/a\.key\s+denied by "secrets\/\*\*" at \.agent-policy\.yml:12:9/);
    expect(text).toContain('git restore --staged -- secrets/a.key');
    expect(text).toContain('agent-policy-lint bypass --reason "why this change is needed" --allow secrets/a.key --agent claude --duration 30m --approver EMAIL');
    expect(text).toContain('3. Change the policy in a reviewed pull request (.agent-policy.yml:12:9).');
  });

  it('quotes odd paths for the shell, shows paths from the working directory and bypass paths from the policy', () => {
    const text = blockedMessage({
      agent,
      blocked: [blocked("pkg/it's here.key", { policyPath: "it's here.key" })],
      otherErrors: 0,
      replayErrors: 0,
      unstagedFixes: [],
      cwd: '/repo/pkg',
      top,
    });
    expect(text).toContain(`git restore --staged -- 'it'\\''s here.key'`);
    expect(text).toContain(`--allow 'it'\\''s here.key'`);
    expect(text).toContain('at ../.agent-policy.yml:12:9');
  });

  it('mentions human review for approvals, and lists at most 20 paths', () => {
    const many = Array.from({ length: 25 }, (_, i) => blocked(`secrets/${i}.key`));
    many.push(blocked('package.json', { kind: 'approval', rule: { ...rule, pattern: 'package.json' } }));
    const text = blockedMessage({ agent, blocked: many, otherErrors: 1, replayErrors: 0, unstagedFixes: [], cwd: top, top });
    expect(text).toContain('these 26 changes');
    expect(text).toContain('… and 6 more');
    expect(text).toContain('have a person review the change and make the commit themselves');
    expect(text).toContain('1 other error(s) in staged files');
  });

  it('without an agent: fix and stage the files; points at unstaged fixes', () => {
    const text = blockedMessage({ blocked: [], otherErrors: 2, replayErrors: 1, unstagedFixes: ['.agent-policy.yml'], cwd: top, top });
    expect(text).toContain('commit refused: 2 errors in staged files');
    expect(text).toContain('the hook checks what is staged, not the working tree');
    expect(text).toContain('A staged agent log records actions the policy denies');
    expect(text).toContain('Note: .agent-policy.yml differs in your working tree');
    expect(text).not.toContain('bypass --reason "why this change is needed"');
  });
});

describe('shQuote', () => {
  it('leaves plain words alone and single-quotes the rest', () => {
    expect(shQuote('src/a-b_c.ts')).toBe('src/a-b_c.ts');
    expect(shQuote('a b')).toBe(`'a b'`);
    expect(shQuote('$(rm -rf /)')).toBe(`'$(rm -rf /)'`);
    expect(shQuote("a'b")).toBe(`'a'\\''b'`);
  });
});

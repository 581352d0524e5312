import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, tempTree } from '../helpers/cli.js';

const POLICY = `version: "2.1"
agent_id: "code-assistant-prod"
default_permissions:
  filesystem:
    deny: ["backend/auth/**"]
bypass:
  max_duration: "4h"
  approvers: ["alice@example.com", "*@sec.example.com"]
`;
const PLAIN = `version: "1.0"
permissions:
  filesystem:
    deny: [".env*"]
`;

function records(dir: string): Array<Record<string, unknown>> {
  const d = join(dir, '.agent-policy/bypasses');
  return readdirSync(d).map((f) => JSON.parse(readFileSync(join(d, f), 'utf8')));
}

const GOOD = ['bypass', '--reason', 'P0 incident: fix auth service crash', '--allow', 'backend/auth/config.yml', '--duration', '30m', '--approver', 'alice@example.com'];

describe('agent-policy-lint bypass', () => {
  it('writes a record and says when it expires', () => {
    const dir = tempTree({ '.agent-policy.yml': POLICY });
    const r = runCli(GOOD, { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const m = /^Bypass granted: (bypass_[0-9a-z]{5})\nExpires: (\S+)\nRecord: \.agent-policy\/bypasses\/\1\.json\n/.exec(r.stdout);
    expect(m, r.stdout).not.toBeNull();
    const [rec] = records(dir);
    expect(rec).toMatchObject({
      id: m![1],
      reason: 'P0 incident: fix auth service crash',
      patterns: ['backend/auth/config.yml'],
      commands: [],
      approver: 'alice@example.com',
      expires_at: m![2],
    });
    expect(rec).not.toHaveProperty('agent');
    const created = Date.parse(rec!.created_at as string);
    expect(Date.parse(rec!.expires_at as string) - created).toBe(30 * 60 * 1000);
    expect(Math.abs(created - Date.now())).toBeLessThan(60_000);
  });

  it('records several patterns, commands and an agent; from a subdirectory it writes beside the policy', () => {
    const dir = tempTree({ '.agent-policy.yml': POLICY, 'backend/auth/x.txt': '' });
    const r = runCli(
      ['bypass', '--reason', 'rotate keys', '--allow', 'backend/auth/**', '--allow', 'deploy/keys.yml', '--command', 'kubectl rollout restart *', '--duration', '1h30m', '--approver', 'bob@sec.example.com', '--agent', 'code-assistant-prod'],
      { cwd: join(dir, 'backend/auth') },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Record: \.\.\/\.\.\/\.agent-policy\/bypasses\/bypass_[0-9a-z]{5}\.json/);
    const [rec] = records(dir);
    expect(rec).toMatchObject({ patterns: ['backend/auth/**', 'deploy/keys.yml'], commands: ['kubectl rollout restart *'], agent: 'code-assistant-prod' });
    expect(Date.parse(rec!.expires_at as string) - Date.parse(rec!.created_at as string)).toBe(90 * 60 * 1000);
  });

  it.each([
    ['no reason', ['bypass', '--allow', 'a', '--duration', '30m', '--approver', 'alice@example.com'], /needs --reason/],
    ['a blank reason', ['bypass', '--reason', '  ', '--allow', 'a', '--duration', '30m', '--approver', 'alice@example.com'], /needs --reason/],
    ['no approver', ['bypass', '--reason', 'r', '--allow', 'a', '--duration', '30m'], /needs --approver/],
    ['an invalid e-mail', ['bypass', '--reason', 'r', '--allow', 'a', '--duration', '30m', '--approver', 'alice'], /not an e-mail address/],
    ['no duration', ['bypass', '--reason', 'r', '--allow', 'a', '--approver', 'alice@example.com'], /needs --duration/],
    ['a bad duration', ['bypass', '--reason', 'r', '--allow', 'a', '--duration', 'soon', '--approver', 'alice@example.com'], /not a duration/],
    ['a zero duration', ['bypass', '--reason', 'r', '--allow', 'a', '--duration', '0m', '--approver', 'alice@example.com'], /not a duration/],
    ["longer than the policy's maximum", ['bypass', '--reason', 'r', '--allow', 'a', '--duration', '4h1m', '--approver', 'alice@example.com'], /longer than the policy's bypass\.max_duration: 4h/],
    ['nothing to allow', ['bypass', '--reason', 'r', '--duration', '30m', '--approver', 'alice@example.com'], /at least one --allow/],
    ['an invalid glob', ['bypass', '--reason', 'r', '--allow', 'src/[a', '--duration', '30m', '--approver', 'alice@example.com'], /not a valid pattern/],
    ['an approver the policy does not list', ['bypass', '--reason', 'r', '--allow', 'a', '--duration', '30m', '--approver', 'mallory@example.com'], /may not approve bypasses/],
    ['an unknown agent', ['bypass', '--reason', 'r', '--allow', 'a', '--duration', '30m', '--approver', 'alice@example.com', '--agent', 'ghost'], /not an agent of the policy/],
    ['an unknown flag', ['bypass', '--reason', 'r', '--allow', 'a', '--duration', '30m', '--approver', 'alice@example.com', '--forever'], /Unknown option/],
  ])('refuses %s (exit 2, no record)', (_name, args, message) => {
    const dir = tempTree({ '.agent-policy.yml': POLICY });
    const r = runCli(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(() => records(dir)).toThrow();
  });

  it('caps a bypass at 24 hours when the policy sets no maximum', () => {
    const dir = tempTree({ '.agent-policy.yml': PLAIN });
    const args = (d: string) => ['bypass', '--reason', 'r', '--allow', '.env.ci', '--duration', d, '--approver', 'carol@example.com'];
    expect(runCli(args('1d'), { cwd: dir }).code).toBe(0);
    const r = runCli(args('24h1m'), { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/default maximum.*24h|24h.*default/);
  });

  it('refuses without a policy', () => {
    const dir = tempTree({ 'README.md': '' });
    const r = runCli(GOOD, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no usable policy/);
  });

  it('prints its help', () => {
    const r = runCli(['bypass', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--approver EMAIL/);
  });
});

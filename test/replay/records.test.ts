import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../helpers/cli.js';
import { at, keys, replayIn } from './helpers.js';

const POLICY = `version: "2.1"
agent_id: "code-assistant-prod"
agents:
  - id: code-assistant-prod
  - id: docs-bot
default_permissions:
  filesystem:
    deny: ["backend/auth/**", ".env*"]
  commands:
    deny: ["kubectl *"]
constraints:
  require_human_approval:
    - file_pattern: "package.json"
    - file_pattern: "Cargo.toml"
bypass:
  max_duration: "4h"
  approvers: ["alice@example.com", "*@sec.example.com"]
`;

const NOW = Date.parse('2026-06-09T12:00:00Z');

// Each line its own session: these tests are about windows, not about log order.
let session = 0;
const line = (o: Record<string, unknown>) => JSON.stringify({ agent_id: 'code-assistant-prod', session_id: `s${++session}`, allowed: true, ...o });
const write = (ts: string | undefined, path: string, extra: Record<string, unknown> = {}) => line({ timestamp: ts, action: 'filesystem.write', path, ...extra });

const BYPASS = {
  id: 'bypass_7h2k9',
  reason: 'P0 incident: fix auth service crash',
  patterns: ['backend/auth/config.yml'],
  commands: ['kubectl rollout restart *'],
  approver: 'alice@example.com',
  created_at: '2026-06-08T14:35:00Z',
  expires_at: '2026-06-08T15:05:00Z',
};

function tree(files: Record<string, string>): string {
  return tempTree({ '.agent-policy.yml': POLICY, ...files });
}

describe('bypass records', () => {
  it('covers a denied action inside its window and for its patterns only', async () => {
    const dir = tree({
      '.agent-policy/bypasses/bypass_7h2k9.json': JSON.stringify(BYPASS, null, 2),
      'log.jsonl': [
        write('2026-06-08T14:40:00Z', 'backend/auth/config.yml'), // 1 covered
        write('2026-06-08T15:10:00Z', 'backend/auth/config.yml'), // 2 after the window
        write('2026-06-08T14:30:00Z', 'backend/auth/config.yml'), // 3 before it
        write('2026-06-08T14:41:00Z', 'backend/auth/keys.pem'), // 4 another path
        write(undefined, 'backend/auth/config.yml'), // 5 no timestamp
        line({ timestamp: '2026-06-08T14:50:00Z', action: 'command.exec', command: 'kubectl rollout restart deploy/auth' }), // 6 covered command
        line({ timestamp: '2026-06-08T14:51:00Z', action: 'command.exec', command: 'kubectl delete ns prod' }), // 7 not covered
        write('2026-06-08T14:52:00Z', 'backend/auth/config.yml', { allowed: false }), // 8 blocked anyway: a notice
        write('2026-06-08T15:05:00Z', 'backend/auth/config.yml'), // 9 at the very end: covered
      ].join('\n'),
    });
    const r = await replayIn(dir, ['log.jsonl'], { now: NOW });
    expect(keys(r.findings, dir)).toEqual([
      '.agent-policy/bypasses/bypass_7h2k9.json:1 bypass-record-expired',
      'log.jsonl:1 replay-bypass-used',
      'log.jsonl:2 replay-denied-action',
      'log.jsonl:3 replay-denied-action',
      'log.jsonl:4 replay-denied-action',
      'log.jsonl:5 replay-denied-action',
      'log.jsonl:6 replay-bypass-used',
      'log.jsonl:7 replay-denied-action',
      'log.jsonl:8 replay-blocked-attempt',
      'log.jsonl:9 replay-bypass-used',
    ]);
    const used = at(r.findings, 1, 'replay-bypass-used');
    expect(used).toMatchObject({ severity: 'info', message: 'filesystem.write backend/auth/config.yml: denied by the policy, passed under bypass bypass_7h2k9' });
    expect(used.related).toEqual([{ file: join(dir, '.agent-policy/bypasses/bypass_7h2k9.json'), line: 1, column: 1, message: 'bypass bypass_7h2k9: P0 incident: fix auth service crash' }]);
    expect(at(r.findings, 2, 'replay-denied-action').message).toContain('bypass bypass_7h2k9 covers it only from 2026-06-08T14:35:00.000Z to 2026-06-08T15:05:00Z, and the action was logged at 2026-06-08T15:10:00Z');
    expect(at(r.findings, 5, 'replay-denied-action').message).toContain('the entry has no valid timestamp');
    expect(at(r.findings, 4, 'replay-denied-action').message).not.toContain('bypass');
  });

  it('honours an agent-bound bypass for that agent only', async () => {
    const dir = tree({
      '.agent-policy/bypasses/bypass_docs1.json': JSON.stringify({ ...BYPASS, id: 'bypass_docs1', agent: 'docs-bot' }),
      'log.jsonl': [write('2026-06-08T14:40:00Z', 'backend/auth/config.yml'), write('2026-06-08T14:40:00Z', 'backend/auth/config.yml', { agent_id: 'docs-bot' })].join('\n'),
    });
    const r = await replayIn(dir, ['log.jsonl'], { now: Date.parse('2026-06-08T15:00:00Z') });
    expect(keys(r.findings, dir)).toEqual(['log.jsonl:1 replay-denied-action', 'log.jsonl:2 replay-bypass-used']);
  });

  it('reports records it cannot honour, and does not honour them', async () => {
    const rec = (id: string, o: Record<string, unknown>) => ({ [`.agent-policy/bypasses/${id}.json`]: JSON.stringify({ ...BYPASS, id, ...o }) });
    const dir = tree({
      '.agent-policy/bypasses/bypass_bad01.json': '{\n  "id": "bypass_bad01",\n  "reason": oops\n}\n',
      ...rec('bypass_noapr', { approver: undefined }),
      ...rec('bypass_email', { approver: 'alice' }),
      ...rec('bypass_other', { approver: 'mallory@example.com' }),
      ...rec('bypass_toolong', { expires_at: '2026-06-08T18:36:00Z' }),
      ...rec('bypass_backwards', { expires_at: '2026-06-08T14:00:00Z' }),
      ...rec('bypass_noreason', { reason: ' ' }),
      ...rec('bypass_glob', { patterns: ['backend/[auth'] }),
      ...rec('bypass_nothing', { patterns: [], commands: [] }),
      ...rec('bypass_nozone', { created_at: '2026-06-08T14:35:00' }),
      'log.jsonl': write('2026-06-08T14:40:00Z', 'backend/auth/config.yml'),
    });
    const r = await replayIn(dir, ['log.jsonl'], { now: NOW });
    expect(keys(r.findings, dir)).toEqual([
      '.agent-policy/bypasses/bypass_backwards.json:1 bypass-record-invalid',
      '.agent-policy/bypasses/bypass_bad01.json:3 bypass-record-invalid',
      '.agent-policy/bypasses/bypass_email.json:1 bypass-record-unapproved',
      '.agent-policy/bypasses/bypass_glob.json:1 bypass-record-invalid',
      '.agent-policy/bypasses/bypass_noapr.json:1 bypass-record-unapproved',
      '.agent-policy/bypasses/bypass_noreason.json:1 bypass-record-invalid',
      '.agent-policy/bypasses/bypass_nothing.json:1 bypass-record-invalid',
      '.agent-policy/bypasses/bypass_nozone.json:1 bypass-record-invalid',
      '.agent-policy/bypasses/bypass_other.json:1 bypass-record-unapproved',
      '.agent-policy/bypasses/bypass_toolong.json:1 bypass-record-invalid',
      'log.jsonl:1 replay-denied-action',
    ]);
    const f = (name: string) => r.findings.find((x) => x.file.endsWith(name))!;
    expect(f('bypass_bad01.json')).toMatchObject({ column: 13, message: 'bypass record is not valid JSON (expected a value)' });
    expect(f('bypass_toolong.json').message).toContain("lasts 4h1m, longer than the policy's maximum of 4h");
    expect(f('bypass_other.json').message).toContain('not in the policy\'s bypass.approvers');
  });
});

describe('approval records', () => {
  const APR = { id: 'apr_8x3k2', approver: 'bob@example.com', approved_at: '2026-06-08T14:30:00Z' };

  it('counts an approval_id only when a committed record names it', async () => {
    const dir = tree({
      '.agent-policy/approvals/apr_8x3k2.json': JSON.stringify(APR),
      'log.jsonl': [
        write('2026-06-08T14:33:42Z', 'package.json', { approval_id: 'apr_8x3k2' }),
        write('2026-06-08T14:34:00Z', 'package.json', { approval_id: 'apr_forged' }),
        write('2026-06-08T14:35:00Z', 'package.json'),
        write('2026-06-08T14:00:00Z', 'package.json', { approval_id: 'apr_8x3k2' }),
      ].join('\n'),
    });
    const r = await replayIn(dir, ['log.jsonl']);
    expect(keys(r.findings, dir)).toEqual(['log.jsonl:2 replay-missing-approval', 'log.jsonl:3 replay-missing-approval', 'log.jsonl:4 replay-missing-approval']);
    expect(at(r.findings, 2, 'replay-missing-approval').message).toContain('approval apr_forged is not among the committed approval records');
    expect(at(r.findings, 3, 'replay-missing-approval').message).toContain('the entry names no approval_id');
    expect(at(r.findings, 4, 'replay-missing-approval').message).toContain('approval apr_8x3k2 was given after the action');
  });

  it('reads approvals.jsonl, and checks a record\'s scope, agent and expiry', async () => {
    const dir = tree({
      '.agent-policy/approvals.jsonl': [
        JSON.stringify({ id: 'apr_pkg', approver: 'bob@example.com', patterns: ['package.json'] }),
        JSON.stringify({ id: 'apr_docs', approver: 'bob@example.com', agent: 'docs-bot' }),
        JSON.stringify({ id: 'apr_old', approver: 'bob@example.com', expires_at: '2026-06-01T00:00:00Z' }),
        '{"id": "apr_broken"',
        JSON.stringify({ id: 'apr_anon' }),
      ].join('\n'),
      'log.jsonl': [
        write('2026-06-08T14:33:42Z', 'package.json', { approval_id: 'apr_pkg' }),
        write('2026-06-08T14:34:00Z', 'Cargo.toml', { approval_id: 'apr_pkg' }),
        write('2026-06-08T14:35:00Z', 'Cargo.toml', { approval_id: 'apr_docs' }),
        write('2026-06-08T14:36:00Z', 'Cargo.toml', { approval_id: 'apr_docs', agent_id: 'docs-bot' }),
        write('2026-06-08T14:37:00Z', 'Cargo.toml', { approval_id: 'apr_old' }),
        write('2026-06-08T14:38:00Z', 'Cargo.toml', { approval_id: 'apr_anon' }),
      ].join('\n'),
    });
    const r = await replayIn(dir, ['log.jsonl']);
    expect(keys(r.findings, dir)).toEqual([
      '.agent-policy/approvals.jsonl:4 approval-record-invalid',
      '.agent-policy/approvals.jsonl:5 approval-record-invalid',
      'log.jsonl:2 replay-missing-approval',
      'log.jsonl:3 replay-missing-approval',
      'log.jsonl:5 replay-missing-approval',
      'log.jsonl:6 replay-missing-approval',
    ]);
    expect(at(r.findings, 2, 'replay-missing-approval').message).toContain('approval apr_pkg does not cover Cargo.toml');
    expect(at(r.findings, 3, 'replay-missing-approval').message).toContain('approval apr_docs is for agent docs-bot');
    expect(at(r.findings, 5, 'replay-missing-approval').message).toContain('approval apr_old had expired');
  });

  it('treats a .gitkeep in approvals/ as "records are kept"', async () => {
    const dir = tree({ '.agent-policy/approvals/.gitkeep': '', 'log.jsonl': write('2026-06-08T14:33:42Z', 'package.json', { approval_id: 'apr_8x3k2' }) });
    const r = await replayIn(dir, ['log.jsonl']);
    expect(keys(r.findings, dir)).toEqual(['log.jsonl:1 replay-missing-approval']);
  });

  it('still lets a deny win over an approval', async () => {
    const dir = tree({ 'log.jsonl': write('2026-06-08T14:33:42Z', '.env.production', { approval_id: 'apr_x' }) });
    const r = await replayIn(dir, ['log.jsonl']);
    expect(keys(r.findings, dir)).toEqual(['log.jsonl:1 replay-denied-action']);
  });
});

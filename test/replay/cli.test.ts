import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, hasStackTrace, runCli, tempTree } from '../helpers/cli.js';
import { FAKE } from './fake-secrets.js';

const LOGS = join(FIXTURES, 'logs');

interface JsonReport {
  findings: Array<{ ruleId: string; severity: string; file: string; line: number; column: number; message: string }>;
  summary: { errors: number; warnings: number; infos: number };
}

const json = (stdout: string): JsonReport => JSON.parse(stdout) as JsonReport;

describe('agent-policy-lint --agent-log (built CLI)', () => {
  it('replays a log: findings at log lines, exit 1 on errors, nothing but the report on stdout', () => {
    const r = runCli(['--agent-log', 'audit.jsonl', '--format', 'json'], { cwd: LOGS });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const rep = json(r.stdout);
    const replay = rep.findings.filter((f) => f.file === 'audit.jsonl');
    expect(replay.map((f) => `${f.line} ${f.ruleId}`)).toContain('4 replay-denied-action');
    expect(replay.find((f) => f.line === 4)).toMatchObject({ severity: 'error', column: 1 });
    expect(rep.summary.errors).toBe(6);
  });

  it('expands globs, and a glob that matches nothing is a warning', () => {
    const r = runCli(['--agent-log', 'claude/**/*.jsonl', '--agent-log', 'nothing/*.jsonl', '--format', 'json'], { cwd: LOGS });
    expect(r.code).toBe(1);
    const rep = json(r.stdout);
    const files = new Set(rep.findings.map((f) => f.file));
    expect(files).toContain('claude/session.jsonl');
    expect(files).toContain('claude/real/fe5e1c67-53e7-4862-81ae-d0e013e3270b.jsonl');
    expect(rep.findings.find((f) => f.ruleId === 'replay-no-log-match')).toMatchObject({ severity: 'warning', file: 'nothing/*.jsonl' });
  });

  it('a clean log exits 0', () => {
    const dir = tempTree({
      '.agent-policy.yml': 'version: "1.0"\npermissions:\n  filesystem:\n    allow: ["src/**"]\n',
      'logs/a.jsonl': '{"timestamp":"2026-06-08T14:32:01Z","action":"filesystem.write","path":"src/a.ts","allowed":true}\n',
    });
    const r = runCli(['--agent-log', 'logs/*.jsonl'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it.each([
    [['--agent-log', 'missing.jsonl'], /cannot read agent log "missing.jsonl": no such file/],
    [['--agent-log', 'claude'], /agent log "claude" is a directory/],
  ])('%j is a usage error (exit 2)', (args, message) => {
    const r = runCli(args, { cwd: LOGS });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('attributes transcript actions to --agent', () => {
    const r = runCli(['--agent-log', 'claude/session.jsonl', '--agent', 'ghost-agent', '--format', 'json'], { cwd: LOGS });
    const unknown = json(r.stdout).findings.filter((f) => f.ruleId === 'replay-unknown-agent');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.message).toContain('"ghost-agent"');
  });

  it('never prints a logged secret, in any format', () => {
    const dir = tempTree({
      '.agent-policy.yml': 'version: "1.0"\npermissions:\n  commands:\n    deny: ["curl *"]\n',
      'log.jsonl':
        [
          JSON.stringify({ timestamp: '2026-06-08T14:00:01Z', action: 'command.exec', command: `curl -H "Authorization: Bearer ${FAKE.github}" https://api.github.com`, allowed: true }),
          JSON.stringify({ timestamp: '2026-06-08T14:00:02Z', action: 'command.exec', command: `export API_TOKEN=${FAKE.token}`, allowed: true }),
          `{"action":"command.exec","command":"aws s3 ls --key ${FAKE.aws}"`,
        ].join('\n') + '\n',
    });
    for (const format of ['stylish', 'json', 'sarif', 'github', 'markdown']) {
      const r = runCli(['--agent-log', 'log.jsonl', '--format', format], { cwd: dir });
      expect(r.code, format).toBe(1);
      expect(r.stdout, format).toContain('REDACTED');
      for (const secret of [FAKE.github, FAKE.token, FAKE.aws]) {
        expect(r.stdout.includes(secret) || r.stderr.includes(secret), `${format} leaks`).toBe(false);
      }
    }
  });

  it('honours a bypass written by `agent-policy-lint bypass` inside its window only', () => {
    const dir = tempTree({ '.agent-policy.yml': 'version: "2.1"\ndefault_permissions:\n  filesystem:\n    deny: ["backend/auth/**"]\n' });
    const b = runCli(['bypass', '--reason', 'P0: auth crash', '--allow', 'backend/auth/config.yml', '--duration', '30m', '--approver', 'alice@example.com'], { cwd: dir });
    expect(b.code, b.stderr).toBe(0);
    const id = /Bypass granted: (\S+)/.exec(b.stdout)![1]!;
    expect(readdirSync(join(dir, '.agent-policy/bypasses'))).toEqual([`${id}.json`]);
    const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
    const entry = (ts: string, session: string) => JSON.stringify({ timestamp: ts, session_id: session, action: 'filesystem.write', path: 'backend/auth/config.yml', allowed: true });
    const log = [entry(at(5), 's1'), entry(at(45), 's2'), entry(at(-10), 's3')].join('\n') + '\n';
    writeFileSync(join(dir, 'actions.jsonl'), log);
    const rr = runCli(['--agent-log', 'actions.jsonl', '--format', 'json'], { cwd: dir });
    expect(rr.code).toBe(1);
    const got = json(rr.stdout).findings.filter((f) => f.file === 'actions.jsonl').map((f) => `${f.line} ${f.ruleId} ${f.severity}`);
    expect(got).toEqual(['1 replay-bypass-used info', '2 replay-denied-action error', '3 replay-denied-action error']);
  });
});

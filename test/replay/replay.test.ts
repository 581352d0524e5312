import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, tempTree } from '../helpers/cli.js';
import { at, keys, replayIn } from './helpers.js';

const LOGS = join(FIXTURES, 'logs');

describe('replay of the seed audit format', () => {
  it('reports each kind of finding at its line', async () => {
    const r = await replayIn(LOGS, ['audit.jsonl']);
    expect(keys(r.findings, LOGS)).toEqual([
      'audit.jsonl:2 replay-blocked-attempt',
      'audit.jsonl:4 replay-denied-action',
      'audit.jsonl:5 replay-denied-action',
      'audit.jsonl:8 replay-denied-action',
      'audit.jsonl:9 replay-too-many-files',
      'audit.jsonl:11 replay-missing-approval',
      'audit.jsonl:12 replay-unknown-agent',
      'audit.jsonl:13 replay-policy-version',
      'audit.jsonl:14 replay-timestamp-order',
      'audit.jsonl:15 replay-timestamp-invalid',
      'audit.jsonl:16 replay-blocked-attempt',
      'audit.jsonl:17 replay-blocked-attempt',
      'audit.jsonl:18 replay-blocked-attempt',
      'audit.jsonl:18 replay-repeated-blocked-attempts',
      'audit.jsonl:19 replay-blocked-attempt',
      'audit.jsonl:19 replay-decision-mismatch',
      'audit.jsonl:20 replay-decision-mismatch',
    ]);
    expect(r.stats).toMatchObject({ lines: 20, actions: 20 });
  });

  it('says what was denied, by which rule, and that the log claimed otherwise', async () => {
    const r = await replayIn(LOGS, ['audit.jsonl']);
    const env = at(r.findings, 4, 'replay-denied-action');
    expect(env).toMatchObject({ severity: 'error', file: join(LOGS, 'audit.jsonl'), column: 1, witness: '.env' });
    expect(env.message).toBe('filesystem.write .env: the policy denies it (the log says it was allowed): path ".env": denied by the root policy: filesystem.deny ".env*" (.agent-policy.yml:12)');
    expect(env.related).toEqual([{ file: join(LOGS, '.agent-policy.yml'), line: 12, column: 12, message: 'deny ".env*" matches .env' }]);
    expect(env.data).toMatchObject({ format: 'audit', action: 'filesystem.write', loggedAllowed: true, agentId: 'code-assistant-prod' });
    expect(at(r.findings, 2, 'replay-blocked-attempt')).toMatchObject({ severity: 'info', message: 'blocked attempt: command.exec: rm -rf /tmp/cache (Command matches deny pattern)' });
    expect(at(r.findings, 11, 'replay-missing-approval').message).toMatch(/^command\.exec: git commit -m 'fix: logger': needs human approval \(command "git commit -m fix: logger"\), but the entry names no approval_id/);
    expect(at(r.findings, 9, 'replay-too-many-files')).toMatchObject({ severity: 'error', data: { files: 4, max: 3 } });
    expect(at(r.findings, 12, 'replay-unknown-agent').message).toContain('"code-assistant-staging"');
    expect(at(r.findings, 13, 'replay-policy-version').severity).toBe('warning');
    const persist = at(r.findings, 18, 'replay-repeated-blocked-attempts');
    expect(persist).toMatchObject({ severity: 'warning', data: { agentId: 'code-assistant-prod', sessionId: 'sess_7f3a', count: 4 } });
    expect(persist.message).toMatch(/^4 blocked attempts by agent code-assistant-prod in session sess_7f3a/);
    expect(at(r.findings, 14, 'replay-timestamp-order').related?.[0]).toMatchObject({ line: 13 });
  });

  it('counts the seed approval when no approval records are kept', async () => {
    const r = await replayIn(LOGS, ['audit.jsonl']);
    expect(r.findings.filter((f) => f.line === 3)).toEqual([]);
  });
});

describe('replay of pillar entries and tool invocations', () => {
  it('pillar', async () => {
    const r = await replayIn(LOGS, ['pillar.jsonl']);
    expect(keys(r.findings, LOGS)).toEqual([
      'pillar.jsonl:2 replay-denied-action',
      'pillar.jsonl:4 replay-blocked-attempt',
      'pillar.jsonl:5 replay-too-many-files',
      'pillar.jsonl:6 replay-denied-action',
      'pillar.jsonl:7 replay-denied-action',
      'pillar.jsonl:8 replay-denied-action',
      'pillar.jsonl:9 replay-unknown-entry',
    ]);
    expect(at(r.findings, 4, 'replay-blocked-attempt').message).toContain('policy check "no-production-access" blocked it');
  });

  it('tool invocations', async () => {
    const r = await replayIn(LOGS, ['tool-invoke.jsonl']);
    expect(keys(r.findings, LOGS)).toEqual([
      'tool-invoke.jsonl:1 replay-unknown-agent',
      'tool-invoke.jsonl:2 replay-denied-action',
      'tool-invoke.jsonl:4 replay-blocked-attempt',
      'tool-invoke.jsonl:6 replay-unknown-entry',
    ]);
    expect(at(r.findings, 2, 'replay-denied-action').message).toContain('tools.deny "mcp__github__delete_*"');
  });
});

describe('replay of a Claude Code transcript', () => {
  it('passes allowed tool calls and reports the ones that break the policy', async () => {
    const r = await replayIn(LOGS, ['claude/session.jsonl']);
    expect(keys(r.findings, LOGS)).toEqual([
      'claude/session.jsonl:10 replay-denied-action', // Write .env.local
      'claude/session.jsonl:11 replay-denied-action', // curl | sh
      'claude/session.jsonl:14 replay-blocked-attempt', // rejected at the prompt
      'claude/session.jsonl:17 replay-blocked-attempt', // blocked by a hook
      'claude/session.jsonl:21 replay-denied-action', // WebFetch pastebin (a 403 is not a block)
      'claude/session.jsonl:24 replay-missing-approval', // Edit package.json
      'claude/session.jsonl:28 replay-denied-action', // sub-agent Grep in secrets/
      'claude/session.jsonl:36 replay-denied-action', // Write /etc/hosts
      'claude/session.jsonl:38 replay-denied-action', // redirect to packages/web/.env.production
    ]);
    expect(at(r.findings, 14, 'replay-blocked-attempt').message).toBe('blocked attempt: Bash: rm -rf node_modules && npm ci (rejected at the permission prompt)');
    expect(at(r.findings, 38, 'replay-denied-action').witness).toBe('packages/web/.env.production');
    expect(at(r.findings, 36, 'replay-denied-action').message).toContain('outside the repository');
    // Read, Edit, npm test, WebFetch to an exception, Glob, the MCP call, npm run lint: no findings.
    for (const line of [4, 6, 8, 19, 30, 34, 41]) expect(r.findings.filter((f) => f.line === line), `line ${line}`).toEqual([]);
  });

  it("checks each call's tool name against tools.allow / tools.deny too", async () => {
    const dir = tempTree({
      '.agent-policy.yml': 'version: "2.1"\ndefault_permissions:\n  network:\n    allow_outbound: true\n  tools:\n    allow: ["Read", "Bash", "mcp__github__*"]\n    deny: ["mcp__github__delete_*"]\n',
      'log.jsonl': [
        ['Read', { file_path: '/w/repo/src/a.ts' }],
        ['WebFetch', { url: 'https://docs.example.com/x' }],
        ['TodoWrite', { todos: [] }],
        ['mcp__github__delete_repo', { repo: 'x' }],
        ['Bash', { command: 'ls' }],
      ]
        .map(([name, input], i) => JSON.stringify({ type: 'assistant', sessionId: 's', cwd: '/w/repo', timestamp: `2026-06-08T14:00:0${i}Z`, message: { id: `m${i}`, role: 'assistant', content: [{ type: 'tool_use', id: `t${i}`, name, input }] } }))
        .join('\n'),
    });
    const r = await replayIn(dir, ['log.jsonl']);
    expect(keys(r.findings, dir)).toEqual(['log.jsonl:2 replay-denied-action', 'log.jsonl:3 replay-denied-action', 'log.jsonl:4 replay-denied-action']);
    expect(at(r.findings, 2, 'replay-denied-action').message).toContain('tool "WebFetch"');
  });

  it('replays real transcripts without a spurious finding under a policy that fits them', async () => {
    const dir = tempTree({
      '.agent-policy.yml': 'version: "1.0"\npermissions:\n  filesystem:\n    deny: [".env*"]\n  commands:\n    deny: ["rm -rf", "git push --force"]\n',
    });
    const real = join(LOGS, 'claude/real');
    const r = await replayIn(dir, [join(real, '5c0375b4-57a5-4f26-b12d-d022ee4e51b7.jsonl'), join(real, 'fe5e1c67-53e7-4862-81ae-d0e013e3270b.jsonl')]);
    // Only what the sessions really did outside the project: ~/.claude/commands (Glob) is outside the workspace.
    const kinds = new Set(r.findings.map((f) => f.ruleId));
    expect([...kinds].sort()).toEqual(['replay-denied-action', 'replay-missing-approval']);
    const denied = r.findings.filter((f) => f.ruleId === 'replay-denied-action');
    expect(new Set(denied.map((f) => f.witness))).toEqual(new Set(['~/.claude/commands']));
    // `find … | xargs grep -l …` reads files named on standard input, which may be a denied .env*:
    // opaque, so it needs an approval (SPEC 3, commands.opaque: ask).
    const asked = r.findings.filter((f) => f.ruleId === 'replay-missing-approval');
    expect(asked.map((f) => f.witness)).toEqual(['grep <words read from standard input>', 'grep <words read from standard input>']);
    expect(r.stats!.actions).toBeGreaterThan(140);
  });
});

describe('a damaged log', () => {
  it('replays every good line and reports every bad one with its number', async () => {
    const r = await replayIn(LOGS, ['malformed.jsonl']);
    expect(keys(r.findings, LOGS)).toEqual([
      'malformed.jsonl:2 replay-malformed-line',
      'malformed.jsonl:4 replay-denied-action', // after the BOM, CRLF and a bad line
      'malformed.jsonl:5 replay-malformed-line',
      'malformed.jsonl:6 replay-denied-action', // the 1 MB line
      'malformed.jsonl:9 replay-unknown-entry',
      'malformed.jsonl:10 replay-denied-action',
      'malformed.jsonl:11 replay-truncated-line',
    ]);
    expect(r.stats).toMatchObject({ lines: 11, actions: 5 });
    expect(at(r.findings, 2, 'replay-malformed-line')).toMatchObject({ severity: 'error', column: 111, message: "line is not valid JSON: unexpected end of input (expected ',' or '}') at column 111; expected one JSON object per line" });
    expect(at(r.findings, 5, 'replay-malformed-line')).toMatchObject({ column: 2 });
    expect(at(r.findings, 11, 'replay-truncated-line').severity).toBe('error');
    // No parser message quoting the line's text.
    for (const f of r.findings) expect(f.message).not.toContain('"timestamp"');
  });
});

import { describe, expect, it } from 'vitest';
import { prepareFindings } from '../../src/report/prepare.js';
import { RULES_META } from '../../src/cli/rules.js';
import { summarize } from '../../src/report/finding.js';
import { FORMATS, getFormatter } from '../../src/report/format.js';
import { tempTree } from '../helpers/cli.js';
import { FAKE } from './fake-secrets.js';
import { keys, replayIn } from './helpers.js';

const POLICY = `version: "2.1"
agent_id: "code-assistant-prod"
default_permissions:
  filesystem:
    deny: [".env*", "secrets/**"]
  commands:
    deny: ["curl *"]
  network:
    allow_outbound: false
`;

const A = 'code-assistant-prod';
const j = (o: unknown) => JSON.stringify(o);

/** Every place a secret can sit in a log line, including the ones other findings quote. */
function log(): string {
  return [
    // 1 a denied command whose text (quoted by the denial) holds a token
    j({ timestamp: '2026-06-08T14:00:01Z', agent_id: A, action: 'command.exec', command: `export API_TOKEN=${FAKE.token} && curl -H "Authorization: Bearer ${FAKE.slack}" https://x.example.com`, allowed: true }),
    // 2 a private key written to a denied file
    j({ timestamp: '2026-06-08T14:00:02Z', agent_id: A, action: 'filesystem.write', path: 'secrets/deploy.pem', content: FAKE.pem, allowed: true }),
    // 3 a secret-named parameter
    j({ timestamp: '2026-06-08T14:00:03Z', agent: A, action: 'tool_invoke', tool: 'deploy', parameters: { env: { AWS_ACCESS_KEY_ID: FAKE.aws, OPENAI_API_KEY: FAKE.openai } } }),
    // 4 a Claude Code tool_use with a token in a URL, denied (network)
    j({ type: 'assistant', sessionId: 's1', cwd: '/w/repo', timestamp: '2026-06-08T14:00:04Z', message: { id: 'm1', role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'WebFetch', input: { url: `https://api.example.com/v1?access_token=${FAKE.github}` } }] } }),
    // 5 a malformed line holding a JWT
    `{"action":"command.exec","command":"login ${FAKE.jwt}"`,
    // 6 a timestamp, an agent id and an action name that are secrets (each is quoted by its finding)
    j({ timestamp: FAKE.anthropic, agent_id: FAKE.githubPat, action: 'filesystem.read', path: 'README.md' }),
    j({ action: `filesystem.${FAKE.github}`, path: 'x' }),
  ].join('\n') + '\n';
}

const SECRETS = Object.entries(FAKE);

function leaks(text: string): string[] {
  const out: string[] = [];
  for (const [name, value] of SECRETS) {
    // The whole value, and a distinctive middle part (a partial leak is a leak).
    const core = value.replace(/^-----BEGIN [A-Z ]+-----\n/, '').slice(6, 22);
    if (text.includes(value) || text.includes(core)) out.push(name);
  }
  return out;
}

describe('secrets in logs', () => {
  it('are reported on their lines and never printed, in any output format', async () => {
    const dir = tempTree({ '.agent-policy.yml': POLICY, 'log.jsonl': log() });
    const r = await replayIn(dir, ['log.jsonl']);
    const k = keys(r.findings, dir);
    for (const line of [1, 2, 3, 4, 5, 6]) expect(k, `line ${line}`).toContain(`log.jsonl:${line} replay-secret-in-log`);
    // The findings that quote logged text were made too (and redacted).
    expect(k).toEqual(expect.arrayContaining(['log.jsonl:1 replay-denied-action', 'log.jsonl:2 replay-denied-action', 'log.jsonl:4 replay-denied-action', 'log.jsonl:6 replay-timestamp-invalid', 'log.jsonl:6 replay-unknown-agent', 'log.jsonl:7 replay-unknown-entry']));
    expect(leaks(JSON.stringify(r.findings))).toEqual([]);
    const secret1 = r.findings.find((f) => f.line === 1 && f.ruleId === 'replay-secret-in-log')!;
    expect(secret1.message).toMatch(/^secret in logged parameters: value of API_TOKEN, bearer token|Slack token/);
    expect(secret1.witness).toContain('[REDACTED');
    expect(r.findings.find((f) => f.line === 1 && f.ruleId === 'replay-denied-action')!.message).toContain('[REDACTED');

    const prepared = prepareFindings(r.findings, dir);
    for (const format of FORMATS) {
      const text = (await getFormatter(format))(prepared, summarize(prepared, 1), { color: false, toolVersion: '0.0.0', cwd: dir, rulesMeta: RULES_META });
      expect(text.length, format).toBeGreaterThan(100);
      expect(leaks(text), format).toEqual([]);
      expect(text, format).toContain('REDACTED');
    }
  });

  it('are found in Claude Code tool inputs but not in tool results (output is not a parameter)', async () => {
    const dir = tempTree({
      '.agent-policy.yml': POLICY,
      'log.jsonl': [
        j({ type: 'assistant', sessionId: 's1', cwd: '/w/repo', timestamp: '2026-06-08T14:00:04Z', message: { id: 'm1', role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'Write', input: { file_path: '/w/repo/src/config.ts', content: `export const key = '${FAKE.anthropic}';` } }] } }),
        j({ type: 'user', sessionId: 's1', cwd: '/w/repo', timestamp: '2026-06-08T14:00:05Z', message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: `echo ${FAKE.aws}` }] } }),
      ].join('\n'),
    });
    const r = await replayIn(dir, ['log.jsonl']);
    expect(keys(r.findings, dir)).toEqual(['log.jsonl:1 replay-secret-in-log']);
    expect(r.findings[0]!.message).toBe('secret in logged parameters: Anthropic API key in Write.input.content (value redacted)');
  });
});

// The replay looks at a line's text before it walks the line's values for secrets
// (lineMayHoldSecret): a secret that only shows once the JSON is parsed (written with escapes,
// or under a key that upper-cases into a secret name) must still be found. Built CLI, real files.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempTree } from '../helpers/cli.js';
import { FAKE } from './fake-secrets.js';

const LOGS = join(FIXTURES, 'logs');

/** Every character as a \\u escape: the text of the line holds none of the secret's letters. */
const escaped = (s: string): string => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

describe('secrets that only the parsed line shows', { timeout: 120_000 }, () => {
  it('are found, on one thread and on workers, and never printed', () => {
    const dir = tempTree({});
    copyFileSync(join(LOGS, '.agent-policy.yml'), join(dir, '.agent-policy.yml'));
    const head = (n: number): string => `{"timestamp":"2026-06-08T14:00:0${n}Z","agent_id":"code-assistant-prod","action":"command.exec",`;
    const lines = [
      // The AWS key, every letter escaped.
      `${head(1)}"command":"aws s3 ls --key ${escaped(FAKE.aws)}","allowed":true}`,
      // An OpenAI key after an escaped newline: a word boundary only in the parsed text.
      `${head(2)}"command":"echo done\\n${FAKE.openai}","allowed":true}`,
      // A key that upper-cases into PASSWORD (long s), its value a secret.
      `{"timestamp":"2026-06-08T14:00:03Z","agent":"code-assistant-prod","action":"tool_invoke","tool":"run_command","parameters":{"command":"make","paſſword":"${FAKE.token}"},"result":"success"}`,
      // A JWT in an escaped header name.
      `${head(4)}"command":"curl -H '\\u0041uthorization: ${escaped('Bearer')} ${FAKE.jwt}' https://x.example.com","allowed":true}`,
      // Clean lines around them (their text alone shows they hold nothing).
      `${head(5)}"command":"npm test","allowed":true}`,
    ];
    writeFileSync(join(dir, 'esc.jsonl'), lines.join('\n') + '\n');
    const run = (env: Record<string, string>): Array<{ ruleId: string; line: number; message: string }> => {
      const r = runCli(['--agent-log', 'esc.jsonl', '--format', 'json'], { cwd: dir, env });
      for (const secret of [FAKE.aws, FAKE.openai, FAKE.token, FAKE.jwt]) expect(r.stdout).not.toContain(secret);
      return (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; line: number; message: string }> }).findings;
    };
    const one = run({ AGENT_POLICY_LINT_REPLAY_WORKERS: '0' });
    const secretLines = one.filter((f) => f.ruleId === 'replay-secret-in-log').map((f) => f.line).sort();
    expect(secretLines).toEqual([1, 2, 3, 4]);
    expect(one.find((f) => f.line === 3 && f.ruleId === 'replay-secret-in-log')!.message).toContain('value of paſſword');
    const split = run({ AGENT_POLICY_LINT_REPLAY_WORKERS: '2', AGENT_POLICY_LINT_REPLAY_PARALLEL_MIN: '0', AGENT_POLICY_LINT_REPLAY_SLICE: '300' });
    expect(split.map((f) => JSON.stringify(f)).sort()).toEqual(one.map((f) => JSON.stringify(f)).sort());
  });
});

// A Claude record's secrets are looked for in its tool inputs (its params): every secret in an
// input is found, written plainly or escaped, and nothing outside the inputs is.
describe('secrets in Claude tool inputs', { timeout: 120_000 }, () => {
  it('are found in every input, and only there', () => {
    const dir = tempTree({});
    copyFileSync(join(LOGS, '.agent-policy.yml'), join(dir, '.agent-policy.yml'));
    const record = (n: number, input: string, extra = ''): string =>
      `{"parentUuid":null,"cwd":"/work/repo","sessionId":"s1","type":"assistant","uuid":"u${n}","timestamp":"2026-06-08T14:00:0${n}Z","message":{"role":"assistant","content":[{"type":"tool_use","id":"toolu_${n}","name":"Bash","input":${input}}]${extra}}}`;
    const lines = [
      record(1, JSON.stringify({ command: `aws s3 ls --key ${FAKE.aws}` })),
      record(2, `{"command":"curl -H 'Authorization: ${escaped('Bearer')} ${FAKE.jwt}' https://x.example.com"}`),
      record(3, JSON.stringify({ command: 'make', env: { paſſword: FAKE.token } })),
      // A secret in the record but outside any tool input is not a logged parameter.
      record(4, JSON.stringify({ command: 'npm test' }), `,"note":"${FAKE.github}"`),
      record(5, JSON.stringify({ command: 'npm test' })),
    ];
    writeFileSync(join(dir, 'claude.jsonl'), lines.join('\n') + '\n');
    const r = runCli(['--agent-log', 'claude.jsonl', '--format', 'json'], { cwd: dir, env: { AGENT_POLICY_LINT_REPLAY_WORKERS: '0' } });
    for (const secret of [FAKE.aws, FAKE.jwt, FAKE.token]) expect(r.stdout).not.toContain(secret);
    const findings = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; line: number }> }).findings;
    expect(findings.filter((f) => f.ruleId === 'replay-secret-in-log').map((f) => f.line).sort()).toEqual([1, 2, 3]);
  });
});

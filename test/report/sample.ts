import { summarize, type Finding } from '../../src/report/finding.js';
import type { FormatContext } from '../../src/report/formatter.js';

/** Representative findings: positions and whole-file, hints, related, witness, awkward text. */
export const FINDINGS: Finding[] = [
  {
    ruleId: 'unknown-key',
    severity: 'error',
    message: 'permissions.network: unknown key "allow_outbund": 100% wrong, see a,b',
    file: '.agent-policy.yml',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 18,
    hint: 'did you mean "allow_outbound"?',
    helpUri: 'https://github.com/agent-policy-lint/agent-policy-lint/blob/main/docs/rules.md#unknown-key',
  },
  {
    ruleId: 'override-allow-in-root-deny',
    severity: 'warning',
    message: 'override allows what the root denies\nthe root deny wins',
    file: '.agent-policy.yml',
    line: 12,
    column: 10,
    related: [{ file: 'src/.agent-policy.override.yml', line: 4, column: 7, message: 'the override allow' }],
    witness: 'src/secrets/.env',
    helpUri: 'https://github.com/agent-policy-lint/agent-policy-lint/blob/main/docs/rules.md#override-allow-in-root-deny',
  },
  {
    ruleId: 'empty-file',
    severity: 'info',
    message: 'the file is empty',
    file: 'dir, with: odd%chars/.agent-policy.override.yml',
    line: 0,
    column: 0,
    helpUri: 'https://github.com/agent-policy-lint/agent-policy-lint/blob/main/docs/rules.md#empty-file',
  },
  {
    ruleId: 'replay-denied',
    severity: 'error',
    message: 'write to „src/日本語.ts“ was denied 🚫 by \u001b[31mred\u001b[0m rule | pipe',
    file: 'logs/agent.jsonl',
    line: 7,
    column: 1,
    witness: 'src/日本語.ts',
    data: { agentId: 'claude', op: 'write' },
    helpUri: 'https://github.com/agent-policy-lint/agent-policy-lint/blob/main/docs/rules.md#replay-denied',
  },
];

export const SUMMARY = summarize(FINDINGS, 3);

export function ctx(over: Partial<FormatContext> = {}): FormatContext {
  return { color: false, toolVersion: '0.1.0', cwd: '/work/repo', rulesMeta: new Map(), ...over };
}

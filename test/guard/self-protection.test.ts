// Built-in self-protection rules: shown by explain, not removable by an allow or an exception.
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';

const POLICY = `version: "2.1"
default_permissions:
  filesystem:
    allow: ["**"]
exceptions:
  - pattern: ".agent-logs/**"
    reason: "an attempt to carve the audit logs out"
`;
const OVERRIDE = `permissions:
  filesystem:
    allow: [".agent-logs/**"]
`;

describe('built-in self-protection', () => {
  const dir = tempTree({ '.agent-policy.yml': POLICY, '.agent-logs/.agent-policy.override.yml': OVERRIDE });

  const CASES: Array<[string, string, string]> = [
    ['.claude/settings.json', 'deny', '<built-in>:3'],
    ['.claude/settings.local.json', 'deny', '<built-in>:3'],
    ['.codex/config.toml', 'deny', '<built-in>:3'],
    ['.gemini/settings.json', 'deny', '<built-in>:3'],
    ['.cursor/hooks.json', 'deny', '<built-in>:3'],
    ['.github/hooks/agent-policy.json', 'deny', '<built-in>:3'],
    ['.agent-logs/s1.jsonl', 'deny', '<built-in>:1'],
    ['.git/agent-policy-lint/policy-0.json', 'deny', '<built-in>:1'],
    ['.agent-policy/bypasses/b1.json', 'deny', '<built-in>:2'],
    ['.agent-policy.yml', 'needs-approval', '<built-in>:4'],
    ['web/.agent-policy.override.yml', 'needs-approval', '<built-in>:4'],
    ['.git/config', 'deny', '<built-in>:5'],
    ['.git/hooks/pre-commit', 'deny', '<built-in>:5'],
    ['.husky/pre-commit', 'needs-approval', '<built-in>:6'],
    ['.pre-commit-config.yaml', 'needs-approval', '<built-in>:6'],
    ['lefthook.yml', 'needs-approval', '<built-in>:6'],
    ['.simple-git-hooks.json', 'needs-approval', '<built-in>:6'],
  ];

  it('explain shows each rule deciding its files, whatever the allows and exceptions say', () => {
    const r = runCli(['explain', ...CASES.map((c) => c[0]), '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const subjects = JSON.parse(r.stdout).subjects as Array<{ subject: string; outcome: string; rules: Array<{ matched: boolean; origin?: { file: string; line: number } }> }>;
    for (const [path, outcome, origin] of CASES) {
      const s = subjects.find((x) => x.subject === path)!;
      expect(s.outcome, path).toBe(outcome);
      const matched = s.rules.filter((x) => x.matched && x.origin?.file === '<built-in>').map((x) => `${x.origin!.file}:${x.origin!.line}`);
      expect(matched, path).toContain(origin);
    }
  });

  it('reading or writing ordinary files stays as the policy says', () => {
    const r = runCli(['explain', 'src/app.ts', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
  });
});

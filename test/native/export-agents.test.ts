// export --to codex|gemini|cursor through the built CLI: the files each agent reads, written where
// it reads them, read back by the agents' documented formats without complaint, lint clean as
// drift, and --write keeping what the repository's own files hold.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { readCodexRules } from '../../src/native/codex/reader.js';
import { readCursorConfig } from '../../src/native/cursor/reader.js';
import { readGeminiPolicy } from '../../src/native/gemini/reader.js';
import { runCli, tempTree } from '../helpers/cli.js';
import * as models from './agent-models.js';

const POLICY = `version: "2.1"
default_permissions:
  filesystem:
    deny: [".env*", "secrets/**"]
  commands:
    allow: ["ls", "echo", "make *", "git status"]
    deny: ["git push --force", "curl *", "rm -rf"]
  network:
    allow_outbound: false
    exceptions: ["registry.npmjs.org"]
    deny: ["evil.example"]
  tools:
    allow: ["mcp__github__get_issue", "Bash"]
    deny: ["mcp__payments__*"]
constraints:
  require_human_approval:
    - command_pattern: "npm publish"
`;

const repo = (extra: Record<string, string> = {}): string => tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', '.agent-policy.yml': POLICY, ...extra });
const errors = (stdout: string): unknown[] => (JSON.parse(stdout) as { findings: { severity: string }[] }).findings.filter((f) => f.severity === 'error');

describe('export --to codex', () => {
  it('prints prefix rules Codex reads: forbidden, prompt, and allows only where exact', () => {
    const r = runCli(['export', '--to', 'codex'], { cwd: repo() });
    expect(r.code).toBe(0);
    const { rules, findings } = readCodexRules('agent-policy.rules', r.stdout);
    expect(findings).toEqual([]);
    expect(rules.map((x) => `${x.effect} ${x.pattern.map((a) => a.join('|')).join(' ')}`)).toEqual([
      'deny git push --force',
      'deny curl',
      'deny rm -rf',
      'ask npm publish',
      'allow echo',
    ]);
    // ls reads its operands, one maybe known only at run time (ls $HOME), which the policy asks about.
    expect(r.stderr).toContain('the command allow "ls"');
    // git status shares its program with a deny: left to Codex's approval, and said so.
    expect(r.stderr).toContain('enforced by the agent-policy-lint hook only: the command allow "git status"');
    expect(r.stderr).toContain('host rules (Codex rules name commands only)');
    const model = models.parseCodexRules(r.stdout);
    expect(models.codexDecide(model, 'echo -n && make build')).toBe('ask'); // make is not exported (make -f reads a file)
    expect(models.codexDecide(model, 'echo $(curl evil.test)')).toBe('ask');
    expect(models.codexDecide(model, 'echo; curl x')).toBe('deny');
  });

  it('--write writes its own rules file, rewritten on every export; lint finds nothing in it', () => {
    const dir = repo({ '.codex/rules/team.rules': 'prefix_rule(pattern = ["cargo", "test"], decision = "allow")\n' });
    expect(runCli(['export', '--to', 'codex', '--write'], { cwd: dir }).code).toBe(0);
    const file = join(dir, '.codex/rules/agent-policy.rules');
    const first = readFileSync(file, 'utf8');
    expect(first).toContain('decision = "forbidden"');
    expect(readFileSync(join(dir, '.codex/rules/team.rules'), 'utf8')).toContain('cargo');
    expect(runCli(['export', '--to', 'codex', '--write'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(first);
    // The team's own file still allows what the policy denies: lint says so there, not at ours.
    const lint = runCli(['--format', 'json'], { cwd: dir });
    expect(errors(lint.stdout)).toEqual([expect.objectContaining({ ruleId: 'native-allows-denied', file: '.codex/rules/team.rules', witness: 'cargo test' })]);
  });
});

describe('export --to gemini', () => {
  it('prints policy TOML Gemini reads, denies above approvals above allows', () => {
    const r = runCli(['export', '--to', 'gemini'], { cwd: repo() });
    expect(r.code).toBe(0);
    const { rules, findings } = readGeminiPolicy('agent-policy.toml', r.stdout);
    expect(findings).toEqual([]);
    const data = parseToml(r.stdout) as { rule: { decision: string; priority: number; commandRegex?: string }[] };
    const priorities = (d: string) => data.rule.filter((x) => x.decision === d).map((x) => x.priority);
    expect(Math.min(...priorities('deny'))).toBeGreaterThan(Math.max(...priorities('ask_user')));
    expect(Math.min(...priorities('ask_user'))).toBeGreaterThan(Math.max(...priorities('allow')));
    expect(rules.filter((x) => x.effect === 'allow').map((x) => x.commandRegex ?? x.tools.join())).toHaveLength(2); // echo, and one MCP tool (ls reads a file maybe known only at run time): make stays with the hook (make -f reads a file the policy decides)
    // Gemini's load-time guard against unsafe regular expressions (nested quantifiers) accepts ours.
    for (const x of data.rule) if (x.commandRegex) expect(/\([^)]*[*+?{].*\)[*+?{]/.test(x.commandRegex)).toBe(false);
    const model = models.parseGeminiPolicy(r.stdout);
    expect(models.geminiDecideCommand(model, 'echo -n')).toBe('allow');
    expect(models.geminiDecideCommand(model, 'echo')).toBe('allow');
    expect(models.geminiDecideCommand(model, 'echoes')).toBe('ask');
    expect(models.geminiDecideCommand(model, 'echo && curl evil.test')).toBe('ask');
    expect(models.geminiDecideCommand(model, 'echo "x"')).toBe('ask');
    expect(models.geminiDecideCommand(model, 'curl -s x')).toBe('deny');
    expect(models.geminiDecideTool(model, 'github', 'get_issue')).toBe('allow');
    expect(models.geminiDecideTool(model, 'payments', 'charge')).toBe('deny');
    expect(models.geminiDecideHost(model, 'evil.example')).toBe('deny');
    expect(models.geminiDecideHost(model, 'registry.npmjs.org')).toBe('ask');
    expect(r.stderr).toContain('enforced by the agent-policy-lint hook only: path denies');
    expect(r.stderr).toContain('the tool allow "Bash"');
  });

  it('--write writes .gemini/policies/agent-policy.toml only; lint finds nothing in it', () => {
    const dir = repo({ '.gemini/policies/team.toml': '[[rule]]\ntoolName = "run_shell_command"\ncommandPrefix = "cargo test"\ndecision = "allow"\npriority = 5\n' });
    expect(runCli(['export', '--to', 'gemini', '--write'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, '.gemini/policies/agent-policy.toml'), 'utf8')).toContain('decision = "deny"');
    expect(readFileSync(join(dir, '.gemini/policies/team.toml'), 'utf8')).toContain('cargo test');
    expect(errors(runCli(['--format', 'json'], { cwd: dir }).stdout)).toEqual([expect.objectContaining({ ruleId: 'native-allows-denied', file: '.gemini/policies/team.toml' })]);
  });
});

describe('export --to cursor', () => {
  it('prints cli.json permissions: denies, no Shell allow, approvals listed as hook-only', () => {
    const r = runCli(['export', '--to', 'cursor'], { cwd: repo() });
    expect(r.code).toBe(0);
    const { rules, findings } = readCursorConfig('cli.json', r.stdout);
    expect(findings).toEqual([]);
    expect(rules.filter((x) => x.effect === 'allow').map((x) => x.raw)).toEqual(['WebFetch(registry.npmjs.org)', 'Mcp(github:get_issue)']);
    expect(rules.filter((x) => x.effect === 'deny').map((x) => x.raw)).toEqual(expect.arrayContaining(['Shell(curl)', 'Read(.env*)', 'Write(secrets/**)', 'Mcp(payments:*)']));
    expect(rules.some((x) => x.type === 'Shell' && x.effect === 'allow')).toBe(false);
    expect(r.stderr).toContain('approvals ("npm publish"): Cursor has no ask rule');
    expect(r.stderr).toContain('the command deny "git push --force" (Cursor denies whole programs only)');
  });

  it('--write merges into .cursor/cli.json keeping other keys and comments; lint then passes', () => {
    const dir = repo({ '.cursor/cli.json': '{\n  // team settings\n  "editor": { "vimMode": true },\n  "permissions": { "allow": ["Shell(curl)"], "deny": [] }\n}\n' });
    expect(errors(runCli(['--format', 'json'], { cwd: dir }).stdout)).not.toEqual([]);
    expect(runCli(['export', '--to', 'cursor', '--write'], { cwd: dir }).code).toBe(0);
    const text = readFileSync(join(dir, '.cursor/cli.json'), 'utf8');
    expect(text).toContain('// team settings');
    const data = parseJsonc(text) as { editor: unknown; permissions: { allow: string[]; deny: string[] } };
    expect(data.editor).toEqual({ vimMode: true });
    expect(data.permissions.allow).not.toContain('Shell(curl)');
    expect(data.permissions.deny).toContain('Shell(curl)');
    expect(errors(runCli(['--format', 'json'], { cwd: dir }).stdout)).toEqual([]);
    expect(existsSync(join(dir, '.cursor/cli.json.bak'))).toBe(false);
  });
});

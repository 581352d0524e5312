// export --to claude through the built CLI: never wider than the policy (checked with the
// independent Claude model), and --write keeps the settings file's other keys and comments.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { compilePolicy, decide } from '../../src/engine/index.js';
import { loadPolicySet } from '../../src/policy/index.js';
import { runCli, tempTree } from '../helpers/cli.js';
import * as claude from './claude-model.js';

const POLICY = `version: "2.1"
default_permissions:
  filesystem:
    deny: [".env*", "secrets/**"]
  commands:
    allow: ["npm test", "npm run lint", "git status", "git push", "ls", "echo"]
    deny: ["git push --force", "curl *", "rm -rf"]
  network:
    allow_outbound: false
    exceptions: ["registry.npmjs.org"]
  tools:
    allow: ["mcp__github__get_issue"]
    deny: ["mcp__payments__*"]
constraints:
  require_human_approval:
    - command_pattern: "npm publish"
`;

describe('export --to claude', () => {
  it('allows without asking only what the policy allows', async () => {
    const repo = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', '.agent-policy.yml': POLICY });
    const r = runCli(['export', '--to', 'claude'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('enforced by the agent-policy-lint hook only');
    const settings = JSON.parse(r.stdout) as { permissions: { allow: string[]; ask: string[]; deny: string[] } };
    // git and npm allows are met by a deny or approval of the same program: left to Claude's ask.
    // ls reads its operands, one maybe known only at run time (ls $HOME): left to Claude's ask too.
    expect(settings.permissions.allow).toEqual(['Bash(echo *)', 'WebFetch(domain:registry.npmjs.org)', 'mcp__github__get_issue']);
    expect(settings.permissions.deny).toEqual(expect.arrayContaining(['Bash(curl *)', 'Read(.env*)', 'Edit(secrets/**)', 'mcp__payments']));
    expect(settings.permissions.ask).toContain('Bash(npm publish *)');

    const loaded = await loadPolicySet({ cwd: repo });
    const compiled = compilePolicy(loaded.set!);
    const model: claude.ClaudeModel = { rules: claude.parseRules(settings.permissions), mode: 'default', project: repo, home: '/nonexistent-home', settingsDir: join(repo, '.claude') };
    const wider: string[] = [];
    const words = ['npm', 'test', 'run', 'lint', 'git', 'status', 'push', '--force', 'origin', 'ls', '-la', '$HOME', 'echo', 'curl', 'rm', '-rf', 'x', 'publish'];
    // Every command of up to three words from the policy's vocabulary, and pairs joined by &&.
    const commands: string[] = [];
    for (const a of words) for (const b of ['', ...words]) for (const c of ['', ...words.slice(0, 8)]) commands.push([a, b, c].filter(Boolean).join(' '));
    for (const c of commands.slice(0, 400)) commands.push(`${c} && git push --force`);
    for (const command of commands) {
      if (claude.decideCommand(model, command) !== 'allow') continue;
      const got = decide({ kind: 'command', command, cwd: repo }, compiled).outcome;
      if (got !== 'allow') wider.push(`${command}: Claude allows, policy ${got}`);
    }
    for (const host of ['registry.npmjs.org', 'evil.example', 'x.registry.npmjs.org']) {
      if (claude.decideHost(model, host) === 'allow' && decide({ kind: 'network', host, cwd: repo }, compiled).outcome !== 'allow') wider.push(host);
    }
    for (const tool of ['mcp__github__get_issue', 'mcp__github__merge', 'mcp__payments__charge']) {
      if (claude.decideTool(model, tool) === 'allow' && decide({ kind: 'tool', tool, cwd: repo }, compiled).outcome !== 'allow') wider.push(tool);
    }
    expect(wider).toEqual([]);
    expect(commands.length).toBeGreaterThan(1000);
  });

  it('--write merges into .claude/settings.json keeping other keys and comments, and lint then passes', () => {
    const repo = tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.agent-policy.yml': POLICY,
      '.claude/settings.json': '{\n  // our hooks\n  "hooks": { "Stop": [] },\n  "permissions": { "allow": ["Bash(curl:*)"] }\n}\n',
    });
    expect(runCli([], { cwd: repo }).code).toBe(1);
    const w = runCli(['export', '--to', 'claude', '--write'], { cwd: repo });
    expect(w.code).toBe(0);
    const text = readFileSync(join(repo, '.claude/settings.json'), 'utf8');
    expect(text).toContain('// our hooks');
    const data = parseJsonc(text) as { hooks: unknown; permissions: { allow: string[] } };
    expect(data.hooks).toEqual({ Stop: [] });
    expect(data.permissions.allow).not.toContain('Bash(curl:*)');
    const lint = runCli(['--format', 'json'], { cwd: repo });
    expect(JSON.parse(lint.stdout).findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(lint.code).toBe(0);
  });
});

// init --agent merges the guard into each agent's existing project configuration (keys and
// comments kept, a second run changes nothing), the installed command really runs the guard,
// and lint reports configurations that lack it or match only some tools.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { fixture, guardRepo } from './helpers.js';

const EXISTING: Record<string, string> = {
  '.claude/settings.json': '{\n  // team settings: keep this comment\n  "permissions": {"allow": ["Bash(npm test)"]},\n  "hooks": {\n    "PreToolUse": [{"matcher": "Bash", "hooks": [{"type": "command", "command": "./scripts/lint-hook.sh"}]}]\n  }\n}\n',
  '.codex/hooks.json': '{\n  // codex hooks\n  "hooks": {"Stop": [{"hooks": [{"type": "command", "command": "./notify.sh"}]}]}\n}\n',
  '.gemini/settings.json': '{\n  "theme": "GitHub", // keep\n  "tools": {"sandbox": true}\n}\n',
  '.cursor/hooks.json': '{\n  "version": 1,\n  "hooks": {\n    // format after edits\n    "afterFileEdit": [{"command": "./format.sh"}]\n  }\n}\n',
  '.github/hooks/agent-policy-lint.json': '{\n  "version": 1,\n  "hooks": {"sessionEnd": [{"type": "command", "bash": "./bye.sh"}]}\n}\n',
};

const KEPT: Record<string, string[]> = {
  '.claude/settings.json': ['// team settings: keep this comment', '"permissions": {"allow": ["Bash(npm test)"]}', './scripts/lint-hook.sh'],
  '.codex/hooks.json': ['// codex hooks', './notify.sh'],
  '.gemini/settings.json': ['"theme": "GitHub", // keep', '"tools": {"sandbox": true}'],
  '.cursor/hooks.json': ['// format after edits', './format.sh'],
  '.github/hooks/agent-policy-lint.json': ['./bye.sh'],
};

describe('init --agent', () => {
  it('merges the guard into existing settings of every agent, keeps keys and comments, and is idempotent', () => {
    const repo = guardRepo(EXISTING);
    const agents = ['claude', 'codex', 'gemini', 'cursor', 'copilot'].flatMap((a) => ['--agent', a]);
    const first = runCli(['init', ...agents], { cwd: repo });
    expect(first.code).toBe(0);
    for (const file of Object.keys(EXISTING)) {
      expect(first.stdout).toMatch(new RegExp(`updated +${file.replace(/[.*/]/g, '\\$&')}: the \\w+ guard on `));
      const text = readFileSync(join(repo, file), 'utf8');
      for (const k of KEPT[file]!) expect(text, file).toContain(k);
      expect(text).toContain('agent-policy-lint/dist/guard.cjs');
      expect(text).not.toContain('npx');
    }
    const claude = readFileSync(join(repo, '.claude/settings.json'), 'utf8');
    // Only inserted: the file up to the old PreToolUse entry is as it was.
    expect(claude.startsWith(EXISTING['.claude/settings.json']!.slice(0, EXISTING['.claude/settings.json']!.indexOf('./scripts/lint-hook.sh')))).toBe(true);
    const before = Object.keys(EXISTING).map((f) => readFileSync(join(repo, f), 'utf8'));
    const second = runCli(['init', ...agents], { cwd: repo });
    expect(second.code).toBe(0);
    for (const file of Object.keys(EXISTING)) expect(second.stdout).toMatch(new RegExp(`unchanged +${file.replace(/[.*/]/g, '\\$&')}`));
    expect(Object.keys(EXISTING).map((f) => readFileSync(join(repo, f), 'utf8'))).toEqual(before);
    // lint finds every agent guarded over every tool.
    const lint = runCli(['--format', 'json'], { cwd: repo });
    expect(JSON.parse(lint.stdout).findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('hook-'))).toEqual([]);

    // The installed commands run the guard from node_modules (no download) and block.
    mkdirSync(join(repo, 'node_modules'), { recursive: true });
    symlinkSync(REPO_ROOT, join(repo, 'node_modules', 'agent-policy-lint'));
    execFileSync('git', ['add', '-A'], { cwd: repo });
    const claudeCmd = JSON.parse(claude.replace(/\/\/.*$/gm, '')).hooks.PreToolUse[1].hooks[0].command as string;
    const viaClaude = spawnSync('bash', ['-c', claudeCmd], { cwd: join(repo, 'src'), input: fixture('claude', 'pre-bash-deny.json', repo), env: { ...process.env, CLAUDE_PROJECT_DIR: repo }, encoding: 'utf8' });
    expect(viaClaude.status).toBe(0);
    expect(JSON.parse(viaClaude.stdout).hookSpecificOutput.permissionDecision).toBe('deny');
    const copilot = JSON.parse(readFileSync(join(repo, '.github/hooks/agent-policy-lint.json'), 'utf8'));
    const viaCopilot = spawnSync('bash', ['-c', copilot.hooks.preToolUse[0].bash], { cwd: repo, input: fixture('copilot', 'pre-bash-deny.json', repo), encoding: 'utf8' });
    expect(JSON.parse(viaCopilot.stdout).permissionDecision).toBe('deny');
    // A guard that cannot start still blocks: exit 2, or Copilot's explicit deny.
    const broken = spawnSync('bash', ['-c', claudeCmd], { cwd: repo, input: '{}', env: { ...process.env, CLAUDE_PROJECT_DIR: '/nonexistent' }, encoding: 'utf8' });
    expect(broken.status).toBe(2);
    const brokenCopilot = spawnSync('bash', ['-c', copilot.hooks.preToolUse[0].bash], { cwd: join(repo, 'src'), input: '{}', encoding: 'utf8' });
    expect(JSON.parse(brokenCopilot.stdout).permissionDecision).toBe('deny');
  }, 60_000);

  it('lint reports agents without the guard, and a guard matching only some tools', () => {
    const repo = guardRepo({
      '.claude/settings.json': '{"hooks": {"PreToolUse": [{"matcher": "Bash", "hooks": [{"type": "command", "command": "agent-policy-lint hook --agent claude"}]}]}}\n',
      '.gemini/settings.json': '{"theme": "GitHub"}\n',
      '.cursor/hooks.json': '{"version": 1, "hooks": {"beforeShellExecution": [{"command": "npx agent-policy-lint hook --agent cursor"}]}}\n',
    });
    const r = runCli(['--format', 'json'], { cwd: repo });
    const found = (JSON.parse(r.stdout).findings as Array<{ ruleId: string; file: string; message: string }>).filter((f) => f.ruleId.startsWith('hook-'));
    expect(found.map((f) => [f.ruleId, f.file]).sort()).toEqual([
      ['hook-matcher-partial', '.claude/settings.json'],
      ['hook-matcher-partial', '.cursor/hooks.json'],
      ['hook-not-installed', '.gemini/settings.json'],
    ]);
    expect(found.find((f) => f.file === '.claude/settings.json')!.message).toContain('Write, Edit');
    expect(found.find((f) => f.file === '.cursor/hooks.json')!.message).toContain('beforeReadFile, beforeMCPExecution');
  });
});

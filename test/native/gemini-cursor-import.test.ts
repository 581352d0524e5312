// Import and drift for Gemini CLI policies and Cursor CLI permissions: each imported policy lints
// clean and is never more permissive than the agent's documented matching.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePolicy, decide, type Action } from '../../src/engine/index.js';
import { importNative } from '../../src/native/index.js';
import { loadPolicySet } from '../../src/policy/index.js';
import { FIXTURES, runCli, tempTree } from '../helpers/cli.js';

type Verdict = 'allow' | 'ask' | 'deny';
const RANK: Record<Verdict, number> = { deny: 0, ask: 1, allow: 2 };
const verdict = (o: string): Verdict => (o === 'allow' ? 'allow' : o === 'deny' ? 'deny' : 'ask');

function repoWith(files: Record<string, string>): string {
  const repo = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n' });
  for (const [from, to] of Object.entries(files)) {
    mkdirSync(join(repo, to, '..'), { recursive: true });
    copyFileSync(join(FIXTURES, 'native', from), join(repo, to));
  }
  return repo;
}

async function imported(agent: 'gemini' | 'cursor', repo: string) {
  const result = importNative({ agent, files: [], root: repo, cwd: repo });
  writeFileSync(join(repo, '.agent-policy.yml'), result.yaml);
  const loaded = await loadPolicySet({ cwd: repo });
  expect(loaded.findings).toEqual([]);
  return { result, compiled: compilePolicy(loaded.set!) };
}

function widerThan(compiled: ReturnType<typeof compilePolicy>, repo: string, table: [Action, Verdict][]): string[] {
  return table.flatMap(([action, agent]) => {
    const got = verdict(decide({ ...action, cwd: repo }, compiled).outcome);
    return RANK[got] > RANK[agent] ? [`${JSON.stringify(action)}: policy ${got}, agent ${agent}`] : [];
  });
}

const cmd = (command: string): Action => ({ kind: 'command', command });

describe('import --from gemini', () => {
  it('is never more permissive than Gemini CLI (highest priority wins, default ask)', async () => {
    const repo = repoWith({ 'gemini/policies/project.toml': '.gemini/policies/project.toml' });
    const { result, compiled } = await imported('gemini', repo);
    expect(result.yaml).toContain('# .gemini/policies/project.toml:2  toolName=run_shell_command commandPrefix=git status|git diff|npm test');
    // Gemini matches "rm -rf" as text: "rm -rfv /" too. The deny must cover it.
    expect(decide({ kind: 'command', command: 'rm -rfv /', cwd: repo }, compiled).outcome).toBe('deny');
    expect(decide({ kind: 'command', command: 'git status --short', cwd: repo }, compiled).outcome).toBe('allow');
    expect(result.findings.filter((f) => f.ruleId === 'native-file-invalid').map((f) => f.line)).toEqual([44]);
    const table: [Action, Verdict][] = [
      [cmd('git status'), 'allow'], [cmd('git diff HEAD'), 'allow'], [cmd('npm test'), 'allow'], [cmd('npm install'), 'ask'],
      [cmd('rm -rf /'), 'deny'], [cmd('rm -rfv /'), 'deny'], [cmd('git push origin main'), 'ask'], [cmd('curl https://x.example'), 'deny'],
      [cmd('./deploy.sh'), 'ask'], [cmd('sudo npm test'), 'ask'], [cmd('npm test && curl x'), 'deny'],
      [{ kind: 'tool', tool: 'mcp__github__get_issue' }, 'allow'], [{ kind: 'tool', tool: 'mcp__github__merge' }, 'ask'],
      [{ kind: 'network', host: 'example.com' }, 'ask'], [{ kind: 'filesystem', op: 'write', paths: ['src/a.ts'] }, 'ask'],
    ];
    expect(widerThan(compiled, repo, table)).toEqual([]);
  });
});

describe('import --from cursor', () => {
  it('is never more permissive than Cursor (deny wins, default ask)', async () => {
    const repo = repoWith({ 'cursor/cli.json': '.cursor/cli.json' });
    const { result, compiled } = await imported('cursor', repo);
    expect(result.yaml).toContain('# .cursor/cli.json:4  Shell(git)');
    expect(result.findings.some((f) => f.ruleId === 'native-rule-never-applies' && f.line === 18)).toBe(true);
    const table: [Action, Verdict][] = [
      [cmd('git status'), 'allow'], [cmd('git push --force'), 'allow'], [cmd('npm install'), 'allow'], [cmd('rm -rf /'), 'deny'], [cmd('rm x'), 'deny'],
      [cmd('./deploy.sh'), 'ask'], [cmd('docker ps'), 'ask'], [cmd('docker run x'), 'ask'], [cmd('curl x'), 'ask'], [cmd('sudo git status'), 'ask'],
      [{ kind: 'filesystem', op: 'read', paths: ['.env'] }, 'deny'], [{ kind: 'filesystem', op: 'read', paths: ['src/.env.local'] }, 'deny'],
      [{ kind: 'filesystem', op: 'write', paths: ['docs/a.md'] }, 'allow'], [{ kind: 'filesystem', op: 'write', paths: ['a/b.key'] }, 'deny'],
      [{ kind: 'filesystem', op: 'write', paths: ['src/a.ts'] }, 'ask'], [{ kind: 'network', host: 'docs.example.com' }, 'allow'],
      [{ kind: 'network', host: 'evil.example' }, 'ask'], [{ kind: 'tool', tool: 'mcp__github__get_issue' }, 'allow'],
      [{ kind: 'tool', tool: 'mcp__payments__charge' }, 'deny'], [{ kind: 'tool', tool: 'mcp__other__x' }, 'ask'],
    ];
    expect(widerThan(compiled, repo, table)).toEqual([]);
  });

  it('lint reports a Cursor allow the policy denies at its line', () => {
    const repo = repoWith({ 'cursor/cli.json': '.cursor/cli.json', 'gemini/policies/project.toml': '.gemini/policies/project.toml' });
    writeFileSync(join(repo, '.agent-policy.yml'), 'version: "2.1"\ndefault_permissions:\n  commands:\n    deny: ["git push", "npm test"]\n');
    const r = runCli(['--format', 'json'], { cwd: repo });
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings as { ruleId: string; file: string; line: number; witness?: string }[];
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: 'native-allows-denied', file: '.cursor/cli.json', line: 4, witness: 'git push' }),
        expect.objectContaining({ ruleId: 'native-allows-denied', file: '.cursor/cli.json', line: 5, witness: 'npm test' }),
        expect.objectContaining({ ruleId: 'native-allows-denied', file: '.gemini/policies/project.toml', line: 2, witness: 'npm test' }),
      ]),
    );
  });
});

import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { findOverrides, findRootPolicy, loadPolicySet } from '../../src/policy/index.js';
import { tempTree } from '../helpers/cli.js';
import { problems } from './helpers.js';

const ROOT = 'version: "2.1"\ndefault_permissions:\n  filesystem:\n    deny: [".env*"]\n';
const OVERRIDE = 'permissions:\n  filesystem:\n    allow: ["x/**"]\n';

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

describe('finding the root policy', () => {
  it('walks up from the working directory', async () => {
    const dir = tempTree({ '.git/HEAD': '', '.agent-policy.yml': ROOT, 'a/b/c/file.txt': '' });
    const loaded = await loadPolicySet({ cwd: join(dir, 'a/b/c') });
    expect(loaded.set?.root.file).toBe(join(dir, '.agent-policy.yml'));
    expect(loaded.set?.root.root).toBe(dir);
  });

  it('takes the nearest one, and .yaml as well as .yml', async () => {
    const dir = tempTree({ '.git/HEAD': '', '.agent-policy.yml': ROOT, 'pkg/.agent-policy.yaml': ROOT });
    expect(findRootPolicy(join(dir, 'pkg'), () => false)).toBeUndefined();
    const loaded = await loadPolicySet({ cwd: join(dir, 'pkg') });
    expect(loaded.set?.root.file).toBe(join(dir, 'pkg/.agent-policy.yaml'));
  });

  it('stops at the repository root: a policy above it is not used', async () => {
    const outer = tempTree({ '.agent-policy.yml': ROOT, 'repo/.git/HEAD': '', 'repo/src/x.ts': '' });
    const loaded = await loadPolicySet({ cwd: join(outer, 'repo/src') });
    expect(loaded.set).toBeUndefined();
    expect(loaded.files).toEqual([]);
    expect(loaded.findings).toEqual([
      expect.objectContaining({ ruleId: 'no-policy', severity: 'error', file: join(outer, 'repo/src'), line: 0, column: 0 }),
    ]);
    expect(loaded.findings[0]!.hint).toContain('agent-policy-lint init');
  });

  it('outside a repository, walks up to the file-system root', async () => {
    const dir = tempTree({ '.agent-policy.yml': ROOT, 'deep/er/x': '' });
    const loaded = await loadPolicySet({ cwd: join(dir, 'deep/er') });
    expect(loaded.set?.root.file).toBe(join(dir, '.agent-policy.yml'));
  });

  it('--config names the file; an unreadable one is a usage error (exit 2)', async () => {
    const dir = tempTree({ 'policies/main.yml': ROOT, 'adir/x': '' });
    const loaded = await loadPolicySet({ cwd: dir, config: 'policies/main.yml' });
    expect(loaded.set?.root.root).toBe(join(dir, 'policies'));
    await expect(loadPolicySet({ cwd: dir, config: 'missing.yml' })).rejects.toBeInstanceOf(UsageError);
    await expect(loadPolicySet({ cwd: dir, config: 'adir' })).rejects.toThrow(/directory/);
    const viaCallback = loadPolicySet({ cwd: dir, config: 'policies/main.yml', readFile: () => undefined });
    await expect(viaCallback).rejects.toBeInstanceOf(UsageError);
  });
});

describe('finding overrides', () => {
  it('in a git work tree: tracked and untracked-but-not-ignored files, not ignored ones', async () => {
    const dir = tempTree({
      '.agent-policy.yml': ROOT,
      '.gitignore': 'ignored/\n',
      'tracked/.agent-policy.override.yml': OVERRIDE,
      'untracked/deep/.agent-policy.override.yml': OVERRIDE,
      'ignored/.agent-policy.override.yml': OVERRIDE,
      'yamlext/.agent-policy.override.yaml': OVERRIDE,
      'notanoverride/agent-policy.override.yml': OVERRIDE,
    });
    git(dir, 'init', '-q');
    git(dir, 'add', '.gitignore', 'tracked');
    expect(findOverrides(dir).map((f) => f.slice(dir.length + 1))).toEqual([
      'tracked/.agent-policy.override.yml',
      'untracked/deep/.agent-policy.override.yml',
      'yamlext/.agent-policy.override.yaml',
    ]);
    const loaded = await loadPolicySet({ cwd: dir });
    expect(loaded.set?.overrides.map((o) => o.dir)).toEqual(['tracked', 'untracked/deep', 'yamlext']);
  });

  it('a tracked override deleted from the work tree is not part of the policy', async () => {
    const dir = tempTree({ '.agent-policy.yml': ROOT, 'gone/.agent-policy.override.yml': OVERRIDE });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    rmSync(join(dir, 'gone/.agent-policy.override.yml'));
    const loaded = await loadPolicySet({ cwd: dir });
    expect(loaded.findings).toEqual([]);
    expect(loaded.set?.overrides).toEqual([]);
  });

  it('outside git: a walk that skips .git and node_modules', () => {
    const dir = tempTree({
      '.agent-policy.yml': ROOT,
      'a/.agent-policy.override.yml': OVERRIDE,
      'node_modules/pkg/.agent-policy.override.yml': OVERRIDE,
      'b/c/.agent-policy.override.yml': OVERRIDE,
    });
    expect(findOverrides(dir).map((f) => f.slice(dir.length + 1))).toEqual([
      'a/.agent-policy.override.yml',
      'b/c/.agent-policy.override.yml',
    ]);
  });

  it('stops at a nested root policy: overrides below it belong to that project, in git and outside it', async () => {
    const files = {
      '.agent-policy.yml': ROOT,
      'app/.agent-policy.override.yml': OVERRIDE,
      'fixtures/demo/.agent-policy.yml': ROOT,
      'fixtures/demo/web/.agent-policy.override.yml': OVERRIDE,
    };
    const plain = tempTree(files);
    expect(findOverrides(plain)).toEqual([join(plain, 'app/.agent-policy.override.yml')]);
    const repo = tempTree({ ...files, '.git/HEAD': '' });
    rmSync(join(repo, '.git'), { recursive: true });
    git(repo, 'init', '-q');
    const loaded = await loadPolicySet({ cwd: repo });
    expect(loaded.set?.overrides.map((o) => o.dir)).toEqual(['app']);
    const nested = await loadPolicySet({ cwd: join(repo, 'fixtures/demo') });
    expect(nested.set?.overrides.map((o) => o.dir)).toEqual(['web']);
  });

  it('a broken override leaves no policy set: its denies must not be silently dropped', async () => {
    const dir = tempTree({ '.agent-policy.yml': ROOT, 'web/.agent-policy.override.yml': 'permissions:\n  filesystem:\n    deny: [".env*"\n' });
    const loaded = await loadPolicySet({ cwd: dir });
    expect(problems(loaded.findings)).toEqual(['yaml-syntax 3:11']);
    expect(loaded.set).toBeUndefined();
  });
});

describe('reading through callbacks (the staged index)', () => {
  it('uses readFile for the root and overrideFiles for the overrides', async () => {
    const dir = tempTree({ '.git/HEAD': '', '.agent-policy.yml': 'version: "2.1"\n' });
    const index = new Map([
      [join(dir, '.agent-policy.yml'), ROOT],
      [join(dir, 'web/.agent-policy.override.yml'), OVERRIDE],
    ]);
    const loaded = await loadPolicySet({
      cwd: dir,
      readFile: (p) => index.get(p),
      overrideFiles: () => [join(dir, 'web/.agent-policy.override.yml')],
    });
    expect(loaded.set?.root.permissions.filesystem.deny.map((r) => r.pattern)).toEqual(['.env*']);
    expect(loaded.set?.overrides.map((o) => o.dir)).toEqual(['web']);
  });

  it('finds the root through readFile: a file only on disk does not count', async () => {
    const dir = tempTree({ '.git/HEAD': '', '.agent-policy.yml': ROOT });
    const loaded = await loadPolicySet({ cwd: dir, readFile: () => undefined, overrideFiles: () => [] });
    expect(loaded.findings.map((f) => f.ruleId)).toEqual(['no-policy']);
  });
});

describe('the policy model', () => {
  it('maps 1.0 permissions and 2.x default_permissions to the same model, with origins', async () => {
    const v1 = tempTree({ '.agent-policy.yml': 'version: "1.0"\npermissions:\n  filesystem:\n    deny: [".env*"]\n' });
    const v2 = tempTree({ '.agent-policy.yml': ROOT });
    const a = (await loadPolicySet({ cwd: v1 })).set!.root;
    const b = (await loadPolicySet({ cwd: v2 })).set!.root;
    expect(a.permissions.filesystem.deny).toEqual([
      { pattern: '.env*', origin: { file: join(v1, '.agent-policy.yml'), pointer: '/permissions/filesystem/deny/0', line: 4, column: 12 } },
    ]);
    expect(b.permissions.filesystem.deny).toEqual([
      { pattern: '.env*', origin: { file: join(v2, '.agent-policy.yml'), pointer: '/default_permissions/filesystem/deny/0', line: 4, column: 12 } },
    ]);
    expect(a.versionOrigin).toMatchObject({ pointer: '/version', line: 1, column: 10 });
  });

  it('folds risk tiers into allows, approvals and denies, marked with their tier', async () => {
    const dir = tempTree({
      '.agent-policy.yml': [
        'version: "2.1"',
        'risk_tiers:',
        '  automatic: { commands: ["npm test"] }',
        '  logged: { tools: ["mcp__github__create_issue"], hosts: ["api.github.com"] }',
        '  approval: { files: ["Dockerfile"], tools: ["mcp__github__merge_pull_request"] }',
        '  blocked: { files: ["infra/**"], commands: ["terraform apply*"], hosts: ["db.prod.example.com"] }',
        '',
      ].join('\n'),
    });
    const { root } = (await loadPolicySet({ cwd: dir })).set!;
    const p = root.permissions;
    expect(p.commands.allow).toMatchObject([{ pattern: 'npm test', tier: 'automatic' }]);
    expect(p.tools.allow).toMatchObject([{ pattern: 'mcp__github__create_issue', tier: 'logged' }]);
    expect(p.network.exceptions).toMatchObject([{ pattern: 'api.github.com', tier: 'logged' }]);
    expect(root.constraints.requireHumanApproval).toMatchObject([
      { kind: 'file', pattern: 'Dockerfile', tier: 'approval' },
      { kind: 'tool', pattern: 'mcp__github__merge_pull_request', tier: 'approval' },
    ]);
    expect(p.filesystem.deny).toMatchObject([{ pattern: 'infra/**', tier: 'blocked', origin: { line: 6, column: 22 } }]);
    expect(p.commands.deny).toMatchObject([{ pattern: 'terraform apply*', tier: 'blocked' }]);
    expect(p.network.deny).toMatchObject([{ pattern: 'db.prod.example.com', tier: 'blocked' }]);
  });

  it('reads ./ patterns as the engine must (a deny written ./secrets/** still protects)', async () => {
    const dir = tempTree({
      '.agent-policy.yml': 'version: "2.1"\ndefault_permissions:\n  filesystem:\n    deny: ["./secrets/**", "./.env"]\n',
    });
    const loaded = await loadPolicySet({ cwd: dir });
    expect(problems(loaded.findings)).toEqual(['dot-slash-pattern 4:13']);
    expect(loaded.set!.root.permissions.filesystem.deny).toMatchObject([
      { pattern: 'secrets/**', written: './secrets/**' },
      { pattern: './.env' },
    ]);
  });

  it('reads agents, git rules, bypass, budgets, audit and agent detection', async () => {
    const dir = tempTree({
      '.agent-policy.yml': [
        'version: "2.1"',
        'agents:',
        '  - id: bot',
        '    trust_level: read_only',
        '    permissions: { filesystem: { deny: ["docs/**"] } }',
        'git: { protected_branches: [main], allowed_branch_prefixes: [agent/] }',
        'bypass: { max_duration: 1h30m, approvers: ["*@example.com"] }',
        'budgets: { max_files_per_pr: 20, alert_threshold: 0.5 }',
        'audit: { log_all_actions: true, retention_days: 90 }',
        'agent_detection: { logins: ["x[bot]", { login: robo, agent: robo-coder }], env: [{ name: AGENT, agent: $value }], builtin_env: false }',
        '',
      ].join('\n'),
    });
    const { root } = (await loadPolicySet({ cwd: dir })).set!;
    expect(root.agents).toMatchObject([{ id: 'bot', trustLevel: 'read_only', origin: { line: 3, column: 9 } }]);
    expect(root.agents[0]!.permissions!.filesystem.deny.map((r) => r.pattern)).toEqual(['docs/**']);
    expect(root.git).toMatchObject({ protectedBranches: [{ pattern: 'main' }], allowedBranchPrefixes: ['agent/'] });
    expect(root.bypass).toMatchObject({ maxDurationMinutes: 90, requireApprover: true, approvers: ['*@example.com'] });
    expect(root.budgets).toMatchObject({ maxFilesPerPr: 20, alertThreshold: 0.5 });
    expect(root.audit).toEqual({ logAllActions: true, retentionDays: 90 });
    expect(root.agentDetection).toEqual({
      logins: [{ value: 'x[bot]' }, { value: 'robo', agent: 'robo-coder' }],
      emails: [],
      branchPrefixes: [],
      env: [{ name: 'AGENT', agent: '$value' }],
      builtinEnv: false,
    });
  });

  it('builds a set when there are only warnings', async () => {
    const dir = tempTree({ '.agent-policy.yml': 'version: 2.1\n' });
    const loaded = await loadPolicySet({ cwd: dir });
    expect(problems(loaded.findings)).toEqual(['unquoted-version 1:10']);
    expect(loaded.set?.root.version).toBe('2.1');
  });

  it('never puts __proto__ keys on a prototype', async () => {
    const dir = tempTree({ '.agent-policy.yml': 'version: "2.1"\n__proto__: { polluted: true }\n' });
    const loaded = await loadPolicySet({ cwd: dir });
    expect(problems(loaded.findings)).toEqual(['unknown-key 2:1']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

it('an override file beside a nested policy belongs to that policy only', async () => {
  const dir = tempTree({ '.agent-policy.yml': ROOT, 'a/.agent-policy.override.yml': OVERRIDE, 'b/x': '' });
  mkdirSync(join(dir, 'b/c'), { recursive: true });
  writeFileSync(join(dir, 'b/.agent-policy.yml'), ROOT);
  const loaded = await loadPolicySet({ cwd: join(dir, 'b/c') });
  expect(loaded.set?.root.file).toBe(join(dir, 'b/.agent-policy.yml'));
  expect(loaded.set?.overrides).toEqual([]);
});

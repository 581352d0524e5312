// A search (Grep, Glob) reads what its glob can match below its directory: decided on automata
// (src/agent-tools/search.ts), each witness path then decided as a read by the engine.
import { describe, expect, it } from 'vitest';
import { searchLanguage, searchReads } from '../../src/agent-tools/search.js';
import { compilePolicy, type CompiledPolicy } from '../../src/engine/files.js';
import { loadPolicySet } from '../../src/policy/index.js';
import { tempTree } from '../helpers/cli.js';
import { fixture, guardRepo, runHook } from './helpers.js';

async function policy(yaml: string, files: Record<string, string> = {}): Promise<CompiledPolicy> {
  const dir = tempTree({ '.agent-policy.yml': yaml, ...files });
  const loaded = await loadPolicySet({ cwd: dir });
  if (!loaded.set) throw new Error(JSON.stringify(loaded.findings));
  return compilePolicy(loaded.set);
}

const SECRETS = 'version: "2.1"\ndefault_permissions:\n  filesystem:\n    allow: ["**"]\n    deny: ["secrets/**", "*.key"]\n';
const SECRETS_ONLY = 'version: "2.1"\ndefault_permissions:\n  filesystem:\n    allow: ["**"]\n    deny: ["secrets/**"]\n';

describe('searchReads', () => {
  it('a glob whose language meets a deny pattern gives a witness the deny matches', async () => {
    const cp = await policy(SECRETS);
    const r = searchReads(cp, { dir: '.', glob: '**/*.pem' });
    expect(r.status).toBe('ok');
    const paths = r.status === 'ok' ? r.paths : [];
    expect(paths.some((p) => p.startsWith('secrets/') && p.endsWith('.pem'))).toBe(true);
  });

  it('a directory and glob that cannot reach a denied path give no witness', async () => {
    const cp = await policy(SECRETS_ONLY);
    expect(searchReads(cp, { dir: 'src', glob: '**/*.ts' })).toEqual({ status: 'ok', paths: [], dir: 'src' });
    expect(searchReads(cp, { dir: '.', glob: 'src/**' })).toEqual({ status: 'ok', paths: [], dir: '.' });
  });

  it('a name glob (no slash) matches at any depth, as ripgrep reads it', async () => {
    const cp = await policy(SECRETS);
    const r = searchReads(cp, { dir: '.', glob: '*.pem' });
    expect(r.status === 'ok' && r.paths.some((p) => p.startsWith('secrets/'))).toBe(true);
  });

  it('deny patterns match case-insensitively, any-depth names included', async () => {
    const cp = await policy(SECRETS);
    const r = searchReads(cp, { dir: 'src', glob: '**/*.KEY' });
    expect(r.status === 'ok' && r.paths.some((p) => p.toLowerCase().endsWith('.key'))).toBe(true);
  });

  it('a search without a glob reads everything below its directory; an allow list it leaves gives a witness', async () => {
    const cp = await policy('version: "2.1"\ndefault_permissions:\n  filesystem:\n    allow: ["src/**"]\n');
    const r = searchReads(cp, { dir: '.' });
    expect(r.status === 'ok' && r.paths.some((p) => !p.startsWith('src'))).toBe(true);
    expect(searchReads(cp, { dir: 'src' })).toEqual({ status: 'ok', paths: [], dir: 'src' });
  });

  it('an override deny is searched for only below its directory', async () => {
    const cp = await policy('version: "2.1"\ndefault_permissions:\n  filesystem:\n    allow: ["**"]\n', {
      'pkg/.agent-policy.override.yml': 'version: "2.1"\npermissions:\n  filesystem:\n    deny: ["*.sql"]\n',
    });
    const r = searchReads(cp, { dir: '.', glob: '**/*.sql' });
    expect(r.status === 'ok' && r.paths.some((p) => p.startsWith('pkg/') && p.endsWith('.sql'))).toBe(true);
    expect(searchReads(cp, { dir: 'src', glob: '**/*.sql' })).toEqual({ status: 'ok', paths: [], dir: 'src' });
  });

  it('unreadable globs read everything below the directory (never less)', async () => {
    expect(searchLanguage('src', '../secrets/*').source).toBe('src(?:/(?:[^]*))?');
    expect(searchLanguage('src', '!(a)').source).toBe('src(?:/(?:[^]*))?');
    const cp = await policy(SECRETS);
    const r = searchReads(cp, { dir: '.', glob: '/etc/**' });
    expect(r.status === 'ok' && r.paths.some((p) => p.startsWith('secrets/'))).toBe(true);
  });

  it('reads an absolute directory inside the repository, and a path naming a file, as the agent gives them', async () => {
    const cp = await policy(SECRETS_ONLY);
    expect(searchReads(cp, { dir: `${cp.root}/src`, glob: '**/*.ts' })).toEqual({ status: 'ok', paths: [], dir: 'src' });
    const file = searchReads(cp, { dir: `${cp.root}/secrets/id.pem` });
    expect(file.status === 'ok' && file.paths.some((p) => p.startsWith('secrets/id.pem'))).toBe(true);
    const relative = searchReads(cp, { dir: 'secrets' }, { cwd: cp.root });
    expect(relative.status === 'ok' && relative.paths.length > 0).toBe(true);
  });

  it('a directory outside the repository is left to the directory read', async () => {
    const cp = await policy(SECRETS);
    expect(searchReads(cp, { dir: '/etc', glob: '*' })).toEqual({ status: 'outside' });
  });
});

describe('hook --agent claude: Grep and Glob through the built CLI', () => {
  it('denies a Grep whose glob reaches a denied directory, naming a witness path', async () => {
    const repo = guardRepo({ '.agent-policy.yml': SECRETS });
    const r = await runHook(['--agent', 'claude'], fixture('claude', 'pre-grep-glob-deny.json', repo), { cwd: repo });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { hookSpecificOutput: { permissionDecision: string; permissionDecisionReason: string } };
    expect(out.hookSpecificOutput.permissionDecision).toBe('deny');
    expect(out.hookSpecificOutput.permissionDecisionReason).toMatch(/can read "secrets\/[^"]*\.pem"/);
    expect(out.hookSpecificOutput.permissionDecisionReason).toContain('secrets/**');
  });

  it('allows a Glob whose language stays inside allowed paths', async () => {
    const repo = guardRepo({ '.agent-policy.yml': SECRETS_ONLY });
    const r = await runHook(['--agent', 'claude'], fixture('claude', 'pre-glob-allow.json', repo), { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('"deny"');
    expect(r.stdout).not.toContain('"ask"');
    // The same Glob is denied once the policy denies a name it can reach (any depth, any case).
    const env = guardRepo({ '.agent-policy.yml': SECRETS_ONLY.replace('"secrets/**"', '"secrets/**", ".ENV*"') });
    const denied = await runHook(['--agent', 'claude'], fixture('claude', 'pre-glob-allow.json', env), { cwd: env });
    expect(denied.stdout).toContain('"permissionDecision":"deny"');
    expect(denied.stdout).toMatch(/can read \\"src\/[^"\\]*\.env[^"\\]*\.ts\\"/i);
  });
});

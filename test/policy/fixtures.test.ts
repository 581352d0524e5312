import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicyText, loadPolicySet } from '../../src/policy/index.js';
import { FIXTURES } from '../helpers/cli.js';
import { expectations, filesUnder, problems, read } from './helpers.js';

const INVALID = join(FIXTURES, 'policies/invalid');
const VALID = join(FIXTURES, 'policies/valid');
const SETS = join(FIXTURES, 'policies/sets');
const SEEDS = join(FIXTURES, 'seeds');

describe('invalid policy fixtures: each yields exactly its expected finding at its line and column', () => {
  const files = readdirSync(INVALID).sort();
  it('there are many of them, and each names its expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
    for (const f of files) if (f !== 'empty.yml') expect(expectations(read(join(INVALID, f))), f).toHaveLength(1);
  });
  for (const f of files) {
    it(f, async () => {
      const path = join(INVALID, f);
      const text = read(path);
      const want = f === 'empty.yml' ? ['empty-policy 1:1'] : expectations(text);
      // Through the loader, as the CLI reads it (no override files live beside these fixtures).
      const loaded = await loadPolicySet({ cwd: INVALID, config: f });
      expect(problems(loaded.findings)).toEqual(want);
      expect(loaded.files).toEqual([path]);
      // Anything reported as an error leaves no policy to act on.
      if (loaded.findings.some((x) => x.severity === 'error')) expect(loaded.set).toBeUndefined();
      else expect(loaded.set).toBeDefined();
    });
  }
});

describe('valid policy fixtures', () => {
  for (const f of readdirSync(VALID).sort()) {
    it(`${f} has no problems and builds a policy set`, async () => {
      const loaded = await loadPolicySet({ cwd: VALID, config: f });
      expect(problems(loaded.findings)).toEqual([]);
      expect(loaded.set?.root.file).toBe(join(VALID, f));
      expect(loaded.set?.overrides).toEqual([]);
    });
  }
});

describe('policy sets (root and overrides)', () => {
  for (const name of readdirSync(SETS).sort()) {
    it(name, async () => {
      const dir = join(SETS, name);
      const loaded = await loadPolicySet({ cwd: dir });
      const yml = filesUnder(dir).filter((p) => /\.ya?ml$/.test(p));
      for (const file of yml) {
        expect(problems(loaded.findings, file), file).toEqual(expectations(read(file)).sort());
      }
      // No finding about a file the set does not hold.
      for (const f of loaded.findings) expect(yml).toContain(f.file);
      expect(loaded.files.sort()).toEqual(yml.sort());
      const anyError = loaded.findings.some((f) => f.severity === 'error');
      expect(loaded.set === undefined).toBe(anyError);
    });
  }

  it('valid-overrides builds the overrides with their directories and origins', async () => {
    const dir = join(SETS, 'valid-overrides');
    const { set } = await loadPolicySet({ cwd: join(dir, 'backend') });
    expect(set).toBeDefined();
    expect(set!.overrides.map((o) => o.dir)).toEqual(['backend', 'frontend']);
    const backend = set!.overrides[0]!;
    expect(backend.version).toBe('2.1');
    expect(backend.permissions.filesystem.allow.map((r) => r.pattern)).toEqual([
      'backend/src/**/*.go',
      'backend/migrations/**',
      'backend/secrets/test-fixtures/**',
    ]);
    expect(backend.permissions.filesystem.allow[2]!.origin).toEqual({
      file: join(dir, 'backend/.agent-policy.override.yml'),
      pointer: '/permissions/filesystem/allow/2',
      line: 7,
      column: 9,
    });
    expect(backend.constraints.maxFilesPerAction).toBe(5);
    expect(set!.root.exceptions).toEqual([
      {
        pattern: 'backend/secrets/test-fixtures/**',
        reason: 'Fake keys for the integration tests',
        overrides: ['backend'],
        origin: { file: join(dir, '.agent-policy.yml'), pointer: '/exceptions/0/pattern', line: 7, column: 14 },
      },
    ]);
  });
});

describe('seed articles: every example policy, in our format, validates', () => {
  const seeds = readdirSync(SEEDS).sort();
  it('all five articles have a home', () => {
    for (const n of ['000', '001', '002', '003', '004']) expect(seeds.some((s) => s.startsWith(n)), n).toBe(true);
  });
  for (const name of seeds) {
    it(name, async () => {
      const loaded = await loadPolicySet({ cwd: join(SEEDS, name) });
      expect(problems(loaded.findings)).toEqual([]);
      expect(loaded.set).toBeDefined();
    });
  }

  it('002 v1.0 is the article text itself: allow, deny and approvals as written', async () => {
    const { set } = await loadPolicySet({ cwd: join(SEEDS, '002-governance-as-code-v1') });
    const p = set!.root.permissions;
    expect(set!.root.version).toBe('1.0');
    expect(set!.root.agentId).toBe('code-assistant-prod');
    expect(p.filesystem.deny.map((r) => r.pattern)).toEqual(['.env*', 'secrets/**', 'node_modules/**']);
    expect(p.commands.deny.map((r) => r.pattern)).toEqual(['rm -rf', 'curl *', 'git push --force']);
    expect(p.network.allowOutbound).toBe(false);
    expect(p.network.exceptions.map((r) => r.pattern)).toEqual(['registry.npmjs.org']);
    expect(set!.root.constraints.requireHumanApproval.map((a) => `${a.kind}:${a.pattern}`)).toEqual([
      'file:package.json',
      'file:Dockerfile',
      'command:git commit',
    ]);
  });
});

describe('demo', () => {
  it('is a valid 2.1 set with its two deliberate warnings', async () => {
    const dir = join(FIXTURES, 'demo');
    const loaded = await loadPolicySet({ cwd: dir });
    expect(problems(loaded.findings)).toEqual(['dot-slash-pattern 14:10', 'repeated-pattern 10:9']);
    expect(loaded.set?.root.version).toBe('2.1');
    expect(loaded.set?.overrides.map((o) => o.dir)).toEqual(['backend', 'frontend']);
    expect(read(join(dir, '.agent-policy.yml'))).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/agent-policy-2\.1\.schema\.json\n/);
  });
});

describe('checkPolicyText', () => {
  it('checks text without touching the file system', () => {
    const r = checkPolicyText('version: "2.1"\ndefault_permissions:\n  network:\n    allow_outbund: false\n', {
      file: 'virtual.yml',
      kind: 'root',
      rootDir: '/nowhere',
    });
    expect(problems(r.findings)).toEqual(['unknown-key 4:5']);
    expect(r.version).toBe('2.1');
  });
});

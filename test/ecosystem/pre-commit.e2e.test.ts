// The hooks in .pre-commit-hooks.yaml through the real pre-commit framework (Debian's package,
// .ci/apt.d/pre-commit.txt; 3.0.4 on Debian 12, older than the 3.2 stage names), installed from a
// local git repository holding this build, as pre-commit installs them from GitHub: offline, with
// nothing installed from npm.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempTree } from '../helpers/cli.js';
import { cleanEnv, cli, commit, gitOk, newRepo, write } from '../hooks/repo.js';

const T = 180_000;
const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
let hooksRepo = '';
let rev = '';
let cache = '';

/** pre-commit with its cache in a temporary directory and a scrubbed environment. */
function preCommit(dir: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync('pre-commit', args, { cwd: dir, env: cleanEnv({ PRE_COMMIT_HOME: cache, ...env }), encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

const POLICY = 'version: "2.1"\ndefault_permissions:\n  filesystem:\n    deny: [".env*"]\n';

beforeAll(() => {
  if (!hasPreCommit) return;
  // What a tag of this repository holds (only what the hooks need).
  hooksRepo = newRepo({});
  for (const f of ['.pre-commit-hooks.yaml', 'package.json', 'dist']) cpSync(join(REPO_ROOT, f), join(hooksRepo, f), { recursive: true });
  gitOk(hooksRepo, 'add', '-A');
  gitOk(hooksRepo, 'commit', '-q', '-m', 'release');
  rev = gitOk(hooksRepo, 'rev-parse', 'HEAD').trim();
  cache = tempTree({});
});

describe.skipIf(!hasPreCommit)('the pre-commit framework', () => {
  it(
    'init adds both hooks to .pre-commit-config.yaml and runs pre-commit install (no .husky/)',
    () => {
      const dir = newRepo({ 'pyproject.toml': '[project]\nname = "x"\n', '.pre-commit-config.yaml': '# my hooks\nrepos:\n  - repo: local\n    hooks:\n      - id: nothing\n        name: nothing\n        entry: "true"\n        language: system\n' });
      const r = cli(dir, ['init'], { PRE_COMMIT_HOME: cache });
      expect(r.code, r.out).toBe(0);
      expect(r.stdout).toMatch(/updated\s+\.pre-commit-config\.yaml: added the agent-policy-lint hooks/);
      expect(r.stdout).toMatch(/ran\s+pre-commit install: pre-commit installed at \.git\/hooks\/pre-commit/);
      expect(existsSync(join(dir, '.husky'))).toBe(false);
      const config = readFileSync(join(dir, '.pre-commit-config.yaml'), 'utf8');
      expect(config.startsWith('# my hooks\nrepos:\n  - repo: local\n')).toBe(true);
      expect(config).toContain('  - repo: https://github.com/agent-policy-lint/agent-policy-lint\n    rev: v');
      expect(config).toMatch(/- id: agent-policy-lint\n\s+- id: agent-policy-lint-all\n/);
      expect(existsSync(join(dir, '.git/hooks/pre-commit'))).toBe(true);
    },
    T,
  );

  it(
    'runs on pre-commit 3.0 without installing anything: refuses an agent\'s commit, and --all-files finds an invalid policy',
    () => {
      const dir = newRepo({ '.agent-policy.yml': POLICY, 'src/a.ts': 'x\n' });
      write(dir, '.pre-commit-config.yaml', `repos:\n  - repo: ${hooksRepo}\n    rev: ${rev}\n    hooks:\n      - id: agent-policy-lint\n      - id: agent-policy-lint-all\n`);
      expect(preCommit(dir, ['install']).code).toBe(0);
      gitOk(dir, 'add', '-A');
      const first = commit(dir, 'initial', { PRE_COMMIT_HOME: cache });
      expect(first.code, first.out).toBe(0);
      expect(first.out).toMatch(/agent-policy-lint \(staged changes\)\.+Passed/);
      expect(first.out).toMatch(/agent-policy-lint \(whole policy, conflicts, committed logs\)\.+Passed/);
      // Nothing from npm: the hook environment is the clone alone.
      const installed = readdirSync(cache).filter((d) => d.startsWith('repo'));
      for (const d of installed) expect(existsSync(join(cache, d, 'node_env-system')), d).toBe(false);

      write(dir, '.env', 'TOKEN=x\n');
      gitOk(dir, 'add', '.env');
      const refused = commit(dir, 'agent adds .env', { PRE_COMMIT_HOME: cache, CLAUDECODE: '1' });
      expect(refused.code).not.toBe(0);
      expect(refused.out).toContain('commit refused');
      gitOk(dir, 'rm', '-q', '--cached', '.env');

      // An invalid policy committed with --no-verify: the staged hook sees nothing staged, the
      // -all hook (what CI and pre-commit.ci run with --all-files) reports it.
      write(dir, '.agent-policy.yml', POLICY.replace('deny: [".env*"]', 'deny: ".env*"\n  network:\n    allow_outbound: maybe'));
      gitOk(dir, 'add', '.agent-policy.yml');
      gitOk(dir, 'commit', '-q', '--no-verify', '-m', 'broken policy');
      const all = preCommit(dir, ['run', '--all-files']);
      expect(all.code).toBe(1);
      expect(all.out).toMatch(/agent-policy-lint \(whole policy, conflicts, committed logs\)\.+Failed/);
      expect(all.out).toContain('invalid-type');
    },
    T,
  );
});


// What a user gets from `npm i -D agent-policy-lint`: the packed tarball installed into an empty
// project, offline. dist/ bundles everything it imports, so the package has no dependencies.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempTree } from '../helpers/cli.js';
import { zizmorProblems } from '../helpers/workflow-audit.js';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
let project = '';
let install: { status: number | null; stdout: string; stderr: string };

function npm(args: string[], cwd: string) {
  return spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, npm_config_update_notifier: 'false', NO_COLOR: '1' } });
}

function bin(args: string[], cwd = project) {
  return spawnSync(process.execPath, [join(project, 'node_modules/agent-policy-lint/dist/cli.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

beforeAll(() => {
  const packDir = tempTree({});
  const packed = npm(['pack', '--ignore-scripts', '--pack-destination', packDir], REPO_ROOT);
  expect(packed.status, packed.stderr).toBe(0);
  const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz'))!);
  project = tempTree({ 'package.json': '{"name":"empty","version":"1.0.0","private":true}\n', '.git/HEAD': 'ref: refs/heads/main\n' });
  install = npm(['install', '--save-dev', '--offline', '--no-audit', '--no-fund', tarball], project);
}, 180_000);

describe('the published package', () => {
  it('declares no runtime dependencies and ships its licence', () => {
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies']) expect(pkg[field], field).toBeUndefined();
    expect(readFileSync(join(REPO_ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} agent-policy-lint contributors\n/);
    expect(pkg.license).toBe('MIT');
  });

  it('installs into an empty project as one package, without a warning', () => {
    expect(install.status, install.stderr).toBe(0);
    expect(install.stdout).toMatch(/added 1 package\b/);
    expect(install.stderr).not.toMatch(/warn/i);
    const installed = readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed).toEqual(['agent-policy-lint']);
    expect(readFileSync(join(project, 'node_modules/agent-policy-lint/LICENSE'), 'utf8')).toContain('MIT License');
  });

  it('runs from there with nothing else installed: lint, conflicts, replay', () => {
    writeFileSync(join(project, '.agent-policy.yml'), 'version: "2.1"\ndefault_permissions:\n  filesystem:\n    allow: ["src/**"]\n    deny: ["src/secrets/**", ".env*"]\n  commands:\n    allow: ["npm test"]\n');
    writeFileSync(join(project, 'log.jsonl'), '{"action":"command.exec","command":"npm test && rm -rf /","allowed":true}\n');
    const r = bin(['--check-conflicts', '--agent-log', 'log.jsonl', '--format', 'json']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string; file: string }[] };
    expect(r.status).toBe(1);
    expect(report.findings.some((f) => f.file === 'log.jsonl')).toBe(true);
  });

  it('init pins the Action to the commit a release recorded', () => {
    const manifest = join(project, 'node_modules/agent-policy-lint/package.json');
    const released = { ...JSON.parse(readFileSync(manifest, 'utf8')), actionRelease: { commit: 'a'.repeat(40), version: '1.2.3' } };
    writeFileSync(manifest, JSON.stringify(released, null, 2));
    const r = bin(['init']);
    expect(r.status, r.stderr).toBe(0);
    const workflow = readFileSync(join(project, '.github/workflows/agent-policy.yml'), 'utf8');
    expect(workflow).toContain(`uses: agent-policy-lint/agent-policy-lint@${'a'.repeat(40)} # v1.2.3\n`);
    expect(zizmorProblems(workflow)).toEqual([]);
  });
});

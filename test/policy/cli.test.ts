// End to end through the built CLI (test/global-setup.ts builds it when stale): every policy fixture, no stack traces,
// exit codes per SPEC 5, positions in the JSON report.
import { cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, FIXTURES, hasStackTrace, runCli, tempTree } from '../helpers/cli.js';
import { existsSync } from 'node:fs';
import { expectations } from './helpers.js';

interface JsonReport {
  findings: { ruleId: string; severity: string; file: string; line: number; column: number; message: string }[];
  summary: Record<string, number>;
}

const INVALID = join(FIXTURES, 'policies/invalid');
const VALID = join(FIXTURES, 'policies/valid');

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build');
});

describe('every invalid fixture through the CLI', () => {
  for (const f of readdirSync(INVALID).sort()) {
    it(f, () => {
      const r = runCli(['--config', f, '--format', 'json'], { cwd: INVALID });
      expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
      const report = JSON.parse(r.stdout) as JsonReport;
      const want = f === 'empty.yml' ? ['empty-policy 1:1'] : expectations(readFileSync(join(INVALID, f), 'utf8'));
      const got = report.findings.filter((x) => x.severity !== 'info').map((x) => `${x.ruleId} ${x.line}:${x.column}`);
      expect(got).toEqual(want);
      for (const x of report.findings) expect(x.file).toBe(f);
      expect(r.code).toBe(report.findings.some((x) => x.severity === 'error') ? 1 : 0);
    });
  }
});

describe('exit codes', () => {
  it('0 for valid policies (stylish, no stack trace)', () => {
    for (const f of readdirSync(VALID)) {
      const r = runCli(['--config', f], { cwd: VALID });
      expect(r.code, f + r.stdout).toBe(0);
      expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    }
  });

  it('1 for errors, 0 for warnings only, 1 with more warnings than --max-warnings', () => {
    expect(runCli(['--config', 'unknown-key-typo.yml'], { cwd: INVALID }).code).toBe(1);
    expect(runCli(['--config', 'dot-slash.yml'], { cwd: INVALID }).code).toBe(0);
    expect(runCli(['--config', 'dot-slash.yml', '--max-warnings', '0'], { cwd: INVALID }).code).toBe(1);
  });

  it('1 when no policy is found, with the init hint', () => {
    const dir = tempTree({ '.git/HEAD': '' });
    const r = runCli([], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('no-policy');
    expect(r.stdout).toContain('agent-policy-lint init');
  });

  it('2 for a --config file that cannot be read, without a stack trace', () => {
    const dir = tempTree({ 'sub/x': '' });
    for (const config of ['missing.yml', 'sub']) {
      const r = runCli(['--config', config], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('cannot read policy file');
      expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    }
  });
});

describe('hostile input', () => {
  it('absurd nesting and an alias bomb are findings, not crashes', () => {
    const dir = tempTree({
      'deep.yml': `version: "2.1"\nx: ${'['.repeat(20000)}${']'.repeat(20000)}\n`,
      'blocks.yml': 'version: "2.1"\n' + Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n',
      'bomb.yml': 'a: &a [x,x,x,x,x,x,x,x,x,x]\n' + 'bcdefghij'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill('*' + 'abcdefghij'[i]).join(',')}]`).join('\n') + '\n',
    });
    for (const f of ['deep.yml', 'blocks.yml', 'bomb.yml']) {
      const r = runCli(['--config', f, '--format', 'json'], { cwd: dir });
      expect(hasStackTrace(r.stdout + r.stderr), f).toBe(false);
      expect(r.code, f + r.stderr).toBe(1);
      const report = JSON.parse(r.stdout) as JsonReport;
      expect(report.findings.map((x) => x.ruleId), f).toEqual([f === 'bomb.yml' ? 'yaml-alias-limit' : 'yaml-syntax']);
    }
  });
});

describe('sets, seeds and the demo through the CLI', () => {
  const dirs = [
    ...readdirSync(join(FIXTURES, 'policies/sets')).map((d) => join(FIXTURES, 'policies/sets', d)),
    ...readdirSync(join(FIXTURES, 'seeds')).map((d) => join(FIXTURES, 'seeds', d)),
    join(FIXTURES, 'demo'),
  ];
  for (const dir of dirs) {
    it(dir.slice(FIXTURES.length + 1), () => {
      const r = runCli(['--format', 'json'], { cwd: dir });
      expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
      expect([0, 1]).toContain(r.code);
      const report = JSON.parse(r.stdout) as JsonReport;
      expect(r.code).toBe(report.findings.some((x) => x.severity === 'error') ? 1 : 0);
    });
  }
});

describe('--fix through the CLI', () => {
  it('fixes the demo copy and reports what it fixed; the original demo is untouched', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'apl-demo-')));
    cpSync(join(FIXTURES, 'demo'), dir, { recursive: true });
    const before = readFileSync(join(dir, 'frontend/.agent-policy.override.yml'), 'utf8');
    const r = runCli(['--fix', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.filter((f) => f.ruleId === 'fixed').map((f) => `${f.file} ${f.line}`)).toEqual([
      '.agent-policy.yml 14',
      'frontend/.agent-policy.override.yml 10',
    ]);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const after = readFileSync(join(dir, 'frontend/.agent-policy.override.yml'), 'utf8');
    expect(after).toBe(before.replace('      - "frontend/components/**"      # repeated (repeated-pattern; --fix removes it)\n', ''));
    expect(readFileSync(join(dir, '.agent-policy.yml'), 'utf8')).toContain('      - "docs/**"                 # the "./" is redundant');
    expect(r.code).toBe(0);
    expect(readFileSync(join(FIXTURES, 'demo/frontend/.agent-policy.override.yml'), 'utf8')).toBe(before);
  });
});

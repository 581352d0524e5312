// The command line's edges as ESLint users meet them, through the built CLI and real bash: pipes
// closed early, --output targets, standard input and pipes as logs, files named without a flag,
// --max-warnings and --quiet.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, hasStackTrace, runCli, tempTree } from '../helpers/cli.js';

const POLICY = 'version: "2.1"\ndefault_permissions:\n  filesystem:\n    deny: [".env*"]\n';
const DENIED = '{"action":"filesystem.write","path":".env","allowed":true}\n';
/** One warning: a glob that matches nothing. */
const ONE_WARNING = ['--agent-log', 'nothing-here/*.jsonl'];

function bash(script: string, cwd: string, input?: string) {
  const r = spawnSync('bash', ['-c', script], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CLI }, timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI edges', () => {
  it('ends quietly when the reader of a long report goes away (| head), in every format', () => {
    // 1100 denied actions: a report far larger than a pipe's buffer, and 100 past the per-rule cap.
    const dir = tempTree({ '.agent-policy.yml': POLICY, 'big.jsonl': DENIED.repeat(1100) });
    for (const format of ['stylish', 'json', 'sarif', 'github', 'markdown']) {
      const r = bash(`node "$CLI" --agent-log big.jsonl --format ${format} | head -c 100 >/dev/null; echo "status=\${PIPESTATUS[0]}"`, dir);
      expect(r.stderr, format).toBe('');
      expect(r.stdout.trim(), format).toBe('status=1');
    }
    // The "N more" finding is 1-based like every other.
    const json = JSON.parse(runCli(['--agent-log', 'big.jsonl', '--format', 'json'], { cwd: dir }).stdout) as { findings: { message: string; line: number; column: number }[] };
    expect(json.findings.find((f) => f.message.startsWith('100 more'))).toMatchObject({ line: 1, column: 1 });
  });

  it('--output creates missing directories, and says plainly when the target cannot be written', () => {
    const dir = tempTree({ '.agent-policy.yml': POLICY, 'reports/dir/.keep': '' });
    const made = runCli(['--format', 'sarif', '--output', 'out/deep/report.sarif'], { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out/deep/report.sarif'), 'utf8')).version).toBe('2.1.0');

    for (const [target, reason] of [
      ['reports/dir', 'it is a directory'],
      ['/dev/full', 'no space left on the device'],
      ['.agent-policy.yml/report.json', 'a part of the path is a file, not a directory'],
    ]) {
      const r = runCli(['--output', target!], { cwd: dir });
      expect(r.code, target).toBe(2);
      expect(r.stderr).toContain(`cannot write the report to "${target}": ${reason}`);
      expect(r.stderr).not.toContain('internal error');
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });

  it('reads a log from standard input (-), /dev/stdin and a process substitution', () => {
    const dir = tempTree({ '.agent-policy.yml': POLICY, 'log.jsonl': DENIED });
    for (const args of ['--agent-log -', '--agent-log /dev/stdin', '-']) {
      const r = bash(`node "$CLI" ${args} --format json`, dir, DENIED);
      expect(r.stderr, args).toBe('');
      expect(r.code, args).toBe(1);
      expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId), args).toContain('replay-denied-action');
    }
    const sub = bash('node "$CLI" --agent-log <(cat log.jsonl) --format json', dir);
    expect(sub.stderr).toBe('');
    expect(JSON.parse(sub.stdout).findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line])).toContainEqual(['replay-denied-action', 1]);
  });

  it('takes the policy, a directory and logs as files named without a flag', () => {
    const dir = tempTree({ 'conf/.agent-policy.yml': 'version: "2.1"\nbogus: 1\n', 'log.jsonl': DENIED, '.agent-policy.yml': POLICY });
    const named = runCli(['conf/.agent-policy.yml', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(named.stdout).findings.map((f: { ruleId: string; file: string }) => [f.ruleId, f.file])).toContainEqual(['unknown-key', 'conf/.agent-policy.yml']);
    const byDir = runCli(['conf', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(byDir.stdout).findings.map((f: { file: string }) => f.file)).toContain('conf/.agent-policy.yml');
    const withLog = runCli(['.agent-policy.yml', 'log.jsonl', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(withLog.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['replay-denied-action']);
    const typo = runCli(['explian'], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown command "explian"');
  });

  it('--max-warnings says why it failed; -1 means no limit; --quiet prints nothing on success', () => {
    const dir = tempTree({ '.agent-policy.yml': POLICY });
    const over = runCli([...ONE_WARNING, '--max-warnings', '0'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('too many warnings: 1, and --max-warnings allows 0');

    const quietOver = runCli([...ONE_WARNING, '--max-warnings', '0', '--quiet'], { cwd: dir });
    expect(quietOver.code).toBe(1);
    expect(quietOver.stdout).toBe('');
    expect(quietOver.stderr).toContain('too many warnings');

    const unlimited = runCli([...ONE_WARNING, '--max-warnings', '-1'], { cwd: dir });
    expect(unlimited.code, unlimited.stderr).toBe(0);
    const bad = runCli(['--max-warnings', '-2'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-warnings expects a whole number of warnings allowed, 0 or more, or -1 for no limit (got "-2")');

    const quiet = runCli(['--quiet'], { cwd: dir });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('');
    expect(quiet.stderr).toBe('');
  });

  it('hints at the right fix for a value that is not a boolean, quoted or not', () => {
    const dir = tempTree({ '.agent-policy.yml': 'version: "2.1"\ndefault_permissions:\n  network:\n    allow_outbound: maybe\n', 'quoted/.agent-policy.yml': 'version: "2.1"\ndefault_permissions:\n  network:\n    allow_outbound: "false"\n' });
    const hint = (args: string[]) => JSON.parse(runCli([...args, '--format', 'json'], { cwd: dir }).stdout).findings.find((f: { ruleId: string }) => f.ruleId === 'invalid-type')?.hint;
    expect(hint([])).toBe('Write true or false.');
    expect(hint(['quoted'])).toBe('Remove the quotes: YAML reads a quoted value as a string.');
  });

  it('leaves no half-written report behind a failed --output', () => {
    const dir = tempTree({ '.agent-policy.yml': POLICY });
    expect(runCli(['--output', '/dev/full'], { cwd: dir }).code).toBe(2);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

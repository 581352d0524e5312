import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../helpers/cli.js';

describe('CLI basics (built dist/cli.js)', () => {
  it('prints the version from package.json', async () => {
    const pkg = (await import('../../package.json')).default;
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('prints usage with --help and exits 0', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: agent-policy-lint/);
    expect(r.stdout).toContain('--check-conflicts');
  });

  it.each([
    [['--format', 'xml'], /unknown format "xml"/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['--max-warnings=abc'], /--max-warnings expects a whole number/],
  ])('usage error %j exits 2 with a message and no stack trace', (args, msg) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(msg);
    expect(r.stdout).toBe('');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

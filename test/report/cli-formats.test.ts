import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, tempTree, type CliResult } from '../helpers/cli.js';
import { githubSarifProblems, validateSarif } from '../helpers/sarif.js';

// End to end through the built CLI (npm test builds first). Which findings a policy yields belongs
// to the policy loader and may grow; these tests hold for any set of findings: they compare every
// format against the json report of the same run.
const ANSI = /\u001b\[/;
const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const;

const POLICY = [
  'version: "1.0"',
  'agent_id: "code-assistant"',
  'permissions:',
  '  filesystem:',
  '    allow: ["src/**/*.ts"]',
  '    deny: [".env*", "secrets/**"]',
  '  network:',
  '    allow_outbund: false # typo on purpose',
  '    exceptions: ["registry.npmjs.org"]',
  '',
].join('\n');

let dir: string;
let json: { findings: { ruleId: string; severity: string; file: string; line: number }[]; summary: Record<string, number> };
let jsonRun: CliResult;

const lint = (args: string[], env?: Record<string, string | undefined>): CliResult =>
  runCli(['--config', '.agent-policy.yml', ...args], { cwd: dir, env });

beforeAll(() => {
  dir = tempTree({ '.agent-policy.yml': POLICY, 'out/.keep': '' });
  jsonRun = lint(['--format', 'json']);
  json = JSON.parse(jsonRun.stdout);
});

describe('--format through the built CLI', () => {
  it('json: the SPEC 5 object, whose summary counts its findings, and the exit code follows errors', () => {
    expect(Object.keys(json)).toEqual(['findings', 'summary']);
    expect(Object.keys(json.summary).slice(0, 4)).toEqual(['errors', 'warnings', 'infos', 'files']);
    const count = (s: string) => json.findings.filter((f) => f.severity === s).length;
    expect([json.summary.errors, json.summary.warnings, json.summary.infos]).toEqual([count('error'), count('warning'), count('info')]);
    for (const f of json.findings) {
      expect(Object.keys(f).slice(0, 6)).toEqual(['ruleId', 'severity', 'message', 'file', 'line', 'column']);
      expect(f.file.startsWith('/')).toBe(false); // relative to the working directory
    }
    expect(jsonRun.code).toBe(json.summary.errors! > 0 ? 1 : 0);
    expect(jsonRun.stderr).not.toMatch(/internal error/);
  });

  it.each(FORMATS)('%s: same exit code as json, no stack trace, output on stdout only', (format) => {
    const r = lint(['--format', format]);
    expect(r.code).toBe(jsonRun.code);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    const silentWhenClean = format === 'github' && json.findings.length === 0;
    if (!silentWhenClean) expect(r.stdout).not.toBe('');
    expect(r.stdout).not.toMatch(ANSI); // NO_COLOR=1 (runCli's default)
  });

  it('stylish: one row per finding and a summary line, or the all-clear line', () => {
    const out = lint([]).stdout; // stylish is the default
    const total = json.findings.length;
    if (total === 0) expect(out).toMatch(/^✔ No problems found \(\d+ files? checked\)\n$/);
    else {
      expect(out).toMatch(new RegExp(`✖ ${total} problems? \\(${json.summary.errors} errors?, ${json.summary.warnings} warnings?, ${json.summary.infos} infos?\\)\\n$`));
      for (const f of json.findings) expect(out).toContain(f.ruleId);
    }
  });

  it('stylish: --color forces colour, --no-color and NO_COLOR remove it', () => {
    expect(lint(['--color'], { NO_COLOR: undefined }).stdout).toMatch(ANSI);
    expect(lint(['--no-color'], { NO_COLOR: undefined, FORCE_COLOR: '1' }).stdout).not.toMatch(ANSI);
    expect(lint([], { NO_COLOR: '1' }).stdout).not.toMatch(ANSI);
  });

  it('sarif: validates against the official schema, one result per finding', () => {
    const log = JSON.parse(lint(['--format', 'sarif']).stdout);
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0].results).toHaveLength(json.findings.length);
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(json.findings.map((f) => f.ruleId));
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(dir).href}/`);
    // Results without a location would be rejected by code scanning.
    const withFile = json.findings.every((f) => f.file !== '');
    if (withFile) expect(githubSarifProblems(log)).toEqual([]);
  });

  it('github: one workflow command per finding', () => {
    const lines = lint(['--format', 'github']).stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(json.findings.length);
    json.findings.forEach((f, i) => {
      const cmd = { error: 'error', warning: 'warning', info: 'notice' }[f.severity];
      expect(lines[i]).toMatch(new RegExp(`^::${cmd} .*title=${f.ruleId}::`));
    });
  });

  it('markdown: a verdict heading and a table row per finding', () => {
    const md = lint(['--format', 'markdown']).stdout;
    expect(md).toMatch(/^## (✅|⚠️|❌) agent-policy-lint: /);
    const rows = md.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) /.test(l));
    expect(rows).toHaveLength(Math.min(json.findings.length, 200));
  });
});

describe('--output FILE', () => {
  it.each(FORMATS)('%s: writes the report to the file, nothing on stdout, same text as stdout would get', (format) => {
    const rel = `out/report.${format}`;
    const viaStdout = lint(['--format', format]);
    const r = lint(['--format', format, '--output', rel], { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(r.code).toBe(viaStdout.code);
    expect(r.stdout).toBe('');
    const file = join(dir, rel);
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(ANSI); // a file never gets colour, even with FORCE_COLOR
    expect(text).toBe(viaStdout.stdout);
  });
});

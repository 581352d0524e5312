// Issue 14, "Paths and hosts", end to end through the built CLI: a deny written `/secrets/**` also
// covers `secrets/**` (with a warning); whitespace around a pattern is an error and a deny is read trimmed.
import { describe, expect, it } from 'vitest';
import { compilePolicy, decide, type Action } from '../../src/engine/index.js';
import { policy } from '../engine/policy-builder.js';
import { explainOutcome as explain, hasStackTrace, runCli, tempTree } from '../helpers/cli.js';

interface Linted {
  findings: { ruleId: string; severity: string; line: number; column: number; message: string }[];
}

function lint(dir: string): { code: number; findings: string[] } {
  const r = runCli(['--format', 'json'], { cwd: dir });
  expect(hasStackTrace(r.stdout + r.stderr), r.stderr).toBe(false);
  const report = JSON.parse(r.stdout) as Linted;
  return { code: r.code, findings: report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${f.severity} ${f.line}:${f.column}`) };
}

describe('a deny written with a leading /', () => {
  const dir = tempTree({
    '.agent-policy.yml': ['version: "2.1"', 'default_permissions:', '  filesystem:', '    allow: ["**"]', '    deny: ["/secrets/**"]', ''].join('\n'),
    'secrets/key.pem': 'x',
  });

  it('denies the root-anchored reading (secrets/** at the policy root) as well as the absolute path', () => {
    expect(explain(dir, ['secrets/key.pem'])).toEqual({ code: 1, outcome: 'deny' });
    expect(explain(dir, ['SECRETS/key.pem'])).toEqual({ code: 1, outcome: 'deny' });
    expect(explain(dir, ['/secrets/key.pem'])).toEqual({ code: 1, outcome: 'deny' });
    // still anchored: a secrets/ deeper down is not the root's
    expect(explain(dir, ['src/secrets/key.pem'])).toEqual({ code: 0, outcome: 'allow' });
  });

  it('is a lint warning about the two readings, at the pattern', () => {
    expect(lint(dir)).toEqual({ code: 0, findings: ['leading-slash-deny warning 5:13'] });
  });

  it('an allow written with a leading / keeps its one (absolute) reading', () => {
    const d = tempTree({
      '.agent-policy.yml': ['version: "2.1"', 'default_permissions:', '  filesystem:', '    allow: ["/src/**"]', ''].join('\n'),
      'src/a.ts': 'x',
    });
    expect(explain(d, ['src/a.ts']).outcome).toBe('deny');
    expect(lint(d).findings).toEqual(['absolute-pattern warning 4:14']);
  });
});

describe('whitespace around a pattern', () => {
  const dir = tempTree({
    '.agent-policy.yml': [
      'version: "2.1"',
      'default_permissions:',
      '  filesystem:',
      '    allow: ["**"]',
      '    deny: [".env ", "  secrets/**"]',
      '  commands:',
      '    deny: ["rm -rf "]',
      '  tools:',
      '    deny: [" Bash"]',
      '',
    ].join('\n'),
  });

  it('is an error finding at the whitespace (file, line, column)', () => {
    const r = lint(dir);
    expect(r.code).toBe(1);
    expect(r.findings).toEqual([
      'pattern-whitespace error 5:17',
      'pattern-whitespace error 5:22',
      'pattern-whitespace error 7:19',
      'pattern-whitespace error 9:13',
    ]);
  });

  it('leaves the policy usable: explain decides with the denies read trimmed (a deny must not lapse over a space)', () => {
    // Refusing to decide made replay and --staged report nothing at all under such a policy.
    expect(explain(dir, ['.env'])).toEqual({ code: 1, outcome: 'deny' });
    expect(explain(dir, ['secrets/k'])).toEqual({ code: 1, outcome: 'deny' });
    expect(explain(dir, ['--command', 'rm -fr x'])).toEqual({ code: 1, outcome: 'deny' });
    expect(explain(dir, ['src/a.ts'])).toEqual({ code: 0, outcome: 'allow' });
  });

  it('a deny or approval gate is read trimmed by the engine: it still protects; an allow is read as written', () => {
    // The engine is what the runtime guard and every adapter trust, error findings or not.
    const compiled = compilePolicy(
      policy({ fs: { allow: ['src/** '], deny: ['.env ', '  secrets/**'] }, cmd: { deny: ['rm -rf '] }, tools: { deny: [' Bash'] }, approvals: { file: [' package.json '] } }),
    );
    const outcome = (a: Action) => decide(a, compiled).outcome;
    expect(outcome({ kind: 'filesystem', op: 'write', paths: ['.env'] })).toBe('deny');
    expect(outcome({ kind: 'filesystem', op: 'write', paths: ['secrets/k'] })).toBe('deny');
    expect(outcome({ kind: 'command', command: 'rm -rf x' })).toBe('deny');
    expect(outcome({ kind: 'tool', tool: 'Bash' })).toBe('deny');
    expect(outcome({ kind: 'filesystem', op: 'write', paths: ['package.json'] })).not.toBe('allow');
    expect(outcome({ kind: 'filesystem', op: 'write', paths: ['src/a.ts'] })).toBe('deny');
  });

  it('--fix trims it', () => {
    const d = tempTree({ '.agent-policy.yml': ['version: "2.1"', 'default_permissions:', '  filesystem:', '    deny: [".env "]', ''].join('\n') });
    runCli(['--fix'], { cwd: d });
    expect(lint(d)).toEqual({ code: 0, findings: [] });
  });
});

// The seed article's conflict, end to end through the built CLI (npm run build first), in every format.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, hasStackTrace, runCli, tempTree } from '../helpers/cli.js';
import { validateSarif } from '../helpers/sarif.js';

const SEED = join(FIXTURES, 'conflicts/seed');
const RULE = 'override-allow-in-root-deny';
const WITNESS = 'backend/secrets/test-fixtures/a';
const RESOLUTION = 'Remove override or add explicit exception in root policy.';

const run = (format: string, cwd = SEED) => {
  const r = runCli(['--check-conflicts', '--format', format], { cwd });
  expect(hasStackTrace(r.stderr + r.stdout)).toBe(false);
  return r;
};

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  witness?: string;
  hint?: string;
  related?: { file: string; line: number; message: string }[];
  data?: Record<string, unknown>;
}

describe("the seed's conflict through the built CLI", () => {
  it('stylish: names both files and lines, both patterns, a witness and the resolution; exit 1', () => {
    const r = run('stylish');
    expect(r.code).toBe(1);
    const out = r.stdout;
    expect(out).toContain('Policy conflict detected');
    expect(out).toContain('Root policy denies: backend/secrets/**  (.agent-policy.yml:5)');
    expect(out).toContain('Backend override allows: backend/secrets/test-fixtures/**  (backend/.agent-policy.override.yml:4)');
    expect(out).toContain(WITNESS);
    expect(out).toContain(`Resolution: ${RESOLUTION}`);
    // The conflict sits at the override allow, under its file.
    const block = out.slice(out.indexOf('backend/.agent-policy.override.yml\n'));
    expect(block).toMatch(/^\s+4:\d+\s+error\s+Policy conflict detected/m);
    // In the order the issue shows: the two rules, an example path, then the resolution.
    const lines = block.split('\n').map((l) => l.trim());
    const at = (text: string) => lines.findIndex((l) => l.startsWith(text));
    const order = [
      at('Root policy denies: backend/secrets/**'),
      at('Backend override allows: backend/secrets/test-fixtures/**'),
      at(`e.g. ${WITNESS}`),
      at(`Resolution: ${RESOLUTION}`),
    ];
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('json: the same facts as fields', () => {
    const r = run('json');
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.ruleId)).toEqual([RULE]);
    const f = errors[0]!;
    expect(f).toMatchObject({ file: 'backend/.agent-policy.override.yml', line: 4, witness: WITNESS, hint: `Resolution: ${RESOLUTION}` });
    expect(f.related).toEqual([expect.objectContaining({ file: '.agent-policy.yml', line: 5, message: 'Root policy denies: backend/secrets/**' })]);
    expect(f.data).toMatchObject({ rootPatterns: ['backend/secrets/**'], overridePattern: 'backend/secrets/test-fixtures/**', resolution: RESOLUTION });
    // No other conflict in the seed: the other allows lie outside every anchored deny.
    expect(findings.filter((x) => x.ruleId !== RULE && x.severity !== 'info')).toEqual([]);
  });

  it('sarif: a valid log whose result carries the witness and the root deny as a related location', () => {
    const r = run('sarif');
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(validateSarif(log)).toEqual([]);
    const result = log.runs[0].results.find((x: { ruleId: string; level: string }) => x.ruleId === RULE && x.level === 'error');
    expect(result.message.text).toContain('Root policy denies: backend/secrets/**');
    expect(result.message.text).toContain(RESOLUTION);
    // Relative to the repository root (the fixture lies inside this repository), as code scanning resolves it.
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^fixtures\/.*\/backend\/\.agent-policy\.override\.yml$/);
    expect(result.locations[0].physicalLocation.region.startLine).toBe(4);
    expect(JSON.stringify(result.relatedLocations)).toContain('.agent-policy.yml');
    expect(result.properties.witness).toBe(WITNESS);
  });

  it('github: one error annotation at the override line with the facts in its message', () => {
    const r = run('github');
    expect(r.code).toBe(1);
    const line = r.stdout.split('\n').find((l) => l.startsWith('::error ') && l.includes(`title=${RULE}`));
    expect(line).toBeDefined();
    expect(line).toContain('file=backend/.agent-policy.override.yml,line=4');
    const text = decodeURIComponent(line!.slice(line!.indexOf('::', 2) + 2));
    expect(text).toContain('Root policy denies: backend/secrets/**  (.agent-policy.yml:5)');
    expect(text).toContain(RESOLUTION);
    expect(text).toContain(`witness: ${WITNESS}`);
  });

  it('markdown: the finding with its rule, witness and resolution', () => {
    const r = run('markdown');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(RULE);
    expect(r.stdout).toContain(WITNESS);
    expect(r.stdout).toContain(RESOLUTION);
  });

  it('a root exception turns the conflict into a note (exit 0)', () => {
    const dir = tempTree({});
    cpSync(SEED, dir, { recursive: true });
    const root = join(dir, '.agent-policy.yml');
    writeFileSync(
      root,
      `${readFileSync(root, 'utf8')}exceptions:\n  - pattern: "backend/secrets/test-fixtures/**"\n    reason: "fake keys for tests"\n    overrides: ["backend"]\n`,
    );
    const r = run('json', dir);
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.ruleId === RULE);
    expect(findings.map((f) => [f.severity, f.data?.overlap])).toEqual([['info', 'covered-by-exception']]);
    expect(r.code).toBe(0);
  });

  it('without --check-conflicts nothing of this is reported', () => {
    const r = runCli(['--format', 'json'], { cwd: SEED });
    expect(r.stdout).not.toContain(RULE);
  });
});

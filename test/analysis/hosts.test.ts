// Host conflicts (--check-conflicts): every answer cross-checked by brute force. Random policies
// (a root and one override) over a small pool of host patterns; for each exception and host
// approval, the expected verdict is computed by enumerating hosts with the engine's own matcher
// (src/match/host.ts hostMatches) over a universe that holds every pattern's name and fresh
// children at one and two levels below it, which is enough to tell `*.d` from any finite cover.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConflicts } from '../../src/analysis/index.js';
import { hostMatches } from '../../src/match/host.js';
import { loadPolicySet, type PolicySet } from '../../src/policy/index.js';
import type { Finding } from '../../src/report/finding.js';

const POOL = ['example.com', '*.example.com', 'api.example.com', '*.api.example.com', 'a.b.example.com', '*.b.example.com', 'github.com', '*.github.com', 'EXAMPLE.com', '*.com', '10.0.0.1'];
const ROOT = '/virtual/repo';

const list = (xs: string[]): string => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;

function rootYaml(exceptions: string[], deny: string[], approvals: string[]): string {
  return [
    'version: "2.1"',
    'default_permissions:',
    '  network:',
    '    allow_outbound: false',
    `    exceptions: ${list(exceptions)}`,
    `    deny: ${list(deny)}`,
    ...(approvals.length ? ['constraints:', '  require_human_approval:', ...approvals.map((a) => `    - host_pattern: ${JSON.stringify(a)}`)] : []),
    '',
  ].join('\n');
}

function overrideYaml(exceptions: string[], deny: string[]): string {
  return ['permissions:', '  network:', `    exceptions: ${list(exceptions)}`, `    deny: ${list(deny)}`, ''].join('\n');
}

async function load(files: Record<string, string>): Promise<PolicySet | undefined> {
  const abs = (rel: string) => join(ROOT, rel);
  const overrides = Object.keys(files).filter((f) => f.endsWith('.override.yml')).map(abs);
  const loaded = await loadPolicySet({
    cwd: ROOT,
    config: abs('.agent-policy.yml'),
    readFile: (p) => Object.entries(files).find(([rel]) => abs(rel) === p)?.[1],
    overrideFiles: () => overrides,
  });
  return loaded.set;
}

/** Every pattern's name, and fresh names one and two labels below it. */
function universe(patterns: string[]): string[] {
  const names = patterns.map((p) => p.toLowerCase().replace(/^\*\./, ''));
  return [...new Set(names.flatMap((n) => [n, `fresh.${n}`, `a.fresh.${n}`, `api.${n}`, `b.${n}`]))];
}

const hostFindings = (fs: Finding[]) => fs.filter((f) => (f.data as { subject?: string } | undefined)?.subject === 'host');

const counted = { dead: 0, lists: 0 };

describe('--check-conflicts on hosts', () => {
  it('reports exactly the exceptions and approvals every host of which is denied (brute force)', async () => {
    const pats = fc.uniqueArray(fc.constantFrom(...POOL), { maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(pats, pats, pats, pats, pats, async (rootEx, rootDeny, approvals, ovEx, ovDeny) => {
        const set = await load({ '.agent-policy.yml': rootYaml(rootEx, rootDeny, approvals), 'svc/.agent-policy.override.yml': overrideYaml(ovEx, ovDeny) });
        if (!set) return;
        const findings = hostFindings(await checkConflicts(set));
        const hosts = universe([...rootEx, ...rootDeny, ...approvals, ...ovEx, ...ovDeny]);
        const deniedBy = (denies: string[]) => (h: string) => denies.some((d) => hostMatches(d, h));
        const fullyDenied = (pattern: string, denies: string[]) => {
          const mine = hosts.filter((h) => hostMatches(pattern, h));
          return mine.length > 0 && mine.every(deniedBy(denies));
        };
        const expected = [
          ...rootEx.filter((p) => fullyDenied(p, rootDeny)).map((p) => `dead-allow ${p}`),
          ...approvals.filter((p) => fullyDenied(p, rootDeny)).map((p) => `unreachable-approval ${p}`),
          ...ovEx.filter((p) => fullyDenied(p, [...rootDeny, ...ovDeny])).map((p) => `dead-allow ${p}`),
        ].sort();
        const got = findings.filter((f) => f.ruleId === 'dead-allow' || f.ruleId === 'unreachable-approval').map((f) => `${f.ruleId} ${(f.data as { pattern: string }).pattern}`).sort();
        expect(got).toEqual(expected);
        counted.dead += got.length;
        // Every witness is a host of the pattern, denied by the denies the finding names.
        for (const f of findings.filter((x) => x.ruleId !== 'redundant-pattern' && x.ruleId !== 'duplicate-pattern')) {
          const d = f.data as { pattern: string; denies: { pattern: string }[] };
          expect(hostMatches(d.pattern, f.witness!)).toBe(true);
          expect(d.denies.some((x) => hostMatches(x.pattern, f.witness!))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    expect(counted.dead).toBeGreaterThan(20);
  });

  it('reports subsumed and equal patterns within one list, checked by brute force', async () => {
    const pats = fc.uniqueArray(fc.constantFrom(...POOL), { minLength: 2, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(pats, async (deny) => {
        const set = await load({ '.agent-policy.yml': rootYaml([], deny, []) });
        if (!set) return;
        const findings = hostFindings(await checkConflicts(set));
        const hosts = universe(deny);
        const covers = (outer: string, inner: string) => hosts.filter((h) => hostMatches(inner, h)).every((h) => hostMatches(outer, h));
        for (const f of findings) {
          const d = f.data as { pattern: string; broader?: string; other?: string; onlyBroader?: string };
          if (f.ruleId === 'redundant-pattern') {
            expect(covers(d.broader!, d.pattern)).toBe(true);
            expect(hostMatches(d.broader!, d.onlyBroader!) && !hostMatches(d.pattern, d.onlyBroader!)).toBe(true);
          } else if (f.ruleId === 'duplicate-pattern') {
            expect(covers(d.other!, d.pattern) && covers(d.pattern, d.other!)).toBe(true);
          }
        }
        // Each pattern another one covers is reported (as redundant, or as the duplicate of its equal).
        const subsumed = deny.filter((p) => deny.some((q) => q !== p && covers(q, p)));
        const reported = (p: string) => findings.some((f) => (f.data as { pattern: string }).pattern === p);
        const twin = (p: string) => deny.find((q) => q !== p && covers(q, p) && covers(p, q));
        for (const p of subsumed) expect(reported(p) || (twin(p) !== undefined && reported(twin(p)!))).toBe(true);
        counted.lists += findings.length;
      }),
      { numRuns: 200 },
    );
    expect(counted.lists).toBeGreaterThan(20);
  });

  it('names the deny, the witness and the line', async () => {
    const set = await load({ '.agent-policy.yml': rootYaml(['api.example.com', 'github.com'], ['*.example.com'], ['*.api.example.com']) });
    const findings = hostFindings(await checkConflicts(set!));
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'dead-allow', severity: 'error', line: 5, witness: 'api.example.com', message: expect.stringContaining('denied by "*.example.com"') }),
      expect.objectContaining({ ruleId: 'unreachable-approval', severity: 'warning', witness: 'x.api.example.com' }),
    ]);
  });
});

describe('--check-conflicts on hosts, per agent', () => {
  it("reports an agent's dead exceptions (its denies, the root's, a read_only trust) and denies the root already has", async () => {
    const yaml = [
      'version: "2.1"',
      'default_permissions:',
      '  network:',
      '    allow_outbound: false',
      '    exceptions: ["api.example.com"]',
      '    deny: ["*.evil.test"]',
      'agents:',
      '  - id: "builder"',
      '    trust_level: external',
      '    permissions:',
      '      network:',
      '        exceptions: ["api.example.com", "cdn.evil.test", "github.com"]',
      '        deny: ["*.example.com", "x.evil.test", "gitlab.com"]',
      '  - id: "reviewer"',
      '    trust_level: read_only',
      '    permissions:',
      '      network:',
      '        exceptions: ["docs.example.org"]',
      '',
    ].join('\n');
    const findings = hostFindings(await checkConflicts((await load({ '.agent-policy.yml': yaml }))!));
    const got = findings.map((f) => `${f.ruleId} ${(f.data as { pattern: string }).pattern} ${f.message.slice(0, f.message.indexOf(' '))}`).sort();
    expect(got).toEqual([
      'dead-allow api.example.com Agent', // the agent's own *.example.com
      'dead-allow cdn.evil.test Agent', // the root's *.evil.test
      'dead-allow docs.example.org Agent', // read_only
      'redundant-pattern x.evil.test Agent', // the root already denies it
    ]);
    // The root's exception is not killed by one agent's deny.
    expect(findings.some((f) => f.line === 5)).toBe(false);
  });
});

describe('--check-conflicts through the built CLI', () => {
  it('fails on a dead host exception and a dead tool allow, at their lines, in SARIF too', async () => {
    const { runCli, tempTree } = await import('../helpers/cli.js');
    const repo = tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.agent-policy.yml': 'version: "2.1"\ndefault_permissions:\n  network:\n    allow_outbound: false\n    exceptions: ["api.example.com"]\n    deny: ["*.example.com"]\n  tools:\n    allow: ["mcp__github__get_issue"]\n    deny: ["mcp__github__*"]\n',
    });
    const json = runCli(['--check-conflicts', '--format', 'json'], { cwd: repo });
    expect(json.code).toBe(1);
    const found = (JSON.parse(json.stdout) as { findings: Finding[] }).findings.filter((f) => f.ruleId === 'dead-allow').map((f) => `${f.line} ${f.witness}`);
    expect(found.sort()).toEqual(['5 api.example.com', '8 mcp__github__get_issue']);
    const sarif = JSON.parse(runCli(['--check-conflicts', '--format', 'sarif'], { cwd: repo }).stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    expect(sarif.runs[0]!.results.filter((r) => r.ruleId === 'dead-allow').map((r) => r.locations[0]!.physicalLocation.region.startLine).sort()).toEqual([5, 8]);
  });
});

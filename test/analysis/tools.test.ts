// Tool-name conflicts (--check-conflicts), cross-checked by brute force: random policies (a root
// and one override) over a pool of tool patterns; the expected verdicts come from enumerating
// names with the engine's own matcher (WordPatternList, folding case for denies and approval
// gates as src/engine/lists.ts does) over names built from the patterns' pieces.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConflicts } from '../../src/analysis/index.js';
import { WordPatternList } from '../../src/match/matcher.js';
import { loadPolicySet, type PolicySet } from '../../src/policy/index.js';
import type { Finding } from '../../src/report/finding.js';

const POOL = ['mcp__github__*', 'mcp__github__get_issue', 'MCP__GitHub__get_issue', 'mcp__*', 'mcp__*__get_issue', 'mcp__payments__*', '*__charge', 'Bash', 'bash', 'Web*', 'WebFetch'];
const ROOT = '/virtual/repo';
const list = (xs: string[]): string => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;

async function load(files: Record<string, string>): Promise<PolicySet | undefined> {
  const abs = (rel: string) => join(ROOT, rel);
  const overrides = Object.keys(files).filter((f) => f.endsWith('.override.yml')).map(abs);
  const loaded = await loadPolicySet({ cwd: ROOT, config: abs('.agent-policy.yml'), readFile: (p) => Object.entries(files).find(([rel]) => abs(rel) === p)?.[1], overrideFiles: () => overrides });
  return loaded.set;
}

/** Names from the pool: each `*` filled with a few strings, in both cases. */
const NAMES = [
  ...new Set(
    POOL.flatMap((p) => ['', 'x', 'github', 'GitHub', 'payments', 'get_issue', 'a__get_issue', 'Fetch', 'x__charge'].map((fill) => p.replaceAll('*', fill))).flatMap((n) => [n, n.toLowerCase(), n.toUpperCase()]),
  ),
].filter((n) => n !== '');

const matcher = (pattern: string, fold: boolean) => {
  const l = new WordPatternList([pattern], { nocase: fold });
  return (name: string) => l.matches(name).length > 0;
};

const toolFindings = (fs: Finding[]) => fs.filter((f) => (f.data as { subject?: string } | undefined)?.subject === 'tool');
const counted = { dead: 0 };

describe('--check-conflicts on tool names', () => {
  it('reports exactly the allows and approvals every name of which is denied (brute force)', async () => {
    const pats = fc.uniqueArray(fc.constantFrom(...POOL), { maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(pats, pats, pats, pats, async (allow, deny, approvals, ovDeny) => {
        const root = [
          'version: "2.1"',
          'default_permissions:',
          '  tools:',
          `    allow: ${list(allow)}`,
          `    deny: ${list(deny)}`,
          ...(approvals.length ? ['constraints:', '  require_human_approval:', ...approvals.map((a) => `    - tool_pattern: ${JSON.stringify(a)}`)] : []),
          '',
        ].join('\n');
        const override = ['permissions:', '  tools:', `    allow: ${list(allow.slice(0, 1))}`, `    deny: ${list(ovDeny)}`, ''].join('\n');
        const set = await load({ '.agent-policy.yml': root, 'svc/.agent-policy.override.yml': override });
        if (!set) return;
        const findings = toolFindings(await checkConflicts(set));
        const fullyDenied = (pattern: string, fold: boolean, denies: string[]) => {
          const mine = NAMES.filter(matcher(pattern, fold));
          return mine.length > 0 && mine.every((n) => denies.some((d) => matcher(d, true)(n)));
        };
        const expected = [
          ...allow.filter((p) => fullyDenied(p, false, deny)).map((p) => `dead-allow ${p} ${ROOT}/.agent-policy.yml`),
          ...approvals.filter((p) => fullyDenied(p, true, deny)).map((p) => `unreachable-approval ${p} ${ROOT}/.agent-policy.yml`),
          ...allow.slice(0, 1).filter((p) => fullyDenied(p, false, [...deny, ...ovDeny])).map((p) => `dead-allow ${p} ${ROOT}/svc/.agent-policy.override.yml`),
        ].sort();
        const got = findings.filter((f) => f.ruleId === 'dead-allow' || f.ruleId === 'unreachable-approval').map((f) => `${f.ruleId} ${(f.data as { pattern: string }).pattern} ${f.file}`).sort();
        expect(got).toEqual(expected);
        counted.dead += got.length;
        for (const f of findings) {
          const d = f.data as { pattern: string; broader?: string; onlyBroader?: string; denies?: { pattern: string }[] };
          if (f.ruleId === 'dead-allow' || f.ruleId === 'unreachable-approval') {
            expect(matcher(d.pattern, f.ruleId !== 'dead-allow')(f.witness!)).toBe(true);
            expect(d.denies!.some((x) => matcher(x.pattern, true)(f.witness!))).toBe(true);
          }
          if (f.ruleId === 'redundant-pattern') {
            // Everything the narrower pattern names, the broader one names too; the witness is the broader's alone.
            const narrowNames = NAMES.filter(matcher(d.pattern, false));
            expect(narrowNames.every(matcher(d.broader!, true))).toBe(true);
            expect(matcher(d.broader!, true)(d.onlyBroader!)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(counted.dead).toBeGreaterThan(20);
  });

  it('names the deny, the witness and the line', async () => {
    const set = await load({ '.agent-policy.yml': 'version: "2.1"\ndefault_permissions:\n  tools:\n    allow: ["mcp__github__get_issue", "mcp__docs__*"]\n    deny: ["MCP__GITHUB__*"]\n' });
    const findings = toolFindings(await checkConflicts(set!));
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'dead-allow', severity: 'error', line: 4, witness: 'mcp__github__get_issue', message: expect.stringContaining('denied by "MCP__GITHUB__*"') }),
    ]);
  });
});

describe('--check-conflicts on tool names, per agent', () => {
  it("reports an agent's allows its own or the root's denies kill, and agent denies the root already has", async () => {
    const yaml = [
      'version: "2.1"',
      'default_permissions:',
      '  tools:',
      '    allow: ["mcp__github__*"]',
      '    deny: ["mcp__payments__*"]',
      'agents:',
      '  - id: "builder"',
      '    permissions:',
      '      tools:',
      '        allow: ["mcp__github__get_issue", "mcp__payments__refund", "mcp__docs__search"]',
      '        deny: ["mcp__github__*", "MCP__PAYMENTS__charge", "mcp__slack__*"]',
      '',
    ].join('\n');
    const findings = toolFindings(await checkConflicts((await load({ '.agent-policy.yml': yaml }))!));
    const got = findings.map((f) => `${f.ruleId} ${(f.data as { pattern: string }).pattern}`).sort();
    expect(got).toEqual(['dead-allow mcp__github__get_issue', 'dead-allow mcp__payments__refund', 'redundant-pattern MCP__PAYMENTS__charge']);
    expect(findings.every((f) => f.message.startsWith('Agent "builder"'))).toBe(true);
  });
});

// End to end: the bundled Action against the local GitHub API, one recorded pull request each.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { githubSarifProblems, validateSarif } from '../helpers/sarif.js';
import { FIXTURES, hasStackTrace } from '../helpers/cli.js';
import { runScenario, type ActionRun } from './helpers.js';

const runs: ActionRun[] = [];
afterEach(async () => {
  while (runs.length) await runs.pop()!.server.close();
});
async function run(...args: Parameters<typeof runScenario>): Promise<ActionRun> {
  const r = await runScenario(...args);
  runs.push(r);
  return r;
}

const writes = (r: ActionRun) => r.server.requests.filter((q) => q.method !== 'GET').map((q) => `${q.method} ${q.path}`);
const sarifOf = (r: ActionRun) => JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8'));

describe('the Action on pull requests (dist/index.js against a local GitHub API)', () => {
  it('a Claude Code pull request that edits denied files: errors on those files, labels, failure', async () => {
    const r = await run('claude-denied', { pageSize: 2, inputs: { 'sarif-file': 'out/agent-policy.sarif' } });
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    expect(r.code).toBe(1);

    // Every page of commits and files was read (page size 2: Link headers followed).
    const pages = (p: string) => r.server.requests.filter((q) => q.path === p).map((q) => q.query.get('page') ?? '1');
    expect(pages('/repos/acme/widgets/pulls/41/commits')).toEqual(['1', '2']);
    expect(pages('/repos/acme/widgets/pulls/41/files')).toEqual(['1', '2', '3']);
    expect(r.server.requests.every((q) => q.headers.authorization === 'token ghs_e2eTestToken')).toBe(true);

    const errors = r.commands.filter((c) => c.startsWith('::error '));
    expect(errors).toEqual([
      expect.stringMatching(/^::error file=\.github\/workflows\/release\.yml,line=5,col=1,title=agent-write-denied::claude may not write \.github\/workflows\/release\.yml/),
      expect.stringMatching(/^::error file=secrets\/api\.key,line=1,col=1,title=agent-write-denied::claude may not write secrets\/api\.key/),
    ]);
    expect(r.commands.some((c) => /src\/logger\.ts|test\/logger|docs\//.test(c))).toBe(false);
    expect(r.commands).toContain('::error::agent-policy-lint found 2 errors');

    // Labels: added (never replaced); the missing one created first, the existing one accepted.
    expect(r.server.labelsAdded(41)).toEqual(['agent-authored', 'agent-policy-violation']);
    expect(r.server.labelsCreated()).toEqual(['agent-policy-violation']);
    expect(writes(r)).toEqual(['POST /repos/acme/widgets/labels', 'POST /repos/acme/widgets/labels', 'POST /repos/acme/widgets/issues/41/labels']);

    expect(r.outputs).toMatchObject({ 'agent-authored': 'true', errors: '2', warnings: '0', 'sarif-file': join(r.workspace, 'out/agent-policy.sarif') });
    const signals = JSON.parse(r.outputs['agent-signals']!) as { kind: string; agent: string; confidence: string; evidence: string }[];
    expect(signals.map((s) => `${s.confidence} ${s.kind} ${s.evidence}`)).toEqual(
      expect.arrayContaining([
        'strong login claude[bot]',
        'weak branch claude/fix-logger-retries',
        'medium trailer Co-Authored-By: Claude <noreply@anthropic.com>',
        'medium footer 🤖 Generated with [Claude Code](https://claude.com/claude-code)',
        'medium trailer Co-authored-by: claude[bot] <209825114+claude[bot]@users.noreply.github.com>',
      ]),
    );

    expect(r.summary).toMatch(/^## ❌ agent-policy-lint: 🤖 agent-authored pull request \(claude, strong signal\) · 2 errors, 0 warnings/);
    expect(r.summary).toContain('| strong | login | claude | claude\\[bot\\] |');
    expect(r.summary).toContain('Labels added: `agent-authored`, `agent-policy-violation`.');
    expect(r.summary).toContain('### Findings');
    expect(r.summary).toContain(`(https://github.com/acme/widgets/blob/${'a1'.repeat(20)}/.github/workflows/release.yml#L5)`);

    const sarif = sarifOf(r);
    expect(validateSarif(sarif)).toEqual([]);
    expect(githubSarifProblems(sarif)).toEqual([]);
    expect(sarif.runs[0].results.map((x: any) => [x.ruleId, x.level, x.locations[0].physicalLocation.artifactLocation.uri])).toEqual([
      ['agent-write-denied', 'error', '.github/workflows/release.yml'],
      ['agent-write-denied', 'error', 'secrets/api.key'],
    ]);
  });

  it('a Copilot pull request that touches package.json: an approval warning, the approval label, success', async () => {
    const r = await run('copilot-approval', { inputs: { 'sarif-file': 'agent-policy.sarif' } });
    expect(r.code).toBe(0);
    expect(r.commands.filter((c) => c.startsWith('::error'))).toEqual([]);
    expect(r.commands).toEqual([
      expect.stringMatching(/^::warning file=package\.json,line=3,col=1,title=agent-write-needs-approval::copilot changed package\.json, which needs human approval/),
    ]);
    expect(r.server.labelsAdded(42)).toEqual(['agent-authored', 'needs-human-approval']);
    expect(r.outputs).toMatchObject({ 'agent-authored': 'true', errors: '0', warnings: '1' });
    const signals = JSON.parse(r.outputs['agent-signals']!) as { kind: string; evidence: string; count: number }[];
    expect(signals.find((s) => s.kind === 'login' && s.evidence === 'Copilot')).toBeDefined();
    expect(r.summary).toMatch(/^## ⚠️ agent-policy-lint: 🤖 agent-authored pull request \(copilot, strong signal\) · 0 errors, 1 warning/);
    expect(validateSarif(sarifOf(r))).toEqual([]);
  });

  it('an agent log large enough for worker threads: they run from the bundle, with the same annotations', async () => {
    const files = { 'logs/agent.jsonl': readFileSync(join(FIXTURES, 'logs/audit.jsonl'), 'utf8') };
    const inputs = { 'agent-log': 'logs/agent.jsonl' };
    const one = await run('human', { inputs, files, env: { AGENT_POLICY_LINT_REPLAY_WORKERS: '0' } });
    // Every log counts as large, in slices of a line or two: a bundle whose workers could not
    // load their chunk would redo every slice on the main thread, and the trace would say so.
    const split = await run('human', { inputs, files, env: { AGENT_POLICY_LINT_REPLAY_PARALLEL_MIN: '0', AGENT_POLICY_LINT_REPLAY_SLICE: '300', AGENT_POLICY_LINT_REPLAY_TRACE: '1' } });
    expect(one.commands.filter((c) => c.includes('replay-')).length).toBeGreaterThan(3);
    expect(split.commands).toEqual(one.commands);
    expect(split.outputs).toEqual({ ...one.outputs, 'sarif-file': split.outputs['sarif-file'] });
    const trace = /replay: .*agent\.jsonl: (\d+) slices, (\d+) by (\d) workers/.exec(split.stderr);
    if (availableParallelism() >= 2) {
      expect(trace, split.stderr).not.toBeNull();
      expect([trace![2], trace![3]]).toEqual([trace![1], '2']);
    } else expect(trace).toBeNull();
  });

  it('a human pull request: no label, no annotation, even on files an agent may not touch', async () => {
    const r = await run('human');
    expect(r.code).toBe(0);
    expect(r.commands).toEqual([]);
    expect(writes(r)).toEqual([]);
    expect(r.outputs).toMatchObject({ 'agent-authored': 'false', 'agent-signals': '[]', errors: '0', warnings: '0', 'sarif-file': '' });
    expect(r.summary).toMatch(/^## ✅ agent-policy-lint: pull request #43: no agent signals · 0 errors, 0 warnings, 0 infos/);
  });

  it('a fork pull request whose token cannot label: a warning and a summary note, never a failure', async () => {
    const r = await run('fork', { readOnly: true, inputs: { 'fail-on': 'warning' } });
    expect(r.code).toBe(0);
    // It tried, and GitHub said no.
    expect(writes(r)).toEqual(['POST /repos/acme/widgets/labels']);
    expect(r.server.labelsAdded(44)).toEqual([]);
    expect(r.commands).toEqual([expect.stringMatching(/^::warning title=agent-policy-lint::The token may not label this pull request .*wanted labels: agent-authored\./)]);
    expect(r.outputs).toMatchObject({ 'agent-authored': 'true', errors: '0', warnings: '0' });
    expect(r.summary).toContain('Labels wanted, not added: `agent-authored`.');
    expect(r.summary).toContain('> [!WARNING]\n> The token may not label this pull request');
  });

  it('a wrong input or an API failure fails the step with a message, never a stack trace', async () => {
    const bad = await run('human', { inputs: { 'fail-on': 'sometimes' } });
    expect(bad.code).toBe(1);
    expect(bad.commands).toEqual(['::error::agent-policy-lint: Input fail-on: "sometimes" is not one of error, warning, never']);
    expect(bad.server.requests).toEqual([]);
    expect(hasStackTrace(bad.stdout + bad.stderr)).toBe(false);

    const wrongToken = await run('human', { inputs: { 'github-token': 'ghs_wrong' } });
    expect(wrongToken.code).toBe(1);
    expect(wrongToken.commands).toEqual([expect.stringMatching(/^::error::agent-policy-lint: Listing the (commits|files) of pull request #43 failed \(HTTP 401\): Bad credentials/)]);
    expect(hasStackTrace(wrongToken.stdout + wrongToken.stderr)).toBe(false);
  });

  it('a pull request that widens the policy: warnings on the changed lines, policy-change, the diff', async () => {
    const r = await run('policy-widening', { inputs: { 'sarif-file': 'agent-policy.sarif' } });
    expect(r.code).toBe(0);
    const base = '1'.repeat(40);
    expect(r.server.requests.map((q) => q.url)).toContain(`/repos/acme/widgets/contents/.agent-policy.yml?ref=${base}`);
    const widened = r.commands.filter((c) => c.includes('title=policy-widened'));
    expect(widened).toEqual([
      expect.stringMatching(/^::warning file=\.agent-policy\.yml,line=5,col=61,title=policy-widened::.*adds the filesystem allow "scripts\/\*\*"/),
      expect.stringMatching(/^::warning file=\.agent-policy\.yml,line=6,col=1,title=policy-widened::.*removes the filesystem deny "secrets\/\*\*"/),
      // The approval rule's lines are gone: the warning sits where they were (the end of the file).
      expect.stringMatching(/^::warning file=\.agent-policy\.yml,line=12,col=1,title=policy-widened::.*removes the approval rule file_pattern "package\.json"/),
      expect.stringMatching(/^::warning file=\.agent-policy\.yml,line=12,col=\d+,title=policy-widened::.*adds the network exception "api\.openai\.com"/),
    ]);
    expect(r.commands.filter((c) => !c.includes('title=policy-widened'))).toEqual([]);
    expect(r.server.labelsAdded(45)).toEqual(['policy-change']);
    expect(r.outputs).toMatchObject({ 'agent-authored': 'false', errors: '0', warnings: '4' });
    expect(r.summary).toMatch(/^## ⚠️ agent-policy-lint: pull request #45: no agent signals · 0 errors, 4 warnings/);
    expect(r.summary).toContain('### Policy changes');
    expect(r.summary).toContain('- ⚠️ **widens** (root policy): removes the filesystem deny "secrets/\\*\\*"');
    expect(r.summary).toMatch(/```diff\n--- a\/\.agent-policy\.yml\n\+\+\+ b\/\.agent-policy\.yml\n@@/);
    expect(r.summary).toContain('\n-    deny: [".env*", "secrets/**", ".github/workflows/**"]\n');
    expect(r.summary).toContain('\n+    deny: [".env*", ".github/workflows/**"]\n');
    expect(r.summary).toContain('\n-    - file_pattern: "package.json"\n');
    // Verdict first, then findings, then the diff.
    const at = (s: string) => r.summary.indexOf(s);
    expect(at('## ')).toBe(0);
    expect(at('### Findings')).toBeLessThan(at('### Policy changes'));
    expect(at('### Policy changes')).toBeLessThan(at('```diff'));
    const sarif = sarifOf(r);
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0].results.filter((x: any) => x.ruleId === 'policy-widened')).toHaveLength(4);
  });
});

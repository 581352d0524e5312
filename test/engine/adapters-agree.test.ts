// Every adapter reaches the engine's verdict: the same agent writes, decided in process by
// decide(), by `explain --format json`, by replaying a log, by the pre-commit hook on an agent's
// commit, and by the bundled Action on an agent's pull request, all through the built dist/.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePolicy, decide } from '../../src/engine/index.js';
import type { Outcome } from '../../src/engine/types.js';
import { loadPolicySet } from '../../src/policy/index.js';
import { runScenario, type ActionRun } from '../action/helpers.js';
import { FIXTURES, runCli, tempTree } from '../helpers/cli.js';
import { cli, gitOk, newRepo, write } from '../hooks/repo.js';

const SCENARIO = join(FIXTURES, 'github', 'adapters-agree');
const POLICY = readFileSync(join(SCENARIO, 'workspace', '.agent-policy.yml'), 'utf8');
const AGENT = 'code-assistant';

/** The writes the pull request, the commit and the log all make, with the verdict SPEC 3 gives. */
const EXPECTED: Record<string, Outcome> = {
  'src/a.ts': 'allow',
  'package.json': 'needs-approval',
  // The approval rule gates it (gates ignore case), but its grant and the allow list do not
  // match: no approval can allow it.
  'PACKAGE.JSON': 'deny',
  'web/package.json': 'needs-approval',
  'secrets/key': 'deny',
  'docs/x.md': 'deny',
};
const PATHS = Object.keys(EXPECTED);

/** Which adapter finding means which verdict (no finding for a path: allowed). */
const VERDICT_OF: Record<string, Outcome> = {
  'agent-write-denied': 'deny',
  'agent-write-needs-approval': 'needs-approval',
  'replay-denied-action': 'deny',
  'replay-missing-approval': 'needs-approval',
  'staged-agent-write-denied': 'deny',
  'staged-agent-approval-required': 'needs-approval',
};

function verdicts(findings: { ruleId: string; key: string }[]): Record<string, Outcome> {
  const out: Record<string, Outcome> = Object.fromEntries(PATHS.map((p) => [p, 'allow' as Outcome]));
  for (const f of findings) {
    const v = VERDICT_OF[f.ruleId];
    if (v && f.key in out) out[f.key] = v;
  }
  return out;
}

let dir: string;
let action: ActionRun;

beforeAll(async () => {
  dir = tempTree({ '.agent-policy.yml': POLICY });
  action = await runScenario('adapters-agree');
}, 120_000);
afterAll(async () => {
  await action?.server.close();
});

describe('every adapter reads the one verdict', () => {
  it('decide(): the engine in process', async () => {
    const loaded = await loadPolicySet({ cwd: dir });
    const compiled = compilePolicy(loaded.set!);
    const got = Object.fromEntries(PATHS.map((p) => [p, decide({ kind: 'filesystem', op: 'write', paths: [p], agentId: AGENT }, compiled).outcome]));
    expect(got).toEqual(EXPECTED);
  });

  it('explain --format json prints the outcome, at the top level and per subject', () => {
    for (const p of PATHS) {
      const r = runCli(['explain', '--format', 'json', '--agent', AGENT, p], { cwd: dir });
      const json = JSON.parse(r.stdout) as { outcome: Outcome; subjects: { outcome: Outcome }[] };
      expect([p, json.outcome, json.subjects[0]!.outcome, r.code]).toEqual([p, EXPECTED[p], EXPECTED[p], EXPECTED[p] === 'allow' ? 0 : 1]);
    }
    const stylish = runCli(['explain', '--agent', AGENT, 'PACKAGE.JSON'], { cwd: dir });
    expect(stylish.stdout).toMatch(/^✖ denied/);
    expect(stylish.stdout).toContain('no approval can allow it');
    expect(runCli(['explain', '--agent', AGENT, 'package.json'], { cwd: dir }).stdout).toMatch(/^⚠ needs a human approval/);
  });

  it('replay of an agent log (--agent-log)', () => {
    const log = PATHS.map((p, i) =>
      JSON.stringify({ timestamp: `2026-06-08T14:3${i}:00Z`, agent_id: AGENT, action: 'filesystem.write', path: p, allowed: true, policy_version: '1.0' }),
    );
    writeFileSync(join(dir, 'agent-actions.jsonl'), log.join('\n') + '\n');
    const r = runCli(['--agent-log', 'agent-actions.jsonl', '--format', 'json'], { cwd: dir });
    const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; line: number }[] }).findings;
    expect(verdicts(findings.map((f) => ({ ruleId: f.ruleId, key: PATHS[f.line - 1]! })))).toEqual(EXPECTED);
  });

  it('--staged on an agent commit (a real git repository)', () => {
    const repo = newRepo({ '.agent-policy.yml': POLICY });
    gitOk(repo, 'add', '.');
    gitOk(repo, 'commit', '-q', '-m', 'person: policy');
    for (const p of PATHS) write(repo, p, 'x\n');
    gitOk(repo, 'add', ...PATHS);
    const r = cli(repo, ['--staged', '--agent', AGENT, '--format', 'json']);
    const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; file: string }[] }).findings;
    expect(verdicts(findings.map((f) => ({ ruleId: f.ruleId, key: f.file })))).toEqual(EXPECTED);
  });

  it("the Action's check of an agent pull request (dist/index.js against a local GitHub API)", () => {
    const found = action.commands
      .map((c) => /^::(?:error|warning) file=([^,]+),.*title=([a-z-]+)::/.exec(c))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ key: m[1]!, ruleId: m[2]! }));
    expect(verdicts(found)).toEqual(EXPECTED);
    const upper = action.commands.find((c) => c.includes('file=PACKAGE.JSON'))!;
    expect(upper).toMatch(/title=agent-write-denied::copilot may not write PACKAGE\.JSON: .*no approval can allow it/);
  });
});

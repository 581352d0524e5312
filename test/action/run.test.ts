// runAction with a fake GitHub client and a stand-in engine: the orchestration without a server.
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import type { Action, Decision } from '../../src/engine/types.js';
import type { CommitInfo } from '../../src/agents/signals.js';
import type { GitHubClient, LabelSpec, PrFile } from '../../src/action/client.js';
import { GitHubApiError } from '../../src/action/client.js';
import { readInputs } from '../../src/action/inputs.js';
import { runAction, type DecideFn } from '../../src/action/run.js';
import type { PolicySet } from '../../src/policy/types.js';
import { tempTree } from '../helpers/cli.js';

const POLICY = `version: "1.0"
permissions:
  filesystem:
    deny: ["secrets/**", ".github/workflows/**"]
constraints:
  require_human_approval:
    - file_pattern: "package.json"
`;

/** Deny, then approval, then allow: enough of the engine for these tests. */
async function fakeEngine(set: PolicySet): Promise<DecideFn> {
  const m = (p: string) => picomatch(p, { dot: true, basename: !p.includes('/') });
  const deny = set.root.permissions.filesystem.deny.map((r) => ({ r, is: m(r.pattern) }));
  const appr = set.root.constraints.requireHumanApproval.filter((r) => r.kind === 'file').map((r) => ({ r, is: m(r.pattern) }));
  return (a: Action): Decision => {
    const path = a.kind === 'filesystem' ? a.paths[0]! : '';
    const d = deny.find((x) => x.is(path));
    const ap = appr.find((x) => x.is(path));
    const rules = d
      ? [{ effect: 'deny' as const, pattern: d.r.pattern, origin: d.r.origin, subject: path, matched: true }]
      : ap
        ? [{ effect: 'approval' as const, pattern: ap.r.pattern, origin: ap.r.origin, subject: path, matched: true }]
        : [];
    const allowed = !d && !ap;
    const reason = d ? `matches deny "${d.r.pattern}"` : ap ? `matches require_human_approval "${ap.r.pattern}"` : 'allowed';
    const outcome = allowed ? 'allow' : d ? 'deny' : 'needs-approval';
    return {
      outcome,
      allowed,
      requiresApproval: !d && Boolean(ap),
      approved: false,
      reason,
      subjects: [{ subject: path, kind: 'path', outcome, allowed, requiresApproval: !d && Boolean(ap), reason, rules }],
    };
  };
}

class FakeClient implements GitHubClient {
  calls: string[] = [];
  labels: string[] = [];
  constructor(
    private readonly commits: CommitInfo[],
    private readonly files: PrFile[],
    private readonly readOnly = false,
    private readonly contents: Record<string, string> = {},
  ) {}
  async listPullCommits(n: number) {
    this.calls.push(`commits ${n}`);
    return this.commits;
  }
  async listPullFiles(n: number) {
    this.calls.push(`files ${n}`);
    return this.files;
  }
  async getFileAt(path: string, ref: string) {
    this.calls.push(`contents ${path}@${ref}`);
    return this.contents[`${path}@${ref}`];
  }
  async createLabel(l: LabelSpec) {
    this.calls.push(`create ${l.name}`);
    if (this.readOnly) throw new GitHubApiError('Resource not accessible by integration', 403);
    return 'created' as const;
  }
  async addLabels(n: number, names: string[]) {
    this.calls.push(`add ${n} ${names.join(',')}`);
    this.labels.push(...names);
  }
}

const claudeCommit: CommitInfo = { sha: 'c'.repeat(40), message: 'fix\n\nCo-Authored-By: Claude <noreply@anthropic.com>', authorLogin: 'ada' };
const humanCommit: CommitInfo = { sha: 'd'.repeat(40), message: 'fix', authorLogin: 'ada' };

function setup(inputs: Record<string, string> = {}, eventName = 'pull_request') {
  const ws = tempTree({ '.agent-policy.yml': POLICY });
  const lines: string[] = [];
  const env = {
    eventName,
    event: eventName.startsWith('pull_request')
      ? { pull_request: { number: 9, user: { login: 'ada' }, head: { ref: 'feature/x', sha: 'h'.repeat(40) }, base: { sha: 'b'.repeat(40) } } }
      : { ref: 'refs/heads/main' },
    repository: 'acme/widgets',
    workspace: ws,
    sha: 's'.repeat(40),
    serverUrl: 'https://github.com',
  };
  const get = (n: string) => ({ 'github-token': 't', ...inputs })[n] ?? '';
  return { ws, lines, env, inputs: readInputs(get), out: { line: (t: string) => lines.push(t) } };
}

describe('runAction', () => {
  it('an agent pull request: denied and approval-gated files, labels, failure', async () => {
    const s = setup();
    const client = new FakeClient(
      [claudeCommit],
      [
        { filename: 'secrets/a.key', status: 'added', patch: '@@ -0,0 +1 @@\n+x' },
        { filename: 'web/package.json', status: 'modified', patch: '@@ -4,2 +4,2 @@\n-a\n+b' },
        { filename: 'src/ok.ts', status: 'modified' },
        { filename: '.github/workflows/ci.yml', status: 'removed' },
      ],
    );
    const r = await runAction(s.inputs, s.env, client, s.out, { engine: fakeEngine });
    expect(r.detection).toMatchObject({ agentAuthored: true, agent: 'claude', confidence: 'medium' });
    expect(r.findings.map((f) => `${f.severity} ${f.ruleId} ${f.file}:${f.line}`)).toEqual([
      'error agent-write-denied .github/workflows/ci.yml:0',
      'error agent-write-denied secrets/a.key:1',
      'warning agent-write-needs-approval web/package.json:4',
    ]);
    expect(r.findings[0]!.message).toBe('claude may not delete .github/workflows/ci.yml: matches deny ".github/workflows/**"');
    expect(r.findings[1]!.related).toEqual([{ file: '.agent-policy.yml', line: 4, column: expect.any(Number), message: 'deny "secrets/**"' }]);
    expect(client.labels).toEqual(['agent-authored', 'agent-policy-violation', 'needs-human-approval']);
    expect(r.failure).toBe('agent-policy-lint found 2 errors');
    expect(s.lines).toEqual([
      expect.stringMatching(/^::error file=\.github\/workflows\/ci\.yml,title=agent-write-denied::/),
      expect.stringMatching(/^::error file=secrets\/a\.key,line=1,col=1,title=agent-write-denied::/),
      expect.stringMatching(/^::warning file=web\/package\.json,line=4,col=1,title=agent-write-needs-approval::/),
    ]);
  });

  it('a copy of a denied file publishes its content: a read of the source, reported on the copy', async () => {
    const s = setup();
    const client = new FakeClient(
      [claudeCommit],
      [
        { filename: 'src/key.txt', status: 'copied', previousFilename: 'secrets/api.key', patch: '@@ -0,0 +1 @@\n+x' },
        { filename: 'src/b.ts', status: 'copied', previousFilename: 'src/a.ts' },
      ],
    );
    const r = await runAction(s.inputs, s.env, client, s.out, { engine: fakeEngine });
    expect(r.findings.map((f) => `${f.severity} ${f.ruleId} ${f.file}:${f.line} ${f.message}`)).toEqual([
      'error agent-write-denied src/key.txt:1 claude may not copy secrets/api.key into src/key.txt: matches deny "secrets/**"',
    ]);
    expect(r.failure).toBe('agent-policy-lint found 1 error');
  });

  it('annotates at most 10 errors and 10 warnings a step (the failure message is one), the rest in the summary', async () => {
    const s = setup();
    const files: PrFile[] = [
      ...Array.from({ length: 15 }, (_, i) => ({ filename: `secrets/k${String(i).padStart(2, '0')}`, status: 'added' as const })),
      ...Array.from({ length: 12 }, (_, i) => ({ filename: `p${String(i).padStart(2, '0')}/package.json`, status: 'modified' as const })),
    ];
    const r = await runAction(s.inputs, s.env, new FakeClient([claudeCommit], files), s.out, { engine: fakeEngine });
    const errs = s.lines.filter((l) => l.startsWith('::error'));
    const warns = s.lines.filter((l) => l.startsWith('::warning'));
    expect(errs).toHaveLength(9);
    expect(warns).toHaveLength(10);
    // Errors first.
    expect(s.lines.findIndex((l) => l.startsWith('::warning'))).toBe(9);
    expect(r.errors).toBe(15);
    expect(r.warnings).toBe(12);
    expect(r.summary).toContain('6 errors and 2 warnings are only listed here and in the SARIF file');
  });

  it('a human pull request: no decisions, no labels', async () => {
    const s = setup();
    const client = new FakeClient([humanCommit], [{ filename: 'secrets/a.key', status: 'added' }]);
    const r = await runAction(s.inputs, s.env, client, s.out, { engine: fakeEngine });
    expect(r.detection?.agentAuthored).toBe(false);
    expect(r.findings).toEqual([]);
    expect(client.calls).toEqual(['commits 9', 'files 9']);
    expect(r.failure).toBeUndefined();
  });

  it('label-agent-prs: false writes nothing; fail-on: never never fails', async () => {
    const s = setup({ 'label-agent-prs': 'false', 'fail-on': 'never' });
    const client = new FakeClient([claudeCommit], [{ filename: 'secrets/a.key', status: 'added' }]);
    const r = await runAction(s.inputs, s.env, client, s.out, { engine: fakeEngine });
    expect(r.errors).toBe(1);
    expect(client.calls.filter((c) => c.startsWith('create') || c.startsWith('add'))).toEqual([]);
    expect(r.failure).toBeUndefined();
  });

  it('fail-on: warning fails on warnings', async () => {
    const s = setup({ 'fail-on': 'warning' });
    const client = new FakeClient([claudeCommit], [{ filename: 'package.json', status: 'modified' }]);
    const r = await runAction(s.inputs, s.env, client, s.out, { engine: fakeEngine });
    expect(r.failure).toBe('agent-policy-lint found 0 errors, 1 warning, 0 infos');
  });

  it('a read-only token: a warning line and a note, no failure', async () => {
    const s = setup({ 'fail-on': 'warning' });
    const client = new FakeClient([claudeCommit], [{ filename: 'src/a.ts', status: 'added' }], true);
    const r = await runAction(s.inputs, s.env, client, s.out, { engine: fakeEngine });
    expect(r.failure).toBeUndefined();
    expect(r.labels).toMatchObject({ readOnly: true, applied: [] });
    expect(s.lines).toEqual([expect.stringMatching(/^::warning title=agent-policy-lint::The token may not label this pull request/)]);
  });

  it('decides paths relative to the policy root; paths outside it go to the engine absolute', async () => {
    const ws = tempTree({ 'pkg/.agent-policy.yml': POLICY });
    const s = setup({ config: 'pkg/.agent-policy.yml' });
    const env = { ...s.env, workspace: ws };
    const seen: string[] = [];
    const engine = async (set: PolicySet): Promise<DecideFn> => {
      const inner = await fakeEngine(set);
      return (a) => {
        if (a.kind === 'filesystem') seen.push(...a.paths);
        return inner(a);
      };
    };
    const client = new FakeClient([claudeCommit], [{ filename: 'pkg/secrets/a', status: 'added' }, { filename: 'other/b.ts', status: 'added' }]);
    const r = await runAction(s.inputs, env, client, s.out, { engine });
    expect(seen).toEqual(['secrets/a', `${ws}/other/b.ts`]);
    expect(r.findings.map((f) => `${f.ruleId} ${f.file}`)).toEqual(['agent-write-denied pkg/secrets/a']);
  });

  it('an agent cannot widen the policy that judges its own pull request', async () => {
    const s = setup();
    const widened = POLICY.replace('deny: ["secrets/**", ".github/workflows/**"]', 'deny: [".github/workflows/**"]');
    const ws = tempTree({ '.agent-policy.yml': widened, 'secrets/a.key': 'k' });
    const client = new FakeClient(
      [claudeCommit],
      [
        { filename: '.agent-policy.yml', status: 'modified', patch: '@@ -4 +4 @@\n-a\n+b' },
        { filename: 'secrets/a.key', status: 'added' },
      ],
      false,
      { [`.agent-policy.yml@${'b'.repeat(40)}`]: POLICY },
    );
    const r = await runAction(s.inputs, { ...s.env, workspace: ws }, client, s.out, { engine: fakeEngine });
    expect(r.findings.map((f) => `${f.severity} ${f.ruleId} ${f.file}`)).toEqual([
      'warning policy-widened .agent-policy.yml',
      'error agent-write-denied secrets/a.key',
    ]);
    expect(r.findings[1]!.message).toBe('claude may not write secrets/a.key: matches deny "secrets/**" (the policy at the base commit)');
    expect(client.labels).toEqual(['agent-authored', 'agent-policy-violation', 'policy-change']);
  });

  it('an agent pull request that changes the policy when its base cannot be read: an error', async () => {
    const s = setup();
    const client = new FakeClient([claudeCommit], [{ filename: '.agent-policy.yml', status: 'modified' }]);
    client.getFileAt = async () => {
      throw new GitHubApiError('Reading .agent-policy.yml failed (HTTP 500)', 500);
    };
    const r = await runAction(s.inputs, s.env, client, s.out, { engine: fakeEngine });
    expect(r.findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual(['error policy-base-unreadable']);
    expect(r.findings[0]!.message).toMatch(/judged by the changed policy only$/);
  });

  it('replays the agent logs a pull request adds; an error there is a violation', async () => {
    const s = setup();
    const log = '{"timestamp":"2026-06-08T14:32:01Z","agent_id":"code-assistant","action":"filesystem.write","path":"secrets/x.key","allowed":true}\n';
    const ws = tempTree({ '.agent-policy.yml': POLICY, 'logs/run.agent-actions.jsonl': log, 'other.jsonl': log });
    const client = new FakeClient(
      [humanCommit],
      [
        { filename: 'logs/run.agent-actions.jsonl', status: 'added' },
        { filename: 'other.jsonl', status: 'added' },
      ],
    );
    const r = await runAction(s.inputs, { ...s.env, workspace: ws }, client, s.out, { engine: fakeEngine });
    const replayed = r.findings.filter((f) => f.severity === 'error');
    expect(replayed.length).toBeGreaterThan(0);
    expect(replayed.every((f) => f.file === 'logs/run.agent-actions.jsonl' && f.line === 1)).toBe(true);
    expect(client.labels).toEqual(['agent-policy-violation']);
  });

  it('on push: lint only, no pull request calls', async () => {
    const s = setup({}, 'push');
    const client = new FakeClient([claudeCommit], []);
    const r = await runAction(s.inputs, s.env, client, s.out, { engine: fakeEngine });
    expect(client.calls).toEqual([]);
    expect(r.detection).toBeUndefined();
    expect(r.summary).toMatch(/^## ✅ agent-policy-lint: 0 errors, 0 warnings, 0 infos/);
  });

  it('an agent-log input that names a missing file is a note, not a crash', async () => {
    const s = setup({ 'agent-log': '.agent-actions.jsonl' }, 'push');
    const r = await runAction(s.inputs, s.env, undefined, s.out, { engine: fakeEngine });
    expect(r.notes).toEqual(['agent-log: .agent-actions.jsonl is not in the checkout; nothing to replay from it.']);
    expect(r.failure).toBeUndefined();
  });
});

describe('readInputs', () => {
  const get = (m: Record<string, string>) => (n: string) => m[n] ?? '';
  it('reads defaults and lists', () => {
    expect(readInputs(get({ 'agent-log': 'a.jsonl, logs/{x,y}/*.jsonl\n# comment\nb.jsonl\n' }))).toEqual({
      agentLogs: ['a.jsonl', 'logs/{x,y}/*.jsonl', 'b.jsonl'],
      checkConflicts: false,
      labelAgentPrs: true,
      agentLabel: 'agent-authored',
      failOn: 'error',
      token: '',
    });
  });
  it('rejects bad values with the input name', () => {
    expect(() => readInputs(get({ 'fail-on': 'sometimes' }))).toThrow('Input fail-on: "sometimes" is not one of error, warning, never');
    expect(() => readInputs(get({ 'check-conflicts': 'yes' }))).toThrow('Input check-conflicts: "yes" is not a boolean');
    expect(() => readInputs(get({ 'agent-label': 'a,b' }))).toThrow(/agent-label/);
  });
});

// Every agent's hook payload fixture (fixtures/agents) through the built CLI as a subprocess:
// the answer each agent honours, the exit code, and the session log the guard writes.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { fixture, guardRepo, limited, logLines, runHook, type HookRun } from './helpers.js';

type Expect = 'allow' | 'deny' | 'ask' | 'noted' | 'fail';

// What each fixture must get: allow (no objection), deny, ask, noted (a post-tool or session
// event: logged, no objection) or fail (fails closed).
const CASES: Array<[string, string, Expect, string?]> = [
  ['claude', 'pre-bash-allow.json', 'allow'],
  ['claude', 'pre-bash-deny.json', 'deny', '.agent-policy.yml:8'],
  ['claude', 'pre-write-ask.json', 'ask', '.agent-policy.yml:14'],
  ['claude', 'pre-read-deny.json', 'deny', '.agent-policy.yml:5'],
  ['claude', 'pre-webfetch-deny.json', 'deny', 'paste.example.com'],
  ['claude', 'pre-mcp-deny.json', 'deny', 'secrets/token.txt'],
  ['claude', 'pre-edit-hook-config.json', 'deny', '<built-in>:3'],
  // An MCP tool the table does not know: a command nested in its input is decided all the same.
  ['claude', 'pre-mcp-nested-deny.json', 'deny', 'curl'],
  // A value shaped like a path under a key no table names is decided too, as a guess: a deny refuses
  // it (secrets/token.txt), and nothing else does (acme/widgets is a repository, not a file).
  ['claude', 'pre-mcp-path-value-deny.json', 'deny', 'secrets/token.txt'],
  ['claude', 'pre-mcp-repo-name-allow.json', 'allow'],
  ['claude', 'post-write.json', 'noted'],
  ['claude', 'session-start.json', 'noted'],
  ['claude', 'unknown-event.json', 'fail', 'unknown claude hook event "Notification"'],
  ['codex', 'pre-bash-allow.json', 'allow'],
  ['codex', 'pre-bash-argv-deny.json', 'deny', 'curl'],
  // The directory a shell tool runs its command in (Codex's workdir, Gemini's directory) is where its files are.
  ['codex', 'pre-bash-workdir-deny.json', 'deny', 'secrets/token.txt'],
  ['codex', 'pre-apply-patch-deny.json', 'deny', 'secrets/new.key'],
  ['codex', 'pre-apply-patch-approval.json', 'deny', 'no approval prompt'],
  ['codex', 'pre-mcp-allow.json', 'allow'],
  ['codex', 'post-bash.json', 'noted'],
  ['codex', 'session-start.json', 'noted'],
  ['gemini', 'before-shell-allow.json', 'allow'],
  ['gemini', 'before-shell-directory-deny.json', 'deny', 'secrets/token.txt'],
  ['gemini', 'before-write-deny.json', 'deny', '.env.local'],
  ['gemini', 'before-replace-approval.json', 'deny', 'no approval prompt'],
  ['gemini', 'before-read-many-deny.json', 'deny', 'secrets/token.txt'],
  ['gemini', 'before-webfetch-deny.json', 'deny', 'evil.example.com'],
  ['gemini', 'after-tool.json', 'noted'],
  ['gemini', 'session-end.json', 'noted'],
  ['cursor', 'before-shell-deny.json', 'deny', 'rm -rf'],
  ['cursor', 'before-shell-allow.json', 'allow'],
  ['cursor', 'before-read-deny.json', 'deny', 'secrets/token.txt'],
  ['cursor', 'before-mcp-deny.json', 'deny', 'curl'],
  ['cursor', 'after-file-edit.json', 'noted'],
  ['copilot', 'pre-bash-deny.json', 'deny', 'git push --force'],
  ['copilot', 'pre-bash-allow.json', 'allow'],
  ['copilot', 'pre-view-deny.json', 'deny', '.env'],
  ['copilot', 'pre-create-approval.json', 'deny', 'no approval prompt'],
  ['copilot', 'pre-web-fetch-deny.json', 'deny', 'evil.example.com'],
  ['copilot', 'pre-snake-case-deny.json', 'deny', 'rm -rf'],
  ['copilot', 'post-tool.json', 'noted'],
  ['copilot', 'session-start.json', 'noted'],
];

/** The decision an answer carries, read the way the agent reads it. */
function decisionOf(agent: string, r: HookRun): { decision: 'allow' | 'deny' | 'ask'; reason: string } {
  if (r.code === 2) return { decision: 'deny', reason: r.stderr };
  expect(r.code).toBe(0);
  if (r.stdout.trim() === '') return { decision: 'allow', reason: '' };
  const o = JSON.parse(r.stdout) as Record<string, any>;
  switch (agent) {
    case 'claude':
    case 'codex': {
      const h = o.hookSpecificOutput;
      expect(h.hookEventName).toBe('PreToolUse');
      return { decision: h.permissionDecision, reason: h.permissionDecisionReason };
    }
    case 'gemini':
      return o.decision === undefined ? { decision: 'allow', reason: '' } : { decision: o.decision, reason: o.reason };
    case 'cursor':
      return { decision: o.permission, reason: o.agent_message ?? '' };
    default:
      return { decision: o.permissionDecision, reason: o.permissionDecisionReason };
  }
}

describe('agent-policy-lint hook (built CLI) answers each agent in its own format', () => {
  let repo: string;
  const results = new Map<string, HookRun>();

  beforeAll(async () => {
    repo = guardRepo();
    // Post-tool events run one after another (each chains onto the log as it is then).
    const runs = await limited(
      CASES.map(([agent, name]) => () => runHook(['--agent', agent, ...(agent === 'copilot' && name.startsWith('post') ? ['--event', 'postToolUse'] : [])], fixture(agent, name, repo), { cwd: repo })),
    );
    CASES.forEach(([agent, name], i) => results.set(`${agent}/${name}`, runs[i]!));
  }, 120_000);

  it.each(CASES)('%s %s → %s', (agent, name, want, mention) => {
    const r = results.get(`${agent}/${name}`)!;
    if (want === 'fail') {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('failed closed');
    } else if (want === 'noted') {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      // Gemini wants JSON on stdout even for no objection.
      if (agent === 'gemini') expect(JSON.parse(r.stdout)).toEqual({});
      else expect(r.stdout).toBe('');
    } else {
      const d = decisionOf(agent, r);
      // Cursor states its allow explicitly; the others object to nothing.
      expect(d.decision).toBe(want);
      if (want === 'allow' && agent !== 'cursor' && agent !== 'gemini') expect(r.stdout).toBe('');
    }
    if (mention) expect(r.stdout + r.stderr).toContain(mention);
  });

  it('logs every decision with the deciding rule, and never a file content', () => {
    const lines = logLines(join(repo, '.agent-logs', 'claude-s1.jsonl'));
    const bash = lines.find((l) => l.tool_use_id === 'toolu_02' && l.action === 'command.exec')!;
    expect(bash).toMatchObject({ event: 'decision', session_id: 'claude-s1', runtime: 'claude', tool: 'Bash', allowed: false, outcome: 'deny', rule: '.agent-policy.yml:8', policy_version: '2.1' });
    expect(String(bash.policy_hash)).toMatch(/^sha256:[0-9a-f]{64}$/);
    const post = lines.find((l) => l.event === 'post-tool')!;
    expect(post).toMatchObject({ tool: 'Write', result: 'success', files: [{ path: 'src/app.ts', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }] });
    // A guessed path is logged only when a deny refused it (replay, reading it as a plain read, refuses it too).
    expect(lines.filter((l) => l.tool_use_id === 'toolu_12' && l.action === 'filesystem.read')).toMatchObject([{ path: 'secrets/token.txt', outcome: 'deny', rule: '.agent-policy.yml:5' }]);
    expect(lines.filter((l) => l.tool_use_id === 'toolu_13').map((l) => l.action)).toEqual(['tool.invoke']);
    // The Write's content ("{}", "x", "export {}") and the read file's content never appear.
    const text = JSON.stringify(lines);
    expect(text).not.toContain('"content"');
    expect(text).not.toContain('TOKEN=abc');
  });

  it('a session log replays clean once closed: no chain break, the guard and replay agree', async () => {
    await runHook(['--agent', 'claude'], fixture('claude', 'session-end.json', repo), { cwd: repo });
    const r = runCli(['--agent-log', '.agent-logs/claude-s1.jsonl', '--format', 'json'], { cwd: repo });
    const findings = JSON.parse(r.stdout).findings as Array<{ ruleId: string; line: number }>;
    expect(findings.filter((f) => f.ruleId.startsWith('audit-chain'))).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'replay-decision-mismatch' || f.ruleId === 'replay-unknown-entry')).toEqual([]);
    // Each line the guard denied is a blocked attempt at that line.
    const lines = logLines(join(repo, '.agent-logs', 'claude-s1.jsonl'));
    const denied = lines.flatMap((l, i) => (l.event === 'decision' && l.allowed === false ? [i + 1] : []));
    const blocked = findings.filter((f) => f.ruleId === 'replay-blocked-attempt' || f.ruleId === 'replay-repeated-blocked-attempts' || f.ruleId === 'replay-missing-approval').map((f) => f.line);
    expect(new Set(blocked)).toEqual(new Set(denied));
  });
});

describe('agent-policy-lint hook fails closed', () => {
  const BOM = '\uFEFF';
  const pre = (agent: string, repo: string) =>
    agent === 'cursor' ? fixture('cursor', 'before-shell-allow.json', repo) : agent === 'copilot' ? fixture('copilot', 'pre-bash-allow.json', repo) : agent === 'gemini' ? fixture('gemini', 'before-shell-allow.json', repo) : fixture(agent, 'pre-bash-allow.json', repo);

  /** The agent's form of a fail-closed deny. */
  function expectFailClosed(agent: string, r: HookRun, why: string): void {
    if (agent === 'copilot') {
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({ permissionDecision: 'deny', permissionDecisionReason: expect.stringContaining(why) });
    } else {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(why);
      if (agent === 'cursor') expect(JSON.parse(r.stdout).permission).toBe('deny');
    }
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }

  it('on malformed JSON, empty stdin, a BOM (except Cursor), a broken policy, an unwritable log and the deadline', async () => {
    const repo = guardRepo();
    const broken = guardRepo({ '.agent-policy.yml': 'version: "2.1"\ndefault_permissions:\n  filesystem: [\n' });
    const unwritable = guardRepo({ '.agent-policy.yml': `version: "2.1"\naudit:\n  log_dir: blocker\n`, blocker: 'a file where the log directory should be\n' });
    const agents = ['claude', 'codex', 'gemini', 'cursor', 'copilot'];
    const tasks: Array<[string, string, () => Promise<HookRun>]> = [];
    for (const agent of agents) {
      tasks.push([agent, 'not valid JSON', () => runHook(['--agent', agent], '{"session_id": ', { cwd: repo })]);
      tasks.push([agent, 'empty payload', () => runHook(['--agent', agent], '', { cwd: repo })]);
      tasks.push([agent, 'the policy cannot be used', () => runHook(['--agent', agent], pre(agent, broken), { cwd: broken })]);
      tasks.push([agent, 'cannot be written', () => runHook(['--agent', agent], pre(agent, unwritable), { cwd: unwritable })]);
    }
    tasks.push(['claude', 'byte order mark', () => runHook(['--agent', 'claude'], BOM + pre('claude', repo), { cwd: repo })]);
    tasks.push(['claude', 'deadline', () => runHook(['--agent', 'claude'], pre('claude', repo), { cwd: repo, env: { AGENT_POLICY_LINT_HOOK_DEADLINE_MS: '1' } })]);
    tasks.push(['gemini', 'unknown gemini hook event', () => runHook(['--agent', 'gemini'], '{"session_id":"g","cwd":"/","hook_event_name":"BeforeModel"}', { cwd: repo })]);
    const runs = await limited(tasks.map(([, , t]) => t));
    tasks.forEach(([agent, why], i) => expectFailClosed(agent, runs[i]!, why));
    expect(existsSync(join(unwritable, 'blocker'))).toBe(true);
  }, 120_000);

  it('an unknown tool whose input nests a denied path 100,000 objects deep is denied, not crashed', async () => {
    const repo = guardRepo();
    const depth = 100_000;
    const input = `${'{"x":'.repeat(depth)}{"file_path":"secrets/token.txt"}${'}'.repeat(depth)}`;
    const payload = `{"session_id":"deep","cwd":${JSON.stringify(repo)},"hook_event_name":"PreToolUse","tool_name":"mcp__odd__tool","tool_input":${input},"tool_use_id":"t"}`;
    const r = await runHook(['--agent', 'claude'], payload, { cwd: repo });
    expect(r.code).toBe(0);
    expect(decisionOf('claude', r)).toEqual({ decision: 'deny', reason: expect.stringContaining('secrets/token.txt') });
  });

  it('Cursor: a payload starting with a BOM is read (the BOM stripped)', async () => {
    const repo = guardRepo();
    const r = await runHook(['--agent', 'cursor'], BOM + fixture('cursor', 'before-shell-deny.json', repo), { cwd: repo });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).permission).toBe('deny');
  });

  it.each(['dist/guard.cjs', 'dist/guard.js'])('the dedicated entry %s answers as the CLI does', async (entry) => {
    const repo = guardRepo();
    writeFileSync(join(repo, 'README.md'), '# x\n');
    const payload = fixture('claude', 'pre-bash-deny.json', repo);
    const viaEntry = await runHook(['--agent', 'claude'], payload, { cwd: repo, entry: join(REPO_ROOT, entry) });
    const viaCli = await runHook(['--agent', 'claude'], payload, { cwd: repo });
    expect(viaEntry).toEqual(viaCli);
    expect(decisionOf('claude', viaEntry).decision).toBe('deny');
  }, 120_000);
});

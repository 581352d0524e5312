// The audit log under concurrency (16 processes × 100 decisions into one session log) and
// against tampering (edit, delete, insert, reorder, truncate), verified by the built CLI's replay.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../src/audit/verify.js';
import { appendChained } from '../../src/audit/writer.js';
import { runCli, tempTree } from '../helpers/cli.js';
import { fixture, guardRepo, runHook } from './helpers.js';

function run(file: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    // The first decision of each process checks the policy cold, 16 at once on a busy machine:
    // this test is about the log, not the deadline (hook-cli.test.ts tests that).
    const child = spawn(process.execPath, [file, ...args], { env: { ...process.env, AGENT_POLICY_LINT_HOOK_DEADLINE_MS: '120000' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`driver exited ${code}: ${err}`))));
  });
}

interface Finding {
  ruleId: string;
  line: number;
  message: string;
}

function replay(dir: string, log: string, env?: Record<string, string>): Finding[] {
  const r = runCli(['--agent-log', log, '--format', 'json'], { cwd: dir, env });
  return (JSON.parse(r.stdout) as { findings: Finding[] }).findings;
}

describe('audit log under concurrency', () => {
  it('16 processes × 100 decisions: 1,600 whole lines, an intact chain, and replay agrees line by line', async () => {
    const repo = guardRepo();
    const driver = join(repo, 'driver.mjs');
    await build({
      entryPoints: [join(__dirname, 'drivers/concurrent.ts')],
      outfile: driver,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
    const outputs = await Promise.all(Array.from({ length: 16 }, (_, w) => run(driver, [repo, String(w), '100'])));
    const answers = new Map<string, string>();
    for (const o of outputs) for (const l of o.trim().split('\n')) {
      const a = JSON.parse(l) as { id: string; decision: string; stderr: string };
      answers.set(a.id, a.decision === 'failed' ? `failed: ${a.stderr}` : a.decision);
    }
    expect(answers.size).toBe(1600);
    expect([...answers.values()].filter((d) => d.startsWith('failed'))).toEqual([]);
    await runHook(['--agent', 'claude'], fixture('claude', 'session-end.json', repo).replace('claude-s1', 'concurrent'), { cwd: repo });

    const file = join(repo, '.agent-logs', 'concurrent.jsonl');
    const text = readFileSync(file, 'utf8');
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(1601);
    expect(verifyChain(text, undefined)).toEqual({ lines: 1601, unverifiedKeyed: false });
    // Every call logged once, with the decision the guard answered.
    const decisions = lines.filter((l) => l.event === 'decision');
    expect(new Set(decisions.map((l) => l.tool_use_id)).size).toBe(1600);
    for (const l of decisions) expect(l.allowed ? 'allow' : 'deny').toBe(answers.get(String(l.tool_use_id)));

    const findings = replay(repo, '.agent-logs/concurrent.jsonl');
    expect(findings.filter((f) => f.ruleId.startsWith('audit-chain') || f.ruleId === 'replay-decision-mismatch' || f.ruleId === 'replay-denied-action')).toEqual([]);
    const denied = new Set(lines.flatMap((l, i) => (l.allowed === false ? [i + 1] : [])));
    expect(denied.size).toBe(800);
    const blocked = new Set(findings.filter((f) => f.ruleId === 'replay-blocked-attempt' || f.ruleId === 'replay-repeated-blocked-attempts').map((f) => f.line));
    expect(blocked).toEqual(denied);
  }, 180_000);
});

describe('audit log tampering', () => {
  let dir: string;
  let original: string[];

  beforeAll(async () => {
    dir = tempTree({ '.agent-policy.yml': 'version: "2.1"\ndefault_permissions:\n  commands:\n    deny: ["rm -rf"]\n' });
    const file = join(dir, 'session.jsonl');
    const rec = (i: number) => ({ timestamp: `2026-06-08T14:32:0${i}Z`, event: 'decision', session_id: 's', runtime: 'claude', action: 'command.exec', command: `echo ${i}`, allowed: true, requires_approval: false });
    await appendChained(file, [{ timestamp: '2026-06-08T14:32:00Z', event: 'session-start', session_id: 's', runtime: 'claude' }]);
    for (let i = 1; i <= 5; i++) await appendChained(file, [rec(i)]);
    await appendChained(file, [{ timestamp: '2026-06-08T14:32:09Z', event: 'session-end', session_id: 's', runtime: 'claude' }]);
    original = readFileSync(file, 'utf8').trim().split('\n');
    expect(original).toHaveLength(7);
  });

  const cases: Array<[string, (l: string[]) => string[], number, RegExp]> = [
    ['editing a line', (l) => l.map((x, i) => (i === 3 ? x.replace('"echo 3"', '"rm -rf /"') : x)), 4, /edited/],
    ['deleting a line', (l) => l.filter((_, i) => i !== 2), 3, /missing \(deleted\)/],
    ['inserting a foreign line', (l) => [...l.slice(0, 4), '{"action":"command.exec","command":"ls","allowed":true}', ...l.slice(4)], 5, /no chain fields/],
    ['inserting a copy of another line', (l) => [...l.slice(0, 4), l[1]!, ...l.slice(4)], 5, /repeats or comes before/],
    ['reordering two lines', (l) => [l[0]!, l[1]!, l[3]!, l[2]!, ...l.slice(4)], 3, /number 3 of the chain where number 2/],
    ['truncating the tail', (l) => l.slice(0, 5), 6, /without the session's closing line/],
    ['cutting the last line short', (l) => [...l.slice(0, 6), l[6]!.slice(0, 40)], 7, /cut off/],
  ];

  it.each(cases)('%s is reported at the right line', (_, tamper, line, why) => {
    const lines = tamper([...original]);
    const text = lines.join('\n') + (why.source.includes('cut off') ? '' : '\n');
    const r = verifyChain(text, undefined);
    expect(r.broken).toEqual({ line, message: expect.stringMatching(why) });
  });

  it('the built CLI reports audit-chain-broken (error) at the edited line, and an untouched log replays clean', () => {
    writeFileSync(join(dir, 'clean.jsonl'), original.join('\n') + '\n');
    expect(replay(dir, 'clean.jsonl').filter((f) => f.ruleId.startsWith('audit-chain') || f.ruleId === 'replay-unknown-entry')).toEqual([]);
    writeFileSync(join(dir, 'edited.jsonl'), original.map((x, i) => (i === 3 ? x.replace('"allowed":true', '"allowed":false') : x)).join('\n') + '\n');
    const r = runCli(['--agent-log', 'edited.jsonl', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const broken = (JSON.parse(r.stdout).findings as Array<Finding & { severity: string }>).filter((f) => f.ruleId === 'audit-chain-broken');
    expect(broken).toEqual([expect.objectContaining({ line: 4, severity: 'error' })]);
  });

  it('a keyed chain (HMAC) verifies only with its key, and a wrong key is an edit', async () => {
    const file = join(dir, 'keyed.jsonl');
    await appendChained(file, [{ event: 'session-start', session_id: 'k' }], { key: 'k1' });
    await appendChained(file, [{ event: 'session-end', session_id: 'k' }], { key: 'k1' });
    const text = readFileSync(file, 'utf8');
    expect(verifyChain(text, 'k1')).toEqual({ lines: 2, unverifiedKeyed: false });
    expect(verifyChain(text, 'other').broken?.line).toBe(1);
    expect(verifyChain(text, undefined)).toEqual({ lines: 2, unverifiedKeyed: true });
    const findings = replay(dir, 'keyed.jsonl', { AGENT_POLICY_LINT_AUDIT_KEY: '' });
    expect(findings.map((f) => f.ruleId)).toContain('audit-chain-unverified');
    expect(replay(dir, 'keyed.jsonl', { AGENT_POLICY_LINT_AUDIT_KEY: 'k1' }).filter((f) => f.ruleId.startsWith('audit-chain'))).toEqual([]);
  });
});

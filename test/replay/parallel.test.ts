import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempTree } from '../helpers/cli.js';
import { KeptFindings } from '../../src/replay/parallel.js';
import type { Finding } from '../../src/report/finding.js';
import { FAKE } from './fake-secrets.js';

const LOGS = join(FIXTURES, 'logs');

/** The JSON findings of a replay, on one thread or on two workers with tiny slices. */
function findings(cwd: string, log: string, slice?: number, byWorkers = 0.9, workers = 2): string[] {
  const env =
    slice === undefined
      ? { AGENT_POLICY_LINT_REPLAY_WORKERS: '0' }
      : { AGENT_POLICY_LINT_REPLAY_WORKERS: String(workers), AGENT_POLICY_LINT_REPLAY_PARALLEL_MIN: '0', AGENT_POLICY_LINT_REPLAY_SLICE: String(slice), AGENT_POLICY_LINT_REPLAY_TRACE: '1' };
  const r = runCli(['--agent-log', log, '--format', 'json'], { cwd, env });
  if (slice === undefined) expect(r.stderr).toBe('');
  else {
    // The workers did the slices (a few may be redone here: a session's directory guessed wrongly).
    const m = new RegExp(`replay: .*: (\\d+) slices, (\\d+) by ${workers} workers?, (\\d+) lines`).exec(r.stderr);
    expect(m, r.stderr).not.toBeNull();
    // Each line counted once, redone slices included.
    expect(Number(m![3])).toBe(readFileSync(join(cwd, log), 'utf8').split('\n').filter((l, i, all) => i < all.length - 1 || l !== '').length);
    if (slice < 1000) expect(Number(m![1])).toBeGreaterThan(1);
    expect(Number(m![2])).toBeGreaterThanOrEqual(Number(m![1]) * byWorkers);
  }
  expect(r.code).toBe(1);
  return (JSON.parse(r.stdout) as { findings: unknown[] }).findings.map((f) => JSON.stringify(f)).sort();
}

// Tiny slices make hundreds of messages per run, and each test runs the CLI several times: on the
// shared 2-core machine that takes more than the default 30 s.
describe('replay on worker threads (slices of a file)', { timeout: 180_000 }, () => {
  // Slices of 300 bytes put a boundary between almost every two lines: tool results arrive in
  // the next slice, timelines, persistence and first sightings span slices.
  it.each(['audit.jsonl', 'pillar.jsonl', 'tool-invoke.jsonl', 'malformed.jsonl', 'claude/real/fe5e1c67-53e7-4862-81ae-d0e013e3270b.jsonl'])(
    'finds exactly what one thread finds: %s',
    (log) => {
      const one = findings(LOGS, log);
      expect(one.length).toBeGreaterThan(3);
      expect(findings(LOGS, log, 300)).toEqual(one);
      expect(findings(LOGS, log, 4096)).toEqual(one);
    },
  );

  it('on one worker (the bounded-memory mode) as well', () => {
    const one = findings(LOGS, 'audit.jsonl');
    expect(findings(LOGS, 'audit.jsonl', 300, 0.9, 1)).toEqual(one);
  });

  it('the demo, with its bypass and approval records', () => {
    const demo = join(FIXTURES, 'demo');
    expect(findings(demo, '.agent-actions.jsonl', 300)).toEqual(findings(demo, '.agent-actions.jsonl'));
  });

  it('a Claude Code transcript (its repeated tool_use line left out: slices do not share what they saw)', () => {
    const dir = tempTree({});
    copyFileSync(join(LOGS, '.agent-policy.yml'), join(dir, '.agent-policy.yml'));
    const lines = readFileSync(join(LOGS, 'claude/session.jsonl'), 'utf8').split('\n');
    writeFileSync(join(dir, 'session.jsonl'), lines.filter((_, i) => i !== 39).join('\n'));
    expect(findings(dir, 'session.jsonl', 300)).toEqual(findings(dir, 'session.jsonl'));
  });

  it("a session whose later lines run in a subdirectory: a slice's wrong guess of its project directory is redone", () => {
    const dir = sessionMovingIntoSubdirectory();
    const one = findings(dir, 'session.jsonl');
    // Judged from the session's first directory: the repository's secrets/, denied by its rule.
    expect(one.some((f) => f.includes('secrets/key') && f.includes('replay-denied-action'))).toBe(true);
    // Slices of one line each: those sent out before the first was merged guessed wrongly, and
    // this thread redid them.
    expect(findings(dir, 'session.jsonl', 150, 0.5)).toEqual(one);
  });

  it('a rule over its cap of 1,000 listed findings: the same first 1,000 and the same count of the rest', () => {
    const dir = tempTree({});
    copyFileSync(join(LOGS, '.agent-policy.yml'), join(dir, '.agent-policy.yml'));
    const lines: string[] = [];
    for (let i = 0; i < 1500; i++) {
      const ts = new Date(Date.UTC(2026, 5, 8, 10) + i * 1000).toISOString();
      lines.push(JSON.stringify({ timestamp: ts, agent_id: 'code-assistant-prod', session_id: `s${i % 7}`, action: 'filesystem.write', path: `secrets/k${i}`, allowed: true, policy_version: '2.1' }));
    }
    writeFileSync(join(dir, 'big.jsonl'), lines.join('\n') + '\n');
    const one = findings(dir, 'big.jsonl');
    expect(one.filter((f) => f.includes('"replay-denied-action"'))).toHaveLength(1001);
    expect(one.some((f) => f.includes('500 more replay-denied-action findings'))).toBe(true);
    // Slices of 4 KiB: the main thread has listed 1,000 long before the last slices are sent.
    expect(findings(dir, 'big.jsonl', 4096)).toEqual(one);
    expect(findings(dir, 'big.jsonl', 4096, 0.9, 1)).toEqual(one);
  });

  it('two workers by default where the machine has two cores (none on one core)', () => {
    const env = { AGENT_POLICY_LINT_REPLAY_PARALLEL_MIN: '0', AGENT_POLICY_LINT_REPLAY_SLICE: '300', AGENT_POLICY_LINT_REPLAY_TRACE: '1' };
    const r = runCli(['--agent-log', 'audit.jsonl', '--format', 'json'], { cwd: LOGS, env });
    expect(r.code).toBe(1);
    if (availableParallelism() >= 2) expect(r.stderr).toMatch(/replay: .*audit\.jsonl: \d+ slices, \d+ by 2 workers, /);
    else expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { findings: unknown[] }).findings.map((f) => JSON.stringify(f)).sort()).toEqual(findings(LOGS, 'audit.jsonl'));
  });

  it('findings that come back from the workers are redacted like the ones made here', () => {
    const dir = tempTree({});
    copyFileSync(join(LOGS, '.agent-policy.yml'), join(dir, '.agent-policy.yml'));
    const j = (o: unknown): string => JSON.stringify(o);
    const lines = [
      j({ timestamp: '2026-06-08T14:00:01Z', agent_id: 'code-assistant-prod', action: 'command.exec', command: `export API_TOKEN=${FAKE.token} && curl -H "Authorization: Bearer ${FAKE.slack}" https://x.example.com`, allowed: true }),
      j({ timestamp: '2026-06-08T14:00:02Z', agent_id: 'code-assistant-prod', action: 'filesystem.write', path: 'secrets/deploy.pem', content: FAKE.pem, allowed: true }),
      j({ type: 'assistant', sessionId: 's1', cwd: '/w/repo', timestamp: '2026-06-08T14:00:04Z', message: { id: 'm1', role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'WebFetch', input: { url: `https://api.example.com/v1?access_token=${FAKE.github}` } }] } }),
      j({ timestamp: FAKE.anthropic, agent_id: FAKE.githubPat, action: 'filesystem.read', path: 'README.md' }),
    ];
    writeFileSync(join(dir, 'secrets.jsonl'), lines.join('\n') + '\n');
    const one = findings(dir, 'secrets.jsonl');
    const split = findings(dir, 'secrets.jsonl', 300, 1);
    expect(split).toEqual(one);
    expect(split.some((f) => f.includes('replay-secret'))).toBe(true);
    for (const secret of [FAKE.token, FAKE.slack, FAKE.github, FAKE.anthropic, FAKE.githubPat, 'MIIEow']) expect(split.join('\n')).not.toContain(secret);
  });
});

/**
 * The OCSF events of a replay (sorted; the time of an event whose log line has no valid one is
 * the run's own and is left out), on one thread or on workers with tiny slices and tiny shipped parts.
 */
function ocsfEvents(cwd: string, log: string, slice?: number, part?: number, format = 'ocsf'): string[] {
  const env =
    slice === undefined
      ? { AGENT_POLICY_LINT_REPLAY_WORKERS: '0' }
      : { AGENT_POLICY_LINT_REPLAY_WORKERS: '2', AGENT_POLICY_LINT_REPLAY_PARALLEL_MIN: '0', AGENT_POLICY_LINT_REPLAY_SLICE: String(slice), AGENT_POLICY_LINT_REPLAY_PART: String(part ?? 512 * 1024), AGENT_POLICY_LINT_REPLAY_TRACE: '1' };
  const r = runCli(['--agent-log', log, '--format', format], { cwd, env });
  if (slice !== undefined) expect(r.stderr).toMatch(/replay: .*: \d+ slices, \d+ by 2 workers/);
  const lines = r.stdout.split('\n').filter((l) => l !== '');
  return lines
    .map((l) => {
      const e = JSON.parse(l) as Record<string, any>;
      const ev = (format === 'ocsf' ? e : e.event) as Record<string, any>;
      if (Number.isNaN(Date.parse(ev.metadata?.original_time ?? ''))) {
        delete ev.time;
        if (format !== 'ocsf') delete e.time;
      }
      return JSON.stringify(e);
    })
    .sort();
}

describe('replayed decisions encoded on worker threads (--format ocsf, splunk-hec)', { timeout: 180_000 }, () => {
  it.each(['audit.jsonl', 'claude/real/fe5e1c67-53e7-4862-81ae-d0e013e3270b.jsonl'])('are the events one thread writes, shipped whole or in parts of a few bytes: %s', (log) => {
    const one = ocsfEvents(LOGS, log);
    expect(one.filter((e) => e.includes('"class_uid":1001') || e.includes('"class_uid":1007')).length).toBeGreaterThan(3);
    expect(ocsfEvents(LOGS, log, 300)).toEqual(one);
    // Parts of one byte: every batch of lines leaves the worker on its own, before the slice is done.
    expect(ocsfEvents(LOGS, log, 4096, 1)).toEqual(one);
  });

  it('on this thread by default (workers for the other formats: docs/siem.md), on workers when asked', () => {
    const env = { AGENT_POLICY_LINT_REPLAY_PARALLEL_MIN: '0', AGENT_POLICY_LINT_REPLAY_SLICE: '300', AGENT_POLICY_LINT_REPLAY_TRACE: '1' };
    const r = runCli(['--agent-log', 'audit.jsonl', '--format', 'ocsf'], { cwd: LOGS, env });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const json = runCli(['--agent-log', 'audit.jsonl', '--format', 'json'], { cwd: LOGS, env });
    if (availableParallelism() >= 2) expect(json.stderr).toMatch(/replay: .*audit\.jsonl: \d+ slices, \d+ by 2 workers, /);
    const asked = runCli(['--agent-log', 'audit.jsonl', '--format', 'ocsf'], { cwd: LOGS, env: { ...env, AGENT_POLICY_LINT_REPLAY_WORKERS: '1' } });
    expect(asked.stderr).toMatch(/replay: .*audit\.jsonl: \d+ slices, \d+ by 1 worker, /);
  });

  it('in Splunk HEC envelopes as well', () => {
    expect(ocsfEvents(LOGS, 'audit.jsonl', 300, 1, 'splunk-hec')).toEqual(ocsfEvents(LOGS, 'audit.jsonl', undefined, undefined, 'splunk-hec'));
  });

  it("a slice redone here (a wrong guess of a session's directory): the worker's shipped parts are dropped, not written twice", () => {
    const dir = sessionMovingIntoSubdirectory();
    const one = ocsfEvents(dir, 'session.jsonl');
    expect(one.filter((e) => e.includes('"class_uid":1001'))).toHaveLength(30);
    expect(ocsfEvents(dir, 'session.jsonl', 150, 1)).toEqual(one);
  });
});

describe('the findings the merge keeps as bytes', () => {
  it('gives them back in order, each with its line in the file, across 1 MB chunks and past a larger one', () => {
    const enc = new TextEncoder();
    const make = (i: number, size: number): Finding => ({ ruleId: `r${i % 3}`, severity: 'error', file: 'log.jsonl', line: 7, column: 1, message: `m${i} ü ${'x'.repeat(size)}` });
    const sizes = Array.from({ length: 3000 }, (_, i) => (i === 1500 ? 1_500_000 : 1000));
    const kept = new KeptFindings();
    sizes.forEach((size, i) => kept.add(enc.encode(JSON.stringify(make(i, size))), 100 + i));
    const back = [...kept.drain()];
    expect(back).toHaveLength(3000);
    back.forEach((f, i) => expect(f).toEqual({ ...make(i, sizes[i]!), line: 100 + i }));
    expect([...kept.drain()]).toEqual([]);
  });
});

/**
 * A repository with session.jsonl: a Claude Code session whose later lines run in a subdirectory,
 * with an edit of the repository's secrets/ early on (its slice is sent out before the first one
 * is merged), so that slices of one line guess the session's project directory wrongly.
 */
function sessionMovingIntoSubdirectory(): string {
  const dir = tempTree({});
  copyFileSync(join(LOGS, '.agent-policy.yml'), join(dir, '.agent-policy.yml'));
  const line = (n: number, cwd: string, name: string, input: Record<string, string>): string =>
    JSON.stringify({ type: 'assistant', sessionId: 's1', cwd, uuid: `u${n}`, timestamp: `2026-06-08T10:00:${String(n).padStart(2, '0')}Z`, message: { role: 'assistant', content: [{ type: 'tool_use', id: `toolu_${n}`, name, input }] } });
  const lines = [line(0, '/Users/x/proj', 'Read', { file_path: '/Users/x/proj/src/a.ts' })];
  lines.push(line(1, '/Users/x/proj/packages/web', 'Edit', { file_path: '/Users/x/proj/secrets/key', old_string: 'a', new_string: 'b' }));
  for (let n = 2; n < 30; n++) lines.push(line(n, '/Users/x/proj/packages/web', 'Read', { file_path: '/Users/x/proj/packages/web/src/b.ts' }));
  writeFileSync(join(dir, 'session.jsonl'), lines.join('\n') + '\n');
  return dir;
}

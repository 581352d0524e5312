// Replay workers start without the automata of tree touches (refa) and load them when a decision
// needs them, replaying that slice again: the findings and the encoded decisions must be exactly
// what one thread (which loads them up front) makes. Through the built CLI on real files.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempTree } from '../helpers/cli.js';

const LOGS = join(FIXTURES, 'logs');

interface Run {
  out: string[];
  again: number;
}

/** One thread (workers: 0), or workers with the given slice and part sizes (bytes). */
function replay(cwd: string, log: string, format: 'json' | 'ocsf', workers = 0, slice = 0, part = 512 * 1024): Run {
  const env =
    workers === 0
      ? { AGENT_POLICY_LINT_REPLAY_WORKERS: '0' }
      : {
          AGENT_POLICY_LINT_REPLAY_WORKERS: String(workers),
          AGENT_POLICY_LINT_REPLAY_PARALLEL_MIN: '0',
          AGENT_POLICY_LINT_REPLAY_SLICE: String(slice),
          AGENT_POLICY_LINT_REPLAY_PART: String(part),
          AGENT_POLICY_LINT_REPLAY_TRACE: '1',
        };
  const r = runCli(['--agent-log', log, '--format', format], { cwd, env });
  let again = 0;
  if (workers > 0) {
    const m = /replay: .*: (\d+) slices, (\d+) by \d+ workers?, \d+ lines, (\d+) replayed again for the automata/.exec(r.stderr);
    expect(m, r.stderr).not.toBeNull();
    // Every slice was the workers' (none fell back to this thread).
    expect(m![2]).toBe(m![1]);
    again = Number(m![3]);
  } else expect(r.stderr).toBe('');
  const out =
    format === 'json'
      ? (JSON.parse(r.stdout) as { findings: unknown[] }).findings.map((f) => JSON.stringify(f))
      : r.stdout
          .split('\n')
          .filter((l) => l !== '')
          .map((l) => {
            // An event whose line has no valid time carries the run's own: left out.
            const e = JSON.parse(l) as Record<string, any>;
            if (Number.isNaN(Date.parse(e.metadata?.original_time ?? ''))) delete e.time;
            return JSON.stringify(e);
          });
  return { out: out.sort(), again };
}

/** A log of plain file writes with commands that touch whole trees among them, late in the file. */
function treeLog(): string {
  const dir = tempTree({});
  copyFileSync(join(LOGS, '.agent-policy.yml'), join(dir, '.agent-policy.yml'));
  const lines: string[] = [];
  for (let i = 0; i < 120; i++) {
    const ts = new Date(Date.UTC(2026, 5, 8, 10) + i * 1000).toISOString();
    const base = { timestamp: ts, agent_id: 'code-assistant-prod', session_id: `s${i % 3}`, policy_version: '2.1' };
    if (i === 70) lines.push(JSON.stringify({ ...base, action: 'command.exec', command: 'rm -rf src', allowed: true }));
    else if (i === 95) lines.push(JSON.stringify({ ...base, action: 'command.exec', command: 'chmod -R 777 .', allowed: true }));
    else lines.push(JSON.stringify({ ...base, action: 'filesystem.write', path: i % 10 === 0 ? `secrets/k${i}` : `src/m${i}.ts`, allowed: true }));
  }
  writeFileSync(join(dir, 'tree.jsonl'), lines.join('\n') + '\n');
  return dir;
}

// Each test runs the CLI three or four times: on the shared 2-core machine that takes more than the default 30 s.
describe('replay workers load the automata of tree touches when a decision needs them', { timeout: 180_000 }, () => {
  it('the findings are one thread\'s, the slices that needed them replayed again', () => {
    const dir = treeLog();
    const one = replay(dir, 'tree.jsonl', 'json');
    expect(one.out.some((f) => f.includes('rm -rf src'))).toBe(true);
    // One slice of the whole file per worker: decisions made before the tree touch are made again.
    const whole = replay(dir, 'tree.jsonl', 'json', 1, 1 << 20);
    expect(whole.again).toBe(1);
    expect(whole.out).toEqual(one.out);
    // Small slices on two workers: each worker loads them once, at its first slice that needs them.
    const small = replay(dir, 'tree.jsonl', 'json', 2, 2048);
    expect(small.again).toBeGreaterThanOrEqual(1);
    expect(small.again).toBeLessThanOrEqual(2);
    expect(small.out).toEqual(one.out);
  });

  it('a slice that shipped encoded decisions before it needed them: those are dropped, not written twice', () => {
    const dir = treeLog();
    const one = replay(dir, 'tree.jsonl', 'ocsf');
    expect(one.out.length).toBeGreaterThanOrEqual(120);
    // Parts of one byte: every decision before the tree touch has left the worker already.
    const split = replay(dir, 'tree.jsonl', 'ocsf', 1, 1 << 20, 1);
    expect(split.again).toBe(1);
    expect(split.out).toEqual(one.out);
  });

  it('the fixtures as well (audit.jsonl has an rm -rf)', () => {
    const one = replay(LOGS, 'audit.jsonl', 'json');
    const split = replay(LOGS, 'audit.jsonl', 'json', 2, 300);
    expect(split.again).toBeGreaterThanOrEqual(1);
    expect(split.out).toEqual(one.out);
  });
});

// Codex CLI session rollouts: recognised by shape, tool calls read through Codex's names in the
// shared tool table, paths placed by the session's cwd (fixtures/logs/codex/README.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newReaderState, readLine, type ReadResult } from '../../src/replay/readers/index.js';
import { FIXTURES, runCli } from '../helpers/cli.js';

const DIR = join(FIXTURES, 'logs', 'codex');
const LOG = 'rollout-2025-10-29T00-59-38-019a2d7a-41c4-78b1-b7cc-a45d62a89cd5.jsonl';
const REPO = '/home/ci/checkout';

function readFixture(): ReadResult[] {
  const state = newReaderState(REPO);
  return readFileSync(join(DIR, LOG), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => readLine(JSON.parse(l), state));
}

const actionsAt = (rs: ReadResult[], line: number) => {
  const r = rs[line - 1]!;
  if (r.kind !== 'entries') throw new Error(`line ${line}: ${JSON.stringify(r)}`);
  return r.entries.map((e) => e.action);
};

describe('Codex rollout reader', () => {
  const rs = readFixture();

  it('skips the records without actions, reads every call', () => {
    for (const line of [1, 2, 3, 4, 13, 15]) expect(rs[line - 1]).toMatchObject({ kind: 'skip' });
    expect(rs.filter((r) => r.kind === 'unknown')).toEqual([]);
    expect(rs.filter((r) => r.kind === 'entries').length).toBe(6);
  });

  it('reads shell calls (argv), apply_patch (custom tool and function), local_shell_call', () => {
    expect(actionsAt(rs, 5)).toMatchObject([{ kind: 'command', command: "bash -lc 'npm test'", cwd: REPO, sessionId: '019a2d7a-41c4-78b1-b7cc-a45d62a89cd5' }]);
    expect(actionsAt(rs, 7)).toMatchObject([{ kind: 'filesystem', op: 'write', paths: ['src/cart.ts', '.env.production'] }]);
    expect(actionsAt(rs, 9)).toMatchObject([{ kind: 'command', command: 'rm -rf build', cwd: REPO }]);
    // A relative workdir is taken from the turn's cwd.
    expect(actionsAt(rs, 11)).toMatchObject([{ kind: 'command', cwd: `${REPO}/packages/web` }]);
    // After a turn in `/`, a patch of etc/hosts is /etc/hosts: the root stays the session's cwd.
    expect(actionsAt(rs, 14)).toMatchObject([{ kind: 'filesystem', op: 'write', paths: ['/etc/hosts'] }]);
    // An absolute path under the session's cwd is in the repository, whatever the turn's cwd.
    expect(actionsAt(rs, 16)).toMatchObject([{ kind: 'filesystem', op: 'write', paths: ['src/cart.ts'] }]);
  });

  it('outputs settle their calls as carried out, whatever they print', () => {
    expect(rs[9]).toEqual({ kind: 'skip', outcomes: [{ toolUseId: 'call_clean', blocked: false }] });
  });

  it('without session_meta, absolute paths are outside and the hint says how to record the root', () => {
    const st = newReaderState(REPO);
    const r = readLine({ timestamp: 't', type: 'response_item', payload: { type: 'function_call', name: 'apply_patch', arguments: JSON.stringify({ input: '*** Begin Patch\n*** Add File: /w/shop/src/a.ts\n+x\n*** End Patch' }), call_id: 'c' } }, st);
    expect(r.kind === 'entries' && r.entries.map((e) => [e.action, e.hint])).toMatchObject([[{ paths: ['/w/shop/src/a.ts'] }, expect.stringContaining('repo_root')]]);
  });

  it('a slice that starts after session_meta records that it did not know the root (for the merge to redo it)', () => {
    const st = newReaderState(REPO);
    readLine({ timestamp: 't', type: 'response_item', payload: { type: 'local_shell_call', call_id: 'c', status: 'completed', action: { type: 'exec', command: ['ls'] } } }, st);
    expect(st.sessionRoots.get('codex:root')).toBe('');
    // The truth, when it comes, replaces the guess.
    readLine({ timestamp: 't', type: 'session_meta', payload: { id: 'x', cwd: '/w/shop' } }, st);
    expect(st.sessionRoots.get('codex:root')).toBe('/w/shop');
  });

  it('is not mistaken for another format, nor another format for it', () => {
    expect(readLine({ type: 'user', sessionId: 's', message: { content: 'hi' } }, newReaderState(REPO))).toEqual({ kind: 'skip' });
    expect(readLine({ type: 'response_item', payload: 'x' }, newReaderState(REPO)).kind).toBe('unknown');
  });
});

describe('Codex rollouts through the built CLI', () => {
  const denied = (env?: Record<string, string>) => {
    const r = runCli(['--agent-log', 'rollout-*.jsonl', '--format', 'json'], { cwd: DIR, env });
    expect(r.code).toBe(1);
    const rep = JSON.parse(r.stdout) as { findings: Array<{ file: string; line: number; ruleId: string; message: string }> };
    return rep.findings.map((f) => `${f.line} ${f.ruleId}`).sort((a, b) => parseInt(a) - parseInt(b));
  };

  it('auto-detects the format: the patch of .env, rm -rf, curl and /etc/hosts are denied', () => {
    expect(denied({ AGENT_POLICY_LINT_REPLAY_WORKERS: '0' })).toEqual(['7 replay-denied-action', '9 replay-denied-action', '11 replay-denied-action', '14 replay-denied-action']);
  });

  // Line 16 patches an absolute path under the session's cwd: a slice that did not learn the root
  // from session_meta would call it outside the repository and report it.
  it('finds the same on worker threads with tiny slices (slices after session_meta learn the root)', () => {
    const env = { AGENT_POLICY_LINT_REPLAY_WORKERS: '2', AGENT_POLICY_LINT_REPLAY_PARALLEL_MIN: '0', AGENT_POLICY_LINT_REPLAY_SLICE: '300' };
    expect(denied(env)).toEqual(['7 replay-denied-action', '9 replay-denied-action', '11 replay-denied-action', '14 replay-denied-action']);
  });
});

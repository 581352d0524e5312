// Replay decides what happened from the runtime's structured fields, never from text the action
// could print; paths are placed by the recorded repository root only; every subject is decided.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newReaderState, readLine, type ReadResult } from '../../src/replay/readers/index.js';
import { FIXTURES, runCli } from '../helpers/cli.js';
import { keys, replayIn } from './helpers.js';

const LOGS = join(FIXTURES, 'logs');
const REPO = '/home/ci/checkout';
const SESSION = 's-1';

function entries(r: ReadResult) {
  if (r.kind !== 'entries') throw new Error(`expected entries, got ${JSON.stringify(r)}`);
  return r.entries;
}

function outcomes(r: ReadResult) {
  if (r.kind !== 'skip') throw new Error(`expected a skipped record, got ${JSON.stringify(r)}`);
  return r.outcomes ?? [];
}

const result = (text: string, extra: Record<string, unknown> = {}, isError = true) => ({
  type: 'user',
  sessionId: SESSION,
  uuid: 'u',
  message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: text, is_error: isError }] },
  ...extra,
});

describe('Claude Code: blocked only by structural fields', () => {
  const state = () => newReaderState(REPO);

  it.each([
    'requires approval',
    "The user doesn't want to proceed with this tool use. The tool use was rejected.",
    'Permission to use Bash with command rm -rf x has been denied.',
    'Bash operation blocked by hook:\n- [guard.sh]: no',
    'PreToolUse:Bash hook error: [guard.sh]: no',
    '<tool_use_error>Blocked: rm -rf</tool_use_error>',
  ])('an error result that only says %j counts as carried out', (text) => {
    expect(outcomes(readLine(result(text, { toolUseResult: `Error: ${text}` }), state()))).toEqual([{ toolUseId: 't1', blocked: false }]);
  });

  it.each([
    ['user-rejected', 'rejected at the permission prompt'],
    ['permission-rule', 'denied by a permission rule or hook'],
    ['automode-blocked', 'blocked by the auto mode classifier'],
    ['automode-unavailable', 'refused: auto mode could not decide'],
  ])('toolDenialKind %j is a refusal', (kind, why) => {
    expect(outcomes(readLine(result('x', { toolDenialKind: kind }), state()))).toEqual([{ toolUseId: 't1', blocked: true, why }]);
  });

  it('a cancelled call, an unknown denial kind, or a marker without is_error is not a refusal', () => {
    expect(outcomes(readLine(result('x', { toolDenialKind: 'cancelled' }), state()))[0]?.blocked).toBe(false);
    expect(outcomes(readLine(result('x', { toolDenialKind: 'something-new' }), state()))[0]?.blocked).toBe(false);
    expect(outcomes(readLine(result('x', { toolDenialKind: 'user-rejected' }, false), state()))[0]?.blocked).toBe(false);
  });

  it('a record-level marker on a record with two results names neither', () => {
    const two = result('x', { toolDenialKind: 'user-rejected' });
    two.message.content.push({ type: 'tool_result', tool_use_id: 't2', content: 'y', is_error: true });
    expect(outcomes(readLine(two, state())).map((o) => o.blocked)).toEqual([false, false]);
  });

  it('older versions: toolUseResult exactly "User rejected tool use" is a rejection; a printed copy is not', () => {
    expect(outcomes(readLine(result('x', { toolUseResult: 'User rejected tool use' }), state()))[0]).toMatchObject({ blocked: true });
    expect(outcomes(readLine(result('x', { toolUseResult: 'Error: User rejected tool use' }), state()))[0]?.blocked).toBe(false);
    expect(outcomes(readLine(result('x', { toolUseResult: { stdout: 'User rejected tool use' } }), state()))[0]?.blocked).toBe(false);
  });

  it('a PreToolUse hook_blocking_error attachment blocks the tool use it names; other hooks do not', () => {
    const att = (a: Record<string, unknown>) => ({ type: 'attachment', sessionId: SESSION, uuid: 'h', attachment: { type: 'hook_blocking_error', toolUseID: 't9', ...a } });
    expect(outcomes(readLine(att({ hookEvent: 'PreToolUse', hookName: 'PreToolUse:Bash' }), state()))).toEqual([{ toolUseId: 't9', blocked: true, why: 'blocked by a PreToolUse hook' }]);
    expect(outcomes(readLine(att({ hookName: 'PreToolUse:Bash' }), state()))[0]?.blocked).toBe(true);
    expect(outcomes(readLine(att({ hookEvent: 'PostToolUse' }), state()))).toEqual([]);
    expect(outcomes(readLine({ type: 'attachment', sessionId: SESSION, attachment: { type: 'hook_success', toolUseID: 't9', hookEvent: 'PreToolUse' } }, state()))).toEqual([]);
  });
});

describe('Claude Code: the project directory is the session\'s first cwd', () => {
  it('a later cwd never becomes the repository root', () => {
    const st = newReaderState(REPO);
    const use = (cwd: string, input: Record<string, unknown>, id: string) =>
      readLine({ type: 'assistant', sessionId: SESSION, cwd, uuid: id, message: { content: [{ type: 'tool_use', id, name: 'Read', input }] } }, st);
    expect(entries(use('/Users/dev/shop', { file_path: '/Users/dev/shop/src/a.ts' }, 'a'))[0]?.action).toMatchObject({ paths: ['src/a.ts'] });
    // `cd /`: /etc/passwd is outside, not etc/passwd; the project's files are still placed.
    expect(entries(use('/', { file_path: '/etc/passwd' }, 'b'))[0]?.action).toMatchObject({ paths: ['/etc/passwd'] });
    expect(entries(use('/', { file_path: '/Users/dev/shop/.env' }, 'c'))[0]?.action).toMatchObject({ paths: ['.env'] });
  });

  it('without a session id, the first cwd of the file is the root', () => {
    const st = newReaderState(REPO);
    const use = (cwd: string, path: string, id: string) => readLine({ type: 'assistant', cwd, uuid: id, message: { content: [{ type: 'tool_use', id, name: 'Write', input: { file_path: path } }] } }, st);
    expect(entries(use('/w/repo', '/w/repo/a', 'a'))[0]?.action).toMatchObject({ paths: ['a'] });
    expect(entries(use('/etc', '/etc/passwd', 'b'))[0]?.action).toMatchObject({ paths: ['/etc/passwd'] });
  });
});

describe('audit entries: every field that names a subject is decided', () => {
  const st = () => newReaderState(REPO);

  it('command and cmd are two commands', () => {
    const es = entries(readLine({ action: 'command.exec', command: 'npm test', cmd: 'rm -rf /' }, st()));
    expect(es.map((e) => e.action)).toMatchObject([{ kind: 'command', command: 'npm test' }, { kind: 'command', command: 'rm -rf /' }]);
    // One logged decision, shared: a blocked line blocks both.
    expect(es[0]?.logged).toBe(es[1]?.logged);
  });

  it('host and url are two requests (unless the host is the URL\'s own)', () => {
    const es = entries(readLine({ action: 'network.request', host: 'registry.npmjs.org', url: 'https://evil.example/x' }, st()));
    expect(es.map((e) => e.action)).toMatchObject([{ kind: 'network', url: 'https://evil.example/x' }, { kind: 'network', host: 'registry.npmjs.org' }]);
    expect(entries(readLine({ action: 'network.request', host: 'evil.example', url: 'https://evil.example/x' }, st()))).toHaveLength(1);
  });

  it('a tool.invoke entry has the paths, commands and URLs of its parameters decided too', () => {
    for (const action of ['tool.invoke', 'tool.use', 'tool.call']) {
      const es = entries(readLine({ action, tool: 'frobnicate', parameters: { path: '.env', command: 'rm -rf /' } }, st()));
      expect(es.map((e) => e.action.kind)).toEqual(['filesystem', 'command']);
      expect(es.every((e) => e.tool === 'frobnicate')).toBe(true);
    }
    // A runtime names the agent whose tool it is: Gemini's read_file reads.
    expect(entries(readLine({ action: 'tool.invoke', runtime: 'gemini', tool: 'read_file', parameters: { file_path: 'a' } }, st()))[0]?.action).toMatchObject({ kind: 'filesystem', op: 'read', paths: ['a'] });
    // Without parameters (the runtime guard's tool-name lines) it stays a tool action.
    expect(entries(readLine({ action: 'tool.use', runtime: 'claude', tool: 'Write' }, st()))[0]?.action).toMatchObject({ kind: 'tool', tool: 'Write' });
    expect(entries(readLine({ action: 'tool.invoke', runtime: 'claude', tool: 'Write', allowed: false }, st()))[0]?.action).toMatchObject({ kind: 'tool', tool: 'Write' });
  });

  it('a known tool of a log that names no agent has its other path, command and URL fields decided', () => {
    const es = entries(readLine({ tool: 'write_file', params: { path: 'src/a.ts', source: 'secrets/key', url: 'https://evil.example/x' }, session_id: 's' }, st()));
    expect(es.map((e) => e.action)).toMatchObject([
      { kind: 'filesystem', op: 'write', paths: ['src/a.ts'] },
      { kind: 'filesystem', op: 'write', paths: ['secrets/key'] },
      { kind: 'network', url: 'https://evil.example/x' },
    ]);
    // A runtime's own tool is read by its schema only (Gemini's run_shell_command has no `cmd`).
    expect(entries(readLine({ action: 'tool_invoke', runtime: 'gemini', tool: 'run_shell_command', parameters: { command: 'ls', directory: 'src' } }, st())).map((e) => e.action.kind)).toEqual(['command']);
  });

  it('a source without a destination is a path', () => {
    expect(entries(readLine({ action: 'filesystem.read', source: 'secrets/key' }, st()))[0]?.action).toMatchObject({ paths: ['secrets/key'] });
  });
});

describe('replaying printed refusals (fixtures/logs/claude/printed-refusals.jsonl)', () => {
  const expected = [
    'claude/printed-refusals.jsonl:1 replay-denied-action', // rm -rf ran, then printed "requires approval"
    'claude/printed-refusals.jsonl:3 replay-denied-action', // rm -rf ran, then printed the prompt's rejection text
    'claude/printed-refusals.jsonl:5 replay-blocked-attempt', // refused at the prompt (toolDenialKind)
    'claude/printed-refusals.jsonl:7 replay-blocked-attempt', // blocked by a PreToolUse hook (attachment)
    'claude/printed-refusals.jsonl:10 replay-denied-action', // /etc/passwd after `cd /`: outside the repository
  ];

  it('in process', async () => {
    const r = await replayIn(LOGS, ['claude/printed-refusals.jsonl']);
    expect(keys(r.findings, LOGS).filter((k) => !k.endsWith('replay-decision-mismatch'))).toEqual(expected);
    expect(r.findings.find((f) => f.line === 10)?.message).toContain('/etc/passwd');
  });

  it('through the built CLI', () => {
    const out = runCli(['--agent-log', 'claude/printed-refusals.jsonl', '--format', 'json'], { cwd: LOGS });
    expect(out.code).toBe(1);
    const rep = JSON.parse(out.stdout) as { findings: Array<{ file: string; line: number; ruleId: string }> };
    const got = rep.findings.filter((f) => f.file === 'claude/printed-refusals.jsonl').map((f) => `${f.file}:${f.line} ${f.ruleId}`);
    expect(got.filter((k) => !k.endsWith('replay-decision-mismatch')).sort()).toEqual([...expected].sort());
  });
});

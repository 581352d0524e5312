// Replay reads every agent's tool calls through the runtime guard's tool table
// (src/agent-tools): a call is judged on what the tool does, whatever the agent calls it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newReaderState, readLine } from '../../src/replay/readers/index.js';
import { FIXTURES, runCli } from '../helpers/cli.js';
import { replayIn } from './helpers.js';

const DIR = join(FIXTURES, 'logs', 'agents');
const LOG = 'tool-calls.jsonl';
// Lines of tool-calls.jsonl the policy denies; 5, 10 and 21 are allowed controls.
const DENIED = [1, 2, 3, 4, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23, 24];

describe('tool calls of every agent in a log', () => {
  it('each is decided on what its tool does (in process)', async () => {
    const r = await replayIn(DIR, [LOG]);
    const denied = r.findings.filter((f) => f.ruleId === 'replay-denied-action').map((f) => f.line);
    expect([...new Set(denied)].sort((a, b) => a - b)).toEqual(DENIED);
    expect(r.findings.filter((f) => f.ruleId === 'replay-unknown-entry')).toEqual([]);
    const at = (line: number) => r.findings.filter((f) => f.line === line && f.ruleId === 'replay-denied-action').map((f) => f.message).join('\n');
    expect(at(1)).toMatch(/write_file \.env/);
    expect(at(3)).toContain('secrets/key.pem');
    expect(at(4)).toContain('evil.example');
    expect(at(12)).toContain('.env');
    expect(at(13)).toContain('.env');
    expect(at(15)).toContain('secrets/k');
    // An unknown tool's url is decided; both command fields are decided.
    expect(at(17)).toContain('evil.example');
    expect(at(19)).toContain('rm -rf src');
    // Values shaped like paths under keys no table names are guesses: a deny refuses them (20, 23);
    // `owner/name` (21) is allowed as a guess, yet read for sure (22) the allow list refuses it.
    expect(at(20)).toContain('secrets/k');
    expect(at(22)).toContain('owner/name');
    expect(at(23)).toContain('.env.production');
    // A shell tool's own directory is where its command runs: `npm test > report.txt` in secrets/
    // writes secrets/report.txt, and npm test reads secrets/package.json (cwd-052): either is the
    // first reason given, both resolved in secrets/.
    expect(at(24)).toMatch(/"secrets\/(?:report\.txt|package\.json)"/);
  });

  it('the same through the built CLI', () => {
    const out = runCli(['--agent-log', LOG, '--format', 'json'], { cwd: DIR });
    expect(out.code).toBe(1);
    const rep = JSON.parse(out.stdout) as { findings: Array<{ file: string; line: number; ruleId: string }> };
    const lines = rep.findings.filter((f) => f.file === LOG && f.ruleId === 'replay-denied-action').map((f) => f.line);
    expect([...new Set(lines)].sort((a, b) => a - b)).toEqual(DENIED);
  });

  it('a decision report leaves out guesses no deny refused (OCSF through the built CLI)', () => {
    const out = runCli(['--agent-log', LOG, '--format', 'ocsf'], { cwd: DIR });
    const events = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as { class_uid: number; unmapped?: { log_line?: number }; file?: { path?: string } });
    const at = (line: number) => events.filter((e) => e.class_uid !== 2004 && e.unmapped?.log_line === line);
    // Line 21's owner/name is a guess nothing refused: no event. Line 20's guess a deny refused: its read.
    expect(at(21)).toEqual([]);
    expect(at(20).map((e) => e.file?.path)).toContain('secrets/k');
    // Line 22 reads owner/name for sure: its event is there.
    expect(at(22).map((e) => e.file?.path)).toContain('owner/name');
  });

  it('one name means what its agent means by it: Codex Write is a patch, Claude Write a file write', () => {
    const st = newReaderState('/repo');
    const codex = readLine({ action: 'tool_invoke', runtime: 'codex', tool: 'Write', parameters: { command: '*** Begin Patch\n*** Delete File: a.txt\n*** End Patch' } }, st);
    expect(codex.kind === 'entries' && codex.entries.map((e) => e.action)).toMatchObject([{ kind: 'filesystem', op: 'delete', paths: ['a.txt'] }]);
    const claude = readLine({ type: 'assistant', sessionId: 's', cwd: '/repo', message: { content: [{ type: 'tool_use', id: 't1', name: 'Write', input: { file_path: '/repo/a.txt' } }] } }, st);
    expect(claude.kind === 'entries' && claude.entries.map((e) => e.action)).toMatchObject([{ kind: 'filesystem', op: 'write', paths: ['a.txt'] }]);
  });

  it('a Claude MCP call is a tool and what its server tool does; effects of one tool use share its outcome', () => {
    const st = newReaderState('/repo');
    const r = readLine({ type: 'assistant', sessionId: 's', cwd: '/repo', message: { content: [{ type: 'tool_use', id: 't2', name: 'mcp__fs__move_file', input: { source: '/repo/secrets/k', destination: '/repo/public/k' } }] } }, st);
    expect(r.kind).toBe('entries');
    const es = r.kind === 'entries' ? r.entries : [];
    expect(es.map((e) => [e.action, e.tool, e.toolUseId])).toMatchObject([[{ kind: 'filesystem', op: 'write', paths: ['secrets/k', 'public/k'] }, 'mcp__fs__move_file', 't2']]);
  });
});

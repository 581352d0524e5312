import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryLabel } from '../../src/replay/readers/common.js';
import { newReaderState, readLine, type ReadResult, type ReaderState } from '../../src/replay/readers/index.js';
import { FIXTURES } from '../helpers/cli.js';

const LOGS = join(FIXTURES, 'logs');
const REPO = '/home/ci/checkout';

function readAll(file: string, state: ReaderState = newReaderState(REPO)): ReadResult[] {
  return readFileSync(join(LOGS, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => readLine(JSON.parse(l), state));
}

function entries(r: ReadResult | undefined) {
  if (!r || r.kind !== 'entries') throw new Error(`expected entries, got ${JSON.stringify(r)}`);
  return r.entries;
}

describe('audit reader (seed format)', () => {
  const rs = readAll('audit.jsonl');

  it('reads the seed lines with their logged decision', () => {
    const [w] = entries(rs[0]);
    expect(w?.action).toMatchObject({ kind: 'filesystem', op: 'write', paths: ['src/utils/logger.ts'], agentId: 'code-assistant-prod', timestamp: '2026-06-08T14:32:01Z' });
    expect(w?.logged).toMatchObject({ allowed: true, policyVersion: '2.1' });
    const [c] = entries(rs[1]);
    expect(c?.action).toMatchObject({ kind: 'command', command: 'rm -rf /tmp/cache' });
    expect(c?.logged).toMatchObject({ allowed: false, reason: 'Command matches deny pattern' });
    const [p] = entries(rs[2]);
    expect(p?.action).toMatchObject({ paths: ['package.json'], approvalId: 'apr_8x3k2' });
    expect(p?.logged.requiresApproval).toBe(true);
  });

  it('reads network entries by host or url, and path lists', () => {
    expect(entries(rs[6])[0]?.action).toMatchObject({ kind: 'network', host: 'registry.npmjs.org' });
    expect(entries(rs[7])[0]?.action).toMatchObject({ kind: 'network', url: 'https://evil.example.org/collect?d=1' });
    expect(entries(rs[8])[0]?.action).toMatchObject({ kind: 'filesystem', paths: ['src/a.ts', 'src/b.ts', 'src/c.ts', 'src/d.ts'] });
    expect(entries(rs[9])[0]?.action).toMatchObject({ op: 'delete' });
    expect(entries(rs[9])[0]?.logged.allowed).toBeUndefined();
  });

  it('keeps session ids for the timeline, and reports unusable entries', () => {
    const r = rs[15]!;
    expect(r.kind === 'entries' && r.facts).toMatchObject({ sessionId: 'sess_7f3a', timeline: 'sess_7f3a' });
    const state = newReaderState(REPO);
    expect(readLine({ action: 'filesystem.write' }, state)).toMatchObject({ kind: 'unknown', message: expect.stringContaining('without "path"') });
    expect(readLine({ action: 'filesystem.chmodx', path: 'a' }, state)).toMatchObject({ kind: 'unknown' });
    expect(readLine({ action: 'teleport', path: 'a' }, state)).toMatchObject({ kind: 'unknown', message: expect.stringContaining('unknown action') });
    expect(readLine([1, 2], state)).toMatchObject({ kind: 'unknown', message: expect.stringContaining('an array') });
    expect(readLine('text', state)).toMatchObject({ kind: 'unknown' });
  });

  it('makes absolute paths under the recorded repo_root repository-relative, never under the entry cwd', () => {
    const r = readLine({ action: 'filesystem.write', path: '/srv/agent/repo/src/a.ts', repo_root: '/srv/agent/repo', cwd: '/srv/agent/repo/src' }, newReaderState(REPO));
    expect(entries(r)[0]?.action).toMatchObject({ paths: ['src/a.ts'] });
    expect(entries(r)[0]?.hint).toBeUndefined();
    const out = readLine({ action: 'filesystem.write', path: '/etc/passwd', repo_root: '/srv/agent/repo' }, newReaderState(REPO));
    expect(entries(out)[0]?.action).toMatchObject({ paths: ['/etc/passwd'] });
    // The entry's own cwd is not the repository: `/etc/passwd` with cwd `/` stays outside.
    const root = readLine({ action: 'filesystem.read', path: '/etc/passwd', cwd: '/' }, newReaderState(REPO));
    expect(entries(root)[0]?.action).toMatchObject({ paths: ['/etc/passwd'] });
    expect(entries(root)[0]?.hint).toContain('repo_root');
    const rel = readLine({ action: 'filesystem.read', path: 'etc/passwd', cwd: '/' }, newReaderState(REPO));
    expect(entries(rel)[0]?.action).toMatchObject({ paths: ['/etc/passwd'] });
    const unplaced = readLine({ action: 'filesystem.write', path: '/srv/agent/repo/src/a.ts', cwd: '/srv/agent/repo' }, newReaderState(REPO));
    expect(entries(unplaced)[0]?.action).toMatchObject({ paths: ['/srv/agent/repo/src/a.ts'] });
    const dots = readLine({ action: 'filesystem.write', path: './src/../.env' }, newReaderState(REPO));
    expect(entries(dots)[0]?.action).toMatchObject({ paths: ['.env'] });
  });
});

describe('pillar reader', () => {
  const rs = readAll('pillar.jsonl');

  it('reads the seed entry', () => {
    const r = rs[0]!;
    const [e] = entries(r);
    expect(e?.format).toBe('pillar');
    expect(e?.action).toMatchObject({ kind: 'filesystem', op: 'write', paths: ['src/auth/validator.ts'], sessionId: 'sess_abc123' });
    expect(e?.logged.allowed).toBe(true);
    // The human user is not the agent.
    expect(e?.action.agentId).toBeUndefined();
  });

  it('maps tools to actions and reads blocking policy checks', () => {
    expect(entries(rs[1])[0]?.action).toMatchObject({ kind: 'filesystem', op: 'read', paths: ['.env.production'] });
    expect(entries(rs[2])[0]?.action).toMatchObject({ kind: 'command', command: 'npm test' });
    const blocked = entries(rs[3])[0];
    expect(blocked?.logged).toMatchObject({ allowed: false, reason: 'policy check "no-production-access" blocked it' });
    expect(entries(rs[4])[0]?.action).toMatchObject({ paths: ['src/a.ts', 'src/b.ts', 'src/c.ts', 'src/d.ts', 'src/e.ts'] });
    expect(entries(rs[5])[0]?.action).toMatchObject({ op: 'delete', paths: ['secrets/old.pem'] });
    expect(entries(rs[6])[0]?.action).toMatchObject({ kind: 'network', url: 'https://api.production.company.com/v1/export' });
    expect(entries(rs[7])[0]?.action).toMatchObject({ kind: 'tool', tool: 'search_tickets', parameters: { query: 'refund' } });
  });

  it('reports a file tool without a path', () => {
    expect(rs[8]).toMatchObject({ kind: 'unknown', message: expect.stringContaining('without a file path') });
  });
});

describe('tool invocation reader', () => {
  const rs = readAll('tool-invoke.jsonl');

  it('reads the seed entry as a tool action of its agent and conversation', () => {
    const [e] = entries(rs[0]);
    expect(e?.format).toBe('tool-invoke');
    expect(e?.action).toMatchObject({ kind: 'tool', tool: 'ticket-update', agentId: 'customer-support', sessionId: 'conv-789' });
    expect(e?.logged.allowed).toBe(true);
  });

  it('turns file and shell tools into filesystem and command actions', () => {
    expect(entries(rs[2])[0]?.action).toMatchObject({ kind: 'filesystem', op: 'write', paths: ['docs/guide.md'] });
    expect(entries(rs[3])[0]?.action).toMatchObject({ kind: 'command', command: 'wget http://mirror.example.net/pkg.tgz' });
    expect(entries(rs[3])[0]?.logged.allowed).toBe(false);
    expect(rs[5]).toMatchObject({ kind: 'unknown', message: expect.stringContaining('without "tool"') });
  });
});

describe('Claude Code transcript reader', () => {
  const text = readFileSync(join(LOGS, 'claude/session.jsonl'), 'utf8').split('\n').filter(Boolean);
  const state = newReaderState(REPO);
  const rs = text.map((l) => readLine(JSON.parse(l), state));
  const at = (line: number) => rs[line - 1]!;

  it('skips records without actions silently', () => {
    expect(at(1)).toEqual({ kind: 'skip' }); // summary
    expect(at(2)).toEqual({ kind: 'skip' }); // user prompt (string content)
    expect(at(3)).toEqual({ kind: 'skip' }); // assistant text only
    expect(rs.filter((r) => r.kind === 'unknown')).toEqual([]);
  });

  it('reads tool_use blocks with paths relative to the session project', () => {
    expect(entries(at(4))[0]?.action).toMatchObject({ kind: 'filesystem', op: 'read', paths: ['src/cart.ts'], sessionId: '0b8c6f0e-3c1d-4e55-9a57-2f4a8d0c1e77' });
    expect(entries(at(6))[0]?.action).toMatchObject({ kind: 'filesystem', op: 'write', paths: ['src/cart.ts'] });
    expect(entries(at(8))[0]?.action).toMatchObject({ kind: 'command', command: 'npm test', cwd: REPO });
    expect(entryLabel(entries(at(8))[0]!)).toBe('Bash: npm test');
    expect(entries(at(10))[0]?.action).toMatchObject({ paths: ['.env.local'] });
    expect(entries(at(36))[0]?.action).toMatchObject({ paths: ['/etc/hosts'] });
    // An MCP tool no table knows: its branch name `feature/cart-total` is a guessed path (only a deny
    // could refuse it), decided with the tool's name.
    expect(entries(at(34)).map((e) => [e.tool, e.action])).toEqual([
      ['mcp__github__create_pull_request', expect.objectContaining({ kind: 'filesystem', op: 'read', paths: ['feature/cart-total'], guessed: true })],
    ]);
    expect(entries(at(19))[0]?.action).toMatchObject({ kind: 'network', url: 'https://docs.example.com/money/rounding' });
  });

  it('keeps tool_use ids and reads the outcomes of tool_results', () => {
    const bash = entries(at(14))[0]!;
    expect(bash.toolUseId).toMatch(/^toolu_/);
    const result = at(15);
    expect(result).toMatchObject({ kind: 'skip', outcomes: [{ toolUseId: bash.toolUseId, blocked: true, why: 'rejected at the permission prompt' }] });
    const hooked = entries(at(17))[0]!;
    expect(at(18)).toMatchObject({ outcomes: [{ toolUseId: hooked.toolUseId, blocked: true, why: 'denied by a permission rule or hook' }] });
    // An error that is not a refusal (HTTP 403) does not mean it was blocked.
    expect(at(22)).toMatchObject({ outcomes: [{ blocked: false }] });
  });

  it('counts a tool_use once when its line is repeated', () => {
    expect(entries(at(21))).toHaveLength(1);
    const again = at(40);
    expect(again.kind === 'entries' ? again.entries : []).toEqual([]);
  });

  it('reads searches as reads of their directory; bookkeeping tools are checked by name only', () => {
    // Task has no file, command or host: only its tool name is checked.
    expect(entries(at(26))).toMatchObject([{ action: { kind: 'tool', tool: 'Task' } }]);
    expect(entries(at(26))[0]?.tool).toBeUndefined();
    expect(entries(at(28))[0]?.tool).toBe('Grep');
    expect(entries(at(28))[0]?.action).toMatchObject({ kind: 'filesystem', op: 'read', paths: ['secrets'] });
    expect(entries(at(30))[0]?.action).toMatchObject({ paths: ['src'] });
  });

  it('puts sub-agent turns on their own timeline', () => {
    const main = at(24);
    const side = at(28);
    expect(main.kind === 'entries' && main.facts.timeline).toBe('0b8c6f0e-3c1d-4e55-9a57-2f4a8d0c1e77');
    const root = JSON.parse(text[26]!).uuid as string; // line 27: the sub-agent's first (user) line
    expect(side.kind === 'entries' && side.facts.timeline).toBe(`0b8c6f0e-3c1d-4e55-9a57-2f4a8d0c1e77#side:${root}`);
  });

  it('follows the agent into a subdirectory', () => {
    expect(entries(at(38))[0]?.action).toMatchObject({ kind: 'command', command: 'cat template.env > .env.production', cwd: `${REPO}/packages/web` });
  });

  it('copes with real transcripts: every tool_use read, nothing unknown, paths inside the project', () => {
    for (const f of ['5c0375b4-57a5-4f26-b12d-d022ee4e51b7.jsonl', 'fe5e1c67-53e7-4862-81ae-d0e013e3270b.jsonl']) {
      const lines = readFileSync(join(LOGS, 'claude/real', f), 'utf8').split('\n').filter(Boolean);
      const st = newReaderState(REPO);
      const results = lines.map((l) => readLine(JSON.parse(l), st));
      expect(results.filter((r) => r.kind === 'unknown')).toEqual([]);
      const uses = lines.flatMap((l) => {
        const o = JSON.parse(l);
        return o.type === 'assistant' ? o.message.content.filter((b: { type: string }) => b.type === 'tool_use') : [];
      });
      const got = results.flatMap((r) => (r.kind === 'entries' ? r.entries : []));
      // One entry per tool_use: bookkeeping tools and whole-project globs as tool actions.
      expect(got.length).toBe(uses.length);
      const toolOnly = got.filter((e) => e.action.kind === 'tool').map((e) => e.head);
      expect(toolOnly.length).toBeGreaterThan(0);
      for (const h of toolOnly) expect(['TodoWrite', 'Task', 'BashOutput', 'KillBash', 'Glob']).toContain(h);
      for (const e of got) {
        if (e.action.kind === 'filesystem') for (const p of e.action.paths) expect(p.startsWith('/path/to/Demo')).toBe(false);
      }
    }
  });
});

describe('pathsOf', () => {
  it('collects every path a tool call names, never just the first', async () => {
    const { pathsOf } = await import('../../src/replay/readers/common.js');
    expect(pathsOf({ path: 'src/a.ts' })).toEqual(['src/a.ts']);
    expect(pathsOf({ path: 'src', target: '.env' })).toEqual(['src', '.env']);
    expect(pathsOf({ file_path: 'a', paths: ['b', 'a', { path: 'c' }] })).toEqual(['a', 'b', 'c']);
    expect(pathsOf({ source: 'secrets/k', destination: 'public/k' })).toEqual(['public/k', 'secrets/k']);
    // In a filesystem entry a source is a file, with or without a destination.
    expect(pathsOf({ source: 'secrets/k' })).toEqual(['secrets/k']);
    expect(pathsOf({ path: '', content: 'x' })).toEqual([]);
  });

  it('reads one path directly exactly as the key-by-key reading does', async () => {
    const fc = (await import('fast-check')).default;
    const { pathsOf, pathsByKeys, PATH_KEY_NAMES, PATHS_KEY_NAMES } = await import('../../src/replay/readers/common.js');
    const keys = [...PATH_KEY_NAMES, ...PATHS_KEY_NAMES, 'source', 'content', 'command'];
    const value = fc.oneof(fc.constantFrom('', 'a', 'src/b.ts', '.env'), fc.constant(null), fc.integer(), fc.array(fc.constantFrom('x', 'y', ''), { maxLength: 2 }));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 4 }), (p) => {
        expect(pathsOf(p)).toEqual(pathsByKeys(p));
      }),
      { numRuns: 5000 },
    );
  });
});

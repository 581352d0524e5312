import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexEntries, parseRawDiff, readBlobs, stagedEntries, unstagedPaths } from '../../src/hooks/git.js';
import { readStagedState } from '../../src/hooks/index-files.js';
import { gitOk, newRepo, write } from './repo.js';

// These call git from this test process: keep agent and GIT_* variables of the caller out.
for (const k of Object.keys(process.env)) if (/^GIT_(DIR|INDEX_FILE|WORK_TREE|PREFIX)$/.test(k)) delete process.env[k];

describe('reading the index', () => {
  it('parses raw diff records, splitting renames and keeping odd paths intact', () => {
    const raw =
      ':100644 100644 1111111111111111111111111111111111111111 2222222222222222222222222222222222222222 M\0src/a b.ts\0' +
      ':000000 100644 0000000000000000000000000000000000000000 3333333333333333333333333333333333333333 A\0new\nline.txt\0' +
      ':100644 000000 4444444444444444444444444444444444444444 0000000000000000000000000000000000000000 D\0gone.key\0';
    expect(parseRawDiff(raw)).toEqual([
      { status: 'M', path: 'src/a b.ts', headOid: '1'.repeat(40), indexOid: '2'.repeat(40), indexMode: '100644' },
      { status: 'A', path: 'new\nline.txt', headOid: undefined, indexOid: '3'.repeat(40), indexMode: '100644' },
      { status: 'D', path: 'gone.key', headOid: '4'.repeat(40), indexOid: undefined, indexMode: undefined },
    ]);
  });

  it('sees the staged version, not the working tree, including before the first commit', async () => {
    const dir = newRepo({ 'a.txt': 'one\n', 'sub/b.txt': 'two\n', 'sub/c.txt': 'three\n' });
    gitOk(dir, 'add', '-A');
    let staged = await stagedEntries(dir);
    expect(staged.map((e) => [e.status, e.path])).toEqual([
      ['A', 'a.txt'],
      ['A', 'sub/b.txt'],
      ['A', 'sub/c.txt'],
    ]);
    gitOk(dir, 'commit', '-q', '-m', 'base', '--no-verify');
    expect(await stagedEntries(dir)).toEqual([]);

    write(dir, 'a.txt', 'staged\n');
    gitOk(dir, 'add', 'a.txt');
    write(dir, 'a.txt', 'working tree\n');
    gitOk(dir, 'rm', '-q', 'sub/b.txt');
    staged = await stagedEntries(join(dir, 'sub')); // from a subdirectory: paths stay repository-relative
    expect(staged.map((e) => [e.status, e.path])).toEqual([
      ['M', 'a.txt'],
      ['D', 'sub/b.txt'],
    ]);
    const blobs = await readBlobs(dir, [staged[0]!.indexOid!, staged[0]!.headOid!, staged[1]!.headOid!]);
    expect(blobs.get(staged[0]!.indexOid!)?.toString()).toBe('staged\n');
    expect(blobs.get(staged[0]!.headOid!)?.toString()).toBe('one\n');
    expect(blobs.get(staged[1]!.headOid!)?.toString()).toBe('two\n');
    expect([...(await unstagedPaths(dir, ['a.txt']))]).toEqual(['a.txt']);
    expect(await indexEntries(join(dir, 'sub'), [':(top)a.txt'])).toEqual([{ path: 'a.txt', oid: staged[0]!.indexOid, mode: '100644' }]);
  });

  it('collects policy files (index and HEAD versions) and staged logs in one state', async () => {
    const dir = newRepo({
      '.agent-policy.yml': 'version: "2.1"\n',
      'web/.agent-policy.override.yml': 'permissions: {}\n',
      'logs/run.jsonl': '{}\n',
      'src/x.ts': '',
    });
    gitOk(dir, 'add', '-A');
    gitOk(dir, 'commit', '-q', '-m', 'base', '--no-verify');
    write(dir, '.agent-policy.yml', 'version: "2.1"\n# staged\n');
    write(dir, '.agent-actions.jsonl', '{"action":"x"}\n');
    write(dir, 'logs/run.jsonl', '{"n":2}\n');
    write(dir, '.agent-policy/bypasses/new.json', '{}');
    gitOk(dir, 'add', '-A');
    write(dir, '.agent-policy.yml', 'version: "2.1"\n# working tree only\n');
    const state = await readStagedState(dir, await stagedEntries(dir), { logGlobs: ['logs/*.jsonl'] });
    expect(state.stagedPolicyFiles).toEqual(['.agent-policy.yml']);
    expect(state.index.get(join(state.top, '.agent-policy.yml'))).toBe('version: "2.1"\n# staged\n');
    expect(state.index.get(join(state.top, 'web/.agent-policy.override.yml'))).toBe('permissions: {}\n');
    expect(state.committed.get(join(state.top, '.agent-policy.yml'))).toBe('version: "2.1"\n');
    expect(state.logs.map((l) => l.path).sort()).toEqual(['.agent-actions.jsonl', 'logs/run.jsonl']);
    // A record added by this commit is in the index, but not among the committed ones.
    expect(state.index.has(join(state.top, '.agent-policy/bypasses/new.json'))).toBe(true);
    expect(state.committed.has(join(state.top, '.agent-policy/bypasses/new.json'))).toBe(false);
  });
});

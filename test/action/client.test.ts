import { afterEach, describe, expect, it } from 'vitest';
import { getOctokit } from '@actions/github';
import { octokitClient } from '../../src/action/client.js';
import { applyLabels } from '../../src/action/labels.js';
import { startGitHubServer, type GitHubServer, type GitHubServerOptions } from '../helpers/github-server.js';

const commits = Array.from({ length: 5 }, (_, i) => ({
  sha: `${i}`.repeat(40),
  commit: { message: `c${i}`, author: { name: 'A', email: 'a@example.com' }, committer: { name: 'GitHub', email: 'noreply@github.com' } },
  author: i === 0 ? { login: 'claude[bot]', type: 'Bot' } : null,
  committer: { login: 'web-flow' },
}));
const files = [
  { filename: 'src/a.ts', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' },
  { filename: 'src/b.ts', status: 'renamed', previous_filename: 'src/old.ts' },
  { filename: 'gone.ts', status: 'removed' },
];

let server: GitHubServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function client(over: Partial<GitHubServerOptions> = {}) {
  server = await startGitHubServer({ owner: 'o', repo: 'r', token: 't0k', pulls: { 7: { commits, files } }, ...over });
  // In-process, @actions/github has read GITHUB_API_URL at import already; the bundle reads it at start.
  return octokitClient(getOctokit('t0k', { baseUrl: server.url }), 'o', 'r');
}

describe('octokitClient against the local GitHub server', () => {
  it('follows Link headers through every page of commits and files', async () => {
    const c = await client({ pageSize: 2 });
    const got = await c.listPullCommits(7);
    expect(got.map((x) => x.message)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(got[0]).toMatchObject({ authorLogin: 'claude[bot]', authorEmail: 'a@example.com', committerLogin: 'web-flow' });
    expect(got[1]!.authorLogin).toBeNull();
    const commitPages = server!.requests.filter((r) => r.path === '/repos/o/r/pulls/7/commits').map((r) => r.query.get('page') ?? '1');
    expect(commitPages).toEqual(['1', '2', '3']);
    expect(server!.requests[0]!.headers.authorization).toBe('token t0k');

    expect(await c.listPullFiles(7)).toEqual([
      { filename: 'src/a.ts', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' },
      { filename: 'src/b.ts', status: 'renamed', previousFilename: 'src/old.ts' },
      { filename: 'gone.ts', status: 'removed' },
    ]);
  });

  it('reads a file at a ref, undefined when absent', async () => {
    const c = await client({ contents: { abc123: { 'dir/.agent-policy.yml': 'version: "1.0"\n' } } });
    expect(await c.getFileAt('dir/.agent-policy.yml', 'abc123')).toBe('version: "1.0"\n');
    expect(await c.getFileAt('dir/.agent-policy.yml', 'other')).toBeUndefined();
    expect(server!.requests.map((r) => r.url)).toContain('/repos/o/r/contents/dir%2F.agent-policy.yml?ref=abc123');
  });

  it('reports a failed call with its status', async () => {
    const c = await client();
    await expect(c.listPullFiles(8)).rejects.toMatchObject({ status: 404, message: expect.stringContaining('#8') });
  });
});

describe('applyLabels', () => {
  it('creates missing labels, accepts existing ones, then adds them without replacing', async () => {
    const c = await client({ labels: ['agent-authored'] });
    const out = await applyLabels(c, 7, ['agent-authored', 'agent-policy-violation']);
    expect(out).toMatchObject({ applied: ['agent-authored', 'agent-policy-violation'], created: ['agent-policy-violation'], readOnly: false, notes: [] });
    expect(server!.labelsAdded(7)).toEqual(['agent-authored', 'agent-policy-violation']);
    const writes = server!.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
    expect(writes).toEqual(['POST /repos/o/r/labels', 'POST /repos/o/r/labels', 'POST /repos/o/r/issues/7/labels']);
    // Never the replacing verb.
    expect(server!.requests.some((r) => r.method === 'PUT')).toBe(false);
    const created = server!.requests.find((r) => r.method === 'POST' && (r.body as { name: string }).name === 'agent-policy-violation');
    expect(created!.body).toMatchObject({ color: 'd73a4a' });
  });

  it('falls back on a read-only token: no failure, a note', async () => {
    const c = await client({ readOnly: true });
    const out = await applyLabels(c, 7, ['agent-authored']);
    expect(out.readOnly).toBe(true);
    expect(out.applied).toEqual([]);
    expect(out.notes.join('\n')).toMatch(/may not label this pull request/);
    expect(server!.labelsAdded(7)).toEqual([]);
  });

  it('asks nothing when no label is wanted', async () => {
    const c = await client();
    expect((await applyLabels(c, 7, [])).applied).toEqual([]);
    expect(server!.requests).toEqual([]);
  });
});

// What --staged keeps between runs besides the checked policy set (src/hooks/blob-cache.ts): the
// index's policy files by object id. An entry is used only when it hashes to its id, so an entry
// rewritten to a permissive policy changes no verdict. Through the built CLI on a real repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/cli.js';
import { guardRepo } from './helpers.js';

const PERMISSIVE = 'version: "2.1"\ndefault_permissions:\n  filesystem:\n    allow: ["**"]\n';

describe('--staged blob cache', { timeout: 180_000 }, () => {
  it("an agent's commit stays blocked whatever the cached policy blob holds", () => {
    const repo = guardRepo();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@e.x', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
    git('add', '-A');
    git('commit', '-q', '--no-verify', '-m', 'base');
    mkdirSync(join(repo, 'secrets'));
    writeFileSync(join(repo, 'secrets/key'), 'k\n');
    git('add', 'secrets/key');
    const env = { ...process.env, NO_COLOR: '1', CLAUDECODE: '1' };
    const staged = () => spawnSync(process.execPath, [CLI, '--staged'], { cwd: repo, env, encoding: 'utf8' });
    const first = staged();
    expect(first.status).toBe(1);
    expect(first.stdout + first.stderr).toContain('secrets/key');
    const oid = git('rev-parse', ':.agent-policy.yml').trim();
    const entry = join(repo, '.git', 'agent-policy-lint', 'blobs', oid.slice(0, 2), oid.slice(2));
    expect(existsSync(entry)).toBe(true);
    expect(staged().status).toBe(1);
    // Rewritten (and the checked-set cache cleared, so the blob is what the policy is read from).
    writeFileSync(entry, PERMISSIVE);
    execFileSync('sh', ['-c', 'rm -f .git/agent-policy-lint/policy-*'], { cwd: repo });
    const third = staged();
    expect(third.status).toBe(1);
    expect(third.stdout + third.stderr).toContain('secrets/key');
  });
});

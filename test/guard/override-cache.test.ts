// The override list kept between hook calls (src/guard/override-cache.ts): reused only while the
// work tree, the index and git's ignore rules are as they were, so an override that appears (in a
// new or an existing directory, by an edit of a .gitignore, by `git add -f`) decides the very next
// call. Driven through dist/guard.cjs on real git repositories.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';
import { guardRepo, runHook } from './helpers.js';

const GUARD = join(REPO_ROOT, 'dist/guard.cjs');
const DENY_TS = 'version: "2.1"\npermissions:\n  filesystem:\n    deny: ["*.ts"]\n';

async function edit(repo: string, file: string, env?: Record<string, string>): Promise<'allow' | 'deny'> {
  const payload = JSON.stringify({ session_id: 's1', cwd: repo, hook_event_name: 'PreToolUse', tool_name: 'Edit', tool_input: { file_path: join(repo, file), old_string: 'a', new_string: 'b' } });
  const r = await runHook(['--agent', 'claude'], payload, { cwd: repo, entry: GUARD, env });
  if (r.stdout.includes('"permissionDecision":"deny"')) return 'deny';
  expect(r.code, r.stderr).toBe(0);
  return 'allow';
}

function cacheEntry(repo: string): string | undefined {
  const dir = join(repo, '.git', 'agent-policy-lint');
  const f = readdirSync(dir).find((n) => n.startsWith('overrides-'));
  return f && join(dir, f);
}

describe('override files kept between hook calls', { timeout: 180_000 }, () => {
  it('a new override decides the next call, in an existing or a new directory', async () => {
    const repo = guardRepo({ 'src/gen/a.ts': 'x\n', 'src/lib/b.ts': 'y\n' });
    // Twice: the first call creates .agent-logs (a new directory), the second saves what holds then.
    expect(await edit(repo, 'src/gen/a.ts')).toBe('allow');
    expect(await edit(repo, 'src/gen/a.ts')).toBe('allow');
    expect(cacheEntry(repo)).toBeDefined();
    writeFileSync(join(repo, 'src/gen/.agent-policy.override.yml'), DENY_TS);
    expect(await edit(repo, 'src/gen/a.ts')).toBe('deny');
    rmSync(join(repo, 'src/gen/.agent-policy.override.yml'));
    expect(await edit(repo, 'src/gen/a.ts')).toBe('allow');
    expect(await edit(repo, 'src/new/c.ts')).toBe('allow');
    mkdirSync(join(repo, 'src/new/deep'), { recursive: true });
    writeFileSync(join(repo, 'src/new/deep/.agent-policy.override.yml'), DENY_TS);
    expect(await edit(repo, 'src/new/deep/c.ts')).toBe('deny');
  });

  it('follows git: an ignored override counts once a .gitignore edit or `git add -f` brings it in', async () => {
    const repo = guardRepo({ '.gitignore': 'src/gen/\n', 'src/gen/.agent-policy.override.yml': DENY_TS, 'src/gen/a.ts': 'x\n' });
    expect(await edit(repo, 'src/gen/a.ts')).toBe('allow');
    expect(await edit(repo, 'src/gen/a.ts')).toBe('allow');
    // The same names everywhere, only the rule's text changes (same length, too).
    writeFileSync(join(repo, '.gitignore'), 'src/gex/\n');
    expect(await edit(repo, 'src/gen/a.ts')).toBe('deny');
    writeFileSync(join(repo, '.gitignore'), 'src/gen/\n');
    expect(await edit(repo, 'src/gen/a.ts')).toBe('allow');
    expect(await edit(repo, 'src/gen/a.ts')).toBe('allow');
    // Tracked although ignored: git lists it (only the index changed).
    execFileSync('git', ['add', '-f', 'src/gen/.agent-policy.override.yml'], { cwd: repo });
    expect(await edit(repo, 'src/gen/a.ts')).toBe('deny');
    // Ignored by the repository's exclude file: a file git reads, not in the work tree.
    execFileSync('git', ['rm', '-q', '--cached', 'src/gen/.agent-policy.override.yml'], { cwd: repo });
    writeFileSync(join(repo, '.gitignore'), '');
    expect(await edit(repo, 'src/gen/a.ts')).toBe('deny');
    writeFileSync(join(repo, '.git/info/exclude'), 'src/gen/\n');
    expect(await edit(repo, 'src/gen/a.ts')).toBe('allow');
  });

  it('with GIT_INDEX_FILE set, git answers every call (the index it names is not fingerprinted)', async () => {
    const repo = guardRepo({ '.gitignore': 'src/gen/\n', 'src/gen/.agent-policy.override.yml': DENY_TS, 'src/gen/a.ts': 'x\n' });
    const env = { GIT_INDEX_FILE: join(repo, '.git', 'other-index') };
    expect(await edit(repo, 'src/gen/a.ts', env)).toBe('allow');
    expect(await edit(repo, 'src/gen/a.ts', env)).toBe('allow');
    execFileSync('git', ['add', '-f', 'src/gen/.agent-policy.override.yml'], { cwd: repo, env: { ...process.env, ...env } });
    expect(await edit(repo, 'src/gen/a.ts', env)).toBe('deny');
    expect(await edit(repo, 'src/gen/a.ts')).toBe('allow');
  });

  it('a hit is what decides (seen by changing what the entry holds); a malformed entry is a miss', async () => {
    const repo = guardRepo({ '.gitignore': 'src/gen/\n', 'src/gen/.agent-policy.override.yml': DENY_TS, 'src/gen/a.ts': 'x\n' });
    expect(await edit(repo, 'src/gen/a.ts')).toBe('allow');
    expect(await edit(repo, 'src/gen/a.ts')).toBe('allow');
    const file = cacheEntry(repo)!;
    const entry = JSON.parse(readFileSync(file, 'utf8')) as { overrides: string[] };
    expect(entry.overrides).toEqual([]);
    writeFileSync(file, JSON.stringify({ ...entry, overrides: ['src/gen/.agent-policy.override.yml'] }));
    expect(await edit(repo, 'src/gen/a.ts')).toBe('deny');
    writeFileSync(file, JSON.stringify({ ...entry, overrides: ['../outside.yml'] }));
    expect(await edit(repo, 'src/gen/a.ts')).toBe('allow');
    writeFileSync(file, '{"v":1');
    expect(await edit(repo, 'src/gen/a.ts')).toBe('allow');
  });
});

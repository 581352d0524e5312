// A symbolic link at an allowed path leads somewhere else on this disk: the runtime guard and
// `explain` decide its target too (src/links.ts, src/engine/decide-path.ts), through the built CLI
// on a real repository with real links.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { explainOutcome } from '../helpers/cli.js';
import { guardRepo, POLICY, runHook } from './helpers.js';

let repo: string;

beforeAll(() => {
  // `cat *` allowed, so that only the link can deny `cat src/token-link`.
  repo = guardRepo({ '.agent-policy.yml': POLICY.replace('"ls"]', '"ls", "cat *"]'), 'secrets/token.txt': 'TOKEN=abc\n', 'src/util.ts': 'export {};\n' });
  symlinkSync('../secrets/token.txt', join(repo, 'src/token-link'));
  symlinkSync('../secrets', join(repo, 'src/secrets-dir'));
  symlinkSync('util.ts', join(repo, 'src/util-link.ts'));
  symlinkSync('/etc/hostname', join(repo, 'src/outside'));
  mkdirSync(join(repo, 'src/real'));
  writeFileSync(join(repo, 'src/real/a.ts'), 'x\n');
});

const payload = (tool: string, input: object) => JSON.stringify({ session_id: 'links', cwd: repo, hook_event_name: 'PreToolUse', tool_name: tool, tool_input: input, tool_use_id: 't' });

async function claude(tool: string, input: object): Promise<{ decision: string; reason: string }> {
  const r = await runHook(['--agent', 'claude'], payload(tool, input), { cwd: repo });
  expect(r.code).toBe(0);
  if (r.stdout.trim() === '') return { decision: 'allow', reason: '' };
  const h = JSON.parse(r.stdout).hookSpecificOutput;
  return { decision: h.permissionDecision, reason: h.permissionDecisionReason };
}

describe('symbolic links on this disk', () => {
  it('the guard denies reading, editing and cat-ing a link (or a linked directory) into a denied path', async () => {
    for (const [tool, input] of [
      ['Read', { file_path: join(repo, 'src/token-link') }],
      ['Edit', { file_path: join(repo, 'src/token-link'), old_string: 'a', new_string: 'b' }],
      ['Write', { file_path: join(repo, 'src/secrets-dir/new.key'), content: 'x' }],
      ['Read', { file_path: 'src/secrets-dir/token.txt' }],
      ['Bash', { command: 'cat src/token-link' }],
    ] as const) {
      const d = await claude(tool, input);
      expect([tool, d.decision]).toEqual([tool, 'deny']);
      expect(d.reason).toMatch(/symbolic link to "secrets\//);
      expect(d.reason).toContain('.agent-policy.yml:5');
    }
  }, 60_000);

  it('a link outside the repository is an outside path; a link to an allowed file and a plain file stay allowed', async () => {
    expect((await claude('Read', { file_path: join(repo, 'src/outside') })).decision).toBe('deny');
    expect((await claude('Edit', { file_path: join(repo, 'src/util-link.ts'), old_string: 'a', new_string: 'b' })).decision).toBe('allow');
    expect((await claude('Edit', { file_path: join(repo, 'src/real/a.ts'), old_string: 'a', new_string: 'b' })).decision).toBe('allow');
    expect((await claude('Write', { file_path: join(repo, 'src/real/new.ts'), content: 'x' })).decision).toBe('allow');
  }, 60_000);

  it('explain answers for this disk too', () => {
    expect(explainOutcome(repo, ['src/token-link']).outcome).toBe('deny');
    expect(explainOutcome(repo, ['--command', 'cat src/secrets-dir/token.txt']).outcome).toBe('deny');
    expect(explainOutcome(repo, ['src/util-link.ts']).outcome).toBe('allow');
  });
});

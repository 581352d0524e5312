// The hook decides paths with the files-only engine (src/engine/files.ts), which must not load the
// shell-command half, must decide exactly as the full engine, and must never guess on a command.
import { describe, expect, it } from 'vitest';
import { policy } from '../engine/policy-builder.js';
import type { Action } from '../../src/engine/types.js';

const spec = {
  fs: { allow: ['src/**', 'test/**'], deny: ['infra/**', '.env*', '**/*.pem'] },
  cmd: { allow: ['npm test'], deny: ['rm -rf *'] },
  approvals: { file: ['src/billing/**'], command: ['npm publish'] },
  overrides: [{ dir: 'src/legacy', fs: { deny: ['**/*.sql'] } }],
  agents: [{ id: 'bot', permissions: { fs: { deny: ['test/**'] } } }],
};
const paths = ['src/a.ts', 'test/b.ts', 'infra/main.tf', '.env.local', 'src/k.pem', 'src/billing/x.ts', 'src/legacy/q.sql', 'README.md', '/etc/passwd'];
const actions: Action[] = paths.flatMap((p) =>
  (['write', 'delete', 'read'] as const).flatMap((op) => [undefined, 'bot'].map((agentId) => ({ kind: 'filesystem', op, paths: [p], agentId }) as Action)),
);

describe('the files-only engine', () => {
  it('refuses a command decision (never an allow) until the full engine is loaded, then decides as it does', async () => {
    const files = await import('../../src/engine/files.js');
    const cp = files.compilePolicy(policy(spec));
    const cmd: Action = { kind: 'command', command: 'npm test' };
    expect(() => files.decide(cmd, cp)).toThrow(/full engine/);
    const full = await import('../../src/engine/index.js');
    // Compiled lists wait for the command half and then compile on first use.
    expect(files.decide(cmd, cp)).toEqual(full.decide(cmd, full.compilePolicy(policy(spec))));
    expect(files.decide({ kind: 'command', command: 'rm -rf /' }, cp).allowed).toBe(false);
  });

  it('decides every path exactly as the full engine', async () => {
    const files = await import('../../src/engine/files.js');
    const lazy = files.compilePolicy(policy(spec));
    const full = await import('../../src/engine/index.js');
    const eager = full.compilePolicy(policy(spec));
    for (const a of actions) expect(files.decide(a, lazy), JSON.stringify(a)).toEqual(full.decide(a, eager));
    expect(actions.some((a) => !full.decide(a, eager).allowed)).toBe(true);
    expect(actions.some((a) => full.decide(a, eager).allowed)).toBe(true);
  });
});

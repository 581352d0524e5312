import { describe, expect, it } from 'vitest';
import { compilePolicy, decide, type Action } from '../../src/engine/index.js';
import { policy } from './policy-builder.js';

// The memo shares decisions between repeats of a line in the same context (decide-command.ts keys
// the usual context by the line itself, any other by a built key): with it and without it, every
// decision must be the same, whatever the order the contexts come in.
describe('decisions with and without the memo', () => {
  const set = policy({
    fs: { deny: ['.env*', 'secrets/**'], allow: ['src/**', 'docs/**'] },
    cmd: { deny: ['rm -rf', 'curl *'], allow: ['npm test', 'ls *', 'cat *', 'cd *'] },
    approvals: { command: ['git push *'] },
    agents: [{ id: 'bot', trust: 'write_local', permissions: { cmd: { allow: ['ls *'] } } }],
  });
  const lines = [
    'npm test',
    'ls -la src',
    'cat .env',
    'cd src && cat ../secrets/x',
    'git push origin main',
    'rm -rf dist',
    'c\u0001\u0001\u0001\u00010\u0001npm test',
    'p\u0001read\u0001\u0001\u00010\u0001.env',
    'x',
    '',
  ];
  const contexts: Partial<Action>[] = [{}, { cwd: '/repo/src' }, { cwd: '' }, { agentId: 'bot' }, { approvalId: 'ok' }, { loggedRoot: '/elsewhere' }];
  const actions: Action[] = [];
  for (let round = 0; round < 2; round++) {
    for (const c of round ? [...contexts].reverse() : contexts) for (const command of lines) actions.push({ kind: 'command', command, ...c } as Action);
  }

  it('agree on every line in every context, repeats included', () => {
    const memo = compilePolicy(set);
    const bare = compilePolicy(set, { memo: 0 });
    for (const a of actions) expect(decide(a, memo)).toEqual(decide(a, bare));
  });
});

import { describe, expect, it } from 'vitest';
import { compilePolicy, decide, decidingAgent } from '../../src/engine/index.js';
import type { Action } from '../../src/engine/types.js';
import { policy } from './policy-builder.js';

const cp = compilePolicy(
  policy({
    fs: { allow: ['src/**', 'docs/**'], deny: ['secrets/**'] },
    cmd: { allow: ['npm test', 'git push *'], deny: ['rm -rf *'] },
    net: { outbound: false, exceptions: ['registry.npmjs.org'] },
    agents: [
      { id: 'plain' },
      { id: 'reader', trust: 'read_only' },
      { id: 'local', trust: 'write_local' },
      { id: 'narrow', permissions: { fs: { allow: ['docs/**'] } } },
    ],
  }),
);

describe('decidingAgent (the replay caches decisions by it)', () => {
  it('keeps an agent whose trust level or permissions change decisions, and no other', () => {
    expect(['plain', 'reader', 'local', 'narrow', 'stranger', undefined].map((a) => decidingAgent(cp, a))).toEqual([undefined, 'reader', 'local', 'narrow', undefined, undefined]);
  });

  it('an agent it drops is decided exactly like an action that names no agent', () => {
    const actions: Action[] = [
      { kind: 'filesystem', op: 'write', paths: ['src/a.ts'] },
      { kind: 'filesystem', op: 'write', paths: ['secrets/k'] },
      { kind: 'filesystem', op: 'read', paths: ['README.md'] },
      { kind: 'command', command: 'git push origin main' },
      { kind: 'command', command: 'rm -rf build' },
      { kind: 'network', host: 'registry.npmjs.org' },
      { kind: 'network', host: 'evil.example' },
      { kind: 'tool', tool: 'WebFetch' },
    ];
    for (const a of actions) for (const agentId of ['plain', 'stranger']) expect(decide({ ...a, agentId }, cp)).toEqual(decide(a, cp));
    // The agents it keeps do decide differently somewhere (else keeping them would cost for nothing).
    const differs = (agentId: string) => actions.some((a) => JSON.stringify(decide({ ...a, agentId }, cp)) !== JSON.stringify(decide(a, cp)));
    expect(['reader', 'local', 'narrow'].map(differs)).toEqual([true, true, true]);
  });
});

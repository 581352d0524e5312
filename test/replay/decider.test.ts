import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action, Decision } from '../../src/engine/types.js';
import { CachedDecider, type Decider } from '../../src/replay/decider.js';

/** A decider whose answer names everything it was asked, so any mix-up in the cache shows. */
function recording(agentKey?: Decider['agentKey']): Decider & { calls: number } {
  const d = {
    calls: 0,
    decide(a: Action, approvalValid: boolean | undefined): Decision {
      d.calls++;
      const agent = agentKey ? agentKey(a.agentId) : a.agentId;
      const what = a.kind === 'filesystem' ? `${a.op}:${a.paths.join('|')}` : a.kind === 'command' ? a.command : a.kind === 'network' ? `${a.host}|${a.url}` : a.tool;
      const reason = JSON.stringify([a.kind, what, agent ?? null, a.cwd ?? null, approvalValid ?? null]);
      return { outcome: 'deny', allowed: false, requiresApproval: false, approved: false, reason, subjects: [] };
    },
    agentKey,
  };
  return d;
}

const action = fc.record({
  kind: fc.constantFrom('write', 'read', 'command', 'network', 'tool'),
  subject: fc.constantFrom('a', 'b', 'src/x.ts', ''),
  agent: fc.constantFrom(undefined, 'bench', 'helper', 'trusted', ''),
  cwd: fc.constantFrom(undefined, '/repo', '/repo/sub', ''),
  approval: fc.constantFrom(undefined, true, false),
});

function toAction(x: { kind: string; subject: string; agent?: string; cwd?: string }): Action {
  const ctx = { agentId: x.agent, cwd: x.cwd };
  if (x.kind === 'write' || x.kind === 'read') return { kind: 'filesystem', op: x.kind, paths: [x.subject], ...ctx };
  if (x.kind === 'command') return { kind: 'command', command: x.subject, ...ctx };
  if (x.kind === 'network') return { kind: 'network', host: x.subject, ...ctx };
  return { kind: 'tool', tool: x.subject, ...ctx };
}

describe('CachedDecider', () => {
  it('answers every action as the decider it caches does, whatever the order of contexts', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (xs) => {
        const inner = recording();
        const cached = new CachedDecider(inner);
        for (const x of xs) expect(cached.decide(toAction(x), x.approval).reason).toBe(inner.decide(toAction(x), x.approval).reason);
      }),
      { numRuns: 500 },
    );
  });

  it('shares decisions between agents the decider says decide alike, and only those', () => {
    // "trusted" has a trust level or permissions of its own; the others decide like no agent.
    const agentKey = (id: string | undefined) => (id === 'trusted' ? id : undefined);
    const inner = recording(agentKey);
    const cached = new CachedDecider(inner);
    const write = (agentId?: string): Action => ({ kind: 'filesystem', op: 'write', paths: ['src/a.ts'], agentId });
    expect(cached.decide(write('bench'), undefined).reason).toContain('null');
    expect(cached.decide(write('helper'), undefined).reason).toContain('null');
    expect(cached.decide(write(undefined), undefined).reason).toContain('null');
    expect(cached.misses).toBe(1);
    expect(cached.decide(write('trusted'), undefined).reason).toContain('"trusted"');
    expect(cached.misses).toBe(2);
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (xs) => {
        const ref = recording(agentKey);
        const c = new CachedDecider(recording(agentKey));
        for (const x of xs) expect(c.decide(toAction(x), x.approval).reason).toBe(ref.decide(toAction(x), x.approval).reason);
      }),
      { numRuns: 300 },
    );
  });
});

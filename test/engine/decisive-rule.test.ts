// The written rule behind a verdict (decisiveRule), which the replay's records, the runtime
// guard's answers and the pre-commit hook's messages all point at.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy, decide, type Action } from '../../src/engine/index.js';
import { decisiveRule } from '../../src/engine/verdict.js';
import { actionArb, spec } from './arbitraries.js';
import { policy } from './policy-builder.js';

const at = (a: Action, s: Parameters<typeof policy>[0]) => {
  const d = decide(a, compilePolicy(policy(s)));
  const r = decisiveRule(d);
  return { outcome: d.outcome, effect: r?.effect, pattern: r?.pattern, pointer: r?.origin?.pointer };
};

describe('decisiveRule', () => {
  it('names the network exception that let a host through, not the allow_outbound: false that made exceptions matter', () => {
    expect(at({ kind: 'network', host: 'registry.npmjs.org' }, { net: { outbound: false, exceptions: ['registry.npmjs.org'] } })).toEqual({
      outcome: 'allow',
      effect: 'allow',
      pattern: 'registry.npmjs.org',
      pointer: '/default_permissions/network/exceptions/0',
    });
  });

  it('names allow_outbound: false when it refused a host no exception names', () => {
    expect(at({ kind: 'network', host: 'evil.example' }, { net: { outbound: false, exceptions: ['registry.npmjs.org'] } })).toMatchObject({
      outcome: 'deny',
      effect: 'default',
      pointer: '/default_permissions/network/allow_outbound',
    });
  });

  it('names the deny rule over the allow rule that also matched, and the approval gate of a needs-approval', () => {
    expect(at({ kind: 'command', command: 'git push origin main' }, { cmd: { allow: ['git *'], deny: ['git push *'] } })).toMatchObject({ outcome: 'deny', effect: 'deny', pattern: 'git push *' });
    expect(at({ kind: 'filesystem', op: 'write', paths: ['package.json'] }, { fs: { allow: ['**'] }, approvals: { file: ['package.json'] } })).toMatchObject({
      outcome: 'needs-approval',
      effect: 'approval',
      pattern: 'package.json',
    });
  });

  it('names nothing when no written rule decided (nothing restricts the host)', () => {
    expect(at({ kind: 'network', host: 'example.com' }, {})).toEqual({ outcome: 'allow', effect: undefined, pattern: undefined, pointer: undefined });
  });

  it('is always a matched rule of a subject with the decision\'s own verdict, of an effect that can give it', () => {
    const effects = { deny: ['deny', 'default', 'approval'], 'needs-approval': ['approval'], allow: ['allow', 'exception', 'bypass', 'approval'] };
    fc.assert(
      fc.property(spec, actionArb, (s, action) => {
        const d = decide(action as Action, compilePolicy(policy(s)));
        const r = decisiveRule(d);
        if (!r) return;
        expect(r.matched).toBe(true);
        expect(effects[d.outcome]).toContain(r.effect);
        expect(d.subjects.some((x) => x.outcome === d.outcome && x.rules.includes(r))).toBe(true);
        // A refusal written as a deny rule is always the one named.
        const refused = d.subjects.find((x) => x.outcome === d.outcome)!;
        if (d.outcome === 'deny' && refused.rules.some((x) => x.matched && x.origin && x.effect === 'deny')) expect(r.effect).toBe('deny');
      }),
      { numRuns: 300 },
    );
  });
});

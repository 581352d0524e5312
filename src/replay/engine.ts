// Adapter to the decision engine (src/engine): compilePolicy once, decide per action.
import type { PolicySet } from '../policy/types.js';
import type { Action, Decision } from '../engine/types.js';
import type { Decider } from './decider.js';

interface EngineApi {
  compilePolicy?: (set: PolicySet) => unknown;
  decide?: (action: Action, compiled: unknown, opts?: Record<string, unknown>) => Decision;
}

export async function engineDecider(set: PolicySet): Promise<Decider> {
  const engine = (await import('../engine/index.js')) as unknown as EngineApi;
  if (!engine.compilePolicy || !engine.decide) throw new Error('the decision engine is not available in this build');
  const compiled = engine.compilePolicy(set);
  const decide = engine.decide;
  return {
    decide: (action, approvalValid) => decide(action, compiled, { approvalValid: () => approvalValid === true }),
  };
}

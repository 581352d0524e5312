// Adapter to the decision engine (src/engine): compilePolicy once, decide per action.
import { compilePolicy, decide, decidingAgent } from '../engine/index.js';
import type { PolicySet } from '../policy/types.js';
import type { Decider } from './decider.js';

export function engineDecider(set: PolicySet): Decider {
  const compiled = compilePolicy(set);
  const valid = { approvalValid: () => true };
  const invalid = { approvalValid: () => false };
  return {
    decide: (action, approvalValid) => decide(action, compiled, approvalValid ? valid : invalid),
    agentKey: (agentId) => decidingAgent(compiled, agentId),
  };
}

import type { CompiledAgent, CompiledPolicy } from './compile.js';
import type { Action, LinkTarget } from './types.js';

/** What one decision carries through its parts. */
export interface DecisionContext {
  policy: CompiledPolicy;
  action: Action;
  /** Record every rule consulted, matched or not (for `explain`). */
  explain: boolean;
  /** The action carries an approval that counts. */
  approved: boolean;
  /** The acting agent, when the policy lists it under `agents`. */
  agent?: CompiledAgent;
  /** Follows symbolic links on this disk (the runtime guard, explain); replay has none. */
  linkTarget?: LinkTarget;
}

/**
 * Whether decisions are kept in the policy's memo and shared between repeats (so read-only);
 * without it (`explain`, or the memo off) each decision is a fresh object nothing else holds.
 */
export function sharesDecisions(context: DecisionContext): boolean {
  return !context.explain && !context.policy.memo.off;
}

// Adapter to the decision engine (src/engine): compilePolicy once, decide per action.
// The engine's shell-command half is loaded here, but not the automata that decide touches of
// whole trees and globs (src/engine/trees.js: refa, about 1 MB of code): a replay worker loads
// them only when a decision needs them (AutomataNotLoaded, thrown before anything is decided),
// then replays its slice again (src/replay/parallel.ts). The main thread loads them up front
// (loadAutomata), so its decisions never throw.
import '../engine/command-half.js';
import { compilePolicy, decidingAgent } from '../engine/compile.js';
import { decide } from '../engine/decide.js';
import { AutomataNotLoaded } from '../engine/automata-support.js';
import type { PolicySet } from '../policy/types.js';
import type { Decider } from './decider.js';

export { AutomataNotLoaded };

let automata: Promise<unknown> | undefined;

/** Loads the automata of tree touches (once): every decision can be made afterwards. */
export function loadAutomata(): Promise<unknown> {
  return (automata ??= import('../engine/trees.js'));
}

export function engineDecider(set: PolicySet): Decider {
  const compiled = compilePolicy(set);
  const valid = { approvalValid: () => true };
  const invalid = { approvalValid: () => false };
  return {
    decide: (action, approvalValid) => decide(action, compiled, approvalValid ? valid : invalid),
    agentKey: (agentId) => decidingAgent(compiled, agentId),
  };
}

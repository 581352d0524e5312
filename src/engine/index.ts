// The decision engine's public surface: compilePolicy(set) once, then decide(action, compiled).
// Placeholder until the engine lands.
export type { Action, Decision, SubjectDecision, DecidingRule } from './types.js';

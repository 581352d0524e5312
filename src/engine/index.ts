// The decision engine's public surface: compilePolicy(set) once, then decide(action, compiled).
export { compilePolicy, type CompiledPolicy, type CompileOptions } from './compile.js';
export { decide, type DecideOptions } from './decide.js';
export type { Action, ActionContext, Decision, DecidingRule, FsOp, RuleEffect, SubjectDecision } from './types.js';

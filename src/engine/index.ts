// The decision engine's public surface: compilePolicy(set) once, then decide(action, compiled).
// The command half registers first, so command lists compile with the policy as always.
import './commands.js';
export { compilePolicy, decidingAgent, type CompiledPolicy, type CompileOptions } from './compile.js';
export { decide, type DecideOptions } from './decide.js';
export type { Action, ActionContext, Decision, DecidingRule, FsOp, RuleEffect, SubjectDecision } from './types.js';

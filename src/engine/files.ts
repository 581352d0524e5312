// The engine without its shell-command half, for callers that decide only filesystem, network and
// tool actions: the shell parser is neither loaded nor evaluated. Compiled command lists wait for
// their first use, and deciding a command throws unless src/engine/index.js was loaded too.
export { compilePolicy, type CompiledPolicy, type CompileOptions } from './compile.js';
export { decide, type DecideOptions } from './decide.js';
export type { Action, ActionContext, Decision, DecidingRule, FsOp, RuleEffect, SubjectDecision } from './types.js';

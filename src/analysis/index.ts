import type { Finding } from '../report/finding.js';
import type { PolicySet } from '../policy/types.js';
import { Automata, type AutomataOptions } from '../match/automata.js';
import { checkAgents } from './checks/agents.js';
import { checkAllows } from './checks/allows.js';
import { checkApprovals } from './checks/approvals.js';
import { checkCompound } from './checks/compound.js';
import { checkHosts } from './checks/hosts.js';
import { checkTools } from './checks/tools.js';
import { checkLists, checkPatterns } from './checks/lists.js';
import { checkScopes } from './checks/scope.js';
import type { PatternCompiler } from './compiler.js';
import { Ctx } from './context.js';
import { defaultCompiler } from './default-compiler.js';
import { buildModel } from './model.js';

export interface ConflictOptions {
  /** The pattern compilers (default: src/match's glob and command-pattern compilers). */
  compiler?: PatternCompiler;
  limits?: AutomataOptions;
  /** The automata to ask (tests pass one that cross-checks every answer). */
  automata?: Automata;
}

/** --check-conflicts: exact conflict analysis of the root policy and every override, with witnesses. */
export async function checkConflicts(set: PolicySet, opts: ConflictOptions = {}): Promise<Finding[]> {
  const auto = opts.automata ?? new Automata(opts.limits);
  const model = buildModel(set, opts.compiler ?? defaultCompiler);
  const ctx = new Ctx(set, model, auto);
  for (const e of model.entries) {
    if (!e.lang && e.problem && !e.problem.reported) ctx.reportUncompiled(e, e.problem.reason);
  }
  checkPatterns(ctx);
  checkScopes(ctx);
  checkAllows(ctx);
  checkApprovals(ctx);
  checkAgents(ctx);
  checkLists(ctx);
  checkCompound(ctx);
  checkHosts(ctx);
  checkTools(ctx);
  return ctx.findings;
}

// One tool call decided: every action the vocabulary finds in it (src/agent-tools) goes through
// the engine; the call is denied if any action is, needs approval if any does, else allowed.
// The reason names the deciding rule (file:line) and the way forward.
import type { ToolActions } from '../agent-tools/index.js';
import { decide, type CompiledPolicy } from '../engine/files.js';
import { BUILTIN_FILE } from '../engine/builtin-rules.js';
import { where } from '../engine/rules-out.js';
import type { Action, Decision, Outcome } from '../engine/types.js';
import { decisiveRule } from '../engine/verdict.js';
import type { GuardAgent } from './event.js';
import { canAsk, type Verdict } from './answers.js';
import { linkResolver } from '../links.js';

export interface DecidedAction {
  action: Action;
  decision: Decision;
  /** `file:line` of the rule that decided it, when a written (or built-in) rule did. */
  rule?: string;
}

export interface CallVerdict extends Verdict {
  decided: DecidedAction[];
  /** The vocabulary could not read part of the call (a file tool without a path). */
  problems: string[];
}

/** `file:line` of the written rule that decided an action. */
function decidingRuleAt(cp: CompiledPolicy, d: Decision): string | undefined {
  const origin = decisiveRule(d)?.origin;
  return origin ? where(cp, origin) : undefined;
}

const RANK: Record<Outcome, number> = { allow: 0, 'needs-approval': 1, deny: 2 };

/** Decides a call's actions (the command half of the engine must be loaded when one is a command). */
export function decideCall(cp: CompiledPolicy, agent: GuardAgent, tool: string, found: ToolActions, notes?: ReadonlyMap<Action, string>): CallVerdict {
  // The call runs on this disk now: a path with a symbolic link on it is decided as its target too.
  const linkTarget = linkResolver(cp.root);
  const decided: DecidedAction[] = found.actions.map((action) => {
    const decision = decide(action, cp, { linkTarget });
    return { action, decision, rule: decidingRuleAt(cp, decision) };
  });
  if (found.problems.length > 0) {
    // A file tool without a path, a shell without a command: nothing to decide it on.
    return { outcome: 'deny', reason: `agent-policy-lint: ${tool}: ${found.problems.join('; ')}; denied because it cannot be decided.`, decided, problems: found.problems };
  }
  let worst = decided[0]!;
  for (const d of decided) if (RANK[d.decision.outcome] > RANK[worst.decision.outcome]) worst = d;
  const outcome = worst.decision.outcome;
  // A search's witness read says which search reaches the path (src/agent-tools/search.ts).
  const note = outcome === 'allow' ? undefined : notes?.get(worst.action);
  return { outcome, reason: reasonFor(agent, note ? `${tool} (${note})` : tool, worst, cp), decided, problems: [] };
}

function reasonFor(agent: GuardAgent, tool: string, d: DecidedAction, cp: CompiledPolicy): string {
  const o = d.decision.outcome;
  if (o === 'allow') return `agent-policy-lint: ${tool} allowed: ${d.decision.reason}`;
  const builtin = d.rule?.startsWith(`${BUILTIN_FILE}:`) === true;
  if (o === 'deny') {
    const forward = builtin
      ? 'It is a built-in self-protection rule (docs/runtime.md): only a human may make this change.'
      : `If it is needed, ask a human to change ${policyFile(cp)} in review, or to record a time-limited bypass (agent-policy-lint bypass --reason … --allow … --duration … --approver …).`;
    return `agent-policy-lint: ${tool} denied by the repository's agent policy: ${d.decision.reason}. Do not retry it another way. ${forward}`;
  }
  const how = canAsk(agent)
    ? 'Approve it at the prompt if it is intended.'
    : 'This agent has no approval prompt: ask the human to do it themselves, or to allow it for a while with agent-policy-lint bypass, then retry.';
  return `agent-policy-lint: ${tool} needs a human approval: ${d.decision.reason}. ${how}`;
}

/** The root policy file as reasons show it (repository-relative). */
function policyFile(cp: CompiledPolicy): string {
  return where(cp, { file: cp.set.root.file, pointer: '', line: 1, column: 1 }).replace(/:1$/, '');
}

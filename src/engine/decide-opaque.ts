// Code a command line runs but the engine cannot see (SPEC 3, "Opaque code"): never allowed by an
// ordinary allow. An allow pattern that matches the command and names the construct
// (`python -c *` for `python -c …`) admits it explicitly; otherwise the root's `commands.opaque`
// decides: `ask` (the default) needs a human approval, `deny` denies, `allow` lets it run. An
// override governing the line may tighten it (deny > ask > allow), never loosen it.
import type { CommandProblem } from '../match/command.js';
import { normaliseCommandPattern } from '../match/command.js';
import type { Level } from './compile.js';
import type { DecisionContext } from './context.js';
import { opaqueDenied } from './opaque-denies.js';
import { cite, decidingRule, where } from './rules-out.js';
import type { DecidingRule, Outcome, SubjectDecision } from './types.js';

export function decideOpaque(context: DecisionContext, problem: CommandProblem, overrides: readonly Level[]): SubjectDecision {
  const { policy } = context;
  const shown = problem.command;
  const verdict = (outcome: Outcome, reason: string, rule: DecidingRule, requiresApproval = false): SubjectDecision => ({
    subject: shown,
    kind: 'command',
    outcome,
    allowed: outcome === 'allow',
    requiresApproval,
    reason,
    rules: [rule],
  });
  // A deny that some reading of the code meets denies: an approval must not admit it.
  const denied = opaqueDenied(context, problem, overrides);
  if (denied) return denied;
  if (problem.construct) {
    const construct = problem.construct;
    for (const l of [policy.rootLevel, ...overrides]) {
      const named = l.commands.allow.all([shown]).find((m) => m.matched && normaliseCommandPattern(m.rule.pattern).includes(construct));
      if (named) {
        const reason = `${problem.reason}; admitted by commands.allow ${cite(policy, named.rule)}, which names "${construct}"`;
        return verdict('allow', reason, decidingRule('allow', named.rule, shown, true));
      }
    }
  }
  const setting = strictest([policy.rootLevel, ...overrides]);
  const how = setting ? `commands.opaque: ${setting.setting} (${where(policy, setting.origin)})` : 'commands.opaque: ask (the default)';
  const rule = { pattern: `commands.opaque: ${setting?.setting ?? 'ask'}`, ...(setting?.origin ? { origin: setting.origin } : {}) };
  switch (setting?.setting ?? 'ask') {
    case 'allow':
      return verdict('allow', `${problem.reason}; allowed by ${how}`, decidingRule('default', rule, shown, true));
    case 'deny':
      return verdict('deny', `${problem.reason}; denied by ${how}`, decidingRule('deny', rule, shown, true));
    default:
      return context.approved
        ? verdict('allow', `${problem.reason}; approved (${how})`, decidingRule('approval', rule, shown, true), true)
        : verdict('needs-approval', `${problem.reason}; it needs a human approval (${how}); none given`, decidingRule('approval', rule, shown, true), true);
  }
}

const STRICTNESS = { allow: 0, ask: 1, deny: 2 } as const;

/** The strictest setting among the levels (the root's unset counts as `ask`). */
function strictest(levels: readonly Level[]): Level['commands']['opaque'] {
  let best = levels[0]?.commands.opaque;
  let rank = STRICTNESS[best?.setting ?? 'ask'];
  for (const l of levels.slice(1)) {
    const o = l.commands.opaque;
    if (o && STRICTNESS[o.setting] > rank) {
      best = o;
      rank = STRICTNESS[o.setting];
    }
  }
  return best;
}

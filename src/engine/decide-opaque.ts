// Code a command line runs but the engine cannot see (SPEC 3, "Opaque code"): never allowed by an
// ordinary allow. An allow pattern that matches the command and names the construct
// (`python -c *` for `python -c …`) admits it explicitly; otherwise the root's `commands.opaque`
// decides: `ask` (the default) needs a human approval, `deny` denies, `allow` lets it run. An
// override governing the line may tighten it (deny > ask > allow), never loosen it.
import type { CommandProblem } from '../match/command.js';
import { normaliseCommandPattern } from '../match/command.js';
import type { Level } from './compile.js';
import type { Ctx } from './context.js';
import { cite, mk, subject, where } from './rules-out.js';
import type { SubjectDecision } from './types.js';

export function decideOpaque(ctx: Ctx, problem: CommandProblem, overrides: readonly Level[]): SubjectDecision {
  const { cp } = ctx;
  const shown = problem.command;
  if (problem.construct) {
    const construct = problem.construct;
    for (const l of [cp.rootLevel, ...overrides]) {
      const named = l.commands.allow.all([shown]).find((m) => m.matched && normaliseCommandPattern(m.rule.pattern).includes(construct));
      if (named) {
        return subject('command', shown, true, `${problem.reason}; admitted by commands.allow ${cite(cp, named.rule)}, which names "${construct}"`, [
          mk('allow', named.rule, shown, true),
        ]);
      }
    }
  }
  const setting = strictest([cp.rootLevel, ...overrides]);
  const how = setting ? `commands.opaque: ${setting.setting} (${where(cp, setting.origin)})` : 'commands.opaque: ask (the default)';
  const rule = { pattern: `commands.opaque: ${setting?.setting ?? 'ask'}`, ...(setting?.origin ? { origin: setting.origin } : {}) };
  switch (setting?.setting ?? 'ask') {
    case 'allow':
      return subject('command', shown, true, `${problem.reason}; allowed by ${how}`, [mk('default', rule, shown, true)]);
    case 'deny':
      return subject('command', shown, false, `${problem.reason}; denied by ${how}`, [mk('deny', rule, shown, true)]);
    default:
      return ctx.approved
        ? subject('command', shown, true, `${problem.reason}; approved (${how})`, [mk('approval', rule, shown, true)], true)
        : subject('command', shown, false, `${problem.reason}; it needs a human approval (${how}); none given`, [mk('approval', rule, shown, true)], true);
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

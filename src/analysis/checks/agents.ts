// An agent's permissions against the defaults they narrow (docs/policy-format.md, "Agents and
// trust levels": its denies add to the default denies, its allow lists narrow the default ones, its
// trust level caps what it may do). An agent's allow is dead when the default allow list admits
// none of it, or when its trust level runs no commands; an agent's deny that the default denies
// already cover is redundant. (An agent's allow inside the default denies is the ordinary
// dead-allow of allows.ts: the defaults' denies apply to every agent.)
import { quote, type Ctx } from '../context.js';
import { KIND_NOUN, type Entry } from '../model.js';

export function checkAgents(ctx: Ctx): void {
  const trust = new Map(ctx.set.root.agents.map((a) => [a.id, a.trustLevel]));
  const defaults = (kind: Entry['kind'], role: Entry['role']) => ctx.live((d) => d.agent === undefined && d.dir === '' && d.role === role && d.kind === kind);
  for (const e of ctx.live((x) => x.agent !== undefined && !ctx.dead.has(x))) {
    if (e.role === 'allow') {
      if (e.kind === 'command' && trust.get(e.agent!) === 'read_only') {
        ctx.report(e, 'dead-allow', 'error', `${ctx.owner(e)} allows ${quote(e.pattern)}, but its trust level read_only runs no commands`, {
          hint: 'Remove the allow, or raise the agent to write_local if it is meant to run commands.',
          witness: ctx.some(e),
          data: { trustLevel: 'read_only' },
        });
        ctx.dead.add(e);
        continue;
      }
      const wider = defaults(e.kind, 'allow');
      if (wider.length === 0) continue; // no default allow list: nothing to narrow
      const shared = wider.some((d) => ctx.ask(e, `it shares a ${KIND_NOUN[e.kind]} with default allow ${quote(d.pattern)}`, [ctx.governed(e), d.lang!]).status !== 'empty');
      if (shared) continue;
      ctx.report(
        e,
        'dead-allow',
        'error',
        `${ctx.owner(e)} allows ${quote(e.pattern)}, but the default allow list admits none of it; an agent's allows only narrow the defaults`,
        {
          hint: 'Add what the agent needs to default_permissions as well, or remove the allow.',
          witness: ctx.some(e),
          related: wider.map((d) => ctx.related(d, `Default allow: ${d.pattern}`)),
          data: { defaults: wider.map((d) => ({ pattern: d.pattern, policy: ctx.where(d) })) },
        },
      );
      ctx.dead.add(e);
    } else if (e.role === 'deny') {
      const covering = defaults(e.kind, 'deny').filter((d) => ctx.compatible(e, d));
      if (covering.length === 0) continue;
      const beyond = ctx.ask(e, 'it denies anything the default denies do not', ctx.pos(e), covering.map((d) => ctx.neg(d)));
      if (beyond.status !== 'empty') continue;
      const named = covering.filter((d) => ctx.overlaps(e, d));
      ctx.report(e, 'redundant-pattern', 'info', `${ctx.owner(e)} denies ${quote(e.pattern)}, which the default denies already cover (${named.map((d) => quote(d.pattern)).join(', ')})`, {
        hint: 'Delete the agent\'s deny, unless it is kept on purpose as documentation.',
        related: named.map((d) => ctx.related(d, `Default deny: ${d.pattern}`)),
        data: { broader: named.map((d) => d.pattern), broaderPolicy: named.map((d) => ctx.where(d)) },
      });
    }
  }
}

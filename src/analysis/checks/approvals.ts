// unreachable-approval: an approval rule whose every path or command is denied (deny beats approval).
import { quote, type Ctx } from '../context.js';
import { KIND_NOUN } from '../model.js';

export function checkApprovals(ctx: Ctx): void {
  for (const p of ctx.live((e) => e.role === 'approval' && !ctx.dead.has(e))) {
    const denies = ctx.deniesFor(p);
    if (denies.length === 0) continue;
    const survivor = ctx.ask(p, 'anything it gates survives the denies', ctx.pos(p), denies.map((d) => ctx.neg(d)));
    if (survivor.status !== 'empty') continue;
    // Root exceptions re-admit root-denied paths for an override.
    const overrideDenies = denies.filter((d) => d.dir).map((d) => ctx.neg(d));
    const viaException = ctx.exceptionsFor(p).some(
      (x) => ctx.ask(p, `exception ${quote(x.pattern)} re-admits part of it`, [...ctx.pos(p), x.lang!], overrideDenies).status !== 'empty',
    );
    if (viaException) continue;
    const covering = denies.filter((d) => ctx.overlaps(p, d));
    const witness = ctx.some(p);
    const what = KIND_NOUN[p.kind];
    ctx.report(
      p,
      'unreachable-approval',
      'warning',
      `${ctx.owner(p)} requires approval for ${quote(p.pattern)}, but every ${what} it matches is denied by ${covering.map((d) => quote(d.pattern)).join(', ')}; a deny wins over an approval`,
      {
        hint: 'Remove the approval rule, or narrow the deny if approved access was intended.',
        witness,
        related: covering.map((d) => ctx.related(d, `${ctx.owner(d)} denies: ${d.pattern}`)),
        data: { denies: covering.map((d) => ({ pattern: d.pattern, policy: ctx.where(d) })) },
      },
    );
  }
}

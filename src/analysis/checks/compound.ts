// compound-command-hazard: a command allow pattern whose `*` also spans shell operators.
import type { Lang } from '../../match/automata.js';
import { quote, type Ctx } from '../context.js';

/** A readable compound line first (`npm a; curl x`), then any line with an operator at all. */
const READABLE: Lang = { source: String.raw`[^]*[^\s;&|]; curl x[^]*`, flags: '' };
const ANY_OPERATOR: Lang = { source: String.raw`[^]*(?:;|&|\||\n|\$\(|\`)[^]*`, flags: '' };

export function checkCompound(ctx: Ctx): void {
  // Only patterns with an explicit `*`: the implicit "further arguments" of a plain pattern is the
  // engine's reading, not something the author wrote.
  for (const e of ctx.live((x) => x.kind === 'command' && x.role === 'allow' && x.pattern.includes('*'))) {
    if (ctx.dead.has(e)) continue;
    let v = ctx.exact(e, 'it admits compound commands', [e.lang!, READABLE]);
    if (v.status === 'empty') v = ctx.exact(e, 'it admits compound commands', [e.lang!, ANY_OPERATOR]);
    if (v.status !== 'found') continue;
    ctx.report(
      e,
      'compound-command-hazard',
      'warning',
      `${ctx.owner(e)} allows ${quote(e.pattern)}, which also matches compound command lines such as ${quote(v.witness)}`,
      {
        witness: v.witness,
        hint: 'The engine splits compound commands and checks each part, so this is safe at run time; list the exact commands you mean (a pattern without * already admits further arguments).',
      },
    );
  }
}

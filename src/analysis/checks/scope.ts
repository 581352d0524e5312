// override-scope-escape: an override's path pattern that names paths outside its directory.
import { ALL_PATHS } from '../../match/automata.js';
import { quote, verb, type Ctx } from '../context.js';
import { scopeLang } from '../model.js';
import { literalPrefix } from '../shape.js';

export function checkScopes(ctx: Ctx): void {
  // Patterns without `/` match a file name at any depth and are read inside the override's directory.
  for (const e of ctx.live((x) => x.kind === 'path' && x.dir !== '' && x.pattern.includes('/'))) {
    if (ctx.dead.has(e)) continue;
    // As written: a deny's case-insensitive twin (`services/SVC0/…`) is not an escape.
    const written = { source: e.lang!.source, flags: '' };
    if (literalPrefix(written.source).startsWith(`${e.dir}/`)) continue; // cheap: it starts inside
    const question = `it names paths outside ${e.dir}/`;
    if (ctx.ask(e, question, [written, ALL_PATHS], [scopeLang(e.dir)]).status !== 'found') continue;
    const outside = ctx.witness(e, question, [written, ALL_PATHS], [scopeLang(e.dir)]);
    const inside = ctx.ask(e, `it names paths inside ${e.dir}/`, [written, ALL_PATHS, scopeLang(e.dir)]);
    if (inside.status === 'unknown') continue;
    const none = inside.status === 'empty';
    // An override deny that silently does not apply is as misleading as an allow that does not.
    const effect = e.role === 'allow' ? 'allows nothing there' : 'has no effect there';
    ctx.report(
      e,
      'override-scope-escape',
      none ? 'error' : 'warning',
      none
        ? `${ctx.owner(e)} ${verb(e)} ${quote(e.pattern)}, which lies entirely outside ${e.dir}/; an override governs only ${e.dir}/**, so it ${effect}`
        : `${ctx.owner(e)} ${verb(e)} ${quote(e.pattern)}, which reaches outside ${e.dir}/; an override governs only ${e.dir}/**`,
      {
        witness: outside,
        hint: `Write the pattern under ${e.dir}/ (repository-relative), or move the rule to the policy that governs the other paths.`,
        data: { dir: e.dir, entirelyOutside: none },
      },
    );
    if (none) ctx.dead.add(e);
  }
}

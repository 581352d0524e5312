// Allow rules against the denies that apply to them: override-allow-in-root-deny, dead-allow,
// allow-deny-overlap.
import { quote, type Ctx } from '../context.js';
import type { Entry } from '../model.js';

export const RESOLUTION = 'Remove override or add explicit exception in root policy.';

export function checkAllows(ctx: Ctx): void {
  for (const a of ctx.live((e) => e.role === 'allow')) {
    if (ctx.dead.has(a)) continue;
    const some = ctx.ask(a, 'the pattern matches anything', ctx.pos(a));
    if (some.status !== 'found') continue;
    const denies = ctx.deniesFor(a);
    let reported = false;
    if (a.dir) reported = overrideVsRoot(ctx, a, denies.filter((d) => !d.dir));
    if (!reported) reported = deadAllow(ctx, a, denies);
    if (!reported) sameFileOverlaps(ctx, a, denies);
  }
}

/** An override allow against the root denies (less the root exceptions it may use). True when it is an error. */
function overrideVsRoot(ctx: Ctx, a: Entry, rootDenies: Entry[]): boolean {
  const overlaps: { d: Entry; witness: string }[] = [];
  for (const d of rootDenies) {
    const v = ctx.ask(a, `it overlaps root deny ${quote(d.pattern)}`, [...ctx.pos(a), d.lang!]);
    if (v.status === 'found') overlaps.push({ d, witness: v.witness });
  }
  if (overlaps.length === 0) return false;
  const exceptions = ctx.exceptionsFor(a);
  const inside = ctx.ask(a, 'it lies inside the root denies', ctx.pos(a), overlaps.map((o) => o.d.lang!));
  if (inside.status === 'empty') {
    const usable = exceptions.filter((x) => ctx.ask(a, `exception ${quote(x.pattern)} applies`, [...ctx.pos(a), x.lang!]).status === 'found');
    if (usable.length === 0) {
      reportInsideRootDeny(ctx, a, overlaps.map((o) => o.d));
      ctx.dead.add(a);
      return true;
    }
  }
  for (const { d, witness } of overlaps) {
    if (!anchored(d)) continue;
    const denied = ctx.ask(a, `its overlap with ${quote(d.pattern)} stays denied`, [...ctx.pos(a), d.lang!], exceptions.map((x) => x.lang!));
    if (denied.status === 'unknown') continue;
    const facts = {
      rootPattern: d.pattern,
      rootPolicy: ctx.where(d),
      overridePattern: a.pattern,
      overridePolicy: ctx.where(a),
    };
    if (denied.status === 'empty') {
      const carving = exceptions.filter((x) => ctx.ask(a, `exception ${quote(x.pattern)} applies`, [...ctx.pos(a), d.lang!, x.lang!]).status === 'found');
      ctx.report(
        a,
        'override-allow-in-root-deny',
        'info',
        `${ctx.owner(a)} allows ${quote(a.pattern)} inside root deny ${quote(d.pattern)}; the root exceptions carve out the overlap, so it is allowed`,
        {
          witness,
          related: [ctx.related(d, `Root policy denies: ${d.pattern}`), ...carving.map((x) => ctx.related(x, `Root exception: ${x.pattern}`))],
          data: { ...facts, exceptions: carving.map((x) => x.pattern), overlap: 'covered-by-exception' },
        },
      );
    } else {
      ctx.report(
        a,
        'override-allow-in-root-deny',
        'info',
        `${ctx.owner(a)} allows ${quote(a.pattern)}, which partly overlaps root deny ${quote(d.pattern)}; the overlap stays denied`,
        {
          witness: denied.witness,
          hint: 'Nothing to do if the overlap is meant to stay denied; otherwise add an exception in the root policy.',
          related: [ctx.related(d, `Root policy denies: ${d.pattern}`)],
          data: { ...facts, overlap: 'partial' },
        },
      );
    }
  }
  return false;
}

function reportInsideRootDeny(ctx: Ctx, a: Entry, overlapping: Entry[]): void {
  // Name the one deny that covers the allow alone when there is one, else every overlapping deny.
  const alone = overlapping.find((d) => ctx.auto.find(ctx.pos(a), [d.lang!]).status === 'empty');
  const named = alone ? [alone] : overlapping;
  const witness = ctx.ask(a, 'the pattern matches anything', ctx.pos(a));
  const denyLines = named.map((d) => `Root policy denies: ${d.pattern}  (${ctx.where(d)})`);
  ctx.report(
    a,
    'override-allow-in-root-deny',
    'error',
    ['Policy conflict detected', ...denyLines, `${ctx.owner(a)} allows: ${a.pattern}  (${ctx.where(a)})`].join('\n'),
    {
      hint: `Resolution: ${RESOLUTION}`,
      witness: witness.status === 'found' ? witness.witness : undefined,
      related: named.map((d) => ctx.related(d, `Root policy denies: ${d.pattern}`)),
      data: {
        rootPatterns: named.map((d) => d.pattern),
        rootPolicies: named.map((d) => ctx.where(d)),
        overridePattern: a.pattern,
        overridePolicy: ctx.where(a),
        resolution: RESOLUTION,
      },
    },
  );
}

/** Every word the allow admits is denied by the union of the applicable denies. */
function deadAllow(ctx: Ctx, a: Entry, denies: Entry[]): boolean {
  const exceptions = ctx.exceptionsFor(a);
  const rootDenies = new Set(denies.filter((d) => !d.dir));
  const all = denies.map((d) => ctx.neg(d));
  const survivor = ctx.ask(a, 'anything it allows survives the denies', ctx.pos(a), all);
  if (survivor.status !== 'empty') return false;
  // A root exception re-admits what only root denies deny.
  const overrideOnly = denies.filter((d) => !rootDenies.has(d)).map((d) => ctx.neg(d));
  for (const x of exceptions) {
    const v = ctx.ask(a, `exception ${quote(x.pattern)} re-admits part of it`, [...ctx.pos(a), x.lang!], overrideOnly);
    if (v.status !== 'empty') return false;
  }
  const covering = denies.filter((d) => ctx.auto.find([...ctx.pos(a), ...ctx.negLangs(d)]).status === 'found');
  const witness = ctx.ask(a, 'the pattern matches anything', ctx.pos(a));
  ctx.report(
    a,
    'dead-allow',
    'error',
    `${ctx.owner(a)} allows ${quote(a.pattern)}, but every ${a.kind === 'path' ? 'path' : 'command'} it matches is denied by ${covering.map((d) => quote(d.pattern)).join(', ')}`,
    {
      hint: 'Remove the allow, or narrow the deny if the allow was meant to take effect.',
      witness: witness.status === 'found' ? witness.witness : undefined,
      related: covering.map((d) => ctx.related(d, `${ctx.owner(d)} denies: ${d.pattern}`)),
      data: { denies: covering.map((d) => ({ pattern: d.pattern, policy: ctx.where(d) })) },
    },
  );
  ctx.dead.add(a);
  return true;
}

/**
 * A deny without `/` (`.env*`, `*.pem`) names a file at every depth on purpose: it partly overlaps
 * nearly every allow, so such overlaps are not news (a full cover still is).
 */
function anchored(d: Entry): boolean {
  return d.pattern.includes('/');
}

/** An allow and a deny of the same file that share words while neither contains the other. */
function sameFileOverlaps(ctx: Ctx, a: Entry, denies: Entry[]): void {
  for (const d of denies) {
    if (d.origin.file !== a.origin.file || ctx.dead.has(d) || !anchored(d)) continue;
    const both = ctx.ask(a, `it overlaps deny ${quote(d.pattern)}`, [...ctx.pos(a), d.lang!]);
    if (both.status !== 'found') continue;
    const allowOutside = ctx.ask(a, `it extends beyond deny ${quote(d.pattern)}`, ctx.pos(a), [d.lang!]);
    // As written (case-sensitive): a deny is not "outside" an allow merely by its case-insensitive twin.
    const written = { source: d.lang!.source, flags: '' };
    const denyOutside = ctx.ask(d, `it extends beyond allow ${quote(a.pattern)}`, [written, ...ctx.pos(d).slice(1)], [a.lang!]);
    if (allowOutside.status !== 'found' || denyOutside.status !== 'found') continue;
    ctx.report(a, 'allow-deny-overlap', 'info', `Allow ${quote(a.pattern)} and deny ${quote(d.pattern)} partly overlap; the overlap is denied`, {
      witness: both.witness,
      related: [ctx.related(d, `${ctx.owner(d)} denies: ${d.pattern}`)],
      data: { deny: d.pattern, denyPolicy: ctx.where(d) },
    });
  }
}

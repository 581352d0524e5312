// Allow rules against the denies that apply to them: override-allow-in-root-deny, dead-allow,
// allow-deny-overlap.
import { quote, type Ctx } from '../context.js';
import { meet } from '../../match/automata.js';
import { KIND_NOUN, scopeLang, type Entry } from '../model.js';

export const RESOLUTION = 'Remove override or add explicit exception in root policy.';

export function checkAllows(ctx: Ctx): void {
  for (const a of ctx.live((e) => e.role === 'allow')) {
    if (ctx.dead.has(a) || !ctx.nonEmpty(a)) continue;
    // Only denies that share a word with the allow matter below. File-name denies (no `/`) are
    // kept without asking: they cover descendants anywhere, so they nearly always overlap, and
    // proving it can cost a product search each.
    const overlaps = ctx.deniesFor(a).filter((d) => !anchored(d) || ctx.overlaps(a, d));
    if (overlaps.length === 0) continue;
    let reported = false;
    if (a.dir) reported = overrideVsRoot(ctx, a, overlaps.filter((d) => !d.dir));
    if (!reported) reported = deadAllow(ctx, a, overlaps);
    if (!reported) sameFileOverlaps(ctx, a, overlaps);
  }
}

/** An override allow against the root denies (less the root exceptions it may use). True when it is an error. */
function overrideVsRoot(ctx: Ctx, a: Entry, overlaps: Entry[]): boolean {
  if (overlaps.length === 0) return false;
  const g = ctx.governed(a);
  const exceptions = ctx.exceptionsFor(a).filter((x) => ctx.ask(a, `exception ${quote(x.pattern)} applies`, [g, x.lang!]).status === 'found');
  const inside = ctx.ask(a, 'it lies inside the root denies', [g], overlaps.map((d) => d.lang!));
  if (inside.status === 'empty' && exceptions.length === 0) {
    reportInsideRootDeny(ctx, a, overlaps);
    ctx.dead.add(a);
    return true;
  }
  for (const d of overlaps) {
    if (!anchored(d)) continue;
    // Notes are about the deny as written: an overlap only below a denied path is not news.
    const core = d.core ?? d.lang!;
    if (ctx.ask(a, `it overlaps ${quote(d.pattern)} as written`, [g, core]).status !== 'found') continue;
    const question = `its overlap with ${quote(d.pattern)} stays denied`;
    const denied = ctx.exact(a, question, [g, d.lang!], exceptions.map((x) => x.lang!));
    if (denied.status === 'unknown') continue;
    const facts = { rootPattern: d.pattern, rootPolicy: ctx.where(d), overridePattern: a.pattern, overridePolicy: ctx.where(a) };
    if (denied.status === 'empty') {
      const witness = ctx.witness(a, `it overlaps ${quote(d.pattern)}`, [g, core]);
      const carving = exceptions.filter((x) => ctx.ask(a, `exception ${quote(x.pattern)} applies`, [g, d.lang!, x.lang!]).status === 'found');
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
          witness: ctx.witness(a, question, [g, core], exceptions.map((x) => x.lang!)) ?? denied.witness,
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
  const alone = overlapping.find((d) => ctx.ask(a, `it lies inside ${quote(d.pattern)}`, ctx.pos(a), [d.lang!]).status === 'empty');
  const named = alone ? [alone] : overlapping.filter((d) => ctx.overlaps(a, d));
  const witness = ctx.some(a);
  const denyLines = named.map((d) => `Root policy denies: ${d.pattern}  (${ctx.where(d)})`);
  ctx.report(
    a,
    'override-allow-in-root-deny',
    'error',
    ['Policy conflict detected', ...denyLines, `${ctx.owner(a)} allows: ${a.pattern}  (${ctx.where(a)})`].join('\n'),
    {
      hint: `Resolution: ${RESOLUTION}`,
      witness,
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
  const survivor = ctx.ask(a, 'anything it allows survives the denies', ctx.pos(a), denies.map((d) => ctx.neg(d)));
  if (survivor.status !== 'empty') return false;
  // A root exception re-admits what only root denies deny.
  const overrideOnly = denies.filter((d) => d.dir).map((d) => ctx.neg(d));
  for (const x of ctx.exceptionsFor(a)) {
    const v = ctx.ask(a, `exception ${quote(x.pattern)} re-admits part of it`, [ctx.governed(a), x.lang!], overrideOnly);
    if (v.status !== 'empty') return false;
  }
  const witness = ctx.some(a);
  denies = denies.filter((d) => ctx.overlaps(a, d));
  ctx.report(
    a,
    'dead-allow',
    'error',
    `${ctx.owner(a)} allows ${quote(a.pattern)}, but every ${KIND_NOUN[a.kind]} it matches is denied by ${denies.map((d) => quote(d.pattern)).join(', ')}`,
    {
      hint: 'Remove the allow, or narrow the deny if the allow was meant to take effect.',
      witness,
      related: denies.map((d) => ctx.related(d, `${ctx.owner(d)} denies: ${d.pattern}`)),
      data: { denies: denies.map((d) => ({ pattern: d.pattern, policy: ctx.where(d) })) },
    },
  );
  ctx.dead.add(a);
  return true;
}

/**
 * A deny without `/` (`.env*`, `*.pem`), or written with leading globstar segments only (the same
 * language as the bare name), names a file at
 * every depth on purpose: it partly overlaps nearly every allow, so such overlaps are not news (a
 * full cover still is).
 */
function anchored(d: Entry): boolean {
  const p = d.pattern.replace(/^(?:\*\*\/)+/, '');
  return p.includes('/');
}

/** An allow and a deny of the same file that share words while neither contains the other. */
function sameFileOverlaps(ctx: Ctx, a: Entry, overlaps: Entry[]): void {
  for (const d of overlaps) {
    if (d.origin.file !== a.origin.file || ctx.dead.has(d) || !anchored(d)) continue;
    // The deny as written (no descendants, case-sensitive): a carve-out inside the allow, or an
    // overlap only below a denied path, is not news.
    const written = { source: (d.core ?? d.lang!).source, flags: '' };
    const core = d.dir ? meet(d.core ?? d.lang!, scopeLang(d.dir)) : (d.core ?? d.lang!);
    if (ctx.ask(a, `it overlaps ${quote(d.pattern)} as written`, [ctx.governed(a), core]).status !== 'found') continue;
    const allowOutside = ctx.ask(a, `it extends beyond deny ${quote(d.pattern)}`, ctx.pos(a), [d.lang!]);
    const denyOutside = ctx.ask(d, `it extends beyond allow ${quote(a.pattern)}`, [written, ctx.governed(d)], [a.lang!]);
    if (allowOutside.status !== 'found' || denyOutside.status !== 'found') continue;
    const witness = ctx.witness(a, `it overlaps ${quote(d.pattern)}`, [ctx.governed(a), core]);
    ctx.report(a, 'allow-deny-overlap', 'info', `Allow ${quote(a.pattern)} and deny ${quote(d.pattern)} partly overlap; the overlap is denied`, {
      witness,
      related: [ctx.related(d, `${ctx.owner(d)} denies: ${d.pattern}`)],
      data: { deny: d.pattern, denyPolicy: ctx.where(d) },
    });
  }
}

// Single patterns and patterns of one list: vacuous-pattern, universal-pattern, duplicate-pattern,
// redundant-pattern.
import { RELATIVE_PATHS } from '../../match/automata.js';
import { quote, verb, type Ctx } from '../context.js';
import { KIND_NOUN, type Entry } from '../model.js';

export function checkPatterns(ctx: Ctx): void {
  for (const e of ctx.live()) {
    if (!matchesSomething(ctx, e)) {
      const what = e.kind === 'path' ? 'normalised path (repository-relative, no ./, .., // or trailing /)' : 'normalised command';
      ctx.report(e, 'vacuous-pattern', 'warning', `${ctx.owner(e)} ${verb(e)} ${quote(e.pattern)}, which matches no ${what}`, {
        hint: 'Write the pattern as the normalised path or command it is meant to match.',
      });
      ctx.dead.add(e);
      continue;
    }
    // A literal start or end rules out "everything" (the paths `a` and `b` cannot both have it).
    if (e.dir || e.prefix || e.suffix) continue;
    const universe = e.kind === 'path' ? RELATIVE_PATHS : ctx.universe(e);
    const missing = ctx.ask(e, 'the pattern matches everything', [universe], [e.lang!]);
    if (missing.status === 'empty') {
      const every = `every ${KIND_NOUN[e.kind]}`;
      ctx.report(e, 'universal-pattern', 'warning', `${ctx.owner(e)} ${verb(e)} ${quote(e.pattern)}, which matches ${every}`, {
        hint: UNIVERSAL_HINT[e.role],
        data: { role: e.role },
      });
    }
  }
}

function matchesSomething(ctx: Ctx, e: Entry): boolean {
  return ctx.ask(e, 'the pattern matches anything', [e.lang!, ctx.universe(e)]).status !== 'empty';
}

function parentPointer(e: Entry): string {
  return `${e.origin.file}#${e.origin.pointer.replace(/\/[^/]*$/, '')}`;
}

const UNIVERSAL_HINT: Record<Entry['role'], string> = {
  allow: 'An allow list that allows everything restricts nothing: list what the agent needs.',
  deny: 'A deny that matches everything blocks every action: list what must be denied.',
  approval: 'Every action then needs a human approval: list the sensitive paths or commands.',
  exception: 'An exception for everything voids every root deny for the overrides: name the carve-out.',
};

export function checkLists(ctx: Ctx): void {
  const lists = new Map<string, Entry[]>();
  for (const e of ctx.live((x) => !ctx.dead.has(x))) {
    const l = lists.get(e.list);
    if (l) l.push(e);
    else lists.set(e.list, [e]);
  }
  for (const list of lists.values()) {
    const done = new Set<Entry>();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (done.has(a) || done.has(b) || !ctx.compatible(a, b)) continue;
        compare(ctx, a, b, done);
      }
    }
  }
}

function compare(ctx: Ctx, a: Entry, b: Entry, done: Set<Entry>): void {
  const aOut = ctx.ask(a, `it is subsumed by ${quote(b.pattern)}`, ctx.pos(a), [b.lang!]);
  const bOut = ctx.ask(b, `it is subsumed by ${quote(a.pattern)}`, ctx.pos(b), [a.lang!]);
  if (aOut.status === 'unknown' || bOut.status === 'unknown') return;
  if (aOut.status === 'empty' && bOut.status === 'empty') {
    const same = a.pattern === b.pattern;
    // A verbatim repeat in one YAML list is the policy loader's repeated-pattern (with a --fix).
    if (same && parentPointer(a) === parentPointer(b)) {
      done.add(b);
      return;
    }
    ctx.report(
      b,
      'duplicate-pattern',
      'warning',
      same
        ? `${quote(b.pattern)} is listed twice (also at line ${a.origin.line})`
        : `${quote(b.pattern)} matches exactly what ${quote(a.pattern)} (line ${a.origin.line}) matches`,
      {
        hint: 'Delete one of the two patterns.',
        related: [ctx.related(a, `Same ${same ? 'pattern' : 'language'}: ${a.pattern}`)],
        data: { other: a.pattern, otherPolicy: ctx.where(a) },
      },
    );
    done.add(b);
    return;
  }
  const [narrow, broad] = aOut.status === 'empty' ? [a, b] : bOut.status === 'empty' ? [b, a] : [];
  if (!narrow || !broad) return;
  const extra = ctx.witness(broad, `it is broader than ${quote(narrow.pattern)}`, ctx.pos(broad), [narrow.lang!]);
  ctx.report(narrow, 'redundant-pattern', 'info', `${quote(narrow.pattern)} is subsumed by ${quote(broad.pattern)} (line ${broad.origin.line}) in the same list`, {
    hint: 'Delete the narrower pattern, unless it is kept on purpose as documentation.',
    related: [ctx.related(broad, `Subsumed by: ${broad.pattern}`)],
    data: { broader: broad.pattern, broaderPolicy: ctx.where(broad), onlyBroader: extra },
  });
  done.add(narrow);
}

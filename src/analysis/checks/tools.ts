// Tool and MCP names against each other, exactly on automata, with witnesses: a tools.allow entry
// every name of which a deny refuses (dead-allow), a tool approval every name of which is denied
// (unreachable-approval), and duplicate or redundant patterns in one list. Tool patterns are `*`
// globs over the whole name (src/match/matcher.ts); denies and approval gates fold case, allows
// do not (src/engine/lists.ts). Which denies apply: name-levels.ts. An agent's deny the root's
// denies already cover is redundant.
import type { Lang } from '../../match/automata.js';
import { quote, type Ctx } from '../context.js';
import type { Entry } from '../model.js';
import { starGlobSource } from '../../match/matcher.js';
import type { Origin, PolicySet } from '../../policy/types.js';
import { denyReaches, listKey, places, type Place } from './name-levels.js';

interface ToolEntry {
  role: 'allow' | 'deny' | 'approval';
  pattern: string;
  lang: Lang;
  origin: Origin;
  place: Place;
  list: string;
}

/** Tool names are never empty (the engine refuses an empty one). */
const NAMES: Lang = { source: '[^]+', flags: '' };

function toolEntries(set: PolicySet): ToolEntry[] {
  const out: ToolEntry[] = [];
  for (const place of places(set)) {
    const add = (role: ToolEntry['role'], pattern: string, origin: Origin) =>
      out.push({ role, pattern, origin, place, list: listKey(place, `tool.${role}`), lang: { source: starGlobSource(pattern), flags: role === 'allow' ? '' : 'i' } });
    for (const r of place.permissions.tools.allow) add('allow', r.pattern, r.origin);
    for (const r of place.permissions.tools.deny) add('deny', r.pattern, r.origin);
    for (const r of place.approvals) if (r.kind === 'tool') add('approval', r.pattern, r.origin);
  }
  return out;
}

function asEntry(t: ToolEntry): Entry {
  return { kind: 'command', role: t.role, pattern: t.pattern, origin: t.origin, dir: t.place.dir, list: t.list, prefix: '', suffix: '', lang: t.lang };
}

function owner(ctx: Ctx, t: ToolEntry): string {
  return t.place.agent ? `Agent "${t.place.agent.id}"` : ctx.owner(asEntry(t));
}

export function checkTools(ctx: Ctx): void {
  const entries = toolEntries(ctx.set);
  const denies = entries.filter((e) => e.role === 'deny');
  const dead = new Set<ToolEntry>();
  for (const e of entries) {
    if (e.role === 'deny') {
      if (e.place.agent) agentDenyCovered(ctx, e, denies.filter((d) => !d.place.agent && d.place.dir === ''));
      continue;
    }
    const applying = denies.filter((d) => denyReaches(d, e));
    if (applying.length === 0) continue;
    const survivor = ctx.auto.find([e.lang, NAMES], applying.map((d) => d.lang));
    if (survivor.status === 'unknown') {
      ctx.reportUndecided(asEntry(e), 'anything it names survives the denies', survivor.reason);
      continue;
    }
    if (survivor.status !== 'empty') continue;
    const some = ctx.auto.find([e.lang, NAMES]);
    if (some.status !== 'found') continue; // matches no name at all: nothing to say here
    dead.add(e);
    const covering = applying.filter((d) => ctx.auto.find([e.lang, d.lang, NAMES]).status === 'found');
    const names = covering.map((d) => quote(d.pattern)).join(', ');
    const related = covering.map((d) => ctx.related(asEntry(d), `${owner(ctx, d)} denies: ${d.pattern}`));
    const data = { denies: covering.map((d) => ({ pattern: d.pattern, policy: ctx.where(asEntry(d)) })), subject: 'tool' };
    if (e.role === 'allow') {
      ctx.report(asEntry(e), 'dead-allow', 'error', `${owner(ctx, e)} allows the tool ${quote(e.pattern)}, but every name it matches is denied by ${names}; a deny wins over an allow`, {
        hint: 'Delete the allow, or narrow the deny if the tool was meant to run.',
        witness: some.witness,
        related,
        data,
      });
    } else {
      ctx.report(asEntry(e), 'unreachable-approval', 'warning', `${owner(ctx, e)} requires approval for invoking ${quote(e.pattern)}, but every tool it matches is denied by ${names}; a deny wins over an approval`, {
        hint: 'Remove the approval rule, or narrow the deny if approved use was intended.',
        witness: some.witness,
        related,
        data,
      });
    }
  }
  checkToolLists(ctx, entries.filter((e) => !dead.has(e)));
}

/** An agent's deny the root's denies already cover (folded, as both are): the agent is no stricter for it. */
function agentDenyCovered(ctx: Ctx, e: ToolEntry, rootDenies: ToolEntry[]): void {
  if (rootDenies.length === 0) return;
  const left = ctx.auto.find([e.lang, NAMES], rootDenies.map((d) => d.lang));
  if (left.status !== 'empty') return;
  const covering = rootDenies.filter((d) => ctx.auto.find([e.lang, d.lang, NAMES]).status === 'found');
  if (covering.length === 0) return;
  const broad = covering[0]!;
  ctx.report(asEntry(e), 'redundant-pattern', 'info', `${owner(ctx, e)} denies the tool ${quote(e.pattern)}, which the root policy already denies for every agent (${covering.map((d) => quote(d.pattern)).join(', ')})`, {
    hint: 'Delete the agent deny, unless it is kept on purpose as documentation.',
    related: covering.map((d) => ctx.related(asEntry(d), `Root policy denies: ${d.pattern}`)),
    data: { broader: broad.pattern, broaderPolicy: ctx.where(asEntry(broad)), subject: 'tool' },
  });
}

/** duplicate-pattern and redundant-pattern among the tool patterns of one list. */
function checkToolLists(ctx: Ctx, entries: ToolEntry[]): void {
  const lists = new Map<string, ToolEntry[]>();
  for (const e of entries) lists.set(e.list, [...(lists.get(e.list) ?? []), e]);
  for (const list of lists.values()) {
    const done = new Set<ToolEntry>();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (done.has(a) || done.has(b)) continue;
        const aOut = ctx.auto.find([a.lang, NAMES], [b.lang]);
        const bOut = ctx.auto.find([b.lang, NAMES], [a.lang]);
        if (aOut.status === 'unknown' || bOut.status === 'unknown') continue;
        if (aOut.status === 'empty' && bOut.status === 'empty') {
          if (a.pattern !== b.pattern) {
            ctx.report(asEntry(b), 'duplicate-pattern', 'warning', `${quote(b.pattern)} matches exactly what ${quote(a.pattern)} (line ${a.origin.line}) matches`, {
              hint: 'Delete one of the two patterns.',
              related: [ctx.related(asEntry(a), `Same tools: ${a.pattern}`)],
              data: { other: a.pattern, otherPolicy: ctx.where(asEntry(a)), subject: 'tool' },
            });
          }
          done.add(b);
        } else if (aOut.status === 'empty' || bOut.status === 'empty') {
          const [narrow, broad, extra] = aOut.status === 'empty' ? [a, b, bOut] : [b, a, aOut];
          ctx.report(asEntry(narrow), 'redundant-pattern', 'info', `${quote(narrow.pattern)} is subsumed by ${quote(broad.pattern)} (line ${broad.origin.line}) in the same list`, {
            hint: 'Delete the narrower pattern, unless it is kept on purpose as documentation.',
            related: [ctx.related(asEntry(broad), `Subsumed by: ${broad.pattern}`)],
            data: { broader: broad.pattern, broaderPolicy: ctx.where(asEntry(broad)), onlyBroader: extra.status === 'found' ? extra.witness : undefined, subject: 'tool' },
          });
          done.add(narrow);
        }
      }
    }
  }
}

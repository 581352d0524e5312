// Host rules against each other, decided exactly on host sets (host-sets.ts), with witnesses:
// a network exception every host of which a deny refuses (dead-allow), a host approval every host
// of which is denied (unreachable-approval), and duplicate or redundant patterns in one list.
// Which denies apply: name-levels.ts. A read_only agent reaches no host, so its exceptions are
// dead whatever the denies. An agent's deny the root's denies already cover is redundant.
// Host exceptions and denies never partly overlap (one always contains the other), so there is
// no allow-deny-overlap note to give.
import type { Origin, PolicySet } from '../../policy/types.js';
import { quote, type Ctx } from '../context.js';
import type { Entry } from '../model.js';
import { hostCovers, hostSet, someHost, type HostSet } from './host-sets.js';
import { denyReaches, listKey, places, type Place } from './name-levels.js';

interface HostEntry {
  role: 'exception' | 'deny' | 'approval';
  pattern: string;
  set: HostSet;
  origin: Origin;
  place: Place;
  list: string;
}

function hostEntries(set: PolicySet): HostEntry[] {
  const out: HostEntry[] = [];
  for (const place of places(set)) {
    const add = (role: HostEntry['role'], pattern: string, origin: Origin) => {
      const s = hostSet(pattern);
      if (s) out.push({ role, pattern, set: s, origin, place, list: listKey(place, `host.${role}`) });
    };
    for (const r of place.permissions.network.exceptions) add('exception', r.pattern, r.origin);
    for (const r of place.permissions.network.deny) add('deny', r.pattern, r.origin);
    for (const r of place.approvals) if (r.kind === 'host') add('approval', r.pattern, r.origin);
  }
  return out;
}

/** The analysis's finding helpers take an Entry; a host entry lends them what they read. */
function asEntry(h: HostEntry): Entry {
  return { kind: 'command', role: h.role, pattern: h.pattern, origin: h.origin, dir: h.place.dir, list: h.list, prefix: '', suffix: '' };
}

function owner(ctx: Ctx, h: HostEntry): string {
  return h.place.agent ? `Agent "${h.place.agent.id}"` : ctx.owner(asEntry(h));
}

export function checkHosts(ctx: Ctx): void {
  const entries = hostEntries(ctx.set);
  const denies = entries.filter((e) => e.role === 'deny');
  const dead = new Set<HostEntry>();
  for (const e of entries) {
    if (e.role === 'deny') {
      if (e.place.agent) agentDenyCovered(ctx, e, denies.filter((d) => !d.place.agent && d.place.dir === '' && hostCovers(d.set, e.set)));
      continue;
    }
    if (e.role === 'exception' && e.place.agent?.trust === 'read_only') {
      dead.add(e);
      ctx.report(asEntry(e), 'dead-allow', 'error', `${owner(ctx, e)} is read_only, so its network exception ${quote(e.pattern)} never applies: a read_only agent reaches no host`, {
        hint: 'Delete the exception, or give the agent a trust level that may reach the network.',
        witness: someHost(e.set, []),
        data: { denies: [], trust: 'read_only', subject: 'host' },
      });
      continue;
    }
    const covering = denies.filter((d) => denyReaches(d, e) && hostCovers(d.set, e.set));
    if (covering.length === 0) continue;
    dead.add(e);
    const witness = someHost(e.set, []);
    const related = covering.map((d) => ctx.related(asEntry(d), `${owner(ctx, d)} denies: ${d.pattern}`));
    const data = { denies: covering.map((d) => ({ pattern: d.pattern, policy: ctx.where(asEntry(d)) })), subject: 'host' };
    const names = covering.map((d) => quote(d.pattern)).join(', ');
    if (e.role === 'exception') {
      ctx.report(asEntry(e), 'dead-allow', 'error', `${owner(ctx, e)} makes ${quote(e.pattern)} a network exception, but every host it matches is denied by ${names}; a deny wins over an exception`, {
        hint: 'Delete the exception, or narrow the deny if the host was meant to be reachable.',
        witness,
        related,
        data,
      });
    } else {
      ctx.report(asEntry(e), 'unreachable-approval', 'warning', `${owner(ctx, e)} requires approval for reaching ${quote(e.pattern)}, but every host it matches is denied by ${names}; a deny wins over an approval`, {
        hint: 'Remove the approval rule, or narrow the deny if approved access was intended.',
        witness,
        related,
        data,
      });
    }
  }
  checkHostLists(ctx, entries.filter((e) => !dead.has(e)));
}

/** An agent's deny the root's denies already cover: the agent is no stricter for it. */
function agentDenyCovered(ctx: Ctx, e: HostEntry, covering: HostEntry[]): void {
  if (covering.length === 0) return;
  const broad = covering[0]!;
  ctx.report(asEntry(e), 'redundant-pattern', 'info', `${owner(ctx, e)} denies ${quote(e.pattern)}, which the root policy already denies for every agent (${quote(broad.pattern)}, line ${broad.origin.line})`, {
    hint: 'Delete the agent deny, unless it is kept on purpose as documentation.',
    related: [ctx.related(asEntry(broad), `Root policy denies: ${broad.pattern}`)],
    data: { broader: broad.pattern, broaderPolicy: ctx.where(asEntry(broad)), subject: 'host' },
  });
}

/** duplicate-pattern and redundant-pattern among the hosts of one list. */
function checkHostLists(ctx: Ctx, entries: HostEntry[]): void {
  const lists = new Map<string, HostEntry[]>();
  for (const e of entries) lists.set(e.list, [...(lists.get(e.list) ?? []), e]);
  for (const list of lists.values()) {
    const done = new Set<HostEntry>();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (done.has(a) || done.has(b)) continue;
        const aInB = hostCovers(b.set, a.set);
        const bInA = hostCovers(a.set, b.set);
        if (aInB && bInA) {
          // A verbatim repeat is the policy loader's repeated-pattern.
          if (a.pattern !== b.pattern) {
            ctx.report(asEntry(b), 'duplicate-pattern', 'warning', `${quote(b.pattern)} matches exactly what ${quote(a.pattern)} (line ${a.origin.line}) matches`, {
              hint: 'Delete one of the two patterns.',
              related: [ctx.related(asEntry(a), `Same hosts: ${a.pattern}`)],
              data: { other: a.pattern, otherPolicy: ctx.where(asEntry(a)), subject: 'host' },
            });
          }
          done.add(b);
        } else if (aInB || bInA) {
          const [narrow, broad] = aInB ? [a, b] : [b, a];
          ctx.report(asEntry(narrow), 'redundant-pattern', 'info', `${quote(narrow.pattern)} is subsumed by ${quote(broad.pattern)} (line ${broad.origin.line}) in the same list`, {
            hint: 'Delete the narrower pattern, unless it is kept on purpose as documentation.',
            related: [ctx.related(asEntry(broad), `Subsumed by: ${broad.pattern}`)],
            data: { broader: broad.pattern, broaderPolicy: ctx.where(asEntry(broad)), onlyBroader: someHost(broad.set, [narrow.set]), subject: 'host' },
          });
          done.add(narrow);
        }
      }
    }
  }
}


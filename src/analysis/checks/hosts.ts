// Host rules against each other, decided exactly on host sets (host-sets.ts), with witnesses:
// a network exception every host of which a deny refuses (dead-allow), a host approval every host
// of which is denied (unreachable-approval), and duplicate or redundant patterns in one list.
// Which denies apply: the root's everywhere, an override's in its directory (so an override entry
// meets both, a root entry only the root's). Host exceptions and denies never partly overlap
// (one always contains the other), so there is no allow-deny-overlap note to give.
import type { Origin, PolicySet } from '../../policy/types.js';
import { quote, type Ctx } from '../context.js';
import { within, type Entry } from '../model.js';
import { hostCovers, hostSet, someHost, type HostSet } from './host-sets.js';

interface HostEntry {
  role: 'exception' | 'deny' | 'approval';
  pattern: string;
  set: HostSet;
  origin: Origin;
  dir: string;
  list: string;
}

function hostEntries(set: PolicySet): HostEntry[] {
  const out: HostEntry[] = [];
  const levels = [{ file: set.root.file, dir: '', permissions: set.root.permissions, constraints: set.root.constraints }, ...set.overrides];
  for (const l of levels) {
    const add = (role: HostEntry['role'], pattern: string, origin: Origin, list: string) => {
      const s = hostSet(pattern);
      if (s) out.push({ role, pattern, set: s, origin, dir: l.dir, list: `${l.file}#${list}` });
    };
    for (const r of l.permissions.network.exceptions) add('exception', r.pattern, r.origin, 'host.exception');
    for (const r of l.permissions.network.deny) add('deny', r.pattern, r.origin, 'host.deny');
    for (const r of l.constraints.requireHumanApproval) if (r.kind === 'host') add('approval', r.pattern, r.origin, 'host.approval');
  }
  return out;
}

/** The analysis's finding helpers take an Entry; a host entry lends them what they read. */
function asEntry(h: HostEntry): Entry {
  return { kind: 'command', role: h.role, pattern: h.pattern, origin: h.origin, dir: h.dir, list: h.list, prefix: '', suffix: '' };
}

export function checkHosts(ctx: Ctx): void {
  const entries = hostEntries(ctx.set);
  const denies = entries.filter((e) => e.role === 'deny');
  const dead = new Set<HostEntry>();
  for (const e of entries) {
    if (e.role === 'deny') continue;
    const applying = denies.filter((d) => within(e.dir, d.dir));
    const covering = applying.filter((d) => hostCovers(d.set, e.set));
    if (covering.length === 0) continue;
    dead.add(e);
    const witness = someHost(e.set, []);
    const related = covering.map((d) => ctx.related(asEntry(d), `${ctx.owner(asEntry(d))} denies: ${d.pattern}`));
    const data = { denies: covering.map((d) => ({ pattern: d.pattern, policy: ctx.where(asEntry(d)) })), subject: 'host' };
    const names = covering.map((d) => quote(d.pattern)).join(', ');
    if (e.role === 'exception') {
      ctx.report(asEntry(e), 'dead-allow', 'error', `${ctx.owner(asEntry(e))} makes ${quote(e.pattern)} a network exception, but every host it matches is denied by ${names}; a deny wins over an exception`, {
        hint: 'Delete the exception, or narrow the deny if the host was meant to be reachable.',
        witness,
        related,
        data,
      });
    } else {
      ctx.report(asEntry(e), 'unreachable-approval', 'warning', `${ctx.owner(asEntry(e))} requires approval for reaching ${quote(e.pattern)}, but every host it matches is denied by ${names}; a deny wins over an approval`, {
        hint: 'Remove the approval rule, or narrow the deny if approved access was intended.',
        witness,
        related,
        data,
      });
    }
  }
  checkHostLists(ctx, entries.filter((e) => !dead.has(e)));
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


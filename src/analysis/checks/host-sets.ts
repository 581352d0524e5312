// Host patterns as sets of host names, decided exactly: an exact host is one name, `*.d` is every
// strict sub-domain of `d` (src/match/host.ts). Inclusion and overlap need no automaton: `*.d`
// lies inside `*.e` exactly when `d` is `e` or below it, and two patterns share a host exactly
// when one of them contains the other, so a pattern is covered by a union only when one member
// covers it (a `*.d` always keeps hosts `fresh.d` that no exact name and no deeper `*.` reach).
import { parseHostPattern, type HostPattern } from '../../match/host.js';

export type HostSet = HostPattern;

/** The pattern as a set, or undefined when it is invalid (the policy loader reports those). */
export function hostSet(pattern: string): HostSet | undefined {
  try {
    return parseHostPattern(pattern);
  } catch {
    return undefined;
  }
}

/** `name` is `domain` or a sub-domain of it. */
function atOrBelow(name: string, domain: string): boolean {
  return name === domain || name.endsWith(`.${domain}`);
}

/** Every host of `inner` is a host of `outer`. */
export function hostCovers(outer: HostSet, inner: HostSet): boolean {
  if (inner.kind === 'exact') return outer.kind === 'exact' ? outer.host === inner.host : inner.host !== outer.host && atOrBelow(inner.host, outer.host);
  return outer.kind === 'subdomains' && atOrBelow(inner.host, outer.host);
}

/** A host both patterns match, or undefined when they share none. */
export function hostOverlap(a: HostSet, b: HostSet): string | undefined {
  if (hostCovers(a, b)) return someHost(b, []);
  if (hostCovers(b, a)) return someHost(a, []);
  return undefined;
}

/** Whether the host is in the set (the engine's matching, for witnesses). */
export function inHostSet(s: HostSet, host: string): boolean {
  return s.kind === 'exact' ? s.host === host : host !== s.host && atOrBelow(host, s.host);
}

/** A host of `s` outside every set of `outside` (undefined: none, as `s` is covered by one of them). */
export function someHost(s: HostSet, outside: readonly HostSet[]): string | undefined {
  if (s.kind === 'exact') return outside.some((o) => inHostSet(o, s.host)) ? undefined : s.host;
  if (outside.some((o) => hostCovers(o, s))) return undefined;
  // Each exact name takes at most one label; deeper `*.` patterns never take a one-label child.
  for (let i = 0; i <= outside.length; i++) {
    const host = `${i === 0 ? 'x' : `x${i}`}.${s.host}`;
    if (!outside.some((o) => inHostSet(o, host))) return host;
  }
  return undefined;
}

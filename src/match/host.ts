/**
 * Host normalisation and host patterns (SPEC 3, network).
 *
 *   normalizeHost(hostOrUrl)        -> canonical host name, or undefined (= deny)
 *   hostPatternError(pattern)       -> message | undefined
 *   parseHostPattern(pattern)       -> { kind: 'exact' | 'subdomains', host } (throws HostPatternError)
 *   hostMatches(pattern, hostOrUrl) -> boolean
 *   compileHostList(rules)          -> { test, firstMatch, allMatches, errors }
 *
 * normalizeHost accepts a bare host, `host:port`, `user@host`, a URL with any `scheme://`, a
 * protocol-relative `//host`, or scp-style `git@host:org/repo`. The host part is parsed as the
 * WHATWG URL parser does for http (the way fetch and browsers read it): lower-cased, IDN to
 * punycode, percent-escapes decoded, IPv4 in any notation to dotted decimal, IPv6 compressed and
 * without brackets, and an IPv4-mapped IPv6 address (`::ffff:169.254.169.254`, `::ffff:a9fe:a9fe`,
 * `0:0:0:0:0:ffff:…` in any case: a connection to it reaches the IPv4 host) is its IPv4 host;
 * port, userinfo and one trailing dot dropped. Anything ambiguous (`\` or two
 * `@` in the authority, empty labels, whitespace or control characters) is undefined: deny.
 *
 * Patterns: an exact host (`registry.npmjs.org`, `127.0.0.1`, `::1`) or `*.domain`, which matches
 * strict sub-domains only: `*.example.com` matches `a.example.com` and `evil.com.example.com`,
 * not `example.com`, `evilexample.com` or `example.com.evil.com`. IP literals compare exactly.
 * Rejected: ports (never compared), schemes and paths (a host pattern names a host), other
 * wildcards (`*`, `*example.com`, `a.*.com`), `*.` on an IP address.
 */

import { StringPatternList } from './matcher.js';
import { escapeRegexLiteral } from './regex-subset.js';

export interface HostPattern {
  pattern: string;
  kind: 'exact' | 'subdomains';
  /** Normalised host (exact) or the domain whose sub-domains match. */
  host: string;
}

export class HostPatternError extends Error {
  override name = 'HostPatternError';
}

const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
// scp-like git remote: [user@]host:path where path is not a port and no `@` follows (user:pw@host)
const SCP = /^(?:[^@/:\s]+@)?([^@/:\s[\]]+):(?![^/]*@)(?!\d*(?:[/?#]|$))/;

export function normalizeHost(hostOrUrl: string): string | undefined {
  if (typeof hostOrUrl !== 'string') return undefined;
  const s = hostOrUrl.trim();
  if (s === '' || CONTROL_OR_SPACE.test(s)) return undefined;
  let authority: string;
  const scheme = SCHEME.exec(s);
  if (scheme) authority = s.slice(scheme[0].length);
  else if (s.startsWith('//')) authority = s.slice(2);
  else {
    const scp = SCP.exec(s);
    if (scp) return hostName(scp[1]!);
    authority = s;
  }
  authority = authority.split(/[/?#]/, 1)[0]!;
  if (authority.includes('\\') || authority.split('@').length > 2) return undefined;
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  // A bare IPv6 address (no brackets, no port) as a host field.
  if (!host.startsWith('[') && (host.match(/:/g)?.length ?? 0) >= 2) return hostName(`[${host}]`);
  return hostName(authority);
}

/** Host name of an authority via the WHATWG parser, canonicalised. */
function hostName(authority: string): string | undefined {
  let url: URL;
  try {
    url = new URL(`http://${authority}/`);
  } catch {
    return undefined;
  }
  let h = url.hostname;
  if (h.startsWith('[') && h.endsWith(']')) return ipv4Mapped(h.slice(1, -1));
  if (h.endsWith('.')) h = h.slice(0, -1);
  // An empty label (without splitting a long name into thousands of strings).
  if (h === '' || h.startsWith('.') || h.endsWith('.') || h.includes('..')) return undefined;
  return h.toLowerCase();
}

// The WHATWG parser has already compressed every spelling to this one, in lower case.
const MAPPED = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/;

/** `::ffff:a9fe:a9fe` -> `169.254.169.254`; any other IPv6 address as it is. */
function ipv4Mapped(ipv6: string): string {
  const m = MAPPED.exec(ipv6);
  if (!m) return ipv6;
  const hi = parseInt(m[1]!, 16);
  const lo = parseInt(m[2]!, 16);
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
}

export function isIpLiteral(host: string): boolean {
  return host.includes(':') || /^\d+\.\d+\.\d+\.\d+$/.test(host);
}

export function hostPatternError(pattern: string): string | undefined {
  try {
    parseHostPattern(pattern);
    return undefined;
  } catch (e) {
    if (e instanceof HostPatternError) return e.message;
    throw e;
  }
}

export function parseHostPattern(pattern: string): HostPattern {
  const fail = (m: string): never => {
    throw new HostPatternError(m);
  };
  if (typeof pattern !== 'string' || pattern.trim() === '') fail('empty host pattern');
  const p = pattern.trim();
  if (SCHEME.test(p) || p.startsWith('//')) fail(`write the host only, without a scheme: ${normalizeHost(p) ?? p}`);
  if (/[/?#]/.test(p)) fail('a host pattern names a host, not a URL path');
  if (p.includes('@')) fail('a host pattern cannot contain `@`');
  if (p === '*') fail('`*` would allow every host: use allow_outbound: true instead');
  let kind: HostPattern['kind'] = 'exact';
  let rest = p;
  if (p.startsWith('*.')) {
    kind = 'subdomains';
    rest = p.slice(2);
  }
  if (rest.includes('*')) fail('only a leading `*.` wildcard is supported (`*.example.com`)');
  const bare = rest.startsWith('[') ? rest : rest.replace(/\.$/, '');
  const ipv6 = bare.startsWith('[') || (bare.match(/:/g)?.length ?? 0) >= 2;
  if (!ipv6 && bare.includes(':')) fail(`ports are not compared: write ${bare.slice(0, bare.indexOf(':'))}`);
  if (ipv6 && /\]:/.test(bare)) fail('ports are not compared: write the address without a port');
  const host = normalizeHost(rest);
  if (host === undefined) return fail(`not a valid host name: ${JSON.stringify(rest)}`);
  if (kind === 'subdomains' && isIpLiteral(host)) fail('`*.` cannot apply to an IP address');
  return { pattern, kind, host };
}

function matchesParsed(p: HostPattern, host: string): boolean {
  if (p.kind === 'exact') return host === p.host;
  return host.length > p.host.length + 1 && host.endsWith(`.${p.host}`) && !isIpLiteral(host);
}

/** Whether a host pattern matches a host or URL (both normalised; anything invalid: false). */
export function hostMatches(pattern: string, hostOrUrl: string): boolean {
  const host = normalizeHost(hostOrUrl);
  if (host === undefined) return false;
  let p: HostPattern;
  try {
    p = parseHostPattern(pattern);
  } catch {
    return false;
  }
  return matchesParsed(p, host);
}

export interface HostMatch<R> {
  rule: R;
  index: number;
}

export interface CompiledHostList<R> {
  readonly rules: readonly R[];
  /** Rules whose pattern is invalid (they never match). */
  readonly errors: ReadonlyArray<{ rule: R; index: number; message: string }>;
  /** Takes a host or URL, or an already normalised host. Invalid input matches nothing. */
  test(hostOrUrl: string): boolean;
  /** The matching rule with the smallest index. */
  firstMatch(hostOrUrl: string): HostMatch<R> | undefined;
  allMatches(hostOrUrl: string): HostMatch<R>[];
}

/**
 * Compiles host patterns once into one linear-time automaton (matcher.ts): a host costs one table
 * step per character whatever the patterns (hosts come from agents: no per-label lookups that
 * grow with the square of a crafted name). Hosts and patterns are both normalised (lower case).
 */
export function compileHostList<R extends { pattern: string }>(rules: readonly R[]): CompiledHostList<R> {
  const sources: string[] = [];
  const ruleOf: number[] = [];
  const subdomainRule: boolean[] = [];
  const errors: Array<{ rule: R; index: number; message: string }> = [];
  rules.forEach((rule, index) => {
    let p: HostPattern;
    try {
      p = parseHostPattern(rule.pattern);
    } catch (e) {
      if (!(e instanceof HostPatternError)) throw e;
      errors.push({ rule, index, message: e.message });
      return;
    }
    const domain = escapeRegexLiteral(p.host);
    sources.push(p.kind === 'exact' ? domain : `[^]+\\.${domain}`);
    ruleOf.push(index);
    subdomainRule.push(p.kind === 'subdomains');
  });
  const list = new StringPatternList(sources);

  const indices = (hostOrUrl: string): number[] => {
    const host = normalizeHost(hostOrUrl);
    if (host === undefined) return [];
    const ip = isIpLiteral(host);
    // `*.` never applies to an IP address (`*.0.0.1` must not match `127.0.0.1`)
    return list.matches(host).filter((k) => !(ip && subdomainRule[k])).map((k) => ruleOf[k]!);
  };

  return {
    rules,
    errors,
    test: (h) => indices(h).length > 0,
    firstMatch(h) {
      const i = indices(h)[0];
      return i === undefined ? undefined : { rule: rules[i]!, index: i };
    },
    allMatches: (h) => indices(h).map((index) => ({ rule: rules[index]!, index })),
  };
}

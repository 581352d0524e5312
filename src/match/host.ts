/**
 * Host normalisation and host patterns (SPEC 3, network).
 *
 *   normalizeHost(hostOrUrl)        -> canonical host name, or undefined (= deny)
 *   hostPatternError(pattern)       -> message | undefined
 *   parseHostPattern(pattern)       -> { kind: 'exact' | 'subdomains', host } (throws HostPatternError)
 *   hostMatches(pattern, hostOrUrl) -> boolean
 *   compileHostList(rules)          -> { test, firstMatch, allMatches, firstMatchOf, allMatchesOf, errors }
 *
 * normalizeHost accepts a bare host, `host:port`, `user@host`, a URL with any `scheme://`, a
 * protocol-relative `//host`, a bare IPv6 address (`2001:db8::1`: an IPv6 address before the scp
 * reading, which would take `2001` for the host), or scp-style `git@host:org/repo`. The host part is parsed as the
 * WHATWG URL parser does for http (the way fetch and browsers read it): lower-cased, IDN to
 * punycode, percent-escapes decoded, IPv4 in any notation to dotted decimal, IPv6 compressed and
 * without brackets, and an IPv6 address that embeds an IPv4 one (mapped `::ffff:169.254.169.254`,
 * `::ffff:a9fe:a9fe`, `0:0:0:0:0:ffff:…` in any case; translated `::ffff:0:…`; NAT64
 * `64:ff9b::…`; compatible `::…`: a connection to it may reach the IPv4 host) is its IPv4 host;
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

/**
 * A host as normalizeHost returns it. Normalising is idempotent on these, so code that holds one
 * (the engine normalises a request's host once per decision) matches it without normalising again:
 * on a 100 KB name the WHATWG parse is most of the decision.
 */
export type NormalizedHost = string & { readonly normalizedHost: unique symbol };

export class HostPatternError extends Error {
  override name = 'HostPatternError';
}

const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
// scp-like git remote: [user@]host:path where path is not a port and no `@` follows (user:pw@host)
const SCP = /^(?:[^@/:\s]+@)?([^@/:\s[\]]+):(?![^/]*@)(?!\d*(?:[/?#]|$))/;

/**
 * A bare IPv6 address: hex digits and colons (two at least), an embedded IPv4 tail allowed, and
 * anything after a `%` (a zone, `fe80::1%eth0`: the URL parser rejects it, so the host is denied
 * rather than read as the name `fe80`).
 */
function looksLikeBareIpv6(s: string): boolean {
  // Stops within a few characters on anything else (a long name costs no extra pass): a group has
  // at most four digits, and an IPv4 tail's dots follow two colons at least.
  let colons = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25) break;
    if (c === 0x3a) {
      colons++;
      run = 0;
    } else if (c === 0x2e) {
      if (colons < 2) return false;
      run = 0;
    } else if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)) {
      if (++run > 4) return false;
    } else return false;
  }
  return colons >= 2;
}

export function normalizeHost(hostOrUrl: string): NormalizedHost | undefined {
  if (typeof hostOrUrl !== 'string') return undefined;
  const s = hostOrUrl.trim();
  if (s === '' || CONTROL_OR_SPACE.test(s)) return undefined;
  let authority: string;
  const scheme = SCHEME.exec(s);
  if (scheme) authority = s.slice(scheme[0].length);
  else if (s.startsWith('//')) authority = s.slice(2);
  // `2001:db8::1` is an address, not scp's `host:path` (that reading made it the IPv4 host 0.0.7.209,
  // the same for every address starting `2001:`, so an exception for one admitted them all).
  else if (looksLikeBareIpv6(s)) return hostName(`[${s}]`);
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
function hostName(authority: string): NormalizedHost | undefined {
  let h = plainDnsName(authority);
  if (h === undefined) {
    let url: URL;
    try {
      url = new URL(`http://${authority}/`);
    } catch {
      return undefined;
    }
    h = url.hostname;
  }
  if (h.startsWith('[') && h.endsWith(']')) return ipv4Mapped(h.slice(1, -1)) as NormalizedHost;
  if (h.endsWith('.')) h = h.slice(0, -1);
  // An empty label (without splitting a long name into thousands of strings).
  if (h === '' || h.startsWith('.') || h.endsWith('.') || h.includes('..')) return undefined;
  return h.toLowerCase() as NormalizedHost;
}

/**
 * What the WHATWG parser makes of an authority that is a plain DNS name (ASCII letters, digits,
 * `-` and `.` only), told without building a URL: the name itself, in lower case. Domain to ASCII
 * (UTS46, CheckHyphens off) maps these characters to themselves and checks nothing on them but
 * an `xn--` label (punycode, which it decodes and checks); a name whose last label is a number
 * (`1.2.3.4`, `a.0x1`, `10.`) is an IPv4 address to it. Those, an empty last label and every
 * other authority (a port, userinfo, `%`, non-ASCII) are undefined: the parser reads them.
 * (test/match/host-fast.test.ts compares this with the parser on generated names.)
 */
export function plainDnsName(authority: string): string | undefined {
  const n = authority.length;
  // The last label: before a single trailing dot, which the parser keeps and hostName drops.
  const end = n > 0 && authority.charCodeAt(n - 1) === 0x2e ? n - 1 : n;
  let lastStart = 0;
  for (let i = 0; i < n; i++) {
    const c = authority.charCodeAt(i);
    const plain = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
    if (!plain) return undefined;
    if (c === 0x2e && i < end) lastStart = i + 1;
  }
  if (lastStart >= end) return undefined;
  const h = authority.toLowerCase();
  if (h.includes('xn--')) return undefined;
  const last = h.slice(lastStart, end);
  if (/^[0-9]+$/.test(last) || /^0x[0-9a-f]*$/.test(last)) return undefined;
  return h;
}

// The WHATWG parser has already compressed every spelling to one of these, in lower case:
// IPv4-mapped (`::ffff:a.b.c.d`), IPv4-translated (`::ffff:0:a.b.c.d`), the NAT64 well-known
// prefix (`64:ff9b::a.b.c.d`, which a NAT64 gateway forwards to the IPv4 host) and the deprecated
// IPv4-compatible form (`::a.b.c.d`). Each may reach the IPv4 host: it is decided as that host.
const MAPPED = /^(?:::ffff:(?:0:)?|64:ff9b::|::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/;

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
  /** The same for a host already normalised (not parsed again). */
  firstMatchOf(host: NormalizedHost): HostMatch<R> | undefined;
  allMatchesOf(host: NormalizedHost): HostMatch<R>[];
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
  // The longest tail of a host any pattern reads: an exact name, or `.domain` after a sub-domain.
  let tail = 0;
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
    tail = Math.max(tail, p.host.length + 1);
  });
  const list = new StringPatternList(sources);

  const indicesOf = (host: NormalizedHost): number[] => {
    // A host longer than `tail` matches no exact name, and ends with `.domain` exactly when its
    // last `tail` characters do: the automaton reads one stand-in character and that tail, so a
    // 100 KB name costs what a short one does (the patterns stay one automaton, matched whole).
    const subject = host.length > tail ? `~${host.slice(host.length - tail)}` : host;
    const found = list.matches(subject);
    if (found.length === 0) return [];
    // `*.` never applies to an IP address (`*.0.0.1` must not match `127.0.0.1`)
    const ip = isIpLiteral(host);
    return found.filter((k) => !(ip && subdomainRule[k])).map((k) => ruleOf[k]!);
  };
  const indices = (hostOrUrl: string): number[] => {
    const host = normalizeHost(hostOrUrl);
    return host === undefined ? [] : indicesOf(host);
  };
  const first = (found: number[]): HostMatch<R> | undefined => {
    const i = found[0];
    return i === undefined ? undefined : { rule: rules[i]!, index: i };
  };
  const every = (found: number[]): HostMatch<R>[] => found.map((index) => ({ rule: rules[index]!, index }));

  return {
    rules,
    errors,
    test: (h) => indices(h).length > 0,
    firstMatch: (h) => first(indices(h)),
    allMatches: (h) => every(indices(h)),
    firstMatchOf: (h) => first(indicesOf(h)),
    allMatchesOf: (h) => every(indicesOf(h)),
  };
}

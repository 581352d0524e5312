import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileHostList, hostMatches, hostPatternError, normalizeHost, parseHostPattern } from '../../src/match/host.js';

describe('normalizeHost', () => {
  const table: Array<[input: string, host: string | undefined]> = [
    ['registry.npmjs.org', 'registry.npmjs.org'],
    ['Registry.NPMJS.org', 'registry.npmjs.org'],
    ['registry.npmjs.org.', 'registry.npmjs.org'],
    ['registry.npmjs.org:443', 'registry.npmjs.org'],
    ['registry.npmjs.org./x', 'registry.npmjs.org'],
    ['https://registry.npmjs.org/pkg', 'registry.npmjs.org'],
    ['HTTPS://REGISTRY.npmjs.org:8443/pkg?q=1#x', 'registry.npmjs.org'],
    ['//cdn.example.com/x.js', 'cdn.example.com'],
    ['registry.npmjs.org/some/path', 'registry.npmjs.org'],
    ['user:pw@example.com:8080', 'example.com'],
    ['ssh://git@github.com:22/org/repo.git', 'github.com'],
    ['git@github.com:org/repo.git', 'github.com'],
    ['github.com:org/repo', 'github.com'],
    ['wss://socket.example.com', 'socket.example.com'],
    // userinfo tricks: the host is what follows the last @ of the authority
    ['https://registry.npmjs.org@evil.com/', 'evil.com'],
    ['https://registry.npmjs.org:443@evil.com/', 'evil.com'],
    ['http://evil.com#@registry.npmjs.org', 'evil.com'],
    ['http://evil.com?@registry.npmjs.org', 'evil.com'],
    ['http://evil.com/@registry.npmjs.org', 'evil.com'],
    // ambiguous between parsers: deny
    ['http://a@b@evil.com', undefined],
    ['http://registry.npmjs.org\\@evil.com', undefined],
    ['http://evil.com\\.registry.npmjs.org', undefined],
    // IP literals in every notation
    ['127.0.0.1', '127.0.0.1'],
    ['http://0x7f.0.0.1/', '127.0.0.1'],
    ['http://2130706433/', '127.0.0.1'],
    ['[::1]:8080', '::1'],
    ['::1', '::1'],
    ['http://[0:0::1]/', '::1'],
    ['[2001:DB8::1]', '2001:db8::1'],
    // a bare IPv6 address is an address, not scp's host:path (which read `2001` as 0.0.7.209)
    ['2001:DB8::1', '2001:db8::1'],
    ['2001:db8::99', '2001:db8::99'],
    ['fe80::1', 'fe80::1'],
    ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8'],
    // NAT64 (well-known prefix), IPv4-translated and IPv4-compatible addresses embed an IPv4 host a
    // connection may reach: they are that host, as the IPv4-mapped spelling is.
    ['64:ff9b::1.2.3.4', '1.2.3.4'],
    ['[::ffff:0:a9fe:a9fe]', '169.254.169.254'],
    ['http://[::169.254.169.254]/', '169.254.169.254'],
    ['64:ff9b:1::102:304', '64:ff9b:1::102:304'],
    ['fe80::1%25eth0', undefined],
    ['fe80::1%eth0', undefined],
    ['dead:beef:x', 'dead'],
    // IDN and escapes, as fetch reads them
    ['http://bücher.example/', 'xn--bcher-kva.example'],
    ['http://ex%61mple.com/', 'example.com'],
    // invalid
    ['', undefined],
    ['   ', undefined],
    ['exa mple.com', undefined],
    ['example..com', undefined],
    ['example.com..', undefined],
    ['.example.com', undefined],
    ['http://', undefined],
    ['a\nb.com', undefined],
    ['http://[::1', undefined],
  ];
  for (const [input, host] of table) it(JSON.stringify(input), () => expect(normalizeHost(input)).toBe(host));
});

describe('normalizeHost is idempotent', () => {
  // The engine normalises a request's host once and its lists match that name as it is: a name
  // that normalised to something else a second time would be matched as another host.
  const chars = fc.constantFrom(...'ab0129fF:.[]@/%-_xX'.split(''));
  const hostish = fc.oneof(
    fc.domain(),
    fc.ipV4(),
    fc.ipV4Extended(),
    fc.ipV6(),
    fc.ipV6().map((a) => `[${a}]:8080`),
    fc.webUrl(),
    fc.string({ unit: chars, maxLength: 24 }),
  );
  it('on every name it returns (property)', () => {
    fc.assert(
      fc.property(hostish, (h) => {
        const n = normalizeHost(h);
        if (n !== undefined) expect([h, normalizeHost(n)]).toEqual([h, n]);
      }),
      { seed: 13, numRuns: 5_000 },
    );
  });
});

describe('host patterns', () => {
  it('*.domain matches strict sub-domains only', () => {
    const yes = ['a.example.com', 'A.Example.COM.', 'x.y.example.com', 'evil.com.example.com', 'https://a.example.com:8443/x'];
    const no = ['example.com', 'evilexample.com', 'example.com.evil.com', 'a.example.co', 'https://example.com@evil.com/', 'a.example.com.evil'];
    for (const h of yes) expect([h, hostMatches('*.example.com', h)]).toEqual([h, true]);
    for (const h of no) expect([h, hostMatches('*.example.com', h)]).toEqual([h, false]);
  });

  it('exact names compare case-insensitively without port or trailing dot', () => {
    for (const h of ['registry.npmjs.org', 'REGISTRY.npmjs.org', 'registry.npmjs.org.', 'registry.npmjs.org:443', 'https://registry.npmjs.org/x'])
      expect([h, hostMatches('registry.npmjs.org', h)]).toEqual([h, true]);
    for (const h of ['npmjs.org', 'a.registry.npmjs.org', 'registry.npmjs.org.evil.com', 'https://registry.npmjs.org@evil.com/'])
      expect([h, hostMatches('registry.npmjs.org', h)]).toEqual([h, false]);
    expect(hostMatches('Registry.NPMjs.org.', 'registry.npmjs.org')).toBe(true);
  });

  it('IP literals compare exactly', () => {
    expect(hostMatches('127.0.0.1', 'http://127.0.0.1:3000/')).toBe(true);
    expect(hostMatches('127.0.0.1', '127.0.0.2')).toBe(false);
    expect(hostMatches('::1', '[::1]:80')).toBe(true);
    expect(hostMatches('[::1]', '::1')).toBe(true);
    expect(hostMatches('2001:db8::99', '[2001:db8::99]')).toBe(true);
    expect(hostMatches('2001:db8::99', '[2001:db8::1]')).toBe(false);
    expect(hostMatches('2001:db8::99', '2001:db8::1')).toBe(false);
    expect(hostMatches('2001:db8::99', '0.0.7.209')).toBe(false);
  });

  it('rejects patterns it cannot honour exactly', () => {
    const table: Array<[string, RegExp]> = [
      ['', /empty/],
      ['*', /allow_outbound: true/],
      ['*example.com', /leading `\*\.`/],
      ['a.*.com', /leading `\*\.`/],
      ['**.example.com', /leading `\*\.`/],
      ['registry.npmjs.org:443', /ports are not compared/],
      ['[::1]:80', /ports are not compared/],
      ['https://registry.npmjs.org', /without a scheme: registry\.npmjs\.org/],
      ['registry.npmjs.org/pkg', /not a URL path/],
      ['user@example.com', /`@`/],
      ['*.127.0.0.1', /IP address/],
      ['exa mple.com', /not a valid host/],
      ['*..com', /not a valid host/],
    ];
    for (const [p, m] of table) expect([p, hostPatternError(p)]).toEqual([p, expect.stringMatching(m)]);
    for (const p of ['registry.npmjs.org', '*.example.com', 'localhost', '127.0.0.1', '::1', '[::1]', 'Example.COM.', '*.com'])
      expect([p, hostPatternError(p)]).toEqual([p, undefined]);
    expect(parseHostPattern('*.Example.com.')).toEqual({ pattern: '*.Example.com.', kind: 'subdomains', host: 'example.com' });
    expect(hostMatches('*', 'example.com')).toBe(false);
  });

  it('a sub-domain pattern never matches a host that does not end in .domain (property)', () => {
    const label = fc.stringMatching(/^[a-z0-9-]{1,6}$/);
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), fc.array(label, { minLength: 1, maxLength: 4 }), (d, h) => {
        const domain = d.join('.');
        const host = h.join('.');
        const n = normalizeHost(host);
        if (normalizeHost(domain) === undefined || n === undefined) return;
        expect(hostMatches(`*.${domain}`, host)).toBe(n.endsWith(`.${normalizeHost(domain)}`));
      }),
      { seed: 3, numRuns: 2_000 },
    );
  });
});

describe('compileHostList', () => {
  const rules = [
    { pattern: '*.example.com', id: 0 },
    { pattern: 'registry.npmjs.org', id: 1 },
    { pattern: 'not a host', id: 2 },
    { pattern: 'a.example.com', id: 3 },
    { pattern: '*.a.example.com', id: 4 },
    { pattern: '::1', id: 5 },
  ];
  const list = compileHostList(rules);

  it('reports invalid rules and never matches them', () => {
    expect(list.errors.map((e) => e.index)).toEqual([2]);
  });

  it('finds the first and all matching rules', () => {
    expect(list.firstMatch('https://x.a.example.com/')?.index).toBe(0);
    expect(list.allMatches('x.a.example.com').map((m) => m.index)).toEqual([0, 4]);
    expect(list.allMatches('A.EXAMPLE.COM.').map((m) => m.index)).toEqual([0, 3]);
    expect(list.firstMatch('registry.npmjs.org:443')?.rule.id).toBe(1);
    expect(list.firstMatch('[::1]:3000')?.index).toBe(5);
    expect(list.test('example.com')).toBe(false);
    expect(list.test('https://registry.npmjs.org@evil.com/')).toBe(false);
    expect(list.test('')).toBe(false);
  });

  it('matches a long host by its tail exactly as hostMatches does (property)', () => {
    // The automaton reads only the last characters of a host longer than every pattern.
    const label = fc.constantFrom('a', 'x', 'example', 'com', 'npmjs', 'registry', 'evil', '1', '0', '127');
    // Names that end in the patterns' domains (or near misses of them) most of the time.
    const ending = fc.constantFrom('registry.npmjs.org', 'egistry.npmjs.org', 'a.example.com', 'example.com', 'xample.com', 'com', 'org');
    const name = fc
      .tuple(fc.array(label, { minLength: 0, maxLength: 6 }), fc.option(ending, { freq: 4 }))
      .map(([ls, end]) => [...ls, ...(end === null ? [] : [end])].join('.'))
      .filter((h) => h !== '');
    const long = fc.oneof(name, fc.tuple(fc.integer({ min: 1, max: 40 }), name).map(([n, h]) => `${'a.'.repeat(n)}${h}`));
    // The longest pattern an exact name in one list, a sub-domain pattern in the other.
    const subdomainsLongest = [{ pattern: '*.registry.npmjs.org' }, { pattern: 'example.com' }, { pattern: '*.a.example.com' }, { pattern: '*.com' }];
    for (const rs of [rules, subdomainsLongest]) {
      const l = compileHostList(rs);
      fc.assert(
        fc.property(long, (h) => {
          const expected = rs.map((r, i) => (hostMatches(r.pattern, h) ? i : -1)).filter((i) => i >= 0);
          const n = normalizeHost(h);
          if (n !== undefined) expect([h, l.allMatchesOf(n).map((m) => m.index)]).toEqual([h, expected]);
        }),
        { seed: 5, numRuns: 3_000 },
      );
    }
    expect(list.allMatches(`${'a.'.repeat(50_000)}x.a.example.com`).map((m) => m.index)).toEqual([0, 4]);
    expect(list.allMatches(`${'a.'.repeat(50_000)}registry.npmjs.org`).map((m) => m.index)).toEqual([]);
    expect(list.allMatches(`${'a'.repeat(100)}.example.com`).map((m) => m.index)).toEqual([0]);
  });

  it('agrees with hostMatches rule by rule (property)', () => {
    const host = fc.constantFrom('example.com', 'a.example.com', 'x.a.example.com', 'registry.npmjs.org', 'evil.com', '::1', 'a.example.com.evil.com', 'REGISTRY.npmjs.org.');
    fc.assert(
      fc.property(host, (h) => {
        const expected = rules.map((r, i) => (hostMatches(r.pattern, h) ? i : -1)).filter((i) => i >= 0);
        expect(list.allMatches(h).map((m) => m.index)).toEqual(expected);
        expect(list.firstMatch(h)?.index).toBe(expected[0]);
        // The engine's path: the host normalised once, matched as it is.
        const n = normalizeHost(h)!;
        expect(list.allMatchesOf(n).map((m) => m.index)).toEqual(expected);
        expect(list.firstMatchOf(n)?.index).toBe(expected[0]);
      }),
      { seed: 4, numRuns: 200 },
    );
  });
});

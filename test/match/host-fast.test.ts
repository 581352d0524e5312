// hostName's fast path (plainDnsName: a plain DNS name is itself, in lower case) must give exactly
// the host the WHATWG parser gives, for every name it answers; everything else goes to the parser.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeHost, plainDnsName } from '../../src/match/host.js';

// Characters the fast path accepts, and a few that must send a name to the parser.
const CHARS = ['a', 'Z', 'x', 'X', 'n', 'e', 'f', '0', '1', '9', '-', '-', '.', '.', ':', '@', '%', '_', 'é', ' '];
const LABELS = ['xn--', 'XN--', 'xn--abc', '0x', '0X1f', '0x1g', '1', '08', '255', '1e5', 'example', 'com', '', '-', 'a-', 'localhost', 'ä'];

const name = fc.oneof(
  fc.array(fc.constantFrom(...CHARS), { maxLength: 16 }).map((cs) => cs.join('')),
  fc.array(fc.constantFrom(...LABELS), { minLength: 1, maxLength: 5 }).map((ls) => ls.join('.')),
);

function parserHost(authority: string): string | undefined {
  try {
    return new URL(`http://${authority}/`).hostname;
  } catch {
    return undefined;
  }
}

describe('plainDnsName (hostName without the URL parser)', () => {
  it('agrees with the WHATWG parser on generated names', () => {
    fc.assert(
      fc.property(name, (s) => {
        const fast = plainDnsName(s);
        if (fast !== undefined) expect(fast).toBe(parserHost(s));
      }),
      { numRuns: 50_000, seed: 11 },
    );
  });

  it('answers the common names, and leaves numbers and punycode to the parser', () => {
    expect(plainDnsName('Example.COM')).toBe('example.com');
    expect(plainDnsName('registry.npmjs.org.')).toBe('registry.npmjs.org.');
    expect(plainDnsName('a-b.1e5')).toBe('a-b.1e5');
    for (const s of ['1.2.3.4', '10.', 'a.0x1f', 'a.0X', 'xn--nxasmq6b.com', 'a.xn--x', 'host:80', 'u@host', '', '.', 'a..', 'b%61d.com', 'ä.com']) {
      expect(plainDnsName(s)).toBeUndefined();
    }
    expect(normalizeHost('https://Example.com./x')).toBe('example.com');
    expect(normalizeHost('0x7f.1')).toBe('127.0.0.1');
  });
});

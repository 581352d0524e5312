// The NAME=value scan of the secrets scanner tries each run of name characters once. It must find
// exactly the (name, value) pairs the former pattern found, which tried every start in a run and
// was quadratic on a long run: the former pattern is the oracle here, on short generated text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanString, type SecretHit } from '../../src/replay/secrets.js';

const ORACLE = /([A-Za-z][A-Za-z0-9_.-]*)(["']?)\s*[=:]\s*(["']?)([^\s"'`;&|<>(){}[\],]{8,})/g;
const CURRENT = /(?<![A-Za-z0-9_.-])[0-9_.-]*([A-Za-z][A-Za-z0-9_.-]*)(["']?)\s*[=:]\s*(["']?)([^\s"'`;&|<>(){}[\],]{8,})/g;

const BEARER_ORACLE = /(?<=\bBearer\s+)[A-Za-z0-9._~+/-]{20,}=*/g;
const BEARER = /(?=[A-Za-z0-9._~+/-])(?<=\bBearer\s+)[A-Za-z0-9._~+/-]{20,}=*/g;

const KEY_ORACLE = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----)?/g;
const keysOf = (t: string) => {
  const hits: SecretHit[] = [];
  scanString(t, 'x', hits);
  return hits.filter((h) => h.kind === 'private key').map((h) => h.value);
};

const JWT_ORACLE = /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g;
const hitsOf = (t: string, kind: string) => {
  const hits: SecretHit[] = [];
  scanString(t, 'x', hits);
  return hits.filter((h) => h.kind === kind).map((h) => h.value);
};

const pairs = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m[1], m[2], m[3], m[4], m.index! + m[0].length]);

const text = fc
  .array(fc.constantFrom('a', 'K', ' ', '\t', 'Bearer', 'mF8kQ2xW9pL4zR7tY3vN', '7', '_', '.', '-', '=', ':', ' ', '"', "'", ';', 'x', 'TOKEN', 'API_KEY', 'Zq9wLm3Rt8'), { maxLength: 30 })
  .map((cs) => cs.join(''));

describe('secrets: NAME=value in linear time', () => {
  it('the pattern in src/ is the one this test checks', async () => {
    const { readFileSync } = await import('node:fs');
    const src = readFileSync(new URL('../../src/replay/secrets.ts', import.meta.url), 'utf8');
    expect(src).toContain(`const ASSIGNMENT = /${CURRENT.source}/g;`);
    expect(src).toContain(`find: matchesOf(/${BEARER.source}/g)`);
  });

  it('finds the same names, values and match ends as the former pattern (generated text)', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(pairs(CURRENT, t)).toEqual(pairs(ORACLE, t));
        const bearer = `Bearer${t}`;
        expect([...bearer.matchAll(BEARER)].map((m) => [m.index, m[0]])).toEqual([...bearer.matchAll(BEARER_ORACLE)].map((m) => [m.index, m[0]]));
      }),
      { numRuns: 30_000 },
    );
  });

  it('finds the private keys the former single regex found (generated text)', () => {
    const part = fc.constantFrom('-----BEGIN RSA PRIVATE KEY-----', '-----BEGIN PRIVATE KEY-----', '-----END RSA PRIVATE KEY-----', '-----END PRIVATE KEY-----', '-----END ', '-----END X-----', 'MIIEv', '\n', ' ', 'A ');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const t = `key: ${parts.join('')}`;
        expect(keysOf(t)).toEqual([...t.matchAll(KEY_ORACLE)].map((m) => m[0]));
      }),
      { numRuns: 20_000 },
    );
  });

  it('finds the JSON Web Tokens the former regex found (generated text)', () => {
    const part = fc.constantFrom('eyJ', 'eyJhbGciOi', 'abcdefgh', '-', '_', '.', 'x', ' ', '=', 'é');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 16 }), (parts) => {
        const t = `jwt ${parts.join('')}`;
        expect(hitsOf(t, 'JSON Web Token')).toEqual([...t.matchAll(JWT_ORACLE)].map((m) => m[0]));
      }),
      { numRuns: 30_000 },
    );
  });

  it('reads a long run of -eyJ parts once (quadratic for the former regex), and the token after it', () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
    expect(hitsOf(`${'eyJabcdefgh-'.repeat(40_000)} ${token}`, 'JSON Web Token')).toEqual([token]);
  });

  it('reads many key headers with no end once (quadratic for the former regex)', () => {
    const header = '-----BEGIN RSA PRIVATE KEY-----';
    const keys = keysOf(`${header}\n`.repeat(60_000));
    expect(keys).toHaveLength(60_000);
    expect(keys.every((k) => k === header)).toBe(true);
    expect(keysOf(`${header}\nMIIE\n${'-----END '.repeat(50_000)}-----END RSA PRIVATE KEY-----`)).toEqual([`${header}\nMIIE\n${'-----END '.repeat(50_000)}-----END RSA PRIVATE KEY-----`]);
  });

  it('still finds a bearer token after a long run of spaces', () => {
    const hits: SecretHit[] = [];
    scanString(`Authorization: Bearer${' '.repeat(200_000)}Zq9wLm3Rt8Kp2Vx7Hn4Bq`, 'header', hits);
    expect(hits.map((h) => h.value)).toContain('Zq9wLm3Rt8Kp2Vx7Hn4Bq');
  });

  it('still finds a secret assignment after a long run of name characters', () => {
    const hits: SecretHit[] = [];
    const run = 'ab12'.repeat(100_000); // quadratic for the former pattern
    scanString(`echo ${run} && API_TOKEN=Zq9wLm3Rt8Kp2Vx7Hn4B ./deploy`, 'command', hits);
    expect(hits.map((h) => [h.kind, h.value])).toEqual([['value of API_TOKEN', 'Zq9wLm3Rt8Kp2Vx7Hn4B']]);
  });
});

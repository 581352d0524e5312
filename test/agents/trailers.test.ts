// The trailer and ident readers scan by hand (commit messages of agent commits are agent-controlled
// and the regexes they replace were quadratic on runs of spaces). They must read exactly what
// those regexes read: the regexes are kept here as the oracle, run only on short generated text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIdent, parseTrailers } from '../../src/agents/trailers.js';

const ORACLE_TRAILER = /^([A-Za-z0-9][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;
const ORACLE_IDENT = /^([^<>]*?)\s*<([^<>\s]+@[^<>\s]+)>$/;

function oracleTrailers(message: string) {
  const lines = message.replace(/\r\n?/g, '\n').split('\n');
  const out: { key: string; keyLower: string; value: string; line: number }[] = [];
  let i = 0;
  while (i < lines.length && lines[i]!.trim() !== '') i++;
  while (i < lines.length) {
    while (i < lines.length && lines[i]!.trim() === '') i++;
    const start = i;
    while (i < lines.length && lines[i]!.trim() !== '') i++;
    if (start < i && ORACLE_TRAILER.test(lines[start]!) && !/^[a-z]+:\/\//i.test(lines[start]!)) {
      for (let j = start; j < i; j++) {
        const m = ORACLE_TRAILER.exec(lines[j]!);
        if (!m || m[2] === '' || /^\/\//.test(m[2]!)) continue;
        out.push({ key: m[1]!, keyLower: m[1]!.toLowerCase(), value: m[2]!, line: j + 1 });
      }
    }
  }
  return out;
}

function oracleIdent(value: string) {
  const m = ORACLE_IDENT.exec(value.trim());
  if (!m || m[1]!.trim() === '') return undefined;
  return { name: m[1]!.trim(), email: m[2]! };
}

/** Text from the characters that matter to both grammars. */
const text = fc
  .array(fc.constantFrom('a', 'B', '7', '-', ':', ' ', '\t', '\n', '\r', '<', '>', '@', '/', '.', '\u2028', '\u00a0', 'x'), { maxLength: 40 })
  .map((cs) => cs.join(''));

describe('trailers and idents, read in linear time', () => {
  it('read exactly what the former regexes read (generated text)', () => {
    fc.assert(
      fc.property(text, text, (subject, body) => {
        const message = `${subject}\n\n${body}`;
        expect(parseTrailers(message)).toEqual(oracleTrailers(message));
        expect(parseIdent(body)).toEqual(oracleIdent(body));
      }),
      { numRuns: 20_000 },
    );
  });

  it('read the usual trailers and idents', () => {
    const t = parseTrailers('fix: x\n\nCo-Authored-By:\tClaude Opus 4.5 <noreply@anthropic.com>  \nSigned-off-by : A <a@b.c>');
    expect(t.map((x) => [x.key, x.value, x.line])).toEqual([
      ['Co-Authored-By', 'Claude Opus 4.5 <noreply@anthropic.com>', 3],
      ['Signed-off-by', 'A <a@b.c>', 4],
    ]);
    expect(parseIdent(t[0]!.value)).toEqual({ name: 'Claude Opus 4.5', email: 'noreply@anthropic.com' });
    expect(parseIdent('A <@b>')).toBeUndefined();
    expect(parseIdent('A <a@>')).toBeUndefined();
    expect(parseIdent('A <a b@c>')).toBeUndefined();
  });

  it('read a trailer whose value holds a long run of spaces (quadratic for the former regex)', () => {
    const gap = ' '.repeat(200_000);
    const [t] = parseTrailers(`fix: x\n\nCo-authored-by: Claude${gap}<noreply@anthropic.com>${gap}`);
    expect(t?.value).toBe(`Claude${gap}<noreply@anthropic.com>`);
    expect(parseIdent(t!.value)).toEqual({ name: 'Claude', email: 'noreply@anthropic.com' });
  });
});

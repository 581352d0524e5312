// Encoded decisions written as bytes (src/replay/byte-lines.ts): the same text as JSON.stringify
// gives, and never a line split over two shipped parts (the html channel decodes each on its own).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteLines, PartShipper } from '../../src/replay/byte-lines.js';

const value = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('\ud800', 'a"b\\c\n\u0001\u007f', 'x'.repeat(1500), 'é'.repeat(700)));
const piece = fc.oneof(
  value.map((s) => ({ kind: 'quoted' as const, s })),
  fc.oneof(fc.nat(), fc.integer({ min: 0, max: 2 ** 45 }), fc.double({ noNaN: false }), fc.constant(-0)).map((n) => ({ kind: 'num' as const, n })),
  value.map((s) => ({ kind: 'raw' as const, s: JSON.stringify(s) })),
);

function write(out: ByteLines, p: { kind: 'quoted' | 'raw'; s: string } | { kind: 'num'; n: number }): string {
  if (p.kind === 'num') {
    out.num(p.n);
    return String(p.n);
  }
  if (p.kind === 'quoted') {
    out.quoted(p.s);
    return JSON.stringify(p.s);
  }
  out.raw(Buffer.from(p.s));
  return p.s;
}

describe('ByteLines', () => {
  it('writes what JSON.stringify and String write, whole lines per shipped part', () => {
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 6 }), { maxLength: 30 }), fc.constantFrom(16, 64, 4096), (lines, partBytes) => {
        const shipped: Buffer[] = [];
        const parts = new PartShipper((buffer, used) => {
          shipped.push(Buffer.from(Buffer.from(buffer, 0, used)));
          parts.giveBack(buffer);
        }, partBytes);
        const out = new ByteLines(parts);
        let expected = '';
        for (const line of lines) {
          for (const p of line) expected += write(out, p);
          out.raw(Buffer.from('\n'));
          expected += '\n';
          out.endLine();
        }
        for (const s of shipped) expect(s.length === 0 || s[s.length - 1] === 10).toBe(true);
        expect(Buffer.concat([...shipped, out.bytes()]).toString('utf8')).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('emits whole lines in order, reusing its buffer only after the output is flushed', () => {
    const written: string[] = [];
    let held: Uint8Array[] = [];
    const out = new ByteLines(undefined, {
      write: (b) => held.push(b),
      flush: () => {
        written.push(...held.map((b) => Buffer.from(b).toString('utf8')));
        held = [];
      },
    });
    let expected = '';
    for (let i = 0; i < 20_000; i++) {
      out.quoted(`line ${i} é`);
      out.num(i);
      out.raw(Buffer.from('\n'));
      out.endLine();
      expected += `${JSON.stringify(`line ${i} é`)}${i}\n`;
    }
    out.drain();
    written.push(...held.map((b) => Buffer.from(b).toString('utf8')));
    expect(written.length).toBeGreaterThan(1);
    for (const w of written) expect(w.endsWith('\n')).toBe(true);
    expect(written.join('')).toBe(expected);
  });
});

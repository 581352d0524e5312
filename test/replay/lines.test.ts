import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { streamLines } from '../../src/replay/lines.js';
import { tempTree } from '../helpers/cli.js';

interface Got {
  lines: Array<[number, string, boolean]>;
  tooLong: Array<[number, number]>;
}

async function read(content: string | Buffer, opts: { maxLineChars?: number; chunkBytes?: number } = {}): Promise<Got> {
  const dir = tempTree({});
  const file = join(dir, 'log.jsonl');
  writeFileSync(file, content);
  const got: Got = { lines: [], tooLong: [] };
  await streamLines(file, { line: (t, n, u) => got.lines.push([n, t, u]), tooLong: (n, c) => got.tooLong.push([n, c]) }, opts);
  return got;
}

describe('streamLines', () => {
  it('numbers lines, strips a BOM and CRLF, passes blank lines', async () => {
    const got = await read('\uFEFF{"a":1}\r\n\r\n{"b":2}\n   \n{"c":3}\n');
    expect(got.lines).toEqual([
      [1, '{"a":1}', false],
      [2, '', false],
      [3, '{"b":2}', false],
      [4, '   ', false],
      [5, '{"c":3}', false],
    ]);
  });

  it('marks an unterminated last line', async () => {
    const got = await read('{"a":1}\n{"b":');
    expect(got.lines).toEqual([
      [1, '{"a":1}', false],
      [2, '{"b":', true],
    ]);
  });

  it('reports nothing for an empty file, and no phantom line after a final newline', async () => {
    expect((await read('')).lines).toEqual([]);
    expect((await read('x\n')).lines).toEqual([[1, 'x', false]]);
  });

  it('keeps multi-byte characters and CRLF intact across chunk boundaries', async () => {
    // Tiny chunks put every boundary inside a character or between \r and \n somewhere.
    const text = '{"k":"€ — 日本語 😀"}\r\n{"k":"ü"}\r\n';
    const got = await read(text, { chunkBytes: 3 });
    expect(got.lines).toEqual([
      [1, '{"k":"€ — 日本語 😀"}', false],
      [2, '{"k":"ü"}', false],
    ]);
  });

  it('reads a 1 MB line whole', async () => {
    const long = JSON.stringify({ content: 'x'.repeat(1024 * 1024) });
    const got = await read(`{"a":1}\n${long}\n{"b":2}\n`);
    expect(got.lines.map(([n, t]) => [n, t.length])).toEqual([
      [1, 7],
      [2, long.length],
      [3, 7],
    ]);
  });

  it('skips a line over the limit (even across chunks) and goes on with the next', async () => {
    const got = await read(`{"a":1}\n${'y'.repeat(5000)}\n{"b":2}\n${'z'.repeat(3000)}`, { maxLineChars: 1000, chunkBytes: 512 });
    expect(got.lines).toEqual([
      [1, '{"a":1}', false],
      [3, '{"b":2}', false],
    ]);
    expect(got.tooLong).toEqual([
      [2, 5000],
      [4, 3000],
    ]);
  });

  it('reads each file alone when one read buffer serves call after call (and calls within calls)', async () => {
    // The buffer is kept between calls: stale bytes of a longer file must never reach a shorter one.
    const long = await read(('{"pad":"' + 'y'.repeat(3000) + '"}\n').repeat(400));
    expect(long.lines).toHaveLength(400);
    expect(await read('{"a":1}\n{"b":')).toEqual({ lines: [[1, '{"a":1}', false], [2, '{"b":', true]], tooLong: [] });
    // A call from within a line callback, while the outer call still has most of its read to decode.
    const dir = tempTree({});
    const outer = join(dir, 'outer.jsonl');
    const inner = join(dir, 'inner.jsonl');
    const outerLines = Array.from({ length: 5000 }, (_, i) => `outer line ${i}`);
    writeFileSync(outer, outerLines.join('\n') + '\n');
    writeFileSync(inner, 'inner\n'.repeat(20_000));
    const seen: string[] = [];
    let inners = 0;
    await streamLines(outer, {
      line: (t, n) => {
        seen.push(t);
        if (n === 1) void streamLines(inner, { line: () => void inners++, tooLong: () => {} });
      },
      tooLong: () => {},
    });
    expect(inners).toBe(20_000);
    expect(seen).toEqual(outerLines);
  });

  it('replaces invalid UTF-8 instead of failing', async () => {
    const got = await read(Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]));
    expect(got.lines[0]?.[1]).toBe('{"a":"\uFFFD\uFFFD"}');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { ttyProgress } from '../../src/replay/progress.js';

function fakeTty(): { stream: NodeJS.WriteStream; out: string[] } {
  const out: string[] = [];
  const stream = { isTTY: true, columns: 120, write: (s: string) => (out.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, out };
}

describe('progress on a terminal', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stays quiet for a short replay', () => {
    vi.useFakeTimers();
    const { stream, out } = fakeTty();
    const p = ttyProgress(1000, stream);
    p.update('a.jsonl', 500, 10);
    vi.advanceTimersByTime(500);
    p.update('a.jsonl', 1000, 20);
    p.done();
    expect(out).toEqual([]);
  });

  it('shows lines, rate, share and ETA on one rewritten line, then clears it', () => {
    vi.useFakeTimers();
    const { stream, out } = fakeTty();
    const p = ttyProgress(4_000_000, stream);
    p.update('logs/big.jsonl', 0, 0);
    vi.advanceTimersByTime(2000);
    p.update('logs/big.jsonl', 1_000_000, 50_000);
    expect(out).toEqual(['\r\x1b[Kreplaying logs/big.jsonl: 50,000 lines, 25,000 lines/s, 25%, ETA 6s']);
    vi.advanceTimersByTime(100);
    p.update('logs/big.jsonl', 1_100_000, 55_000);
    expect(out).toHaveLength(1); // at most four updates a second
    p.done();
    expect(out.at(-1)).toBe('\r\x1b[K');
  });
});

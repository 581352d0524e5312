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

  it('takes rate and ETA from the last seconds, not from a slow start', () => {
    // Worker threads: nothing for 1.5 s, then 8 MB slices merged every quarter second.
    vi.useFakeTimers();
    const { stream, out } = fakeTty();
    const p = ttyProgress(100_000_000, stream);
    vi.advanceTimersByTime(1500);
    p.update('big.jsonl', 8_000_000, 24_000);
    expect(out.at(-1)).toBe('\r\x1b[Kreplaying big.jsonl: 24,000 lines, 16,000 lines/s, 8%, ETA 18s');
    vi.advanceTimersByTime(250);
    p.update('big.jsonl', 16_000_000, 48_000);
    expect(out.at(-1)).toBe('\r\x1b[Kreplaying big.jsonl: 48,000 lines, 96,000 lines/s, 16%, ETA 3s');
    // A stall: the rate falls as the window moves on, and an ETA that cannot be told is shown as such.
    for (let i = 0; i < 24; i++) {
      vi.advanceTimersByTime(250);
      p.update('big.jsonl', 16_000_000, 48_000);
    }
    expect(out.at(-1)).toBe('\r\x1b[Kreplaying big.jsonl: 48,000 lines, 0 lines/s, 16%, ETA ?');
  });
});

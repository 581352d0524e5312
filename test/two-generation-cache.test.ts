import { describe, expect, it } from 'vitest';
import { TwoGenerationCache } from '../src/two-generation-cache.js';

/** A cache holding `entries`, each set twice (the doorkeeper lets a key's first set by). */
function filled(max: number, entries: [string, number][]): TwoGenerationCache<number> {
  const m = new TwoGenerationCache<number>(max);
  for (const [k, v] of entries) {
    m.set(k, v);
    m.set(k, v);
  }
  return m;
}

describe('TwoGenerationCache', () => {
  it('keeps a working set that is used again and ages out one-off entries', () => {
    const m = filled(4, [
      ['hot', 1],
      ['a', 2],
      ['b', 3], // young is full (2): young -> old
    ]);
    expect(m.get('hot')).toBe(1); // promoted back into the young generation
    m.set('c', 4);
    m.set('c', 4);
    m.set('d', 5);
    m.set('d', 5); // young full again: old (a, b) is dropped
    expect(m.get('a')).toBeUndefined();
    expect(m.get('hot')).toBe(1);
    expect(m.get('d')).toBe(5);
  });

  it('keeps a key from its second set on: a key set once is only marked', () => {
    const m = new TwoGenerationCache<number>(100);
    m.set('once', 1);
    expect(m.get('once')).toBeUndefined();
    m.set('once', 1);
    expect(m.get('once')).toBe(1);
  });

  it('lets thousands of one-off keys by without keeping them', () => {
    const m = new TwoGenerationCache<number>(100_000);
    for (let i = 0; i < 5000; i++) m.set(`line ${i}`, i);
    // A two-hash filter of 65,536 bits with at most 5,000 marks: a wrong "seen" is rare (< 1%).
    let kept = 0;
    for (let i = 0; i < 5000; i++) if (m.get(`line ${i}`) !== undefined) kept++;
    expect(kept).toBeLessThan(50);
  });

  it('stores nothing when its size is 0', () => {
    const m = filled(0, [['k', 1]]);
    expect(m.get('k')).toBeUndefined();
  });

  it('forgets everything when cleared, what it has seen included', () => {
    const m = filled(4, [
      ['a', 1],
      ['b', 2],
      ['c', 3], // a and b are in the old generation
    ]);
    m.set('d', 4); // marked
    m.clear();
    expect([m.get('a'), m.get('b'), m.get('c')]).toEqual([undefined, undefined, undefined]);
    m.set('d', 4);
    expect(m.get('d')).toBeUndefined(); // the mark went too
  });
});

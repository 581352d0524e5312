import { describe, expect, it } from 'vitest';
import { TwoGenerationCache } from '../src/two-generation-cache.js';

describe('TwoGenerationCache', () => {
  it('keeps a working set that is used again and ages out one-off entries', () => {
    const m = new TwoGenerationCache<number>(4);
    m.set('hot', 1);
    m.set('a', 2);
    m.set('b', 3); // young is full (2): young -> old
    expect(m.get('hot')).toBe(1); // promoted back into the young generation
    m.set('c', 4);
    m.set('d', 5); // young full again: old (a, b) is dropped
    expect(m.get('a')).toBeUndefined();
    expect(m.get('hot')).toBe(1);
    expect(m.get('d')).toBe(5);
  });

  it('stores nothing when its size is 0', () => {
    const m = new TwoGenerationCache<number>(0);
    m.set('k', 1);
    expect(m.get('k')).toBeUndefined();
  });

  it('forgets everything when cleared', () => {
    const m = new TwoGenerationCache<number>(4);
    m.set('a', 1);
    m.set('b', 2);
    m.set('c', 3); // a and b are in the old generation
    m.clear();
    expect([m.get('a'), m.get('b'), m.get('c')]).toEqual([undefined, undefined, undefined]);
  });
});

import { describe, expect, it } from 'vitest';
import { Memo } from '../../src/engine/compile.js';

describe('Memo (two generations)', () => {
  it('keeps a working set that is used again and ages out one-off entries', () => {
    const m = new Memo(4);
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
    const m = new Memo(0);
    m.set('k', 1);
    expect(m.get('k')).toBeUndefined();
  });
});

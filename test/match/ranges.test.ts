import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complementRanges, MAX_UNIT, normalizeRanges, rangesContain } from '../../src/match/ranges.js';

const pair = fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 20 })).map(([lo, w]) => [lo, lo + w]);
const flat = fc.array(pair, { maxLength: 6 }).map((ps) => ps.flat());
const naive = (f: number[], c: number) => f.some((_, i) => i % 2 === 0 && c >= f[i]! && c <= f[i + 1]!);

describe('code-unit range sets', () => {
  it('merges overlapping and adjacent ranges, in order', () => {
    expect(normalizeRanges([10, 12, 1, 3, 4, 5, 11, 20])).toEqual([1, 5, 10, 20]);
    expect(complementRanges([0, 9, 20, MAX_UNIT])).toEqual([10, 19]);
    expect(complementRanges([])).toEqual([0, MAX_UNIT]);
  });

  it('membership agrees with the unsorted input, and the complement holds exactly the rest', () => {
    fc.assert(
      fc.property(flat, fc.integer({ min: 0, max: 260 }), (f, c) => {
        const r = normalizeRanges(f);
        expect(rangesContain(r, c)).toBe(naive(f, c));
        expect(rangesContain(complementRanges(r), c)).toBe(!naive(f, c));
      }),
      { numRuns: 500 },
    );
  });
});

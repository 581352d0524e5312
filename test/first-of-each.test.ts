import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstOfEachKey } from '../src/first-of-each.js';

/** What firstOfEachKey must give: a filter through a Set of keys (items of negative size always kept). */
function bySet<T>(items: T[], key: (x: T) => string, size: (x: T) => number): T[] {
  const seen = new Set<string>();
  return items.filter((x) => size(x) < 0 || (!seen.has(key(x)) && !!seen.add(key(x))));
}

describe('firstOfEachKey', () => {
  it('keeps the first item of each key, in order, as a Set of keys does (short and long lists)', () => {
    const item = fc.record({ k: fc.constantFrom('', 'a', 'b', 'ab', 'ba', 'abc', 'x\u0000y'), exempt: fc.boolean() });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), (items) => {
        const key = (x: { k: string }) => x.k;
        const size = (x: { k: string; exempt: boolean }) => (x.exempt ? -1 : x.k.length);
        expect(firstOfEachKey(items, key, size)).toEqual(bySet(items, key, size));
      }),
      { numRuns: 500, seed: 5 },
    );
  });

  it('builds no key when no two items have the same size', () => {
    let built = 0;
    const items = ['a', 'bb', 'ccc'];
    const out = firstOfEachKey(items, (x) => (built++, x), (x) => x.length);
    expect(out).toBe(items);
    expect(built).toBe(0);
  });
});

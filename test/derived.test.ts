// src/derived.ts: a value is worked out once per key object (or for the last key only), and the
// work is not repeated, even when the value is undefined.
import { describe, expect, it } from 'vitest';
import { derivedForLast, derivedOnce } from '../src/derived.js';

describe('derivedOnce', () => {
  it('derives once per key, passes the extra arguments of the first call, and keeps undefined too', () => {
    const calls: string[] = [];
    const of = derivedOnce((key: { name: string }, suffix: string) => {
      calls.push(key.name);
      return key.name === 'none' ? undefined : `${key.name}${suffix}`;
    });
    const a = { name: 'a' };
    const none = { name: 'none' };
    expect([of(a, '!'), of(a, '?'), of(none, '!'), of(none, '!'), of({ name: 'a' }, '.')]).toEqual(['a!', 'a!', undefined, undefined, 'a.']);
    expect(calls).toEqual(['a', 'none', 'a']);
  });
});

describe('derivedForLast', () => {
  it('derives again only when the key changes', () => {
    const calls: number[] = [];
    const of = derivedForLast((key: { n: number }) => (calls.push(key.n), key.n * 2));
    const one = { n: 1 };
    const two = { n: 2 };
    expect([of(one), of(one), of(two), of(one), of(one)]).toEqual([2, 2, 4, 2, 2]);
    expect(calls).toEqual([1, 2, 1]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PendingUses } from '../../src/replay/pending.js';

/** The reference: a Map, as the replay used before. */
class MapModel {
  readonly m = new Map<string, number>();
  add(id: string, v: number): void {
    this.m.set(id, v);
  }
  take(id: string): number | undefined {
    const v = this.m.get(id);
    this.m.delete(id);
    return v;
  }
  takeOldest(): number | undefined {
    const first = this.m.keys().next();
    return first.done ? undefined : this.take(first.value);
  }
  drain(): number[] {
    const out = [...this.m.values()];
    this.m.clear();
    return out;
  }
}

const op = fc.oneof(
  fc.record({ op: fc.constant('add' as const), id: fc.constantFrom('a', 'b', 'c', 'd'), v: fc.integer() }),
  fc.record({ op: fc.constant('take' as const), id: fc.constantFrom('a', 'b', 'c', 'd', 'x') }),
  fc.record({ op: fc.constant('oldest' as const) }),
  fc.record({ op: fc.constant('drain' as const) }),
);

describe('PendingUses', () => {
  it('behaves as a Map kept in insertion order', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const p = new PendingUses<number>();
        const m = new MapModel();
        for (const o of ops) {
          if (o.op === 'add') {
            p.add(o.id, o.v);
            m.add(o.id, o.v);
          } else if (o.op === 'take') expect(p.take(o.id)).toBe(m.take(o.id));
          else if (o.op === 'oldest') expect(p.takeOldest()).toBe(m.takeOldest());
          else expect(p.drain()).toEqual(m.drain());
          expect(p.size).toBe(m.m.size);
        }
        expect(p.drain()).toEqual(m.drain());
      }),
      { numRuns: 3000 },
    );
  });
});

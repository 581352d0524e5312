// The analysis's fast paths must read exactly what the general code they stand in for reads.
import { describe, expect, it } from 'vitest';
import { OPERATORS, operatorAt } from '../../src/match/shell-lex.js';

describe('operatorAt', () => {
  it('reads the operator OPERATORS.find gives, at every start of every three characters', () => {
    const chars = [';', '&', '|', '<', '>', '-', '(', 'a', ''];
    for (const c of [';', '&', '|', '<', '>']) {
      for (const d of chars) {
        for (const e of chars) {
          const s = `x${c}${d}${e}`;
          expect(operatorAt(s, 1), JSON.stringify(s)).toBe(OPERATORS.find((o) => s.startsWith(o, 1)));
        }
      }
    }
  });
});

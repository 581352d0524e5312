// The analysis's fast paths must read exactly what the general code they stand in for reads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layerText, normalise } from '../../src/match/command-analysis.js';
import { isDigits, isReservedWord, OPERATORS, operatorAt } from '../../src/match/shell-lex.js';
import { isPrefixAssignment, PREFIX_ASSIGNMENT } from '../../src/match/shell-simple.js';

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

describe('layerText', () => {
  const word = fc.oneof(
    fc.constantFrom('rm', '-rf', '', ' ', 'a b', 'a  b', '\t', 'x\n', 'é', '\u00a0', 'sudo', '--', 'a=b'),
    fc.string({ maxLength: 6 }),
  );
  it('is normalise of the words', () => {
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 6 }), (program, rest) => {
        const args = rest.map((value) => ({ value, dynamic: false }));
        expect(layerText(program, args)).toBe(normalise([program, ...rest]));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isPrefixAssignment', () => {
  it('is PREFIX_ASSIGNMENT.test', () => {
    for (const w of ['A=1', 'A+=1', 'a[0]=1', 'a[=]=1', '=x', '1A=2', 'rm', 'a', 'A_B=x=y', 'a[0]', 'x+=', '-x=1', '']) {
      expect(isPrefixAssignment(w), w).toBe(PREFIX_ASSIGNMENT.test(w));
    }
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z_0-9=+[\]-]{0,8}$/), (w) => {
      expect(isPrefixAssignment(w)).toBe(PREFIX_ASSIGNMENT.test(w));
    }), { numRuns: 2000 });
  });
});

describe('isReservedWord', () => {
  const reserved = ['!', '{', '}', 'case', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'for', 'function', 'if', 'in', 'select', 'then', 'until', 'while'];
  it('is membership of the reserved words', () => {
    for (const w of reserved) expect(isReservedWord(w), w).toBe(true);
    for (const w of ['', 'd', 'dot', 'fix', 'iff', 'If', 'functions', 'functio', '{}', '!!', 'é', 'whilé', 'cat', 'curl', 'sh']) expect(isReservedWord(w), w).toBe(false);
    fc.assert(fc.property(fc.string({ maxLength: 9 }), (w) => {
      expect(isReservedWord(w)).toBe(reserved.includes(w));
    }), { numRuns: 3000 });
  });
});

describe('isDigits', () => {
  it('is /^\\d+$/.test', () => {
    for (const w of ['', '0', '12', '1a', 'a1', '٣', '1 ', '-1', '007']) expect(isDigits(w), w).toBe(/^\d+$/.test(w));
    fc.assert(fc.property(fc.stringMatching(/^[0-9a\-/ ]{0,5}$/), (w) => {
      expect(isDigits(w)).toBe(/^\d+$/.test(w));
    }), { numRuns: 2000 });
  });
});

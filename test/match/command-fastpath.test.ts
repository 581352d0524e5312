// The plain-line fast path must give exactly what the full parser gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeUncached, plainScript } from '../../src/match/shell-analyze.js';

const PLAIN_CHARS = 'abzAZ09 -_./:=@%+,'.split('');
const WORDS = ['rm', '-rf', 'FOO=1', 'A_B=x=y', '=x', '1A=2', 'sudo', '-u', 'root', 'env', 'timeout', '5', 'bash', '-c',
  'eval', 'npm', 'test', '/bin/rm', './x', 'if', 'then', 'in', 'done', 'time', '-p', 'nice', '-n', 'tee', 'out.txt',
  'cd', 'secrets', 'xargs', 'command', '-v', 'find', '-exec', 'sh', 'a%b', 'x@y', 'a,b', 'a+b', 'k:v', '.', '..', '-', '--'];

const plainLine = fc.oneof(
  fc.array(fc.constantFrom(...PLAIN_CHARS), { maxLength: 40 }).map((cs) => cs.join('')),
  fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(' ', '  ')), { maxLength: 12 }).map((ws) => ws.join(' ')),
);

describe('fast path for plain command lines', () => {
  it('applies only to lines made of characters without shell meaning', () => {
    expect(plainScript('npm test')).toBeDefined();
    expect(plainScript('npm test && curl x')).toBeUndefined();
    expect(plainScript("rm 'x'")).toBeUndefined();
    expect(plainScript('echo $HOME')).toBeUndefined();
    expect(plainScript('ls # x')).toBeUndefined();
    expect(plainScript('echo ~')).toBeUndefined();
    expect(plainScript('a\tb')).toBeUndefined();
    expect(plainScript('if x then')).toBeUndefined();
  });

  it('gives what the parser gives (fast-check against bash-parser)', () => {
    fc.assert(
      fc.property(plainLine, (line) => {
        expect(analyzeUncached(line)).toEqual(analyzeUncached(line, { noFastPath: true }));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 600) },
    );
  });
});

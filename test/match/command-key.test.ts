import { describe, expect, it } from 'vitest';
import { analyzeUncached, commandKey, commandKeyLength } from '../../src/match/shell-analyze.js';

// analyzeUncached drops repeated commands building keys only for commands whose key lengths meet
// (src/first-of-each.ts): the length it works out must be the key's.
const LINES = [
  'npm test',
  'cd a && rm -rf "b c" ~/x $Y',
  'sudo -u root env A=1 /bin/rm -rf /tmp/x; cd -; ls',
  "bash -c 'rm a; rm a' && eval \"echo $(whoami)\"",
  'xargs -I{} cp {} dst < list.txt',
  "find . -name '*.ts' -exec grep -n x {} +",
  'echo $\'\\x01\\x00\' | tee a b',
  'true && x=rm; $x -rf y; hash -p /bin/rm ls; ls z',
  '',
];

describe('commandKeyLength', () => {
  it('is the length of commandKey for every command of varied lines', () => {
    let n = 0;
    for (const line of LINES) {
      for (const c of analyzeUncached(line).commands) {
        expect(commandKeyLength(c)).toBe(commandKey(c).length);
        n++;
      }
    }
    expect(n).toBeGreaterThan(15);
  });
});

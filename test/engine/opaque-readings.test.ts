// Opaque code and the denies it may still be seen to meet (src/engine/opaque-denies.ts), words a
// command evaluates as code (src/engine/evaluated-words.ts), and the deny-side readings of sound
// matching that adversarial cases pinned down (src/command/sound-match.ts): glob operands are
// operands, abbreviated long options are the option, `npm i` is `npm install`.
import { describe, expect, it } from 'vitest';
import { compilePolicy, decide } from '../../src/engine/index.js';
import { sedScriptHazard } from '../../src/engine/evaluated-words.js';
import { policy } from './policy-builder.js';

const P = compilePolicy(policy({ fs: { deny: ['.env*', 'secrets/**'] }, cmd: { deny: ['rm -rf', 'git reset --hard', 'git push --force'] }, approvals: { command: ['npm install'] } }));
const d = (command: string) => decide({ kind: 'command', command }, P).outcome;

describe('opaque code that visibly runs a denied command is denied, not approvable', () => {
  it.each([
    'runuser -u bob -- rm -rf x',
    'watch -n 5 rm -rf x',
    "script -qc 'rm -rf x' /dev/null",
    "fish -c 'rm -rf x'",
    "mapfile -C 'rm -rf x' -c 1 arr",
    "x='a[$(rm -rf x)]'; echo $((x))",
  ])('%s', (line) => expect(d(line)).toBe('deny'));

  it('opaque code with no denied reading still asks', () => {
    expect(d('runuser -u bob -- ls x')).toBe('needs-approval');
    expect(d("fish -c 'echo hi'")).toBe('needs-approval');
  });
});

describe('words evaluated as code', () => {
  it.each([
    ["let 'y=a[$(rm -rf x)]'", 'deny'],
    ["test -v 'a[$(rm -rf x)]'", 'deny'],
    ["printf -v 'a[$(rm -rf x)]' %s y", 'deny'],
    ["read 'a[$(rm -rf x)]' <<< 1", 'deny'],
    ["let 'y=a[$(id)]'", 'needs-approval'],
    ['echo "${x@P}"', 'needs-approval'],
    ["sed 's/a/b/e' f", 'needs-approval'],
    ["sed '1e id' f", 'needs-approval'],
    ["sed -n 's/a/b/w out' f", 'needs-approval'],
    ["printf '%s' 'a[$(id)]'", 'allow'],
    ["sed -n 's/a/b/gp;/x/d' f", 'allow'],
    ["let 'y=1+2'", 'allow'],
  ])('%s: %s', (line, outcome) => expect(d(line)).toBe(outcome));

  it('reads sed scripts: commands and flags, not letters inside regexes or text', () => {
    expect(sedScriptHazard('s/hello/everyone/g')).toBeUndefined();
    expect(sedScriptHazard('/e/d; $a\\ trailing e text')).toBeUndefined();
    expect(sedScriptHazard('y/abc/xyz/')).toBeUndefined();
    expect(sedScriptHazard('s/a/b/ge')).toMatch(/e flag/);
    expect(sedScriptHazard('2,/re/e')).toMatch(/e command/);
    expect(sedScriptHazard('w out')).toMatch(/w command/);
    expect(sedScriptHazard('s/a/b')).toMatch(/cannot be read/);
  });

  it('a NUL ends the word, as bash ends it', () => {
    expect(d("$'rm\\0zzz' -rf x")).toBe('deny');
  });
});

describe('deny-side sound matching', () => {
  it('a glob operand that cannot start with "-" is an operand: rm -f build/*.o lacks -r', () => {
    expect(d('rm -f build/*.o')).toBe('allow');
    expect(d('rm -f *.o -r')).toBe('deny');
    // A glob may expand to a name starting with "-": it may be any option.
    expect(d('rm -f *')).toBe('deny');
    // In the subcommand's place a glob may be any subcommand (a file named "push"), whose -f is --force.
    expect(d('git pu* -f origin main')).toBe('deny');
    expect(d('git push -f origin main')).toBe('deny');
  });

  it('an unambiguous prefix of a long option is that option', () => {
    expect(d('rm --rec --force x')).toBe('deny');
    expect(d('git reset --har')).toBe('deny');
    expect(d('rm --force x')).toBe('allow');
  });

  it('npm i and npm add are npm install', () => {
    expect(d('npm i left-pad')).toBe('needs-approval');
    expect(d('npm add left-pad')).toBe('needs-approval');
    expect(d('npm info left-pad')).toBe('allow');
  });
});

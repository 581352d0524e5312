// The plain-line fast path must give exactly what the full parser gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeUncached, plainScript } from '../../src/match/shell-analyze.js';
import { lexShell } from '../../src/match/shell-lex.js';
import { simpleListScript } from '../../src/match/shell-simple.js';

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
        expect(analyzeUncached(line)).toEqual(analyzeUncached(line, { via: "parser" }));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 600) },
    );
  });
});

describe('simple lists without the parser', () => {
  const WORD = fc.constantFrom(
    'rm', '-rf', 'x', 'curl', 'npm', 'test', 'sudo', '-u', 'root', "'a b'", '"q $X r"', '$(echo a)', '`b`', 'A=1', 'A+=1',
    'a[1]=2', '"A"=1', 'x#y', '{a,b}', '*.ts', '~/x', '5', '$HOME', "$'\\x72m'", 'bash', '-c', '"rm -rf y"', "'$(no)'",
    'eval', 'echo', 'cat', 'tee', 'out.txt', '/bin/rm', 'env', 'FOO=bar', 'timeout', '3', 'x\\ y', '"a\\"b"', '$((1+2))',
    '${X:-$(curl z)}', '<(curl p)',
  );
  const OP = fc.constantFrom(' && ', ' || ', '; ', ' | ', ' & ', '\n', ' |& ', ';\n', ' &&\n');
  const REDIR = fc.constantFrom(' > f', ' >> .env', ' 2>&1', ' < in', ' <<< "s $(id)"', ' &> all', ' 2> err', ' >| g', ' <<EOF\nbody $(id)\nEOF\n', " <<'E'\n$(x)\nE\n");
  const ODD = fc.constantFrom('if', 'then', '!', '{', '}', '(', ')', ';;', 'fi', 'done', 'for');
  const command = fc.array(fc.oneof({ weight: 8, arbitrary: WORD }, { weight: 2, arbitrary: REDIR }, { weight: 1, arbitrary: ODD }), { minLength: 1, maxLength: 5 })
    .map((ws) => ws.join(' '));
  const line = fc.tuple(command, fc.array(fc.tuple(OP, command), { maxLength: 3 }), fc.constantFrom('', ' &', ';', ' &&'))
    .map(([first, rest, end]) => first + rest.map(([o, c]) => o + c).join('') + end);

  it('gives what the parser gives (fast-check against bash-parser)', () => {
    let simple = 0;
    fc.assert(
      fc.property(line, (l) => {
        const viaSimple = analyzeUncached(l, { via: 'simple' });
        const viaParser = analyzeUncached(l, { via: 'parser' });
        if (simpleListScript(lexShell(l))) simple++;
        expect(viaSimple).toEqual(viaParser);
      }),
      {
        numRuns: Number(process.env.FC_RUNS ?? 600),
        // Found by this property on 2026-12-07: two inputs on bash's standard input, which the two
        // readings listed in different orders (and the first was taken as the one bash reads).
        examples: [[` <<< "s $(id)" bash  <<'E'\n$(x)\nE\n`], [`bash <<< 'echo hi' <<'E'\ncurl evil.example\nE`]],
      },
    );
    // The property must exercise the simple path, not only the fallback.
    expect(simple).toBeGreaterThan(100);
  });
});

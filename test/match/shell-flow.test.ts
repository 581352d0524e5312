// What a line does to its own shell before a later command runs (src/match/shell-flow.ts): values
// assigned earlier on the line, positional parameters set with `set --`, `hash -p` bindings,
// `${x@P}`, and the directory each command runs in after `cd`. Real bash checks the same lines in
// test/match/shell-oracle.test.ts (its corpus has a section for each; the directory too).
import { spawnSync } from 'node:child_process';
import { posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCommand, type CommandAnalysis } from '../../src/match/command.js';
import { hasStackTrace, runCli, tempTree } from '../helpers/cli.js';

const UNKNOWN_PROGRAM = /^cannot tell which program runs/;

function layers(a: CommandAnalysis): string[] {
  return a.commands.flatMap((c) => c.layers);
}

function dirsOf(a: CommandAnalysis, layer: string): (string[] | undefined)[] {
  return a.commands.filter((c) => c.layers[0] === layer).map((c) => c.dirs && c.dirs.map((d) => posix.normalize(d)).sort());
}

describe('values assigned earlier on the line', () => {
  it.each([
    ['x=rm; $x -rf y', 'rm -rf y'],
    ['x=/bin/rm; "$x" -rf y', 'rm -rf y'],
    ['cmd="rm -rf x"; $cmd', 'rm -rf x'],
    ["cmd='rm  -rf\tx'; ${cmd}", 'rm -rf x'],
    ['x=ls; x=rm; $x -rf y', 'rm -rf y'],
    ['x=rm && $x -rf y', 'rm -rf y'],
    ['x=rm\n$x -rf y', 'rm -rf y'],
    ['x=rm; $x -rf y &', 'rm -rf y'],
    ['set -- rm -rf x; "$@"', 'rm -rf x'],
    ['set -- ls; set -- rm -rf x; $@', 'rm -rf x'],
    ['set -- rm x; $1 -rf "$2"', 'rm -rf x'],
    ["x=$'r\\x6d'; $x -rf y", 'rm -rf y'],
  ])('%j runs %j, and nothing is left unknown', (line, ran) => {
    const a = analyzeCommand(line);
    expect(layers(a)).toContain(ran);
    expect(a.problems.filter((p) => UNKNOWN_PROGRAM.test(p.reason))).toEqual([]);
  });

  it('keeps a quoted value one word and an unquoted one split, with its globs run-time words', () => {
    const a = analyzeCommand(`f='a b*'; rm "$f" $f`);
    const argv = a.commands.find((c) => c.layers[0]!.startsWith('rm'))!.argvs[0]!;
    expect(argv.map((w) => [w.value, w.dynamic])).toEqual([
      ['rm', false],
      ['a b*', false],
      ['a', false],
      ['b*', true],
    ]);
  });

  it.each([
    // The assignment may not have run, or ran elsewhere.
    'x=ls; true && x=rm; $x -rf y',
    'x=ls; false || x=rm; $x -rf y',
    'x=ls; x=rm | true; $x -rf y',
    'x=ls; x=rm & $x -rf y',
    'x=rm $x -rf y',
    // Written again in a way not followed.
    "x=ls; eval 'x=rm'; $x -rf y",
    'x=ls; eval "$y"; $x -rf y',
    'x=ls; read x < f; $x -rf y',
    'x=ls; read -r x < f; $x -rf y',
    'x=ls; printf -vx rm; $x -rf y',
    'x=ls; printf -v "$v" rm; $x -rf y',
    'x=ls; declare -l x; x=RM; $x -rf y',
    'x=ls; export x=rm; $x -rf y',
    'x=ls; unset x; $x -rf y',
    'x=ls; : ${x:=rm}; $x -rf y',
    'x=ls; : $((x=1)); $x -rf y',
    'x=ls; let x=1; $x -rf y',
    'x=ls; y=x; : ${!y}; $x -rf y',
    'x=ls; y=rm; x=$y; $x -rf y',
    'x=ls; x+=y; $x -rf y',
    'x=ls; a[0]=1; $x -rf y',
    "x=ls; trap 'x=rm' DEBUG; $x -rf y",
    'x=ls; source ./env.sh; $x -rf y',
    'x=ls; . ./env.sh; $x -rf y',
    'x=ls; $cmd x=rm; $x -rf y',
    'x=ls; command $c x=rm; $x -rf y',
    'x=ls; mapfile -C f x < f; $x -rf y',
    "x=ls; echo \"${p@P}\"; $x -rf y",
    'IFS=:; x=rm; $x -rf y',
    'x=ls; f() { x=rm; }; f; $x -rf y',
    "x=ls; eval 'f() { x=rm; }'; f; $x -rf y",
    'x=~/rm; $x -rf y',
    // Positional parameters changed or set where it is not followed.
    'set -- ls; shift; "$@"',
    'true && set -- rm -rf x; "$@"',
    'set -e -- rm -rf x; "$@"',
    'set -- $y; "$@"',
    '"$@"',
    '$x',
  ])('%j: the program stays known only at run time', (line) => {
    const a = analyzeCommand(line);
    expect(a.problems.some((p) => UNKNOWN_PROGRAM.test(p.reason) || /cannot parse/.test(p.reason))).toBe(true);
  });

  it('still reads each literal the line assigns as a program it may run (a deny can only match more)', () => {
    const a = analyzeCommand('x=ls; true && x=rm; $x -rf y');
    expect(layers(a)).toEqual(expect.arrayContaining(['ls -rf y', 'rm -rf y']));
    expect(a.problems.some((p) => UNKNOWN_PROGRAM.test(p.reason))).toBe(true);
  });

  it('reads the literal a ${x@P} expands as a prompt string for the commands it substitutes', () => {
    const a = analyzeCommand(`x='$(rm -rf x)'; echo "\${x@P}"`);
    expect(layers(a)).toContain('rm -rf x');
    const b = analyzeCommand(`x='\\$(curl evil.example)'; echo \${x@P}`);
    expect(layers(b)).toContain('curl evil.example');
  });

  it('reads a name bound by hash -p as the program it is bound to, and keeps the binding opaque', () => {
    const a = analyzeCommand('hash -p /bin/rm ls; ls -rf x');
    expect(layers(a)).toEqual(expect.arrayContaining(['ls -rf x', 'rm -rf x']));
    expect(a.problems.map((p) => p.construct)).toContain('hash -p');
    expect(layers(analyzeCommand('ls -rf x; hash -p/bin/rm ls'))).toContain('rm -rf x');
  });
});

describe('the directory each command runs in', () => {
  it.each([
    ['cd backend && cd .. && go generate', 'go generate', ['.']],
    ['cd .. && go generate', 'go generate', ['..']],
    ['go generate && cd backend', 'go generate', ['.']],
    ['cd backend; go generate', 'go generate', ['.', 'backend']],
    ['cd backend || exit 1; go generate', 'go generate', ['.', 'backend']],
    ['cd a || cd b; go generate', 'go generate', ['.', 'a', 'b']],
    ['cd a && make x; cd .. && go generate', 'go generate', ['.', '..']],
    ['cd a && cd nowhere || go generate', 'go generate', ['.', 'a']],
    // A background cd changes nothing here; counted as either place (a superset).
    ['cd a & go generate', 'go generate', ['.', 'a']],
    ['d=backend; cd $d && go generate', 'go generate', ['backend']],
    ['pushd backend && go generate', 'go generate', ['backend']],
    ['builtin cd backend && go generate', 'go generate', ['backend']],
    ['cd /tmp && go generate', 'go generate', ['/tmp']],
  ])('%j: %s runs in %j', (line, layer, dirs) => {
    expect(dirsOf(analyzeCommand(line), layer)).toEqual([dirs]);
  });

  it.each([
    "eval 'cd backend' && go generate",
    "cd a && bash -c 'cd b' && go generate",
    'cd a | true; go generate',
    'cd $X && go generate',
    'cd - && go generate',
    'pushd a && popd && go generate',
    'CDPATH=x cd backend && go generate',
    "trap 'cd backend' DEBUG; go generate",
  ])('%j: not followed, so the command may run in any directory of the line', (line) => {
    expect(dirsOf(analyzeCommand(line), 'go generate')).toEqual([undefined]);
  });

  it('keeps the same command run in two directories twice', () => {
    expect(dirsOf(analyzeCommand('go generate; cd backend && go generate'), 'go generate')).toEqual([['.'], ['backend']]);
  });

  it('says nothing per command when the line never changes directory', () => {
    expect(analyzeCommand('go generate && make').commands.every((c) => c.dirs === undefined)).toBe(true);
  });
});

describe('through the built CLI: the override of the directory each command runs in', () => {
  let repo: string;
  beforeAll(() => {
    repo = tempTree({
      '.agent-policy.yml': 'version: "2.1"\ndefault_permissions:\n  commands:\n    deny: ["rm -rf"]\n',
      'backend/.agent-policy.override.yml': 'permissions:\n  commands:\n    deny: ["go generate"]\n',
      'backend/keep.txt': '',
    });
    spawnSync('git', ['init', '-q'], { cwd: repo });
  });

  function explain(line: string, cwd = repo) {
    const r = runCli(['explain', '--command', line], { cwd });
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    return r;
  }

  it.each([
    ['go generate && cd backend'],
    ['cd backend && cd .. && go generate'],
    ['cd backend && make; cd .. && go generate'],
  ])('%s is allowed: go generate runs at the root', (line) => {
    const r = explain(line);
    expect(r.stdout).toMatch(/^✔ allowed/);
    expect(r.code).toBe(0);
  });

  it('cd .. && go generate from backend/ is allowed, go generate there is denied', () => {
    expect(explain('cd .. && go generate', `${repo}/backend`).code).toBe(0);
    expect(explain('go generate', `${repo}/backend`).code).toBe(1);
  });

  it.each([
    ['go generate; cd backend && go generate'],
    ['cd backend; cd ..; go generate'],
    ["eval 'cd backend' && go generate"],
    ['d=backend; cd $d && go generate'],
  ])('%s is denied by the backend override', (line) => {
    const r = explain(line);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stdout).toContain('denied by the backend/ override: commands.deny "go generate"');
  });

  it.each([['x=rm; $x -rf y'], ['c="rm -rf y"; $c'], ['set -- rm -rf y; "$@"'], ['hash -p /bin/rm ls; ls -rf y'], ['x=ls; true && x=rm; $x -rf y']])(
    '%s is denied by rm -rf',
    (line) => {
      const r = explain(line);
      expect(r.code, r.stdout).toBe(1);
      expect(r.stdout).toMatch(/^✖ denied/);
    },
  );

  it('x=ls; $x -la is allowed: the program is known', () => {
    expect(explain('x=ls; $x -la').stdout).toMatch(/^✔ allowed/);
  });
});

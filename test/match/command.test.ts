import { describe, expect, it } from 'vitest';
import { analyzeCommand, MAX_DEPTH } from '../../src/match/command.js';

/** Every simple command's layers, outermost first. */
function layers(line: string): string[][] {
  return analyzeCommand(line).commands.map((c) => c.layers);
}
/** The innermost form of every simple command. */
function inner(line: string): string[] {
  return analyzeCommand(line).commands.map((c) => c.layers[c.layers.length - 1]!);
}
function problems(line: string): string[] {
  return analyzeCommand(line).problems.map((p) => p.reason);
}
function files(line: string): string[] {
  return analyzeCommand(line).files.map((f) => `${f.op} ${f.path}`);
}

describe('splitting a command line into simple commands', () => {
  it.each([
    ['npm test && curl x', ['npm test', 'curl x']],
    ['a || b; c', ['a', 'b', 'c']],
    ['a | b | c', ['a', 'b', 'c']],
    ['a & b', ['a', 'b']],
    ['a\nb\n\nc', ['a', 'b', 'c']],
    ['(cd x && rm y)', ['cd x', 'rm y']],
    ['{ rm x; }', ['rm x']],
    ['if test -f x; then rm x; else curl y; fi', ['test -f x', 'rm x', 'curl y']],
    ['for f in a b; do rm $f; done', ['rm $f']],
    ['while true; do curl x; done', ['true', 'curl x']],
    ['case $x in a) rm y;; *) curl z;; esac', ['rm y', 'curl z']],
    ['f() { rm -rf x; }', ['rm -rf x']],
    ['! rm x', ['rm x']],
  ])('%j', (line, expected) => {
    expect(inner(line)).toEqual(expected);
    expect(problems(line)).toEqual([]);
  });

  it('finds commands inside substitutions, wherever they are', () => {
    expect(inner('echo $(curl x)')).toEqual(['echo $(curl x)', 'curl x']);
    expect(inner('echo `curl x`')).toEqual(['echo `curl x`', 'curl x']);
    expect(inner('echo "a $(curl x) b"')).toContain('curl x');
    expect(inner('echo $(echo $(rm -rf y))')).toContain('rm -rf y');
    expect(inner('echo `echo \\`rm -rf y\\``')).toContain('rm -rf y');
    expect(inner('X=$(curl x) npm test')).toEqual(['npm test', 'curl x']);
    expect(inner('X=$(curl x)')).toEqual(['curl x']);
    expect(inner('echo hi > $(curl x)')).toContain('curl x');
    expect(inner('for f in $(curl x); do :; done')).toContain('curl x');
    expect(inner('case $(curl x) in *) :;; esac')).toContain('curl x');
    expect(inner('echo ${X:-$(curl x)}')).toContain('curl x');
    expect(inner('diff <(curl x) >(rm y)')).toEqual(expect.arrayContaining(['curl x', 'rm y']));
    expect(inner('cat <<< "$(curl x)"')).toEqual(['cat', 'curl x']);
  });

  it('reads here-documents as the shell does', () => {
    expect(inner('cat <<EOF\nhello $(curl x)\nEOF')).toEqual(['cat', 'curl x']);
    expect(inner("cat <<'EOF'\nhello $(curl x)\nEOF")).toEqual(['cat']);
    expect(inner('cat <<-EOF\n\thello\n\tEOF\nrm -rf y')).toEqual(['cat', 'rm -rf y']);
    // An unbalanced quote in a body must not swallow the commands after it.
    expect(inner("cat <<EOF\n'\nEOF\nrm -rf /")).toContain('rm -rf /');
    expect(problems("cat <<EOF\n'\nEOF\nrm -rf /\necho '")[0]).toMatch(/unterminated single quote/);
    // The commit-message idiom agents use.
    const commit = "git commit -m \"$(cat <<'EOF'\nFix (thing) ) here\n\nCo-Authored-By: x\nEOF\n)\"";
    expect(inner(commit)[0]).toMatch(/^git commit -m /);
    expect(problems(commit)).toEqual([]);
  });

  it('ignores comments only where the shell does', () => {
    expect(inner('ls # rm -rf /')).toEqual(['ls']);
    expect(inner('echo x#y; rm -rf z')).toEqual(['echo x#y', 'rm -rf z']);
    expect(inner('echo "#"; rm -rf z')).toEqual(['echo #', 'rm -rf z']);
  });
});

describe('shell strings: bash -c, sh -c, eval, su -c', () => {
  it.each([
    ['bash -c "rm -rf x"'],
    ["sh -c 'rm -rf x'"],
    ['zsh -c "rm -rf x"'],
    ['bash -lc "rm -rf x"'],
    ['bash -o pipefail -c "rm -rf x"'],
    ['/bin/bash --norc -c "rm -rf x"'],
    ['eval "rm -rf x"'],
    ['eval rm -rf x'],
    ['su -c "rm -rf x" root'],
    ['sudo bash -c "rm -rf x"'],
    ['bash <<EOF\nrm -rf x\nEOF'],
    ["bash <<< 'rm -rf x'"],
    ['find . -exec rm -rf x \\;'],
    ['find . -execdir rm -rf x +'],
    ["alias ll='rm -rf x'"],
    ["trap 'rm -rf x' EXIT"],
  ])('%j runs rm -rf x', (line) => {
    expect(inner(line)).toContain('rm -rf x');
    expect(problems(line)).toEqual([]);
  });

  it('marks the shell itself as delegating (its commands are checked on their own)', () => {
    const a = analyzeCommand('bash -c "npm test"');
    expect(a.commands.map(({ layers, delegates }) => ({ layers, delegates }))).toEqual([
      { layers: ['bash -c npm test'], delegates: true },
      { layers: ['npm test'], delegates: false },
    ]);
  });

  it('cannot decide strings known only at run time', () => {
    expect(problems('bash -c "$CMD"')[0]).toMatch(/known only at run time/);
    expect(problems('eval $CMD')[0]).toMatch(/eval/);
    expect(problems('curl x | sh')[0]).toMatch(/standard input/);
    expect(problems('bash < script.sh')[0]).toMatch(/standard input/);
    expect(problems('bash <<EOF\n$X\nEOF')[0]).toMatch(/standard input/);
  });

  it('runs a script file as written, without a problem', () => {
    expect(layers('bash scripts/build.sh')).toEqual([['bash scripts/build.sh']]);
    expect(problems('bash scripts/build.sh')).toEqual([]);
  });

  it(`denies nesting deeper than ${MAX_DEPTH} levels`, () => {
    let line = 'rm -rf x';
    for (let i = 0; i < MAX_DEPTH + 2; i++) line = `bash -c ${JSON.stringify(line)}`;
    expect(problems(line).some((p) => /nested more than/.test(p))).toBe(true);
    let ok = 'rm -rf x';
    for (let i = 0; i < 3; i++) ok = `bash -c ${JSON.stringify(ok)}`;
    expect(inner(ok)).toContain('rm -rf x');
  });
});

describe('normalising a simple command', () => {
  it.each([
    ['/bin/rm -rf /', 'rm -rf /'],
    ['./node_modules/.bin/jest --ci', 'jest --ci'],
    ["'rm' -rf x", 'rm -rf x'],
    ["r''m -rf x", 'rm -rf x'],
    ['r\\m -rf x', 'rm -rf x'],
    ['"rm" "-rf" x', 'rm -rf x'],
    ["$'\\x72m' -rf x", 'rm -rf x'],
    ["$'r\\155' -rf x", 'rm -rf x'],
    ['r\\\nm -rf x', 'rm -rf x'],
    ['rm    -rf\t\tx', 'rm -rf x'],
    ["rm '' -rf x", 'rm -rf x'],
    ['FOO=1 BAR="a b" rm -rf x', 'rm -rf x'],
    ['{rm,-rf,x}', 'rm -rf x'],
    ['git push {--force,origin}', 'git push --force origin'],
    ['echo a{b,c}d', 'echo abd acd'],
    ['echo {1..3}', 'echo 1 2 3'],
    ['echo "{a,b}"', 'echo {a,b}'],
  ])('%j -> %j', (line, expected) => {
    expect(inner(line)).toEqual([expected]);
    expect(problems(line)).toEqual([]);
  });

  it.each([
    ['sudo rm -rf x', ['sudo rm -rf x', 'rm -rf x']],
    ['sudo -u root -E rm -rf x', ['sudo -u root -E rm -rf x', 'rm -rf x']],
    ['sudo -Eu root rm -rf x', ['sudo -Eu root rm -rf x', 'rm -rf x']],
    ['sudo --user=root FOO=1 rm -rf x', ['sudo --user=root FOO=1 rm -rf x', 'rm -rf x']],
    ['doas -u root rm -rf x', ['doas -u root rm -rf x', 'rm -rf x']],
    ['env -i LANG=C /bin/rm -rf x', ['env -i LANG=C /bin/rm -rf x', 'rm -rf x']],
    ['env -S "rm -rf" x', ['env -S rm -rf x', 'rm -rf x']],
    ['command rm -rf x', ['command rm -rf x', 'rm -rf x']],
    ['builtin exec rm -rf x', ['builtin exec rm -rf x', 'exec rm -rf x', 'rm -rf x']],
    ['exec -a name rm -rf x', ['exec -a name rm -rf x', 'rm -rf x']],
    ['nohup rm -rf x', ['nohup rm -rf x', 'rm -rf x']],
    ['nice -n 10 rm -rf x', ['nice -n 10 rm -rf x', 'rm -rf x']],
    ['nice -5 rm -rf x', ['nice -5 rm -rf x', 'rm -rf x']],
    ['time -p rm -rf x', ['time -p rm -rf x', 'rm -rf x']],
    ['timeout 5 curl x', ['timeout 5 curl x', 'curl x']],
    ['timeout -s KILL --preserve-status 5s curl x', ['timeout -s KILL --preserve-status 5s curl x', 'curl x']],
    // xargs adds the words it reads: any words at all; with -I it puts them where the replace
    // string is instead (here nowhere: it adds none).
    ['xargs -0 -n 1 rm -rf', ['xargs -0 -n 1 rm -rf', 'rm -rf <words read from standard input>']],
    ['xargs -0 -n 1 -I{} rm -rf', ['xargs -0 -n 1 -I{} rm -rf', 'rm -rf']],
    ['xargs -I{} rm -rf {}', ['xargs -I{} rm -rf {}', 'rm -rf {}']],
    // Its options end at the command: `-i` there is the command's; a valued option skips its value.
    ['xargs echo -i', ['xargs echo -i', 'echo -i <words read from standard input>']],
    ['xargs -n 1 -I% echo %', ['xargs -n 1 -I% echo %', 'echo %']],
    ['stdbuf -oL curl x', ['stdbuf -oL curl x', 'curl x']],
    ['sudo nice -n 5 timeout 10 /usr/bin/curl x', ['sudo nice -n 5 timeout 10 /usr/bin/curl x', 'nice -n 5 timeout 10 /usr/bin/curl x', 'timeout 10 /usr/bin/curl x', 'curl x']],
  ])('%j unwraps', (line, expected) => {
    expect(layers(line)).toEqual([expected]);
    expect(problems(line)).toEqual([]);
  });

  it('does not unwrap what a wrapper only inspects', () => {
    expect(layers('command -v rm')).toEqual([['command -v rm']]);
    expect(layers('sudo -l rm')).toEqual([['sudo -l rm']]);
    expect(layers('sudo -e /etc/hosts')).toEqual([['sudo -e /etc/hosts']]);
  });

  it('denies an unknown wrapper option rather than guess the program', () => {
    expect(problems('sudo -Q root rm -rf x')[0]).toMatch(/unknown option -Q of "sudo"/);
    expect(problems('timeout --bogus 5 rm -rf x')[0]).toMatch(/unknown option --bogus/);
    expect(problems('sudo $OPTS rm -rf x')[0]).toMatch(/known only at run time/);
  });

  it.each([['$X -rf /'], ['"$(echo rm)" -rf /'], ['${X:-rm} -rf /'], ['`echo rm` -rf /'], ['/bin/r? -rf /'], ['/bin/r[m] -rf /'], ['r* -rf /'], ['sudo $X -rf /']])(
    'a program name known only at run time is a problem: %j',
    (line) => {
      expect(problems(line).join()).toMatch(/cannot tell which program runs|known only at run time/);
    },
  );

  it('keeps dynamic arguments as written', () => {
    expect(inner('rm -rf "$HOME/x"')).toEqual(['rm -rf $HOME/x']);
    expect(problems('rm -rf "$HOME/x"')).toEqual([]);
    expect(inner('ls *.ts')).toEqual(['ls *.ts']);
  });
});

describe('redirections and tee are file accesses', () => {
  it.each([
    ['echo k > .env', ['write .env']],
    ['echo k >> log.txt', ['write log.txt']],
    ['cmd 2> err.txt', ['write err.txt']],
    ['cmd &> all.txt', ['write all.txt']],
    ['cmd &>> all.txt', ['write all.txt']],
    ['cmd >| x', ['write x']],
    ['cmd >& out', ['write out']],
    ['cat < in.txt', ['read in.txt']],
    ['cat <> f', ['write f', 'read f']],
    ['cmd > /dev/null 2>&1', []],
    ['cmd >&2', []],
    ['cmd 3>&-', []],
    ['echo x | tee -a a.txt b.txt', ['write a.txt', 'write b.txt']],
    ['{ echo x; } > grouped.txt', ['write grouped.txt']],
    ['(echo x) > sub.txt', ['write sub.txt']],
    ['while true; do :; done > loop.txt', ['write loop.txt']],
    ['if a; then b; fi 2> err.txt', ['write err.txt']],
    ['for i in 1; do :; done < in.txt', ['read in.txt']],
    ['while read l; do echo $l; done < <(git ls-files)', []],
    ['echo x | tee >(cat) out.txt', ['write out.txt']],
    ['echo k > ".e"nv', ['write .env']],
    ['echo k > src/../.env', ['write src/../.env']],
    ['echo 5 > count.txt', ['write count.txt']],
    ['seq 1 10 > nums', ['write nums']],
    ['cat <<EOF > out.txt\nbody\nEOF', ['write out.txt']],
  ])('%j', (line, expected) => {
    expect(files(line)).toEqual(expected);
    expect(problems(line)).toEqual([]);
  });

  it.each([['echo k > $F'], ['echo k > ~/.bashrc'], ['echo k > *.env'], ['echo k > "$(echo .env)"'], ['echo k | tee $F']])(
    'a target known only at run time is a problem: %j',
    (line) => {
      expect(problems(line).join()).toMatch(/cannot tell which file/);
    },
  );

  it('remembers directory changes for relative paths', () => {
    const a = analyzeCommand('cd secrets && echo x > key');
    expect(a.dirs).toEqual(['secrets']);
    expect(a.dirUnknown).toBeUndefined();
    expect(analyzeCommand('cd $D && echo x > key').dirUnknown).toBe('cd $D');
    expect(analyzeCommand('cd && echo x > key').dirUnknown).toBe('cd');
    expect(analyzeCommand('cd - && echo x > key').dirUnknown).toBe('cd -');
  });
});

describe('lines that cannot be analysed', () => {
  it.each([
    ['echo "unterminated'],
    ["echo 'unterminated"],
    ['echo $(unterminated'],
    ['echo `unterminated'],
    ['a=(1 2)'],
    ['if true; then'],
    ['echo a;; b'],
    ['function f { rm x; }'],
  ])('%j is a problem', (line) => {
    expect(problems(line)[0]).toMatch(/cannot parse the command line/);
  });

  it('an empty line has no command and no problem', () => {
    expect(analyzeCommand('   ')).toMatchObject({ commands: [], problems: [] });
  });
});

// A grammar of bash command lines for the oracle test (fast-check): simple commands with every
// quoting and expansion form, assignments propagated to later words, wrappers, nested shells,
// eval, functions, aliases, compound commands, substitutions inside parameter expansions and
// arithmetic, here-documents, here-strings, process substitution and redirections.
import fc from 'fast-check';

const PROGRAMS = ['rm', 'git', 'npm', 'curl', 'cat', 'python', 'node', 'tar', 'cp', 'mv', 'sed', 'grep', 'kubectl', 'docker', 'make', 'id', 'ls', 'touch'];
const LITERALS = ['x', 'a/b', '-rf', '-r', '-f', '--force', 'src', '.env', 'out.txt', 'origin', 'main', '+main', 'HEAD', 'push', '-C', '.', 'a b', '--', '-c', 'secrets/key'];

const program = fc.constantFrom(...PROGRAMS);
const literal = fc.constantFrom(...LITERALS);

function singleQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function doubleQuote(text: string): string {
  return `"${text.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** A command line (or a fragment of one) at a nesting depth. */
export function lineArbitrary(maxDepth = 2): fc.Arbitrary<string> {
  const { line } = fc.letrec<{ line: string; command: string; simple: string; word: string; atom: string; sub: string }>((tie) => ({
    // Short inner lines keep the nested cases readable and fast.
    sub: fc.oneof({ depthSize: 'small', maxDepth }, program.map((p) => p), tie('simple')),
    atom: fc.oneof(
      { depthSize: 'small', maxDepth },
      { arbitrary: literal, weight: 6 },
      { arbitrary: literal.map(singleQuote), weight: 2 },
      { arbitrary: literal.map(doubleQuote), weight: 2 },
      { arbitrary: literal.map((l) => `$'${l.replace(/'/g, "\\'")}'`), weight: 1 },
      { arbitrary: literal.map((l) => `\\${l}`), weight: 1 },
      { arbitrary: fc.constantFrom('$V', '"$V"', '${V}', '"$@"', '$F', '${W:-y}', '~', '{x,y}', '{1..2}', '*', '$((1+2))', '$[1]'), weight: 2 },
      { arbitrary: tie('sub').map((s) => `$(${s})`), weight: 2 },
      { arbitrary: tie('sub').map((s) => `\`${s.replace(/[`\\$]/g, '\\$&')}\``), weight: 1 },
      { arbitrary: tie('sub').map((s) => `"\${V:-$(${s})}"`), weight: 1 },
      { arbitrary: tie('sub').map((s) => `"\${V:-'$(${s})'}"`), weight: 1 },
      { arbitrary: tie('sub').map((s) => `\${V#$(${s})}`), weight: 1 },
      { arbitrary: tie('sub').map((s) => `$((a[$(${s})]))`), weight: 1 },
      { arbitrary: tie('sub').map((s) => `\${a[$(${s})]}`), weight: 1 },
      { arbitrary: tie('sub').map((s) => `"$(${s})"`), weight: 1 },
      { arbitrary: tie('sub').map((s) => `<(${s})`), weight: 1 },
    ),
    word: fc.array(tie('atom'), { minLength: 1, maxLength: 2, depthIdentifier: 'word' }).map((a) => a.join('')),
    simple: fc
      .record({
        assign: fc.option(fc.constantFrom('V=x', 'F=-rf', 'A=1 B=2', 'V=-f'), { nil: undefined }),
        program: fc.oneof(
          { arbitrary: program, weight: 8 },
          { arbitrary: program.map((p) => `/usr/bin/${p}`), weight: 1 },
          { arbitrary: program.map((p) => `"${p}"`), weight: 1 },
          { arbitrary: program.map((p) => `env A=1 ${p}`), weight: 1 },
          { arbitrary: program.map((p) => `env -- ${p}`), weight: 1 },
          { arbitrary: program.map((p) => `timeout 5 ${p}`), weight: 1 },
          { arbitrary: program.map((p) => `nice -n 1 ${p}`), weight: 1 },
          { arbitrary: program.map((p) => `command ${p}`), weight: 1 },
          { arbitrary: program.map((p) => `nohup ${p}`), weight: 1 },
          { arbitrary: program.map((p) => `builtin command ${p}`), weight: 1 },
        ),
        words: fc.array(tie('word'), { maxLength: 3 }),
        redirect: fc.option(fc.constantFrom('> out.txt', '>> a/log', '2> err.txt', '&> both.txt', '>| clobber', '> "$V.txt"', '1>a/b/one'), { nil: undefined }),
      })
      .map((r) => [r.assign, r.program, ...r.words, r.redirect].filter((x) => x !== undefined).join(' ')),
    command: fc.oneof(
      { depthSize: 'small', maxDepth },
      { arbitrary: tie('simple'), weight: 10 },
      { arbitrary: tie('line').map((l) => `bash -c ${singleQuote(l)}`), weight: 2 },
      { arbitrary: tie('line').map((l) => `sh -c ${doubleQuote(l)}`), weight: 1 },
      { arbitrary: tie('line').map((l) => `eval ${singleQuote(l)}`), weight: 1 },
      { arbitrary: tie('simple').map((s) => `(${s})`), weight: 1 },
      { arbitrary: tie('simple').map((s) => `{ ${s}; }`), weight: 1 },
      { arbitrary: fc.tuple(tie('simple'), tie('simple')).map(([a, b]) => `if ${a}; then ${b}; fi`), weight: 1 },
      { arbitrary: tie('simple').map((s) => `for i in x y; do ${s} $i; done`), weight: 1 },
      { arbitrary: tie('simple').map((s) => `case x in x) ${s};; esac`), weight: 1 },
      { arbitrary: tie('simple').map((s) => `f() { ${s} "$@"; }; f -rf x`), weight: 1 },
      { arbitrary: tie('simple').map((s) => `echo -rf x | xargs ${s}`), weight: 1 },
      { arbitrary: tie('simple').map((s) => `find . -maxdepth 0 -exec ${s} {} \\;`), weight: 1 },
      { arbitrary: tie('simple').map((s) => `{ cat <<EOF\n$(${s})\nEOF\n}`), weight: 1 },
      { arbitrary: tie('simple').map((s) => `{ bash <<'EOF'\n${s}\nEOF\n}`), weight: 1 },
      { arbitrary: tie('simple').map((s) => `bash <<< ${singleQuote(s)}`), weight: 1 },
      { arbitrary: tie('simple').map((s) => `set -- -rf x; ${s} "$@"`), weight: 1 },
      { arbitrary: tie('simple').map((s) => `cd a && ${s}`), weight: 1 },
      // Values and directories the line sets for later commands (src/match/shell-flow.ts).
      { arbitrary: fc.tuple(program, tie('word')).map(([p, w]) => `P=${p}; $P ${w}`), weight: 1 },
      { arbitrary: fc.tuple(program, literal, tie('simple')).map(([p, l, s]) => `C=${singleQuote(`${p} ${l}`)}; $C && ${s}`), weight: 1 },
      { arbitrary: fc.tuple(literal, tie('simple')).map(([l, s]) => `W=${singleQuote(l)}; ${s} $W "$W"`), weight: 1 },
      { arbitrary: fc.tuple(program, literal).map(([p, l]) => `set -- ${p} ${singleQuote(l)}; "$@"; $@`), weight: 1 },
      {
        arbitrary: fc
          .tuple(fc.constantFrom('cd a', 'cd a/b', 'cd ..', 'cd nowhere', 'cd src', 'pushd sub >/dev/null'), fc.constantFrom(' && ', '; ', ' || '), fc.constantFrom('cd ..', 'cd b', 'true', 'cd -P ..'), fc.constantFrom(' && ', '; ', ' || '), tie('simple'))
          .map(([a, o1, b, o2, s]) => `${a}${o1}${b}${o2}${s}`),
        weight: 2,
      },
      { arbitrary: tie('simple').map((s) => `(( $(${s}) ))`), weight: 1 },
      { arbitrary: tie('simple').map((s) => `X=$(${s}); echo $X`), weight: 1 },
      { arbitrary: tie('simple').map((s) => `{ shopt -s expand_aliases\nalias g=${singleQuote(s)}\ng -rf\n}`), weight: 1 },
    ),
    line: fc
      .tuple(tie('command'), fc.array(fc.tuple(fc.constantFrom(' && ', ' || ', '; ', ' | ', '\n', ' & '), tie('command')), { maxLength: 1 }))
      .map(([first, rest]) => first + rest.map(([op, c]) => op + c).join('')),
  }));
  return line;
}

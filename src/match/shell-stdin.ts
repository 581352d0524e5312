// What a command reads on its standard input (its here-documents and here-strings, a file, a
// pipe) and which of it is static text the analysis can read as commands (`bash <<'EOF'`,
// `ssh HOST <<'EOF'`, `crontab <<'EOF'`, `apply_patch <<'EOF'`); and the static text a command
// writes (`cat <<'EOF' > s.sh`), which a later command may run.
import type { ShellWord } from './shell-lex.js';
import type { RawCommand } from './shell-parse.js';

/** Standing for a `<`, `<>` or `<&` redirection among a command's standard inputs: a file's text, known only at run time. */
const FILE_INPUT: ShellWord = { start: 0, end: 0, raw: '<', value: '<', dynamic: true, glob: false, tilde: false, subs: [], parseEnd: 0 };

/** Standing for a pipe among a command's standard inputs (`a | cmd`): the output of another command, known only at run time. */
const PIPE_INPUT: ShellWord = { ...FILE_INPUT, raw: '|', value: '|' };

/**
 * A command's standard inputs: its here-documents and here-strings, FILE_INPUT when a redirection
 * reads a file there, and, when it has none of its own and reads a pipe from `producer`, the
 * producer's output: its text when that is static (`echo 'rm -rf x' | sh` reads `rm -rf x`, as a
 * here-string would give it), else PIPE_INPUT.
 */
export function stdinOf(cmd: RawCommand, producer?: RawCommand): readonly ShellWord[] {
  const fromFile = cmd.redirects.some((r) => r.op === '<' || r.op === '<>' || r.op === '<&');
  const own = fromFile ? [...cmd.stdin, FILE_INPUT] : cmd.stdin;
  if (!producer || own.length > 0) return own;
  const text = writtenText(producer);
  return [text === undefined ? PIPE_INPUT : { ...PIPE_INPUT, value: text, dynamic: false, hereString: true }];
}

/** The command whose output the c-th command of a list reads (`a | cmd`, `a |& cmd`), if any. */
export function pipedFrom(commands: readonly RawCommand[], ops: readonly (string | undefined)[] | undefined, c: number): RawCommand | undefined {
  return c > 0 && (ops?.[c - 1] === '|' || ops?.[c - 1] === '|&') ? commands[c - 1] : undefined;
}

/**
 * The texts a command may read on its standard input. bash reads the last input redirection, but
 * the parser keeps here-documents, here-strings and `<` redirections apart and out of order, so
 * every static text is returned; `unknown` when one of the inputs is not text on the line (a word
 * known only at run time, a file).
 */
export function stdinTexts(stdin: readonly ShellWord[]): { texts: string[]; unknown: boolean } {
  const texts: string[] = [];
  let unknown = false;
  for (const w of stdin) {
    if (w.dynamic || (!w.heredoc && !w.hereString)) unknown = true;
    else texts.push(w.heredoc ? w.heredoc.body : w.value);
  }
  // In a fixed order, not the parser's: the simple-list reading finds the same texts in another.
  if (texts.length > 1) texts.sort();
  return { texts, unknown };
}

/** The one static text on a command's standard input; undefined when there is none, or more than one input. */
export function onlyStdinText(stdin: readonly ShellWord[]): string | undefined {
  const { texts, unknown } = stdinTexts(stdin);
  return !unknown && texts.length === 1 ? texts[0] : undefined;
}

/** The text a command writes to its output when it is static: `cat` of a literal here-document, `echo` of literal words. */
export function writtenText(cmd: RawCommand): string | undefined {
  // Indexed from 1, not destructured (`[prog, ...args]`): this is asked of every command a pipe reads and every file written.
  const argv = cmd.argv;
  const prog = argv[0];
  if (!prog || prog.dynamic) return undefined;
  if (prog.value === 'cat' && everyArgument(argv, (a) => a.value === '-' && !a.dynamic)) {
    return onlyStdinText(stdinOf(cmd));
  }
  // Without a backslash: zsh's echo, and bash's under xpg_echo (macOS's /bin/sh), read `\n` as a newline.
  if (prog.value === 'echo' && argv.length > 1 && everyArgument(argv, (a) => !a.dynamic && !a.glob && !a.value.startsWith('-') && !a.value.includes('\\'))) {
    return argv.slice(1).map((a) => a.value).join(' ');
  }
  return undefined;
}

/** Whether every word after the program (argv[0]) is as `test` asks. */
function everyArgument(argv: readonly ShellWord[], test: (a: ShellWord) => boolean): boolean {
  for (let k = 1; k < argv.length; k++) if (!test(argv[k]!)) return false;
  return true;
}

/** The commands of crontab lines (`m h dom mon dow command`): each line's sixth field on. */
export function cronCommands(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#') && !/^[A-Za-z_][A-Za-z0-9_]*\s*=/.test(l))
    .map((l) => (l.startsWith('@') ? l.split(/\s+/).slice(1) : l.split(/\s+/).slice(5)).join(' '))
    .join('\n');
}

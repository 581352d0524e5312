// Words a command evaluates as code although the shell passes them as data (SPEC 3: "code that
// bash executes inside expansions, arithmetic and array subscripts" is found, and what is not
// followed is opaque):
//   - builtins that take a variable name evaluate its array subscript, running any `$(…)` in it,
//     quoted or not: `let 'y=a[$(…)]'`, `test -v 'a[$(…)]'`, `printf -v 'a[$(…)]'`, `read 'a[$(…)]'`,
//     `unset 'a[$(…)]'`; `let` evaluates each argument as arithmetic;
//   - `${x@P}` expands x as a prompt string, which runs the `$(…)` in x's value;
//   - GNU sed runs commands from its script (`e`, the `e` flag of `s`) and reads or writes the
//     files a script names (`r`, `R`, `w`, `W`, the `w` flag);
//   - socat's EXEC: and SYSTEM: addresses run a command (src/command/socat-address.ts).
// Each is an opaque problem (./decide-opaque.ts): commands.opaque decides, and a deny that some
// reading of the code meets denies (./opaque-denies.ts).
import type { CommandProblem } from '../match/command.js';
import type { Arg } from '../match/shell-wrappers.js';
import { socatRunsCode } from '../command/socat-address.js';

function runsSubstitution(v: string): boolean {
  return v.includes('$(') || v.includes('`');
}

/** A variable name with a subscript holding a command substitution. */
function subscriptCode(v: string): boolean {
  const open = v.indexOf('[');
  return open >= 0 && runsSubstitution(v.slice(open));
}

/** `${NAME@P}` anywhere in the word. */
function promptExpansion(v: string): boolean {
  for (let at = v.indexOf('@P}'); at >= 0; at = v.indexOf('@P}', at + 1)) {
    if (v.lastIndexOf('${', at) >= 0) return true;
  }
  return false;
}

/** The values of `-v NAME` / `-vNAME`-style options (`test -v`, `printf -v`). */
function optionValues(args: readonly Arg[], option: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const v = args[k]!.value;
    if (v === option && k + 1 < args.length) out.push(args[k + 1]!.value);
    else if (v.startsWith(option) && v.length > option.length && option.length === 2) out.push(v.slice(2));
  }
  return out;
}

/** The command as the finding shows it. */
const commandText = (argv: readonly Arg[]): string => argv.map((a) => a.value).join(' ');

/** The programs whose arguments evaluatedWords reads (the cases of its switch): any other has none it evaluates. */
const EVALUATING = new Set(['let', 'test', '[', 'printf', 'read', 'unset', 'getopts', 'mapfile', 'readarray', 'wait', 'sed', 'gsed', 'socat']);

/** What in `argv` (program first) is code the analysis does not see, if anything. */
export function evaluatedWords(name: string, argv: readonly Arg[]): CommandProblem | undefined {
  if (argv.some((a) => a.dynamic && promptExpansion(a.value))) {
    return { reason: 'a ${NAME@P} expansion reads the variable as a prompt string, which runs the command substitutions it holds', command: commandText(argv) };
  }
  // (Asked of every program of every line: most are none of these, and need no copy of their arguments.)
  if (!EVALUATING.has(name)) return undefined;
  const args = argv.slice(1);
  let names: string[] = [];
  switch (name) {
    case 'let':
      names = args.filter((a) => runsSubstitution(a.value)).map((a) => a.value);
      if (names.length) return { reason: '"let" evaluates its arguments as arithmetic, which runs the command substitutions in them', command: commandText(argv) };
      return undefined;
    case 'test':
    case '[':
      names = [...optionValues(args, '-v'), ...optionValues(args, '-R')];
      break;
    case 'printf':
      names = optionValues(args, '-v');
      break;
    case 'read':
    case 'unset':
    case 'getopts':
    case 'mapfile':
    case 'readarray':
    case 'wait':
      names = args.map((a) => a.value);
      break;
    case 'sed':
    case 'gsed':
      return sedProblem(name, args, commandText(argv));
    case 'socat': {
      // The command is one quoted word, so a deny it meets is seen (./opaque-denies.ts reads it as shell code).
      const runs = socatRunsCode(args);
      const quoted = runs && `'${runs.code.replace(/'/g, `'\\''`)}'`;
      return runs ? { reason: `socat's address "${runs.address}" runs a command the line does not show`, command: `socat ${quoted}` } : undefined;
    }
    default:
      return undefined;
  }
  if (names.some(subscriptCode)) {
    return { reason: `"${name}" evaluates the array subscript of a variable name it is given, which runs the command substitution in it`, command: commandText(argv) };
  }
  return undefined;
}

/** The sed scripts of a command line: every -e / --expression value, or else the first operand. */
function sedScripts(args: readonly Arg[]): Arg[] | undefined {
  const scripts: Arg[] = [];
  let first: Arg | undefined;
  let ended = false;
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    const v = a.value;
    if (!ended && v === '--') ended = true;
    else if (!ended && (v === '-e' || v === '--expression')) {
      const next = args[++k];
      if (next) scripts.push(next);
    } else if (!ended && v.startsWith('--expression=')) scripts.push({ ...a, value: v.slice('--expression='.length) });
    else if (!ended && /^-[a-zA-Z]*e/.test(v) && !v.startsWith('--')) {
      const at = v.indexOf('e');
      if (at + 1 < v.length) scripts.push({ ...a, value: v.slice(at + 1) });
      else {
        const next = args[++k];
        if (next) scripts.push(next);
      }
    } else if (!ended && (v === '-l' || v === '--line-length' || v === '-f' || v === '--file')) k++;
    else if ((ended || !v.startsWith('-')) && first === undefined) first = a;
  }
  if (scripts.length) return scripts;
  return first ? [first] : [];
}

function sedProblem(name: string, args: readonly Arg[], shown: string): CommandProblem | undefined {
  const scripts = sedScripts(args) ?? [];
  for (const s of scripts) {
    if (s.dynamic) return { reason: `the ${name} script is known only at run time: it may run commands (e) or write files (w)`, command: shown };
    const what = sedScriptHazard(s.value);
    if (what) return { reason: `the ${name} script ${what}`, command: shown };
  }
  return undefined;
}

/** Whether a sed script runs commands or names files; undefined when it does neither. Unsure is a hazard. */
export function sedScriptHazard(script: string): string | undefined {
  const n = script.length;
  let i = 0;
  const skipDelimited = (delim: string): boolean => {
    // From just after an opening delimiter to just after the closing one; `\` escapes.
    while (i < n && script[i] !== delim && script[i] !== '\n') i += script[i] === '\\' ? 2 : 1;
    if (i >= n || script[i] !== delim) return false;
    i++;
    return true;
  };
  while (i < n) {
    const c = script[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === ';' || c === '{' || c === '}' || c === '!') {
      i++;
      continue;
    }
    // Addresses: line numbers, $, /regex/, \cREGEXc, ranges and steps.
    if (/[0-9$,~+]/.test(c)) {
      i++;
      continue;
    }
    if (c === '/' || c === '\\') {
      const delim = c === '/' ? '/' : script[i + 1] ?? '';
      i += c === '/' ? 1 : 2;
      if (!skipDelimited(delim)) return 'cannot be read (an unterminated address)';
      while (i < n && (script[i] === 'I' || script[i] === 'M')) i++;
      continue;
    }
    i++;
    switch (c) {
      case 'e':
        return 'runs a command (the e command)';
      case 'r':
      case 'R':
      case 'w':
      case 'W':
        return `reads or writes a file it names (the ${c} command)`;
      case 's':
      case 'y': {
        const delim = script[i] ?? '';
        if (delim === '' || delim === '\n' || delim === '\\') return 'cannot be read';
        i++;
        if (!skipDelimited(delim) || !skipDelimited(delim)) return 'cannot be read (an unterminated s or y command)';
        if (c === 's') {
          while (i < n && !/[;\n}]/.test(script[i]!)) {
            const f = script[i]!;
            if (f === 'e') return 'runs the pattern space as a command (the e flag of s)';
            if (f === 'w' || f === 'W') return 'writes a file it names (the w flag of s)';
            i++;
          }
        }
        break;
      }
      case 'a':
      case 'i':
      case 'c':
      case 'b':
      case 't':
      case 'T':
      case ':':
      case 'l':
      case 'L':
      case 'q':
      case 'Q':
        // Text, a label or a number up to the end of the line (labels also end at `;`).
        while (i < n && script[i] !== '\n' && !(c !== 'a' && c !== 'i' && c !== 'c' && script[i] === ';')) i++;
        break;
      case 'p':
      case 'P':
      case 'd':
      case 'D':
      case 'n':
      case 'N':
      case 'g':
      case 'G':
      case 'h':
      case 'H':
      case 'x':
      case '=':
      case 'z':
      case 'F':
      case '#':
        if (c === '#') while (i < n && script[i] !== '\n') i++;
        break;
      default:
        return `cannot be read (command "${c}")`;
    }
  }
  return undefined;
}

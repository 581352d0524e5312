// Programs that run another program given on their command line (`sudo rm …`, `timeout 5 curl …`).
// Each is described by its options so that the wrapped command is found exactly; an option we do
// not know makes the command undecidable (denied), never silently mis-split.
import { ownEntries } from './own.js';
import { readShortCluster, type ShortLetter } from './short-options.js';

/** A word of a simple command after quote removal and brace expansion. */
export interface Arg {
  value: string;
  /** Expanded at run time ($X, $(…)), globbed, or tilde-expanded: not known statically. */
  dynamic: boolean;
  /** Starts with an unquoted `~` (home directory). */
  tilde?: boolean;
  /** A directory a program runs in that the line does not name (src/match/shell-cwd.ts): any override's. */
  anyDir?: boolean;
  /** With anyDir: the directory (as written) the program's directories lie below; absent: anywhere. */
  under?: string;
  /** Exactly one process substitution `<(…)` / `>(…)`: a pipe, not a file. */
  procsub?: boolean;
  /** Known only at run time, but one word whatever it expands to (`"$X"`): absent when it may split (`$X`, a glob) or is not known. */
  oneWord?: boolean;
}

interface Spec {
  /** Short flags without a value. */
  short?: string;
  /** Short options taking a value (attached or the next word). */
  shortArg?: string;
  /** Short options whose value, if any, is attached (`xargs -i{}`). */
  shortOpt?: string;
  long?: string[];
  longArg?: string[];
  /** Long options whose value, if any, follows `=`. */
  longOpt?: string[];
  /** `nice -5 cmd` */
  numeric?: boolean;
  /** Operands before the command (`timeout DURATION cmd`). */
  positionals?: number;
  /** NAME=value words before the command (env, sudo). */
  assignments?: boolean;
  /** Options after which the remaining words are not a command (`command -v x`, `sudo -e file`). */
  noCommand?: string;
  noCommandLong?: string[];
  /** `env -S 'cmd args'`: the option value is split into words. */
  split?: string;
  splitLong?: string;
  /** A lone `-` is an option (env: same as -i). */
  dashFlag?: boolean;
}

const WRAPPERS: Record<string, Spec> = {
  sudo: {
    short: 'AbEeHiKkLlnPSsVv',
    shortArg: 'CDghpRrtTUu',
    long: ['askpass', 'background', 'bell', 'preserve-groups', 'set-home', 'login', 'remove-timestamp',
      'reset-timestamp', 'non-interactive', 'stdin', 'shell', 'validate', 'version', 'help', 'list', 'edit'],
    longArg: ['chdir', 'close-from', 'group', 'host', 'prompt', 'chroot', 'role', 'type', 'command-timeout',
      'other-user', 'user'],
    longOpt: ['preserve-env'],
    assignments: true,
    noCommand: 'elV',
    noCommandLong: ['edit', 'list', 'version', 'help'],
  },
  doas: { short: 'nsL', shortArg: 'uC', noCommand: 'L' },
  env: {
    short: 'i0v',
    shortArg: 'uCP',
    long: ['ignore-environment', 'null', 'debug', 'list-signal-handling'],
    longArg: ['unset', 'chdir'],
    longOpt: ['block-signal', 'default-signal', 'ignore-signal'],
    assignments: true,
    split: 'S',
    splitLong: 'split-string',
    dashFlag: true,
  },
  command: { short: 'pvV', noCommand: 'vV' },
  builtin: {},
  exec: { short: 'cl', shortArg: 'a' },
  nohup: {},
  nice: { shortArg: 'n', longArg: ['adjustment'], numeric: true },
  ionice: { short: 't', shortArg: 'cnpPu', noCommand: 'pPu' },
  time: { short: 'apqv', shortArg: 'fo', long: ['append', 'portability', 'quiet', 'verbose'], longArg: ['format', 'output'] },
  timeout: {
    short: 'v',
    shortArg: 'sk',
    long: ['preserve-status', 'foreground', 'verbose'],
    longArg: ['signal', 'kill-after'],
    positionals: 1,
  },
  xargs: {
    short: '0prtxo',
    shortArg: 'aEdILnPs',
    shortOpt: 'eil',
    long: ['null', 'interactive', 'no-run-if-empty', 'verbose', 'exit', 'open-tty', 'show-limits'],
    longArg: ['arg-file', 'delimiter', 'max-args', 'max-procs', 'max-chars', 'process-slot-var'],
    longOpt: ['eof', 'replace', 'max-lines'],
  },
  stdbuf: { shortArg: 'ioe', longArg: ['input', 'output', 'error'] },
  setsid: { short: 'cfw', long: ['ctty', 'fork', 'wait'] },
  unbuffer: { short: 'p' },
  taskset: { short: 'acp', long: ['all-tasks', 'pid', 'cpu-list'], positionals: 1, noCommand: 'p', noCommandLong: ['pid'] },
  coproc: {},
  busybox: {},
  toybox: {},
  noglob: {},
  nocorrect: {},
  // `cross-env NODE_ENV=production CMD`: NAME=value words, then the command (no options).
  'cross-env': { assignments: true },
  // `gosu USER CMD`, `su-exec USER CMD`: the user, then the command.
  gosu: { positionals: 1 },
  'su-exec': { positionals: 1 },
  'dumb-init': { short: 'cvV', shortArg: 'r', long: ['single-child', 'verbose', 'version'], longArg: ['rewrite'], noCommand: 'V', noCommandLong: ['version'] },
  chronic: { short: 'evb' },
  ifne: { short: 'n' },
  // `eatmydata CMD` (fsync disabled), daemontools' `fghack CMD`, `pgrphack CMD`, `setuidgid USER
  // CMD`, `envuidgid USER CMD`, `softlimit -m BYTES CMD`, and grc's colouriser `grc CMD`.
  eatmydata: {},
  fghack: {},
  pgrphack: {},
  setuidgid: { positionals: 1 },
  envuidgid: { positionals: 1 },
  softlimit: { shortArg: 'acdfmloprst' },
  grc: { short: 'es', shortArg: 'c', long: ['stderr', 'stdout'], longArg: ['config'], longOpt: ['colour'] },
  'xvfb-run': {
    short: 'al',
    shortArg: 'nsefpw',
    long: ['auto-servernum', 'listen-tcp', 'help'],
    longArg: ['server-num', 'server-args', 'error-file', 'auth-file', 'xauth-protocol', 'wait'],
  },
};

/** env and sudo take any NAME=VALUE word before the command (env even `A+=1`, as a name `A+`). */
const ENV_ASSIGNMENT = /^[^=-][^=]*=/;

const WRAPPERS_BY_NAME = ownEntries(WRAPPERS);

export function isWrapper(exe: string): boolean {
  return WRAPPERS_BY_NAME.has(exe);
}

/** Whether the wrapper takes NAME=value words that set the environment of the command it runs (env, sudo, cross-env). */
export function setsEnvironment(exe: string): boolean {
  return WRAPPERS_BY_NAME.get(exe)?.assignments === true;
}

export type Unwrapped =
  | { kind: 'inner'; args: Arg[] }
  | { kind: 'none' }
  | { kind: 'problem'; reason: string };

/** What `exe args…` runs, when exe is a wrapper. */
export function unwrap(exe: string, args: readonly Arg[], splitWords: (s: string) => Arg[] | undefined): Unwrapped {
  const spec = WRAPPERS_BY_NAME.get(exe);
  if (!spec) return { kind: 'none' };
  let k = 0;
  let none = false;
  const unknown = (opt: string): Unwrapped => ({
    kind: 'problem',
    reason: `unknown option ${opt} of "${exe}": cannot tell which program it runs`,
  });
  while (k < args.length) {
    const a = args[k]!;
    const v = a.value;
    if (a.dynamic && !(spec.assignments && ENV_ASSIGNMENT.test(v))) {
      return { kind: 'problem', reason: `"${exe}" is given a word known only at run time (${v}): cannot tell which program it runs` };
    }
    if (v === '--') {
      k++;
      break;
    }
    if (v === '-' && spec.dashFlag) {
      k++;
      continue;
    }
    if (v.startsWith('--') && v.length > 2) {
      const eq = v.indexOf('=');
      const name = v.slice(2, eq < 0 ? undefined : eq);
      if (spec.splitLong === name) {
        const text = eq < 0 ? args[k + 1]?.value : v.slice(eq + 1);
        const rest = args.slice(eq < 0 ? k + 2 : k + 1);
        return splitThen(exe, text, rest, splitWords);
      }
      if (spec.longArg?.includes(name)) k += eq < 0 ? 2 : 1;
      else if (spec.long?.includes(name) || spec.longOpt?.includes(name)) k++;
      else return unknown(v);
      if (spec.noCommandLong?.includes(name)) none = true;
      continue;
    }
    if (v.startsWith('-') && v.length > 1) {
      if (spec.numeric && /^-\d+$/.test(v)) {
        k++;
        continue;
      }
      const c = readShortCluster(v, (ch) => wrapperLetter(spec, ch));
      if (c.unknown !== undefined) return unknown(`-${c.unknown}`);
      if (c.valued !== undefined && c.valued === spec.split) {
        const text = c.attached ?? args[k + 1]?.value;
        return splitThen(exe, text, args.slice(c.attached !== undefined ? k + 1 : k + 2), splitWords);
      }
      if ((c.valued === undefined ? c.flags : [...c.flags, c.valued]).some((ch) => spec.noCommand?.includes(ch))) none = true;
      k += c.nextWord ? 2 : 1;
      continue;
    }
    if (spec.assignments && ENV_ASSIGNMENT.test(v)) {
      k++;
      continue;
    }
    break;
  }
  k += spec.positionals ?? 0;
  if (none || k >= args.length) return { kind: 'none' };
  return { kind: 'inner', args: args.slice(k) };
}

/** What a letter of a wrapper's cluster is (`env -S` splits its value into words: a letter that takes a value). */
function wrapperLetter(spec: Spec, ch: string): ShortLetter {
  if (spec.split === ch || spec.shortArg?.includes(ch)) return 'value';
  if (spec.shortOpt?.includes(ch)) return 'optional-value';
  return spec.short?.includes(ch) ? 'flag' : 'unknown';
}

function splitThen(exe: string, text: string | undefined, rest: Arg[], splitWords: (s: string) => Arg[] | undefined): Unwrapped {
  if (text === undefined) return { kind: 'none' };
  const words = splitWords(text);
  if (!words) return { kind: 'problem', reason: `cannot split the string given to "${exe} -S"` };
  return unwrap(exe, [...words, ...rest], splitWords);
}

/** Shells whose `-c STRING` is itself a command line. */
export const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'mksh', 'ash', 'yash', 'posh', 'rbash', 'ksh93', 'lksh', 'oksh', 'loksh']);

export type ShellInvocation =
  | { kind: 'string'; text: Arg }
  | { kind: 'script'; script?: Arg }
  | { kind: 'stdin' }
  | { kind: 'problem'; reason: string };

/**
 * `bash script.sh ARG…`: the script's own arguments (its `$1`…), which may name files it reads;
 * undefined when the shell runs no script file (`-c`, standard input).
 */
export function shellScriptArguments(exe: string, args: readonly Arg[]): Arg[] | undefined {
  const inv = shellInvocation(exe, args);
  if (inv.kind !== 'script' || !inv.script) return undefined;
  return args.slice(args.indexOf(inv.script) + 1);
}

/** How `sh [options] …` gets its commands. */
export function shellInvocation(exe: string, args: readonly Arg[]): ShellInvocation {
  let k = 0;
  let c = false;
  while (k < args.length) {
    const a = args[k]!;
    const v = a.value;
    if (a.dynamic && (v.startsWith('-') || v.startsWith('+') || v.startsWith('$'))) {
      return { kind: 'problem', reason: `"${exe}" is given options known only at run time (${v})` };
    }
    if (v === '--' || v === '-') {
      k++;
      break;
    }
    if (v === '--rcfile' || v === '--init-file') {
      return { kind: 'problem', reason: `"${exe} ${v}" runs a start-up file, which cannot be checked` };
    }
    if (v.startsWith('--')) {
      k++;
      continue;
    }
    if ((v.startsWith('-') || v.startsWith('+')) && v.length > 1) {
      // Not readShortCluster: each `o`/`O` of a shell's cluster takes a word after it, and the cluster goes on (`-oo errexit nounset`).
      let values = 0;
      for (const ch of v.slice(1)) {
        if (ch === 'c') c = true;
        else if (ch === 'o' || ch === 'O') values++;
      }
      k += 1 + values;
      continue;
    }
    break;
  }
  if (c) {
    const text = args[k];
    return text ? { kind: 'string', text } : { kind: 'script' };
  }
  return k < args.length ? { kind: 'script', script: args[k] } : { kind: 'stdin' };
}

/** `su -c STRING`, `runuser -c STRING`: the string, if any. */
export function suCommand(args: readonly Arg[]): Arg | undefined {
  for (let k = 0; k < args.length; k++) {
    const v = args[k]!.value;
    if (v === '-c' || v === '--command' || v === '--session-command') return args[k + 1];
    if (v.startsWith('--command=') || v.startsWith('--session-command=')) {
      return { value: v.slice(v.indexOf('=') + 1), dynamic: args[k]!.dynamic };
    }
    // Not readShortCluster: every letter before a final `c` is taken for a flag, su's valued -s, -g, -G and -w too.
    if (/^-[a-zA-Z]*c$/.test(v)) return args[k + 1];
  }
  return undefined;
}

/**
 * The string xargs replaces with each input line (`-I R`, `-iR`, `-i`, `--replace[=R]`: `{}` by
 * default), if it replaces. Its options end at the command it runs (its first operand).
 */
export function xargsReplace(words: readonly Arg[]): string | undefined {
  const spec = WRAPPERS.xargs!;
  for (let k = 0; k < words.length; k++) {
    const v = words[k]!.value;
    if (v === '--' || !v.startsWith('-') || v === '-') return undefined;
    if (v === '--replace') return '{}';
    if (v.startsWith('--replace=')) return v.slice('--replace='.length) || '{}';
    if (v.startsWith('--')) {
      if (!v.includes('=') && spec.longArg!.includes(v.slice(2))) k++;
      continue;
    }
    // A cluster: -I takes a value (attached or the next word), -i an optional attached one; any other
    // letter not in shortArg is read as a flag (-e and -l too, though their value is optional).
    const c = readShortCluster(v, (ch) => (ch === 'i' ? 'optional-value' : spec.shortArg!.includes(ch) ? 'value' : 'flag'));
    if (c.valued === 'I') return c.attached ?? words[k + 1]?.value;
    if (c.valued === 'i') return c.attached ?? '{}';
    if (c.nextWord) k++;
  }
  return undefined;
}

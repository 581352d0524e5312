// What a line does to its own shell before a later command runs (SPEC 3: "assignments made
// earlier on the same line are propagated"; `cd` moves the directory later commands run in).
// Only the top level of a simple list is followed (no loops, functions or groups): there each
// command runs once, in order, and an and-or list's structure says which commands ran before it.
//
// Variables: a variable assigned once with a literal, by an assignment that surely runs before the
// use, stands for that literal. Anything that may write a variable in a way not followed here (a
// builtin that assigns names, arithmetic, `${x:=…}`, a function, `eval` of run-time text, `source`,
// a trap, `declare -l` …) makes the name, or every name, unknown again: the use stays a run-time
// word, opaque as before. Nothing here can turn a command the engine saw into another one.
import type { Arg } from './shell-wrappers.js';

/** Names bash gives a meaning of its own (assigning them does not stick, or changes the shell). */
const SPECIAL = new Set([
  'IFS', 'PATH', 'PWD', 'OLDPWD', 'RANDOM', 'SRANDOM', 'SECONDS', 'LINENO', 'HISTCMD', 'EPOCHSECONDS', 'EPOCHREALTIME',
  'FUNCNAME', 'GROUPS', 'DIRSTACK', 'PPID', 'UID', 'EUID', 'SHELLOPTS', 'BASHOPTS', 'PIPESTATUS', 'OPTIND', 'OPTARG',
  'OPTERR', 'REPLY', 'MAPFILE', 'COPROC', 'HOSTNAME', 'HOSTTYPE', 'MACHTYPE', 'OSTYPE', 'SHLVL', 'HISTFILE',
  'HISTSIZE', 'POSIXLY_CORRECT', 'TMOUT', 'CDPATH', 'HOME', 'ENV', 'PS1', 'PS2', 'PS3', 'PS4', 'PROMPT_COMMAND',
  'GLOBIGNORE', 'FIGNORE', 'HISTIGNORE', 'TIMEFORMAT', 'LANG', 'LC_ALL', 'LC_COLLATE', 'LC_CTYPE', 'INPUTRC', '_',
]);

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A variable whose literal value can stand for its uses. */
export function trackable(name: string): boolean {
  return NAME.test(name) && !SPECIAL.has(name) && !name.startsWith('BASH') && !name.startsWith('COMP_') && !name.startsWith('LC_');
}

/** Builtins (and keywords read as words) that change variables or what later words mean in ways not followed: every name becomes unknown. */
const UNFOLLOWED = new Set([
  'alias', 'unalias', 'bind', 'compgen', 'complete', 'compopt', 'declare', 'typeset', 'local', 'readonly', 'enable',
  'fc', 'let', 'shopt', 'source', '.', 'trap', 'coproc', 'shift', '[[', 'select', 'caller', 'history',
]);

/** Builtins that assign the names they are given (and nothing else a use here could see). */
const ASSIGNS_NAMES = new Set(['read', 'mapfile', 'readarray', 'getopts', 'unset', 'export', 'printf', 'wait']);

export interface VarState {
  env: Map<string, string>;
  /** The positional parameters, once `set -- …` gave them literally. */
  positional?: string[];
  /** Something not followed may have written any variable: no use is substituted any more. */
  off: boolean;
}

/**
 * Whether TEXT has a construct that may assign variables where this module does not look:
 * arithmetic (`((…))`, `$((…))`, `$[…]`), subscripts and `${x:=…}`-style expansions, IFS.
 * A linear scan, no RegExp.
 */
export function varsRisky(text: string): boolean {
  if (text.includes('((') || text.includes('$[') || text.includes('IFS')) return true;
  for (let at = text.indexOf('${'); at >= 0; at = text.indexOf('${', at + 2)) {
    let k = at + 2;
    if (text[k] === '#') k++;
    const from = k;
    while (k < text.length && /[A-Za-z0-9_]/.test(text[k]!)) k++;
    if (k === from) return true; // ${!x}, ${@…}, ${1…}: indirection or positional forms
    const c = text[k];
    const d = text[k + 1];
    if (c === '}' || c === '@' || c === '-' || c === '+' || c === '#' || c === '%' || c === '/' || c === '^' || c === ',') continue;
    if (c === ':' && (d === '-' || d === '+')) continue;
    return true; // `${x:=…}`, `${x=…}`, `${x:1}`, `${x[…]}` …
  }
  return false;
}

/** What running `exe rest…` (one layer of a simple command, at any depth) does to the variable state. */
export function builtinEffects(vars: VarState, exe: string, rest: readonly Arg[]): void {
  if (vars.off) return;
  if (UNFOLLOWED.has(exe)) {
    vars.off = true;
    return;
  }
  if (exe === 'eval' && rest.some((a) => a.dynamic)) vars.off = true;
  else if ((exe === 'test' || exe === '[') && rest.some((a) => a.value === '-v' || a.value === '-R')) vars.off = true;
  else if ((exe === 'mapfile' || exe === 'readarray') && rest.some((a) => /^-[A-Za-z]*C/.test(a.value))) vars.off = true;
  else if (ASSIGNS_NAMES.has(exe)) {
    if (exe === 'printf' && !rest.some((a) => a.dynamic || a.value.startsWith('-v'))) return;
    if (exe === 'wait' && !rest.some((a) => a.dynamic || /^-[A-Za-z]*p/.test(a.value))) return;
    for (const a of rest) {
      if (a.dynamic || a.value.includes('[')) {
        vars.off = true;
        return;
      }
      if (a.value.startsWith('-')) {
        // `-vNAME`, `-rs`: an option cluster may carry a name; not followed.
        if (a.value.length > 2) {
          vars.off = true;
          return;
        }
        continue;
      }
      const eq = a.value.indexOf('=');
      const name = eq < 0 ? a.value : a.value.slice(0, a.value[eq - 1] === '+' ? eq - 1 : eq);
      vars.env.delete(name);
    }
  }
}

/** An assignment word `NAME=literal` whose value is known exactly (no expansion, no tilde, no subscript, no `+=`). */
export function literalAssignment(raw: string, value: string, dynamic: boolean): { name: string; value: string } | undefined {
  if (dynamic || raw.includes('~')) return undefined;
  const eq = value.indexOf('=');
  if (eq <= 0) return undefined;
  const name = value.slice(0, eq);
  if (!NAME.test(name) || !raw.startsWith(`${name}=`)) return undefined;
  return { name, value: value.slice(eq + 1) };
}

type Use = { kind: 'name'; name: string; quoted: boolean } | { kind: 'positional'; which: '@' | '*' | number; quoted: boolean };

/** A word that is exactly one expansion: `$x`, `${x}`, `"$x"`, `"${x}"`, `$@`, `"$@"`, `$*`, `"$*"`, `$1`, `"${1}"` … */
function wholeWordUse(raw: string): Use | undefined {
  let inner = raw;
  let quoted = false;
  if (raw.length >= 3 && raw.startsWith('"') && raw.endsWith('"')) {
    inner = raw.slice(1, -1);
    quoted = true;
  }
  if (!inner.startsWith('$') || inner.includes('"') || inner.includes("'")) return undefined;
  let body = inner.slice(1);
  if (body.startsWith('{')) {
    if (!body.endsWith('}')) return undefined;
    body = body.slice(1, -1);
  }
  if (body === '@' || body === '*') return { kind: 'positional', which: body, quoted };
  if (/^[1-9]$/.test(body)) return { kind: 'positional', which: Number(body), quoted };
  if (NAME.test(body)) return { kind: 'name', name: body, quoted };
  return undefined;
}

/** The variable a whole-word expansion names (`$x`, `"${x}"`), if it is one. */
export function usedName(raw: string): string | undefined {
  const use = wholeWordUse(raw);
  return use?.kind === 'name' ? use.name : undefined;
}

/** The fields an unquoted expansion of VALUE becomes: split on the default IFS, each pathname-expanded. */
function splitFields(value: string): Arg[] {
  const out: Arg[] = [];
  for (const f of value.split(/[ \t\n]+/)) {
    if (f === '') continue;
    // A field with a glob character (or a backslash, which bash may treat as one) names files.
    const glob = f.includes('*') || f.includes('?') || f.includes('[') || f.includes('\\');
    out.push({ value: f, dynamic: glob });
  }
  return out;
}

/** The words a whole-word expansion of a known variable becomes, or undefined when it is not one. */
export function substitute(vars: VarState, raw: string): Arg[] | undefined {
  if (vars.off) return undefined;
  const use = wholeWordUse(raw);
  if (!use) return undefined;
  if (use.kind === 'name') {
    const v = vars.env.get(use.name);
    if (v === undefined) return undefined;
    return use.quoted ? [{ value: v, dynamic: false }] : splitFields(v);
  }
  const pos = vars.positional;
  if (!pos) return undefined;
  if (typeof use.which === 'number') {
    const v = pos[use.which - 1] ?? '';
    return use.quoted ? [{ value: v, dynamic: false }] : splitFields(v);
  }
  if (!use.quoted) return pos.flatMap(splitFields);
  return use.which === '@' ? pos.map((value) => ({ value, dynamic: false })) : [{ value: pos.join(' '), dynamic: false }];
}

/** `hash -p PATH NAME…`: the names bound to PATH (undefined when a word is known only at run time). */
export function hashBindings(rest: readonly Arg[]): { path: string; names: string[] } | undefined {
  let path: string | undefined;
  const names: string[] = [];
  for (let k = 0; k < rest.length; k++) {
    const a = rest[k]!;
    if (a.dynamic) return undefined;
    const v = a.value;
    if (path === undefined && v === '-p') path = rest[++k]?.value;
    else if (path === undefined && v.startsWith('-p')) path = v.slice(2);
    else if (v.startsWith('-') && names.length === 0) continue;
    else names.push(v);
  }
  return path !== undefined && names.length ? { path, names } : undefined;
}

/** Directory sets: each a path relative to where the line starts; undefined when not followed. */
export type Dirs = string[] | undefined;

/** Cap on the directories a command may run in (more are not followed). */
const MAX_FLOW_DIRS = 32;

export function unionDirs(a: Dirs, b: Dirs): Dirs {
  if (!a || !b) return undefined;
  let out: string[];
  if (a.length + b.length <= 16) {
    // Few directories (the usual case): the same first-seen order as the Set below, without it.
    out = [];
    for (const x of a) if (!out.includes(x)) out.push(x);
    for (const x of b) if (!out.includes(x)) out.push(x);
  } else out = [...new Set([...a, ...b])];
  return out.length > MAX_FLOW_DIRS ? undefined : out;
}

/** After `cd T` succeeded in one of D. */
export function enterDir(d: Dirs, t: string): Dirs {
  if (!d) return undefined;
  return unionDirs([], d.map((x) => (t.startsWith('/') ? t : x === '.' ? t : `${x}/${t}`)));
}

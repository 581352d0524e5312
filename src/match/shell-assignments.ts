// Assignments on the line (`X=…`, before a command, after `env`, in `export`/`declare`): one that
// hides code (shell-opaque.ts assignmentOpaque), CDPATH (a later `cd name` may go anywhere), a
// value shaped like a path (a file the program may read: a guess denies decide), a value known
// only at run time, the literals the followed variables take, and TF_CLI_ARGS (words terraform
// inserts into its own command line).
import { executableName } from './program-name.js';
import { literalAssignment, trackable } from './shell-flow.js';
import type { ShellWord } from './shell-lex.js';
import type { LineState } from './shell-line-state.js';
import { assignedName, assignmentOpaque } from './shell-opaque.js';
import { rememberLiteral, runTimeValue } from './shell-run-time-values.js';
import type { Arg } from './shell-wrappers.js';

/** The assignments before a command (`A=1 B=$(…) cmd`), as the shell reads them before it expands the words. */
export function prefixAssignments(state: LineState, assignments: readonly ShellWord[]): void {
  for (const w of assignments) {
    assignment(state, w.raw);
    if (!w.dynamic) pathInValue(state, w.value, w.raw);
    else if (!isArithmeticValue(w.raw)) runTimeValue(state, assignedName(w.raw));
  }
}

/**
 * The assignments before a command take effect (after its words are expanded: `x=rm $x` expands
 * the old x). sticks: they surely run, on the top level, with no command after them, so that a
 * literal stays the variable's value for later commands.
 */
export function applyAssignments(state: LineState, assignments: readonly ShellWord[], sticks: boolean): void {
  for (const w of assignments) {
    const lit = literalAssignment(w.raw, w.value, w.dynamic || w.glob);
    if (lit) {
      rememberLiteral(state, lit.name, lit.value);
    }
    if (!state.vars) continue;
    const name = assignedName(w.raw);
    if (!name || w.raw.startsWith(`${name}[`)) {
      state.vars.off = true;
      continue;
    }
    if (lit && lit.name === name && sticks && trackable(name)) state.vars.env.set(name, lit.value);
    else state.vars.env.delete(name);
  }
}

/** `env A=1 cmd`, `sudo A=1 cmd` …: the assignments a wrapper makes for the command it runs. */
export function wrapperAssignments(state: LineState, rest: readonly Arg[]): void {
  for (const a of rest) {
    if (!assignedName(a.value)) continue;
    assignment(state, a.value);
    if (!a.dynamic) pathInValue(state, a.value);
  }
}

/** `export A=1`, `declare A=1` … (their opaque values are checked with the program's, shell-opaque.ts programOpaque). */
export function declaredAssignments(state: LineState, rest: readonly Arg[]): void {
  if (rest.some((a) => assignedName(a.value) === 'CDPATH')) state.cdpath = true;
  for (const a of rest) if (!a.dynamic && assignedName(a.value)) pathInValue(state, a.value);
}

/** An assignment on the line (`X=…`, also before a command or after `env`) that hides code. */
function assignment(state: LineState, word: string): void {
  if (assignedName(word) === 'CDPATH') state.cdpath = true;
  const o = assignmentOpaque(word);
  if (o) state.problem(o.reason, word, o.construct);
}

/**
 * A value shaped like a path may name a file the program reads (PGPASSFILE, NODE_EXTRA_CA_CERTS,
 * GOOGLE_APPLICATION_CREDENTIALS, DOTENV_CONFIG_PATH …): a guess, as a program's operand without
 * a model is (denies decide it).
 */
function pathInValue(state: LineState, word: string, via = word): void {
  const temporary = temporaryDirectory(word);
  if (temporary !== undefined) {
    // Programs write their temporary files there (`TMPDIR=secrets npm test`).
    state.acc.files.push({ path: temporary, op: 'write', via, guess: true });
    return;
  }
  const value = assignedPath(word);
  if (value !== undefined) state.acc.files.push({ path: value, op: 'read', via, guess: true });
}

/** `NAME=$((…))`: the value is an integer, whatever the expression (its own uses are checked where they are). */
function isArithmeticValue(raw: string): boolean {
  const at = raw.indexOf('=');
  if (!raw.startsWith('$((', at + 1) || !raw.endsWith('))')) return false;
  let depth = 0;
  for (let k = at + 1; k < raw.length; k++) {
    if (raw[k] === '(') depth++;
    else if (raw[k] === ')' && --depth === 0) return k === raw.length - 1;
  }
  return false;
}

/**
 * `TF_CLI_ARGS=-destroy terraform apply`: terraform inserts the words of TF_CLI_ARGS (and of
 * TF_CLI_ARGS_<subcommand>) after its subcommand, so they are matched as if written there
 * (`terraform apply -destroy` meets a deny of `terraform destroy`). The assignment is opaque too.
 */
export function terraformArgs(assignments: readonly ShellWord[], args: Arg[]): void {
  if (!assignments.length || !args[0] || args[0].dynamic || executableName(args[0].value) !== 'terraform') return;
  for (const w of assignments) {
    const name = assignedName(w.raw);
    if (!name || !name.toUpperCase().startsWith('TF_CLI_ARGS')) continue;
    const eq = w.value.indexOf('=');
    const words = eq < 0 ? [] : w.value.slice(eq + 1).split(/\s+/).filter((x) => x !== '');
    if (!words.length) continue;
    let at = 1;
    while (at < args.length && !args[at]!.dynamic && args[at]!.value.startsWith('-')) at++;
    args.splice(Math.min(at + 1, args.length), 0, ...words.map((value) => ({ value, dynamic: w.dynamic || w.glob })));
  }
}

/** Variables naming the directory programs write their temporary files in. */
const TEMPORARY_DIRECTORY_VARIABLES = new Set(['TMPDIR', 'TMP', 'TEMP', 'TEMPDIR']);

/** The directory of `TMPDIR=DIR` (and its kin), whatever its shape: a name without a `/` is a directory too. */
function temporaryDirectory(word: string): string | undefined {
  const name = assignedName(word);
  if (name === undefined || !TEMPORARY_DIRECTORY_VARIABLES.has(name) || word[name.length] !== '=') return undefined;
  const value = word.slice(name.length + 1);
  return value === '' || /[\s:;,]/.test(value) ? undefined : value;
}

/**
 * The value of `NAME=value` (its words as the shell passes them: quotes removed, nothing left to
 * expand) when it is shaped like a local path: a `/`, or a leading `.` or `~`; no URL, no list
 * of paths (`:`, `;`, `,`) and no spaces.
 */
function assignedPath(word: string): string | undefined {
  const eq = word.indexOf('=');
  if (eq <= 0) return undefined;
  const value = word.slice(eq + 1);
  if (value === '' || value.includes('://') || /[\s:;,]/.test(value)) return undefined;
  return value.includes('/') || value.startsWith('.') || value.startsWith('~') ? value : undefined;
}

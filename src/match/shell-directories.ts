// Where each command of a line runs. `cd` and `pushd` to a static directory move the shell, and
// the top-level list says which commands run after the move: after `cd a &&` only in a, after
// `cd a;` in a or where the line started (the cd may fail). Options that run one program elsewhere
// (`env -C dir`, `git -C dir`: ./shell-cwd.ts) move that command only. A change that cannot be
// followed (`cd $X`, `cd -`, `popd`, a `cd` in a `bash -c` string) leaves the commands after it
// free to run in any directory of the line (CommandAnalysis.dirUnknown, SimpleCommand.anyDir).
import type { RawCommand } from './shell-parse.js';
import { enterDir, unionDirs, type Dirs } from './shell-flow.js';
import type { DirectoryEvent, LineState } from './shell-line-state.js';
import { pipedFrom } from './shell-stdin.js';
import type { Arg } from './shell-wrappers.js';

/** Operators that continue an and-or list or a pipeline. */
const AND_OR_PIPE = new Set(['&&', '||', '|', '|&']);

/**
 * A simple list on the top level: commands in order, with the and-or lists and pipelines its
 * operators make. Follows the directory each command runs in (a `cd` may fail: after `;` the
 * next command runs in either place, after `&&` only where the cd went); the caller follows the
 * variables assigned with literals (state.vars) while it runs.
 */
export function followList(state: LineState, cmds: RawCommand[], ops: (string | undefined)[]): void {
  let cur: Dirs = ['.'];
  let i = 0;
  while (i < cmds.length) {
    let j = i;
    while (j < cmds.length - 1 && AND_OR_PIPE.has(ops[j]!)) j++;
    const async = ops[j] === '&';
    let succ: Dirs = cur;
    let fail: Dirs = cur;
    for (let k = i; k <= j; ) {
      let m = k;
      while (m < j && (ops[m] === '|' || ops[m] === '|&')) m++;
      const before: Dirs = k === i ? cur : ops[k - 1] === '&&' ? succ : fail;
      let s: Dirs = before;
      let f: Dirs = before;
      for (let c = k; c <= m; c++) {
        const ev = topCommand(state, cmds[c]!, before, k === i && m === k && !async, pipedFrom(cmds, ops, c));
        if (ev.unknown || ev.nested) s = f = undefined;
        else if (ev.cds.length > 1 || (ev.cds.length === 1 && m > k)) s = f = undefined;
        else if (ev.cds.length === 1) s = enterDir(before, ev.cds[0]!);
      }
      if (k === i) [succ, fail] = [s, f];
      else if (ops[k - 1] === '&&') [succ, fail] = [s, unionDirs(fail, f)];
      else [succ, fail] = [unionDirs(succ, s), f];
      k = m + 1;
    }
    const end = unionDirs(succ, fail);
    cur = async ? unionDirs(cur, end) : end;
    i = j + 1;
  }
}

/** One command of the top-level list, run in one of `dirs`; `certain`: it surely runs, in this shell, before every later command. */
function topCommand(state: LineState, cmd: RawCommand, dirs: Dirs, certain: boolean, producer: RawCommand | undefined): DirectoryEvent {
  const ev = (state.event = { cds: [] as string[], unknown: false, nested: false, chdir: false });
  const from = state.acc.commands.length;
  state.raw(cmd, 0, certain, producer);
  state.event = undefined;
  if (dirs && !ev.nested && !ev.chdir) for (let k = from; k < state.acc.commands.length; k++) state.placed.push([state.acc.commands[k]!, dirs]);
  return ev;
}

/** `cd DIR`, `pushd DIR`: the shell moves to DIR, when it is static. */
export function cd(state: LineState, exe: string, rest: Arg[], depth: number, shown: string): void {
  const target = rest.find((a) => !/^-[LPe@]+$/.test(a.value) && a.value !== '--');
  // With CDPATH set on the line, `cd name` may go to any directory CDPATH lists.
  const viaCdpath = state.cdpath && target !== undefined && !/^\.{0,2}(?:\/|$)/.test(target.value);
  if (!target || viaCdpath || target.dynamic || target.tilde || target.value === '-' || /^[+-]\d+$/.test(target.value)) {
    state.acc.dirUnknown ??= viaCdpath ? `${shown} (CDPATH is set)` : shown;
    if (state.event) state.event.unknown = true;
  } else {
    state.acc.dirs.push(target.value);
    if (state.event && depth === 0) state.event.cds.push(target.value);
  }
  if (state.event && depth > 0) state.event.nested = true;
}

/** `env -C dir`, `git -C dir` …: the command runs in dir. */
export function chdir(state: LineState, target: Arg, shown: string): void {
  if (target.anyDir) {
    (state.acc.anyOverride ??= []).push(target.under ?? '.');
    return;
  }
  if (state.event) state.event.chdir = true;
  if (target.dynamic || target.tilde || target.value === '') state.acc.dirUnknown ??= shown;
  else state.acc.dirs.push(target.value);
}

/** `popd`: where the shell goes is not followed. */
export function popd(state: LineState): void {
  if (state.event) state.event.unknown = true;
}

/**
 * Once the whole line is read: the directories each command may run in, when the line changes
 * directory (without a change every command runs where the line starts: nothing to say per command).
 */
export function placeCommands(state: LineState): void {
  if (state.acc.dirs.length || state.acc.dirUnknown) {
    for (const [c, dirs] of state.placed) c.dirs = dirs;
    for (const c of state.acc.commands) if (!c.dirs) c.anyDir = true;
  }
}

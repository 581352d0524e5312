// Programs whose words the analysis reads further (SPEC 3): those that run commands given to
// them (a shell's `-c` string or script, `eval`, `source`, `su -c`, `find -exec`, runners such as
// `ssh HOST CMD`, package runners, `alias`, `trap`) and those that touch files named on their
// command line (`tee`, `apply_patch`) or move the shell (`cd`, `pushd`, `popd`). What they run is
// analysed as a command line or a command of its own; what cannot be read is a problem.
import { patchTargets } from './apply-patch.js';
import { MAX_DEPTH } from './command-analysis.js';
import { packageManagerCommand } from './package-runners.js';
import { runnerCommand } from './runners.js';
import { declaredAssignments } from './shell-assignments.js';
import { cd, popd } from './shell-directories.js';
import type { ShellWord } from './shell-lex.js';
import type { LineState } from './shell-line-state.js';
import { FOREIGN_SHELLS, isWindowsCmd, programOpaque } from './shell-opaque.js';
import { runsWritten, tee } from './shell-redirections.js';
import { onlyStdinText, stdinTexts } from './shell-stdin.js';
import { SHELLS, shellInvocation, suCommand, type Arg } from './shell-wrappers.js';

/** Shells that read a -c string exactly as bash does. */
const BASH_LIKE = new Set(['bash', 'rbash']);

/** Names of standard input: a shell or `source` given one reads its commands from there. */
const STDIN_FILES = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0', '-']);

/** Programs that run command strings or touch files named on their command line. True if it delegates. */
export function specialProgram(state: LineState, exe: string, rest: Arg[], stdin: readonly ShellWord[], depth: number, shown: string): boolean {
  // `shown` is the layer's text: normalise([exe, ...rest.map((a) => a.value)]).
  if (exe === 'export' || exe === 'declare' || exe === 'typeset' || exe === 'readonly' || exe === 'local') {
    declaredAssignments(state, rest);
  }
  const opaque = programOpaque(exe, rest);
  if (opaque) state.problem(opaque.reason, shown, opaque.construct);
  if (FOREIGN_SHELLS.has(exe) || isWindowsCmd(exe, rest)) {
    state.problem(`"${exe}" is not bash: the commands it runs cannot be checked`, shown);
    return false;
  }
  if (SHELLS.has(exe)) {
    const inv = shellInvocation(exe, rest);
    if (inv.kind === 'problem') state.problem(inv.reason, shown);
    else if (inv.kind === 'string') {
      // dash and other POSIX shells read `$'…'` literally; only bash-like shells decode it as we do.
      const text = inv.text.value;
      if (!BASH_LIKE.has(exe) && (text.includes("$'") || (text.includes('{') && (text.includes(',') || text.includes('..'))))) {
        state.problem(`"${exe} -c" is not bash: its string uses $'…' or braces, which ${exe} may read differently`, shown);
        return false;
      }
      return nested(state, inv.text, `"${exe} -c"`, shown, depth);
    }
    else if (inv.kind === 'stdin') return stdinScript(state, exe, stdin, shown, depth);
    else if (inv.script) shellScript(state, exe, inv.script, stdin, shown, depth);
    return false;
  }
  const runner = runnerCommand(exe, rest);
  if (runner) {
    // `op run -- CMD`, `nix-shell --run 'CMD'`, `hyperfine 'CMD'`, `ssh HOST CMD`: the command it
    // runs is decided as its own (as npx's are), a command line analysed as one (`ssh HOST <<'EOF'`:
    // the here-document its remote shell reads); words not read exactly are opaque.
    if (runner.problem) state.problem(runner.problem, shown);
    for (const line of runner.lines) nested(state, line, `"${exe}"`, shown, depth);
    if (runner.stdin) {
      // No command: its shell runs what standard input holds (a file or a pipe cannot be checked).
      const { texts, unknown } = stdinTexts(stdin);
      for (const text of texts) state.line(text, depth + 1);
      if (unknown) state.problem(`"${exe}" runs the commands on its standard input, which cannot be checked`, shown);
    }
    if (runner.tail?.length && !runner.tail[0]!.dynamic) state.simple(runner.tail, [], depth);
    return false;
  }
  const command = packageManagerCommand(exe, rest);
  if (command) {
    // The command a package manager's runner runs is also decided as one of its own (./package-runners.ts).
    state.simple(command, [], depth);
    return false;
  }
  switch (exe) {
    case 'source':
    case '.': {
      const file = rest.find((a) => a.value !== '--');
      if (!file) return false;
      if (file.dynamic) {
        state.problem(`cannot tell which file "${exe}" runs: "${file.value}" is known only at run time`, shown);
        return false;
      }
      if (STDIN_FILES.has(file.value)) return stdinScript(state, exe, stdin, shown, depth);
      runsWritten(state, file.value, shown, depth, true);
      if (file.procsub || file.tilde) state.problem(`"${exe}" runs ${file.value}, which cannot be checked`, shown);
      else state.acc.files.push({ path: file.value, op: 'read', via: `${exe} ${file.value}` });
      return false;
    }
    case 'eval': {
      if (rest.some((a) => a.dynamic)) {
        state.problem('cannot tell what "eval" runs: its arguments are known only at run time', shown);
        return false;
      }
      if (rest.length) state.line(rest.map((a) => a.value).join(' '), depth + 1);
      return true;
    }
    case 'su':
    case 'runuser': {
      const s = suCommand(rest);
      if (s) return nested(state, s, `"${exe} -c"`, shown, depth);
      state.problem(`"${exe}" without -c runs a shell whose commands cannot be checked`, shown);
      return false;
    }
    case 'find':
      findExec(state, rest, depth);
      return false;
    case 'alias':
      for (const a of rest) {
        const eq = a.value.indexOf('=');
        if (eq > 0 && !a.value.startsWith('-')) nested(state, { value: a.value.slice(eq + 1), dynamic: a.dynamic }, '"alias"', shown, depth);
      }
      return false;
    case 'trap': {
      const ops = rest.filter((a, i) => !(i === 0 && (a.value === '--' || a.value === '-p' || a.value === '-l')));
      if (ops.length >= 2 && ops[0]!.value !== '-' && ops[0]!.value !== '') nested(state, ops[0]!, '"trap"', shown, depth);
      return false;
    }
    case 'tee':
      tee(state, rest);
      return false;
    case 'apply_patch':
    case 'applypatch':
      applyPatch(state, exe, rest, stdin, shown);
      return false;
    case 'cd':
    case 'pushd':
      cd(state, exe, rest, depth, shown);
      return false;
    case 'popd':
      popd(state);
      return false;
  }
  return false;
}

/**
 * Codex's shell runs `apply_patch PATCH` and `apply_patch <<'EOF' … EOF` itself: the files the
 * patch names are written (a deleted file is a write too). A patch it cannot read (from a pipe,
 * a file, or known only at run time) writes files that cannot be checked.
 */
function applyPatch(state: LineState, exe: string, rest: readonly Arg[], stdin: readonly ShellWord[], shown: string): void {
  // The patch is its one argument, or else the here-document or here-string on its standard input.
  const [arg, ...more] = rest;
  const text = arg ? (more.length === 0 && !arg.dynamic ? arg.value : undefined) : onlyStdinText(stdin);
  if (text === undefined) {
    state.problem(`"${exe}" writes the files its patch names, and the patch cannot be read here`, shown);
    return;
  }
  const targets = patchTargets(text);
  if (targets.write.length + targets.delete.length === 0) state.problem(`"${exe}": the patch names no file`, shown);
  for (const path of [...targets.write, ...targets.delete]) state.acc.files.push({ path, op: 'write', via: `${exe} (${path})` });
}

/** A shell or `source` reading commands from standard input: a static here-document or here-string is analysed. */
function stdinScript(state: LineState, exe: string, stdin: readonly ShellWord[], shown: string, depth: number): boolean {
  // Every text it may read is analysed (`bash <<< x <<'E' … E` reads the here-document).
  const { texts, unknown } = stdinTexts(stdin);
  for (const text of texts) state.line(text, depth + 1);
  if (unknown || texts.length === 0) state.problem(`"${exe}" reads commands from standard input, which cannot be checked`, shown);
  return texts.length > 0;
}

/** `bash FILE`: a pipe, standard input or a file known only at run time is code that cannot be checked. */
function shellScript(state: LineState, exe: string, script: Arg, stdin: readonly ShellWord[], shown: string, depth: number): void {
  if (!script.dynamic) runsWritten(state, script.value, shown, depth, true);
  if (STDIN_FILES.has(script.value) || /^\/dev\/fd\/0$|^\/proc\/[^/]+\/fd\/0$/.test(script.value)) {
    stdinScript(state, exe, stdin, shown, depth);
  } else if (script.procsub || script.dynamic || script.tilde || script.value.startsWith('/dev/') || script.value.startsWith('/proc/')) {
    state.problem(`"${exe}" runs a script from ${script.value}, which cannot be checked`, shown);
  } else state.acc.files.push({ path: script.value, op: 'read', via: `${exe} ${script.value}` });
}

/** A command string a program runs (`bash -c S`, `su -c S`, `trap S`): a line one level deeper. True if it is read. */
function nested(state: LineState, text: Arg, what: string, shown: string, depth: number): boolean {
  if (text.dynamic) {
    state.problem(`cannot tell what ${what} runs: its command string is known only at run time`, shown);
    return false;
  }
  state.line(text.value, depth + 1);
  return true;
}

/** `find -exec CMD {} ;` (and -execdir, -ok, -okdir): CMD runs for each file found. */
function findExec(state: LineState, rest: Arg[], depth: number): void {
  for (let k = 0; k < rest.length; k++) {
    if (!/^-(?:exec|execdir|ok|okdir)$/.test(rest[k]!.value)) continue;
    const inner: Arg[] = [];
    for (k++; k < rest.length && rest[k]!.value !== ';' && rest[k]!.value !== '+'; k++) inner.push(rest[k]!);
    // `{}` is replaced by each file found.
    for (let j = 0; j < inner.length; j++) if (inner[j]!.value.includes('{}')) inner[j] = { ...inner[j]!, dynamic: true };
    if (inner.length) {
      if (depth + 1 > MAX_DEPTH) state.problem(`commands are nested more than ${MAX_DEPTH} levels deep`, 'find -exec');
      else state.simple(inner, [], depth + 1);
    }
  }
}

// What the analysis of a command line gives the engine (./shell-analyze.ts): the simple commands
// it runs (each as layers, the command its wrappers run last), the files it touches, the
// directories it runs in and the reasons it cannot be decided; and the limits past which a line
// is not analysed at all (opaque).
import type { Arg } from './shell-wrappers.js';

/** `bash -c`, `eval`, `$(…)` … nested deeper than this are opaque. */
export const MAX_DEPTH = 8;

/** Longer command lines are not analysed (opaque): agents' real lines are far shorter. */
export const MAX_LINE_LENGTH = 100_000;

export interface SimpleCommand {
  /**
   * The normalised command, outermost first, then the command each wrapper runs:
   * `sudo -u x /bin/rm -rf a` -> ['sudo -u x /bin/rm -rf a', 'rm -rf a'].
   * A deny matching any layer denies; an allow matching any layer allows.
   */
  layers: string[];
  /** Each layer's words (program first), as the shell would pass them: `argvs[i]` is `layers[i]`. */
  argvs: Arg[][];
  /** Only runs commands that are analysed on their own (`bash -c S`, `eval S`): no allow needed, denies still apply. */
  delegates: boolean;
  /**
   * The directories (relative to where the line starts, as CommandAnalysis.dirs) this command may
   * run in, when the line's `cd`s were followed to it (./shell-flow.ts). Absent: it may run in
   * any directory of the line (CommandAnalysis.dirs, dirUnknown).
   */
  dirs?: string[];
  /** The line changes directory, but where this command runs was not followed: it may be any directory. */
  anyDir?: boolean;
  /** The assignments before the program (`PIP_INDEX_URL=URL pip install x`), as `NAME=value` words. */
  env?: Arg[];
}

export interface CommandProblem {
  reason: string;
  /** The (part of the) command line it is about. */
  command: string;
  /**
   * For code a known program is given in a way the engine cannot see (`python -c`, `git -c`):
   * the words naming that construct. An allow pattern that matches the command and contains these
   * words admits it explicitly. Absent for problems nothing but commands.opaque can admit.
   */
  construct?: string;
}

export interface FileAccess {
  /** As written (relative to the shell's directory, or absolute). */
  path: string;
  op: 'read' | 'write';
  /** How the line touches it: `> .env`, `tee out.txt`. */
  via: string;
  /** The program may not treat it as a file (`PGPASSFILE=secrets/pgpass psql`): decided by denies only. */
  guess?: boolean;
}

export interface CommandAnalysis {
  commands: SimpleCommand[];
  files: FileAccess[];
  /** Static targets of `cd`/`pushd`, in order: relative file paths are checked from each. */
  dirs: string[];
  /** A directory change that cannot be followed (`cd $X`, `cd -`, `cd`), as written. */
  dirUnknown?: string;
  /**
   * A command runs in directories the line does not name (`go generate ./...`, `npm -w api …`,
   * `find . -execdir …`): the directories below which they lie, as written (`.` when they may be
   * anywhere). The denies of every override there (and of their parents) apply to the line; the
   * shell's own directory, which paths are resolved from, is not changed.
   */
  anyOverride?: string[];
  problems: CommandProblem[];
}

/**
 * A layer's text, normalise([program, ...rest.map((a) => a.value)]), without those arrays: when no
 * word is empty or holds a blank or a character past ASCII, the words joined by single spaces are
 * normal already (this is every layer of most lines).
 */
export function layerText(program: string, rest: readonly Arg[]): string {
  if (!isNormalWord(program)) return normalise([program, ...rest.map((a) => a.value)]);
  let text = program;
  for (let k = 0; k < rest.length; k++) {
    const v = rest[k]!.value;
    if (!isNormalWord(v)) return normalise([program, ...rest.map((a) => a.value)]);
    text += ' ' + v;
  }
  return text;
}

/** A word normalise leaves as it is inside a text: not empty, no blank (ASCII 9-13, 32), nothing past ASCII. */
function isNormalWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c >= 128) return false;
  }
  return true;
}

/** A layer's text: its words joined by single spaces (SimpleCommand.layers). */
export function normalise(words: readonly string[]): string {
  const s = words.join(' ');
  // Most texts are normal already (single ASCII spaces between words): return them as they are.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? i === 0 || i === s.length - 1 || s.charCodeAt(i + 1) === 32 : (c >= 9 && c <= 13) || c >= 128) {
      return s.replace(/\s+/g, ' ').trim();
    }
  }
  return s;
}

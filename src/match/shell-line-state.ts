// What the analysis of one command line remembers while it walks the line. The walk itself is
// ./shell-analyze.ts; each of its other jobs has a file of its own, which reads and writes the
// fields here: where commands run (./shell-directories.ts), the files redirections touch and the
// scripts the line writes (./shell-redirections.ts), assignments (./shell-assignments.ts), values
// known only at run time and the commands they may make the line run (./shell-run-time-values.ts),
// and the programs that run other code or touch files (./shell-special-programs.ts).
//
// One object for the whole line, made once per line analysed, as the analysis was when it was one
// class. The walk's entry points are abstract here so that those files can recurse into it
// (a `bash -c` string, `find -exec`, `npx CMD`) without importing the walk: no import cycle.
import { normalise, type CommandAnalysis, type SimpleCommand } from './command-analysis.js';
import type { VarState } from './shell-flow.js';
import type { ShellWord } from './shell-lex.js';
import type { RawCommand } from './shell-parse.js';
import type { Arg } from './shell-wrappers.js';

/** What one top-level command did to the shell's directory (./shell-directories.ts). */
export interface DirectoryEvent {
  /** The static targets of its `cd`s and `pushd`s on the top level. */
  cds: string[];
  /** A change that cannot be followed (`cd $X`, `cd -`, `popd`). */
  unknown: boolean;
  /** A `cd` below the top level (in a `bash -c` string, an `eval` …). */
  nested: boolean;
  /** `env -C dir`, `git -C dir` …: it runs in another directory. */
  chdir: boolean;
}

/** A file the line writes (a redirection's target, `tee`'s), with what writes it (./shell-redirections.ts). */
export interface WrittenFile {
  /** The command that writes it, as written. */
  writer: string;
  /** The text written, when it is static (`echo` of literal words, `cat` of a here-document). */
  text?: string;
  /** The here-document the writer reads, shown with the problem. */
  body?: string;
}

export abstract class LineState {
  constructor(readonly acc: CommandAnalysis) {}

  /** Analyses a (nested) command line at a depth (0: the line itself). */
  abstract line(text: string, depth: number): void;

  /** Analyses one command as parsed; producer: the command whose output it reads (`a | cmd`). */
  abstract raw(cmd: RawCommand, depth: number, certain?: boolean, producer?: RawCommand): void;

  /** Analyses one simple command's words (program first), with its wrappers' layers. */
  abstract simple(args: Arg[], stdin: readonly ShellWord[], depth: number, certain?: boolean, env?: Arg[]): void;

  problem(reason: string, command: string, construct?: string): void {
    this.acc.problems.push({ reason, command: normalise([command]), ...(construct ? { construct } : {}) });
  }

  /** Names the line assigns text known only at run time (`x=$(cat f)`, `read x`, `for x in $(…)`). */
  runTimeValues?: Set<string>;

  /** The directories each top-level command may run in, as followed (kept only if the line changes directory). */
  placed: [SimpleCommand, string[]][] = [];

  /** Variables known on the top level of the line (./shell-flow.ts); undefined where not followed. */
  vars?: VarState;
  /** What the command being analysed did to the directory (set while a top-level command is analysed). */
  event?: DirectoryEvent;
  /** `hash -p PATH NAME`: NAME may run PATH from then on. */
  rebinds: { path: string; names: string[] }[] = [];
  /** Names expanded as prompt strings (`${x@P}`), and every literal assigned to a name on the line. */
  // Made on first use (most lines have neither): two fewer collections per line analysed.
  prompts?: Set<string>;
  literals?: Map<string, string[]>;

  /** Commands whose program is a variable's value, not followed (`true && x=rm; $x -rf y`). */
  programUses: { raw: string; tail: Arg[] }[] = [];

  /** CDPATH is assigned on the line: later `cd name` may go anywhere it lists. */
  cdpath = false;

  /** Files the line writes (redirection targets), with the command that writes each and, when static, the text. */
  written?: Map<string, WrittenFile>;
}

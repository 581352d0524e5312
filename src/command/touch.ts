// What one simple command touches, as src/command/touch-model.ts and the per-program readers it
// uses (./registry-refs.ts, ./socat-address.ts) derive it, and src/engine/decide-touch.ts decides it.
export type TouchOp = 'read' | 'write' | 'delete';

/** How far below a path a touch reaches: only the path, everything below it, or (a move of what may be a directory) as far as patterns naming paths below it go. */
export type TreeReach = 'all' | 'named';

export type Touch =
  | {
      kind: 'file';
      op: TouchOp;
      /** As written (relative to the shell's directory, or absolute), or a glob when `glob`. */
      path: string;
      tree?: TreeReach;
      /** The tree is walked without dot-files below its top (rg). */
      skipsHidden?: boolean;
      /** `path` is a glob the shell expands: every path it may match. */
      glob?: boolean;
      /** The program may not treat the word as a file: only denies decide it. */
      guess?: boolean;
      /** A guess that is a read decided like `cat` when the path lies outside the repository (a listing shows what is there). */
      listsOutside?: boolean;
      /**
       * A guess at a file whose content is code the program runs (a Makefile's recipes, the scripts
       * of a package.json, the program file itself): outside the repository, where the policy does
       * not govern what it holds, it is opaque unless an absolute-path allow admits reading it.
       */
      runs?: boolean;
      /** A git pathspec: git never reaches its repository's `.git` through it (src/engine/tree-witness.ts, GIT_DIR). */
      pathspec?: boolean;
      /** `path` is relative to the repository's top, not to the shell's directory (`git stash -u`: the whole work tree). */
      top?: boolean;
      /** The glob is a git pathspec's own wildcard (not the shell's): it matches dot-files. */
      gitWildcard?: boolean;
      via: string;
    }
  | { kind: 'host'; /** A URL or a host name. */ target: string; guess?: boolean; via: string }
  /** A git remote by name: its host is in the repository's configuration, unknown here. */
  | { kind: 'remote'; name: string; via: string }
  /** A file or host the program is given by a word known only at run time. */
  | { kind: 'dynamic'; what: 'file' | 'host'; op?: TouchOp; guess?: boolean; word: string; via: string };

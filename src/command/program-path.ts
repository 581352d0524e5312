// Which program a command word runs, for allow patterns (SPEC 3: path-qualified executables are
// resolved as bash resolves them). A name without a slash is looked up on PATH; a word with a
// slash is that very file. Denies match a program by its base name (a deny of `rm` catches
// `/bin/rm` and `./rm`: stricter, so sound), but an allow admits only the program it names:
// a bare name (`cat *`) admits `cat` and the system's own copies (`/usr/bin/cat`), never a file
// of that name elsewhere (`./src/cat`, `/tmp/cat`), which may be any program the agent wrote;
// a pattern that writes a path (`./scripts/test.sh`) admits that file only.
import { posix } from 'node:path';
import { derivedOnce } from '../derived.js';
import { compileGlob } from '../match/glob.js';
import { lexShell } from '../match/shell-lex.js';

/** Where a program found by its bare name lives: the directories of a system's default PATH. */
export const SYSTEM_BIN_DIRS = new Set(['/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin', '/opt/homebrew/bin']);

interface PatternProgram {
  /** The pattern's program word has a slash: it names a file, not a name to look up on PATH. */
  slash: boolean;
  /** That file, lexically normalised (`posix.normalize`). */
  path?: string;
  /** Matches a normalised relative or absolute path, for a pattern program with wildcards. */
  glob?: (path: string) => boolean;
}

const patternPrograms = new Map<string, PatternProgram>();

/** The program word of an allow pattern (policy text: made once per pattern). */
function patternProgram(pattern: string): PatternProgram {
  let known = patternPrograms.get(pattern);
  if (known) return known;
  const first = lexShell(pattern).words[0];
  const value = first?.value ?? '';
  known = { slash: value.includes('/') };
  if (known.slash) {
    known.path = posix.normalize(value);
    if (first?.glob) known.glob = compileGlob(known.path);
  }
  if (patternPrograms.size > 4096) patternPrograms.clear();
  patternPrograms.set(pattern, known);
  return known;
}

/** Whether a normalised path is the file the pattern names. */
function samePath(pattern: PatternProgram, path: string): boolean {
  return pattern.glob ? pattern.glob(path) : pattern.path === path;
}

/**
 * Why the allow pattern does not name the program that `word` runs, if it does not. `dirs`: the
 * directories (relative to where the line starts) the command runs in, when `cd` moved it;
 * `anyDir`: the line changes directory and this command may run in any directory.
 */
export function programRefusal(pattern: string, word: string, dirs: readonly string[] | undefined, anyDir = false): string | undefined {
  if (!word.includes('/')) {
    return patternProgram(pattern).slash ? `"${word}" is found on PATH, not the file the pattern names` : undefined;
  }
  const wanted = patternProgram(pattern);
  if (!wanted.slash) {
    // A bare name: the system's own copy, found where PATH would find it.
    const dir = word.startsWith('/') ? posix.dirname(posix.normalize(word)) : undefined;
    return dir !== undefined && SYSTEM_BIN_DIRS.has(dir) ? undefined : `"${word}" is a file of that name outside the system's program directories, which may be any program`;
  }
  if (word.startsWith('/')) return samePath(wanted, posix.normalize(word)) ? undefined : `"${word}" is not the file the pattern names`;
  // A relative path runs the file under each directory the command may run in.
  if (anyDir) return `"${word}" runs in a directory the line does not show (after a "cd" to a run-time value)`;
  for (const dir of dirs ?? ['.']) {
    if (!samePath(wanted, posix.normalize(`${dir}/${word}`))) return `"${word}"${dir === '.' ? '' : ` (run in ${dir})`} is not the file the pattern names`;
  }
  return undefined;
}

/** Whether an allow list has a pattern naming its program by a path: then every command is read soundly. */
export const namesProgramPaths: (list: { readonly rules: readonly { pattern: string }[] }) => boolean = derivedOnce((list) =>
  list.rules.some((rule) => patternProgram(rule.pattern).slash),
);

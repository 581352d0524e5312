// Other names of the same program (data/program-aliases.json): Homebrew's GNU tools (`gfind`,
// `gtimeout`, `gsed` …), `egrep`, the other awks, Debian's `vim.basic`, versioned pythons and pips.
// A command word is read as the program it names by every model (wrappers, touch models, hazards,
// opaque checks) and matched by denies of that program; the name as written stays a layer of its
// own (src/match/shell-analyze.ts), so a rule naming it still matches it. An explicit list, never a
// rule on the spelling: `gcc`, `gdb`, `git`, `gpg`, `gzip` are programs of their own. Case is the one
// rule: macOS's default file system finds `/usr/bin/env` for `ENV`.
import aliasData from '../../data/program-aliases.json';

/** The table without its comments (`$…` keys). A Map, so that `constructor` or `__proto__` finds nothing. */
const ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries((aliasData as unknown as { aliases: Record<string, string> }).aliases).filter(([name]) => !name.startsWith('$')),
);

/** Programs whose own names have capitals: never read as their lower case. */
const CASE_SENSITIVE: ReadonlySet<string> = new Set((aliasData as unknown as { caseSensitive: { names: string[] } }).caseSensitive.names);

/** Whether the name has a capital (A-Z): a loop, not a regular expression, as every command word is asked. */
function hasCapital(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * The name every model knows the program by: `gfind` → `find`; a name with capitals → its lower
 * case (`ENV` runs env on macOS's case-insensitive file system), unless that is a program of its
 * own (`HEAD`, `R`); any other name unchanged.
 */
export function sameProgram(name: string): string {
  const alias = ALIASES.get(name);
  if (alias !== undefined) return alias;
  if (!hasCapital(name) || CASE_SENSITIVE.has(name)) return name;
  const lower = name.toLowerCase();
  return ALIASES.get(lower) ?? lower;
}

/** Programs whose own names have capitals (tests). */
export function caseSensitivePrograms(): ReadonlySet<string> {
  return CASE_SENSITIVE;
}

/** Every other name and the program it runs (tests). */
export function programAliases(): ReadonlyMap<string, string> {
  return ALIASES;
}

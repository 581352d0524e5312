// git reads its path operands as pathspecs (gitglossary(7), "pathspec"), not as file names:
// `secr*` and `*key` are wildcards whose `*` and `?` also match `/` (fnmatch without
// FNM_PATHNAME), and a leading `:` adds magic: `:(glob)` (shell-style globs, `**`),
// `:(literal)`, `:(icase)`, `:(top)` / `:/` (from the repository's top), `:(exclude)` / `:!` /
// `:^` (leaves paths out), `:(attr:…)` (paths by attribute). Each operand becomes the path or
// glob the engine decides, so `git log -p -- '*key'` reads `secrets/key` as `cat secrets/key` does.
import type { Arg } from '../match/shell-wrappers.js';

const WILDCARDS = /[*?[]/;

/** Characters the engine's globs read as syntax that a git wildcard reads literally. */
const GLOB_SYNTAX = new Set(['\\', '{', '}', '(', ')', '!', '+', '@', ',']);

function literal(text: string): string {
  let out = '';
  for (const c of text) out += GLOB_SYNTAX.has(c) ? `\\${c}` : c;
  return out;
}

/**
 * A git wildcard as a glob of the engine's language, naming every path it can match or more.
 * git's `*` also matches `/`: `*.ts` and `src/*.ts` after a directory are `**\/*.ts` and
 * `src/**\/*.ts` exactly; any other shape is read as every path that starts with its literal
 * prefix (`secr*` and `sec?et/k*` are `secr*\/**` and `sec*\/**`): wider, never narrower.
 */
function crossingGlob(pattern: string): string {
  const first = pattern.search(WILDCARDS);
  const prefix = pattern.slice(0, first);
  const rest = pattern.slice(first);
  const simple = rest.startsWith('*') && !WILDCARDS.test(rest.slice(1)) && !rest.includes('/') && !rest.includes('\\');
  if (simple && (prefix === '' || prefix.endsWith('/'))) return `${literal(prefix)}**/*${literal(rest.slice(1))}`;
  return `${literal(prefix)}*/**`;
}

/**
 * The path or glob a git pathspec operand names, as an operand the touch model reads; undefined
 * when it names no path to decide (an exclusion). A pathspec from the repository's top, or by
 * attribute, is returned as the word known only at run time that it stands for.
 */
export function pathspecOperand(arg: Arg): Arg | undefined {
  if (arg.dynamic) return arg;
  let v = arg.value;
  const magic = new Set<string>();
  if (v.startsWith(':(')) {
    const close = v.indexOf(')');
    if (close < 0) return { ...arg, dynamic: true };
    for (const word of v.slice(2, close).split(',')) magic.add(word.trim().split(':')[0]!.toLowerCase());
    v = v.slice(close + 1);
  } else if (v.startsWith(':')) {
    // Short magic: `:!`/`:^` exclude, `:/` top; it ends at a second `:` or the first other character.
    let k = 1;
    for (; k < v.length && '!^/'.includes(v[k]!); k++) magic.add(v[k] === '/' ? 'top' : 'exclude');
    if (v[k] === ':') k++;
    v = v.slice(k);
  }
  if (magic.has('exclude')) return undefined;
  // Paths chosen by their attributes, or from the top of a repository whose place relative to the
  // line's directory is not known here: any path.
  if (magic.has('attr')) return { value: '$(git ls-files --attr)', dynamic: true };
  if (magic.has('top')) return { value: `$(git rev-parse --show-toplevel)/${v}`, dynamic: true };
  if (magic.has('literal') || !WILDCARDS.test(v)) return { ...arg, value: v };
  // `:(glob)` reads `*` as the shell does and `**` as any directories; plain wildcards cross `/`.
  return { value: magic.has('glob') ? v : crossingGlob(v), dynamic: true };
}

// Agents' path globs against the repository: which repository-relative policy globs cover them.
import { posix } from 'node:path';

export interface PathReading {
  /** Repository-relative globs that cover every path of the rule inside the repository. */
  repo: string[];
  /** The rule also names paths outside the repository. */
  outside: boolean;
  /** `repo` is exactly the rule's part inside the repository (not wider). */
  exact: boolean;
}

const GLOB_CHARS = /[*?[{]/;

export function toPosix(p: string): string {
  return p.replaceAll('\\', '/');
}

/** An absolute glob against the repository root. */
export function fromAbsolute(abs: string, root: string): PathReading {
  const a = posix.normalize(abs);
  const r = root.endsWith('/') ? root.slice(0, -1) : root;
  if (a.startsWith(r + '/')) {
    const rel = a.slice(r.length + 1);
    // Anchored inside the repository; a bare name would read as "at any depth": wider, so not exact.
    return { repo: [rel], outside: false, exact: rel.includes('/') && !rel.endsWith('/') };
  }
  const firstGlob = a.search(GLOB_CHARS);
  const literal = firstGlob < 0 ? a : a.slice(0, a.lastIndexOf('/', firstGlob));
  const prefix = literal === '' ? '' : literal.endsWith('/') ? literal.slice(0, -1) : literal;
  if (r === prefix || r.startsWith(prefix + '/')) {
    // The glob may reach into the repository from above.
    const rest = firstGlob < 0 ? '' : a.slice(prefix.length + 1);
    if (rest === '**') return { repo: ['**'], outside: true, exact: true };
    if (rest.startsWith('**/') && !rest.slice(3).includes('**')) return { repo: [rest], outside: true, exact: false };
    return { repo: ['**'], outside: true, exact: false };
  }
  return { repo: [], outside: true, exact: true };
}


/** A plain glob: absolute ones against the repository, relative ones relative to it. */
export function readPlainGlob(glob: string, root: string): PathReading {
  const g = toPosix(glob.trim());
  if (g.startsWith('/')) return fromAbsolute(g, root);
  const rel = g.startsWith('./') ? g.slice(2) : g;
  return { repo: [rel.endsWith('/') ? `${rel}**` : rel], outside: false, exact: !g.startsWith('./') || rel.includes('/') };
}

// Claude Code Read/Edit path rules (gitignore-style, code.claude.com/docs/en/permissions):
// `//abs` from the file-system root, `~/x` from the home directory, `/x` relative to the settings
// file, `x` and `./x` relative to the working directory. This turns one into repository-relative
// policy globs.
import { posix } from 'node:path';
import { globSyntaxError } from '../../match/glob.js';

export interface ClaudePathReading {
  /** Repository-relative globs that cover every path of the rule inside the repository. */
  repo: string[];
  /** The rule also names paths outside the repository. */
  outside: boolean;
  /** `repo` is exactly the rule's part inside the repository (not wider). */
  exact: boolean;
}

const GLOB_CHARS = /[*?[{]/;

function toPosix(p: string): string {
  return p.replaceAll('\\', '/');
}

/** An absolute glob against the repository root. */
function fromAbsolute(abs: string, root: string): ClaudePathReading {
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

export function readClaudePath(specifier: string, opts: { root: string; settingsDir: string; home: string }): ClaudePathReading {
  let spec = toPosix(specifier.trim());
  if (spec.endsWith('/')) spec += '**';
  let reading: ClaudePathReading;
  if (spec.startsWith('//')) reading = fromAbsolute(spec.slice(1), opts.root);
  else if (spec === '~' || spec.startsWith('~/')) reading = fromAbsolute(opts.home + spec.slice(1), opts.root);
  else if (spec.startsWith('/')) {
    // Relative to the settings file (older docs say so); the project root is also read, so a
    // deny covers both readings.
    const a = fromAbsolute(toPosix(opts.settingsDir) + spec, opts.root);
    const b = fromAbsolute(toPosix(opts.root) + spec, opts.root);
    const repo = [...new Set([...a.repo, ...b.repo])];
    reading = { repo, outside: a.outside || b.outside, exact: false };
  } else {
    const rel = spec.startsWith('./') ? spec.slice(2) : spec;
    // `./x` anchors x at the working directory; the policy reads a bare name at any depth (wider).
    reading = { repo: [rel], outside: false, exact: !(spec.startsWith('./') && !rel.includes('/')) };
  }
  const bad = reading.repo.find((p) => globSyntaxError(p) !== undefined || p.split('/').includes('..'));
  if (bad !== undefined) return { repo: ['**'], outside: reading.outside, exact: false };
  return reading;
}

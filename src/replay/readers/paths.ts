import { posix } from 'node:path';

/** POSIX form of a logged path: Windows separators and drive letters made '/'-style. */
export function posixPath(p: string): string {
  if (p.includes('\\')) p = p.replace(/\\/g, '/');
  if (/^[A-Za-z]:\//.test(p)) p = '/' + p;
  return p;
}

function under(root: string, p: string): string | undefined {
  if (p === root) return '.';
  const r = root.endsWith('/') ? root : root + '/';
  return p.startsWith(r) ? p.slice(r.length) : undefined;
}

/** The home directory a session root suggests (`/Users/x`, `/home/x`), for `~/...` paths. */
function homeOf(sessionRoot: string | undefined): string | undefined {
  const m = sessionRoot && /^(\/Users\/[^/]+|\/home\/[^/]+|\/root)(?:\/|$)/.exec(posixPath(sessionRoot));
  return m ? m[1]! : undefined;
}

export interface PathBase {
  /** Absolute repository root on this machine. */
  repoRoot: string;
  /**
   * Where the repository lay on the machine that wrote the log, as the log records it: an
   * explicit field (`repo_root`), or a Claude Code session's first cwd. Never an entry's own
   * cwd: an agent that ran `cd /` would make every absolute path look repository-relative.
   */
  sessionRoot?: string;
  /** The agent's working directory when it acted. */
  cwd?: string;
}

/**
 * Makes a logged path repository-relative: absolute paths under the recorded repository root
 * lose that prefix; relative paths are taken from the agent's cwd. Without a recorded root an
 * absolute path cannot be placed in the repository (the log may come from any machine): it stays
 * absolute, and so does anything outside the root, so the engine treats it as outside the workspace.
 */
// Already a clean repository-relative path: no '.', '..' or empty segments, no '\\', not absolute.
const PLAIN = /^(?![/~]|\.{1,2}(?:\/|$))(?!.*(?:\/\.{1,2}(?:\/|$)|\/\/|\\|\/$|^\s|\s$))/;

// Absolute, and nothing posix.normalize would change or norm would strip: no '.', '..' or
// empty segments, no trailing '/'.
const CLEAN_ABS = /^(?=\/)(?!.*(?:\/\.{1,2}(?:\/|$)|\/\/|\/$))/;

export function toRepoPath(raw: string, base: PathBase): string {
  if (!base.cwd && PLAIN.test(raw)) return raw;
  let p = posixPath(raw.trim());
  // Home paths stay in `~` form: outside the workspace, matched by `~/...` allow patterns.
  if (p.startsWith('~')) return norm(p);
  if (!p.startsWith('/')) {
    const cwd = base.cwd ? relCwd(base) : undefined;
    if (cwd === undefined) return normalizeRel(p);
    if (cwd.startsWith('/')) return norm(posix.join(cwd, p));
    return normalizeRel(posix.join(cwd, p));
  }
  // Most logged absolute paths are already normal: skip posix.normalize for those.
  if (!CLEAN_ABS.test(p)) p = norm(p);
  if (base.sessionRoot) {
    const inSession = under(normRoot(base.sessionRoot), p);
    if (inSession !== undefined) return inSession;
    // The agent's home directory, as the session root shows it, is `~` to the policy.
    const home = homeOf(base.sessionRoot);
    const inHome = home ? under(home, p) : undefined;
    if (inHome !== undefined) return inHome === '.' ? '~' : `~/${inHome}`;
  }
  return p;
}

// Roots repeat on every line: normalise each once.
const roots = new Map<string, string>();
// A few roots alternate: the last two answers, before the map.
let rootA = ['', ''];
let rootB = ['', ''];
function normRoot(r: string): string {
  if (r === rootA[0]) return rootA[1]!;
  if (r === rootB[0]) return rootB[1]!;
  let n = roots.get(r);
  if (n === undefined) {
    n = norm(posixPath(r));
    if (roots.size > 1000) roots.clear();
    roots.set(r, n);
  }
  rootB = rootA;
  rootA = [r, n];
  return n;
}

/** posix.normalize without a trailing '/' (`src/` is the directory `src`). */
function norm(p: string): string {
  const n = posix.normalize(p);
  return n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n;
}

function normalizeRel(p: string): string {
  const n = norm(p);
  return n === '' || n === './' ? '.' : n;
}

/** The agent's cwd relative to the repository ('.' for the root), or absolute when outside it. */
export function relCwd(base: PathBase): string | undefined {
  if (!base.cwd) return undefined;
  if (last.cwd === base.cwd && last.repoRoot === base.repoRoot && last.sessionRoot === base.sessionRoot) return last.rel;
  const c = norm(posixPath(base.cwd));
  let rel: string;
  if (!c.startsWith('/')) rel = normalizeRel(c);
  else rel = (base.sessionRoot ? under(normRoot(base.sessionRoot), c) : undefined) ?? c;
  last = { cwd: base.cwd, repoRoot: base.repoRoot, sessionRoot: base.sessionRoot, rel };
  return rel;
}

// Consecutive lines of a session share their cwd.
let last: { cwd?: string; repoRoot?: string; sessionRoot?: string; rel?: string } = {};

/** The agent's cwd as an absolute path on this machine (for the engine's Action.cwd). */
export function localCwd(base: PathBase): string | undefined {
  const rel = relCwd(base);
  if (rel === undefined) return undefined;
  if (rel.startsWith('/')) return rel;
  return rel === '.' ? base.repoRoot : posix.join(posixPath(base.repoRoot), rel);
}

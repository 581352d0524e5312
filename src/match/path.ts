/**
 * Path normalisation (SPEC 3): every path is normalised before any pattern sees it.
 *
 *   normalizePath(input, { root, cwd? }) -> { path, outside, invalid? }
 *
 * - `\` becomes `/`; `.` and `..` are resolved; repeated `/` collapse; leading `./` and trailing `/` go.
 * - A relative input is resolved against `cwd` when `cwd` is given (a relative `cwd` counts as
 *   repository-relative; a `cwd` outside the repository leaves the input outside), else `root`.
 * - A result inside the repository is repository-relative (`src/a.ts`); the repository root itself
 *   is `.` (never '' — an empty string is too easily taken for "no path").
 * - A result outside the repository has `outside: true` and keeps its absolute normalised form
 *   (`/etc/passwd`, `C:/x`). Home paths (`~`, `~/x`, `~user/x`: a shell would expand them) are
 *   outside and keep their `~` form.
 * - A repository-relative result whose first segment starts with `~` or looks like a drive (`C:`)
 *   would be read back as a home or drive path, so it is reported outside in its absolute form:
 *   deny when unsure, and normalisation stays idempotent.
 * - Inputs that cannot be judged (empty, control characters, U+2028/2029, lone surrogates, `..`
 *   above `~`, drive-relative `C:x`, a segment that Windows reads as `.`, `..` or nothing, such
 *   as `.. ` or `...`) are `invalid` (with `outside: true` and `path` = the input): deny them
 *   outright, never match them against allow patterns.
 * - windowsAlias(path): how Windows reads a normalised path (`.env.`, `.env ` and `.env::$DATA`
 *   are `.env`), for deny lists to test as well.
 *
 * Idempotent: normalizePath(r.path, { root }) equals r for every result r.
 */

export interface NormalizedPath {
  /** Repository-relative (`src/a.ts`, `.` for the root), or absolute/`~` form when outside. */
  path: string;
  /** Outside the repository (or invalid): denied unless an absolute-path allow pattern names it. */
  outside: boolean;
  /** Why the input could not be normalised; such paths are always denied. */
  invalid?: string;
}

export interface NormalizeOptions {
  /** Absolute path of the repository root (POSIX or Windows form). */
  root: string;
  /** Working directory the action ran in (absolute, or repository-relative). */
  cwd?: string;
}

// C0 controls, DEL, C1 controls, line/paragraph separators (a JS `.` does not match them).
const BAD_CHAR = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const DRIVE = /^[A-Za-z]:/;

/** Why a string cannot be a path at all, or undefined. */
export function pathCharProblem(s: string): string | undefined {
  if (s === '') return 'empty path';
  const bad = BAD_CHAR.exec(s);
  if (bad) return `contains control character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (LONE_SURROGATE.test(s)) return 'contains an unpaired UTF-16 surrogate';
  return undefined;
}

/** Resolves an absolute POSIX-separated path: anchor `''` (for `/`) or `C:`, then segments. */
function resolveAbsolute(p: string): string {
  let anchor = '';
  let rest = p;
  if (DRIVE.test(p)) {
    anchor = p[0]!.toUpperCase() + ':';
    rest = p.slice(2);
  }
  // Already normal (one leading `/`, no empty, `.` or `..` segment, no trailing `/`): as it is.
  // Most paths are, and splitting a 100 KB path into 50,000 strings costs more than linear time.
  if (isNormalRest(rest)) return anchor + rest;
  const out: string[] = [];
  for (const seg of rest.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop(); // `..` at the top stays at the top, as POSIX does
    else out.push(seg);
  }
  return `${anchor}/${out.join('/')}`;
}

function isNormalRest(rest: string): boolean {
  return (
    rest.length > 1 &&
    rest[0] === '/' &&
    !rest.endsWith('/') &&
    !rest.endsWith('/.') &&
    !rest.endsWith('/..') &&
    !rest.includes('//') &&
    !rest.includes('/./') &&
    !rest.includes('/../')
  );
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:(\/|$)/.test(p);
}

/** The last root normalised, and its normal form: every call of one policy passes the same root. */
let lastRoot: string | undefined;
let lastRootNormal = '';

/** Normalised absolute root; throws on a relative root (a programming error, not user input). */
function normalizeRoot(root: string): string {
  if (root === lastRoot) return lastRootNormal;
  const r = root.replace(/\\/g, '/');
  if (!isAbsolute(r) || pathCharProblem(r)) throw new TypeError(`repository root must be an absolute path: ${JSON.stringify(root)}`);
  const normal = resolveAbsolute(r);
  lastRoot = root;
  lastRootNormal = normal;
  return normal;
}

/** Repository-relative form of an absolute path, or undefined when it lies outside `root`. */
function relativeTo(root: string, abs: string): string | undefined {
  if (abs === root) return '.';
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return abs.startsWith(prefix) ? abs.slice(prefix.length) : undefined;
}

/** A segment as Windows reads it: `:stream` suffix and trailing dots and spaces dropped. */
function windowsSegment(seg: string): string {
  const colon = seg.indexOf(':');
  const name = colon >= 0 ? seg.slice(0, colon) : seg;
  // A loop, not /[. ]+$/: that regex is quadratic on a long run of dots or spaces not at the end.
  let end = name.length;
  while (end > 0 && (name[end - 1] === '.' || name[end - 1] === ' ')) end--;
  return name.slice(0, end);
}

const WINDOWS_TRIMMED = /[. ](\/|$)|:/;

/** The path as Windows would read it, when that differs (see the header); undefined otherwise. */
export function windowsAlias(path: string): string | undefined {
  if (!WINDOWS_TRIMMED.test(path)) return undefined;
  const segs = path.split('/');
  const out = segs.map((seg, k) => (k === 0 && (seg === '' || seg.startsWith('~') || /^[A-Za-z]:$/.test(seg)) ? seg : windowsSegment(seg)));
  if (out.some((seg, k) => seg === '' && segs[k] !== '')) return undefined; // `:x`, `.`: no reading
  const alias = out.join('/');
  return alias === path ? undefined : alias;
}

/** A segment that is a plain name on POSIX but `.`, `..` or nothing on Windows. */
function windowsDotSegment(path: string): string | undefined {
  if (!WINDOWS_TRIMMED.test(path)) return undefined;
  return path.split('/').find((seg) => /[. ]$/.test(seg) && ['', '.', '..'].includes(windowsSegment(seg)) && !['', '.', '..'].includes(seg));
}

function outside(path: string): NormalizedPath {
  return { path, outside: true };
}

function invalid(input: string, reason: string): NormalizedPath {
  return { path: input, outside: true, invalid: reason };
}

/**
 * Whether a relative input is already normal and needs none of the checks below: one or more
 * segments of [A-Za-z0-9_.+-] separated by single `/`, none of them `.` or `..`, none ending in
 * `.` (a dot segment on Windows). No control character, `\\`, `~`, `:` or space can be in it, so
 * every check below passes and resolving it against the root gives it back as it is.
 */
function plainRelative(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  let segStart = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? s.charCodeAt(i) : 0x2f;
    if (c === 0x2f) {
      // An empty segment (leading, trailing or repeated `/`), or one ending in `.` (`.`, `..`, `a.`).
      if (i === segStart || s.charCodeAt(i - 1) === 0x2e) return false;
      segStart = i + 1;
      continue;
    }
    const plain =
      (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e || c === 0x2d || c === 0x2b;
    if (!plain) return false;
  }
  return true;
}

export function normalizePath(input: string, opts: NormalizeOptions): NormalizedPath {
  if (typeof input !== 'string') return invalid(String(input), 'not a string');
  // The common case, told apart in one pass (test/match/path-fast.test.ts compares it with the
  // full way on generated inputs): a plain relative path with no working directory is itself.
  if ((opts.cwd === undefined || opts.cwd === '') && plainRelative(input)) {
    normalizeRoot(opts.root); // still refuses a root that is not absolute
    return { path: input, outside: false };
  }
  return normalizeSlowly(input, opts);
}

/** normalizePath without its fast path (for the test that compares them). */
export function normalizeSlowly(input: string, opts: NormalizeOptions): NormalizedPath {
  if (typeof input !== 'string') return invalid(String(input), 'not a string');
  const problem = pathCharProblem(input);
  if (problem) return invalid(input, problem);
  const root = normalizeRoot(opts.root);
  const s = input.includes('\\') ? input.replace(/\\/g, '/') : input;
  const dotty = windowsDotSegment(s);
  if (dotty !== undefined) return invalid(input, `segment ${JSON.stringify(dotty)} is a dot segment or nothing on Windows`);

  // Home paths: `~`, `~/x`, `~user/x`. `..` may not climb above the home directory.
  if (s.startsWith('~')) {
    const [head, ...segs] = s.split('/');
    const out: string[] = [];
    for (const seg of segs) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') {
        if (out.length === 0) return invalid(input, `'..' climbs above ${head}`);
        out.pop();
      } else out.push(seg);
    }
    return outside([head, ...out].join('/'));
  }
  if (DRIVE.test(s) && !/^[A-Za-z]:(\/|$)/.test(s)) return invalid(input, 'drive-relative path');

  // Relative to a home-directory cwd: a home path, outside the repository.
  if (!isAbsolute(s) && opts.cwd?.startsWith('~') && !pathCharProblem(opts.cwd)) return normalizePath(`${opts.cwd.replace(/\\/g, '/')}/${s}`, { root: opts.root });
  let abs: string;
  if (isAbsolute(s)) abs = resolveAbsolute(s);
  else abs = resolveAbsolute(`${baseDir(root, opts.cwd)}/${s}`);

  const rel = relativeTo(root, abs);
  if (rel === undefined) return outside(abs);
  const slash = rel.indexOf('/');
  const first = slash < 0 ? rel : rel.slice(0, slash);
  if (first.startsWith('~') || DRIVE.test(first)) return outside(abs);
  return { path: rel, outside: false };
}

/** The directory a relative input is resolved against: `cwd` when one is given, else the root. */
function baseDir(root: string, cwd: string | undefined): string {
  if (cwd === undefined || cwd === '' || pathCharProblem(cwd)) return root;
  const c = cwd.replace(/\\/g, '/');
  // A cwd outside the repository stays outside (SPEC 3, issue 14: `echo x > passwd` in /etc writes
  // /etc/passwd). Callers that read another machine's paths map them onto this root first.
  return isAbsolute(c) ? resolveAbsolute(c) : resolveAbsolute(`${root}/${c}`);
}

/** Segments of a normalised repository-relative path ('.' has none). */
export function pathSegments(path: string): string[] {
  return path === '.' ? [] : path.split('/');
}

/** `s` without trailing `/`s: a loop, since `/\/+$/` is quadratic on a long run of slashes. */
export function withoutTrailingSlashes(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0x2f) end--;
  return end === s.length ? s : s.slice(0, end);
}

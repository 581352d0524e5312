/**
 * Globs -> plain regular expressions (no look-arounds, no back-references), our own compiler.
 *
 * Exported API
 *   globSyntaxError(pattern)            -> { message, offset } | undefined   (offset: 0-based)
 *   globToRegexSource(pattern)          -> regex source matching exactly what picomatch(pattern, { dot: true })
 *                                          matches on normalised paths (see DOMAIN). Unanchored: it
 *                                          describes a whole path, wrap it as ^(?:…)$ to use it.
 *   globToRegExp(pattern, { nocase })   -> anchored RegExp (flag `i` with nocase); backtracks: tests only
 *   compileGlob(pattern, { nocase })    -> (path) => boolean, linear time (linear.ts)
 *   policyGlobSource(pattern, opts)     -> SPEC 3 policy semantics (below), same regex subset
 *   policyGlobRegExp (RegExp) / compilePolicyGlob (linear time)
 *   analyzePolicyPattern(pattern)       -> facts (anchored, absolute, universal, literal, …) about a pattern
 *   isAbsolutePattern, isUniversalPattern, PATH_DOMAIN_SOURCE, SEGMENT_DOMAIN_SOURCE
 * Every function but globSyntaxError throws GlobError (with .offset) on a pattern globSyntaxError rejects.
 *
 * Regex subset (for refa): literal characters (escaped where needed), `[^/]`, `[^]`, character
 * classes without `.`, non-capturing groups, `|`, `*`, `+`, `?`. Flags: '' or 'i'. No `u` flag:
 * like picomatch we match UTF-16 code units.
 *
 * DOMAIN (the alphabet assumption). Equality with picomatch holds on what normalizePath returns,
 * minus the repository root `.` and the file-system root `/`: non-empty strings of any characters
 * except C0/C1 controls, DEL, U+2028/2029, lone surrogates; `/` separates segments; no empty, `.` or
 * `..` segments except one leading empty segment (absolute paths); no trailing `/`. Outside it
 * (`a//b`, `a/./b`, `a/`) picomatch's hidden look-aheads would differ from us. Also ignored:
 * picomatch.isMatch's shortcut that a pattern matches its own text (`{a,b}` matches the path
 * `{a,b}`); we match what picomatch.makeRe matches.
 *
 * Supported syntax: literals and `\`-escapes of punctuation; `*`; `**` as a whole segment; `?`;
 * classes `[abc]` `[a-z]` `[^a]` `[]a]` `[[:alpha:]]` (alnum alpha digit lower upper word xdigit
 * blank space); braces `{a,b}` (nested, may contain `/`) and single-character ranges `{1..3}`
 * `{a..e}`; extglobs `@(a|b)` `?(a)` `+(a)` `*(a)` (not nested, within one segment); a leading
 * `./`. Rejected with a message (picomatch does something surprising or not regular there):
 * `!(…)`, leading `!`, `[!…]`, `**` inside a segment or inside `{}`/`()`, `***`, nested extglobs,
 * `{a}`, `{1..10}`, `(…)` / `|` outside extglobs, `"`, classes that can match `/`, `\` before a
 * letter or digit, `\\`, `\/`, control characters, `+`/`?` where picomatch reads them as regex
 * quantifiers, `.*` inside `{}`/`()`, `*(a|aa)`-style repeats that picomatch matches literally,
 * `$$`/`^^`/`++` where its fast path mis-escapes them, and a `.` after text in a pattern with a
 * POSIX class or range (picomatch turns it into a wildcard). Emulated exactly: `[abc]` also
 * matching the text `[abc]`, `/**\/x` not matching `/x`, `*\/**` not matching a bare `x`,
 * `a/**\/?(x)` matching `a`, and the exact patterns `*.*` and `**\/*.*` wanting a character after
 * the dot.
 *
 * Policy semantics (SPEC 3), policyGlobSource:
 * - a leading `./` is dropped but anchors (`./.env` is the root `.env` only);
 * - a pattern with no `/` (trailing `/` aside) and not starting with `~` matches a name at any depth
 *   (`.env*` ~ `**\/.env*`); one with a `/` is anchored at the repository root (`/x`, `~/x`: at
 *   the file-system root / home: they name outside paths);
 * - `dir/**` also matches `dir` (even `*\/**`, where picomatch does not), and `*.*` is read like any
 *   other `*` (it matches `a.`): policy languages contain picomatch's, never less;
 * - a trailing `/` (`secrets/`) means the directory and everything below it;
 * - coverDescendants (for denies): a path is also matched when one of its ancestors is, so the
 *   deny `node_modules` covers `web/node_modules/x/y.js`. Allows do not use it: the allow
 *   `package.json` must not allow `package.json/evil`.
 * - nocase (denies only): case-insensitive, JS `i` semantics.
 * The repository root `.` is matched only by universal patterns (`**`): see isUniversalPattern.
 * For automata (conflict analysis): take policyGlobSource(pattern, opts) with flags 'i' when nocase
 * and intersect a relative pattern's language with PATH_DOMAIN_SOURCE (absolute ones name outside
 * paths, which compiled allow lists keep apart: see patterns.ts scopeAbsolute).
 */

import { Automaton } from './linear.js';

export interface GlobSyntaxError {
  message: string;
  /** 0-based offset of the offending character in the pattern as written. */
  offset: number;
}

export class GlobError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'GlobError';
  }
}

export interface GlobOptions {
  nocase?: boolean;
}

export interface PolicyGlobOptions extends GlobOptions {
  /** Also match every path below a matching path (denies). */
  coverDescendants?: boolean;
}

/** Any character, one path segment character. */
const ANY = '[^]';
const SEG = '[^/]';
const MAX_LENGTH = 4096;

/**
 * One normalised path segment: some character other than `.` and space (so not `.`, `..`, or a
 * name Windows reads as one), no controls, no lone surrogates. (normalizePath also refuses a few
 * names with `:` such as `. :x `: witnesses from this language may still be one of those.)
 */
const BAD = '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\ud800-\\udfff';
const PAIR = '[\\ud800-\\udbff][\\udc00-\\udfff]';
const SEG_CH = `(?:[^/${BAD}]|${PAIR})`;
export const SEGMENT_DOMAIN_SOURCE = `(?:[. ]*(?:[^/. ${BAD}]|${PAIR})${SEG_CH}*)`;
/** A first segment, which moreover cannot start with `~` (home) or `X:` (a drive). */
const FIRST_SEGMENT = `(?:[. ]+(?:[^/. ${BAD}]|${PAIR})${SEG_CH}*|(?:[^/. ~A-Za-z${BAD}]|${PAIR})${SEG_CH}*|[A-Za-z](?:(?:[^/:${BAD}]|${PAIR})${SEG_CH}*)?)`;
/** Normalised repository-relative paths other than the root: what conflict witnesses should come from. */
export const PATH_DOMAIN_SOURCE = `${FIRST_SEGMENT}(?:/${SEGMENT_DOMAIN_SOURCE})*`;

// ---------------------------------------------------------------------------------------------
// Parsing

type Node =
  | { t: 'lit'; ch: string; at: number; text?: boolean } // text: picomatch's token type is `text`
  | { t: 'sep'; at: number } // a `/`
  | { t: 'star'; at: number }
  | { t: 'globstar'; at: number } // `**`, valid only as a whole top-level segment
  | { t: 'qmark'; at: number }
  | { t: 'class'; src: string; at: number }
  | { t: 'group'; alts: Node[][]; at: number } // {a,b}
  | { t: 'ext'; kind: '@' | '?' | '+' | '*'; alts: Node[][]; at: number };

type Ctx = 'top' | 'brace' | 'ext';

const POSIX: Record<string, { src: string; lit: string }> = {
  // src: regex class body; lit: the same text as picomatch keeps it (for its literal alternative).
  alnum: { src: 'a-zA-Z0-9', lit: 'a-zA-Z0-9' },
  alpha: { src: 'a-zA-Z', lit: 'a-zA-Z' },
  digit: { src: '0-9', lit: '0-9' },
  lower: { src: 'a-z', lit: 'a-z' },
  upper: { src: 'A-Z', lit: 'A-Z' },
  word: { src: 'A-Za-z0-9_', lit: 'A-Za-z0-9_' },
  xdigit: { src: 'A-Fa-f0-9', lit: 'A-Fa-f0-9' },
  blank: { src: ' \\t', lit: ' \\t' },
  space: { src: ' \\t\\r\\n\\v\\f', lit: ' \\t\\r\\n\\v\\f' },
};
const POSIX_WITH_SLASH = new Set(['ascii', 'graph', 'print', 'punct']);
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const ALNUM = /[A-Za-z0-9]/;
const PICO_SPECIAL = /[-*+?.^${}(|)[\]]/;
/** How deep `{…}` may nest in a pattern (or in a command word read as a glob). */
export const MAX_BRACE_DEPTH = 32;

class Parser {
  i: number;
  /** A POSIX class or a {x..y} range: picomatch then rebuilds its output (see dotAfterText). */
  backtrack = false;
  constructor(
    readonly p: string,
    start: number,
  ) {
    this.i = start;
  }

  fail(message: string, at = this.i): never {
    throw new GlobError(message, at);
  }

  /** A sequence until a terminator of ctx (not consumed) or the end. */
  seq(ctx: Ctx, braceDepth: number): Node[] {
    const { p } = this;
    const out: Node[] = [];
    const prev = () => out[out.length - 1];
    while (this.i < p.length) {
      const at = this.i;
      const c = p[at]!;
      if (ctx === 'brace' && (c === ',' || c === '}')) return out;
      if (ctx === 'ext' && (c === '|' || c === ')')) return out;
      if (CONTROL.test(c)) this.fail(`control character U+${c.charCodeAt(0).toString(16).padStart(4, '0')} in a pattern`);
      switch (c) {
        case '\\': {
          const n = p[at + 1];
          if (n === undefined) this.fail('trailing backslash: nothing to escape');
          if (n === '\\') this.fail('`\\\\` matches a backslash, which a normalised path never contains: use / as the path separator');
          if (ALNUM.test(n)) this.fail(`backslash before "${n}": use / as the path separator (\\ only escapes special characters)`);
          if (CONTROL.test(n)) this.fail('control character in a pattern', at + 1);
          if (n === '/') this.fail('`\\/` is just `/` (and confuses picomatch next to `**`): write /');
          if (n === '*' && p[at + 2] === '*') this.fail('backslash before `**`: use / as the path separator (write [*] for a literal *)');
          this.i = at + 2;
          if (n === '.') this.dot(out, ctx, braceDepth, at);
          else out.push({ t: 'lit', ch: n, at, text: true });
          continue;
        }
        case '/':
          this.i++;
          this.slash(out, ctx, at);
          continue;
        case '.':
          this.i++;
          this.dot(out, ctx, braceDepth, at);
          continue;
        case '*': {
          let j = at;
          while (p[j] === '*') j++;
          const ext = p[j] === '(';
          const plain = j - at - (ext ? 1 : 0);
          if (plain >= 3) this.fail('`***`: use `*` (within a segment) or `**` (any number of segments)');
          if (plain === 2) {
            if (ctx !== 'top') this.fail('`**` inside {…} or an extglob is not supported: write it outside the group');
            out.push({ t: 'globstar', at });
          } else if (plain === 1) out.push({ t: 'star', at });
          this.i = at + plain;
          if (ext) out.push(this.extglob('*', braceDepth, ctx));
          continue;
        }
        case '?':
          if (p[at + 1] === '(') {
            out.push(this.extglob('?', braceDepth, ctx));
            continue;
          }
          if (prev()?.t === 'ext') this.fail('`?` right after an extglob is read as a regex quantifier by picomatch: write ?(…) or escape it as \\?');
          this.i++;
          out.push({ t: 'qmark', at });
          continue;
        case '+': {
          if (p[at + 1] === '(') {
            out.push(this.extglob('+', braceDepth, ctx));
            continue;
          }
          const pr = prev();
          const afterOpen = ctx === 'brace' && out.length === 0;
          if (ctx === 'ext' || afterOpen || pr?.t === 'class' || pr?.t === 'ext' || pr?.t === 'group')
            this.fail('picomatch reads `+` here as a regex quantifier: escape it as \\+');
          this.i++;
          out.push({ t: 'lit', ch: '+', at });
          continue;
        }
        case '@':
          if (p[at + 1] === '(') {
            out.push(this.extglob('@', braceDepth, ctx));
            continue;
          }
          this.i++;
          out.push({ t: 'lit', ch: '@', at, text: true });
          continue;
        case '!':
          if (p[at + 1] === '(') this.fail('negated extglob !(…) is not supported: list the alternatives instead');
          this.i++;
          out.push({ t: 'lit', ch: '!', at, text: true });
          continue;
        case '(':
          this.fail('`(` outside an extglob: write @(a|b) for alternatives, or escape it as \\(');
        case ')':
          this.fail('unmatched `)`: escape it as \\)');
        case '|':
          this.fail('`|` outside an extglob: write @(a|b) or {a,b}, or escape it as \\|');
        case ']':
          this.fail('unmatched `]`: escape it as \\]');
        case '}':
          this.fail('unmatched `}`: escape it as \\}');
        case '"':
          this.fail('picomatch treats `"` as quoting: escape it as \\"');
        case '[':
          out.push(this.charClass());
          continue;
        case '{':
          if (ctx === 'ext') this.fail('braces inside an extglob are not supported');
          out.push(this.brace(braceDepth + 1));
          continue;
        default:
          this.i++;
          out.push({ t: 'lit', ch: c, at, text: c !== ',' });
      }
    }
    return out;
  }

  slash(out: Node[], ctx: Ctx, at: number): void {
    if (ctx === 'ext') this.fail('`/` inside an extglob is not supported: an extglob stays within one path segment', at);
    out.push({ t: 'sep', at });
  }

  dot(out: Node[], ctx: Ctx, braceDepth: number, at: number): void {
    const { p } = this;
    // Inside {} picomatch reads `..` as a range; inside {} or () it gives `.*` a hidden look-ahead.
    if (braceDepth > 0 && (p[this.i] === '.' || p.startsWith('\\.', this.i)))
      this.fail('`..` inside {…} is read as a range by picomatch: only single-character ranges like {1..3} are supported', at);
    if (ctx !== 'top' && p[this.i] === '*' && p[this.i + 1] !== '(' && p[this.i + 1] !== '*')
      this.fail('`.*` inside {…} or an extglob is not supported exactly: write [.]* instead', at);
    const pr = out[out.length - 1];
    const text = ctx === 'top' && braceDepth === 0 && pr !== undefined && pr.t !== 'sep';
    out.push({ t: 'lit', ch: '.', at, text });
  }

  extglob(kind: '@' | '?' | '+' | '*', braceDepth: number, ctx: Ctx): Node {
    const at = this.i;
    const { p } = this;
    if (p[at + 2] === '?') this.fail('`(?` is regex syntax, not a glob: not supported', at + 1);
    if (ctx === 'ext') this.fail('nested extglobs are not supported', at);
    this.i = at + 2;
    const alts: Node[][] = [];
    const raws: string[] = [];
    for (;;) {
      const start = this.i;
      alts.push(this.seq('ext', braceDepth));
      raws.push(p.slice(start, this.i));
      if (this.i >= p.length) this.fail(`unclosed extglob ${kind}(: add \`)\``, at);
      if (p[this.i] === ')') break;
      this.i++; // `|`
    }
    this.i++; // `)`
    if (alts.length === 1 && alts[0]!.length === 0) this.fail(`empty extglob ${kind}()`, at);
    if ((kind === '*' || kind === '+') && repeatedIsLiteral(raws))
      this.fail(`picomatch matches this ${kind}(…) literally (empty, all-wildcard or overlapping repeated alternatives): not supported`, at);
    return { t: 'ext', kind, alts, at };
  }

  brace(depth: number): Node {
    const at = this.i;
    const { p } = this;
    // The parser recurses once per level: a bound keeps a hostile command word (`?{{{{…`, which
    // the engine reads as a glob) from overflowing the stack; no real pattern nests this deep.
    if (depth > MAX_BRACE_DEPTH) this.fail(`braces nested deeper than ${MAX_BRACE_DEPTH} levels are not supported`, at);
    // Sticky at `at`, not anchored on a slice: a slice per brace would be quadratic in the braces.
    const rangeAt = /\{([0-9a-zA-Z])\.\.([0-9a-zA-Z])\}/y;
    rangeAt.lastIndex = at;
    const range = rangeAt.exec(p);
    if (range) {
      const [a, b] = [range[1]!, range[2]!];
      const kind = (c: string) => (/[0-9]/.test(c) ? 0 : /[a-z]/.test(c) ? 1 : 2);
      if (kind(a) !== kind(b)) this.fail('a range must run between two digits, two lower-case or two upper-case letters', at);
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      this.i = at + range[0].length;
      this.backtrack = true;
      return { t: 'class', src: `[${lo}-${hi}]`, at };
    }
    if (isSequenceBrace(p, at))
      this.fail('only single-character ranges like {1..3} or {a..e} are supported: list the alternatives {1,2,10}', at);
    this.i = at + 1;
    const alts: Node[][] = [];
    for (;;) {
      alts.push(this.seq('brace', depth));
      if (this.i >= p.length) this.fail('unclosed `{`: add `}` or escape it as \\{', at);
      if (p[this.i] === '}') break;
      this.i++; // `,`
    }
    this.i++;
    if (alts.length < 2) this.fail('`{…}` without a comma is literal in picomatch: add alternatives {a,b} or escape the braces', at);
    return { t: 'group', alts, at };
  }

  charClass(): Node {
    const at = this.i;
    const { p } = this;
    let i = at + 1;
    let negated = false;
    if (p[i] === '!') this.fail('`[!…]` does not negate in picomatch (it matches `!`): write [^…]', i);
    if (p[i] === '^') {
      negated = true;
      i++;
    }
    let src = ''; // our class body
    let pico = negated ? '^' : ''; // picomatch's view of the body (decides its literal alternative)
    let first = true;
    const atom = (): { ch: string; esc: boolean } | undefined => {
      const c = p[i];
      if (c === undefined) this.fail('unclosed `[`: add `]` or escape it as \\[', at);
      if (CONTROL.test(c)) this.fail('control character in a pattern', i);
      if (c === '\\') {
        const n = p[i + 1];
        if (n === undefined) this.fail('trailing backslash: nothing to escape', i);
        if (ALNUM.test(n)) this.fail(`backslash before "${n}" inside [...]: only special characters can be escaped`, i);
        if (n === '/') this.fail('a character class cannot match `/`', i);
        if (n === '[') this.fail('an escaped `[` inside [...] is not supported', i);
        if (CONTROL.test(n)) this.fail('control character in a pattern', i + 1);
        i += 2;
        return { ch: n, esc: true };
      }
      if (c === '/') this.fail('a character class cannot match `/`', i);
      if (c === '[') return undefined;
      i++;
      return { ch: c, esc: false };
    };
    for (;;) {
      const c = p[i];
      if (c === undefined) this.fail('unclosed `[`: add `]` or escape it as \\[', at);
      if (c === ']' && !first) break;
      if (c === '[') {
        const m = /^\[:([a-z]+):\]/.exec(p.slice(i));
        if (!m) this.fail('a literal `[` inside [...] is not supported', i);
        const name = m[1]!;
        if (POSIX_WITH_SLASH.has(name)) this.fail(`[[:${name}:]] also matches \`/\`: list the characters you mean`, i);
        const cls = Object.hasOwn(POSIX, name) ? POSIX[name] : undefined;
        if (!cls) this.fail(`unknown POSIX class [:${name}:]`, i);
        if (negated) this.fail('a negated class with a POSIX class can match `/` in picomatch: not supported', i);
        src += cls.src;
        pico += cls.lit;
        this.backtrack = true;
        i += m[0].length;
        first = false;
        continue;
      }
      const start = i;
      const a = first && c === ']' ? (i++, { ch: ']', esc: false }) : atom()!;
      first = false;
      const picoOf = (x: { ch: string; esc: boolean }, pos: number) =>
        x.ch === ']' && pos === at + 1 + (negated ? 1 : 0) ? '\\]' : x.esc ? (x.ch === '.' || x.ch === ';' ? x.ch : `\\${x.ch}`) : x.ch;
      if (p[i] === '-' && p[i + 1] !== ']' && p[i + 1] !== undefined) {
        const dash = i;
        i++;
        const bStart = i;
        const b = atom();
        if (!b) this.fail('a range cannot end in a POSIX class', dash);
        const lo = a.ch.charCodeAt(0);
        const hi = b.ch.charCodeAt(0);
        if (a.ch.length !== 1 || b.ch.length !== 1 || lo > hi) this.fail(`range ${a.ch}-${b.ch} is out of order`, start);
        if (!negated && lo <= 0x2f && hi >= 0x2f) this.fail(`range ${a.ch}-${b.ch} includes \`/\`: a class cannot match /`, start);
        src += `${classEscape(a.ch)}-${classEscape(b.ch)}`;
        pico += `${picoOf(a, start)}-${picoOf(b, bStart)}`;
        continue;
      }
      if (a.ch === '-' && p[i] === ']' && !a.esc) pico += '\\-';
      else pico += picoOf(a, start);
      src += classEscape(a.ch);
    }
    this.i = i + 1;
    const cls = `[${negated ? '^' : ''}${src}${negated ? '/' : ''}]`;
    // picomatch also matches the class text itself when its body has no regex-special character;
    // that body keeps `\x` escapes and POSIX bodies like ` \t`, all valid outside a class too.
    if (!PICO_SPECIAL.test(pico)) return { t: 'class', src: `(?:\\[${pico}\\]|${cls})`, at };
    return { t: 'class', src: cls, at };
  }
}

function classEscape(ch: string): string {
  return /[\\\]\[^-]/.test(ch) ? `\\${ch}` : ch;
}

/** picomatch turns some `*(…)`/`+(…)` into literal text (its ReDoS guard); we reject those. */
function repeatedIsLiteral(raws: string[]): boolean {
  if (raws.length < 2) return false;
  const trimmed = raws.map((r) => r.trim());
  if (trimmed.some((r) => r === '' || /^[*?]+$/.test(r))) return true;
  const plain = trimmed
    .filter((r) => !/(^|[^\\])(\\\\)*[?*+@!()[\]{}]/.test(r))
    .map((r) => r.replace(/\\(.)/g, '$1'))
    .filter(Boolean);
  for (let a = 0; a < plain.length; a++)
    for (let b = a + 1; b < plain.length; b++) {
      const x = plain[a]!;
      const y = plain[b]!;
      const ch = x[0]!;
      if (x !== ch.repeat(x.length) || y !== ch.repeat(y.length)) continue;
      if (x === y || x.startsWith(y) || y.startsWith(x)) return true;
    }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Emitting

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|]/.test(ch) ? `\\${ch}` : ch;
}

function emitSeq(nodes: Node[]): string {
  let s = '';
  for (const n of nodes) s += emitNode(n);
  return s;
}

function emitNode(n: Node): string {
  switch (n.t) {
    case 'lit':
      return escapeChar(n.ch);
    case 'sep':
      return '/';
    case 'star':
      return `${SEG}*`;
    case 'qmark':
      return SEG;
    case 'class':
      return n.src;
    case 'group':
      return `(?:${n.alts.map(emitSeq).join('|')})`;
    case 'ext':
      return `(?:${n.alts.map(emitSeq).join('|')})${n.kind === '@' ? '' : n.kind}`;
    case 'globstar':
      throw new GlobError('`**` must be a whole path segment', n.at);
  }
}

/**
 * Whether segments (the rest after `a/**\/`) can match '' at the end of a path as picomatch
 * compiles them: a `*` that starts a segment carries picomatch's (?=.) and needs a character,
 * unless a `*(…)` follows it directly.
 */
function nullableAtEnd(segs: Node[][], k = 0): boolean {
  const seg = segs[k]!;
  const segNullable = seg.every((n, idx) =>
    n.t === 'star' && idx === 0 ? seg[1]?.t === 'ext' && seg[1].kind === '*' : nullable(n),
  );
  if (!segNullable) return false;
  if (k === segs.length - 1) return true;
  if (!isGlobstarSeg(segs[k + 1]!)) return false;
  if (k + 1 === segs.length - 1) return !endsWithStar(seg);
  if (k + 2 === segs.length - 1 && segs[k + 2]!.length === 0) return false; // `**/` at the end: no `$` branch
  return nullableAtEnd(segs, k + 2);
}

function nullable(n: Node): boolean {
  switch (n.t) {
    case 'star':
      return true;
    case 'group':
      return n.alts.some((a) => a.every(nullable));
    case 'ext':
      return n.kind === '?' || n.kind === '*' || n.alts.some((a) => a.every(nullable));
    default:
      return false;
  }
}

function isGlobstarSeg(seg: Node[]): boolean {
  return seg.length === 1 && seg[0]!.t === 'globstar';
}

/** Top-level nodes -> segments (split at top-level `/`), with `**` checked and runs of `**` collapsed. */
function toSegments(nodes: Node[]): Node[][] {
  const segs: Node[][] = [[]];
  for (const n of nodes) {
    if (n.t === 'sep') segs.push([]);
    else segs[segs.length - 1]!.push(n);
  }
  for (const seg of segs) {
    const g = seg.find((n) => n.t === 'globstar');
    if (g && seg.length > 1)
      throw new GlobError('`**` must be a whole path segment (a/**/b); within a segment it acts like `*`: write `*`', g.at);
  }
  return segs.filter((seg, k) => !(isGlobstarSeg(seg) && k > 0 && isGlobstarSeg(segs[k - 1]!)));
}

function endsWithStar(seg: Node[] | undefined): boolean {
  return seg !== undefined && seg.length > 0 && seg[seg.length - 1]!.t === 'star';
}

/** Regex source for segments, following picomatch's placement rules for `**`. */
function emitSegments(segs: Node[][], opts: { dirCoversSelf?: boolean } = {}): string {
  const n = segs.length;
  const from = (i: number): string => {
    let out = '';
    for (let k = i; k < n; k++) {
      const seg = segs[k]!;
      if (!isGlobstarSeg(seg)) {
        if (k > 0) out += '/';
        out += emitSeq(seg);
        continue;
      }
      if (k === 0) {
        if (n === 1) return `${ANY}*`;
        return `(?:${ANY}*/)?${from(1).slice(1)}`; // from(1) starts with the `/` we fold in
      }
      if (k === 1 && segs[0]!.length === 0) {
        out += `/${ANY}*`; // `/**`: picomatch uses a bare globstar here
        continue;
      }
      if (k === n - 1) {
        out += !opts.dirCoversSelf && endsWithStar(segs[k - 1]) ? `/${ANY}*` : `(?:/${ANY}*)?`;
        continue;
      }
      // a/**/b: picomatch's (?:/G/|/|$): the `$` branch lets `a` match when the rest can be empty.
      const rest = from(k + 1).slice(1);
      // (picomatch adds the `$` branch only when something follows the slash)
      const emptyRest = !(k + 1 === n - 1 && segs[k + 1]!.length === 0) && nullableAtEnd(segs, k + 1);
      return `${out}(?:/(?:${ANY}*/)?${rest}${emptyRest ? '|' : ''})`;
    }
    return out;
  };
  return from(0);
}

// ---------------------------------------------------------------------------------------------
// Public API

interface Parsed {
  /** Pattern after the leading `./`s. */
  body: string;
  /** Offset of body within the pattern as written. */
  offset: number;
  nodes: Node[];
}

function parse(pattern: string): Parsed {
  if (typeof pattern !== 'string' || pattern === '') throw new GlobError('empty pattern', 0);
  if (pattern.length > MAX_LENGTH) throw new GlobError(`pattern longer than ${MAX_LENGTH} characters`, MAX_LENGTH);
  let offset = 0;
  while (pattern.startsWith('./', offset)) offset += 2;
  const body = pattern.slice(offset);
  if (body === '') throw new GlobError('empty pattern (only `./`)', 0);
  if (body[0] === '!' && body[1] !== '(')
    throw new GlobError('a leading `!` negates a pattern: not supported here (use a deny list instead)', offset);
  // picomatch's fast path (patterns without / ( ) [ ] { } ") escapes only the first of a run like
  // `$$`, `^^`, `++`: the rest become regex anchors or quantifiers.
  const one = pattern.startsWith('./') ? pattern.slice(2) : pattern;
  const run = /(^[*!]|[/()[\]{}"])/.test(one) ? null : /([$^+])(?=\1)/.exec(pattern.slice(offset));
  if (run) throw new GlobError(`repeated \`${run[1]}\` is mis-escaped by picomatch: write [${run[1]}] for each`, offset + run.index + 1);
  const parser = new Parser(pattern, offset);
  const nodes = parser.seq('top', 0);
  if (parser.backtrack) {
    // picomatch rebuilds such patterns from merged text tokens and loses the escape of a `.` that
    // follows other text: it becomes a regex wildcard (even matching `/`).
    nodes.forEach((n, k) => {
      const pr = nodes[k - 1];
      if (n.t === 'lit' && n.ch === '.' && n.text && pr?.t === 'lit' && pr.text)
        throw new GlobError('with a POSIX class or a {x..y} range in the pattern, picomatch turns this `.` into a wildcard: write [.] instead', n.at);
    });
  }
  return { body, offset, nodes };
}

export function globSyntaxError(pattern: string): GlobSyntaxError | undefined {
  try {
    const { nodes } = parse(pattern);
    toSegments(nodes);
    return undefined;
  } catch (e) {
    if (e instanceof GlobError) return { message: e.message, offset: e.offset };
    throw e;
  }
}

export function globToRegexSource(pattern: string): string {
  const segs = toSegments(parse(pattern).nodes);
  // picomatch's fast paths for exactly these (after one `./`) want a character after the dot.
  const one = pattern.startsWith('./') ? pattern.slice(2) : pattern;
  if (one === '*.*') return `${SEG}*\\.${SEG}+`;
  if (one === '**/*.*') return `(?:${ANY}*/)?${SEG}*\\.${SEG}+`;
  return emitSegments(segs);
}

function anchored(source: string, opts: GlobOptions | undefined): RegExp {
  return new RegExp(`^(?:${source})$`, opts?.nocase ? 'i' : '');
}

/** A backtracking RegExp: for tests and tools; match untrusted paths with compileGlob instead. */
export function globToRegExp(pattern: string, opts?: GlobOptions): RegExp {
  return anchored(globToRegexSource(pattern), opts);
}

/** A linear-time matcher (safe on untrusted paths, unlike the backtracking RegExp). */
export function compileGlob(pattern: string, opts?: GlobOptions): (path: string) => boolean {
  const m = new Automaton(Boolean(opts?.nocase)).add(0, globToRegexSource(pattern));
  return (path) => m.run(path).length > 0;
}

/** Starts at the file-system root or a home directory: names paths outside the repository. */
export function isAbsolutePattern(pattern: string): boolean {
  let p = pattern;
  while (p.startsWith('./')) p = p.slice(2);
  return p.startsWith('/') || p.startsWith('~') || /^[A-Za-z]:\//.test(p);
}

export interface PolicyPatternInfo {
  pattern: string;
  /** Names outside paths (`/etc/**`, `~/.ssh/**`). */
  absolute: boolean;
  /** Contains a `/` (or starts with `./` or `~`): matched from the root, not at any depth. */
  anchored: boolean;
  /** Trailing `/`: the directory and everything below. */
  dirOnly: boolean;
  /** Only `**` segments: every path, and the repository root `.`. */
  universal: boolean;
  /** No wildcard at all: the exact path (anchored) or name (not anchored) it denotes. */
  literal?: string;
  /** Regex source of the pattern itself (before any-depth / descendant widening). */
  coreSource: string;
}

/** Facts about a policy pattern; throws GlobError when globSyntaxError would report it. */
export function analyzePolicyPattern(pattern: string): PolicyPatternInfo {
  const { nodes, offset } = parse(pattern);
  let top = nodes;
  let dirOnly = false;
  while (top.length > 1 && top[top.length - 1]!.t === 'sep') {
    top = top.slice(0, -1);
    dirOnly = true;
  }
  const segs = toSegments(top);
  const hasSlash = (ns: Node[]): boolean =>
    ns.some((n) => n.t === 'sep' || ((n.t === 'group' || n.t === 'ext') && n.alts.some(hasSlash)));
  const absolute = isAbsolutePattern(pattern);
  const anchored = offset > 0 || absolute || hasSlash(top);
  const universal = !absolute && segs.every(isGlobstarSeg);
  const lits = top.every((n) => n.t === 'lit' || n.t === 'sep');
  const literal = lits ? top.map((n) => (n.t === 'lit' ? n.ch : '/')).join('') : undefined;
  return {
    pattern,
    absolute,
    anchored,
    dirOnly,
    universal,
    literal,
    coreSource: emitSegments(segs, { dirCoversSelf: true }),
  };
}

/** The SPEC 3 language of a policy pattern (see the header), as an unanchored regex source. */
export function policyGlobSource(pattern: string, opts?: PolicyGlobOptions): string {
  return policySourceOf(analyzePolicyPattern(pattern), opts);
}

export function policySourceOf(info: PolicyPatternInfo, opts?: PolicyGlobOptions): string {
  let s = info.coreSource;
  if (info.universal) return `${ANY}*`;
  if (info.dirOnly || opts?.coverDescendants) s += `(?:/${ANY}*)?`;
  if (!info.anchored) s = `(?:${ANY}*/)?${s}`;
  return s;
}

export function policyGlobRegExp(pattern: string, opts?: PolicyGlobOptions): RegExp {
  return anchored(policyGlobSource(pattern, opts), opts);
}

/** A policy-pattern matcher for one normalised path (`.` = the root: universal patterns only). */
export function compilePolicyGlob(pattern: string, opts?: PolicyGlobOptions): (path: string) => boolean {
  const info = analyzePolicyPattern(pattern);
  const m = new Automaton(Boolean(opts?.nocase)).add(0, policySourceOf(info, opts));
  return (path) => (path === '.' ? info.universal : m.run(path).length > 0);
}

/** Matches every path and the repository root: only `**` segments. */
export function isUniversalPattern(pattern: string): boolean {
  return analyzePolicyPattern(pattern).universal;
}

/**
 * Whether the `{` at `at` opens a sequence expression `{…..…}`: a `..` before the closing `}` with
 * no `,` or `{` in between. One scan; the regex it replaces (`[^,{}]*\.\.[^,{}]*\}`) backtracked
 * quadratically on a long run of dots, and the patterns parsed here include an agent's globs.
 */
function isSequenceBrace(p: string, at: number): boolean {
  let dots = false;
  for (let i = at + 1; i < p.length; i++) {
    const c = p[i];
    if (c === '}') return dots;
    if (c === ',' || c === '{') return false;
    if (c === '.' && p[i + 1] === '.') dots = true;
  }
  return false;
}

// A quote-aware shell lexer. It does three jobs bash-parser cannot do for us:
// 1. compute each word's real value (quote removal, $'…' decoding, brace expansion) and whether
//    it is static, globbed or expanded at run time;
// 2. rewrite, for the parser, constructs it mis-parses into same-length equivalents it handles
//    (here-documents, here-strings, &>, |&, $'…', $"…", `#` inside a word) and every expansion or
//    substitution into plain word characters (their contents are analysed on their own), so that
//    every word keeps its offsets;
// 3. give an independent list of word boundaries: the parser's words must coincide with ours,
//    or the command line is denied (nothing the shell runs may be hidden by a parser slip).
import { braceExpand, type BraceUnit } from './shell-brace.js';

export interface HereDoc {
  /** Body text as written (without the closing delimiter line). */
  body: string;
  /** Quoted delimiter: the body is literal. Unquoted: it undergoes expansions. */
  quoted: boolean;
  /** Command substitutions inside an unquoted body. */
  subs: string[];
}

export interface ShellWord {
  start: number;
  /** Exclusive. */
  end: number;
  raw: string;
  /** Quotes removed, $'…' decoded; expansions and substitutions kept as written. */
  value: string;
  /** Contains a parameter/arithmetic expansion or a command substitution. */
  dynamic: boolean;
  /** Contains an unquoted glob (`*`, `?`, `[…]`): pathname expansion at run time. */
  glob: boolean;
  /** Starts with an unquoted `~`: tilde expansion. */
  tilde: boolean;
  /** An expansion in it may become several words (unquoted `$X`, `$(…)`, or `"$@"`): set only when so. */
  splits?: boolean;
  /** Sources of the command substitutions in the word: $(…), `…` (un-escaped), <(…), >(…). */
  subs: string[];
  /** The words brace expansion produces, when the word has an unquoted brace expression. */
  fields?: string[];
  braceError?: string;
  /** Set on the delimiter of `<<` and on the word of `<<<`. */
  heredoc?: HereDoc;
  hereString?: boolean;
  /** Where the parser's view of this word ends (differs only for rewritten here-doc delimiters). */
  parseEnd: number;
}

/** A top-level token: a word, or an operator (`&&`, `|`, `;`, `\n`, `(`, `>`, `<<`, `2>` as `io` …). */
export type ShellToken = { kind: 'word'; word: ShellWord } | { kind: 'op'; op: string; start: number } | { kind: 'io'; text: string; start: number };

export interface LexResult {
  /** Top-level words, in order (words inside $(…) belong to the substitution). */
  words: ShellWord[];
  /** Top-level words and operators, in order (comments and line continuations dropped). */
  tokens: ShellToken[];
  /** The same line with mis-parsed constructs rewritten; offsets are unchanged. */
  parseText: string;
  error?: string;
}

const RESERVED = new Set([
  '!', '{', '}', 'case', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'for', 'function', 'if', 'in',
  'select', 'then', 'until', 'while',
]);

/** The length and first character of each reserved word, as `length * 128 + code`. */
const RESERVED_STARTS = new Uint8Array(9 * 128);
for (const w of RESERVED) RESERVED_STARTS[w.length * 128 + w.charCodeAt(0)] = 1;

/** Whether the text is one or more ASCII digits (/^\d+$/, by a loop: asked of io numbers and numeric words). */
export function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Reserved words appear in the parser's tree as structure, not as words. */
export function isReservedWord(raw: string): boolean {
  // None is longer than `function`, and a word whose length and first character no reserved word
  // has is none: most words are ruled out by one array read, without hashing a fresh string.
  if (raw.length > 8) return false;
  const c = raw.charCodeAt(0);
  return c < 128 && RESERVED_STARTS[raw.length * 128 + c] === 1 && RESERVED.has(raw);
}

/** The operators, longest first where one starts another (operatorAt reads them; tests check it against this list). */
export const OPERATORS = [
  ';;&', ';;', ';&', ';', '&&', '&>>', '&>', '&', '||', '|&', '|', '<<<', '<<-', '<<', '<>', '<&', '<',
  '>>', '>&', '>|', '>',
];

/**
 * The operator at i (one of OPERATORS, the longest that is there), for a line whose character at i
 * is `;`, `&`, `|`, `<` or `>`: read from the characters, not by trying each operator.
 */
export function operatorAt(s: string, i: number): string {
  const d = s[i + 1];
  const e = s[i + 2];
  switch (s[i]) {
    case ';':
      return d === ';' ? (e === '&' ? ';;&' : ';;') : d === '&' ? ';&' : ';';
    case '&':
      return d === '&' ? '&&' : d === '>' ? (e === '>' ? '&>>' : '&>') : '&';
    case '|':
      return d === '|' ? '||' : d === '&' ? '|&' : '|';
    case '<':
      return d === '<' ? (e === '<' ? '<<<' : e === '-' ? '<<-' : '<<') : d === '>' ? '<>' : d === '&' ? '<&' : '<';
    default:
      return d === '>' ? '>>' : d === '&' ? '>&' : d === '|' ? '>|' : '>';
  }
}

const IO = /(?:\d+|\{[A-Za-z_][A-Za-z0-9_]*\})[<>]/y;

/** The io number (`2>`) or named fd (`{fd}>`) at i, with its `<` or `>`: only a digit or `{` can start one. */
function startsIo(s: string, i: number): RegExpExecArray | null {
  const c = s.charCodeAt(i);
  if (!((c >= 48 && c <= 57) || c === 123)) return null;
  IO.lastIndex = i;
  return IO.exec(s);
}
const META = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
/** Characters that are units of their own in a word: brace expansion and globbing look at them one by one. */
const BRACE_OR_GLOB = new Set(['{', '}', ',', '*', '?', '[', ']']);
/** Where a run of plain word characters ends: anything the word loop treats specially. */
const RUN_STOP = new Set([...META, ...BRACE_OR_GLOB, '\\', "'", '"', '$', '`', '#', '~']);
/** RUN_STOP by character code (all of it is ASCII): one array read per character of a run. */
const RUN_STOP_CODES = new Uint8Array(128);
for (const c of RUN_STOP) RUN_STOP_CODES[c.charCodeAt(0)] = 1;
/** Where a run of plain characters inside double quotes ends, by character code (all ASCII). */
const DQUOTE_STOP_CODES = new Uint8Array(128);
for (const c of ['"', '\\', '$', '`']) DQUOTE_STOP_CODES[c.charCodeAt(0)] = 1;

class LexError extends Error {}

/** Lexer.rewrite's text that fills the range with `_` (a marker no rewrite's own text equals: no string of the range's length is built). */
const UNDERSCORES = '\u0000_';

/**
 * Substitutions, quotes, parameter expansions and parentheses nested deeper than this make the
 * line unreadable (opaque) instead of exhausting the stack: no command line an agent writes for
 * work nests anywhere near it.
 */
export const MAX_LEX_NESTING = 64;

interface PendingDoc {
  word: ShellWord;
  delimiter: string;
  strip: boolean;
  quoted: boolean;
  top: boolean;
}

class Lexer {
  i = 0;
  readonly n: number;
  /**
   * The rewrites for the parser's text, in order, as [from, to, text] (text shorter than to-from
   * is padded with spaces; UNDERSCORES fills with `_`). Applied only when the parser asks for the
   * text (parseText): most lines never reach the parser, and most of those that do have none.
   */
  private edits?: (number | string)[];
  readonly words: ShellWord[] = [];
  readonly tokens: ShellToken[] = [];
  private pending: PendingDoc[] = [];
  private nesting = 0;

  /** Runs one nested construct, refusing to go deeper than MAX_LEX_NESTING. */
  private nested<T>(read: () => T): T {
    if (++this.nesting > MAX_LEX_NESTING) throw new LexError(`constructs are nested more than ${MAX_LEX_NESTING} levels deep`);
    try {
      return read();
    } finally {
      this.nesting--;
    }
  }

  constructor(readonly s: string) {
    this.n = s.length;
  }

  /** Puts one character in the parser's text at k. */
  private put(k: number, c: string): void {
    this.rewrite(k, k + 1, c);
  }

  /** Rewrites from..to in the parser's text with `text` (padded with spaces; `UNDERSCORES`: all `_`). */
  private rewrite(from: number, to: number, text: string): void {
    (this.edits ??= []).push(from, to, text);
  }

  /**
   * The line as the parser is to read it. Code units, not one string per character: a 100 KB
   * line stays one buffer for the collector.
   */
  parseText(): string {
    const edits = this.edits;
    if (!edits) return this.s;
    const out = new Uint16Array(this.n);
    for (let j = 0; j < this.n; j++) out[j] = this.s.charCodeAt(j);
    for (let e = 0; e < edits.length; e += 3) {
      const from = edits[e] as number;
      const to = edits[e + 1] as number;
      const text = edits[e + 2] as string;
      for (let k = from; k < to; k++) out[k] = text === UNDERSCORES ? 95 : k - from < text.length ? text.charCodeAt(k - from) : 32;
    }
    let text = '';
    for (let k = 0; k < out.length; k += 8192) text += String.fromCharCode(...out.subarray(k, k + 8192));
    return text;
  }

  /** Commands until the end, or until the `)` that closes a $( when `closer`. */
  list(top: boolean, closer: boolean): void {
    const s = this.s;
    let depth = 0;
    let role: 'heredoc' | 'heredoc-strip' | 'herestring' | undefined;
    for (;;) {
      if (this.i >= this.n) {
        if (closer) throw new LexError('unterminated $(…)');
        return;
      }
      const c = s[this.i]!;
      if (c === ' ' || c === '\t') {
        this.i++;
        continue;
      }
      if (c === '\\' && s[this.i + 1] === '\n') {
        this.i += 2;
        continue;
      }
      if (c === '\n') {
        if (top) this.tokens.push({ kind: 'op', op: '\n', start: this.i });
        this.i++;
        if (this.pending.length) this.hereDocBodies();
        continue;
      }
      if (c === '#') {
        while (this.i < this.n && s[this.i] !== '\n') this.i++;
        continue;
      }
      if (c === '(') {
        if (top) this.tokens.push({ kind: 'op', op: '(', start: this.i });
        if (depth >= MAX_LEX_NESTING) throw new LexError(`parentheses are nested more than ${MAX_LEX_NESTING} levels deep`);
        depth++;
        this.i++;
        continue;
      }
      if (c === ')') {
        this.i++;
        if (closer && depth === 0) return;
        if (top) this.tokens.push({ kind: 'op', op: ')', start: this.i - 1 });
        depth--;
        continue;
      }
      if ((c === '<' || c === '>') && s[this.i + 1] === '(') {
        this.word(top, role);
        role = undefined;
        continue;
      }
      if (c === ';' || c === '&' || c === '|' || c === '<' || c === '>') {
        const op = operatorAt(s, this.i);
        const at = this.i;
        this.i += op.length;
        if (top) this.tokens.push({ kind: 'op', op, start: at });
        if (op === '&>' || op === '&>>' || op === '|&') this.put(op === '|&' ? at + 1 : at, ' ');
        else if (op === '<<<') {
          this.rewrite(at, at + 3, '');
          role = 'herestring';
        } else if (op === '<<' || op === '<<-') {
          this.rewrite(at, at + op.length, '<&');
          role = op === '<<' ? 'heredoc' : 'heredoc-strip';
        }
        continue;
      }
      // An io number (`2>`) or a named fd (`{fd}>`) belongs to the redirection, not to the words.
      const io = startsIo(s, this.i);
      if (io) {
        if (top) this.tokens.push({ kind: 'io', text: io[0].slice(0, -1), start: this.i });
        this.i += io[0].length - 1;
        continue;
      }
      this.word(top, role);
      role = undefined;
    }
  }

  private word(top: boolean, role: 'heredoc' | 'heredoc-strip' | 'herestring' | undefined): void {
    const s = this.s;
    const start = this.i;
    // Most words are one run of plain characters ended by an operator, a blank or the end: the
    // loop below would make one active unit of the run and stop there (no glob, no brace, nothing
    // dynamic or quoted). Made directly, without the units.
    const plainEnd = this.plainWordEnd(start);
    if (plainEnd > start) {
      this.i = plainEnd;
      const raw = s.slice(start, plainEnd);
      this.finishWord({ start, end: plainEnd, raw, value: raw, dynamic: false, glob: false, tilde: false, subs: [], parseEnd: plainEnd }, top, role, false);
      return;
    }
    const units: BraceUnit[] = [];
    const subs: string[] = [];
    const st = { dynamic: false, quoted: false, splits: false };
    let tilde = false;
    while (this.i < this.n) {
      const c = s[this.i]!;
      if (META.has(c)) {
        // bash reads `<(…)` / `>(…)` as process substitution inside a word too (`x<(cmd)` is one word).
        if ((c === '<' || c === '>') && s[this.i + 1] === '(') {
          const from = this.i;
          this.i += 2;
          subs.push(this.nested(() => this.substitution()));
          units.push({ t: s.slice(from, this.i), active: false });
          this.blank(from);
          st.dynamic = true;
          continue;
        }
        break;
      }
      if (c === '\\') {
        if (s[this.i + 1] === '\n') {
          this.i += 2;
          continue;
        }
        st.quoted = true;
        if (this.i + 1 >= this.n) {
          units.push({ t: '\\', active: false });
          this.i++;
        } else {
          units.push({ t: s[this.i + 1]!, active: false });
          this.i += 2;
        }
        continue;
      }
      if (c === "'") {
        const close = s.indexOf("'", this.i + 1);
        if (close < 0) throw new LexError('unterminated single quote');
        units.push({ t: s.slice(this.i + 1, close), active: false });
        st.quoted = true;
        this.i = close + 1;
        continue;
      }
      if (c === '"') {
        st.quoted = true;
        this.dquote(units, subs, st);
        continue;
      }
      if (c === '$') {
        // Unquoted, an expansion is split into words (`$"…"` is quoted, but counted too: more is safe).
        const d = { dynamic: false, splits: false };
        this.dollar(units, subs, d, false);
        if (d.dynamic) st.dynamic = st.splits = true;
        continue;
      }
      if (c === '`') {
        this.backtick(units, subs, st);
        st.splits = true;
        continue;
      }
      if (c === '#' && this.i > start) this.put(this.i, '_');
      if (c === '~' && this.i === start) tilde = true;
      if (BRACE_OR_GLOB.has(c)) {
        units.push({ t: c, active: true });
        this.i++;
        continue;
      }
      // A run of characters with no meaning here is one unit (one object, not one per character).
      let j = this.i + 1;
      while (j < this.n) {
        const code = s.charCodeAt(j);
        if (code < 128 && RUN_STOP_CODES[code] === 1) break;
        j++;
      }
      units.push({ t: s.slice(this.i, j), active: true });
      this.i = j;
    }
    const end = this.i;
    const value = units.length === 1 ? units[0]!.t : units.map((u) => u.t).join('');
    const raw = s.slice(start, end);
    const glob = hasGlob(units);
    // Two literals rather than a spread of `splits`: the same properties in the same order, built faster.
    const w: ShellWord = st.splits
      ? { start, end, raw, value, dynamic: st.dynamic, splits: true, glob, tilde, subs, parseEnd: end }
      : { start, end, raw, value, dynamic: st.dynamic, glob, tilde, subs, parseEnd: end };
    if (units.some((u) => u.active && u.t === '{')) {
      const r = braceExpand(units, 256);
      if (typeof r === 'string') w.braceError = r;
      else if (r.length !== 1 || r[0] !== value) w.fields = r;
    }
    this.finishWord(w, top, role, st.quoted);
  }

  /**
   * The end of a word that is one run of plain characters from `start` (what word() would read
   * as a single active unit and then stop), or `start` when the word is anything else.
   */
  private plainWordEnd(start: number): number {
    const s = this.s;
    let j = start;
    while (j < this.n) {
      const code = s.charCodeAt(j);
      if (code < 128 && RUN_STOP_CODES[code] === 1) break;
      j++;
    }
    if (j === start || j === this.n) return j;
    const c = s[j]!;
    // The loop stops at a META character unless it starts a process substitution (`x<(cmd)`).
    if (!META.has(c) || ((c === '<' || c === '>') && s[j + 1] === '(')) return start;
    return j;
  }

  /** What every word gets once read: the parser's rewrites, its here-document role, its place among the top-level words. */
  private finishWord(w: ShellWord, top: boolean, role: 'heredoc' | 'heredoc-strip' | 'herestring' | undefined, quoted: boolean): void {
    const { start, end } = w;
    // bash-parser reads a number followed by a blank and `>` as an io number (`echo 5 > f`).
    const c0 = w.raw.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57 && isDigits(w.raw)) this.rewrite(start, end, UNDERSCORES);
    if (role === 'herestring') w.hereString = true;
    if (role === 'heredoc' || role === 'heredoc-strip') {
      // The parser sees `<& -` (close stdin): no file, same length.
      this.rewrite(start, end, '-');
      w.parseEnd = start + 1;
      w.heredoc = { body: '', quoted, subs: [] };
      this.pending.push({ word: w, delimiter: w.value, strip: role === 'heredoc-strip', quoted, top });
    }
    if (top) {
      this.words.push(w);
      this.tokens.push({ kind: 'word', word: w });
    }
  }

  /** After the newline that follows `<<DELIM`: read (and blank out) each pending body. */
  private hereDocBodies(): void {
    const s = this.s;
    for (const doc of this.pending) {
      const from = this.i;
      let bodyEnd = this.n;
      let next = this.n;
      while (this.i < this.n) {
        const nl = s.indexOf('\n', this.i);
        const lineEnd = nl < 0 ? this.n : nl;
        const line = s.slice(this.i, lineEnd);
        if ((doc.strip ? line.replace(/^\t+/, '') : line) === doc.delimiter) {
          bodyEnd = this.i;
          next = nl < 0 ? this.n : nl + 1;
          break;
        }
        this.i = nl < 0 ? this.n : nl + 1;
      }
      this.i = next;
      const body = s.slice(from, bodyEnd);
      for (let k = from; k < Math.min(next, this.n); k++) if (s[k] !== '\n') this.put(k, ' ');
      doc.word.heredoc!.body = doc.strip ? body.replace(/^\t+/gm, '') : body;
      if (!doc.quoted && doc.top) doc.word.heredoc!.subs = hereDocSubs(body);
      if (!doc.quoted && /[$`]/.test(body)) doc.word.dynamic = true;
    }
    this.pending = [];
  }

  private dquote(units: BraceUnit[], subs: string[], st: { dynamic: boolean; splits?: boolean }): void {
    this.nested(() => this.dquoteBody(units, subs, st));
  }

  private dquoteBody(units: BraceUnit[], subs: string[], st: { dynamic: boolean; splits?: boolean }): void {
    const s = this.s;
    this.i++;
    for (;;) {
      if (this.i >= this.n) throw new LexError('unterminated double quote');
      const c = s[this.i]!;
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === '\\') {
        const d = s[this.i + 1];
        if (d === '\n') this.i += 2;
        else if (d === '$' || d === '`' || d === '"' || d === '\\') {
          units.push({ t: d, active: false });
          this.i += 2;
        } else {
          units.push({ t: '\\', active: false });
          this.i++;
        }
        continue;
      }
      if (c === '$') {
        const from = this.i;
        this.dollar(units, subs, st, true);
        // `"$@"`, `"${a[@]}"` become one word per element.
        if (s.slice(from, this.i).includes('@')) st.splits = true;
        continue;
      }
      if (c === '`') {
        this.backtick(units, subs, st);
        continue;
      }
      // A run of plain characters inside the quotes is one unit.
      let j = this.i + 1;
      while (j < this.n) {
        const code = s.charCodeAt(j);
        if (code < 128 && DQUOTE_STOP_CODES[code] === 1) break;
        j++;
      }
      units.push({ t: s.slice(this.i, j), active: false });
      this.i = j;
    }
  }

  dollar(units: BraceUnit[], subs: string[], st: { dynamic: boolean }, inDquote: boolean): void {
    this.nested(() => this.dollarBody(units, subs, st, inDquote));
  }

  private dollarBody(units: BraceUnit[], subs: string[], st: { dynamic: boolean }, inDquote: boolean): void {
    const s = this.s;
    const from = this.i;
    const c1 = s[this.i + 1];
    if (c1 === '(' && s[this.i + 2] === '(' && this.closesAsArithmetic(this.i + 3)) {
      this.i += 3;
      this.arithmetic(subs);
      st.dynamic = true;
    } else if (c1 === '(') {
      this.i += 2;
      subs.push(this.substitution());
      st.dynamic = true;
    } else if (c1 === '{') {
      this.i += 2;
      this.braced(subs, inDquote);
      st.dynamic = true;
    } else if (c1 === "'" && !inDquote) {
      const decoded = this.ansiC();
      this.rewrite(from, this.i, UNDERSCORES);
      units.push({ t: decoded, active: false });
      return;
    } else if (c1 === '"' && !inDquote) {
      this.put(from, '_');
      this.i++;
      this.dquote(units, subs, st);
      return;
    } else if (c1 !== undefined && /[A-Za-z_]/.test(c1)) {
      this.i += 2;
      while (this.i < this.n && /[A-Za-z0-9_]/.test(s[this.i]!)) this.i++;
      st.dynamic = true;
    } else if (c1 !== undefined && /[0-9@*#?$!-]/.test(c1)) {
      this.i += 2;
      st.dynamic = true;
    } else {
      units.push({ t: '$', active: false });
      this.i++;
      return;
    }
    units.push({ t: s.slice(from, this.i), active: false });
    this.blank(from);
  }

  /**
   * The parser sees an expansion as plain word characters: its contents are analysed on their own
   * (and bash-parser fails on nested $( $( ) ), ${x/#a/b}, $((16#ff)) …).
   */
  private blank(from: number): void {
    this.rewrite(from, this.i, UNDERSCORES);
  }

  /** Body of $( … ) from just after `$(`; returns its source, leaves the cursor after `)`. */
  private substitution(): string {
    const from = this.i;
    this.list(false, true);
    return this.s.slice(from, this.i - 1);
  }

  /**
   * bash reads `$((` as arithmetic only when the parenthesis that closes it is followed by `)`;
   * `$((cmd) )` is a command substitution running the subshell `(cmd)`.
   */
  private closesAsArithmetic(from: number): boolean {
    const s = this.s;
    let depth = 2;
    for (let k = from; k < this.n; k++) {
      const c = s[k]!;
      if (c === '\\') k++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 1) return s[k + 1] === ')';
    }
    return true; // unterminated: arithmetic() reports it
  }

  private arithmetic(subs: string[]): void {
    const s = this.s;
    let depth = 2;
    while (depth > 0) {
      if (this.i >= this.n) throw new LexError('unterminated $((…))');
      const c = s[this.i]!;
      if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === '$') {
        this.dollar([], subs, { dynamic: false }, true);
        continue;
      } else if (c === '`') {
        this.backtick([], subs, { dynamic: false });
        continue;
      } else if (c === '"') {
        this.dquote([], subs, { dynamic: false });
        continue;
      } else if (c === '\\') this.i++;
      this.i++;
    }
  }

  /**
   * Inside double quotes bash does not treat `'` in `${V:-'…'}` as a quote: `$(…)` in it runs.
   * Reading it as a plain character there finds every substitution bash may run (a superset).
   */
  private braced(subs: string[], inDquote: boolean): void {
    const s = this.s;
    let depth = 1;
    for (;;) {
      if (this.i >= this.n) throw new LexError('unterminated ${…}');
      const c = s[this.i]!;
      if (c === '}') {
        this.i++;
        if (--depth === 0) return;
        continue;
      }
      if (c === '{') depth++;
      if (c === '\\') {
        this.i += 2;
        continue;
      }
      if (c === "'" && !inDquote) {
        const close = s.indexOf("'", this.i + 1);
        if (close < 0) throw new LexError('unterminated single quote');
        this.i = close + 1;
        continue;
      }
      if (c === '"') {
        this.dquote([], subs, { dynamic: false });
        continue;
      }
      if (c === '$') {
        this.dollar([], subs, { dynamic: false }, inDquote);
        continue;
      }
      if (c === '`') {
        this.backtick([], subs, { dynamic: false });
        continue;
      }
      this.i++;
    }
  }

  backtick(units: BraceUnit[], subs: string[], st: { dynamic: boolean }): void {
    this.nested(() => this.backtickBody(units, subs, st));
  }

  private backtickBody(units: BraceUnit[], subs: string[], st: { dynamic: boolean }): void {
    const s = this.s;
    const from = this.i;
    this.i++;
    let inner = '';
    for (;;) {
      if (this.i >= this.n) throw new LexError('unterminated back-quote');
      const c = s[this.i]!;
      if (c === '`') break;
      if (c === '\\' && this.i + 1 < this.n) {
        const d = s[this.i + 1]!;
        inner += d === '$' || d === '`' || d === '\\' ? d : c + d;
        this.i += 2;
        continue;
      }
      inner += c;
      this.i++;
    }
    this.i++;
    subs.push(inner);
    st.dynamic = true;
    units.push({ t: s.slice(from, this.i), active: false });
    this.blank(from);
  }

  /**
   * $'…' from the `$`; returns the decoded text. Bash decodes it to a C string, so a NUL (`\0`,
   * `\x00`, `\c@` …) ends that part and the rest up to the quote is dropped: `$'r\0x'm` is `rm`.
   */
  private ansiC(): string {
    const s = this.s;
    this.i += 2;
    let out = '';
    for (;;) {
      if (this.i >= this.n) throw new LexError("unterminated $'…'");
      const c = s[this.i]!;
      if (c === "'") {
        this.i++;
        const nul = out.indexOf('\0');
        return nul < 0 ? out : out.slice(0, nul);
      }
      if (c !== '\\') {
        out += c;
        this.i++;
        continue;
      }
      const d = s[this.i + 1] ?? '';
      const simple = ANSI_C_ESCAPES.get(d);
      if (simple !== undefined) {
        out += simple;
        this.i += 2;
        continue;
      }
      const rest = s.slice(this.i + 1, this.i + 10);
      let m: RegExpExecArray | null;
      if ((m = /^[0-7]{1,3}/.exec(rest))) {
        out += String.fromCharCode(parseInt(m[0], 8) & 0xff);
        this.i += 1 + m[0].length;
      } else if ((m = /^x([0-9a-fA-F]{1,2})/.exec(rest))) {
        out += String.fromCharCode(parseInt(m[1]!, 16));
        this.i += 1 + m[0].length;
      } else if ((m = /^u([0-9a-fA-F]{1,4})/.exec(rest)) || (m = /^U([0-9a-fA-F]{1,8})/.exec(rest))) {
        const cp = parseInt(m[1]!, 16);
        out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
        this.i += 1 + m[0].length;
      } else if ((m = /^c(.)/s.exec(rest))) {
        out += String.fromCharCode(m[1]!.charCodeAt(0) & 0x1f);
        this.i += 1 + m[0].length;
      } else {
        out += '\\' + d;
        this.i += 2;
      }
    }
  }
}

/** The one-letter escapes of $'…'. */
const ANSI_C_ESCAPES = new Map(
  Object.entries({ a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' }),
);

function hasGlob(units: BraceUnit[]): boolean {
  let open = false;
  for (const u of units) {
    if (!u.active) continue;
    if (u.t === '*' || u.t === '?') return true;
    if (u.t === '[') open = true;
    else if (u.t === ']' && open) return true;
  }
  return false;
}

/** Command substitutions inside an unquoted here-document body (expanded like a "…" string). */
function hereDocSubs(body: string): string[] {
  const lx = new Lexer(body);
  const subs: string[] = [];
  const st = { dynamic: false };
  while (lx.i < lx.n) {
    const c = body[lx.i];
    if (c === '\\') lx.i += 2;
    else if (c === '$') lx.dollar([], subs, st, true);
    else if (c === '`') lx.backtick([], subs, st);
    else lx.i++;
  }
  return subs;
}

/**
 * The command substitutions bash runs when it expands TEXT as a prompt string (`${x@P}`): prompt
 * escapes first (`\$` becomes `$` for other users than root), then expansions as inside "…".
 * A superset is fine: what is found is analysed as more commands the line may run.
 */
export function promptSubs(text: string): string[] {
  try {
    return hereDocSubs(text.split('\\$').join('$'));
  } catch (e) {
    if (e instanceof LexError) return [];
    throw e;
  }
}

/**
 * A lexed line whose parser text is made when first read: only lines that need the parser read
 * it. A class (the getter on its prototype), not an object literal with a getter, which V8 builds
 * slowly, for every line lexed.
 */
class LexedLine implements LexResult {
  private text?: string;
  constructor(
    readonly words: ShellWord[],
    readonly tokens: ShellToken[],
    private readonly lexer: Lexer,
  ) {}

  get parseText(): string {
    return (this.text ??= this.lexer.parseText());
  }
}

export function lexShell(src: string): LexResult {
  const lx = new Lexer(src);
  try {
    lx.list(true, false);
  } catch (e) {
    if (e instanceof LexError) return { words: lx.words, tokens: lx.tokens, parseText: src, error: e.message };
    throw e;
  }
  return new LexedLine(lx.words, lx.tokens, lx);
}

var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  CommandPatternList: () => CommandPatternList,
  SHELLS: () => SHELLS,
  analyzeCommand: () => analyzeCommand,
  commandPatternRegexSource: () => commandPatternRegexSource,
  executableName: () => executableName,
  firstOfEachKey: () => firstOfEachKey,
  hazardExamples: () => hazardExamples,
  isWrapper: () => isWrapper,
  lexShell: () => lexShell,
  normalise: () => normalise,
  normaliseCommandPattern: () => normaliseCommandPattern,
  own: () => own,
  ownEntries: () => ownEntries,
  programs_default: () => programs_default,
  scanHazards: () => scanHazards,
  shellScriptArguments: () => shellScriptArguments,
  spellsOption: () => spellsOption
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_TGX7ZEIM = require("./chunk-TGX7ZEIM.js");
var import_chunk_4Y4NHBEK = require("./chunk-4Y4NHBEK.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
function braceExpand(units, limit) {
  try {
    return expand(units, limit).map((us) => us.map((u) => u.t).join(""));
  } catch (e) {
    if (e instanceof TooBig) return `brace expansion yields more than ${limit} words`;
    throw e;
  }
}
var TooBig = class extends Error {
};
function expand(units, limit) {
  for (let i = 0; i < units.length; i++) {
    if (!isActive(units[i], "{")) continue;
    let close = matchingClose(units, i);
    if (close < 0) continue;
    let inner = units.slice(i + 1, close), alts = alternatives(inner, limit);
    if (!alts) continue;
    let prefix = units.slice(0, i), suffixes = expand(units.slice(close + 1), limit), out = [];
    for (let a of alts)
      for (let x of expand(a, limit))
        for (let suf of suffixes)
          if (out.push([...prefix, ...x, ...suf]), out.length > limit) throw new TooBig();
    return out;
  }
  return [[...units]];
}
function isActive(u, ch) {
  return u !== void 0 && u.active && u.t === ch;
}
function matchingClose(units, open) {
  let depth = 0;
  for (let k = open; k < units.length; k++)
    if (isActive(units[k], "{")) depth++;
    else if (isActive(units[k], "}") && --depth === 0) return k;
  return -1;
}
function alternatives(inner, limit) {
  let parts = [[]], depth = 0;
  for (let u of inner)
    isActive(u, "{") ? depth++ : isActive(u, "}") && depth--, depth === 0 && isActive(u, ",") ? parts.push([]) : parts[parts.length - 1].push(u);
  return parts.length > 1 ? parts : inner.some((u) => !u.active) ? void 0 : sequence(inner.map((u) => u.t).join(""), limit)?.map((t) => [{ t, active: false }]);
}
function sequence(text, limit) {
  let num = /^([+-]?\d+)\.\.([+-]?\d+)(?:\.\.([+-]?\d+))?$/.exec(text), chr = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.([+-]?\d+))?$/.exec(text), m = num ?? chr;
  if (!m) return;
  let step = Math.abs(Number(m[3] ?? 1)) || 1, a = num ? Number(m[1]) : m[1].charCodeAt(0), b = num ? Number(m[2]) : m[2].charCodeAt(0), count = Math.floor(Math.abs(b - a) / step) + 1;
  if (count > limit) throw new TooBig();
  let width = num && (/^[+-]?0\d/.test(m[1]) || /^[+-]?0\d/.test(m[2])) ? Math.max(m[1].length, m[2].length) : 0, out = [], dir = b >= a ? 1 : -1;
  for (let k = 0, v = a; k < count; k++, v += dir * step)
    if (!num) out.push(String.fromCharCode(v));
    else {
      let abs = String(Math.abs(v)).padStart(width - (v < 0 ? 1 : 0), "0");
      out.push(v < 0 ? "-" + abs : abs);
    }
  return out;
}
var RESERVED = /* @__PURE__ */ new Set([
  "!",
  "{",
  "}",
  "case",
  "do",
  "done",
  "elif",
  "else",
  "esac",
  "fi",
  "for",
  "function",
  "if",
  "in",
  "select",
  "then",
  "until",
  "while"
]);
function isReservedWord(raw) {
  return raw.length <= 8 && RESERVED.has(raw);
}
var OPERATORS = [
  ";;&",
  ";;",
  ";&",
  ";",
  "&&",
  "&>>",
  "&>",
  "&",
  "||",
  "|&",
  "|",
  "<<<",
  "<<-",
  "<<",
  "<>",
  "<&",
  "<",
  ">>",
  ">&",
  ">|",
  ">"
], IO = /(?:\d+|\{[A-Za-z_][A-Za-z0-9_]*\})[<>]/y, META = /* @__PURE__ */ new Set([" ", "	", `
`, ";", "&", "|", "(", ")", "<", ">"]), BRACE_OR_GLOB = /* @__PURE__ */ new Set(["{", "}", ",", "*", "?", "[", "]"]), RUN_STOP = /* @__PURE__ */ new Set([...META, ...BRACE_OR_GLOB, "\\", "'", '"', "$", "`", "#", "~"]), RUN_STOP_CODES = new Uint8Array(128);
for (let c of RUN_STOP) RUN_STOP_CODES[c.charCodeAt(0)] = 1;
var DQUOTE_STOP = /* @__PURE__ */ new Set(['"', "\\", "$", "`"]), LexError = class extends Error {
}, UNDERSCORES = "\0_", MAX_LEX_NESTING = 64, Lexer = class {
  constructor(s) {
    this.s = s;
    this.n = s.length;
  }
  s;
  i = 0;
  n;
  /**
   * The rewrites for the parser's text, in order, as [from, to, text] (text shorter than to-from
   * is padded with spaces; UNDERSCORES fills with `_`). Applied only when the parser asks for the
   * text (parseText): most lines never reach the parser, and most of those that do have none.
   */
  edits;
  words = [];
  tokens = [];
  pending = [];
  nesting = 0;
  /** Runs one nested construct, refusing to go deeper than MAX_LEX_NESTING. */
  nested(read) {
    if (++this.nesting > MAX_LEX_NESTING) throw new LexError(`constructs are nested more than ${MAX_LEX_NESTING} levels deep`);
    try {
      return read();
    } finally {
      this.nesting--;
    }
  }
  /** Puts one character in the parser's text at k. */
  put(k, c) {
    this.rewrite(k, k + 1, c);
  }
  /** Rewrites from..to in the parser's text with `text` (padded with spaces; `UNDERSCORES`: all `_`). */
  rewrite(from, to, text) {
    (this.edits ??= []).push(from, to, text);
  }
  /**
   * The line as the parser is to read it. Code units, not one string per character: a 100 KB
   * line stays one buffer for the collector.
   */
  parseText() {
    let edits = this.edits;
    if (!edits) return this.s;
    let out = new Uint16Array(this.n);
    for (let j = 0; j < this.n; j++) out[j] = this.s.charCodeAt(j);
    for (let e = 0; e < edits.length; e += 3) {
      let from = edits[e], to = edits[e + 1], text2 = edits[e + 2];
      for (let k = from; k < to; k++) out[k] = text2 === UNDERSCORES ? 95 : k - from < text2.length ? text2.charCodeAt(k - from) : 32;
    }
    let text = "";
    for (let k = 0; k < out.length; k += 8192) text += String.fromCharCode(...out.subarray(k, k + 8192));
    return text;
  }
  /** Commands until the end, or until the `)` that closes a $( when `closer`. */
  list(top, closer) {
    let s = this.s, depth = 0, role;
    for (; ; ) {
      if (this.i >= this.n) {
        if (closer) throw new LexError("unterminated $(\u2026)");
        return;
      }
      let c = s[this.i];
      if (c === " " || c === "	") {
        this.i++;
        continue;
      }
      if (c === "\\" && s[this.i + 1] === `
`) {
        this.i += 2;
        continue;
      }
      if (c === `
`) {
        top && this.tokens.push({ kind: "op", op: `
`, start: this.i }), this.i++, this.pending.length && this.hereDocBodies();
        continue;
      }
      if (c === "#") {
        for (; this.i < this.n && s[this.i] !== `
`; ) this.i++;
        continue;
      }
      if (c === "(") {
        if (top && this.tokens.push({ kind: "op", op: "(", start: this.i }), depth >= MAX_LEX_NESTING) throw new LexError(`parentheses are nested more than ${MAX_LEX_NESTING} levels deep`);
        depth++, this.i++;
        continue;
      }
      if (c === ")") {
        if (this.i++, closer && depth === 0) return;
        top && this.tokens.push({ kind: "op", op: ")", start: this.i - 1 }), depth--;
        continue;
      }
      if ((c === "<" || c === ">") && s[this.i + 1] === "(") {
        this.word(top, role), role = void 0;
        continue;
      }
      if (c === ";" || c === "&" || c === "|" || c === "<" || c === ">") {
        let op = OPERATORS.find((o) => s.startsWith(o, this.i)), at = this.i;
        this.i += op.length, top && this.tokens.push({ kind: "op", op, start: at }), op === "&>" || op === "&>>" || op === "|&" ? this.put(op === "|&" ? at + 1 : at, " ") : op === "<<<" ? (this.rewrite(at, at + 3, ""), role = "herestring") : (op === "<<" || op === "<<-") && (this.rewrite(at, at + op.length, "<&"), role = op === "<<" ? "heredoc" : "heredoc-strip");
        continue;
      }
      IO.lastIndex = this.i;
      let io = IO.exec(s);
      if (io) {
        top && this.tokens.push({ kind: "io", text: io[0].slice(0, -1), start: this.i }), this.i += io[0].length - 1;
        continue;
      }
      this.word(top, role), role = void 0;
    }
  }
  word(top, role) {
    let s = this.s, start = this.i, plainEnd = this.plainWordEnd(start);
    if (plainEnd > start) {
      this.i = plainEnd;
      let raw2 = s.slice(start, plainEnd);
      this.finishWord({ start, end: plainEnd, raw: raw2, value: raw2, dynamic: false, glob: false, tilde: false, subs: [], parseEnd: plainEnd }, top, role, false);
      return;
    }
    let units = [], subs = [], st = { dynamic: false, quoted: false, splits: false }, tilde = false;
    for (; this.i < this.n; ) {
      let c = s[this.i];
      if (META.has(c)) {
        if ((c === "<" || c === ">") && s[this.i + 1] === "(") {
          let from = this.i;
          this.i += 2, subs.push(this.nested(() => this.substitution())), units.push({ t: s.slice(from, this.i), active: false }), this.blank(from), st.dynamic = true;
          continue;
        }
        break;
      }
      if (c === "\\") {
        if (s[this.i + 1] === `
`) {
          this.i += 2;
          continue;
        }
        st.quoted = true, this.i + 1 >= this.n ? (units.push({ t: "\\", active: false }), this.i++) : (units.push({ t: s[this.i + 1], active: false }), this.i += 2);
        continue;
      }
      if (c === "'") {
        let close = s.indexOf("'", this.i + 1);
        if (close < 0) throw new LexError("unterminated single quote");
        units.push({ t: s.slice(this.i + 1, close), active: false }), st.quoted = true, this.i = close + 1;
        continue;
      }
      if (c === '"') {
        st.quoted = true, this.dquote(units, subs, st);
        continue;
      }
      if (c === "$") {
        let d = { dynamic: false, splits: false };
        this.dollar(units, subs, d, false), d.dynamic && (st.dynamic = st.splits = true);
        continue;
      }
      if (c === "`") {
        this.backtick(units, subs, st), st.splits = true;
        continue;
      }
      if (c === "#" && this.i > start && this.put(this.i, "_"), c === "~" && this.i === start && (tilde = true), BRACE_OR_GLOB.has(c)) {
        units.push({ t: c, active: true }), this.i++;
        continue;
      }
      let j = this.i + 1;
      for (; j < this.n; ) {
        let code = s.charCodeAt(j);
        if (code < 128 && RUN_STOP_CODES[code] === 1) break;
        j++;
      }
      units.push({ t: s.slice(this.i, j), active: true }), this.i = j;
    }
    let end = this.i, value = units.length === 1 ? units[0].t : units.map((u) => u.t).join(""), raw = s.slice(start, end), glob = hasGlob(units), w = st.splits ? { start, end, raw, value, dynamic: st.dynamic, splits: true, glob, tilde, subs, parseEnd: end } : { start, end, raw, value, dynamic: st.dynamic, glob, tilde, subs, parseEnd: end };
    if (units.some((u) => u.active && u.t === "{")) {
      let r = braceExpand(units, 256);
      typeof r == "string" ? w.braceError = r : (r.length !== 1 || r[0] !== value) && (w.fields = r);
    }
    this.finishWord(w, top, role, st.quoted);
  }
  /**
   * The end of a word that is one run of plain characters from `start` (what word() would read
   * as a single active unit and then stop), or `start` when the word is anything else.
   */
  plainWordEnd(start) {
    let s = this.s, j = start;
    for (; j < this.n; ) {
      let code = s.charCodeAt(j);
      if (code < 128 && RUN_STOP_CODES[code] === 1) break;
      j++;
    }
    if (j === start || j === this.n) return j;
    let c = s[j];
    return !META.has(c) || (c === "<" || c === ">") && s[j + 1] === "(" ? start : j;
  }
  /** What every word gets once read: the parser's rewrites, its here-document role, its place among the top-level words. */
  finishWord(w, top, role, quoted) {
    let { start, end } = w, c0 = w.raw.charCodeAt(0);
    c0 >= 48 && c0 <= 57 && /^\d+$/.test(w.raw) && this.rewrite(start, end, UNDERSCORES), role === "herestring" && (w.hereString = true), (role === "heredoc" || role === "heredoc-strip") && (this.rewrite(start, end, "-"), w.parseEnd = start + 1, w.heredoc = { body: "", quoted, subs: [] }, this.pending.push({ word: w, delimiter: w.value, strip: role === "heredoc-strip", quoted, top })), top && (this.words.push(w), this.tokens.push({ kind: "word", word: w }));
  }
  /** After the newline that follows `<<DELIM`: read (and blank out) each pending body. */
  hereDocBodies() {
    let s = this.s;
    for (let doc of this.pending) {
      let from = this.i, bodyEnd = this.n, next = this.n;
      for (; this.i < this.n; ) {
        let nl = s.indexOf(`
`, this.i), lineEnd = nl < 0 ? this.n : nl, line = s.slice(this.i, lineEnd);
        if ((doc.strip ? line.replace(/^\t+/, "") : line) === doc.delimiter) {
          bodyEnd = this.i, next = nl < 0 ? this.n : nl + 1;
          break;
        }
        this.i = nl < 0 ? this.n : nl + 1;
      }
      this.i = next;
      let body = s.slice(from, bodyEnd);
      for (let k = from; k < Math.min(next, this.n); k++) s[k] !== `
` && this.put(k, " ");
      doc.word.heredoc.body = doc.strip ? body.replace(/^\t+/gm, "") : body, !doc.quoted && doc.top && (doc.word.heredoc.subs = hereDocSubs(body)), !doc.quoted && /[$`]/.test(body) && (doc.word.dynamic = true);
    }
    this.pending = [];
  }
  dquote(units, subs, st) {
    this.nested(() => this.dquoteBody(units, subs, st));
  }
  dquoteBody(units, subs, st) {
    let s = this.s;
    for (this.i++; ; ) {
      if (this.i >= this.n) throw new LexError("unterminated double quote");
      let c = s[this.i];
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === "\\") {
        let d = s[this.i + 1];
        d === `
` ? this.i += 2 : d === "$" || d === "`" || d === '"' || d === "\\" ? (units.push({ t: d, active: false }), this.i += 2) : (units.push({ t: "\\", active: false }), this.i++);
        continue;
      }
      if (c === "$") {
        let from = this.i;
        this.dollar(units, subs, st, true), s.slice(from, this.i).includes("@") && (st.splits = true);
        continue;
      }
      if (c === "`") {
        this.backtick(units, subs, st);
        continue;
      }
      let j = this.i + 1;
      for (; j < this.n && !DQUOTE_STOP.has(s[j]); ) j++;
      units.push({ t: s.slice(this.i, j), active: false }), this.i = j;
    }
  }
  dollar(units, subs, st, inDquote) {
    this.nested(() => this.dollarBody(units, subs, st, inDquote));
  }
  dollarBody(units, subs, st, inDquote) {
    let s = this.s, from = this.i, c1 = s[this.i + 1];
    if (c1 === "(" && s[this.i + 2] === "(" && this.closesAsArithmetic(this.i + 3))
      this.i += 3, this.arithmetic(subs), st.dynamic = true;
    else if (c1 === "(")
      this.i += 2, subs.push(this.substitution()), st.dynamic = true;
    else if (c1 === "{")
      this.i += 2, this.braced(subs, inDquote), st.dynamic = true;
    else if (c1 === "'" && !inDquote) {
      let decoded = this.ansiC();
      this.rewrite(from, this.i, UNDERSCORES), units.push({ t: decoded, active: false });
      return;
    } else if (c1 === '"' && !inDquote) {
      this.put(from, "_"), this.i++, this.dquote(units, subs, st);
      return;
    } else if (c1 !== void 0 && /[A-Za-z_]/.test(c1)) {
      for (this.i += 2; this.i < this.n && /[A-Za-z0-9_]/.test(s[this.i]); ) this.i++;
      st.dynamic = true;
    } else if (c1 !== void 0 && /[0-9@*#?$!-]/.test(c1))
      this.i += 2, st.dynamic = true;
    else {
      units.push({ t: "$", active: false }), this.i++;
      return;
    }
    units.push({ t: s.slice(from, this.i), active: false }), this.blank(from);
  }
  /**
   * The parser sees an expansion as plain word characters: its contents are analysed on their own
   * (and bash-parser fails on nested $( $( ) ), ${x/#a/b}, $((16#ff)) …).
   */
  blank(from) {
    this.rewrite(from, this.i, UNDERSCORES);
  }
  /** Body of $( … ) from just after `$(`; returns its source, leaves the cursor after `)`. */
  substitution() {
    let from = this.i;
    return this.list(false, true), this.s.slice(from, this.i - 1);
  }
  /**
   * bash reads `$((` as arithmetic only when the parenthesis that closes it is followed by `)`;
   * `$((cmd) )` is a command substitution running the subshell `(cmd)`.
   */
  closesAsArithmetic(from) {
    let s = this.s, depth = 2;
    for (let k = from; k < this.n; k++) {
      let c = s[k];
      if (c === "\\") k++;
      else if (c === "(") depth++;
      else if (c === ")" && --depth === 1) return s[k + 1] === ")";
    }
    return true;
  }
  arithmetic(subs) {
    let s = this.s, depth = 2;
    for (; depth > 0; ) {
      if (this.i >= this.n) throw new LexError("unterminated $((\u2026))");
      let c = s[this.i];
      if (c === "(") depth++;
      else if (c === ")") depth--;
      else if (c === "$") {
        this.dollar([], subs, { dynamic: false }, true);
        continue;
      } else if (c === "`") {
        this.backtick([], subs, { dynamic: false });
        continue;
      } else if (c === '"') {
        this.dquote([], subs, { dynamic: false });
        continue;
      } else c === "\\" && this.i++;
      this.i++;
    }
  }
  /**
   * Inside double quotes bash does not treat `'` in `${V:-'…'}` as a quote: `$(…)` in it runs.
   * Reading it as a plain character there finds every substitution bash may run (a superset).
   */
  braced(subs, inDquote) {
    let s = this.s, depth = 1;
    for (; ; ) {
      if (this.i >= this.n) throw new LexError("unterminated ${\u2026}");
      let c = s[this.i];
      if (c === "}") {
        if (this.i++, --depth === 0) return;
        continue;
      }
      if (c === "{" && depth++, c === "\\") {
        this.i += 2;
        continue;
      }
      if (c === "'" && !inDquote) {
        let close = s.indexOf("'", this.i + 1);
        if (close < 0) throw new LexError("unterminated single quote");
        this.i = close + 1;
        continue;
      }
      if (c === '"') {
        this.dquote([], subs, { dynamic: false });
        continue;
      }
      if (c === "$") {
        this.dollar([], subs, { dynamic: false }, inDquote);
        continue;
      }
      if (c === "`") {
        this.backtick([], subs, { dynamic: false });
        continue;
      }
      this.i++;
    }
  }
  backtick(units, subs, st) {
    this.nested(() => this.backtickBody(units, subs, st));
  }
  backtickBody(units, subs, st) {
    let s = this.s, from = this.i;
    this.i++;
    let inner = "";
    for (; ; ) {
      if (this.i >= this.n) throw new LexError("unterminated back-quote");
      let c = s[this.i];
      if (c === "`") break;
      if (c === "\\" && this.i + 1 < this.n) {
        let d = s[this.i + 1];
        inner += d === "$" || d === "`" || d === "\\" ? d : c + d, this.i += 2;
        continue;
      }
      inner += c, this.i++;
    }
    this.i++, subs.push(inner), st.dynamic = true, units.push({ t: s.slice(from, this.i), active: false }), this.blank(from);
  }
  /**
   * $'…' from the `$`; returns the decoded text. Bash decodes it to a C string, so a NUL (`\0`,
   * `\x00`, `\c@` …) ends that part and the rest up to the quote is dropped: `$'r\0x'm` is `rm`.
   */
  ansiC() {
    let s = this.s;
    this.i += 2;
    let out = "";
    for (; ; ) {
      if (this.i >= this.n) throw new LexError("unterminated $'\u2026'");
      let c = s[this.i];
      if (c === "'") {
        this.i++;
        let nul = out.indexOf("\0");
        return nul < 0 ? out : out.slice(0, nul);
      }
      if (c !== "\\") {
        out += c, this.i++;
        continue;
      }
      let d = s[this.i + 1] ?? "", simple = ANSI_C_ESCAPES.get(d);
      if (simple !== void 0) {
        out += simple, this.i += 2;
        continue;
      }
      let rest = s.slice(this.i + 1, this.i + 10), m;
      if (m = /^[0-7]{1,3}/.exec(rest))
        out += String.fromCharCode(parseInt(m[0], 8) & 255), this.i += 1 + m[0].length;
      else if (m = /^x([0-9a-fA-F]{1,2})/.exec(rest))
        out += String.fromCharCode(parseInt(m[1], 16)), this.i += 1 + m[0].length;
      else if ((m = /^u([0-9a-fA-F]{1,4})/.exec(rest)) || (m = /^U([0-9a-fA-F]{1,8})/.exec(rest))) {
        let cp = parseInt(m[1], 16);
        out += cp <= 1114111 ? String.fromCodePoint(cp) : "", this.i += 1 + m[0].length;
      } else (m = /^c(.)/s.exec(rest)) ? (out += String.fromCharCode(m[1].charCodeAt(0) & 31), this.i += 1 + m[0].length) : (out += "\\" + d, this.i += 2);
    }
  }
}, ANSI_C_ESCAPES = new Map(
  Object.entries({ a: "\x07", b: "\b", e: "\x1B", E: "\x1B", f: "\f", n: `
`, r: "\r", t: "	", v: "\v", "\\": "\\", "'": "'", '"': '"', "?": "?" })
);
function hasGlob(units) {
  let open = false;
  for (let u of units)
    if (u.active) {
      if (u.t === "*" || u.t === "?") return true;
      if (u.t === "[") open = true;
      else if (u.t === "]" && open) return true;
    }
  return false;
}
function hereDocSubs(body) {
  let lx = new Lexer(body), subs = [], st = { dynamic: false };
  for (; lx.i < lx.n; ) {
    let c = body[lx.i];
    c === "\\" ? lx.i += 2 : c === "$" ? lx.dollar([], subs, st, true) : c === "`" ? lx.backtick([], subs, st) : lx.i++;
  }
  return subs;
}
function promptSubs(text) {
  try {
    return hereDocSubs(text.split("\\$").join("$"));
  } catch (e) {
    if (e instanceof LexError) return [];
    throw e;
  }
}
var LexedLine = class {
  constructor(words, tokens, lexer) {
    this.words = words;
    this.tokens = tokens;
    this.lexer = lexer;
  }
  words;
  tokens;
  lexer;
  text;
  get parseText() {
    return this.text ??= this.lexer.parseText();
  }
};
function lexShell(src) {
  let lx = new Lexer(src);
  try {
    lx.list(true, false);
  } catch (e) {
    if (e instanceof LexError) return { words: lx.words, tokens: lx.tokens, parseText: src, error: e.message };
    throw e;
  }
  return new LexedLine(lx.words, lx.tokens, lx);
}
var SPECIAL = /* @__PURE__ */ new Set([
  "IFS",
  "PATH",
  "PWD",
  "OLDPWD",
  "RANDOM",
  "SRANDOM",
  "SECONDS",
  "LINENO",
  "HISTCMD",
  "EPOCHSECONDS",
  "EPOCHREALTIME",
  "FUNCNAME",
  "GROUPS",
  "DIRSTACK",
  "PPID",
  "UID",
  "EUID",
  "SHELLOPTS",
  "BASHOPTS",
  "PIPESTATUS",
  "OPTIND",
  "OPTARG",
  "OPTERR",
  "REPLY",
  "MAPFILE",
  "COPROC",
  "HOSTNAME",
  "HOSTTYPE",
  "MACHTYPE",
  "OSTYPE",
  "SHLVL",
  "HISTFILE",
  "HISTSIZE",
  "POSIXLY_CORRECT",
  "TMOUT",
  "CDPATH",
  "HOME",
  "ENV",
  "PS1",
  "PS2",
  "PS3",
  "PS4",
  "PROMPT_COMMAND",
  "GLOBIGNORE",
  "FIGNORE",
  "HISTIGNORE",
  "TIMEFORMAT",
  "LANG",
  "LC_ALL",
  "LC_COLLATE",
  "LC_CTYPE",
  "INPUTRC",
  "_"
]), NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function trackable(name) {
  return NAME.test(name) && !SPECIAL.has(name) && !name.startsWith("BASH") && !name.startsWith("COMP_") && !name.startsWith("LC_");
}
var UNFOLLOWED = /* @__PURE__ */ new Set([
  "alias",
  "unalias",
  "bind",
  "compgen",
  "complete",
  "compopt",
  "declare",
  "typeset",
  "local",
  "readonly",
  "enable",
  "fc",
  "let",
  "shopt",
  "source",
  ".",
  "trap",
  "coproc",
  "shift",
  "[[",
  "select",
  "caller",
  "history"
]), ASSIGNS_NAMES = /* @__PURE__ */ new Set(["read", "mapfile", "readarray", "getopts", "unset", "export", "printf", "wait"]);
function varsRisky(text) {
  if (text.includes("((") || text.includes("$[") || text.includes("IFS")) return true;
  for (let at = text.indexOf("${"); at >= 0; at = text.indexOf("${", at + 2)) {
    let k = at + 2;
    text[k] === "#" && k++;
    let from = k;
    for (; k < text.length && /[A-Za-z0-9_]/.test(text[k]); ) k++;
    if (k === from) return true;
    let c = text[k], d = text[k + 1];
    if (!(c === "}" || c === "@" || c === "-" || c === "+" || c === "#" || c === "%" || c === "/" || c === "^" || c === ",") && !(c === ":" && (d === "-" || d === "+")))
      return true;
  }
  return false;
}
function builtinEffects(vars, exe, rest) {
  if (!vars.off) {
    if (UNFOLLOWED.has(exe)) {
      vars.off = true;
      return;
    }
    if (exe === "eval" && rest.some((a) => a.dynamic)) vars.off = true;
    else if ((exe === "test" || exe === "[") && rest.some((a) => a.value === "-v" || a.value === "-R")) vars.off = true;
    else if ((exe === "mapfile" || exe === "readarray") && rest.some((a) => /^-[A-Za-z]*C/.test(a.value))) vars.off = true;
    else if (ASSIGNS_NAMES.has(exe)) {
      if (exe === "printf" && !rest.some((a) => a.dynamic || a.value.startsWith("-v")) || exe === "wait" && !rest.some((a) => a.dynamic || /^-[A-Za-z]*p/.test(a.value))) return;
      for (let a of rest) {
        if (a.dynamic || a.value.includes("[")) {
          vars.off = true;
          return;
        }
        if (a.value.startsWith("-")) {
          if (a.value.length > 2) {
            vars.off = true;
            return;
          }
          continue;
        }
        let eq = a.value.indexOf("="), name = eq < 0 ? a.value : a.value.slice(0, a.value[eq - 1] === "+" ? eq - 1 : eq);
        vars.env.delete(name);
      }
    }
  }
}
function literalAssignment(raw, value, dynamic) {
  if (dynamic || raw.includes("~")) return;
  let eq = value.indexOf("=");
  if (eq <= 0) return;
  let name = value.slice(0, eq);
  if (!(!NAME.test(name) || !raw.startsWith(`${name}=`)))
    return { name, value: value.slice(eq + 1) };
}
function wholeWordUse(raw) {
  let inner = raw, quoted = false;
  if (raw.length >= 3 && raw.startsWith('"') && raw.endsWith('"') && (inner = raw.slice(1, -1), quoted = true), !inner.startsWith("$") || inner.includes('"') || inner.includes("'")) return;
  let body = inner.slice(1);
  if (body.startsWith("{")) {
    if (!body.endsWith("}")) return;
    body = body.slice(1, -1);
  }
  if (body === "@" || body === "*") return { kind: "positional", which: body, quoted };
  if (/^[1-9]$/.test(body)) return { kind: "positional", which: Number(body), quoted };
  if (NAME.test(body)) return { kind: "name", name: body, quoted };
}
function usedName(raw) {
  let use = wholeWordUse(raw);
  return use?.kind === "name" ? use.name : void 0;
}
function splitFields(value) {
  let out = [];
  for (let f of value.split(/[ \t\n]+/)) {
    if (f === "") continue;
    let glob = f.includes("*") || f.includes("?") || f.includes("[") || f.includes("\\");
    out.push({ value: f, dynamic: glob });
  }
  return out;
}
function substitute(vars, raw) {
  if (vars.off) return;
  let use = wholeWordUse(raw);
  if (!use) return;
  if (use.kind === "name") {
    let v = vars.env.get(use.name);
    return v === void 0 ? void 0 : use.quoted ? [{ value: v, dynamic: false }] : splitFields(v);
  }
  let pos = vars.positional;
  if (pos) {
    if (typeof use.which == "number") {
      let v = pos[use.which - 1] ?? "";
      return use.quoted ? [{ value: v, dynamic: false }] : splitFields(v);
    }
    return use.quoted ? use.which === "@" ? pos.map((value) => ({ value, dynamic: false })) : [{ value: pos.join(" "), dynamic: false }] : pos.flatMap(splitFields);
  }
}
function hashBindings(rest) {
  let path, names = [];
  for (let k = 0; k < rest.length; k++) {
    let a = rest[k];
    if (a.dynamic) return;
    let v = a.value;
    if (path === void 0 && v === "-p") path = rest[++k]?.value;
    else if (path === void 0 && v.startsWith("-p")) path = v.slice(2);
    else {
      if (v.startsWith("-") && names.length === 0) continue;
      names.push(v);
    }
  }
  return path !== void 0 && names.length ? { path, names } : void 0;
}
var MAX_FLOW_DIRS = 32;
function unionDirs(a, b) {
  if (!a || !b) return;
  let out;
  if (a.length + b.length <= 16) {
    out = [];
    for (let x of a) out.includes(x) || out.push(x);
    for (let x of b) out.includes(x) || out.push(x);
  } else out = [.../* @__PURE__ */ new Set([...a, ...b])];
  return out.length > MAX_FLOW_DIRS ? void 0 : out;
}
function enterDir(d, t) {
  if (d)
    return unionDirs([], d.map((x) => t.startsWith("/") || x === "." ? t : `${x}/${t}`));
}
var parse;
function bashParser() {
  return parse ??= (0, import_chunk_MOTYY5BU.__require)("./bash-parser.cjs");
}
var programs_default = { programs: { rm: { aliases: { "-R": "-r", "--recursive": "-r", "--force": "-f", "--dir": "-d", "--verbose": "-v", "--interactive": "-i" } }, cp: { aliases: { "-R": "-r", "--recursive": "-r", "--force": "-f", "--archive": "-a", "--verbose": "-v", "--no-clobber": "-n", "--target-directory": "-t" }, valued: ["-t", "-S"] }, mv: { aliases: { "--force": "-f", "--verbose": "-v", "--no-clobber": "-n", "--target-directory": "-t" }, valued: ["-t", "-S"] }, chmod: { aliases: { "-R": "-R", "--recursive": "-R", "--verbose": "-v" } }, chown: { aliases: { "--recursive": "-R", "--verbose": "-v" } }, ln: { aliases: { "--symbolic": "-s", "--force": "-f" }, valued: ["-t", "-S"] }, tar: { aliases: { "--directory": "-C", "--file": "-f", "--extract": "-x", "--get": "-x", "--create": "-c", "--append": "-r", "--update": "-u", "--to-stdout": "-O" }, valued: ["-C", "-f", "-T", "-X", "-b", "-H", "-K", "-N", "-g", "-V", "-I", "-F", "--to-command", "--use-compress-program", "--info-script", "--new-volume-script", "--checkpoint-action", "--rsh-command", "--rmt-command", "--index-file"] }, curl: { aliases: { "--output": "-o", "--upload-file": "-T", "--form": "-F", "--config": "-K", "--cookie-jar": "-c", "--dump-header": "-D", "--data": "-d", "--request": "-X", "--header": "-H", "--insecure": "-k", "--location": "-L" }, valued: ["-o", "-d", "-X", "-H", "-u", "-A", "-e", "-F", "-T", "-x", "-b", "-c", "-m", "-w", "-K", "-E", "-r", "-z", "-Y", "-y", "-C", "-Q", "-t", "-U"] }, wget: { aliases: { "--output-document": "-O", "--quiet": "-q", "--input-file": "-i", "--output-file": "-o", "--append-output": "-a", "--directory-prefix": "-P", "--execute": "-e" }, valued: ["-O", "-o", "-P", "-U", "-e", "-t", "-T", "-w", "-a", "-i", "-B", "-Q", "-l", "-A", "-R", "-D", "-X", "-I"] }, kubectl: { aliases: { "-n": "--namespace" }, valued: ["--context", "--namespace", "-n", "--kubeconfig", "--cluster", "--user", "-o", "--output", "-f", "--filename", "-l", "--selector", "-c", "--container", "--server", "-s", "--token", "--as"] }, helm: { valued: ["--kube-context", "--namespace", "-n", "--kubeconfig", "-f", "--values", "--set", "--version", "-o"] }, docker: { commandAliases: { "container run": "run", "container create": "create", "container exec": "exec", "container rm": "rm", "container start": "start", "container stop": "stop", "container kill": "kill", "container cp": "cp", "container commit": "commit", "container export": "export", "container ls": "ps", "container prune": "container-prune", "image rm": "rmi", "image pull": "pull", "image push": "push", "image build": "build", "image ls": "images", "image tag": "tag", "image save": "save", "image load": "load", "image import": "import", "image prune": "image-prune", "builder build": "build", "buildx build": "build", "system prune": "system-prune" }, valued: ["-H", "--host", "--context", "-c", "--config", "--log-level", "-l"] }, podman: { valued: ["-H", "--host", "-c", "--connection", "--url", "--config", "--log-level", "--root", "--runroot", "--storage-driver", "--identity"] }, terraform: { commandAliases: { "apply -destroy": "destroy", "plan -destroy": "plan-destroy" }, valued: ["-chdir", "-var", "-var-file", "-target"] }, npm: { aliases: { "--force": "-f" }, valued: ["--prefix", "-C", "--registry", "-w", "--workspace", "--tag"], commandAliases: { i: "install", in: "install", ins: "install", inst: "install", insta: "install", instal: "install", isnt: "install", isnta: "install", isntal: "install", isntall: "install", add: "install", "run-script": "run", rum: "run", urn: "run", t: "test", tst: "test", x: "exec", pub: "publish", un: "uninstall", unlink: "uninstall", remove: "uninstall", rm: "uninstall", r: "uninstall", "clean-install": "ci", ic: "ci", "install-clean": "ci", "isntall-clean": "ci", "install-test": "install", it: "install" } }, make: { aliases: { "--directory": "-C", "--file": "-f", "--makefile": "-f", "--jobs": "-j" }, valued: ["-C", "-f", "-j", "-o", "-W", "-I", "-l"] }, cat: { aliases: { "--number": "-n" } }, head: { aliases: { "--lines": "-n", "--bytes": "-c" }, valued: ["-n", "-c"] }, tail: { aliases: { "--lines": "-n", "--bytes": "-c", "--follow": "-f" }, valued: ["-n", "-c", "-s", "--pid", "--sleep-interval"] }, less: { valued: ["-b", "-h", "-j", "-k", "-o", "-O", "-p", "-P", "-t", "-T", "-x", "-y", "-z"] }, more: {}, wc: {}, sort: { aliases: { "--output": "-o", "--key": "-k", "--field-separator": "-t" }, valued: ["-o", "-k", "-t", "-S", "-T", "--files0-from"] }, uniq: { valued: ["-f", "-s", "-w"] }, cut: { valued: ["-b", "-c", "-d", "-f"] }, diff: { valued: ["-C", "-U", "-I", "-x", "-X", "-F", "-L", "--label", "--from-file", "--to-file"] }, grep: { aliases: { "--regexp": "-e", "--file": "-f", "--recursive": "-r", "-R": "-r", "--dereference-recursive": "-r", "--max-count": "-m", "--directories": "-d" }, valued: ["-e", "-f", "-m", "-A", "-B", "-C", "-d", "-D", "--include", "--exclude", "--exclude-dir", "--exclude-from", "--label", "--color", "--colour"] }, egrep: { aliases: { "--regexp": "-e", "--file": "-f", "--recursive": "-r", "-R": "-r" }, valued: ["-e", "-f", "-m", "-A", "-B", "-C", "-d", "-D", "--include", "--exclude", "--exclude-dir"] }, fgrep: { aliases: { "--regexp": "-e", "--file": "-f", "--recursive": "-r", "-R": "-r" }, valued: ["-e", "-f", "-m", "-A", "-B", "-C", "-d", "-D", "--include", "--exclude", "--exclude-dir"] }, rg: { aliases: { "--regexp": "-e", "--file": "-f", "--glob": "-g", "--type": "-t", "--max-count": "-m" }, valued: ["-e", "-f", "-g", "-t", "-T", "-m", "-A", "-B", "-C", "-j", "-M", "-r", "-E", "--type-add", "--iglob", "--ignore-file", "--pre", "--max-depth", "--sort", "--sortr"] }, sed: { aliases: { "--expression": "-e", "--file": "-f", "--in-place": "-i", "--regexp-extended": "-E" }, valued: ["-e", "-f", "-l"] }, awk: { aliases: { "--file": "-f", "--assign": "-v", "--field-separator": "-F", "--source": "-e", "--include": "-i", "--load": "-l", "--exec": "-E" }, valued: ["-f", "-v", "-F", "-e", "-i", "-l", "-E", "-W"] }, gawk: { aliases: { "--file": "-f", "--assign": "-v", "--field-separator": "-F", "--source": "-e", "--include": "-i", "--load": "-l", "--exec": "-E" }, valued: ["-f", "-v", "-F", "-e", "-i", "-l", "-E", "-W"] }, mawk: { aliases: { "--file": "-f", "--assign": "-v", "--field-separator": "-F", "--source": "-e", "--include": "-i", "--load": "-l", "--exec": "-E" }, valued: ["-f", "-v", "-F", "-e", "-i", "-l", "-E", "-W"] }, nawk: { aliases: { "--file": "-f", "--assign": "-v", "--field-separator": "-F", "--source": "-e", "--include": "-i", "--load": "-l", "--exec": "-E" }, valued: ["-f", "-v", "-F", "-e", "-i", "-l", "-E", "-W"] }, jq: { aliases: { "--from-file": "-f", "--library-path": "-L" }, valued: ["-f", "--indent", "-L"], pairs: ["--arg", "--argjson", "--slurpfile", "--rawfile"] }, gojq: { aliases: { "--from-file": "-f", "--library-path": "-L" }, valued: ["-f", "--indent", "-L"], pairs: ["--arg", "--argjson", "--slurpfile", "--rawfile"] }, xargs: { aliases: { "--arg-file": "-a", "--max-args": "-n", "--max-procs": "-P", "--delimiter": "-d" }, valued: ["-a", "-E", "-I", "-L", "-n", "-P", "-s", "-d"] }, time: { aliases: { "--output": "-o", "--format": "-f", "--append": "-a" }, valued: ["-o", "-f"] }, tee: { aliases: { "--append": "-a" } }, touch: { valued: ["-d", "-r", "-t", "--date", "--reference"] }, mkdir: { aliases: { "--parents": "-p", "--mode": "-m" }, valued: ["-m"] }, rmdir: { aliases: { "--parents": "-p" } }, truncate: { aliases: { "--size": "-s", "--reference": "-r" }, valued: ["-s", "-r"] }, unlink: {}, shred: { aliases: { "--remove": "-u", "--iterations": "-n", "--size": "-s" }, valued: ["-n", "-s", "--random-source"] }, chgrp: { aliases: { "--recursive": "-R" } }, install: { aliases: { "--target-directory": "-t", "--mode": "-m", "--owner": "-o", "--group": "-g" }, valued: ["-t", "-m", "-o", "-g", "-S"] }, dd: {}, zip: { aliases: { "--recurse-paths": "-r" }, valued: ["-b", "-n", "-t", "-tt", "-x", "-i", "-P", "-O"] }, unzip: { valued: ["-d", "-x", "-P"] }, "7z": { subcommands: { x: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-ao", "-m", "-v"] }, e: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-ao", "-m", "-v"] }, a: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-m", "-v"] }, u: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-m", "-v"] } } }, "7za": { subcommands: { x: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-ao", "-m", "-v"] }, e: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-ao", "-m", "-v"] }, a: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-m", "-v"] }, u: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-m", "-v"] } } }, "7zz": { subcommands: { x: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-ao", "-m", "-v"] }, e: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-ao", "-m", "-v"] }, a: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-m", "-v"] }, u: { valued: ["-o", "-p", "-t", "-i", "-x", "-w", "-m", "-v"] } } }, cpio: { aliases: { "--extract": "-i", "--create": "-o", "--pass-through": "-p", "--directory": "-D", "--file": "-F" }, valued: ["-D", "-F", "-E", "-H", "-I", "-O", "-M", "-R"] }, gzip: { aliases: { "--stdout": "-c", "--to-stdout": "-c", "--decompress": "-d", "--keep": "-k" }, valued: ["-S"] }, gunzip: { aliases: { "--stdout": "-c", "--to-stdout": "-c", "--keep": "-k" }, valued: ["-S"] }, patch: { aliases: { "--input": "-i", "--output": "-o", "--directory": "-d", "--strip": "-p" }, valued: ["-i", "-o", "-d", "-p", "-r", "-D", "-B", "-F", "-V", "-z", "-Y"] }, ls: { valued: ["-I", "-w", "-T", "--hide", "--ignore", "--color", "--format", "--sort", "--time-style"] }, stat: { valued: ["-c", "--format", "--printf"] }, du: { valued: ["-d", "-B", "-t", "--max-depth", "--exclude", "-X"] }, find: {}, echo: {}, printf: {}, node: { valued: ["-r", "--require", "--import", "--loader", "--experimental-loader", "--input-type", "--conditions", "-C", "--env-file", "--title"] }, python: { valued: ["-m", "-W", "-X"] }, python3: { valued: ["-m", "-W", "-X"] }, pip: { aliases: { "--requirement": "-r", "--constraint": "-c", "--index-url": "-i", "--editable": "-e", "--find-links": "-f", "--target": "-t", "--dest": "-d", "--wheel-dir": "-w" }, valued: ["-r", "-c", "-i", "-e", "-f", "-t", "--extra-index-url", "--trusted-host", "--prefix", "--root", "--src", "--log", "--cert", "--proxy"] }, pip3: { aliases: { "--requirement": "-r", "--constraint": "-c", "--index-url": "-i", "--editable": "-e", "--find-links": "-f", "--target": "-t", "--dest": "-d", "--wheel-dir": "-w" }, valued: ["-r", "-c", "-i", "-e", "-f", "-t", "--extra-index-url", "--trusted-host", "--prefix", "--root", "--src", "--log", "--cert", "--proxy"] }, uv: { valued: ["-r", "--requirement", "-c", "--constraint", "--index-url", "-i", "--extra-index-url", "--index", "--default-index", "--find-links", "-f", "-p", "--python", "--directory", "--project"] }, pnpm: { valued: ["--registry", "-C", "--dir", "--filter", "-F", "--reporter"] }, yarn: { valued: ["--registry", "--cwd", "--cache-folder", "--modules-folder"] }, npx: { valued: ["-p", "--package", "-c", "--call", "--registry"] }, go: { valued: ["-C", "-o", "-modfile", "-tags", "-ldflags", "-gcflags", "-p", "-mod"] }, cargo: { valued: ["--manifest-path", "--registry", "--index", "--target-dir", "-p", "--package", "-j", "--jobs", "--features", "-F", "--bin", "--example", "--test", "--target", "-Z", "--config", "-C"] }, ssh: { valued: ["-b", "-c", "-D", "-E", "-e", "-F", "-I", "-i", "-J", "-L", "-l", "-m", "-O", "-o", "-p", "-Q", "-R", "-S", "-W", "-w", "-B", "-P"] }, scp: { aliases: { "-R": "-r" }, valued: ["-c", "-D", "-F", "-i", "-J", "-l", "-o", "-P", "-S", "-X"] }, sftp: { valued: ["-B", "-b", "-c", "-D", "-F", "-i", "-J", "-l", "-o", "-P", "-R", "-S", "-s", "-X"] }, rsync: { aliases: { "--recursive": "-r", "--archive": "-a", "--rsh": "-e", "--exclude-from": "--exclude-from", "--files-from": "--files-from" }, valued: ["-e", "-f", "-B", "-M", "-T", "--exclude", "--include", "--exclude-from", "--include-from", "--files-from", "--filter", "--backup-dir", "--suffix", "--partial-dir", "--temp-dir", "--log-file", "--password-file", "--chmod", "--chown", "--rsync-path", "--port", "--address", "--compare-dest", "--copy-dest", "--link-dest"] }, nc: { valued: ["-e", "-c", "-i", "-I", "-O", "-p", "-q", "-s", "-T", "-V", "-w", "-X", "-x", "-M", "-m"] }, ncat: { valued: ["-e", "-c", "-i", "-p", "-s", "-w", "-x", "--proxy", "--proxy-type", "-o", "--output", "--exec", "--sh-exec", "--lua-exec"] }, netcat: { valued: ["-e", "-c", "-i", "-p", "-q", "-s", "-w", "-x"] }, telnet: { valued: ["-b", "-e", "-l", "-n", "-k", "-X"] }, ping: { valued: ["-c", "-i", "-I", "-l", "-m", "-M", "-p", "-Q", "-s", "-S", "-t", "-T", "-w", "-W"] }, ping6: { valued: ["-c", "-i", "-I", "-l", "-m", "-M", "-p", "-Q", "-s", "-S", "-t", "-T", "-w", "-W"] }, traceroute: { valued: ["-f", "-g", "-i", "-m", "-N", "-p", "-t", "-w", "-q", "-s", "-z"] }, dig: { valued: ["-b", "-c", "-f", "-k", "-p", "-q", "-t", "-x", "-y"] }, host: { valued: ["-c", "-N", "-R", "-t", "-W", "-m"] }, openssl: { valued: ["-connect", "-proxy", "-servername", "-cert", "-key", "-CAfile", "-in", "-out", "-port", "-inkey", "-signkey", "-keyout", "-passin", "-passout", "-pass"] }, ftp: {}, prettier: { aliases: { "-w": "--write", "-c": "--check", "-l": "--list-different", "--config-path": "--config" }, valued: ["--config", "--ignore-path", "--plugin", "--parser", "--print-width", "--tab-width", "--trailing-comma", "--end-of-line", "--prose-wrap", "--arrow-parens", "--quote-props", "--html-whitespace-sensitivity", "--embedded-language-formatting", "--object-wrap", "--experimental-operator-position", "--cursor-offset", "--range-start", "--range-end", "--stdin-filepath", "--log-level", "--cache-location", "--cache-strategy", "--config-precedence"] }, eslint: { aliases: { "--config": "-c", "--output-file": "-o", "--format": "-f" }, valued: ["-c", "-f", "-o", "--ext", "--env", "--global", "--parser", "--parser-options", "--resolve-plugins-relative-to", "--rulesdir", "--plugin", "--rule", "--fix-type", "--ignore-path", "--ignore-pattern", "--stdin-filename", "--max-warnings", "--cache-location", "--cache-strategy", "--report-unused-disable-directives-severity", "--concurrency", "--flag"] }, stylelint: { aliases: { "--config": "-c", "--ignore-path": "-i", "--output-file": "-o", "--formatter": "-f" }, valued: ["-c", "-i", "-o", "-f", "--config-basedir", "--ignore-pattern", "--custom-syntax", "--custom-formatter", "--cache-location", "--cache-strategy", "--max-warnings", "--stdin-filename", "--report-descriptionless-disables", "--ip"] }, markdownlint: { aliases: { "--config": "-c", "--output": "-o", "--ignore-path": "-p", "--rules": "-r", "--ignore": "-i" }, valued: ["-c", "-o", "-p", "-r", "-i", "--configPointer"] }, black: { aliases: { "--code": "-c" }, valued: ["-c", "--config", "-l", "--line-length", "-t", "--target-version", "--include", "--exclude", "--extend-exclude", "--force-exclude", "--stdin-filename", "-W", "--workers", "--python-cell-magics", "--required-version", "--enable-unstable-feature"] }, isort: { aliases: { "-c": "--check-only", "--check": "--check-only", "--sp": "--settings-path", "--settings-file": "--settings-path", "--settings": "--settings-path" }, valued: ["--settings-path", "-l", "--line-length", "-p", "--project", "--profile", "-m", "--multi-line", "--skip", "-s", "--skip-glob", "--sg", "--filename", "-j", "--jobs", "--py", "--python-version", "--src", "--src-path", "-a", "--add-import", "--rm", "--remove-import"] }, autopep8: { aliases: { "--in-place": "-i", "--recursive": "-r", "--diff": "-d" }, valued: ["--global-config", "--max-line-length", "--select", "--ignore", "--exclude", "-j", "--jobs", "-p", "--pep8-passes", "--indent-size", "--line-range", "--range"] }, yapf: { aliases: { "--in-place": "-i", "--recursive": "-r", "--diff": "-d" }, valued: ["--style", "-e", "--exclude", "-l", "--lines"] }, ruff: { aliases: { "--output-file": "-o" }, valued: ["--config", "-o", "--select", "--extend-select", "--ignore", "--extend-ignore", "--fixable", "--unfixable", "--exclude", "--extend-exclude", "--per-file-ignores", "--extend-per-file-ignores", "--line-length", "--target-version", "--output-format", "--stdin-filename", "--cache-dir", "--range", "--dummy-variable-rgx"] }, gofmt: { aliases: { "--w": "-w", "--l": "-l", "--d": "-d", "--r": "-r" }, valued: ["-r"] }, gofumpt: { aliases: { "--w": "-w", "--l": "-l", "--d": "-d" }, valued: ["-lang", "-modpath"] }, goimports: { aliases: { "--w": "-w", "--l": "-l", "--d": "-d", "--local": "-local", "--srcdir": "-srcdir" }, valued: ["-local", "-srcdir"] }, rustfmt: { valued: ["--config-path", "--config", "--edition", "--emit", "--color", "--style-edition"] }, "clang-format": { valued: ["--style", "-style", "--files", "--assume-filename", "--fallback-style", "--lines", "--offset", "--length", "--cursor", "--qualifier-alignment"] }, shfmt: { aliases: { "--write": "-w", "--list": "-l", "--diff": "-d" }, valued: ["-i", "--indent", "-ln", "--language-dialect", "--filename", "--apply-ignore"] }, biome: { valued: ["--config-path", "--colors", "--log-level", "--log-kind", "--max-diagnostics", "--diagnostic-level", "--reporter", "--stdin-file-path", "--since", "--only", "--skip", "--vcs-root", "--files-max-size", "--indent-style", "--indent-width", "--line-width", "--line-ending"] }, "markdownlint-cli2": { valued: ["--config"] }, rubocop: { aliases: { "--autocorrect": "-a", "--auto-correct": "-a", "--autocorrect-all": "-A", "--auto-correct-all": "-A", "--fix-layout": "-x", "--config": "-c", "--out": "-o", "--require": "-r", "--stdin": "-s", "--format": "-f" }, valued: ["-c", "-o", "-r", "-s", "-f", "--only", "--except", "--fail-level", "--cache-root", "--exclude-limit", "--plugin"] }, oxlint: { aliases: { "--config": "-c" }, valued: ["-c", "-A", "-W", "-D", "--allow", "--warn", "--deny", "--ignore-path", "--ignore-pattern", "--format", "-f", "--max-warnings", "--tsconfig", "--threads"] }, "golangci-lint": { aliases: { "--config": "-c", "--diff": "-d" }, valued: ["-c", "-E", "-D", "--enable", "--disable", "--timeout", "--build-tags", "--concurrency", "-j", "--out-format", "--output.text.path", "--max-issues-per-linter", "--max-same-issues", "--new-from-rev", "--path-prefix"] }, "php-cs-fixer": { valued: ["--config", "--rules", "--format", "--path-mode", "--cache-file", "--allow-risky", "--using-cache"] }, stylua: { aliases: { "--config": "--config-path", "-f": "--config-path" }, valued: ["--config-path", "--indent-type", "--indent-width", "--column-width", "--line-endings", "--quote-style", "--call-parentheses", "--collapse-simple-statement", "--search-parent-directories", "--stdin-filepath", "--sort-requires", "-g", "--glob", "--num-threads"] }, ktlint: { aliases: { "--format": "-F" }, valued: ["--reporter", "--editorconfig", "--ruleset", "-R", "--baseline", "--log-level"] }, dart: { aliases: { "--output": "-o", "--line-length": "-l" }, valued: ["-o", "-l", "--language-version", "--enable-experiment", "--page-width", "--indent", "--code"] }, sqlfluff: { valued: ["--dialect", "--templater", "--rules", "--exclude-rules", "--config", "--ignore", "--processes", "-p", "--format", "-f", "--write-output", "--bench", "--stdin-filename", "--encoding", "--warn-unused-ignores", "-l", "-v"] }, buf: { aliases: { "--write": "-w", "--diff": "-d" }, valued: ["--config", "-o", "--output", "--path", "--exclude-path", "--error-format"] }, dprint: { aliases: { "--config": "-c" }, valued: ["-c", "--excludes", "--plugins", "--stdin", "--log-level", "--incremental"] }, php: { valued: ["-S", "-t", "-d", "-c", "-r", "-f", "-B", "-R", "-F", "-E", "-z"] }, nmap: { valued: ["-p", "-e", "-S", "-D", "-g", "-iL", "-iR", "-oN", "-oX", "-oG", "-oS", "-oA", "--script", "--script-args", "--exclude", "--excludefile", "--datadir", "--resume", "--proxies", "--top-ports", "--max-retries", "--host-timeout", "--scan-delay", "--min-rate", "--max-rate", "--ttl", "--source-port", "--data-length", "--mtu", "-b"] }, aria2c: { aliases: { "--dir": "-d", "--out": "-o", "--input-file": "-i" }, valued: ["-d", "-o", "-i", "-x", "-s", "-j", "-k", "-t", "-l", "--log", "--save-session", "--all-proxy", "--http-proxy", "--https-proxy"] }, psql: { aliases: { "--host": "-h", "--file": "-f", "--output": "-o", "--log-file": "-L", "--username": "-U", "--port": "-p", "--dbname": "-d", "--command": "-c" }, valued: ["-h", "-f", "-o", "-L", "-U", "-p", "-d", "-c", "-v", "-P", "-T", "-F", "-R"] }, pg_dump: { aliases: { "--host": "-h", "--file": "-f", "--username": "-U", "--port": "-p", "--dbname": "-d" }, valued: ["-h", "-f", "-U", "-p", "-d", "-n", "-N", "-t", "-T", "-F", "-j", "-Z", "-E", "-S"] }, mysql: { aliases: { "--host": "-h", "--user": "-u", "--port": "-P", "--database": "-D", "--execute": "-e" }, valued: ["-h", "-u", "-P", "-D", "-e", "-S"] }, mysqldump: { aliases: { "--host": "-h", "--user": "-u", "--port": "-P", "--result-file": "-r" }, valued: ["-h", "-u", "-P", "-r", "-S"] }, "redis-cli": { valued: ["-h", "-p", "-a", "-u", "-n", "-s", "-r", "-i", "--user", "--pass"] }, gh: { valued: ["-R", "--repo", "--hostname", "-X", "--method", "-f", "--field", "-F", "--raw-field", "-H", "--header", "--input", "-q", "--jq", "-t", "--template"] }, aws: { valued: ["--profile", "--region", "--endpoint-url", "--output", "--query", "--ca-bundle", "--cli-input-json", "--cli-input-yaml"] }, gcloud: { valued: ["--project", "--account", "--configuration", "--format", "--flags-file", "--impersonate-service-account", "--verbosity"] }, az: { valued: ["--subscription", "-o", "--output", "--query", "-g", "--resource-group"] }, git: { globalValued: ["-C", "-c", "--git-dir", "--work-tree", "--namespace", "--exec-path", "--super-prefix", "--config-env", "--list-cmds", "--attr-source"], globalFlags: ["-p", "--paginate", "-P", "--no-pager", "--bare", "--no-replace-objects", "--literal-pathspecs", "--glob-pathspecs", "--noglob-pathspecs", "--icase-pathspecs", "--no-optional-locks", "--no-advice", "--html-path", "--man-path", "--info-path", "--version", "--help"], subcommandAliases: { "send-pack": "push" }, implies: { "filter-branch": ["commit"], "filter-repo": ["commit"], "cherry-pick": ["commit"], revert: ["commit"], merge: ["commit"], am: ["commit"], rebase: ["commit"], "commit-tree": ["commit"], pull: ["fetch", "merge", "commit"] }, neutralGlobals: { flags: ["-P", "--no-pager", "--no-replace-objects", "--literal-pathspecs", "--glob-pathspecs", "--noglob-pathspecs", "--icase-pathspecs", "--no-optional-locks", "--no-advice"], dirs: ["-C"], opaque: ["-c", "--config-env"] }, subcommands: { stash: { valued: ["-m", "--message"] }, apply: { valued: ["--directory", "--exclude", "--include", "--whitespace", "-p", "-C"] }, am: { valued: ["--directory", "--exclude", "--include", "--whitespace", "-p", "-C"] }, push: { aliases: { "-f": "--force", "--force-with-lease": "--force", "--force-if-includes": "--force", "--mirror": "--force", "-d": "--delete", "-u": "--set-upstream" }, valued: ["-o", "--push-option", "--repo", "--receive-pack", "--exec"], forcing: "+" }, commit: { aliases: { "-a": "--all", "-m": "--message", "-n": "--no-verify" }, valued: ["-m", "--message", "-F", "--file", "-c", "-C", "--author", "--date", "-t", "--template", "--fixup", "--squash", "--cleanup"] }, reset: { valued: [] }, clean: { aliases: { "--force": "-f", "--dry-run": "-n" }, valued: ["-e", "--exclude"] }, checkout: { aliases: { "--force": "-f", "--patch": "-p" }, valued: ["-b", "-B", "--orphan"] }, restore: { aliases: { "--source": "-s", "--patch": "-p" }, valued: ["-s"] }, "merge-file": { aliases: { "--stdout": "-p" }, valued: ["-L"] }, "update-index": { triples: ["--cacheinfo"], valued: ["--index-version"] }, "checkout-index": { aliases: { "--all": "-a" }, valued: ["--prefix", "--stage"] }, "read-tree": { valued: ["--prefix", "--index-output", "--exclude-per-directory"] }, "format-patch": { aliases: { "--output-directory": "-o" }, valued: ["-o", "-v", "--reroll-count", "--start-number", "--subject-prefix", "--in-reply-to", "--to", "--cc", "--signature-file", "--suffix", "--base", "--interdiff", "--range-diff", "--creation-factor", "--output"] }, replace: { aliases: { "--delete": "-d", "--list": "-l" }, valued: ["--format"] }, branch: { aliases: { "--delete": "-d", "--force": "-f", "-D": "-D" }, valued: [] }, rebase: { valued: ["--onto", "-x", "--exec", "-s", "--strategy", "-X"] }, clone: { valued: ["-b", "--branch", "-o", "--origin", "--depth", "-u", "--upload-pack", "--reference", "-c", "--config", "--template", "-j", "--filter"] }, fetch: { valued: ["--depth", "--upload-pack", "-j", "--refmap", "-o"] }, pull: { valued: ["--depth", "--upload-pack", "-s", "--strategy", "-X", "-j"] }, grep: { valued: ["-e", "-f", "-A", "-B", "-C", "--after-context", "--before-context", "--context", "--max-depth", "-m", "--max-count", "--threads"] } } } }, touch: { cat: '{"operands":"read"}', head: '{"operands":"read"}', tail: '{"operands":"read"}', less: '{"operands":"read"}', more: '{"operands":"read"}', wc: '{"operands":"read","options":{"--files0-from":"read"}}', nl: '{"operands":"read"}', od: '{"operands":"read"}', xxd: '{"operands":"read","last":"write"}', hexdump: '{"operands":"read"}', strings: '{"operands":"read"}', file: '{"operands":"read","guess":true,"listsOutside":true}', base64: '{"operands":"read"}', md5sum: '{"operands":"read"}', sha256sum: '{"operands":"read"}', sha1sum: '{"operands":"read"}', sort: '{"operands":"read","options":{"-o":"write","--files0-from":"read","--random-source":"read"}}', shuf: '{"operands":"read","options":{"-o":"write","--output":"write","--random-source":"read"}}', uniq: '{"operands":"read","last":"write"}', cut: '{"operands":"read"}', paste: '{"operands":"read"}', tr: '{"operands":"none"}', diff: '{"operands":"read","tree":["-r","--recursive"],"options":{"--from-file":"read","--to-file":"read","-X":"read","--exclude-from":"read"}}', cmp: '{"operands":"read"}', comm: '{"operands":"read"}', grep: '{"operands":"read","skip":1,"skipUnless":["-e","-f"],"tree":["-r","-d"],"noOperandsWhen":{"-r":".","-d":"."},"options":{"-f":"read","--exclude-from":"read"}}', egrep: '{"operands":"read","skip":1,"skipUnless":["-e","-f"],"tree":["-r"],"noOperandsWhen":{"-r":"."},"options":{"-f":"read"}}', fgrep: '{"operands":"read","skip":1,"skipUnless":["-e","-f"],"tree":["-r"],"noOperandsWhen":{"-r":"."},"options":{"-f":"read"}}', rg: '{"operands":"read","skip":1,"skipUnless":["-e","-f","--files"],"tree":true,"noOperands":".","skipsHidden":true,"when":{"--hidden":{"skipsHidden":false},"-u":{"skipsHidden":false},"--no-ignore":{"skipsHidden":false}},"options":{"-f":"read","--ignore-file":"read"}}', ag: '{"operands":"read","skip":1,"tree":true,"noOperands":".","skipsHidden":true}', sed: '{"operands":"read","skip":1,"skipUnless":["-e","-f"],"options":{"-f":"read"},"when":{"-i":{"operands":"write"}}}', awk: '{"operands":"read","skip":1,"skipUnless":["-f","-e","-E"],"options":{"-f":"read","-E":"read","-i":"read"}}', gawk: '{"operands":"read","skip":1,"skipUnless":["-f","-e","-E"],"options":{"-f":"read","-E":"read","-i":"read"}}', mawk: '{"operands":"read","skip":1,"skipUnless":["-f","-e","-E"],"options":{"-f":"read","-E":"read","-i":"read"}}', nawk: '{"operands":"read","skip":1,"skipUnless":["-f","-e","-E"],"options":{"-f":"read","-E":"read","-i":"read"}}', jq: '{"operands":"read","skip":1,"skipUnless":["-f"],"options":{"-f":"read","--slurpfile":"read","--rawfile":"read"}}', gojq: '{"operands":"read","skip":1,"skipUnless":["-f"],"options":{"-f":"read","--slurpfile":"read","--rawfile":"read"}}', yq: '{"operands":"read","skip":1,"when":{"-i":{"operands":"write"}}}', tee: '{"operands":"none"}', ls: '{"operands":"read","guess":true,"listsOutside":true,"tree":["-R","--recursive"],"noOperands":"."}', stat: '{"operands":"read","guess":true,"listsOutside":true}', du: '{"operands":"read","guess":true,"listsOutside":true,"noOperands":"."}', tree: '{"operands":"read","guess":true,"listsOutside":true,"noOperands":".","options":{"-o":"write"}}', realpath: '{"operands":"none"}', readlink: '{"operands":"none"}', basename: '{"operands":"none"}', dirname: '{"operands":"none"}', find: '{"startPoints":true,"noOperands":".","listsOutside":true}', touch: '{"operands":"write","options":{"-r":"read","--reference":"read"}}', mkdir: '{"operands":"write"}', rmdir: '{"operands":"delete"}', rm: '{"operands":"delete","tree":["-r"]}', unlink: '{"operands":"delete"}', shred: '{"operands":"write"}', truncate: '{"operands":"write","options":{"-r":"read"}}', cp: '{"operands":"read","tree":["-r","-a"],"last":"write","lastDir":true,"options":{"-t":"write-dir"}}', mv: '{"operands":"delete","tree":"named","last":"write","lastDir":true,"options":{"-t":"write-dir"}}', install: '{"operands":"read","last":"write","lastDir":true,"options":{"-t":"write-dir"},"when":{"-d":{"operands":"write","last":null}}}', ln: '{"operands":"read","last":"write","lastDir":true,"options":{"-t":"write-dir"}}', chmod: '{"operands":"write","skip":1,"skipUnless":["--reference"],"shortFlags":"cfvR","tree":["-R"],"options":{"--reference":"read"}}', chown: '{"operands":"write","skip":1,"skipUnless":["--reference"],"tree":["-R"],"options":{"--reference":"read"}}', chgrp: '{"operands":"write","skip":1,"skipUnless":["--reference"],"tree":["-R"],"options":{"--reference":"read"}}', dd: '{"operands":"none","assign":{"if":"read","of":"write"}}', tar: '{"operands":"read","tree":true,"bundled":true,"options":{"-f":"read","-T":"read","-X":"read"},"when":{"-c":{"options":{"-f":"write","-T":"read","-X":"read"}},"-r":{"options":{"-f":"write","-T":"read"}},"-u":{"options":{"-f":"write","-T":"read"}},"-x":{"operands":"none","extract":"-C"},"-O":{"extract":""},"--to-command":{"extract":""}}}', zip: '{"operands":"read","first":"write","tree":["-r"]}', unzip: '{"operands":"none","first":"read","extract":"-d"}', "7z x": '{"operands":"none","first":"read","extract":"-o"}', "7z e": '{"operands":"none","first":"read","extract":"-o"}', "7z a": '{"operands":"read","first":"write","tree":true}', "7z u": '{"operands":"read","first":"write","tree":true}', "7za x": '{"operands":"none","first":"read","extract":"-o"}', "7za e": '{"operands":"none","first":"read","extract":"-o"}', "7za a": '{"operands":"read","first":"write","tree":true}', "7zz x": '{"operands":"none","first":"read","extract":"-o"}', "7zz e": '{"operands":"none","first":"read","extract":"-o"}', "7zz a": '{"operands":"read","first":"write","tree":true}', gzip: '{"operands":"write","when":{"-c":{"operands":"read"}}}', gunzip: '{"operands":"write","when":{"-c":{"operands":"read"}}}', xz: '{"operands":"write","when":{"-c":{"operands":"read"}}}', bzip2: '{"operands":"write","when":{"-c":{"operands":"read"}}}', zstd: '{"operands":"write","options":{"-o":"write"}}', patch: '{"operands":"write","noOperands":".","options":{"-i":"read","-o":"write"}}', cpio: '{"operands":"none","options":{"-F":"read","-I":"read","-E":"read","-O":"write"},"when":{"-i":{"extract":"-D"},"-o":{"options":{"-F":"write","-O":"write"}}}}', xargs: '{"posix":true,"options":{"-a":"read"}}', time: '{"posix":true,"options":{"-o":"write"}}', echo: '{"operands":"none"}', printf: '{"operands":"none"}', true: '{"operands":"none"}', false: '{"operands":"none"}', test: '{"operands":"none"}', "[": '{"operands":"none"}', export: '{"operands":"none"}', set: '{"operands":"none"}', unset: '{"operands":"none"}', local: '{"operands":"none"}', declare: '{"operands":"none"}', read: '{"operands":"none"}', shift: '{"operands":"none"}', exit: '{"operands":"none"}', return: '{"operands":"none"}', sleep: '{"operands":"none"}', date: '{"operands":"none"}', pwd: '{"operands":"none"}', whoami: '{"operands":"none"}', id: '{"operands":"none"}', uname: '{"operands":"none"}', which: '{"operands":"none"}', type: '{"operands":"none"}', seq: '{"operands":"none"}', kill: '{"operands":"none"}', ps: '{"operands":"none"}', wait: '{"operands":"none"}', printenv: '{"operands":"none"}', cd: '{"operands":"none"}', pushd: '{"operands":"none"}', popd: '{"operands":"none"}', source: '{"operands":"none"}', ".": '{"operands":"none"}', eval: '{"operands":"none"}', node: '{"operands":"read","guess":true,"first":"read","options":{"-r":"read","--require":"read","--import":"read","--env-file":"read","--env-file-if-exists":"read","--loader":"read","--experimental-loader":"read","--redirect-warnings":"write","--test-reporter-destination":"write","--diagnostic-dir":"write-dir","--cpu-prof-dir":"write-dir","--heap-prof-dir":"write-dir","--report-directory":"write-dir","--snapshot-blob":"write"},"when":{"-e":{"first":"none"},"-p":{"first":"none"},"--eval":{"first":"none"},"--print":{"first":"none"}}}', python: '{"operands":"read","guess":true,"first":"read","when":{"-c":{"first":"none"},"-m":{"first":null}}}', python3: '{"operands":"read","guess":true,"first":"read","when":{"-c":{"first":"none"},"-m":{"first":null}}}', ruby: '{"operands":"read","guess":true,"first":"read","when":{"-e":{"first":"none"}}}', perl: '{"operands":"read","guess":true,"first":"read","when":{"-e":{"first":"none"},"-E":{"first":"none"}}}', php: '{"operands":"read","guess":true,"first":"read","options":{"-c":"read","-f":"read"},"when":{"-S":{"first":null,"serves":"-t"},"-r":{"first":"none"}}}', deno: '{"operands":"read","guess":true,"operandsAfter":{"run":{"op":"url-or-read","first":true},"install":{"op":"url-or-read","first":true},"cache":{"op":"url-or-read"},"compile":{"op":"url-or-read","first":true},"test":{"op":"url-or-read"},"bundle":{"op":"url-or-read","first":true}}}', bun: '{"operands":"read","guess":true,"operandsAfter":{"add":{"op":"package","writes":["package.json"],"writesWithOperands":true},"install":{"op":"package","writes":["package.json"],"writesWithOperands":true},"i":{"op":"package","writes":["package.json"],"writesWithOperands":true},"update":{"op":"package"},"x":{"op":"package","first":true},"create":{"op":"package","first":true}},"options":{"--registry":"url"}}', tsx: '{"operands":"read","guess":true,"first":"read"}', npm: '{"operands":"none","operandsAfter":{"install":{"op":"package","writes":["package.json"],"writesWithOperands":true},"i":{"op":"package","writes":["package.json"],"writesWithOperands":true},"in":{"op":"package","writes":["package.json"],"writesWithOperands":true},"ins":{"op":"package","writes":["package.json"],"writesWithOperands":true},"inst":{"op":"package","writes":["package.json"],"writesWithOperands":true},"insta":{"op":"package","writes":["package.json"],"writesWithOperands":true},"instal":{"op":"package","writes":["package.json"],"writesWithOperands":true},"isnt":{"op":"package","writes":["package.json"],"writesWithOperands":true},"isnta":{"op":"package","writes":["package.json"],"writesWithOperands":true},"isntal":{"op":"package","writes":["package.json"],"writesWithOperands":true},"isntall":{"op":"package","writes":["package.json"],"writesWithOperands":true},"add":{"op":"package","writes":["package.json"],"writesWithOperands":true},"update":{"op":"package","writes":["package.json"],"writesWithOperands":true},"up":{"op":"package","writes":["package.json"],"writesWithOperands":true},"upgrade":{"op":"package","writes":["package.json"],"writesWithOperands":true},"ci":{"op":"package"},"exec":{"op":"package","first":true},"x":{"op":"package","first":true},"create":{"op":"package","first":true},"init":{"op":"package","first":true,"writes":["package.json"]},"run":{"op":"none","reads":["package.json"]},"run-script":{"op":"none","reads":["package.json"]},"rum":{"op":"none","reads":["package.json"]},"urn":{"op":"none","reads":["package.json"]},"test":{"op":"none","reads":["package.json"]},"t":{"op":"none","reads":["package.json"]},"tst":{"op":"none","reads":["package.json"]},"start":{"op":"none","reads":["package.json"]},"stop":{"op":"none","reads":["package.json"]},"restart":{"op":"none","reads":["package.json"]},"pkg":{"op":"none","writes":["package.json"]},"audit":{"op":"none","writes":["package.json"],"writesWithOperands":true},"set-script":{"op":"none","writes":["package.json"]},"version":{"op":"none","writes":["package.json"]},"uninstall":{"op":"none","writes":["package.json"]},"remove":{"op":"none","writes":["package.json"]},"rm":{"op":"none","writes":["package.json"]},"r":{"op":"none","writes":["package.json"]},"un":{"op":"none","writes":["package.json"]},"unlink":{"op":"none","writes":["package.json"]}},"options":{"--registry":"url","--logs-dir":"write-dir","--cache":"write-dir","--pack-destination":"write-dir"}}', pnpm: '{"operands":"none","operandsAfter":{"run":{"op":"none","reads":["package.json"]},"test":{"op":"none","reads":["package.json"]},"start":{"op":"none","reads":["package.json"]},"add":{"op":"package","writes":["package.json"],"writesWithOperands":true},"install":{"op":"package","writes":["package.json"],"writesWithOperands":true},"i":{"op":"package","writes":["package.json"],"writesWithOperands":true},"update":{"op":"package","writes":["package.json"],"writesWithOperands":true},"up":{"op":"package","writes":["package.json"],"writesWithOperands":true},"remove":{"op":"none","writes":["package.json"]},"rm":{"op":"none","writes":["package.json"]},"uninstall":{"op":"none","writes":["package.json"]},"un":{"op":"none","writes":["package.json"]},"pkg":{"op":"none","writes":["package.json"]},"init":{"op":"none","writes":["package.json"]},"dlx":{"op":"package","first":true},"create":{"op":"package","first":true}},"options":{"--registry":"url"}}', yarn: '{"operands":"none","operandsAfter":{"run":{"op":"none","reads":["package.json"]},"test":{"op":"none","reads":["package.json"]},"start":{"op":"none","reads":["package.json"]},"add":{"op":"package","writes":["package.json"],"writesWithOperands":true},"install":{"op":"package","writes":["package.json"],"writesWithOperands":true},"upgrade":{"op":"package","writes":["package.json"],"writesWithOperands":true},"remove":{"op":"none","writes":["package.json"]},"init":{"op":"none","writes":["package.json"]},"version":{"op":"none","writes":["package.json"]},"dlx":{"op":"package","first":true},"create":{"op":"package","first":true}},"options":{"--modules-folder":"write-dir","--cache-folder":"write-dir","--registry":"url"}}', npx: '{"operands":"none","first":"package","options":{"--registry":"url","-p":"package","--package":"package"}}', pip: '{"operands":"none","operandsAfter":{"install":{"op":"package"},"download":{"op":"package"},"wheel":{"op":"package"}},"options":{"-e":"editable","--editable":"editable","-r":"read","-c":"read","-i":"url","--extra-index-url":"url","-f":"url-or-read","-t":"write-dir","--prefix":"write-dir","--root":"write-dir","-d":"write-dir","-w":"write-dir","--src":"write-dir","--cache-dir":"write-dir","--log":"write","--log-file":"write","--report":"write","--cert":"read","--client-cert":"read","--proxy":"url"}}', pip3: '{"operands":"none","operandsAfter":{"install":{"op":"package"},"download":{"op":"package"},"wheel":{"op":"package"}},"options":{"-e":"editable","--editable":"editable","-r":"read","-c":"read","-i":"url","--extra-index-url":"url","-f":"url-or-read","-t":"write-dir","--prefix":"write-dir","--root":"write-dir","-d":"write-dir","-w":"write-dir","--src":"write-dir","--cache-dir":"write-dir","--log":"write","--log-file":"write","--report":"write","--cert":"read","--client-cert":"read","--proxy":"url"}}', uv: '{"operands":"none","operandsAfter":{"pip":{"op":"package"},"add":{"op":"package"}},"options":{"-e":"editable","--editable":"editable","-r":"read","--requirement":"read","-c":"read","--constraint":"read","--index-url":"url","-i":"url","--extra-index-url":"url","--index":"url","--default-index":"url"}}', go: '{"operands":"read","guess":true,"options":{"-o":"write","-modfile":"read"},"operandsAfter":{"get":{"op":"module"},"install":{"op":"module"},"run":{"op":"module","first":true},"mod":{"op":"none"}}}', cargo: '{"operands":"read","guess":true,"options":{"--manifest-path":"read","--index":"url","--git":"url","--root":"write-dir","--target-dir":"write-dir","--artifact-dir":"write-dir","--out-dir":"write-dir"}}', make: '{"operands":"none","reads":["Makefile"],"options":{"-f":"read","-C":"read","-I":"read"},"when":{"-f":{"reads":[]}}}', docker: '{"operands":"none","operandsAfter":{"import":{"op":"read"},"load":{"op":"read"}},"options":{"-f":"read","--file":"read","--env-file":"read","--cidfile":"write","--label-file":"read","-o":"write-dir","--output":"write-dir"},"imageRefs":{"globalValued":["-H","--host","--context","-c","--config","--log-level","-l","--tlscacert","--tlscert","--tlskey","--url","--connection","--root","--runroot","--storage-driver","--cgroup-manager","--network-cmd-path","--conmon","--runtime","--tmpdir","--identity","--module","--events-backend","--hooks-dir"],"runValued":["-a","--attach","--add-host","--annotation","--blkio-weight","--cap-add","--cap-drop","--cgroup-parent","--cgroupns","--cidfile","--cpu-period","--cpu-quota","--cpu-shares","-c","--cpus","--cpuset-cpus","--cpuset-mems","--device","--device-cgroup-rule","--dns","--dns-option","--dns-search","--domainname","--entrypoint","-e","--env","--env-file","--expose","--gpus","--group-add","--health-cmd","--health-interval","--health-retries","--health-start-period","--health-timeout","-h","--hostname","--ip","--ip6","--ipc","--isolation","--kernel-memory","-l","--label","--label-file","--link","--log-driver","--log-opt","--mac-address","-m","--memory","--memory-reservation","--memory-swap","--memory-swappiness","--mount","--name","--network","--net","--network-alias","--pid","--pids-limit","--platform","-p","--publish","--pull","--restart","--runtime","--security-opt","--shm-size","--stop-signal","--stop-timeout","--storage-opt","--sysctl","--tmpfs","--ulimit","-u","--user","--userns","--uts","-v","--volume","--volume-driver","--volumes-from","-w","--workdir","--authfile","--arch","--os","--variant","--pod","--secret"],"defaultRegistry":"docker.io","flags":["-d","--detach","-i","--interactive","-t","--tty","--rm","--privileged","--init","-P","--publish-all","--read-only","--sig-proxy","--no-healthcheck","--oom-kill-disable","-q","--quiet","--help","--disable-content-trust","-a","--all-tags","--replace","--rmi","--read-only-tmpfs","--no-hosts"]}}', socat: '{"operands":"none","addresses":true}', podman: '{"operands":"none","operandsAfter":{"import":{"op":"read"},"load":{"op":"read"}},"options":{"-f":"read","--file":"read","--env-file":"read","--cidfile":"write","--label-file":"read","-o":"write-dir","--output":"write-dir"},"imageRefs":{"globalValued":["-H","--host","--context","-c","--config","--log-level","-l","--tlscacert","--tlscert","--tlskey","--url","--connection","--root","--runroot","--storage-driver","--cgroup-manager","--network-cmd-path","--conmon","--runtime","--tmpdir","--identity","--module","--events-backend","--hooks-dir"],"runValued":["-a","--attach","--add-host","--annotation","--blkio-weight","--cap-add","--cap-drop","--cgroup-parent","--cgroupns","--cidfile","--cpu-period","--cpu-quota","--cpu-shares","-c","--cpus","--cpuset-cpus","--cpuset-mems","--device","--device-cgroup-rule","--dns","--dns-option","--dns-search","--domainname","--entrypoint","-e","--env","--env-file","--expose","--gpus","--group-add","--health-cmd","--health-interval","--health-retries","--health-start-period","--health-timeout","-h","--hostname","--ip","--ip6","--ipc","--isolation","--kernel-memory","-l","--label","--label-file","--link","--log-driver","--log-opt","--mac-address","-m","--memory","--memory-reservation","--memory-swap","--memory-swappiness","--mount","--name","--network","--net","--network-alias","--pid","--pids-limit","--platform","-p","--publish","--pull","--restart","--runtime","--security-opt","--shm-size","--stop-signal","--stop-timeout","--storage-opt","--sysctl","--tmpfs","--ulimit","-u","--user","--userns","--uts","-v","--volume","--volume-driver","--volumes-from","-w","--workdir","--authfile","--arch","--os","--variant","--pod","--secret"],"flags":["-d","--detach","-i","--interactive","-t","--tty","--rm","--privileged","--init","-P","--publish-all","--read-only","--sig-proxy","--no-healthcheck","--oom-kill-disable","-q","--quiet","--help","--disable-content-trust","-a","--all-tags","--replace","--rmi","--read-only-tmpfs","--no-hosts"]}}', kubectl: '{"operands":"none","options":{"--from-file":"keyed-file","--from-env-file":"keyed-file","-f":"read","--kubeconfig":"read","--server":"url","-s":"url"}}', helm: '{"operands":"none","options":{"-f":"read","--values":"read","--kubeconfig":"read","--repo":"url","--output-dir":"write-dir"}}', gem: '{"operands":"read","guess":true,"options":{"--source":"url","-s":"url","--install-dir":"write-dir","--bindir":"write-dir"}}', terraform: '{"operands":"none","options":{"-var-file":"read"}}', gh: '{"operands":"read","guess":true,"options":{"--body-file":"read","--notes-file":"read","--input":"read","--hostname":"host","-R":"gh-repo","--repo":"gh-repo"},"operandsAfter":{"repo clone":{"op":"none","ops":["gh-repo","write-dir"]},"repo view":{"op":"none","ops":["gh-repo"]},"repo fork":{"op":"none","ops":["gh-repo"]},"repo sync":{"op":"none","ops":["gh-repo"]},"repo edit":{"op":"none","ops":["gh-repo"]},"repo archive":{"op":"none","ops":["gh-repo"]},"repo unarchive":{"op":"none","ops":["gh-repo"]},"repo delete":{"op":"none","ops":["gh-repo"]},"repo set-default":{"op":"none","ops":["gh-repo"]}}}', prettier: '{"operands":"read","tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","json","json5","jsonc","css","scss","less","html","htm","vue","md","markdown","mdx","yaml","yml","graphql","gql","hbs","handlebars"],"globs":true,"options":{"--config":"read","--ignore-path":"read","--cache-location":"write","--plugin":"code-or-read"},"when":{"--check":{"guess":true},"--list-different":{"guess":true},"--write":{"operands":"write","guess":false}}}', eslint: '{"operands":"read","guess":true,"tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","vue"],"globs":true,"noOperands":".","options":{"-c":"read","--ignore-path":"read","--rulesdir":"read","-o":"write","--cache-location":"write","--resolve-plugins-relative-to":"read","-f":"code-or-read","--plugin":"code-or-read"},"when":{"-f":{"guess":false},"--fix-dry-run":{"guess":false},"--fix":{"operands":"write","guess":false},"--stdin":{"operands":"none"}}}', stylelint: '{"operands":"read","guess":true,"tree":true,"fileExts":["css","scss","sass","less","sss","pcss"],"globs":true,"options":{"-c":"read","--config-basedir":"read","-i":"read","-o":"write","--cache-location":"write","--custom-syntax":"code-or-read","--custom-formatter":"code-or-read"},"when":{"--fix":{"operands":"write","guess":false}}}', markdownlint: '{"operands":"read","guess":true,"tree":true,"fileExts":["md","markdown"],"globs":true,"options":{"-c":"read","-o":"write","-p":"read","-r":"code-or-read"},"when":{"--fix":{"operands":"write","guess":false}}}', black: '{"operands":"write","tree":true,"fileExts":["py","pyi","ipynb"],"options":{"--config":"read"},"when":{"--check":{"operands":"read","guess":true},"--diff":{"operands":"read","guess":false}}}', isort: '{"operands":"write","tree":true,"fileExts":["py","pyi","ipynb"],"options":{"--settings-path":"read"},"when":{"--check-only":{"operands":"read","guess":true},"--diff":{"operands":"read","guess":false},"--stdout":{"operands":"read","guess":false}}}', autopep8: '{"operands":"read","tree":["-r"],"fileExts":["py","pyi","ipynb"],"options":{"--global-config":"read"},"when":{"-i":{"operands":"write"},"-d":{"operands":"read"}}}', yapf: '{"operands":"read","tree":["-r"],"fileExts":["py","pyi","ipynb"],"options":{"--style":"read"},"when":{"-i":{"operands":"write"},"-d":{"operands":"read"}}}', ruff: '{"operands":"read","guess":true,"tree":true,"fileExts":["py","pyi","ipynb"],"options":{"--config":"read"},"when":{"--fix":{"operands":"write","guess":false}}}', "ruff check": '{"operands":"write","tree":true,"fileExts":["py","pyi","ipynb"],"noOperands":".","options":{"--config":"read","-o":"write"},"when":{"--fix":{"operands":"write"},"--fix-only":{"operands":"write"},"--no-fix":{"operands":"read"},"--diff":{"operands":"read"},"--stdin-filename":{"operands":"none"}}}', "ruff format": '{"operands":"write","tree":true,"fileExts":["py","pyi","ipynb"],"noOperands":".","options":{"--config":"read"},"when":{"--check":{"operands":"read","guess":true},"--diff":{"operands":"read","guess":false},"--stdin-filename":{"operands":"none"}}}', gofmt: '{"operands":"read","tree":true,"fileExts":["go"],"when":{"-l":{"guess":true},"-d":{"guess":false},"-w":{"operands":"write","guess":false}}}', goimports: '{"operands":"read","tree":true,"fileExts":["go"],"when":{"-l":{"guess":true},"-d":{"guess":false},"-w":{"operands":"write","guess":false}}}', gofumpt: '{"operands":"read","tree":true,"fileExts":["go"],"when":{"-l":{"guess":true},"-d":{"guess":false},"-w":{"operands":"write","guess":false}}}', "markdownlint-cli2": '{"operands":"read","guess":true,"tree":true,"fileExts":["md","markdown"],"globs":true,"options":{"--config":"read"},"when":{"--fix":{"operands":"write","guess":false}}}', rustfmt: '{"operands":"write","options":{"--config-path":"read"},"when":{"--check":{"operands":"read"}}}', "cargo fmt": '{"operands":"write","tree":true,"noOperands":".","dashdash":"none","options":{"--manifest-path":"read"},"when":{"--check":{"operands":"read"}}}', "clang-format": '{"operands":"read","options":{"--files":"read"},"when":{"-i":{"operands":"write"}}}', shfmt: '{"operands":"read","tree":true,"fileExts":["sh","bash","mksh","bats","zsh"],"when":{"-l":{"guess":true},"-d":{"guess":false},"-w":{"operands":"write","guess":false}}}', biome: '{"operands":"read","guess":true,"tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","json","jsonc","css","graphql","gql","html","vue"],"when":{"--write":{"operands":"write","guess":false},"--fix":{"operands":"write","guess":false},"--apply":{"operands":"write","guess":false},"--apply-unsafe":{"operands":"write","guess":false}}}', "biome format": '{"operands":"read","tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","json","jsonc","css","graphql","gql","html","vue"],"noOperands":".","options":{"--config-path":"read"},"when":{"--write":{"operands":"write"},"--fix":{"operands":"write"},"--stdin-file-path":{"operands":"none"}}}', "biome check": '{"operands":"read","tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","json","jsonc","css","graphql","gql","html","vue"],"noOperands":".","options":{"--config-path":"read"},"when":{"--write":{"operands":"write"},"--fix":{"operands":"write"},"--apply":{"operands":"write"},"--apply-unsafe":{"operands":"write"},"--stdin-file-path":{"operands":"none"}}}', "biome lint": '{"operands":"read","tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","json","jsonc","css","graphql","gql","html","vue"],"noOperands":".","options":{"--config-path":"read"},"when":{"--write":{"operands":"write"},"--fix":{"operands":"write"},"--apply":{"operands":"write"},"--apply-unsafe":{"operands":"write"},"--stdin-file-path":{"operands":"none"}}}', "biome ci": '{"operands":"read","tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","json","jsonc","css","graphql","gql","html","vue"],"noOperands":".","options":{"--config-path":"read"},"when":{"--stdin-file-path":{"operands":"none"}}}', dprint: '{"operands":"read","guess":true}', "dprint fmt": '{"operands":"write","tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","json","json5","jsonc","css","scss","less","html","htm","vue","md","markdown","mdx","yaml","yml","graphql","gql","hbs","handlebars"],"globs":true,"noOperands":".","options":{"-c":"read"},"when":{"--stdin":{"operands":"none"}}}', "dprint check": '{"operands":"read","tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","json","json5","jsonc","css","scss","less","html","htm","vue","md","markdown","mdx","yaml","yml","graphql","gql","hbs","handlebars"],"globs":true,"noOperands":".","options":{"-c":"read"}}', "go fmt": '{"operands":"write","tree":true,"fileExts":["go"],"globs":true,"noOperands":"."}', "deno fmt": '{"operands":"write","tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","json","jsonc","md","markdown","css","scss","less","html","yaml","yml","ipynb","svelte","vue","astro","sql"],"noOperands":".","options":{"--config":"read"},"when":{"--check":{"operands":"read","guess":true}}}', "deno lint": '{"operands":"read","guess":true,"tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts"],"noOperands":".","options":{"--config":"read"},"when":{"--fix":{"operands":"write","guess":false}}}', rubocop: '{"operands":"read","tree":true,"fileExts":["rb","rake","gemspec","ru","ruby"],"noOperands":".","options":{"-c":"read","-o":"write","-r":"code-or-read","--plugin":"code-or-read"},"when":{"-a":{"operands":"write"},"-A":{"operands":"write"},"-x":{"operands":"write"},"-s":{"operands":"none"}}}', standard: '{"operands":"read","guess":true,"tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx"],"globs":true,"noOperands":".","when":{"--fix":{"operands":"write","guess":false},"--stdin":{"operands":"none"}}}', xo: '{"operands":"read","guess":true,"tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","vue","svelte"],"globs":true,"noOperands":".","when":{"--fix":{"operands":"write","guess":false},"--stdin":{"operands":"none"}}}', oxlint: '{"operands":"read","tree":true,"fileExts":["js","jsx","mjs","cjs","ts","tsx","mts","cts","vue","svelte","astro"],"noOperands":".","options":{"-c":"read","--tsconfig":"read","--ignore-path":"read"},"when":{"--fix":{"operands":"write"},"--fix-suggestions":{"operands":"write"},"--fix-dangerously":{"operands":"write"}}}', "cargo clippy": '{"operands":"none","dashdash":"none","options":{"--manifest-path":"read","--target-dir":"write-dir"},"when":{"--fix":{"operands":"write","tree":true,"noOperands":"."}}}', "cargo fix": '{"operands":"write","tree":true,"noOperands":".","dashdash":"none","options":{"--manifest-path":"read","--target-dir":"write-dir"}}', "dart format": '{"operands":"write","tree":true,"fileExts":["dart"]}', "dart fix": '{"operands":"read","guess":true,"tree":true,"noOperands":".","when":{"--apply":{"operands":"write","guess":false}}}', "golangci-lint run": '{"operands":"write","tree":true,"fileExts":["go"],"globs":true,"noOperands":".","options":{"-c":"read"}}', "golangci-lint fmt": '{"operands":"write","tree":true,"fileExts":["go"],"globs":true,"noOperands":".","options":{"-c":"read"},"when":{"-d":{"operands":"read"}}}', "php-cs-fixer fix": '{"operands":"write","tree":true,"fileExts":["php"],"noOperands":".","options":{"--config":"read"},"when":{"--dry-run":{"operands":"read"}}}', "php-cs-fixer check": '{"operands":"read","tree":true,"fileExts":["php"],"noOperands":".","options":{"--config":"read"}}', "zig fmt": '{"operands":"write","tree":true,"fileExts":["zig","zon"],"when":{"--check":{"operands":"read","guess":true},"--stdin":{"operands":"none"}}}', "mix format": '{"operands":"write","tree":true,"fileExts":["ex","exs","eex","heex","leex"],"globs":true,"noOperands":".","options":{"--dot-formatter":"read"},"when":{"--check-formatted":{"operands":"read","guess":true},"--dry-run":{"operands":"read","guess":true}}}', stylua: '{"operands":"write","tree":true,"fileExts":["lua","luau"],"globs":true,"options":{"--config-path":"read"},"when":{"--check":{"operands":"read"}}}', "taplo fmt": '{"operands":"write","tree":true,"fileExts":["toml"],"globs":true,"noOperands":".","options":{"--config":"read"},"when":{"--check":{"operands":"read","guess":true}}}', "taplo format": '{"operands":"write","tree":true,"fileExts":["toml"],"globs":true,"noOperands":".","options":{"--config":"read"},"when":{"--check":{"operands":"read","guess":true}}}', ktlint: '{"operands":"read","guess":true,"tree":true,"fileExts":["kt","kts"],"globs":true,"noOperands":".","when":{"-F":{"operands":"write","guess":false},"--stdin":{"operands":"none"}}}', "sqlfluff fix": '{"operands":"write","tree":true,"fileExts":["sql"],"options":{"--config":"read"}}', "sqlfluff format": '{"operands":"write","tree":true,"fileExts":["sql"],"options":{"--config":"read"}}', "buf format": '{"operands":"read","tree":true,"fileExts":["proto"],"noOperands":".","options":{"-o":"write-dir"},"when":{"-w":{"operands":"write"}}}', treefmt: '{"operands":"write","tree":true,"noOperands":".","options":{"--config-file":"read","--tree-root":"write-dir"},"when":{"--stdin":{"operands":"none"}}}', "hatch fmt": '{"operands":"write","tree":true,"fileExts":["py","pyi"],"noOperands":".","dashdash":"none","when":{"--check":{"operands":"read"}}}', "terraform fmt": '{"operands":"write","tree":true,"fileExts":["tf","tfvars","hcl"],"noOperands":".","when":{"-check":{"operands":"read","guess":true},"-diff":{"operands":"read","guess":false}}}', aws: `{"operands":"read","guess":true,"paramFiles":["file://","fileb://"],"contacts":"(AWS's service endpoints: the configured region's, or --endpoint-url)","contactsUnless":["(no operand)","help","--version"],"options":{"--endpoint-url":"url","--ca-bundle":"read","--color":"none","--cli-read-timeout":"none","--cli-connect-timeout":"none","--cli-binary-format":"none"}}`, "aws s3 cp": `{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":["--recursive"],"paramFiles":["file://","fileb://"],"contacts":"(AWS's service endpoints: the configured region's, or --endpoint-url)","options":{"--include":"none","--exclude":"none","--acl":"none","--sse":"none","--sse-c":"none","--sse-kms-key-id":"none","--sse-c-copy-source":"none","--storage-class":"none","--grants":"none","--website-redirect":"none","--content-type":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--expires":"none","--source-region":"none","--page-size":"none","--request-payer":"none","--checksum-mode":"none","--checksum-algorithm":"none","--metadata":"none","--copy-props":"none","--metadata-directive":"none","--expected-size":"none","--case-conflict":"none","--progress-frequency":"none","--sse-c-key":"none","--sse-c-copy-source-key":"none"}}`, "aws s3 mv": `{"operands":"delete","remote":"place","last":"write","lastDir":true,"tree":["--recursive"],"paramFiles":["file://","fileb://"],"contacts":"(AWS's service endpoints: the configured region's, or --endpoint-url)","options":{"--include":"none","--exclude":"none","--acl":"none","--sse":"none","--sse-c":"none","--sse-kms-key-id":"none","--sse-c-copy-source":"none","--storage-class":"none","--grants":"none","--website-redirect":"none","--content-type":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--expires":"none","--source-region":"none","--page-size":"none","--request-payer":"none","--checksum-mode":"none","--checksum-algorithm":"none","--metadata":"none","--copy-props":"none","--metadata-directive":"none","--expected-size":"none","--case-conflict":"none","--progress-frequency":"none","--sse-c-key":"none","--sse-c-copy-source-key":"none"}}`, "aws s3 sync": `{"operands":"read","remote":"place","last":"write","tree":true,"paramFiles":["file://","fileb://"],"contacts":"(AWS's service endpoints: the configured region's, or --endpoint-url)","options":{"--include":"none","--exclude":"none","--acl":"none","--sse":"none","--sse-c":"none","--sse-kms-key-id":"none","--sse-c-copy-source":"none","--storage-class":"none","--grants":"none","--website-redirect":"none","--content-type":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--expires":"none","--source-region":"none","--page-size":"none","--request-payer":"none","--checksum-mode":"none","--checksum-algorithm":"none","--metadata":"none","--copy-props":"none","--metadata-directive":"none","--expected-size":"none","--case-conflict":"none","--progress-frequency":"none","--sse-c-key":"none","--sse-c-copy-source-key":"none","--delete":"none"}}`, gsutil: `{"operands":"read","guess":true,"contacts":"(Google Cloud's service endpoints)","contactsUnless":["(no operand)","help","version","-v","--version"],"options":{"-h":"none","-o":"none","-u":"none","-i":"none"}}`, "gsutil cp": `{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":["-r","-R"],"contacts":"(Google Cloud's service endpoints)","options":{"-h":"none","-o":"none","-u":"none","-i":"none","-a":"none","-j":"none","-z":"none","-s":"none","-x":"none","-L":"write"}}`, "gsutil mv": `{"operands":"delete","remote":"place","last":"write","lastDir":true,"tree":["-r","-R"],"contacts":"(Google Cloud's service endpoints)","options":{"-h":"none","-o":"none","-u":"none","-i":"none","-a":"none","-j":"none","-z":"none","-s":"none"}}`, "gsutil rsync": `{"operands":"read","remote":"place","last":"write","tree":true,"contacts":"(Google Cloud's service endpoints)","options":{"-h":"none","-o":"none","-u":"none","-i":"none","-a":"none","-j":"none","-z":"none","-x":"none","-y":"none"}}`, gcloud: `{"operands":"read","guess":true,"contacts":"(Google Cloud's service endpoints)","contactsUnless":["(no operand)","help","version","info","config","topic","--version","--help","-h"],"options":{"--flags-file":"read"}}`, "gcloud storage cp": `{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":["-r","-R","--recursive"],"contacts":"(Google Cloud's service endpoints)","options":{"-a":"none","--predefined-acl":"none","-s":"none","--storage-class":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--content-type":"none","--custom-metadata":"none","--custom-time":"none","--encryption-key":"none","--decryption-keys":"none","--if-generation-match":"none","--if-metageneration-match":"none","--project":"none","--account":"none","--configuration":"none","--format":"none","--verbosity":"none","--impersonate-service-account":"none","-L":"write","--manifest-path":"write"}}`, "gcloud storage mv": `{"operands":"delete","remote":"place","last":"write","lastDir":true,"tree":["-r","-R","--recursive"],"contacts":"(Google Cloud's service endpoints)","options":{"-a":"none","--predefined-acl":"none","-s":"none","--storage-class":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--content-type":"none","--custom-metadata":"none","--custom-time":"none","--encryption-key":"none","--decryption-keys":"none","--if-generation-match":"none","--if-metageneration-match":"none","--project":"none","--account":"none","--configuration":"none","--format":"none","--verbosity":"none","--impersonate-service-account":"none","-L":"write","--manifest-path":"write"}}`, "gcloud storage rsync": `{"operands":"read","remote":"place","last":"write","tree":true,"contacts":"(Google Cloud's service endpoints)","options":{"-a":"none","--predefined-acl":"none","-s":"none","--storage-class":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--content-type":"none","--custom-metadata":"none","--custom-time":"none","--encryption-key":"none","--decryption-keys":"none","--if-generation-match":"none","--if-metageneration-match":"none","--project":"none","--account":"none","--configuration":"none","--format":"none","--verbosity":"none","--impersonate-service-account":"none","-L":"write","--manifest-path":"write","-x":"none","--exclude":"none"}}`, "gcloud compute scp": `{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":["--recurse"],"contacts":"(Google Cloud's service endpoints)","options":{"--zone":"none","--project":"none","--scp-flag":"none","--strict-host-key-checking":"none","--ssh-key-file":"read"}}`, "gcloud builds submit": `{"operands":"read","remote":"place","tree":true,"noOperands":".","contacts":"(Google Cloud's service endpoints)","options":{"--tag":"none","-t":"none","--substitutions":"none","--region":"none","--gcs-source-staging-dir":"none","--gcs-log-dir":"none","--machine-type":"none","--timeout":"none","--project":"none","--pack":"none","--config":"read","--ignore-file":"read"}}`, "gcloud run deploy": `{"operands":"none","contacts":"(Google Cloud's service endpoints)","options":{"--source":"read-tree","--env-vars-file":"read"}}`, "gcloud functions deploy": `{"operands":"none","serves":"--source","contacts":"(Google Cloud's service endpoints)","options":{"--source":"none","--env-vars-file":"read"}}`, az: `{"operands":"read","guess":true,"paramFiles":["@"],"contacts":"(Azure's service endpoints)","contactsUnless":["(no operand)","help","version","config","configure","--version","--help","-h"]}`, "az storage blob upload-batch": `{"operands":"none","paramFiles":["@"],"contacts":"(Azure's service endpoints)","options":{"--account-name":"none","--account-key":"none","--connection-string":"none","--sas-token":"none","--auth-mode":"none","--pattern":"none","--destination-path":"none","--content-type":"none","--max-connections":"none","--metadata":"none","--subscription":"none","-o":"none","--output":"none","--query":"none","-c":"none","--container-name":"none","-n":"none","--name":"none","--type":"none","--tier":"none","--share-name":"none","-p":"none","--path":"none","--overwrite":"none","--if-modified-since":"none","--if-unmodified-since":"none","-s":"read-tree","--source":"read-tree","-d":"none","--destination":"none"}}`, "az storage blob download-batch": `{"operands":"none","paramFiles":["@"],"contacts":"(Azure's service endpoints)","options":{"--account-name":"none","--account-key":"none","--connection-string":"none","--sas-token":"none","--auth-mode":"none","--pattern":"none","--destination-path":"none","--content-type":"none","--max-connections":"none","--metadata":"none","--subscription":"none","-o":"none","--output":"none","--query":"none","-c":"none","--container-name":"none","-n":"none","--name":"none","--type":"none","--tier":"none","--share-name":"none","-p":"none","--path":"none","--overwrite":"none","--if-modified-since":"none","--if-unmodified-since":"none","-d":"write-tree","--destination":"write-tree","-s":"none","--source":"none"}}`, "az storage blob sync": `{"operands":"none","paramFiles":["@"],"contacts":"(Azure's service endpoints)","options":{"--account-name":"none","--account-key":"none","--connection-string":"none","--sas-token":"none","--auth-mode":"none","--pattern":"none","--destination-path":"none","--content-type":"none","--max-connections":"none","--metadata":"none","--subscription":"none","-o":"none","--output":"none","--query":"none","-c":"none","--container-name":"none","-n":"none","--name":"none","--type":"none","--tier":"none","--share-name":"none","-p":"none","--path":"none","--overwrite":"none","--if-modified-since":"none","--if-unmodified-since":"none","-s":"read-tree","--source":"read-tree","-d":"none","--destination":"none"}}`, "az storage blob upload": `{"operands":"none","paramFiles":["@"],"contacts":"(Azure's service endpoints)","options":{"--account-name":"none","--account-key":"none","--connection-string":"none","--sas-token":"none","--auth-mode":"none","--pattern":"none","--destination-path":"none","--content-type":"none","--max-connections":"none","--metadata":"none","--subscription":"none","-o":"none","--output":"none","--query":"none","-c":"none","--container-name":"none","-n":"none","--name":"none","--type":"none","--tier":"none","--share-name":"none","-p":"none","--path":"none","--overwrite":"none","--if-modified-since":"none","--if-unmodified-since":"none","-f":"read","--file":"read","--data":"none"}}`, "az storage blob download": `{"operands":"none","paramFiles":["@"],"contacts":"(Azure's service endpoints)","options":{"--account-name":"none","--account-key":"none","--connection-string":"none","--sas-token":"none","--auth-mode":"none","--pattern":"none","--destination-path":"none","--content-type":"none","--max-connections":"none","--metadata":"none","--subscription":"none","-o":"none","--output":"none","--query":"none","-c":"none","--container-name":"none","-n":"none","--name":"none","--type":"none","--tier":"none","--share-name":"none","-p":"none","--path":"none","--overwrite":"none","--if-modified-since":"none","--if-unmodified-since":"none","-f":"write","--file":"write"}}`, "az storage file upload-batch": `{"operands":"none","paramFiles":["@"],"contacts":"(Azure's service endpoints)","options":{"--account-name":"none","--account-key":"none","--connection-string":"none","--sas-token":"none","--auth-mode":"none","--pattern":"none","--destination-path":"none","--content-type":"none","--max-connections":"none","--metadata":"none","--subscription":"none","-o":"none","--output":"none","--query":"none","-c":"none","--container-name":"none","-n":"none","--name":"none","--type":"none","--tier":"none","--share-name":"none","-p":"none","--path":"none","--overwrite":"none","--if-modified-since":"none","--if-unmodified-since":"none","-s":"read-tree","--source":"read-tree","-d":"none","--destination":"none"}}`, "az storage file download-batch": `{"operands":"none","paramFiles":["@"],"contacts":"(Azure's service endpoints)","options":{"--account-name":"none","--account-key":"none","--connection-string":"none","--sas-token":"none","--auth-mode":"none","--pattern":"none","--destination-path":"none","--content-type":"none","--max-connections":"none","--metadata":"none","--subscription":"none","-o":"none","--output":"none","--query":"none","-c":"none","--container-name":"none","-n":"none","--name":"none","--type":"none","--tier":"none","--share-name":"none","-p":"none","--path":"none","--overwrite":"none","--if-modified-since":"none","--if-unmodified-since":"none","-d":"write-tree","--destination":"write-tree","-s":"none","--source":"none"}}`, "az storage copy": `{"operands":"none","paramFiles":["@"],"contacts":"(Azure's service endpoints)","options":{"--account-name":"none","--account-key":"none","--connection-string":"none","--sas-token":"none","--auth-mode":"none","--pattern":"none","--destination-path":"none","--content-type":"none","--max-connections":"none","--metadata":"none","--subscription":"none","-o":"none","--output":"none","--query":"none","-c":"none","--container-name":"none","-n":"none","--name":"none","--type":"none","--tier":"none","--share-name":"none","-p":"none","--path":"none","--overwrite":"none","--if-modified-since":"none","--if-unmodified-since":"none","-s":"read-tree","--source":"read-tree","-d":"write-tree","--destination":"write-tree"}}`, azcopy: `{"operands":"read","guess":true,"contacts":"(Azure's service endpoints)","contactsUnless":["(no operand)","help","--version","-v","--help","-h","env","jobs"]}`, "azcopy copy": `{"operands":"read","remote":true,"last":"write","lastDir":true,"tree":["--recursive","-r"],"contacts":"(Azure's service endpoints)","options":{"--include-pattern":"none","--exclude-pattern":"none","--include-path":"none","--exclude-path":"none","--from-to":"none","--block-size-mb":"none","--cap-mbps":"none","--log-level":"none","--overwrite":"none","--list-of-files":"none"}}`, "azcopy sync": `{"operands":"read","remote":true,"last":"write","tree":true,"contacts":"(Azure's service endpoints)","options":{"--include-pattern":"none","--exclude-pattern":"none","--exclude-path":"none","--from-to":"none","--cap-mbps":"none","--log-level":"none","--delete-destination":"none"}}`, rclone: `{"operands":"read","guess":true,"contacts":"(the hosts of rclone's configured remotes)","contactsUnless":["(no operand)","version","help","listremotes","obscure","genautocomplete","completion","gendocs","--version","-V","--help","-h"],"options":{"--include":"none","--exclude":"none","--filter":"none","--transfers":"none","--checkers":"none","--bwlimit":"none","--max-age":"none","--min-age":"none","--max-size":"none","--min-size":"none","--suffix":"none","--log-level":"none","--stats":"none","--order-by":"none","--user-agent":"none","--retries":"none","--timeout":"none","--contimeout":"none","--tpslimit":"none","--max-depth":"none","--max-transfer":"none","--cutoff-mode":"none","--password-command":"none","--multi-thread-streams":"none","--buffer-size":"none","--compare-dest":"none","--copy-dest":"none","--config":"read","--include-from":"read","--exclude-from":"read","--filter-from":"read","--files-from":"read","--files-from-raw":"read","--log-file":"write","--backup-dir":"write-dir"}}`, "rclone copy": `{"operands":"read","remote":"place","last":"write","tree":true,"contacts":"(the hosts of rclone's configured remotes)","options":{"--include":"none","--exclude":"none","--filter":"none","--transfers":"none","--checkers":"none","--bwlimit":"none","--max-age":"none","--min-age":"none","--max-size":"none","--min-size":"none","--suffix":"none","--log-level":"none","--stats":"none","--order-by":"none","--user-agent":"none","--retries":"none","--timeout":"none","--contimeout":"none","--tpslimit":"none","--max-depth":"none","--max-transfer":"none","--cutoff-mode":"none","--password-command":"none","--multi-thread-streams":"none","--buffer-size":"none","--compare-dest":"none","--copy-dest":"none","--config":"read","--include-from":"read","--exclude-from":"read","--filter-from":"read","--files-from":"read","--files-from-raw":"read","--log-file":"write","--backup-dir":"write-dir"}}`, "rclone sync": `{"operands":"read","remote":"place","last":"write","tree":true,"contacts":"(the hosts of rclone's configured remotes)","options":{"--include":"none","--exclude":"none","--filter":"none","--transfers":"none","--checkers":"none","--bwlimit":"none","--max-age":"none","--min-age":"none","--max-size":"none","--min-size":"none","--suffix":"none","--log-level":"none","--stats":"none","--order-by":"none","--user-agent":"none","--retries":"none","--timeout":"none","--contimeout":"none","--tpslimit":"none","--max-depth":"none","--max-transfer":"none","--cutoff-mode":"none","--password-command":"none","--multi-thread-streams":"none","--buffer-size":"none","--compare-dest":"none","--copy-dest":"none","--config":"read","--include-from":"read","--exclude-from":"read","--filter-from":"read","--files-from":"read","--files-from-raw":"read","--log-file":"write","--backup-dir":"write-dir"}}`, "rclone move": `{"operands":"delete","remote":"place","last":"write","tree":true,"contacts":"(the hosts of rclone's configured remotes)","options":{"--include":"none","--exclude":"none","--filter":"none","--transfers":"none","--checkers":"none","--bwlimit":"none","--max-age":"none","--min-age":"none","--max-size":"none","--min-size":"none","--suffix":"none","--log-level":"none","--stats":"none","--order-by":"none","--user-agent":"none","--retries":"none","--timeout":"none","--contimeout":"none","--tpslimit":"none","--max-depth":"none","--max-transfer":"none","--cutoff-mode":"none","--password-command":"none","--multi-thread-streams":"none","--buffer-size":"none","--compare-dest":"none","--copy-dest":"none","--config":"read","--include-from":"read","--exclude-from":"read","--filter-from":"read","--files-from":"read","--files-from-raw":"read","--log-file":"write","--backup-dir":"write-dir"}}`, "rclone copyto": `{"operands":"read","remote":"place","last":"write","tree":true,"contacts":"(the hosts of rclone's configured remotes)","options":{"--include":"none","--exclude":"none","--filter":"none","--transfers":"none","--checkers":"none","--bwlimit":"none","--max-age":"none","--min-age":"none","--max-size":"none","--min-size":"none","--suffix":"none","--log-level":"none","--stats":"none","--order-by":"none","--user-agent":"none","--retries":"none","--timeout":"none","--contimeout":"none","--tpslimit":"none","--max-depth":"none","--max-transfer":"none","--cutoff-mode":"none","--password-command":"none","--multi-thread-streams":"none","--buffer-size":"none","--compare-dest":"none","--copy-dest":"none","--config":"read","--include-from":"read","--exclude-from":"read","--filter-from":"read","--files-from":"read","--files-from-raw":"read","--log-file":"write","--backup-dir":"write-dir"}}`, "rclone moveto": `{"operands":"delete","remote":"place","last":"write","tree":true,"contacts":"(the hosts of rclone's configured remotes)","options":{"--include":"none","--exclude":"none","--filter":"none","--transfers":"none","--checkers":"none","--bwlimit":"none","--max-age":"none","--min-age":"none","--max-size":"none","--min-size":"none","--suffix":"none","--log-level":"none","--stats":"none","--order-by":"none","--user-agent":"none","--retries":"none","--timeout":"none","--contimeout":"none","--tpslimit":"none","--max-depth":"none","--max-transfer":"none","--cutoff-mode":"none","--password-command":"none","--multi-thread-streams":"none","--buffer-size":"none","--compare-dest":"none","--copy-dest":"none","--config":"read","--include-from":"read","--exclude-from":"read","--filter-from":"read","--files-from":"read","--files-from-raw":"read","--log-file":"write","--backup-dir":"write-dir"}}`, "rclone bisync": `{"operands":"write","remote":"place","tree":true,"contacts":"(the hosts of rclone's configured remotes)","options":{"--include":"none","--exclude":"none","--filter":"none","--transfers":"none","--checkers":"none","--bwlimit":"none","--max-age":"none","--min-age":"none","--max-size":"none","--min-size":"none","--suffix":"none","--log-level":"none","--stats":"none","--order-by":"none","--user-agent":"none","--retries":"none","--timeout":"none","--contimeout":"none","--tpslimit":"none","--max-depth":"none","--max-transfer":"none","--cutoff-mode":"none","--password-command":"none","--multi-thread-streams":"none","--buffer-size":"none","--compare-dest":"none","--copy-dest":"none","--config":"read","--include-from":"read","--exclude-from":"read","--filter-from":"read","--files-from":"read","--files-from-raw":"read","--log-file":"write","--backup-dir":"write-dir"}}`, "rclone copyurl": `{"operands":"write","first":"url","remote":"place","contacts":"(the hosts of rclone's configured remotes)","options":{"--include":"none","--exclude":"none","--filter":"none","--transfers":"none","--checkers":"none","--bwlimit":"none","--max-age":"none","--min-age":"none","--max-size":"none","--min-size":"none","--suffix":"none","--log-level":"none","--stats":"none","--order-by":"none","--user-agent":"none","--retries":"none","--timeout":"none","--contimeout":"none","--tpslimit":"none","--max-depth":"none","--max-transfer":"none","--cutoff-mode":"none","--password-command":"none","--multi-thread-streams":"none","--buffer-size":"none","--compare-dest":"none","--copy-dest":"none","--config":"read","--include-from":"read","--exclude-from":"read","--filter-from":"read","--files-from":"read","--files-from-raw":"read","--log-file":"write","--backup-dir":"write-dir"}}`, "rclone serve": `{"operands":"read","skip":1,"remote":"place","tree":true,"contacts":"(the hosts of rclone's configured remotes)","options":{"--include":"none","--exclude":"none","--filter":"none","--transfers":"none","--checkers":"none","--bwlimit":"none","--max-age":"none","--min-age":"none","--max-size":"none","--min-size":"none","--suffix":"none","--log-level":"none","--stats":"none","--order-by":"none","--user-agent":"none","--retries":"none","--timeout":"none","--contimeout":"none","--tpslimit":"none","--max-depth":"none","--max-transfer":"none","--cutoff-mode":"none","--password-command":"none","--multi-thread-streams":"none","--buffer-size":"none","--compare-dest":"none","--copy-dest":"none","--config":"read","--include-from":"read","--exclude-from":"read","--filter-from":"read","--files-from":"read","--files-from-raw":"read","--log-file":"write","--backup-dir":"write-dir","--addr":"none","--user":"none","--pass":"none","--baseurl":"none","--realm":"none","--htpasswd":"read","--cert":"read","--key":"read","--client-ca":"read"}}`, "kubectl cp": '{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":true,"options":{"-c":"none","--container":"none","--retries":"none"}}', "docker cp": '{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":true}', "docker container cp": '{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":true}', "podman cp": '{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":true}', "podman container cp": '{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":true}', croc: `{"operands":"none","contacts":"(croc's relay: croc.schollz.com unless --relay names another)","contactsUnless":["--version","-v","--help","-h"],"options":{"--out":"none","--pass":"none","--curve":"none","--ip":"none","--throttleUpload":"none","--multicast":"none","--relay":"host","--relay6":"host","--socks5":"url","--connect":"url"}}`, "croc send": `{"operands":"read","tree":true,"contacts":"(croc's relay: croc.schollz.com unless --relay names another)","options":{"--code":"none","-c":"none","--text":"none","-t":"none","--exclude":"none","--hash":"none","--port":"none","--transfers":"none","--relay":"host","--relay6":"host","--socks5":"url","--connect":"url"}}`, lftp: '{"operands":"none","first":"url","options":{"-u":"none","-p":"none","-e":"none","-c":"none","--user":"none","--password":"none","--env-password":"none","-f":"read"}}', ngrok: `{"operands":"none","contacts":"(ngrok's tunnel servers, which publishes a local port on the internet)","contactsUnless":["(no operand)","version","help","completion","config","--version","-v","--help","-h"],"options":{"--authtoken":"none","--domain":"none","--url":"none","--region":"none","--basic-auth":"none","--oauth":"none","--host-header":"none","--traffic-policy-file":"none","--log-level":"none","--log-format":"none","--config":"read","--log":"write"}}`, cloudflared: `{"operands":"none","contacts":"(Cloudflare's edge, which publishes a local port on the internet)","contactsUnless":["(no operand)","version","help","--version","-v","-V","--help","-h"],"options":{"--url":"none","--hostname":"none","--loglevel":"none","--metrics":"none","--protocol":"none","--name":"none","--token":"none","--edge-ip-version":"none","--config":"read","--credentials-file":"read","--cred-file":"read","--origincert":"read","--logfile":"write","--token-file":"read"}}`, lt: `{"operands":"none","contacts":"(localtunnel's server, localtunnel.me unless --host names another, which publishes a local port on the internet)","contactsUnless":["--version","--help"],"options":{"--port":"none","-p":"none","--subdomain":"none","-s":"none","--local-host":"none","-l":"none","--host":"url","-h":"url","--local-cert":"read","--local-key":"read","--local-ca":"read"}}`, localtunnel: `{"operands":"none","contacts":"(localtunnel's server, localtunnel.me unless --host names another, which publishes a local port on the internet)","contactsUnless":["--version","--help"],"options":{"--port":"none","-p":"none","--subdomain":"none","-s":"none","--local-host":"none","-l":"none","--host":"url","-h":"url","--local-cert":"read","--local-key":"read","--local-ca":"read"}}`, bore: '{"operands":"none","options":{"--secret":"none","-s":"none","--local-host":"none","-l":"none","--port":"none","-p":"none","--to":"host","-t":"host"}}', serve: '{"operands":"read","tree":true,"noOperands":".","options":{"-l":"none","--listen":"none","-p":"none","--port":"none","-c":"read","--config":"read","--ssl-cert":"read","--ssl-key":"read","--ssl-pass":"read"}}', "http-server": '{"operands":"read","tree":true,"noOperands":".","options":{"-p":"none","--port":"none","-a":"none","-c":"none","-e":"none","--ext":"none","-t":"none","--timeout":"none","--username":"none","--password":"none","--proxy-options":"none","-C":"read","--cert":"read","-K":"read","--key":"read","-P":"url","--proxy":"url"}}', "live-server": '{"operands":"read","tree":true,"noOperands":".","options":{"--port":"none","--host":"none","--open":"none","--watch":"none","--ignore":"none","--entry-file":"none","--wait":"none","--proxy":"none","--middleware":"none","--mount":"none","--htpasswd":"read"}}', miniserve: '{"operands":"read","tree":true,"noOperands":".","options":{"-p":"none","--port":"none","-i":"none","--interfaces":"none","-a":"none","--auth":"none","-c":"none","--color-scheme":"none","-t":"none","--title":"none","--header":"none","--index":"none","--route-prefix":"none","--auth-file":"read","--tls-cert":"read","--tls-key":"read"}}', caddy: '{"operands":"read","guess":true}', "caddy file-server": '{"operands":"none","serves":"--root","options":{"--root":"none","-r":"none","--listen":"none","-l":"none","--domain":"none","-d":"none","--access-log":"none"}}', http: '{"operands":"none","requestItems":true,"options":{"-a":"none","--auth":"none","-A":"none","--auth-type":"none","--cert-key-pass":"none","--default-scheme":"none","--pretty":"none","-s":"none","--style":"none","-p":"none","--print":"none","-P":"none","--history-print":"none","--timeout":"none","--max-redirects":"none","--boundary":"none","--format-options":"none","--response-charset":"none","--response-mime":"none","--ssl":"none","--ciphers":"none","--raw":"none","--unix-socket":"none","--max-headers":"none","-o":"write","--output":"write","--session":"write","--session-read-only":"read","--cert":"read","--cert-key":"read","--verify":"read","--proxy":"url"}}', https: '{"operands":"none","requestItems":true,"options":{"-a":"none","--auth":"none","-A":"none","--auth-type":"none","--cert-key-pass":"none","--default-scheme":"none","--pretty":"none","-s":"none","--style":"none","-p":"none","--print":"none","-P":"none","--history-print":"none","--timeout":"none","--max-redirects":"none","--boundary":"none","--format-options":"none","--response-charset":"none","--response-mime":"none","--ssl":"none","--ciphers":"none","--raw":"none","--unix-socket":"none","--max-headers":"none","-o":"write","--output":"write","--session":"write","--session-read-only":"read","--cert":"read","--cert-key":"read","--verify":"read","--proxy":"url"}}', xh: '{"operands":"none","requestItems":true,"options":{"-a":"none","--auth":"none","-A":"none","--auth-type":"none","--cert-key-pass":"none","--default-scheme":"none","--pretty":"none","-s":"none","--style":"none","-p":"none","--print":"none","-P":"none","--history-print":"none","--timeout":"none","--max-redirects":"none","--boundary":"none","--format-options":"none","--response-charset":"none","--response-mime":"none","--ssl":"none","--ciphers":"none","--raw":"none","--unix-socket":"none","--max-headers":"none","-o":"write","--output":"write","--session":"write","--session-read-only":"read","--cert":"read","--cert-key":"read","--verify":"read","--proxy":"url","--bearer":"none","--interface":"none","--generate":"none","--http-version":"none","--resolve":"resolve-to"}}', xhs: '{"operands":"none","requestItems":true,"options":{"-a":"none","--auth":"none","-A":"none","--auth-type":"none","--cert-key-pass":"none","--default-scheme":"none","--pretty":"none","-s":"none","--style":"none","-p":"none","--print":"none","-P":"none","--history-print":"none","--timeout":"none","--max-redirects":"none","--boundary":"none","--format-options":"none","--response-charset":"none","--response-mime":"none","--ssl":"none","--ciphers":"none","--raw":"none","--unix-socket":"none","--max-headers":"none","-o":"write","--output":"write","--session":"write","--session-read-only":"read","--cert":"read","--cert-key":"read","--verify":"read","--proxy":"url","--bearer":"none","--interface":"none","--generate":"none","--http-version":"none","--resolve":"resolve-to"}}', curlie: '{"operands":"none","requestItems":true,"options":{"-o":"write","-T":"read","-K":"read","-c":"write","-d":"data","-F":"form","--data-binary":"data","--data-raw":"none","--data-urlencode":"data","--url":"url","-x":"url","--proxy":"url","--connect-to":"connect-to","--resolve":"resolve","--preproxy":"url","--socks4":"url","--socks4a":"url","--socks5":"url","--socks5-hostname":"url","--proxy1.0":"url","--doh-url":"url","-D":"write","--dump-header":"write","--trace":"write","--trace-ascii":"write","--stderr":"write","-E":"read","--cert":"read","--key":"read","--cacert":"read","--output-dir":"write-dir","-X":"none","-H":"none","-u":"none","-A":"none","-e":"none","-b":"none","-m":"none","-w":"none","-r":"none","-z":"none","-Y":"none","-y":"none","-C":"none","-Q":"none","-t":"none","-U":"none","--request":"none","--header":"none","--user":"none","--user-agent":"none","--referer":"none","--cookie":"none","--max-time":"none","--write-out":"none","--connect-timeout":"none","--retry":"none"}}', wget2: '{"operands":"url-file","when":{"-O":{"operands":"url"},"--output-document":{"operands":"url"}},"options":{"-O":"write","-o":"write","-a":"write","-i":"read","-P":"write-dir","-e":"none","--post-file":"read","--body-file":"read","--load-cookies":"read","--save-cookies":"write","--output-document":"write","--output-file":"write","--append-output":"write","--input-file":"read","--directory-prefix":"write-dir","--execute":"none","-U":"none","-t":"none","-T":"none","-w":"none","-B":"none","-Q":"none","-l":"none","-A":"none","-R":"none","-D":"none","-X":"none","-I":"none","--user-agent":"none","--tries":"none","--timeout":"none","--wait":"none","--base":"none","--quota":"none","--level":"none","--accept":"none","--reject":"none","--domains":"none","--exclude-directories":"none","--include-directories":"none","--header":"none","--user":"none","--password":"none","--method":"none","--body-data":"none","--post-data":"none"}}', axel: '{"operands":"url-file","options":{"-n":"none","--num-connections":"none","-s":"none","--max-speed":"none","-H":"none","--header":"none","-U":"none","--user-agent":"none","-o":"write","--output":"write"}}', websocat: '{"operands":"url","options":{"-H":"none","--header":"none","--protocol":"none","--origin":"none","--ping-interval":"none","--ping-timeout":"none","-B":"none","--buffer-size":"none","--max-messages":"none","--pkcs12-der":"read","--client-pkcs12-der":"read"}}', "lwp-request": '{"operands":"url","options":{"-m":"none","-b":"none","-t":"none","-i":"none","-c":"none","-C":"none","-H":"none","-P":"none","-o":"none","-p":"none"}}', GET: '{"operands":"url","options":{"-m":"none","-b":"none","-t":"none","-i":"none","-c":"none","-C":"none","-H":"none","-P":"none","-o":"none","-p":"none"}}', POST: '{"operands":"url","options":{"-m":"none","-b":"none","-t":"none","-i":"none","-c":"none","-C":"none","-H":"none","-P":"none","-o":"none","-p":"none"}}', HEAD: '{"operands":"url","options":{"-m":"none","-b":"none","-t":"none","-i":"none","-c":"none","-C":"none","-H":"none","-P":"none","-o":"none","-p":"none"}}', "http-prompt": '{"operands":"url","options":{"--env":"read"}}', hurl: '{"operands":"read","contacts":"(the hosts the Hurl files request)","contactsUnless":["--version","-V","--help","-h"],"options":{"--variable":"none","--connect-timeout":"none","-m":"none","--max-time":"none","--retry":"none","--retry-interval":"none","--user-agent":"none","-u":"none","--user":"none","-H":"none","--header":"none","--glob":"none","--test-timeout":"none","--jobs":"none","--variables-file":"read","--file-root":"read-tree","-o":"write","--output":"write","--cookie":"read","-b":"read","--cookie-jar":"write","-c":"write","--cacert":"read","--cert":"read","-E":"read","--key":"read","--report-html":"write-dir","--report-junit":"write","--report-json":"write-dir","--report-tap":"write","--json":"none","-x":"url","--proxy":"url","--connect-to":"connect-to","--resolve":"resolve"}}', ab: '{"operands":"url","options":{"-n":"none","-c":"none","-t":"none","-s":"none","-T":"none","-H":"none","-C":"none","-A":"none","-P":"none","-B":"none","-m":"none","-b":"none","-f":"none","-E":"none","-Z":"none","-p":"read","-u":"read","-X":"host","-g":"write","-e":"write"}}', hey: '{"operands":"url","options":{"-n":"none","-c":"none","-q":"none","-z":"none","-o":"none","-m":"none","-H":"none","-t":"none","-A":"none","-T":"none","-a":"none","-d":"none","-h2":"none","-D":"read","-x":"url"}}', wrk: '{"operands":"url","options":{"-c":"none","-d":"none","-t":"none","-H":"none","--header":"none","--timeout":"none","--latency":"none","-s":"read","--script":"read"}}', "gcloud alpha storage cp": `{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":["-r","-R","--recursive"],"contacts":"(Google Cloud's service endpoints)","options":{"-a":"none","--predefined-acl":"none","-s":"none","--storage-class":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--content-type":"none","--custom-metadata":"none","--custom-time":"none","--encryption-key":"none","--decryption-keys":"none","--if-generation-match":"none","--if-metageneration-match":"none","--project":"none","--account":"none","--configuration":"none","--format":"none","--verbosity":"none","--impersonate-service-account":"none","-L":"write","--manifest-path":"write"}}`, "gcloud alpha storage mv": `{"operands":"delete","remote":"place","last":"write","lastDir":true,"tree":["-r","-R","--recursive"],"contacts":"(Google Cloud's service endpoints)","options":{"-a":"none","--predefined-acl":"none","-s":"none","--storage-class":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--content-type":"none","--custom-metadata":"none","--custom-time":"none","--encryption-key":"none","--decryption-keys":"none","--if-generation-match":"none","--if-metageneration-match":"none","--project":"none","--account":"none","--configuration":"none","--format":"none","--verbosity":"none","--impersonate-service-account":"none","-L":"write","--manifest-path":"write"}}`, "gcloud alpha storage rsync": `{"operands":"read","remote":"place","last":"write","tree":true,"contacts":"(Google Cloud's service endpoints)","options":{"-a":"none","--predefined-acl":"none","-s":"none","--storage-class":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--content-type":"none","--custom-metadata":"none","--custom-time":"none","--encryption-key":"none","--decryption-keys":"none","--if-generation-match":"none","--if-metageneration-match":"none","--project":"none","--account":"none","--configuration":"none","--format":"none","--verbosity":"none","--impersonate-service-account":"none","-L":"write","--manifest-path":"write","-x":"none","--exclude":"none"}}`, "gcloud beta storage cp": `{"operands":"read","remote":"place","last":"write","lastDir":true,"tree":["-r","-R","--recursive"],"contacts":"(Google Cloud's service endpoints)","options":{"-a":"none","--predefined-acl":"none","-s":"none","--storage-class":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--content-type":"none","--custom-metadata":"none","--custom-time":"none","--encryption-key":"none","--decryption-keys":"none","--if-generation-match":"none","--if-metageneration-match":"none","--project":"none","--account":"none","--configuration":"none","--format":"none","--verbosity":"none","--impersonate-service-account":"none","-L":"write","--manifest-path":"write"}}`, "gcloud beta storage mv": `{"operands":"delete","remote":"place","last":"write","lastDir":true,"tree":["-r","-R","--recursive"],"contacts":"(Google Cloud's service endpoints)","options":{"-a":"none","--predefined-acl":"none","-s":"none","--storage-class":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--content-type":"none","--custom-metadata":"none","--custom-time":"none","--encryption-key":"none","--decryption-keys":"none","--if-generation-match":"none","--if-metageneration-match":"none","--project":"none","--account":"none","--configuration":"none","--format":"none","--verbosity":"none","--impersonate-service-account":"none","-L":"write","--manifest-path":"write"}}`, "gcloud beta storage rsync": `{"operands":"read","remote":"place","last":"write","tree":true,"contacts":"(Google Cloud's service endpoints)","options":{"-a":"none","--predefined-acl":"none","-s":"none","--storage-class":"none","--cache-control":"none","--content-disposition":"none","--content-encoding":"none","--content-language":"none","--content-type":"none","--custom-metadata":"none","--custom-time":"none","--encryption-key":"none","--decryption-keys":"none","--if-generation-match":"none","--if-metageneration-match":"none","--project":"none","--account":"none","--configuration":"none","--format":"none","--verbosity":"none","--impersonate-service-account":"none","-L":"write","--manifest-path":"write","-x":"none","--exclude":"none"}}`, s3cmd: `{"operands":"read","guess":true,"contacts":"(the S3 endpoint of s3cmd's configuration, or --host)","contactsUnless":["(no operand)","--version","--help","-h","--configure","--dump-config"],"options":{"--acl-grant":"none","--acl-revoke":"none","--exclude":"none","--include":"none","--rexclude":"none","--rinclude":"none","--storage-class":"none","--mime-type":"none","--encoding":"none","--add-header":"none","--remove-header":"none","--server-side-encryption-kms-id":"none","--region":"none","--host":"none","--host-bucket":"none","--access_key":"none","--secret_key":"none","--access_token":"none","--limit-rate":"none","--multipart-chunk-size-mb":"none","--cache-file":"none","-c":"read","--config":"read","--exclude-from":"read","--include-from":"read","--rexclude-from":"read","--rinclude-from":"read"}}`, "s3cmd put": `{"operands":"read","remote":"place","tree":["-r","--recursive"],"contacts":"(the S3 endpoint of s3cmd's configuration, or --host)","options":{"--acl-grant":"none","--acl-revoke":"none","--exclude":"none","--include":"none","--rexclude":"none","--rinclude":"none","--storage-class":"none","--mime-type":"none","--encoding":"none","--add-header":"none","--remove-header":"none","--server-side-encryption-kms-id":"none","--region":"none","--host":"none","--host-bucket":"none","--access_key":"none","--secret_key":"none","--access_token":"none","--limit-rate":"none","--multipart-chunk-size-mb":"none","--cache-file":"none","-c":"read","--config":"read","--exclude-from":"read","--include-from":"read","--rexclude-from":"read","--rinclude-from":"read"}}`, "s3cmd sync": `{"operands":"read","remote":"place","last":"write","tree":true,"contacts":"(the S3 endpoint of s3cmd's configuration, or --host)","options":{"--acl-grant":"none","--acl-revoke":"none","--exclude":"none","--include":"none","--rexclude":"none","--rinclude":"none","--storage-class":"none","--mime-type":"none","--encoding":"none","--add-header":"none","--remove-header":"none","--server-side-encryption-kms-id":"none","--region":"none","--host":"none","--host-bucket":"none","--access_key":"none","--secret_key":"none","--access_token":"none","--limit-rate":"none","--multipart-chunk-size-mb":"none","--cache-file":"none","-c":"read","--config":"read","--exclude-from":"read","--include-from":"read","--rexclude-from":"read","--rinclude-from":"read"}}`, "s3cmd get": `{"operands":"none","remote":"place","last":"write","lastDir":true,"tree":["-r","--recursive"],"contacts":"(the S3 endpoint of s3cmd's configuration, or --host)","options":{"--acl-grant":"none","--acl-revoke":"none","--exclude":"none","--include":"none","--rexclude":"none","--rinclude":"none","--storage-class":"none","--mime-type":"none","--encoding":"none","--add-header":"none","--remove-header":"none","--server-side-encryption-kms-id":"none","--region":"none","--host":"none","--host-bucket":"none","--access_key":"none","--secret_key":"none","--access_token":"none","--limit-rate":"none","--multipart-chunk-size-mb":"none","--cache-file":"none","-c":"read","--config":"read","--exclude-from":"read","--include-from":"read","--rexclude-from":"read","--rinclude-from":"read"}}`, wormhole: '{"operands":"none","contacts":"(the magic-wormhole relay and transit servers, unless --relay-url and --transit-helper name others)","contactsUnless":["--version","--help"],"options":{"--appid":"none","--relay-url":"none","--transit-helper":"none","--code-length":"none","-c":"none"}}', "wormhole send": '{"operands":"read","tree":true,"contacts":"(the magic-wormhole relay and transit servers, unless --relay-url and --transit-helper name others)","options":{"--text":"none","--code":"none","--code-length":"none","-c":"none","--appid":"none","--relay-url":"none","--transit-helper":"none"}}', restic: '{"operands":"read","guess":true,"contacts":"(the repository -r or RESTIC_REPOSITORY names: a directory, or a host or service)","contactsUnless":["(no operand)","version","help","--version","--help","-h","generate","cache"],"options":{"-r":"none","--repo":"none","--host":"none","--tag":"none","--cache-dir":"none","--limit-upload":"none","--limit-download":"none","-o":"none","--option":"none","--password-file":"read","-p":"read","--repository-file":"read","--files-from":"read","--exclude-file":"read","--iexclude-file":"read","--cacert":"read","--tls-client-cert":"read"}}', "restic backup": '{"operands":"read","tree":true,"contacts":"(the repository -r or RESTIC_REPOSITORY names: a directory, or a host or service)","options":{"-r":"none","--repo":"none","--host":"none","--tag":"none","--exclude":"none","-e":"none","--iexclude":"none","--cache-dir":"none","--limit-upload":"none","-o":"none","--option":"none","--parent":"none","--time":"none","--password-file":"read","-p":"read","--repository-file":"read","--files-from":"read","--files-from-raw":"read","--files-from-verbatim":"read","--exclude-file":"read","--iexclude-file":"read","--stdin-filename":"none"}}', "restic restore": '{"operands":"none","contacts":"(the repository -r or RESTIC_REPOSITORY names: a directory, or a host or service)","options":{"-r":"none","--repo":"none","--host":"none","--tag":"none","--include":"none","-i":"none","--exclude":"none","-e":"none","--path":"none","--target":"write-tree","-t":"write-tree","--password-file":"read","-p":"read"}}', borg: '{"operands":"read","guess":true}', "borg create": '{"operands":"read","first":"none","tree":true,"options":{"--exclude":"none","-e":"none","--comment":"none","--compression":"none","-C":"none","--checkpoint-interval":"none","--chunker-params":"none","--timestamp":"none","--remote-path":"none","--rsh":"none","--exclude-from":"read","--patterns-from":"read"}}', curl: '{"operands":"url","options":{"-o":"write","-T":"read","-K":"read","-c":"write","-d":"data","-F":"form","--data-binary":"data","--data-raw":"none","--data-urlencode":"data","--url":"url","-x":"url","--proxy":"url","--connect-to":"connect-to","--resolve":"resolve","--preproxy":"url","--socks4":"url","--socks4a":"url","--socks5":"url","--socks5-hostname":"url","--proxy1.0":"url","--doh-url":"url","-D":"write","--dump-header":"write","--trace":"write","--trace-ascii":"write","--stderr":"write","-E":"read","--cert":"read","--key":"read","--cacert":"read","--output-dir":"write-dir"},"when":{"-O":{"operands":"url-file"},"--remote-name":{"operands":"url-file"},"--remote-name-all":{"operands":"url-file"}}}', wget: '{"operands":"url-file","when":{"-O":{"operands":"url"}},"options":{"-O":"write","-o":"write","-a":"write","-i":"read","-P":"write-dir","-e":"none","--post-file":"read","--body-file":"read","--load-cookies":"read","--save-cookies":"write"}}', ssh: '{"operands":"none","first":"host","options":{"-i":"read","-F":"read","-J":"host","-E":"write","-o":"ssh-option"}}', scp: '{"operands":"read","remote":true,"last":"write","lastDir":true,"tree":["-r"],"options":{"-i":"read","-F":"read","-J":"host","-o":"ssh-option"}}', sftp: '{"operands":"none","first":"host","options":{"-i":"read","-F":"read","-J":"host","-b":"read","-o":"ssh-option"}}', rsync: '{"operands":"read","remote":true,"last":"write","lastDir":true,"tree":["-r","-a"],"options":{"--exclude-from":"read","--include-from":"read","--files-from":"read","--password-file":"read","--log-file":"write"}}', nc: '{"operands":"none","first":"host","options":{"-x":"host"}}', ncat: '{"operands":"none","first":"host","options":{"-o":"write","--output":"write","--proxy":"host"}}', netcat: '{"operands":"none","first":"host"}', telnet: '{"operands":"none","first":"host"}', ping: '{"operands":"host"}', ping6: '{"operands":"host"}', traceroute: '{"operands":"none","first":"host"}', tracepath: '{"operands":"none","first":"host"}', mtr: '{"operands":"host","options":{"-F":"read","--filename":"read"}}', dig: '{"operands":"host","options":{"-f":"read","-k":"read"}}', host: '{"operands":"host"}', nslookup: '{"operands":"host"}', openssl: '{"operands":"read","guess":true,"options":{"-connect":"host","-proxy":"host","-in":"read","-out":"write","-key":"read","-cert":"read","-CAfile":"read","-inkey":"read","-signkey":"read","-keyout":"write"}}', ftp: '{"operands":"none","first":"host"}', tftp: '{"operands":"none","first":"host"}', nmap: '{"operands":"host","options":{"-iL":"read","-oN":"write","-oX":"write","-oG":"write","-oS":"write","-oA":"write","--excludefile":"read","--datadir":"read","--script":"read","--resume":"read","--proxies":"url"}}', aria2c: '{"operands":"url-or-read","options":{"-d":"write-dir","-o":"write","-i":"read","--log":"write","--save-session":"write","--all-proxy":"url","--http-proxy":"url","--https-proxy":"url"}}', lynx: '{"operands":"url-or-read"}', w3m: '{"operands":"url-or-read"}', links: '{"operands":"url-or-read"}', elinks: '{"operands":"url-or-read"}', psql: '{"operands":"url-or-read","guess":true,"options":{"-h":"host","-f":"read","-o":"write","-L":"write"}}', pg_dump: '{"operands":"url-or-read","guess":true,"options":{"-h":"host","-f":"write"}}', mysql: '{"operands":"none","options":{"-h":"host"}}', mysqldump: '{"operands":"none","options":{"-h":"host","-r":"write"}}', "redis-cli": '{"operands":"none","options":{"-h":"host","-u":"url"}}', "git clone": `{"operands":"write","tree":"named","first":"remote-name","options":{"--reference":"read","--template":"read"},"when":{"--recurse-submodules":{"contacts":"(the submodules' remotes)"},"--recursive":{"contacts":"(the submodules' remotes)"}}}`, "git fetch": '{"operands":"none","first":"remote-name","noOperands":"<remote>"}', "git pull": '{"operands":"none","first":"remote-name","noOperands":"<remote>"}', "git push": '{"operands":"none","first":"remote-name","noOperands":"<remote>","options":{"--repo":"remote-name"}}', "git send-pack": '{"operands":"none","first":"remote-name","noOperands":"<remote>"}', "git ls-remote": '{"operands":"none","first":"remote-name","noOperands":"<remote>"}', "git submodule": `{"operands":"none","operandsAfter":{"add":{"op":"package","first":true},"update":{"op":"none","contacts":"(the submodules' remotes)"}}}`, "git lfs": '{"operands":"none","operandsAfter":{"pull":{"op":"none","contacts":"(the LFS server)"},"push":{"op":"none","contacts":"(the LFS server)"},"fetch":{"op":"none","contacts":"(the LFS server)"},"clone":{"op":"none","contacts":"(the LFS server)"}}}', "git send-email": '{"operands":"read","contacts":"(the configured SMTP server)"}', "git diff": '{"pathspecs":true,"operands":"revpath","guess":true,"dashdash":"read","options":{"--output":"write","-O":"read"},"when":{"--no-index":{"guess":false}}}', "git log": '{"pathspecs":true,"operands":"read","guess":true,"dashdash":"read","options":{"--output":"write","-O":"read","-L":"line-range"}}', "git show": '{"operands":"revpath","pathspecs":true,"dashdash":"read","options":{"--output":"write","-O":"read"}}', "git cat-file": '{"operands":"revpath"}', "git blame": '{"pathspecs":true,"operands":"read","guess":true,"dashdash":"read"}', "git grep": '{"pathspecs":true,"operands":"read","skip":1,"skipUnless":["-e","-f"],"tree":true,"noOperands":".","options":{"-f":"read"}}', "git checkout": '{"pathspecs":true,"operands":"write","guess":true,"dashdash":"write","tree":"named","noOperandsWhen":{"-p":"."},"options":{"--pathspec-from-file":"read"},"when":{"-p":{"guess":false}}}', "git restore": '{"pathspecs":true,"operands":"write","tree":"named","noOperandsWhen":{"-p":"."},"options":{"--pathspec-from-file":"read"}}', "git merge-file": '{"operands":"read","first":"write","when":{"-p":{"first":"read"}}}', "git rm": '{"pathspecs":true,"operands":"delete","tree":["-r"],"options":{"--pathspec-from-file":"read"}}', "git mv": '{"operands":"delete","tree":"named","last":"write","lastDir":true}', "git add": '{"pathspecs":true,"operands":"read","noOperandsWhen":{"-A":".","--all":".","-u":".","--update":"."},"options":{"--pathspec-from-file":"read"}}', "git clean": '{"pathspecs":true,"operands":"delete","tree":true,"noOperands":".","when":{"-n":{"operands":"none"}}}', "git commit": '{"operands":"none","options":{"-F":"read","--file":"read","-t":"read","--template":"read"}}', "git apply": '{"operands":"read","extract":"--directory","when":{"--check":{"extract":""}}}', "git update-index": '{"operands":"read","options":{"--cacheinfo":"write"},"when":{"--force-remove":{"operands":"delete"},"--index-info":{"extract":"."},"--stdin":{"extract":"."}}}', "git checkout-index": '{"operands":"write","prefix":"--prefix","noOperandsWhen":{"-a":".","--stdin":"."}}', "git read-tree": '{"operands":"none","extract":"--prefix","options":{"--index-output":"write"}}', "git mktree": '{"operands":"none","extract":"."}', "git fast-import": '{"operands":"none","extract":".","options":{"--export-marks":"write","--import-marks":"read","--import-marks-if-exists":"read"}}', "git bundle": '{"operands":"none","operandsAfter":{"create":{"op":"write","first":true},"verify":{"op":"read","first":true},"list-heads":{"op":"read","first":true},"unbundle":{"op":"read","first":true}}}', "git format-patch": '{"operands":"none","writes":["[0-9]*.patch"],"options":{"-o":"write-dir","--output":"write","--signature-file":"read"},"when":{"--suffix":{"writes":["[0-9]*"]},"--numbered-files":{"writes":["[0-9]*"]},"-o":{"writes":[]},"--stdout":{"writes":[]},"--output":{"writes":[]}}}', "git replace": '{"operands":"none","extract":".","when":{"-d":{"extract":""},"-l":{"extract":""}}}', "git am": '{"operands":"read","extract":"--directory"}', "git archive": '{"operands":"read","guess":true,"tree":true,"skip":1,"pathspecs":true,"options":{"--remote":"url","-o":"write","--output":"write"}}', "git config": '{"operands":"none","options":{"-f":"read","--file":"read"}}', "git status": '{"operands":"none"}', "git branch": '{"operands":"none"}', "git switch": '{"operands":"none"}', "git merge": '{"operands":"none","options":{"-F":"read","--file":"read"}}', "git rebase": '{"operands":"none"}', "git reset": '{"operands":"none"}', "git stash": '{"operands":"none","pathspecs":true,"tree":"named","dashdash":"write","operandsAfter":{"push":{"op":"write"}}}', "git tag": '{"operands":"none","options":{"-F":"read","--file":"read"}}', "git init": '{"operands":"write"}', "git remote": '{"operands":"none","operandsAfter":{"update":{"op":"none","contacts":"(every remote)"}}}', "git rev-parse": '{"operands":"none"}', "git worktree": '{"operands":"none","operandsAfter":{"add":{"op":"write","first":true,"tree":true}}}' } };
var PLAIN_KEYS = /* @__PURE__ */ new Set([
  "user.name",
  "user.email",
  "init.defaultbranch",
  "pull.rebase",
  "pull.ff",
  "push.default",
  "push.autosetupremote",
  "push.followtags",
  "fetch.prune",
  "fetch.prunetags",
  "rebase.autosquash",
  "rebase.autostash",
  "rebase.updaterefs",
  "merge.ff",
  "merge.conflictstyle",
  "commit.verbose",
  "commit.gpgsign",
  "tag.gpgsign",
  "log.date",
  "log.decorate",
  "log.follow",
  "color.ui",
  "color.diff",
  "color.status",
  "color.branch",
  "status.showuntrackedfiles",
  "status.short",
  "status.branch",
  "diff.algorithm",
  "diff.renames",
  "diff.colormoved",
  "diff.mnemonicprefix",
  "core.autocrlf",
  "core.filemode",
  "core.ignorecase",
  "core.eol",
  "core.safecrlf",
  "core.quotepath",
  "core.longpaths",
  "branch.autosetuprebase",
  "branch.autosetupmerge",
  "branch.sort",
  "column.ui",
  "rerere.enabled",
  "gc.auto"
]), READING_VERBS = /* @__PURE__ */ new Set(["get", "list"]), VALUED = /* @__PURE__ */ new Set(["-f", "--file", "--blob", "--type", "--default", "--comment", "--value", "--url"]), GLOBAL_VALUED = new Set(programs_default.programs.git.globalValued), reads = (option) => option === "-l" || option.startsWith("--get") || option.startsWith("--list"), BRANCH_KEYS = /* @__PURE__ */ new Set(["remote", "merge", "rebase", "pushremote"]);
function plainKey(key) {
  let k = key.toLowerCase();
  if (PLAIN_KEYS.has(k) || k.startsWith("advice.") && !k.includes(".", 7)) return true;
  let parts = k.split(".");
  return parts.length >= 3 && parts[0] === "branch" && BRANCH_KEYS.has(parts[parts.length - 1]);
}
function configAt(args) {
  let k = 0;
  for (; k < args.length; k++) {
    let a = args[k];
    if (a.dynamic || !a.value.startsWith("-")) break;
    GLOBAL_VALUED.has(a.value) && k++;
  }
  let sub = args[k];
  return sub && !sub.dynamic && sub.value === "config" ? k : -1;
}
function isGitConfig(args) {
  return configAt(args) >= 0;
}
function gitConfigOpaque(args) {
  let at = configAt(args);
  if (at < 0) return;
  let words = args.slice(at + 1), opaque = (why, word) => word === void 0 ? { reason: `"git config" ${why}` } : { reason: `"git config ${word}" ${why}`, construct: `git config ${word}` }, operands = [], reading = false, unsetting = false;
  for (let i = 0; i < words.length; i++) {
    let w = words[i];
    if (w.dynamic) return opaque("is given a word known only at run time: it may set any key");
    if (operands.length === 0 && !w.value.startsWith("-")) {
      if (READING_VERBS.has(w.value)) reading = true;
      else {
        if (w.value === "edit") return opaque("opens the configuration in an editor: any key may be set", w.value);
        if (w.value === "set") continue;
        if (w.value === "unset") unsetting = true;
        else {
          if (w.value === "rename-section" || w.value === "remove-section") return opaque("can move keys into sections that run programs", w.value);
          operands.push(w);
        }
      }
      continue;
    }
    if (w.value === "-e" || w.value === "--edit") return opaque("opens the configuration in an editor: any key may be set", w.value);
    if (w.value === "--rename-section" || w.value === "--remove-section") return opaque("can move keys into sections that run programs", w.value);
    reads(w.value) ? reading = true : w.value.startsWith("--unset") ? unsetting = true : VALUED.has(w.value) ? i++ : w.value.startsWith("-") || operands.push(w);
  }
  if (reading) return;
  let key = operands[0];
  if (key && !(operands.length === 1 && !unsetting) && !plainKey(key.value))
    return opaque("sets configuration that can make git run a program, read another file or contact another host", key.value);
}
var AWK = {
  // system(), pipes, getline, output redirections; gawk's @include, @load and indirect calls
  // (`@f()` reaches system under another spelling); ARGV/ARGC assignments make awk read files the
  // line does not name; extension() loads code (gawk 4.0).
  hazards: ["system", "getline", "|", ">", "@", "ARGV", "ARGC", "extension"],
  valuedShort: /* @__PURE__ */ new Set(["F", "v", "f", "e", "i", "l", "E", "W"]),
  valuedLong: /* @__PURE__ */ new Set(["--field-separator", "--assign", "--file", "--source", "--include", "--load", "--exec"]),
  sources: /* @__PURE__ */ new Set(["-e", "--source"])
}, JQ = {
  // Modules: `import "x" as $d` reads x.json, `import`/`include` read .jq files, from the library
  // path or relative to the program.
  hazards: ["import", "include"],
  valuedShort: /* @__PURE__ */ new Set(["f", "L"]),
  valuedLong: /* @__PURE__ */ new Set(["--from-file", "--library-path", "--indent"]),
  pairs: /* @__PURE__ */ new Set(["--arg", "--argjson", "--slurpfile", "--rawfile"])
}, LANGUAGES = /* @__PURE__ */ new Map([
  ["awk", AWK],
  ["gawk", AWK],
  ["mawk", AWK],
  ["nawk", AWK],
  ["jq", JQ],
  ["gojq", JQ]
]);
function hasInlineProgram(exe) {
  return LANGUAGES.has(exe);
}
function inlinePrograms(language, args) {
  let sources = [], found = (operand) => sources.length || !operand ? sources : [operand];
  for (let k = 0; k < args.length; k++) {
    let a = args[k], v = a.value;
    if (v === "--") return found(args[k + 1]);
    if (v.startsWith("--")) {
      let eq = v.indexOf("="), name = eq < 0 ? v : v.slice(0, eq);
      if (language.pairs?.has(name)) k += 2;
      else if (language.valuedLong.has(name)) {
        let value = eq < 0 ? args[++k] : { ...a, value: v.slice(eq + 1) };
        value && language.sources?.has(name) && sources.push(value);
      }
      continue;
    }
    if (v.startsWith("-") && v.length > 1) {
      for (let j = 1; j < v.length; j++) {
        if (!language.valuedShort.has(v[j])) continue;
        let value = j + 1 < v.length ? { ...a, value: v.slice(j + 1) } : args[++k];
        value && language.sources?.has(`-${v[j]}`) && sources.push(value);
        break;
      }
      continue;
    }
    return found(a);
  }
  return sources;
}
function inlineProgramOpaque(exe, args) {
  let language = LANGUAGES.get(exe);
  if (language)
    for (let program of inlinePrograms(language, args)) {
      if (program.dynamic) return { reason: `the ${exe} program is known only at run time` };
      let hazard = language.hazards.find((h) => program.value.includes(h));
      if (hazard)
        return { reason: `the ${exe} program can run commands or touch files the line does not name ("${hazard}")`, construct: `${exe} ${program.value}` };
    }
}
function own(table, key) {
  return table !== void 0 && Object.hasOwn(table, key) ? table[key] : void 0;
}
function ownEntries(table) {
  return new Map(Object.entries(table));
}
var program_hazards_default = {
  $comment: "Options that make a program run code the command line does not show (code) or write to, read from or contact a place the line does not show (elsewhere), per program and per subcommand (SPEC 3: an allow never admits such an option unless the pattern names it). Read by src/match/shell-hazards.ts. A `code` option written on the line makes it opaque (commands.opaque decides; an allow pattern naming it admits it); a word known only at run time where the program reads options may be any of these, so no allow pattern admits it. Spellings: `--long` also covers `--long=value`; `-x` also covers clusters (`-ax`) and attached values (`-xVALUE`); `+` covers any word starting with `+`; `NAME=` covers operands starting with it. optionsAnywhere: the program reads options (or predicates) after `--` too. Reviewed like code: a missing option only lets an allow admit it; an extra one only asks for approval.",
  programs: {
    git: {
      code: ["-c", "--config-env", "--exec-path", "--git-dir", "--work-tree"],
      elsewhere: ["--namespace", "--super-prefix"],
      subcommands: {
        diff: { code: ["--ext-diff", "--textconv"], elsewhere: ["--output"] },
        log: { code: ["--ext-diff", "--textconv"], elsewhere: ["--output"] },
        show: { code: ["--ext-diff", "--textconv"], elsewhere: ["--output"] },
        whatchanged: { code: ["--ext-diff", "--textconv"], elsewhere: ["--output"] },
        "range-diff": { code: ["--ext-diff", "--textconv"], elsewhere: ["--output"] },
        add: { code: ["--pathspec-from-file"], elsewhere: [] },
        checkout: { code: ["--pathspec-from-file"], elsewhere: [] },
        restore: { code: ["--pathspec-from-file"], elsewhere: [] },
        rm: { code: ["--pathspec-from-file"], elsewhere: [] },
        reset: { code: ["--pathspec-from-file"], elsewhere: [] },
        commit: { code: ["--pathspec-from-file"], elsewhere: [] },
        stash: { code: ["--pathspec-from-file", "--ext-diff", "--textconv"], elsewhere: ["--output"] },
        "format-patch": { code: ["--ext-diff", "--textconv"], elsewhere: ["--output", "-o", "--output-directory"] },
        blame: { code: ["--textconv"], elsewhere: [] },
        clone: { code: ["--upload-pack", "-u", "--template", "-c", "--config"], elsewhere: ["--separate-git-dir", "--reference", "--reference-if-able"] },
        init: { code: ["--template"], elsewhere: ["--separate-git-dir"] },
        fetch: { code: ["--upload-pack"], elsewhere: [] },
        pull: { code: ["--upload-pack"], elsewhere: [] },
        "ls-remote": { code: ["--upload-pack"], elsewhere: [] },
        push: { code: ["--receive-pack", "--exec"], elsewhere: ["--repo"] },
        archive: { code: ["--exec"], elsewhere: ["--output", "-o", "--remote"] },
        rebase: { code: ["--exec", "-x"], elsewhere: [] },
        submodule: { code: ["foreach"], elsewhere: [] },
        bisect: { code: ["run"], elsewhere: [] },
        "filter-branch": { code: ["--tree-filter", "--index-filter", "--msg-filter", "--env-filter", "--commit-filter", "--parent-filter", "--tag-name-filter", "--setup"], elsewhere: [] },
        "filter-repo": { code: ["--filename-callback", "--message-callback", "--name-callback", "--email-callback", "--refname-callback", "--blob-callback", "--commit-callback", "--tag-callback", "--reset-callback", "--file-info-callback"], elsewhere: [] },
        grep: { code: ["-O", "--open-files-in-pager", "--textconv"], elsewhere: [] },
        difftool: { code: ["--extcmd", "-x", "--tool", "-t"], elsewhere: [] },
        mergetool: { code: ["--tool", "-t"], elsewhere: [] },
        config: { code: [], elsewhere: ["--global", "--system", "--file", "-f", "--worktree"] },
        "send-email": { code: ["--sendmail-cmd", "--smtp-server", "--to-cmd", "--cc-cmd", "--header-cmd"], elsewhere: [] }
      }
    },
    npm: { code: ["--script-shell", "--node-options", "--call", "-c", "--userconfig", "--globalconfig", "--onload-script", "--git", "--editor", "--browser", "--viewer", "--init-module"], elsewhere: ["--prefix", "-C", "-g", "--global", "--location", "--cache", "--registry", "--workspace", "-w", "--shell", "--logs-dir", "--tmp"] },
    npx: { code: ["--call", "-c", "--node-options", "--script-shell", "--userconfig"], elsewhere: ["--prefix", "--registry", "--cache"] },
    pnpm: { code: ["--script-shell", "--node-options", "-c"], elsewhere: ["--dir", "-C", "--prefix", "-g", "--global", "--store-dir", "--registry", "--filter", "-F", "--shell-mode"] },
    yarn: { code: ["--script-shell"], elsewhere: ["--cwd", "--modules-folder", "--global-folder", "--cache-folder", "--registry", "--use-yarnrc"] },
    node: { code: ["-e", "--eval", "-p", "--print"], elsewhere: ["--inspect", "--inspect-brk", "--inspect-port", "--cpu-prof-dir", "--heap-prof-dir", "--diagnostic-dir", "--redirect-warnings", "-r", "--require", "--import", "--loader", "--experimental-loader", "--env-file", "--env-file-if-exists"] },
    pip: { code: [], elsewhere: ["--target", "-t", "--prefix", "--root", "--user", "--index-url", "-i", "--extra-index-url", "--find-links", "-f", "--src", "--log", "--config-settings", "-C"] },
    pip3: { code: [], elsewhere: ["--target", "-t", "--prefix", "--root", "--user", "--index-url", "-i", "--extra-index-url", "--find-links", "-f", "--src", "--log", "--config-settings", "-C"] },
    uv: { code: [], elsewhere: ["--directory", "--project", "--index-url", "--extra-index-url", "--index", "--default-index", "--target", "--prefix", "--cache-dir", "--config-file"] },
    curl: { code: ["-K", "--config"], elsewhere: ["--output-dir", "-D", "--dump-header", "-c", "--cookie-jar", "--trace", "--trace-ascii", "--libcurl", "--stderr", "--etag-save", "--hsts", "--alt-svc", "-x", "--proxy", "--connect-to", "--resolve"] },
    wget: { code: ["-e", "--execute", "--config"], elsewhere: ["-o", "--output-file", "-a", "--append-output", "-P", "--directory-prefix", "-i", "--input-file", "--post-file", "--body-file", "--save-cookies", "--warc-file", "--use-askpass"] },
    ssh: { code: ["-F"], elsewhere: ["-E", "-L", "-R", "-D", "-w", "-S", "-i", "-J", "-W"], checked: ["-o"] },
    scp: { code: ["-F", "-S"], elsewhere: ["-i", "-J"], checked: ["-o"] },
    sftp: { code: ["-F", "-S"], elsewhere: ["-b", "-i", "-J", "-D"], checked: ["-o"] },
    rsync: { code: ["-e", "--rsh", "--rsync-path", "--config"], elsewhere: ["--write-batch", "--only-write-batch", "--read-batch", "--log-file", "--backup-dir", "--temp-dir", "-T", "--partial-dir", "--compare-dest", "--copy-dest", "--link-dest", "--files-from", "--password-file"] },
    tar: { code: ["-T", "--files-from", "--to-command", "--use-compress-program", "-I", "--checkpoint-action", "--info-script", "--new-volume-script", "-F", "--rsh-command", "--rmt-command"], elsewhere: ["--index-file", "-g", "--listed-incremental", "-P", "--absolute-names"] },
    find: { optionsAnywhere: true, code: ["-files0-from", "-fprint", "-fprintf", "-fls", "-fprint0"], elsewhere: ["-delete"], checked: ["-exec", "-execdir", "-ok", "-okdir"] },
    fd: { code: ["-x", "--exec", "-X", "--exec-batch"], elsewhere: ["--base-directory", "--search-path"] },
    fdfind: { code: ["-x", "--exec", "-X", "--exec-batch"], elsewhere: ["--base-directory", "--search-path"] },
    rg: { code: ["--pre"], elsewhere: ["--ignore-file", "-f", "--file"] },
    sed: { code: ["-f", "--file"], elsewhere: [] },
    split: { code: ["--filter"], elsewhere: [] },
    awk: { code: ["-f", "--file", "-E", "--exec", "-i", "--include", "-l", "--load", "-W", "-D", "--debug", "-d", "--dump-variables", "-o", "--pretty-print", "-p", "--profile"], elsewhere: [] },
    gawk: { code: ["-f", "--file", "-E", "--exec", "-i", "--include", "-l", "--load", "-W", "-D", "--debug", "-d", "--dump-variables", "-o", "--pretty-print", "-p", "--profile"], elsewhere: [] },
    mawk: { code: ["-f", "--file", "-E", "--exec", "-i", "--include", "-l", "--load", "-W", "-D", "--debug", "-d", "--dump-variables", "-o", "--pretty-print", "-p", "--profile"], elsewhere: [] },
    nawk: { code: ["-f", "--file", "-E", "--exec", "-i", "--include", "-l", "--load", "-W", "-D", "--debug", "-d", "--dump-variables", "-o", "--pretty-print", "-p", "--profile"], elsewhere: [] },
    jq: { code: ["-f", "--from-file"], elsewhere: ["-L", "--library-path"] },
    gojq: { code: ["-f", "--from-file"], elsewhere: ["-L", "--library-path"] },
    wc: { code: ["--files0-from"], elsewhere: [] },
    du: { code: ["--files0-from"], elsewhere: [] },
    sort: { code: ["--compress-program", "--files0-from"], elsewhere: ["-o", "--output", "-T", "--temporary-directory", "--random-source"] },
    cp: { code: [], elsewhere: [] },
    mv: { code: [], elsewhere: [] },
    ln: { code: [], elsewhere: [] },
    install: { code: ["--strip-program"], elsewhere: [] },
    dd: { optionsAnywhere: true, code: [], elsewhere: ["of=", "if="] },
    patch: { code: [], elsewhere: ["-d", "--directory", "-B", "--prefix", "-r", "--reject-file"] },
    make: { code: ["--eval", "-E", "SHELL=", ".SHELLFLAGS=", "MAKESHELL=", "MAKEFLAGS=", "MAKEFILES=", "MAKEOVERRIDES=", "MAKE=", "CC=", "CXX=", "CPP=", "LD=", "AR=", "AS=", "FC=", "RM=", "LEX=", "YACC=", "RANLIB=", "STRIP=", "INSTALL="], elsewhere: ["-o", "-W", "-f", "--file", "--makefile", "-I", "--include-dir"] },
    go: { code: ["-toolexec", "-exec"], elsewhere: ["-o", "-modfile", "-C", "-ldflags", "-gcflags", "-asmflags", "-overlay"] },
    cargo: { code: ["--config"], elsewhere: ["--target-dir", "--manifest-path", "--out-dir", "--artifact-dir", "-C", "--config-path", "--root", "--index", "--registry", "-Z"] },
    docker: { code: ["--entrypoint", "--config"], elsewhere: ["-H", "--host", "--context", "-c", "-v", "--volume", "--mount", "--pid", "--network", "--net", "--ipc", "--userns", "--privileged", "--cap-add", "--security-opt", "--device"] },
    podman: { code: ["--entrypoint", "--config", "--hooks-dir", "--conmon", "--runtime", "--network-cmd-path"], elsewhere: ["-H", "--host", "-c", "--connection", "--url", "--identity", "--root", "--runroot", "-v", "--volume", "--mount", "--pid", "--network", "--net", "--ipc", "--userns", "--privileged", "--cap-add", "--security-opt", "--device"] },
    kubectl: { code: ["--exec-command"], elsewhere: ["--context", "--cluster", "--server", "-s", "--token", "--as", "--as-group", "--user", "--kubeconfig"] },
    helm: { code: ["--post-renderer"], elsewhere: ["--kube-context", "--kube-apiserver", "--kube-token", "--repo", "--kubeconfig", "--repository-config", "--registry-config"] },
    terraform: { code: [], elsewhere: ["-chdir", "-state", "-state-out", "-backup", "-out", "-plugin-dir"] },
    gh: { code: [], elsewhere: ["-R", "--repo", "--hostname"] },
    aws: { code: [], elsewhere: ["--endpoint-url", "--region", "--output-file", "--profile"] },
    lftp: { code: ["-e", "-c", "-f"], elsewhere: [] },
    wget2: { code: ["-e", "--execute", "--config"], elsewhere: ["-o", "--output-file", "-a", "--append-output", "-P", "--directory-prefix", "-i", "--input-file", "--post-file", "--body-file", "--save-cookies"] },
    rclone: { code: ["--password-command"], elsewhere: ["--config"] },
    wrk: { code: ["-s", "--script"], elsewhere: [] },
    borg: { code: ["--rsh", "--remote-path"], elsewhere: [] },
    restic: { code: ["--password-command", "-o", "--option"], elsewhere: ["-r", "--repo", "--repository-file"] },
    gcloud: { code: [], elsewhere: ["--project", "--account", "--configuration", "--impersonate-service-account", "--flags-file"] },
    az: { code: [], elsewhere: ["--subscription"] },
    less: { code: ["--lesskey-src", "-k", "--lesskey-file", "+"], elsewhere: ["-o", "--log-file", "-O", "--LOG-FILE"] },
    man: { code: ["-P", "--pager", "-H", "--html"], elsewhere: ["-M", "--manpath", "-C", "--config-file", "-p", "--preprocessor"] },
    vim: { code: ["-c", "--cmd", "-S", "+", "-u", "-e", "-E", "-s", "-y"], elsewhere: ["-w", "-W"] },
    nvim: { code: ["-c", "--cmd", "-S", "+", "-u", "-e", "-E", "-s", "-l", "--headless"], elsewhere: ["-w", "-W"] },
    vi: { code: ["-c", "--cmd", "-S", "+", "-u", "-e", "-E", "-s"], elsewhere: ["-w", "-W"] },
    view: { code: ["-c", "--cmd", "-S", "+"], elsewhere: ["-w", "-W", "-u"] },
    ex: { code: ["-c", "--cmd", "-S", "+"], elsewhere: ["-w", "-W", "-u"] },
    vimdiff: { code: ["-c", "--cmd", "-S", "+"], elsewhere: ["-w", "-W", "-u"] },
    gvim: { code: ["-c", "--cmd", "-S", "+"], elsewhere: ["-w", "-W", "-u"] },
    gview: { code: ["-c", "--cmd", "-S", "+"], elsewhere: ["-w", "-W", "-u"] },
    vimx: { code: ["-c", "--cmd", "-S", "+"], elsewhere: ["-w", "-W", "-u"] },
    nvi: { code: ["-c", "+"], elsewhere: [] },
    gcc: { code: ["-wrapper", "-fplugin", "-B", "-specs", "--specs"], elsewhere: [] },
    "g++": { code: ["-wrapper", "-fplugin", "-B", "-specs", "--specs"], elsewhere: [] },
    cc: { code: ["-wrapper", "-fplugin", "-B", "-specs", "--specs"], elsewhere: [] },
    "c++": { code: ["-wrapper", "-fplugin", "-B", "-specs", "--specs"], elsewhere: [] },
    clang: { code: ["-fplugin", "-B", "-Xclang", "--config", "-fpass-plugin"], elsewhere: [] },
    "clang++": { code: ["-fplugin", "-B", "-Xclang", "--config", "-fpass-plugin"], elsewhere: [] },
    emacs: { code: ["--eval", "-l", "--load", "-f", "--funcall", "--script"], elsewhere: [] },
    cpio: { code: ["-o", "--create", "-p", "--pass-through"], elsewhere: ["-D", "--directory"] },
    zip: { code: ["-@", "--names-stdin", "-TT", "--unzip-command"], elsewhere: ["-O", "--output-file", "-b", "--temp-path"] },
    unzip: { code: [], elsewhere: ["-d"] },
    pytest: { code: [], elsewhere: ["--basetemp", "--junitxml", "--junit-xml", "--resultlog", "--cache-dir", "-o", "--override-ini", "-p", "-c", "--config-file", "--confcutdir", "--rootdir"] },
    tsc: { code: [], elsewhere: ["--outDir", "--outFile", "--declarationDir", "--tsBuildInfoFile", "-p", "--project", "--plugins"] },
    eslint: { code: [], elsewhere: ["-o", "--output-file", "--cache-location", "--rulesdir", "--plugin", "-c", "--config", "--resolve-plugins-relative-to", "--format", "-f"] },
    prettier: { code: [], elsewhere: ["--plugin", "--config"] },
    stylelint: { code: [], elsewhere: ["-c", "--config", "--config-basedir", "--custom-syntax", "--custom-formatter", "-o", "--output-file", "-i", "--ignore-path", "--cache-location"] },
    markdownlint: { code: [], elsewhere: ["-c", "--config", "-r", "--rules", "-o", "--output", "-p", "--ignore-path"] },
    black: { code: [], elsewhere: ["--config"] },
    isort: { code: [], elsewhere: ["--settings-path", "--sp", "--settings-file", "--settings"] },
    ruff: { code: [], elsewhere: ["--config", "-o", "--output-file", "--cache-dir"] },
    rustfmt: { code: [], elsewhere: ["--config-path"] },
    biome: { code: [], elsewhere: ["--config-path"] },
    dprint: { code: [], elsewhere: ["-c", "--config", "--plugins"] },
    jest: { code: [], elsewhere: ["--outputFile", "--coverageDirectory", "--cacheDirectory", "--rootDir", "-c", "--config", "--setupFiles", "--setupFilesAfterEnv", "--testRunner", "--reporters", "--globalSetup", "--globalTeardown", "--transform"] },
    vitest: { code: [], elsewhere: ["--outputFile", "--root", "-r", "--dir", "-c", "--config", "--setupFiles", "--globalSetup", "--reporter", "--environment"] }
  }
};
var HAZARDS = program_hazards_default.programs, OPTIONS = programs_default.programs, KINDS = ["code", "elsewhere", "checked"], HAZARDS_BY_NAME = ownEntries(HAZARDS), OPTIONS_BY_NAME = ownEntries(OPTIONS);
function hazardExamples(program, max = 4) {
  let h = HAZARDS_BY_NAME.get(program);
  return h ? [...h.code ?? [], ...h.elsewhere ?? [], ...h.checked ?? []].slice(0, max) : [];
}
function spellsOption(word, option, valuedShort = []) {
  if (option === "+") return word.startsWith("+") && word.length > 1;
  if (!option.startsWith("-")) return word.startsWith(option);
  if (option.startsWith("--") || option.length > 2)
    return word.length === option.length ? word === option : word.length > option.length && word.charCodeAt(option.length) === 61 && word.startsWith(option);
  if (!word.startsWith("-") || word.startsWith("--") || word.length < 2) return false;
  let letter = option.length === 2 ? option[1] : void 0;
  for (let j = 1; j < word.length; j++) {
    let c = word[j];
    if (c === letter) return true;
    if (valuedShort.length > 0 && valuedShort.includes(`-${c}`)) return false;
  }
  return false;
}
function listsFor(h, sub) {
  if (!h.subcommands) return [h];
  if (sub === null) return [h, ...Object.values(h.subcommands)];
  let lists = sub !== void 0 ? own(h.subcommands, sub) : void 0;
  return lists ? [lists] : [];
}
function find(lists, word, valuedShort) {
  for (let l of lists)
    for (let kind of KINDS) {
      let option = l[kind]?.find((o) => spellsOption(word, o, valuedShort));
      if (option) return { kind, option };
    }
  let head = abbreviationHead(word);
  if (head !== void 0)
    for (let l of lists)
      for (let kind of KINDS) {
        let option = l[kind]?.find((o) => o.startsWith("--") && o.length > head.length && o.startsWith(head));
        if (option) return { kind, option };
      }
}
var FULL_OPTIONS = /* @__PURE__ */ new Set(["--text", "--checkpoint", "--pre", "--partial", "--backup", "--output", "--cookie", "--cpu-prof", "--heap-prof", "--declaration", "--cache", "--coverage", "--strip", "--link", "--copy", "--net", "--device", "--plugin", "--config", "--file", "--log", "--user", "--index", "--reference", "--exec", "--trace", "--setupFiles", "--inspect", "--tool", "--repo", "--as", "--global"]);
function abbreviationHead(word) {
  if (!word.startsWith("--")) return;
  let eq = word.indexOf("="), head = eq < 0 ? word : word.slice(0, eq);
  return head.length >= 5 && !FULL_OPTIONS.has(head) ? head : void 0;
}
function mayBeOption(w, lists) {
  if (!w.dynamic || w.procsub) return false;
  let v = w.value;
  if (!w.oneWord && (v.includes("$") || v.includes("`"))) return true;
  if (w.tilde) return false;
  let k = 0;
  for (; k < v.length && !"*?[$`".includes(v[k]); ) k++;
  let literal = v.slice(0, k);
  return literal === "" || literal.startsWith("-") || literal.startsWith("+") ? true : lists.some((l) => KINDS.some((kind) => (l[kind] ?? []).some((o) => !o.startsWith("-") && o !== "+" && (o.startsWith(literal) || literal.startsWith(o)))));
}
function isOneWord(a) {
  return a !== void 0 && (!a.dynamic || a.oneWord === true || a.procsub === true);
}
function scanHazards(program, args) {
  let h = HAZARDS_BY_NAME.get(program);
  if (!h) return [];
  let spec = OPTIONS_BY_NAME.get(program), hits = [], k = 0, sub, valued = spec?.valued ?? [];
  if (h.subcommands) {
    let globalValued = spec?.globalValued ?? [];
    for (; k < args.length; k++) {
      let a = args[k];
      if (a.dynamic) {
        mayBeOption(a, [h]) && hits.push({ index: k, word: a.value });
        continue;
      }
      if (!a.value.startsWith("-") || a.value === "-") break;
      let found = find([h], a.value, globalValued);
      found && hits.push({ index: k, word: a.value, ...found }), globalValued.includes(a.value) && isOneWord(args[k + 1]) && k++;
    }
    let s = args[k];
    s?.dynamic ? (hits.push({ index: k, word: s.value }), sub = null) : sub = s?.value, s && k++, valued = (sub ? own(spec?.subcommands, sub)?.valued : void 0) ?? [];
  }
  let lists = listsFor(h, sub), ended = false;
  for (; k < args.length; k++) {
    let a = args[k];
    if (!a.dynamic && a.value === "--" && !h.optionsAnywhere) {
      ended = true;
      continue;
    }
    let readsOptions = !ended || h.optionsAnywhere === true;
    if (a.dynamic) {
      readsOptions && mayBeOption(a, lists.length ? lists : [h]) && hits.push({ index: k, word: a.value });
      continue;
    }
    let v = a.value;
    if (!readsOptions && v.startsWith("-")) continue;
    let found = find(lists, v, valued);
    found && hits.push({ index: k, word: v, ...found, ...typeof sub == "string" ? { scope: sub } : {} }), readsOptions && valued.includes(v) && isOneWord(args[k + 1]) && k++;
  }
  return hits;
}
var CODE_VARIABLES = /* @__PURE__ */ new Set([
  "GIT_EXTERNAL_DIFF",
  "GIT_PAGER",
  "PAGER",
  "GIT_EDITOR",
  "EDITOR",
  "VISUAL",
  "GIT_SEQUENCE_EDITOR",
  "GIT_SSH",
  "GIT_SSH_COMMAND",
  "GIT_ASKPASS",
  "SSH_ASKPASS",
  "GIT_PROXY_COMMAND",
  "GIT_EXEC_PATH",
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_TEMPLATE_DIR",
  "GIT_CONFIG",
  "GIT_CONFIG_GLOBAL",
  "GIT_CONFIG_SYSTEM",
  "GIT_CONFIG_COUNT",
  "NODE_OPTIONS",
  "NODE_PATH",
  "LD_PRELOAD",
  "LD_LIBRARY_PATH",
  "LD_AUDIT",
  "DYLD_INSERT_LIBRARIES",
  "DYLD_LIBRARY_PATH",
  "BASH_ENV",
  "ENV",
  "ZDOTDIR",
  "PS4",
  "PS1",
  "PS2",
  "PROMPT_COMMAND",
  "PYTHONSTARTUP",
  "PYTHONPATH",
  "PYTHONHOME",
  "PYTHONINSPECT",
  "PERL5OPT",
  "PERL5LIB",
  "PERLLIB",
  "PERL5DB",
  "RUBYOPT",
  "RUBYLIB",
  "PATH",
  "IFS",
  "SHELLOPTS",
  "BASHOPTS",
  "CDPATH",
  "JAVA_TOOL_OPTIONS",
  "_JAVA_OPTIONS",
  "JDK_JAVA_OPTIONS",
  "RUSTC_WRAPPER",
  "RUSTC",
  "CARGO_BUILD_RUSTC_WRAPPER",
  "CC",
  "CXX",
  "MAKEFLAGS",
  "MAKEFILES",
  "SHELL",
  "LESSOPEN",
  "LESSCLOSE",
  "MANPAGER",
  "BROWSER",
  "TERMINAL",
  "EXINIT",
  "VIMINIT",
  "HOME",
  "XDG_CONFIG_HOME",
  "DOCKER_HOST",
  "KUBECONFIG",
  // Configuration, pagers and helpers chosen by the environment: code, or a place the line does not show.
  "GIT_CONFIG_PARAMETERS",
  "GIT_INDEX_FILE",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_COMMON_DIR",
  "GIT_ALLOW_PROTOCOL",
  "GH_HOST",
  "GH_REPO",
  "LESS",
  "LESSKEY",
  "LESSKEYIN",
  "LESSKEY_CONTENT",
  "LESSEDIT",
  "SYSTEMD_PAGER",
  "SYSTEMD_PAGERSECURE",
  "MANOPT",
  "MANROFFOPT",
  "TAR_OPTIONS",
  "RSYNC_RSH",
  "RSYNC_CONNECT_PROG",
  "CVS_RSH",
  "CURL_HOME",
  "WGETRC",
  "RIPGREP_CONFIG_PATH",
  "RUSTFLAGS",
  "RUSTDOCFLAGS",
  "GOFLAGS",
  "AWS_CONFIG_FILE",
  "AWS_SHARED_CREDENTIALS_FILE",
  "DOCKER_CONFIG",
  "PYTHONUSERBASE",
  "PYTHONEXECUTABLE",
  "PYTHONBREAKPOINT",
  "NODE_REPL_EXTERNAL_MODULE",
  "SUDO_ASKPASS",
  "FCEDIT",
  "HISTFILE",
  "XDG_CONFIG_DIRS",
  "XDG_DATA_HOME",
  "GCONV_PATH",
  "BUNDLE_GEMFILE",
  "GEM_HOME",
  "GEMRC",
  // Editors, pagers, browsers and diff programs other tools run (gh, kubectl, hg, svn).
  "GH_EDITOR",
  "GH_PAGER",
  "GH_BROWSER",
  "GH_CONFIG_DIR",
  "KUBE_EDITOR",
  "KUBECTL_EXTERNAL_DIFF",
  "HGEDITOR",
  "HGRCPATH",
  "SVN_EDITOR",
  "SVN_SSH",
  "SUDO_EDITOR",
  "CCACHE_PREFIX",
  "HELM_PLUGINS",
  "DOCKER_CONTEXT",
  "SYSTEM_WGETRC",
  // Interpreters' start-up code, libraries and options read from the environment.
  "LUA_INIT",
  "LUA_PATH",
  "LUA_CPATH",
  "PHPRC",
  "PHP_INI_SCAN_DIR",
  "R_PROFILE",
  "R_PROFILE_USER",
  "R_ENVIRON",
  "R_ENVIRON_USER",
  "R_LIBS",
  "R_LIBS_USER",
  "ERL_AFLAGS",
  "ERL_FLAGS",
  "ERL_ZFLAGS",
  "ELIXIR_ERL_OPTIONS",
  "PYTHONWARNINGS",
  "PYTHONPYCACHEPREFIX",
  "PYTHONPLATLIBDIR",
  "JAVA_OPTS",
  "MAVEN_OPTS",
  "MAVEN_ARGS",
  "GRADLE_OPTS",
  "SBT_OPTS",
  "ANT_OPTS",
  "OPENSSL_CONF",
  "OPENSSL_ENGINES",
  "OPENSSL_MODULES",
  "NODE_REPL_HISTORY",
  "NODE_V8_COVERAGE",
  "SSLKEYLOGFILE",
  // Go's own environment file, toolchain downloads, module proxies and install directory.
  "GOENV",
  "GOTOOLCHAIN",
  "GOPROXY",
  "GOSUMDB",
  "GONOSUMDB",
  "GONOSUMCHECK",
  "GOPRIVATE",
  "GONOPROXY",
  "GOINSECURE",
  "GOBIN",
  "GOPATH",
  "GOEXPERIMENT",
  "TF_CLI_CONFIG_FILE",
  // Proxies: every request goes to a host the line does not show as one.
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "ALL_PROXY",
  "FTP_PROXY",
  "RSYNC_PROXY"
]), CODE_VARIABLE_PREFIXES = ["GIT_CONFIG_KEY_", "GIT_CONFIG_VALUE_", "NPM_CONFIG_", "YARN_", "PNPM_", "LD_", "DYLD_", "BASH_FUNC_", "GIT_TRACE", "PIP_", "CARGO_", "CGO_", "UV_", "TF_CLI_ARGS", "LUA_INIT_", "COREPACK_", "BUN_CONFIG_"];
function isCodeVariable(name) {
  if (CODE_VARIABLES.has(name)) return true;
  let upper = name.toUpperCase();
  return upper.endsWith("_PROXY") && CODE_VARIABLES.has(upper) ? true : CODE_VARIABLE_PREFIXES.some((p) => upper.startsWith(p));
}
function assignedName(word) {
  let k = 0;
  for (; k < word.length && /[A-Za-z0-9_]/.test(word[k]); ) k++;
  if (k === 0 || /[0-9]/.test(word[0])) return;
  let rest = word.slice(k);
  return rest.startsWith("=") || rest.startsWith("+=") || rest.startsWith("[") ? word.slice(0, k) : void 0;
}
function assignmentOpaque(word) {
  let name = assignedName(word);
  if (!name) return;
  if (isCodeVariable(name))
    return { reason: `setting ${name} can make a program run code the line does not show`, construct: `${name}=` };
  let value = word.slice(word.indexOf("=") + 1);
  if ((value.includes("$(") || value.includes("`")) && word.includes("["))
    return { reason: `${name} holds text that arithmetic or an array subscript would run as code` };
}
var STDIN_INTERPRETERS = {
  python: { valued: ["-W", "-X", "--check-hash-based-pycs"], runsNone: ["-m", "-V", "--version", "-h", "--help", "-?", "--help-env", "--help-xoptions", "--help-all"] },
  node: {
    valued: ["-r", "--require", "--import", "--loader", "--experimental-loader", "--input-type", "--conditions", "-C", "--env-file", "--title", "--watch-path", "--test-reporter", "--test-reporter-destination", "--test-name-pattern", "--test-concurrency"],
    runsNone: ["-v", "--version", "-h", "--help", "--test", "--run", "--v8-options", "-i", "--interactive"]
  },
  perl: { valued: [], runsNone: ["-v", "--version", "-h", "--help", "-V"] },
  ruby: { valued: [], runsNone: ["-v", "--version", "-h", "--help"] }
};
function interpreterReadsStdin(base, args) {
  let spec = base === "nodejs" ? STDIN_INTERPRETERS.node : own(STDIN_INTERPRETERS, base);
  if (spec) {
    for (let k = 0; k < args.length; k++) {
      let a = args[k];
      if (a.dynamic) return;
      let v = a.value;
      if (v === "-" || v === "--") {
        let next = v === "--" ? args[k + 1] : void 0;
        if (next && next.value !== "-") return;
        break;
      }
      if (!v.startsWith("-")) return;
      let head = v.startsWith("--") ? v.split("=")[0] : v;
      if (spec.runsNone.includes(head) || base === "python" && v.startsWith("-m")) return;
      spec.valued.includes(v) && k++;
    }
    return { reason: `"${base}" reads its program from standard input, which cannot be checked`, construct: `${base} -` };
  }
}
function packageConfigKey(exe, args) {
  let at = args.findIndex((a) => !a.value.startsWith("-"));
  if (at < 0 || args[at].value !== "config") return;
  let rest = args.slice(at + 1).filter((a) => !a.value.startsWith("-"));
  if (!rest[0] || !["set", "add"].includes(rest[0].value)) return;
  let word = rest[1];
  if (!word) return;
  if (word.dynamic) return word.value;
  let key = word.value.split("=")[0].toLowerCase(), last = key.split(".").pop();
  return PACKAGE_CODE_KEYS.test(last) || key.startsWith("//") || key.startsWith("@") ? word.value : void 0;
}
var PACKAGE_CODE_KEYS = /^(?:script-shell|node-options|userconfig|globalconfig|prefix|registry|.*registry|shell|editor|git|browser|viewer|onload-script|init-module|proxy|https-proxy|http-proxy|noproxy|cafile|ca|cert|key|index-url|extra-index-url|find-links|trusted-host|target|root|src|cache-dir|cache|store-dir|global-dir|yarn-path|plugins|npm-path|node-linker|unsafe-perm|ignore-scripts)$/, ASSIGNING_BUILTINS = /* @__PURE__ */ new Set(["read", "mapfile", "readarray", "getopts", "printf"]), INLINE_CODE = {
  python: { short: "c", long: [] },
  node: { short: "ep", long: ["--eval", "--print"] },
  nodejs: { short: "ep", long: ["--eval", "--print"] },
  bun: { short: "e", long: ["--eval", "--print"] },
  deno: { short: "", long: ["eval"] },
  perl: { short: "eE", long: [] },
  ruby: { short: "e", long: [] },
  php: { short: "rB", long: ["--run"] },
  lua: { short: "e", long: [] },
  Rscript: { short: "e", long: [] },
  osascript: { short: "e", long: [] },
  jshell: { short: "", long: [] },
  tclsh: { short: "", long: [] }
}, INLINE_CODE_BY_NAME = ownEntries(INLINE_CODE);
function programOpaque(exe, args) {
  let base = /^python[0-9.]*$/.test(exe) || /^pypy[0-9.]*$/.test(exe) ? "python" : exe, inline = INLINE_CODE_BY_NAME.get(base);
  if (inline) {
    for (let a of args) {
      if (a.value === "--") break;
      if (inline.long.includes(a.value) || inline.long.some((l) => a.value.startsWith(`${l}=`)))
        return { reason: `"${exe} ${a.value}" runs a program given on the command line, which cannot be checked`, construct: `${exe} ${a.value}` };
      if (/^-[A-Za-z]+/.test(a.value) && !a.value.startsWith("--")) {
        let flag = [...a.value.slice(1)].find((ch) => inline.short.includes(ch));
        if (flag) return { reason: `"${exe} -${flag}" runs a program given on the command line, which cannot be checked`, construct: `${exe} -${flag}` };
      }
      if (!a.value.startsWith("-")) break;
      if (base === "python" && a.value.startsWith("-W")) {
        let spec = a.value.length > 2 ? a : args[args.indexOf(a) + 1];
        if (spec && (spec.dynamic || (spec.value.split(":")[2] ?? "").includes(".")))
          return { reason: `"${exe} -W ${spec.value}" imports the module its warning category names`, construct: `${exe} -W` };
      }
    }
    return interpreterReadsStdin(base, args);
  }
  let code = scanHazards(exe, args).find((h) => h.kind === "code");
  if (code) {
    let named = code.scope ? `${exe} ${code.scope} ${code.option}` : `${exe} ${code.option}`;
    return { reason: `"${named}" can make it run code the line does not show`, construct: named };
  }
  if (hasInlineProgram(exe)) return inlineProgramOpaque(exe, args);
  if (exe === "sqlite3" && !args.every((a) => /^-(?:-?version|-?help)$/.test(a.value))) {
    let shown = args.map((a) => a.value).join(" ");
    return { reason: `"${exe}" runs SQL and dot-commands that can run programs and write files (.shell, .output)`, construct: `${exe} ${shown}` };
  }
  if (LINE_EDITORS.has(exe))
    return { reason: `"${exe}" runs editing commands from standard input, which can write and read any file`, construct: exe };
  if ((exe === "sed" || exe === "gsed") && args.some((a) => a.value === "-f" || a.value.startsWith("--file")))
    return { reason: `"${exe} -f" runs a script from a file, which cannot be checked`, construct: `${exe} -f` };
  if (exe === "ssh" || exe === "scp" || exe === "sftp")
    for (let k = 0; k < args.length; k++) {
      let v = args[k].value, value = v === "-o" ? args[k + 1]?.value ?? "" : v.startsWith("-o") ? v.slice(2) : "", lower = value.toLowerCase();
      if (args[k].dynamic && v.startsWith("-o")) return { reason: `"${exe} -o" is given an option known only at run time`, construct: `${exe} -o` };
      if (lower.includes("command") || lower.includes("proxyjump") || lower.includes("include"))
        return { reason: `"${exe} -o ${value}" runs a local command`, construct: `${exe} -o` };
    }
  if (exe === "git") {
    if (isGitConfig(args)) return gitConfigOpaque(args);
    for (let a of args) {
      if (a.value === "--") break;
      if (/^(?:--?config|core\.|alias\.)/i.test(a.value))
        return { reason: `"${exe} ${a.value}" can make it run code the line does not show`, construct: `${exe} ${a.value}` };
    }
  }
  if (exe === "npm" || exe === "pnpm" || exe === "yarn" || exe === "pip" || exe === "pip3" || exe === "uv") {
    let key = packageConfigKey(exe, args);
    if (key) return { reason: `"${exe} config set ${key}" changes where ${exe} fetches from or what it runs, for later commands`, construct: `${exe} config set ${key}` };
  }
  if (exe === "git" && args.some((a) => /^ext::/.test(a.value)))
    return { reason: 'a git "ext::" URL runs a command', construct: "git ext::" };
  if (ASSIGNING_BUILTINS.has(exe))
    for (let k = 0; k < args.length; k++) {
      let a = args[k], name = exe !== "printf" ? a.value.startsWith("-a") && exe === "read" ? a.value.slice(2) : a.value : a.value.startsWith("-v") && a.value.length > 2 ? a.value.slice(2) : args[k - 1]?.value === "-v" ? a.value : "";
      if (!a.dynamic && name && isCodeVariable(name))
        return { reason: `"${exe}" sets ${name}, which can make a program run code the line does not show`, construct: `${name}=` };
    }
  switch (exe) {
    case "set":
      return args.some((a) => /^-[A-Za-z]*k/.test(a.value)) || args.some((a, i) => a.value === "keyword" && /^-[A-Za-z]*o$/.test(args[i - 1]?.value ?? "")) ? { reason: '"set -k" makes NAME=value arguments of later commands environment variables', construct: "set -k" } : void 0;
    case "mapfile":
    case "readarray":
      return args.some((a) => /^-[A-Za-z]*C/.test(a.value)) ? { reason: `"${exe} -C" runs a callback`, construct: `${exe} -C` } : void 0;
    case "hash":
      return args.some((a) => /^-[A-Za-z]*p/.test(a.value)) ? { reason: '"hash -p" binds a command name to another program', construct: "hash -p" } : void 0;
    case "enable":
      return { reason: '"enable" loads or hides builtins, changing what later names run', construct: "enable" };
    case "complete":
    case "compgen":
      return args.some((a) => /^-[A-Za-z]*[CF]/.test(a.value)) ? { reason: `"${exe} -C/-F" runs a command`, construct: `${exe} -C` } : void 0;
    case "bind":
      return args.some((a) => /^-[A-Za-z]*x/.test(a.value)) ? { reason: '"bind -x" runs a command', construct: "bind -x" } : void 0;
    case "export":
    case "declare":
    case "typeset":
    case "local":
    case "readonly":
      for (let a of args) {
        if (a.dynamic && !a.value.startsWith("-")) return { reason: `"${exe}" assigns a name known only at run time`, construct: exe };
        let o = assignmentOpaque(a.value);
        if (o) return o;
      }
      return exe !== "export" && args.some((a) => /^-[A-Za-z]*n/.test(a.value)) ? { reason: `"${exe} -n" makes a name refer to another variable`, construct: `${exe} -n` } : void 0;
    case "shopt":
      return args.some((a) => a.value === "expand_aliases" || a.value === "extdebug" || a.value === "execfail") ? { reason: '"shopt" turns on an option that changes what later names run', construct: "shopt" } : void 0;
    case "ulimit":
    case "umask":
      return;
  }
}
var LINE_EDITORS = /* @__PURE__ */ new Set(["ed", "red", "ex"]), UNMODELLED_RUNNERS = /* @__PURE__ */ new Set([
  "chroot",
  "script",
  "watch",
  "parallel",
  "pkexec",
  "flock",
  "nsenter",
  "unshare",
  "strace",
  "ltrace",
  "chrt",
  "prlimit",
  "setpriv",
  "sg",
  "firejail",
  "bwrap",
  "systemd-run",
  "machinectl",
  "ssh-agent",
  "dbus-run-session",
  "catchsegv",
  "valgrind",
  "gdb",
  "lldb",
  "perf",
  "faketime",
  "proot",
  "fakeroot",
  "torsocks",
  "proxychains",
  "proxychains4",
  "tsocks",
  "caffeinate",
  "systemd-inhibit",
  "start-stop-daemon",
  "daemonize",
  "run-parts",
  "entr",
  "inotifywait",
  "reflex",
  "nodemon",
  "with-contenv",
  "s6-setuidgid",
  "chpst",
  "cpulimit",
  "numactl",
  "setarch",
  "linux32",
  "linux64",
  "trickle",
  "tmux",
  "screen",
  "expect",
  "at",
  "batch",
  "crontab",
  "sshpass"
]), FOREIGN_SHELLS = /* @__PURE__ */ new Set(["fish", "csh", "tcsh", "pwsh", "powershell", "nu", "elvish", "xonsh", "rc", "es"]);
var Walker = class {
  constructor(byStart) {
    this.byStart = byStart;
  }
  byStart;
  commands = [];
  subs = [];
  seen = /* @__PURE__ */ new Set();
  functions = false;
  node(n) {
    if (n)
      switch (n.type !== "Script" && n.type !== "Command" && this.looseRedirects(n.redirections), n.type) {
        case "Script":
        case "CompoundList":
          for (let c of n.commands ?? []) this.node(c);
          return;
        case "Subshell":
          return this.node(n.list);
        case "LogicalExpression":
          return this.node(n.left), this.node(n.right);
        case "Pipeline":
          for (let c of n.commands) this.node(c);
          return;
        case "Command":
          return this.command(n);
        case "Function":
          return this.functions = true, this.word(n.name), this.node(n.body);
        case "If":
          return this.node(n.clause), this.node(n.then), this.node(n.else);
        case "For": {
          let name = this.word(n.name);
          !name.dynamic && isCodeVariable(name.value) && this.commands.push({ argv: [{ ...name, raw: "read", value: "read", subs: [], fields: void 0 }, name], assignments: [], redirects: [], stdin: [] });
          for (let w of n.wordlist ?? []) this.word(w);
          return this.node(n.do);
        }
        case "While":
        case "Until":
          return this.node(n.clause), this.node(n.do);
        case "Case":
          this.word(n.clause);
          for (let item of n.cases) {
            for (let p of item.pattern) this.word(p);
            this.node(item.body);
          }
          return;
        default:
          throw new Disagreement(`unsupported shell construct "${n.type}"`);
      }
  }
  command(n) {
    let cmd = { argv: [], assignments: [], redirects: [], stdin: [] };
    for (let p of n.prefix ?? [])
      p.type === "Redirect" ? this.redirect(p, cmd) : cmd.assignments.push(this.word(p));
    let words = [];
    n.name && words.push(n.name);
    for (let s of n.suffix ?? [])
      s.type === "Redirect" ? this.redirect(s, cmd) : words.push(s);
    for (let w of words) {
      let word = this.word(w);
      if (word.heredoc) throw new Disagreement("a here-document was not read as a redirection");
      if (word.hereString) cmd.stdin.push(word);
      else {
        if (cmd.argv.length === 0 && cmd.assignments.length === 0 && word.raw === "!") continue;
        cmd.argv.push(word);
      }
    }
    this.commands.push(cmd);
  }
  redirect(r, cmd) {
    let op = r.op.text;
    if (op === "<<" || op === "<<-") throw new Disagreement("here-document not understood");
    let target = this.word(r.file);
    target.heredoc ? cmd.stdin.push(target) : cmd.redirects.push({ op, target });
  }
  looseRedirects(list) {
    if (!list?.length) return;
    let cmd = { argv: [], assignments: [], redirects: [], stdin: [] };
    for (let r of list) this.redirect(r, cmd);
    this.commands.push(cmd);
  }
  word(n) {
    if (!n.loc) throw new Disagreement("the parser gave a word without a position");
    let start = n.loc.start.char, w = this.byStart.get(start);
    if (!w || w.parseEnd !== n.loc.end.char + 1)
      throw new Disagreement(`the shell parser and the lexer disagree about the word at offset ${start}`);
    return this.seen.add(start), noteSubs(this.subs, w), this.expansions(n.expansion, start), w;
  }
  /** The parser's own view of substitutions: analysed too (a union is never less strict). */
  expansions(list, at) {
    if (Array.isArray(list))
      for (let e of list)
        e.type === "CommandExpansion" && typeof e.command == "string" ? this.subs.push({ at: at + 0.75, text: e.command }) : e.type === "ParameterExpansion" && e.word && typeof e.word == "object" && this.expansions(e.word.expansion, at);
  }
}, Disagreement = class extends Error {
};
function parseShell(src, lexed) {
  let lex = lexed ?? lexShell(src);
  if (lex.error) return { commands: [], subs: [], error: lex.error };
  if (lex.words.length === 0 && /^\s*$/.test(lex.parseText.replace(/(^|\s)#[^\n]*/g, "$1")))
    return { commands: [], subs: [] };
  let ast;
  try {
    ast = bashParser()(lex.parseText + " ", { insertLOC: true });
  } catch (e) {
    let msg = String(e?.message ?? e).split(`
`)[0].replace(/^Error: /, "");
    return { commands: [], subs: [], error: `shell syntax not understood (${msg})` };
  }
  let byStart = new Map(lex.words.map((w) => [w.start, w])), walker = new Walker(byStart);
  try {
    walker.node(ast);
    for (let w of lex.words)
      if (!walker.seen.has(w.start) && !isReservedWord(w.raw))
        throw new Disagreement(`the shell parser dropped the word "${w.raw}"`);
  } catch (e) {
    return e instanceof Disagreement ? { commands: [], subs: [], error: e.message } : { commands: [], subs: [], error: `shell syntax not understood (${e.message})` };
  }
  return { commands: walker.commands, subs: orderedSubs(walker.subs), ...walker.functions ? { functions: true } : {} };
}
function noteSubs(out, w) {
  for (let text of w.subs) out.push({ at: w.start, text });
  for (let text of w.heredoc?.subs ?? []) out.push({ at: w.start + 0.5, text });
}
function orderedSubs(subs) {
  let seen = /* @__PURE__ */ new Set(), out = [];
  for (let s of [...subs].sort((a, b) => a.at - b.at))
    seen.has(s.text) || (seen.add(s.text), out.push(s.text));
  return out;
}
var PREFIX_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?\+?=/, CONTROL = /* @__PURE__ */ new Set(["&&", "||", ";", "|", "|&", "&", `
`]), NEEDS_MORE = /* @__PURE__ */ new Set(["&&", "||", "|", "|&"]), REDIRECT = /* @__PURE__ */ new Set([">", ">>", ">|", "<", "<>", "<&", ">&", "&>", "&>>", "<<", "<<-", "<<<"]);
function fresh() {
  return { argv: [], assignments: [], redirects: [], stdin: [] };
}
function isEmpty(c) {
  return !c.argv.length && !c.assignments.length && !c.redirects.length && !c.stdin.length;
}
function simpleListScript(lex) {
  if (lex.error) return;
  let commands = [], ops = [], subs = [], note = (w) => noteSubs(subs, w), cur = fresh(), needMore = false, toks = lex.tokens;
  for (let k = 0; k < toks.length; k++) {
    let t = toks[k];
    if (t.kind === "io") {
      if (!/^\d+$/.test(t.text)) return;
      continue;
    }
    if (t.kind === "op") {
      if (CONTROL.has(t.op)) {
        if (isEmpty(cur)) {
          if (t.op === `
`) continue;
          return;
        }
        commands.push(cur), ops.push(t.op), cur = fresh(), needMore = NEEDS_MORE.has(t.op);
        continue;
      }
      if (!REDIRECT.has(t.op)) return;
      let next = toks[k + 1];
      if (!next || next.kind !== "word") return;
      k++;
      let w2 = next.word;
      if (note(w2), t.op === "<<" || t.op === "<<-") {
        if (!w2.heredoc) return;
        cur.stdin.push(w2);
      } else t.op === "<<<" ? cur.stdin.push(w2) : cur.redirects.push({ op: t.op === "&>" ? ">" : t.op === "&>>" ? ">>" : t.op, target: w2 });
      continue;
    }
    let w = t.word;
    if (w.heredoc || w.hereString || isReservedWord(w.raw)) return;
    if (note(w), cur.argv.length === 0 && PREFIX_ASSIGNMENT.test(w.raw)) {
      cur.assignments.push(w);
      continue;
    }
    cur.argv.push(w);
  }
  if (!isEmpty(cur))
    commands.push(cur), ops.push(void 0);
  else {
    if (needMore) return;
    ops.length && (ops[ops.length - 1] = ops[ops.length - 1] === "&" ? "&" : void 0);
  }
  return { commands, subs: orderedSubs(subs), ops };
}
var CHDIR = {
  env: { short: "C", long: ["--chdir"] },
  sudo: { short: "D", long: ["--chdir"] },
  git: { short: "C", beforeSubcommand: true },
  make: { short: "C", long: ["--directory"] },
  gmake: { short: "C", long: ["--directory"] },
  tar: { short: "C", long: ["--directory"] },
  npm: { short: "C", long: ["--prefix"] },
  pnpm: { short: "C", long: ["--dir"] },
  yarn: { long: ["--cwd"] },
  terraform: { long: ["-chdir"] },
  uv: { long: ["--directory"] },
  go: { short: "C" },
  cargo: { short: "C" }
}, CHDIR_BY_NAME = ownEntries(CHDIR), WORKSPACES = {
  npm: { valued: ["-w", "--workspace"], flags: ["--workspaces", "-ws", "--ws"] },
  pnpm: { valued: ["-F", "--filter", "--filter-prod"], flags: ["-r", "--recursive"] },
  yarn: { words: ["workspace", "workspaces"] },
  lerna: { words: ["run", "exec"] },
  nx: { words: ["run", "run-many", "affected"] },
  turbo: { words: ["run"] }
}, WORKSPACES_BY_NAME = ownEntries(WORKSPACES);
function spellsLong(head, long) {
  return head === long || head.startsWith("--") && head.length >= 5 && long.startsWith(head);
}
function chdirTargets(exe, args) {
  let out = [], ws = WORKSPACES_BY_NAME.get(exe);
  if (ws)
    for (let k = 0; k < args.length; k++) {
      let v = args[k].value;
      if (v === "--") break;
      let head = v.split("=")[0];
      if (ws.valued?.includes(head) || ws.flags?.includes(v) || ws.words?.includes(v) && !args.slice(0, k).some((a) => !a.value.startsWith("-"))) {
        out.push({ value: `(the workspaces of ${exe} ${v})`, dynamic: true, anyDir: true });
        break;
      }
      if (/^-[A-Za-z]$/.test(v) && ws.valued?.some((o) => o.startsWith("-") && !o.startsWith("--") && v.startsWith(o))) {
        out.push({ value: `(the workspaces of ${exe} ${v})`, dynamic: true, anyDir: true });
        break;
      }
    }
  if (exe === "go")
    for (let a of args.slice(1)) {
      if (a.dynamic || !/^\.{1,2}\//.test(a.value)) continue;
      if (a.value.endsWith("/...")) {
        out.push({ value: a.value, dynamic: true, anyDir: true, under: a.value.slice(0, -4) });
        continue;
      }
      let dir = a.value.replace(/\/$/, "");
      dir && dir !== "." && dir !== ".." && out.push({ ...a, value: dir });
    }
  if (exe === "find" && args.some((a) => a.value === "-execdir" || a.value === "-okdir")) {
    let starts = [];
    for (let a of args) {
      if (a.value.startsWith("-") || a.value === "(" || a.value === "!") break;
      starts.push(a);
    }
    starts.length === 0 && starts.push({ value: ".", dynamic: false });
    for (let s of starts) out.push({ value: "(the directories find -execdir runs in)", dynamic: true, anyDir: true, ...s.dynamic ? {} : { under: s.value } });
  }
  let spec = CHDIR_BY_NAME.get(exe);
  if (!spec) return out;
  for (let k = 0; k < args.length; k++) {
    let a = args[k], v = a.value;
    if (v === "--" || spec.beforeSubcommand && !a.dynamic && !v.startsWith("-")) break;
    if (a.dynamic) {
      (!a.oneWord || /^[-$`*?[]/.test(v)) && out.push({ value: v, dynamic: true });
      continue;
    }
    let eq = v.indexOf("="), head = eq < 0 ? v : v.slice(0, eq);
    for (let long of spec.long ?? [])
      if (spellsLong(head, long)) {
        eq < 0 ? out.push(args[++k] ?? { value: "", dynamic: true }) : out.push({ ...a, value: v.slice(eq + 1) });
        break;
      }
    spec.short && v.startsWith(`-${spec.short}`) && !v.startsWith("--") && (v.length > 2 ? out.push({ ...a, value: v.slice(2) }) : out.push(args[++k] ?? { value: "", dynamic: true }));
  }
  return out;
}
function firstOfEachKey(items, key, size) {
  let n = items.length;
  if (n < 2) return items;
  let sizes = items.map(size), shared = new Array(n).fill(false), any = false;
  if (n <= 16)
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++)
        sizes[i] === sizes[j] && sizes[i] >= 0 && (any = shared[i] = shared[j] = true);
  else {
    let count = /* @__PURE__ */ new Map();
    for (let s of sizes) s >= 0 && count.set(s, (count.get(s) ?? 0) + 1);
    for (let i = 0; i < n; i++) sizes[i] >= 0 && count.get(sizes[i]) > 1 && (any = shared[i] = true);
  }
  if (!any) return items;
  let seen = /* @__PURE__ */ new Set();
  return items.filter((x, i) => {
    if (!shared[i]) return true;
    let k = key(x);
    return !seen.has(k) && seen.add(k);
  });
}
var WRAPPERS = {
  sudo: {
    short: "AbEeHiKkLlnPSsVv",
    shortArg: "CDghpRrtTUu",
    long: [
      "askpass",
      "background",
      "bell",
      "preserve-groups",
      "set-home",
      "login",
      "remove-timestamp",
      "reset-timestamp",
      "non-interactive",
      "stdin",
      "shell",
      "validate",
      "version",
      "help",
      "list",
      "edit"
    ],
    longArg: [
      "chdir",
      "close-from",
      "group",
      "host",
      "prompt",
      "chroot",
      "role",
      "type",
      "command-timeout",
      "other-user",
      "user"
    ],
    longOpt: ["preserve-env"],
    assignments: true,
    noCommand: "elV",
    noCommandLong: ["edit", "list", "version", "help"]
  },
  doas: { short: "nsL", shortArg: "uC", noCommand: "L" },
  env: {
    short: "i0v",
    shortArg: "uCP",
    long: ["ignore-environment", "null", "debug", "list-signal-handling"],
    longArg: ["unset", "chdir"],
    longOpt: ["block-signal", "default-signal", "ignore-signal"],
    assignments: true,
    split: "S",
    splitLong: "split-string",
    dashFlag: true
  },
  command: { short: "pvV", noCommand: "vV" },
  builtin: {},
  exec: { short: "cl", shortArg: "a" },
  nohup: {},
  nice: { shortArg: "n", longArg: ["adjustment"], numeric: true },
  ionice: { short: "t", shortArg: "cnpPu", noCommand: "pPu" },
  time: { short: "apqv", shortArg: "fo", long: ["append", "portability", "quiet", "verbose"], longArg: ["format", "output"] },
  timeout: {
    short: "v",
    shortArg: "sk",
    long: ["preserve-status", "foreground", "verbose"],
    longArg: ["signal", "kill-after"],
    positionals: 1
  },
  xargs: {
    short: "0prtxo",
    shortArg: "aEdILnPs",
    shortOpt: "eil",
    long: ["null", "interactive", "no-run-if-empty", "verbose", "exit", "open-tty", "show-limits"],
    longArg: ["arg-file", "delimiter", "max-args", "max-procs", "max-chars", "process-slot-var"],
    longOpt: ["eof", "replace", "max-lines"]
  },
  stdbuf: { shortArg: "ioe", longArg: ["input", "output", "error"] },
  setsid: { short: "cfw", long: ["ctty", "fork", "wait"] },
  unbuffer: { short: "p" },
  taskset: { short: "acp", long: ["all-tasks", "pid", "cpu-list"], positionals: 1, noCommand: "p", noCommandLong: ["pid"] },
  coproc: {},
  busybox: {},
  toybox: {},
  noglob: {},
  nocorrect: {}
}, ENV_ASSIGNMENT = /^[^=-][^=]*=/, WRAPPERS_BY_NAME = ownEntries(WRAPPERS);
function isWrapper(exe) {
  return WRAPPERS_BY_NAME.has(exe);
}
function unwrap(exe, args, splitWords2) {
  let spec = WRAPPERS_BY_NAME.get(exe);
  if (!spec) return { kind: "none" };
  let k = 0, none = false, unknown = (opt) => ({
    kind: "problem",
    reason: `unknown option ${opt} of "${exe}": cannot tell which program it runs`
  });
  for (; k < args.length; ) {
    let a = args[k], v = a.value;
    if (a.dynamic && !(spec.assignments && ENV_ASSIGNMENT.test(v)))
      return { kind: "problem", reason: `"${exe}" is given a word known only at run time (${v}): cannot tell which program it runs` };
    if (v === "--") {
      k++;
      break;
    }
    if (v === "-" && spec.dashFlag) {
      k++;
      continue;
    }
    if (v.startsWith("--") && v.length > 2) {
      let eq = v.indexOf("="), name = v.slice(2, eq < 0 ? void 0 : eq);
      if (spec.splitLong === name) {
        let text = eq < 0 ? args[k + 1]?.value : v.slice(eq + 1), rest = args.slice(eq < 0 ? k + 2 : k + 1);
        return splitThen(exe, text, rest, splitWords2);
      }
      if (spec.longArg?.includes(name)) k += eq < 0 ? 2 : 1;
      else if (spec.long?.includes(name) || spec.longOpt?.includes(name)) k++;
      else return unknown(v);
      spec.noCommandLong?.includes(name) && (none = true);
      continue;
    }
    if (v.startsWith("-") && v.length > 1) {
      if (spec.numeric && /^-\d+$/.test(v)) {
        k++;
        continue;
      }
      let consumeNext = false;
      for (let j = 1; j < v.length; j++) {
        let ch = v[j];
        if (spec.noCommand?.includes(ch) && (none = true), spec.split === ch) {
          let text = j + 1 < v.length ? v.slice(j + 1) : args[k + 1]?.value;
          return splitThen(exe, text, args.slice(j + 1 < v.length ? k + 1 : k + 2), splitWords2);
        }
        if (spec.shortArg?.includes(ch)) {
          consumeNext = j + 1 === v.length;
          break;
        }
        if (spec.shortOpt?.includes(ch)) break;
        if (!spec.short?.includes(ch)) return unknown(`-${ch}`);
      }
      k += consumeNext ? 2 : 1;
      continue;
    }
    if (spec.assignments && ENV_ASSIGNMENT.test(v)) {
      k++;
      continue;
    }
    break;
  }
  return k += spec.positionals ?? 0, none || k >= args.length ? { kind: "none" } : { kind: "inner", args: args.slice(k) };
}
function splitThen(exe, text, rest, splitWords2) {
  if (text === void 0) return { kind: "none" };
  let words = splitWords2(text);
  return words ? unwrap(exe, [...words, ...rest], splitWords2) : { kind: "problem", reason: `cannot split the string given to "${exe} -S"` };
}
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "zsh", "ksh", "mksh", "ash", "yash", "posh", "rbash", "ksh93", "lksh", "oksh", "loksh"]);
function shellScriptArguments(exe, args) {
  let inv = shellInvocation(exe, args);
  if (!(inv.kind !== "script" || !inv.script))
    return args.slice(args.indexOf(inv.script) + 1);
}
function shellInvocation(exe, args) {
  let k = 0, c = false;
  for (; k < args.length; ) {
    let a = args[k], v = a.value;
    if (a.dynamic && (v.startsWith("-") || v.startsWith("+") || v.startsWith("$")))
      return { kind: "problem", reason: `"${exe}" is given options known only at run time (${v})` };
    if (v === "--" || v === "-") {
      k++;
      break;
    }
    if (v === "--rcfile" || v === "--init-file")
      return { kind: "problem", reason: `"${exe} ${v}" runs a start-up file, which cannot be checked` };
    if (v.startsWith("--")) {
      k++;
      continue;
    }
    if ((v.startsWith("-") || v.startsWith("+")) && v.length > 1) {
      let values = 0;
      for (let ch of v.slice(1))
        ch === "c" ? c = true : (ch === "o" || ch === "O") && values++;
      k += 1 + values;
      continue;
    }
    break;
  }
  if (c) {
    let text = args[k];
    return text ? { kind: "string", text } : { kind: "script" };
  }
  return k < args.length ? { kind: "script", script: args[k] } : { kind: "stdin" };
}
function suCommand(args) {
  for (let k = 0; k < args.length; k++) {
    let v = args[k].value;
    if (v === "-c" || v === "--command" || v === "--session-command") return args[k + 1];
    if (v.startsWith("--command=") || v.startsWith("--session-command="))
      return { value: v.slice(v.indexOf("=") + 1), dynamic: args[k].dynamic };
    if (/^-[a-zA-Z]*c$/.test(v)) return args[k + 1];
  }
}
function xargsReplace(words) {
  let spec = WRAPPERS.xargs;
  for (let k = 0; k < words.length; k++) {
    let v = words[k].value;
    if (v === "--" || !v.startsWith("-") || v === "-") return;
    if (v === "--replace") return "{}";
    if (v.startsWith("--replace=")) return v.slice(10) || "{}";
    if (v.startsWith("--")) {
      !v.includes("=") && spec.longArg.includes(v.slice(2)) && k++;
      continue;
    }
    for (let j = 1; j < v.length; j++) {
      let letter = v[j];
      if (letter === "I") return j + 1 < v.length ? v.slice(j + 1) : words[k + 1]?.value;
      if (letter === "i") return j + 1 < v.length ? v.slice(j + 1) : "{}";
      if (spec.shortArg.includes(letter)) {
        j + 1 === v.length && k++;
        break;
      }
    }
  }
}
var MAX_DEPTH = 8, MAX_LINE_LENGTH = 1e5, MAX_PARSED_LENGTH = 16384, BASH_LIKE = /* @__PURE__ */ new Set(["bash", "rbash"]), STDIN_FILES = /* @__PURE__ */ new Set(["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0", "-"]), DEVICES = /* @__PURE__ */ new Set(["/dev/null", "/dev/stdin", "/dev/stdout", "/dev/stderr", "/dev/tty", "/dev/zero", "/dev/random", "/dev/urandom", "/dev/full"]), PLAIN = /^[A-Za-z0-9 \-_./:=@%+,]*$/;
function analyzeUncached(line, opts = {}) {
  let acc = { commands: [], files: [], dirs: [], problems: [] };
  return new Analyzer(acc, opts.via ?? "auto").line(line, 0), acc.commands.length < 2 && acc.problems.length < 2 && acc.files.length < 2 || (acc.commands = firstOfEachKey(acc.commands, commandKey, commandKeyLength), acc.problems = firstOfEachKey(acc.problems, (p) => p.reason + p.command, (p) => p.reason.length + p.command.length), acc.files = firstOfEachKey(acc.files, (f) => f.op + f.path, (f) => f.op.length + f.path.length)), acc;
}
function commandKey(c) {
  let words = c.argvs.map((argv) => argv.map((w) => (w.dynamic ? "" : w.tilde ? "" : "") + w.value).join("")).join("\0");
  return `${c.delegates}\0${c.layers.join("\0")}\0${words}\0${c.dirs ? c.dirs.join("\0") : "*"}`;
}
function commandKeyLength(c) {
  let words = c.argvs.length > 0 ? c.argvs.length - 1 : 0;
  for (let argv of c.argvs) {
    argv.length > 0 && (words += argv.length - 1);
    for (let w of argv) words += (w.dynamic || w.tilde ? 1 : 0) + w.value.length;
  }
  return String(c.delegates).length + 1 + joinedLength(c.layers) + 1 + words + 1 + (c.dirs ? joinedLength(c.dirs) : 1);
}
function joinedLength(strings) {
  let n = strings.length > 0 ? strings.length - 1 : 0;
  for (let x of strings) n += x.length;
  return n;
}
function plainScript(line) {
  if (!PLAIN.test(line)) return;
  let words = [];
  for (let i = 0, n = line.length; i < n; ) {
    if (line.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    let end = i + 1;
    for (; end < n && line.charCodeAt(end) !== 32; ) end++;
    let raw = line.slice(i, end);
    if (isReservedWord(raw)) return;
    words.push({ start: i, end, raw, value: raw, dynamic: false, glob: false, tilde: false, subs: [], parseEnd: end }), i = end;
  }
  if (words.length === 0) return { commands: [], subs: [] };
  let k = 0;
  for (; k < words.length && PREFIX_ASSIGNMENT.test(words[k].value); ) k++;
  return { commands: [{ argv: words.slice(k), assignments: words.slice(0, k), redirects: [], stdin: [] }], subs: [], ops: [void 0] };
}
function normalise(words) {
  let s = words.join(" ");
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 32 ? i === 0 || i === s.length - 1 || s.charCodeAt(i + 1) === 32 : c >= 9 && c <= 13 || c >= 128)
      return s.replace(/\s+/g, " ").trim();
  }
  return s;
}
function executableName(v) {
  let slash = v.length - 1;
  for (; slash >= 0 && v.charCodeAt(slash) !== 47; ) slash--;
  return slash < 0 || slash === v.length - 1 ? v : v.slice(slash + 1);
}
var Analyzer = class {
  constructor(acc, via) {
    this.acc = acc;
    this.via = via;
  }
  acc;
  via;
  line(text, depth) {
    if (text.length > MAX_LINE_LENGTH) {
      this.problem(`the command line is longer than ${MAX_LINE_LENGTH} characters: not analysed`, text.slice(0, 80));
      return;
    }
    if (depth > MAX_DEPTH) {
      this.problem(`commands are nested more than ${MAX_DEPTH} levels deep (bash -c, eval, $(\u2026)): not analysed`, text);
      return;
    }
    let script = this.structure(text);
    if (script.error) {
      this.problem(`cannot parse the command line: ${script.error}`, text);
      return;
    }
    if (this.vars && (script.functions || depth > 0 && varsRisky(text)) && (this.vars.off = true), depth === 0 && script.ops && !script.functions) this.list(script.commands, script.ops, text);
    else for (let cmd of script.commands) this.raw(cmd, depth);
    for (let sub of script.subs) this.line(sub, depth + 1);
    if (depth === 0) {
      if (this.acc.dirs.length || this.acc.dirUnknown) {
        for (let [c, dirs] of this.placed) c.dirs = dirs;
        for (let c of this.acc.commands) c.dirs || (c.anyDir = true);
      }
      this.readings();
    }
  }
  /** The directories each top-level command may run in, as followed (kept only if the line changes directory). */
  placed = [];
  /** Variables known on the top level of the line (./shell-flow.ts); undefined where not followed. */
  vars;
  /** What the command being analysed did to the directory (set while a top-level command is analysed). */
  event;
  /** `hash -p PATH NAME`: NAME may run PATH from then on. */
  rebinds = [];
  /** Names expanded as prompt strings (`${x@P}`), and every literal assigned to a name on the line. */
  // Made on first use (most lines have neither): two fewer collections per line analysed.
  prompts;
  literals;
  /** Records a literal assigned to NAME somewhere on the line (at most 8 per name: readings, not a model). */
  rememberLiteral(name, value) {
    let literals = this.literals ??= /* @__PURE__ */ new Map(), seen = literals.get(name) ?? [];
    seen.length < 8 && literals.set(name, [...seen, value]);
  }
  /** Commands whose program is a variable's value, not followed (`true && x=rm; $x -rf y`). */
  programUses = [];
  /**
   * A simple list on the top level: commands in order, with the and-or lists and pipelines its
   * operators make. Follows the directory each command runs in (a `cd` may fail: after `;` the
   * next command runs in either place, after `&&` only where the cd went) and the variables
   * assigned with literals.
   */
  list(cmds, ops, text) {
    this.vars = varsRisky(text) ? void 0 : { env: /* @__PURE__ */ new Map(), off: false };
    let cur = ["."], i = 0;
    for (; i < cmds.length; ) {
      let j = i;
      for (; j < cmds.length - 1 && AND_OR_PIPE.has(ops[j]); ) j++;
      let async = ops[j] === "&", succ = cur, fail = cur;
      for (let k = i; k <= j; ) {
        let m = k;
        for (; m < j && (ops[m] === "|" || ops[m] === "|&"); ) m++;
        let before = k === i ? cur : ops[k - 1] === "&&" ? succ : fail, s = before, f = before;
        for (let c = k; c <= m; c++) {
          let ev = this.topCommand(cmds[c], before, k === i && m === k && !async);
          ev.unknown || ev.nested || ev.cds.length > 1 || ev.cds.length === 1 && m > k ? s = f = void 0 : ev.cds.length === 1 && (s = enterDir(before, ev.cds[0]));
        }
        k === i ? [succ, fail] = [s, f] : ops[k - 1] === "&&" ? [succ, fail] = [s, unionDirs(fail, f)] : [succ, fail] = [unionDirs(succ, s), f], k = m + 1;
      }
      let end = unionDirs(succ, fail);
      cur = async ? unionDirs(cur, end) : end, i = j + 1;
    }
    this.vars = void 0;
  }
  /** One command of the top-level list, run in one of `dirs`; `certain`: it surely runs, in this shell, before every later command. */
  topCommand(cmd, dirs, certain) {
    let ev = this.event = { cds: [], unknown: false, nested: false, chdir: false }, from = this.acc.commands.length;
    if (this.raw(cmd, 0, certain), this.event = void 0, dirs && !ev.nested && !ev.chdir) for (let k = from; k < this.acc.commands.length; k++) this.placed.push([this.acc.commands[k], dirs]);
    return ev;
  }
  /** More commands the line may run, found once the whole line is read: `hash -p` bindings and `${x@P}` of literals. */
  readings() {
    if (this.rebinds.length === 0 && this.programUses.length === 0 && !this.prompts) return;
    let binds = this.rebinds.slice(0, MAX_READINGS);
    if (binds.length)
      for (let rec of this.acc.commands.slice())
        for (let argv of rec.argvs) {
          let name = argv[0];
          if (!(!name || name.dynamic))
            for (let b of binds) b.names.includes(name.value) && this.simple([{ value: b.path, dynamic: false }, ...argv.slice(1)], [], 1);
        }
    for (let use of this.programUses.slice(0, MAX_READINGS)) {
      let name = usedName(use.raw);
      for (let value of name && this.literals?.get(name) || []) {
        let fields = substitute({ env: /* @__PURE__ */ new Map([[name, value]]), off: false }, use.raw);
        fields?.length && this.simple([...fields, ...use.tail], [], 1);
      }
    }
    for (let name of this.prompts ?? [])
      for (let value of this.literals?.get(name) ?? []) for (let sub of promptSubs(value)) this.line(sub, 1);
  }
  structure(text) {
    if (this.via === "auto") {
      let plain = plainScript(text);
      if (plain) return plain;
    }
    let lex = lexShell(text), simple = simpleListScript(lex);
    if (simple && this.via !== "parser") return simple;
    if (text.length > MAX_PARSED_LENGTH && !lex.error)
      return { commands: [], subs: [], error: `compound commands longer than ${MAX_PARSED_LENGTH} characters are not analysed` };
    let parsed = parseShell(text, lex);
    return simple && !parsed.error && parsed.commands.length === simple.commands.length && (parsed.ops = simple.ops), parsed;
  }
  problem(reason, command, construct) {
    this.acc.problems.push({ reason, command: normalise([command]), ...construct ? { construct } : {} });
  }
  raw(cmd, depth, certain = false) {
    for (let r of cmd.redirects)
      this.redirect(r.op, r.target), r.op !== "<" && r.op !== "<&" && !r.target.dynamic && !r.target.glob && !isProcessSubstitution(r.target) && (this.written ??= /* @__PURE__ */ new Map()).set(scriptKey(r.target.fields?.[0] ?? r.target.value), { writer: cmd.argv.map((w) => w.raw).join(" ") || "(a redirection)", text: writtenText(cmd), body: cmd.stdin.find((w) => w.heredoc)?.heredoc?.body });
    let k = 0;
    for (; k < cmd.argv.length && PREFIX_ASSIGNMENT.test(cmd.argv[k].raw); ) k++;
    let assignments = k === 0 ? cmd.assignments : [...cmd.assignments, ...cmd.argv.slice(0, k)];
    for (let w of assignments)
      this.assignment(w.raw), w.dynamic || this.pathInValue(w.value, w.raw);
    let args = [], vars = depth === 0 ? this.vars : void 0;
    for (let i = k; i < cmd.argv.length; i++) {
      let w = cmd.argv[i];
      w.dynamic && w.raw.includes("@P}") && (this.promptUses(w.raw), this.vars && (this.vars.off = true));
      let known = vars && w.dynamic && !w.glob ? substitute(vars, w.raw) : void 0;
      if (known) {
        args.push(...known);
        continue;
      }
      w.braceError && this.problem(w.braceError, w.raw);
      let dynamic = w.dynamic || w.glob, procsub = isProcessSubstitution(w), oneWord = w.dynamic && !w.glob && !w.splits, fields = w.fields;
      for (let f = 0, n = fields ? fields.length : 1; f < n; f++) {
        let arg = { value: fields ? fields[f] : w.value, dynamic, tilde: w.tilde };
        procsub && (arg.procsub = true), oneWord && (arg.oneWord = true), args.push(arg);
      }
    }
    terraformArgs(assignments, args);
    let first = cmd.argv[k];
    first && args[0]?.dynamic && args[0].value === first.value && this.programUses.length < MAX_READINGS && this.programUses.push({ raw: first.raw, tail: args.slice(1) });
    let standalone = args.length === 0 && cmd.argv.length === k && cmd.redirects.length === 0;
    for (let w of assignments) {
      let lit = literalAssignment(w.raw, w.value, w.dynamic || w.glob);
      if (lit && this.rememberLiteral(lit.name, lit.value), !this.vars) continue;
      let name = assignedName(w.raw);
      if (!name || w.raw.startsWith(`${name}[`)) {
        this.vars.off = true;
        continue;
      }
      lit && lit.name === name && certain && standalone && depth === 0 && trackable(name) ? this.vars.env.set(name, lit.value) : this.vars.env.delete(name);
    }
    args.length && this.simple(args, cmd.stdin, depth, certain);
  }
  /** Records NAME of each `${NAME@P}` in a word. */
  promptUses(raw) {
    for (let at = raw.indexOf("@P}"); at >= 0; at = raw.indexOf("@P}", at + 1)) {
      let open = raw.lastIndexOf("${", at);
      open >= 0 && (this.prompts ??= /* @__PURE__ */ new Set()).add(raw.slice(open + 2, at));
    }
  }
  /** CDPATH is assigned on the line: later `cd name` may go anywhere it lists. */
  cdpath = false;
  /** An assignment on the line (`X=…`, also before a command or after `env`) that hides code. */
  assignment(word) {
    assignedName(word) === "CDPATH" && (this.cdpath = true);
    let o = assignmentOpaque(word);
    o && this.problem(o.reason, word, o.construct);
  }
  /**
   * A value shaped like a path may name a file the program reads (PGPASSFILE, NODE_EXTRA_CA_CERTS,
   * GOOGLE_APPLICATION_CREDENTIALS, DOTENV_CONFIG_PATH …): a guess, as a program's operand without
   * a model is (denies decide it).
   */
  pathInValue(word, via = word) {
    let value = assignedPath(word);
    value !== void 0 && this.acc.files.push({ path: value, op: "read", via, guess: true });
  }
  redirect(op, target) {
    let reads2 = op === "<" || op === "<>" || op === "<&", writes = op !== "<" && op !== "<&";
    if ((op === "<&" || op === ">&") && /^(?:\d+-?|-)$/.test(target.value) || isProcessSubstitution(target)) return;
    let via = `${op} ${target.raw}`;
    if (target.dynamic || target.glob || target.tilde || target.fields && target.fields.length !== 1) {
      this.problem(`cannot tell which file "${via}" ${writes ? "writes" : "reads"}: the path is known only at run time`, via);
      return;
    }
    let path = target.fields?.[0] ?? target.value;
    DEVICES.has(path) || /^\/dev\/fd\/\d+$/.test(path) || (writes && this.acc.files.push({ path, op: "write", via }), reads2 && this.acc.files.push({ path, op: "read", via }));
  }
  simple(args, stdin, depth, certain = false) {
    let rec = { layers: [], argvs: [], delegates: false };
    this.acc.commands.push(rec);
    let layers = rec.layers, cur = args;
    for (let guard = 0; guard < 64 && cur.length; guard++) {
      let name = cur[0], rest = cur.slice(1), exe = executableName(name.value);
      if (layers.push(normalise([exe, ...rest.map((a) => a.value)])), rec.argvs.push(cur), name.dynamic || this.effects(exe, rest, depth, certain && guard === 0), !name.dynamic && name.value.includes("/")) this.runsWritten(name.value, layers[layers.length - 1], depth, false);
      else if (!name.dynamic && INTERPRETERS.test(exe)) {
        let script = rest.find((a) => !a.value.startsWith("-"));
        script && !script.dynamic && this.runsWritten(script.value, layers[layers.length - 1], depth, false);
      }
      for (let d of chdirTargets(exe, rest)) this.chdir(d, layers[layers.length - 1]);
      if (name.dynamic) {
        this.vars && (this.vars.off = true), this.problem(`cannot tell which program runs: "${name.value}" is known only at run time`, layers[layers.length - 1]);
        break;
      }
      if (UNMODELLED_RUNNERS.has(exe)) {
        if (this.problem(`"${exe}" runs another program in a way that is not modelled`, layers[layers.length - 1]), exe === "at" || exe === "batch" || exe === "crontab") {
          let input = stdin.find((w) => w.heredoc || w.hereString), text = input?.heredoc ? input.heredoc.body : input?.value;
          input && text !== void 0 && !input.dynamic && this.line(exe === "crontab" ? cronCommands(text) : text, depth + 1);
        }
        break;
      }
      if (isWrapper(exe)) {
        if (exe === "env" || exe === "sudo")
          for (let a of rest)
            assignedName(a.value) && (this.assignment(a.value), a.dynamic || this.pathInValue(a.value));
        let u = unwrap(exe, rest, splitWords);
        if (u.kind === "inner") {
          cur = exe === "xargs" ? withXargsInput(u.args, xargsReplace(rest)) : u.args;
          continue;
        }
        u.kind === "problem" && (this.vars && (this.vars.off = true), this.problem(u.reason, layers[layers.length - 1]));
        break;
      }
      rec.delegates = this.special(exe, rest, stdin, depth, layers[layers.length - 1]);
      break;
    }
  }
  /** What one layer does to the variables (./shell-flow.ts) and to the names later commands run. */
  effects(exe, rest, depth, certain) {
    if (exe === "hash") {
      let b = hashBindings(rest);
      b && this.rebinds.length < MAX_READINGS && this.rebinds.push(b);
    }
    if (exe === "export" || exe === "declare" || exe === "typeset" || exe === "readonly" || exe === "local")
      for (let a of rest) {
        let lit = !a.dynamic && !a.value.startsWith("-") ? literalAssignment(a.value, a.value, false) : void 0;
        lit && this.rememberLiteral(lit.name, lit.value);
      }
    let vars = this.vars;
    if (!(!vars || vars.off)) {
      if (exe === "set") {
        let dd = rest.findIndex((a) => a.value === "--");
        certain && depth === 0 && dd === 0 && rest.every((a) => !a.dynamic) ? vars.positional = rest.slice(1).map((a) => a.value) : rest.length && (vars.off = true);
        return;
      }
      builtinEffects(vars, exe, rest);
    }
  }
  /** Programs that run command strings or touch files named on their command line. True if it delegates. */
  special(exe, rest, stdin, depth, shown) {
    if (exe === "export" || exe === "declare" || exe === "typeset" || exe === "readonly" || exe === "local") {
      rest.some((a) => assignedName(a.value) === "CDPATH") && (this.cdpath = true);
      for (let a of rest) !a.dynamic && assignedName(a.value) && this.pathInValue(a.value);
    }
    let opaque = programOpaque(exe, rest);
    if (opaque && this.problem(opaque.reason, shown, opaque.construct), FOREIGN_SHELLS.has(exe))
      return this.problem(`"${exe}" is not bash: the commands it runs cannot be checked`, shown), false;
    if (SHELLS.has(exe)) {
      let inv = shellInvocation(exe, rest);
      if (inv.kind === "problem") this.problem(inv.reason, shown);
      else if (inv.kind === "string") {
        let text = inv.text.value;
        return !BASH_LIKE.has(exe) && (text.includes("$'") || text.includes("{") && (text.includes(",") || text.includes(".."))) ? (this.problem(`"${exe} -c" is not bash: its string uses $'\u2026' or braces, which ${exe} may read differently`, shown), false) : this.nested(inv.text, `"${exe} -c"`, shown, depth);
      } else {
        if (inv.kind === "stdin") return this.stdinScript(exe, stdin, shown, depth);
        inv.script && this.shellScript(exe, inv.script, stdin, shown, depth);
      }
      return false;
    }
    switch (exe) {
      case "source":
      case ".": {
        let file = rest.find((a) => a.value !== "--");
        return file ? file.dynamic ? (this.problem(`cannot tell which file "${exe}" runs: "${file.value}" is known only at run time`, shown), false) : STDIN_FILES.has(file.value) ? this.stdinScript(exe, stdin, shown, depth) : (this.runsWritten(file.value, shown, depth, true), file.procsub || file.tilde ? this.problem(`"${exe}" runs ${file.value}, which cannot be checked`, shown) : this.acc.files.push({ path: file.value, op: "read", via: `${exe} ${file.value}` }), false) : false;
      }
      case "eval":
        return rest.some((a) => a.dynamic) ? (this.problem('cannot tell what "eval" runs: its arguments are known only at run time', shown), false) : (rest.length && this.line(rest.map((a) => a.value).join(" "), depth + 1), true);
      case "su":
      case "runuser": {
        let s = suCommand(rest);
        return s ? this.nested(s, `"${exe} -c"`, shown, depth) : (this.problem(`"${exe}" without -c runs a shell whose commands cannot be checked`, shown), false);
      }
      case "find":
        return this.findExec(rest, depth), false;
      case "npx":
      case "bunx":
      case "npm":
      case "pnpm":
      case "yarn":
      case "bun": {
        let tail = packageRunnerTail(exe, rest);
        for (; tail && tail.length > 1 && !tail[0].dynamic && assignedName(tail[0].value); ) tail = tail.slice(1);
        if (tail && tail.length && !tail[0].dynamic) {
          let word = tail[0].value, bin = packageSpecifier(word) ? specifierBin(word) : word;
          bin !== void 0 && this.simple(bin === word ? tail : [{ ...tail[0], value: bin }, ...tail.slice(1)], [], depth);
        }
        return false;
      }
      case "uv":
      case "uvx":
      case "poetry":
      case "pipx":
      case "bundle": {
        let tail = pythonRunnerTail(exe, rest);
        return tail && tail.length && !tail[0].dynamic && this.simple(tail, [], depth), false;
      }
      case "corepack": {
        let at = rest.findIndex((a) => a.dynamic || !a.value.startsWith("-")), pm = at < 0 ? void 0 : rest[at];
        if (pm && !pm.dynamic) {
          let name = /^(npm|npx|pnpm|pnpx|yarn|yarnpkg)(?:@[^\s/]*)?$/.exec(pm.value)?.[1];
          name && this.simple([{ ...pm, value: name }, ...rest.slice(at + 1)], [], depth);
        }
        return false;
      }
      case "alias":
        for (let a of rest) {
          let eq = a.value.indexOf("=");
          eq > 0 && !a.value.startsWith("-") && this.nested({ value: a.value.slice(eq + 1), dynamic: a.dynamic }, '"alias"', shown, depth);
        }
        return false;
      case "trap": {
        let ops = rest.filter((a, i) => !(i === 0 && (a.value === "--" || a.value === "-p" || a.value === "-l")));
        return ops.length >= 2 && ops[0].value !== "-" && ops[0].value !== "" && this.nested(ops[0], '"trap"', shown, depth), false;
      }
      case "tee":
        return this.tee(rest), false;
      case "apply_patch":
      case "applypatch":
        return this.applyPatch(exe, rest, stdin, shown), false;
      case "cd":
      case "pushd":
        return this.cd(exe, rest, depth, shown), false;
      case "popd":
        return this.event && (this.event.unknown = true), false;
    }
    return false;
  }
  /**
   * Codex's shell runs `apply_patch PATCH` and `apply_patch <<'EOF' … EOF` itself: the files the
   * patch names are written (a deleted file is a write too). A patch it cannot read (from a pipe,
   * a file, or known only at run time) writes files that cannot be checked.
   */
  applyPatch(exe, rest, stdin, shown) {
    let [arg, ...more] = rest, input = arg ? void 0 : stdin.find((w) => w.heredoc || w.hereString), text = arg ? more.length === 0 && !arg.dynamic ? arg.value : void 0 : input && !input.dynamic ? input.heredoc?.body ?? input.value : void 0;
    if (text === void 0) {
      this.problem(`"${exe}" writes the files its patch names, and the patch cannot be read here`, shown);
      return;
    }
    let targets = (0, import_chunk_TGX7ZEIM.patchTargets)(text);
    targets.write.length + targets.delete.length === 0 && this.problem(`"${exe}": the patch names no file`, shown);
    for (let path of [...targets.write, ...targets.delete]) this.acc.files.push({ path, op: "write", via: `${exe} (${path})` });
  }
  /** A shell or `source` reading commands from standard input: a static here-document or here-string is analysed. */
  stdinScript(exe, stdin, shown, depth) {
    let input = stdin.find((w) => w.heredoc || w.hereString), text = input?.heredoc ? input.heredoc.body : input?.value;
    return input && text !== void 0 && !input.dynamic ? (this.line(text, depth + 1), true) : (this.problem(`"${exe}" reads commands from standard input, which cannot be checked`, shown), false);
  }
  /** Files the line writes (redirection targets), with the command that writes each and, when static, the text. */
  written;
  /**
   * A script the line itself wrote (`echo 'rm -rf x' > s.sh; sh s.sh`, `cat > s.sh <<'EOF' … EOF;
   * bash s.sh`): what runs is that text, not a file on disk. Shell code written by `cat` from a
   * static here-document or by `echo` of static words is analysed as the commands it is; anything
   * else is opaque.
   */
  runsWritten(path, shown, depth, shell) {
    let w = this.written?.get(scriptKey(path));
    if (w !== void 0) {
      if (shell && w.text !== void 0) {
        this.line(w.text, depth + 1);
        return;
      }
      this.problem(`runs ${path}, which the line writes (${w.writer}): what it runs is not on disk yet`, `${w.writer}${w.body ? ` ; ${w.body.slice(0, 2048)}` : ""} ; ${shown}`);
    }
  }
  /** `bash FILE`: a pipe, standard input or a file known only at run time is code that cannot be checked. */
  shellScript(exe, script, stdin, shown, depth) {
    script.dynamic || this.runsWritten(script.value, shown, depth, true), STDIN_FILES.has(script.value) || /^\/dev\/fd\/0$|^\/proc\/[^/]+\/fd\/0$/.test(script.value) ? this.stdinScript(exe, stdin, shown, depth) : script.procsub || script.dynamic || script.tilde || script.value.startsWith("/dev/") || script.value.startsWith("/proc/") ? this.problem(`"${exe}" runs a script from ${script.value}, which cannot be checked`, shown) : this.acc.files.push({ path: script.value, op: "read", via: `${exe} ${script.value}` });
  }
  nested(text, what, shown, depth) {
    return text.dynamic ? (this.problem(`cannot tell what ${what} runs: its command string is known only at run time`, shown), false) : (this.line(text.value, depth + 1), true);
  }
  findExec(rest, depth) {
    for (let k = 0; k < rest.length; k++) {
      if (!/^-(?:exec|execdir|ok|okdir)$/.test(rest[k].value)) continue;
      let inner = [];
      for (k++; k < rest.length && rest[k].value !== ";" && rest[k].value !== "+"; k++) inner.push(rest[k]);
      for (let j = 0; j < inner.length; j++) inner[j].value.includes("{}") && (inner[j] = { ...inner[j], dynamic: true });
      inner.length && (depth + 1 > MAX_DEPTH ? this.problem(`commands are nested more than ${MAX_DEPTH} levels deep`, "find -exec") : this.simple(inner, [], depth + 1));
    }
  }
  tee(rest) {
    let opts = true;
    for (let a of rest) {
      if (opts && a.value === "--") {
        opts = false;
        continue;
      }
      opts && a.value.startsWith("-") && a.value.length > 1 || a.procsub || (a.dynamic || a.tilde ? this.problem(`cannot tell which file "tee ${a.value}" writes: the path is known only at run time`, `tee ${a.value}`) : DEVICES.has(a.value) || (this.acc.files.push({ path: a.value, op: "write", via: `tee ${a.value}` }), (this.written ??= /* @__PURE__ */ new Map()).set(scriptKey(a.value), { writer: `tee ${a.value}` })));
    }
  }
  cd(exe, rest, depth, shown) {
    let target = rest.find((a) => !/^-[LPe@]+$/.test(a.value) && a.value !== "--"), viaCdpath = this.cdpath && target !== void 0 && !/^\.{0,2}(?:\/|$)/.test(target.value);
    !target || viaCdpath || target.dynamic || target.tilde || target.value === "-" || /^[+-]\d+$/.test(target.value) ? (this.acc.dirUnknown ??= viaCdpath ? `${shown} (CDPATH is set)` : shown, this.event && (this.event.unknown = true)) : (this.acc.dirs.push(target.value), this.event && depth === 0 && this.event.cds.push(target.value)), this.event && depth > 0 && (this.event.nested = true);
  }
  /** `env -C dir`, `git -C dir` …: the command runs in dir. */
  chdir(target, shown) {
    if (target.anyDir) {
      (this.acc.anyOverride ??= []).push(target.under ?? ".");
      return;
    }
    this.event && (this.event.chdir = true), target.dynamic || target.tilde || target.value === "" ? this.acc.dirUnknown ??= shown : this.acc.dirs.push(target.value);
  }
}, MAX_READINGS = 16, AND_OR_PIPE = /* @__PURE__ */ new Set(["&&", "||", "|", "|&"]), XARGS_INPUT = { value: "<words read from standard input>", dynamic: true };
function withXargsInput(inner, replace) {
  return replace === void 0 || replace === "" ? [...inner, XARGS_INPUT] : inner.map((a) => a.value.includes(replace) ? { ...a, dynamic: true, oneWord: true } : a);
}
function isProcessSubstitution(w) {
  return w.subs.length === 1 && /^[<>]\([^]*\)$/.test(w.raw) && w.raw.length === w.subs[0].length + 3;
}
function splitWords(text) {
  if (/[;&|<>()`$\n#]/.test(text)) return;
  let lex = lexShell(text);
  if (lex.error) return;
  let out = [];
  for (let w of lex.words) {
    if (w.dynamic || w.glob) return;
    for (let value of w.fields ?? [w.value]) out.push({ value, dynamic: false });
  }
  return out;
}
function terraformArgs(assignments, args) {
  if (!(!assignments.length || !args[0] || args[0].dynamic || executableName(args[0].value) !== "terraform"))
    for (let w of assignments) {
      let name = assignedName(w.raw);
      if (!name || !name.toUpperCase().startsWith("TF_CLI_ARGS")) continue;
      let eq = w.value.indexOf("="), words = eq < 0 ? [] : w.value.slice(eq + 1).split(/\s+/).filter((x) => x !== "");
      if (!words.length) continue;
      let at = 1;
      for (; at < args.length && !args[at].dynamic && args[at].value.startsWith("-"); ) at++;
      args.splice(Math.min(at + 1, args.length), 0, ...words.map((value) => ({ value, dynamic: w.dynamic || w.glob })));
    }
}
var RUNNER_VALUED = /* @__PURE__ */ new Set(["-p", "--package", "--registry", "--prefix", "-C", "--dir", "-w", "--workspace", "--cache", "--userconfig", "--node-options", "--script-shell"]);
function packageRunnerTail(exe, rest) {
  let k = 0;
  if (exe === "npm" || exe === "pnpm" || exe === "yarn" || exe === "bun") {
    for (; k < rest.length && rest[k].value.startsWith("-") && !rest[k].dynamic; ) k += RUNNER_VALUED.has(rest[k].value) ? 2 : 1;
    let sub = rest[k]?.value;
    if (!(exe === "npm" ? sub === "exec" || sub === "x" : exe === "bun" ? sub === "x" : sub === "exec" || sub === "dlx") || rest[k].dynamic) return;
    k++;
  }
  for (; k < rest.length; k++) {
    let a = rest[k];
    if (a.dynamic) return;
    if (a.value === "--") return rest.slice(k + 1);
    if (a.value === "-c" || a.value === "--call" || a.value.startsWith("--call=")) return;
    if (!a.value.startsWith("-")) return rest.slice(k);
    RUNNER_VALUED.has(a.value) && k++;
  }
}
function specifierBin(word) {
  return /^(?:@[a-z0-9][\w.~-]*\/)?([a-z0-9][\w.~-]*)(?:@[^\s/:]*)?$/i.exec(word)?.[1];
}
var PY_RUNNER_VALUED = /* @__PURE__ */ new Set([
  "--directory",
  "--project",
  "-p",
  "--python",
  "--with",
  "--with-requirements",
  "--with-editable",
  "--from",
  "--env-file",
  "--index",
  "--index-url",
  "--extra-index-url",
  "--default-index",
  "-f",
  "--find-links",
  "--package",
  "--group",
  "--extra",
  "--only-group",
  "--no-group",
  "-C",
  "--config-setting",
  "--cache-dir",
  "--config-file",
  "--color",
  "--python-preference",
  "--spec",
  "--pip-args",
  "-P",
  "--index-strategy",
  "--keyring-provider",
  "--prerelease",
  "--resolution",
  "--exclude-newer",
  "--link-mode",
  "--refresh-package",
  "--reinstall-package",
  "--upgrade-package",
  "--no-binary-package",
  "--only-binary"
]);
function pythonRunnerTail(exe, rest) {
  let k = 0, skipOptions = () => {
    for (; k < rest.length && !rest[k].dynamic && rest[k].value.startsWith("-") && rest[k].value !== "--"; ) k += PY_RUNNER_VALUED.has(rest[k].value) ? 2 : 1;
    rest[k]?.value === "--" && !rest[k].dynamic && k++;
  };
  if (exe !== "uvx") {
    if (skipOptions(), exe === "uv" && rest[k]?.value === "tool" && !rest[k].dynamic && k++, rest[k]?.value !== (exe === "bundle" ? "exec" : "run") || rest[k].dynamic) return;
    k++;
  }
  skipOptions();
  let first = rest[k];
  if (!first) return;
  if (first.dynamic) return rest.slice(k);
  let tool = exe === "uvx" || exe === "pipx" || exe === "uv" && rest.some((a, i) => i < k && a.value === "tool") ? /^([A-Za-z0-9][\w.-]*?)(?:[@=<>~!].*)?$/.exec(first.value)?.[1] : first.value;
  if (tool !== void 0)
    return tool.endsWith(".py") ? [{ value: "python", dynamic: false }, ...rest.slice(k)] : [{ ...first, value: tool }, ...rest.slice(k + 1)];
}
function packageSpecifier(word) {
  return word.includes("://") || word.includes("@") || word.startsWith(".") || word.startsWith("/") || word.includes(":");
}
var INTERPRETERS = /^(?:python[0-9.]*|pypy[0-9.]*|node|nodejs|perl|ruby|php|lua|Rscript|deno|bun|tsx|ts-node)$/;
function scriptKey(path) {
  let p = path;
  for (; p.startsWith("./"); ) p = p.slice(2);
  return p;
}
function writtenText(cmd) {
  let [prog, ...args] = cmd.argv;
  if (!(!prog || prog.dynamic)) {
    if (prog.value === "cat" && args.every((a) => a.value === "-" && !a.dynamic)) {
      let input = cmd.stdin.find((w) => w.heredoc || w.hereString);
      return input && !input.dynamic ? input.heredoc ? input.heredoc.body : input.value : void 0;
    }
    if (prog.value === "echo" && args.length > 0 && args.every((a) => !a.dynamic && !a.glob && !a.value.startsWith("-"))) return args.map((a) => a.value).join(" ");
  }
}
function cronCommands(text) {
  return text.split(`
`).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#") && !/^[A-Za-z_][A-Za-z0-9_]*\s*=/.test(l)).map((l) => (l.startsWith("@") ? l.split(/\s+/).slice(1) : l.split(/\s+/).slice(5)).join(" ")).join(`
`);
}
function assignedPath(word) {
  let eq = word.indexOf("=");
  if (eq <= 0) return;
  let value = word.slice(eq + 1);
  if (!(value === "" || value.includes("://") || /[\s:;,]/.test(value)))
    return value.includes("/") || value.startsWith(".") || value.startsWith("~") ? value : void 0;
}
var CACHE_MAX = 2e4, recent = /* @__PURE__ */ new Map(), older = /* @__PURE__ */ new Map();
function analyzeCommand(line) {
  let hit = recent.get(line);
  if (hit) return hit;
  hit = older.get(line), hit && older.delete(line);
  let result = hit ?? analyzeUncached(line);
  return recent.size >= CACHE_MAX / 2 && (older = recent, recent = /* @__PURE__ */ new Map()), recent.set(line, result), result;
}
var STAR = /* @__PURE__ */ Symbol("*");
function patternWords(pattern) {
  let words = [], cur, problem, lit = (t) => {
    cur ??= [], cur.push(t);
  };
  for (let i = 0; i < pattern.length; i++) {
    let c = pattern[i];
    if (/\s/.test(c))
      cur && words.push(cur), cur = void 0;
    else if (c === "\\" && i + 1 < pattern.length) lit(pattern[++i]);
    else if (c === "'") {
      let close = pattern.indexOf("'", i + 1);
      close < 0 ? (problem ??= "unterminated single quote", lit(pattern.slice(i + 1)), i = pattern.length) : (lit(pattern.slice(i + 1, close)), i = close);
    } else if (c === '"') {
      let j = i + 1, text = "";
      for (; j < pattern.length && pattern[j] !== '"'; j++)
        pattern[j] === "\\" && /["\\$`]/.test(pattern[j + 1] ?? "") && j++, text += pattern[j];
      j >= pattern.length && (problem ??= "unterminated double quote"), lit(text), i = j;
    } else c === "*" ? (cur ??= [], cur.push(STAR)) : (/[;&|<>()`]/.test(c) && (problem ??= `"${c}" is a shell operator: a command pattern describes one simple command`), lit(c));
  }
  cur && words.push(cur);
  let first = words[0];
  if (first)
    for (let k = first.length - 1; k >= 0; k--) {
      let p = first[k];
      if (typeof p != "string" || !p.includes("/")) continue;
      let rest = [p.slice(p.lastIndexOf("/") + 1), ...first.slice(k + 1)].filter((x) => x !== "");
      rest.length && (words[0] = rest);
      break;
    }
  return { words, problem };
}
function flatPieces(words) {
  let out = [];
  return words.forEach((w, i) => {
    i > 0 && out.push(" ");
    for (let p of w) out.push(typeof p == "string" ? p.replace(/\s+/g, " ") : p);
  }), out;
}
function normaliseCommandPattern(pattern) {
  let { words } = patternWords(pattern);
  return flatPieces(words).map((p) => p === STAR ? "*" : p).join("").replace(/\s+/g, " ").trim();
}
function commandPatternRegexSource(pattern) {
  let { words } = patternWords(pattern);
  if (words.length === 0 || words.every((w) => w.every((p) => p === ""))) return "[^\\s\\S]";
  let last = words[words.length - 1], body = words.length > 1 && last.length === 1 && last[0] === STAR ? words.slice(0, -1) : words, src = flatPieces(body).map((p) => p === STAR ? ".*" : (0, import_chunk_4Y4NHBEK.escapeRegexLiteral)(p)).join("");
  return words.length === 1 && last.length === 1 && last[0] === STAR ? ".*" : `${src}(?: .*)?`;
}
var CommandPatternList = class {
  constructor(rules, ignoreCase) {
    this.ignoreCase = ignoreCase;
    this.automaton = new import_chunk_4Y4NHBEK.Automaton(ignoreCase), rules.forEach((rule, index) => {
      let source = commandPatternRegexSource(rule.pattern);
      this.automaton.add(index, source);
      let alone, test = (command) => (alone ??= new import_chunk_4Y4NHBEK.Automaton(ignoreCase).add(0, source)).run(command).length > 0;
      this.all.push({ rule, pattern: rule.pattern, index, test });
    });
  }
  ignoreCase;
  all = [];
  automaton;
  get size() {
    return this.all.length;
  }
  /** Every pattern that matches the normalised simple command, in policy order. */
  matches(command) {
    return this.automaton.run(command).map((i) => this.all[i]);
  }
  /** Positions (sorted) of the patterns that match the normalised simple command. */
  indices(command) {
    return this.automaton.run(command);
  }
  /** The first matching pattern in policy order. */
  first(command) {
    let i = this.automaton.run(command)[0];
    return i === void 0 ? void 0 : this.all[i];
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CommandPatternList,
  SHELLS,
  analyzeCommand,
  commandPatternRegexSource,
  executableName,
  firstOfEachKey,
  hazardExamples,
  isWrapper,
  lexShell,
  normalise,
  normaliseCommandPattern,
  own,
  ownEntries,
  programs_default,
  scanHazards,
  shellScriptArguments,
  spellsOption
});

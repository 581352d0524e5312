import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  caseClosure,
  complementRanges,
  normalizeRanges,
  rangesContain
} from "./chunk-FMQ4FTVJ.js";

// src/match/regex-subset.ts
var RegexSubsetError = class extends SyntaxError {
  constructor(message, source, offset) {
    super(`${message} at ${offset} in /${source}/`);
    this.source = source;
    this.offset = offset;
    this.name = "RegexSubsetError";
  }
  source;
  offset;
}, MAX_COUNT = 1e3, DIGIT = [48, 57], WORD = [48, 57, 65, 90, 95, 95, 97, 122], SPACE = normalizeRanges([
  9,
  13,
  32,
  32,
  160,
  160,
  5760,
  5760,
  8192,
  8202,
  8232,
  8233,
  8239,
  8239,
  8287,
  8287,
  12288,
  12288,
  65279,
  65279
]), LINE_TERMINATORS = [10, 10, 13, 13, 8232, 8233], CONTROL_ESCAPES = { t: 9, n: 10, v: 11, f: 12, r: 13 };
function isHex(c) {
  if (c === void 0 || c.length !== 1) return !1;
  let code = c.charCodeAt(0);
  return code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102;
}
function isAlphanumeric(c) {
  let code = c.charCodeAt(0);
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122;
}
var SubsetParser = class {
  constructor(source, nocase) {
    this.source = source;
    this.nocase = nocase;
  }
  source;
  nocase;
  at = 0;
  parse() {
    let node = this.alternation();
    return this.at !== this.source.length && this.fail("unexpected )"), node;
  }
  fail(message, offset = this.at) {
    throw new RegexSubsetError(message, this.source, offset);
  }
  alternation() {
    let alternatives = [this.concatenation()];
    for (; this.source[this.at] === "|"; )
      this.at++, alternatives.push(this.concatenation());
    return alternatives.length === 1 ? alternatives[0] : { type: "alternation", alternatives };
  }
  concatenation() {
    let parts = [], { source } = this;
    for (; this.at < source.length && source[this.at] !== "|" && source[this.at] !== ")"; ) {
      let atom = this.atom();
      parts.push(this.quantified(atom));
    }
    return parts.length === 1 ? parts[0] : { type: "concat", parts };
  }
  quantified(body) {
    let { source } = this, c = source[this.at], min, max;
    if (c === "*") [min, max] = [0, 1 / 0];
    else if (c === "+") [min, max] = [1, 1 / 0];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{") [min, max] = this.counted();
    else return body;
    c !== "{" && this.at++, source[this.at] === "?" && this.at++;
    let q = source[this.at];
    return (q === "*" || q === "+" || q === "?" || q === "{") && this.fail("nothing to repeat"), { type: "repeat", min, max, body };
  }
  /** `{n}`, `{n,}` or `{n,m}` at `at`. */
  counted() {
    let { source } = this, start = this.at, i = start + 1, number = () => {
      let from = i;
      for (; i < source.length && source[i] >= "0" && source[i] <= "9"; ) i++;
      return i > from ? Number(source.slice(from, i)) : void 0;
    }, min = number();
    min === void 0 && this.fail("a literal { is not supported: escape it as \\{", start);
    let max = min;
    return source[i] === "," && (i++, max = number() ?? 1 / 0), source[i] !== "}" && this.fail("unclosed {", start), max < min && this.fail("numbers out of order in {}", start), (max === 1 / 0 ? min : max) > MAX_COUNT && this.fail(`a count above ${MAX_COUNT}`, start), this.at = i + 1, [min, max];
  }
  atom() {
    let { source } = this, c = source[this.at];
    if (c === "(") {
      source[this.at + 1] === "?" ? (source[this.at + 2] !== ":" && this.fail("only (?:\u2026) groups are supported"), this.at += 3) : this.at++;
      let node = this.alternation();
      return source[this.at] !== ")" && this.fail("missing )"), this.at++, node;
    }
    let set;
    return c === "[" ? set = this.characterClass() : c === "." ? (this.at++, set = this.closed(complementRanges(LINE_TERMINATORS))) : c === "\\" ? set = this.closed(this.escape(!1)) : "^$*+?{}])|".includes(c) ? this.fail(`unsupported ${JSON.stringify(c)}`) : (this.at++, set = this.closed([c.charCodeAt(0), c.charCodeAt(0)])), { type: "chars", set };
  }
  closed(set) {
    return this.nocase ? caseClosure(set) : set;
  }
  /** After `\` at `at`: a set (a class escape) or one character. */
  escape(inClass) {
    let { source } = this, start = this.at, c = source[start + 1];
    c === void 0 && this.fail("trailing backslash"), this.at = start + 2;
    let one = (x) => [x, x];
    switch (c) {
      case "d":
        return DIGIT;
      case "D":
        return complementRanges(DIGIT);
      case "w":
        return WORD;
      case "W":
        return complementRanges(WORD);
      case "s":
        return SPACE;
      case "S":
        return complementRanges(SPACE);
      case "b":
        return inClass ? one(8) : this.fail("\\b (a word boundary) is not supported", start);
      case "0":
        return source[this.at] !== void 0 && source[this.at] >= "0" && source[this.at] <= "9" && this.fail("octal escapes are not supported", start), one(0);
      case "x":
      case "u": {
        let digits = c === "x" ? 2 : 4, hex = source.slice(this.at, this.at + digits);
        return (hex.length !== digits || ![...hex].every(isHex)) && this.fail(`bad \\${c} escape`, start), this.at += digits, one(parseInt(hex, 16));
      }
    }
    return Object.hasOwn(CONTROL_ESCAPES, c) ? one(CONTROL_ESCAPES[c]) : (isAlphanumeric(c) && this.fail(`unsupported escape \\${c}`, start), one(c.charCodeAt(0)));
  }
  characterClass() {
    let { source } = this, start = this.at;
    this.at++;
    let negated = source[this.at] === "^";
    negated && this.at++;
    let pairs = [], item = () => {
      if (source[this.at] === "\\") {
        let set2 = this.escape(!0);
        return { set: set2, unit: set2.length === 2 && set2[0] === set2[1] ? set2[0] : void 0 };
      }
      let unit = source.charCodeAt(this.at++);
      return { set: [unit, unit], unit };
    };
    for (; this.at < source.length && source[this.at] !== "]"; ) {
      let lo = item();
      if (source[this.at] === "-" && source[this.at + 1] !== "]" && this.at + 1 < source.length) {
        this.at++;
        let hi = item();
        (lo.unit === void 0 || hi.unit === void 0) && this.fail("a class escape cannot bound a range"), hi.unit < lo.unit && this.fail("range out of order"), pairs.push(lo.unit, hi.unit);
      } else pairs.push(...lo.set);
    }
    source[this.at] !== "]" && this.fail("unclosed [", start), this.at++;
    let set = this.closed(normalizeRanges(pairs));
    return negated ? complementRanges(set) : set;
  }
};
function parseRegexSubset(source, options = {}) {
  return new SubsetParser(source, !!options.nocase).parse();
}
function escapeRegexLiteral(text) {
  let out = "";
  for (let c of text) out += "\\^$.*+?()[]{}|/".includes(c) ? `\\${c}` : c;
  return out;
}

// src/match/linear.ts
var STEP = 0, SPLIT = 1, ACCEPT = 2, Nfa = class {
  kind = [];
  a = [];
  // STEP: set id; SPLIT: out1; ACCEPT: tag
  b = [];
  // STEP: next; SPLIT: out2
  sets = [];
  setIds = /* @__PURE__ */ new Map();
  state(kind, a, b) {
    return this.kind.push(kind), this.a.push(a), this.b.push(b), this.kind.length - 1;
  }
  setId(r) {
    let key = r.join(","), id = this.setIds.get(key);
    return id === void 0 && (id = this.sets.length, this.sets.push(r), this.setIds.set(key, id)), id;
  }
  patch(outs, to) {
    for (let o of outs) this.b[o] = to;
  }
  /** The empty expression: a split that only continues through `b`. */
  empty() {
    let s = this.state(SPLIT, -1, -1);
    return { start: s, outs: [s] };
  }
  /** States for a parsed tree (a fresh copy each call: counted repeats build several). */
  fragment(node) {
    switch (node.type) {
      case "chars": {
        let s = this.state(STEP, this.setId(node.set), -1);
        return { start: s, outs: [s] };
      }
      case "concat": {
        let f;
        for (let part of node.parts) f = f ? this.then(f, this.fragment(part)) : this.fragment(part);
        return f ?? this.empty();
      }
      case "alternation": {
        let f = this.fragment(node.alternatives[0]);
        for (let alt of node.alternatives.slice(1)) {
          let g = this.fragment(alt);
          f = { start: this.state(SPLIT, f.start, g.start), outs: [...f.outs, ...g.outs] };
        }
        return f;
      }
      case "repeat":
        return this.repeat(node.body, node.min, node.max);
    }
  }
  then(f, g) {
    return this.patch(f.outs, g.start), { start: f.start, outs: g.outs };
  }
  repeat(body, min, max) {
    let f;
    for (let i = 0; i < min; i++) {
      let g = this.fragment(body);
      if (max === 1 / 0 && i === min - 1) {
        let loop = this.state(SPLIT, g.start, -1);
        return this.patch(g.outs, loop), f ? this.then(f, { start: g.start, outs: [loop] }) : { start: g.start, outs: [loop] };
      }
      f = f ? this.then(f, g) : g;
    }
    if (max === 1 / 0) {
      let g = this.fragment(body), loop = this.state(SPLIT, g.start, -1);
      this.patch(g.outs, loop);
      let star = { start: loop, outs: [loop] };
      return f ? this.then(f, star) : star;
    }
    let optional;
    for (let i = min; i < max; i++) {
      let g = this.fragment(body), inner = optional ? this.then(g, optional) : g, skip = this.state(SPLIT, inner.start, -1);
      optional = { start: skip, outs: [...inner.outs, skip] };
    }
    return optional ? f ? this.then(f, optional) : optional : f ?? this.empty();
  }
}, ROW = 128, MAX_DSTATES = 4e3, isIntArray = (x, lo, hi) => Array.isArray(x) && x.every((v) => Number.isInteger(v) && v >= lo && v < hi);
function isSnapshot(s, tags) {
  if (typeof s != "object" || s === null) return !1;
  let { nocase, kind, a, b, sets, starts } = s;
  if (typeof nocase != "boolean" || !isIntArray(kind, STEP, ACCEPT + 1) || !Array.isArray(sets)) return !1;
  let n = kind.length;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== n || b.length !== n || !isIntArray(starts, 0, n) || !sets.every((r) => isIntArray(r, 0, 65536) && r.length % 2 === 0)) return !1;
  for (let i = 0; i < n; i++) {
    let k = kind[i], limit = k === STEP ? sets.length : k === SPLIT ? n : tags;
    if (!(Number.isInteger(a[i]) && a[i] >= (k === SPLIT ? -1 : 0) && a[i] < limit) || !Number.isInteger(b[i]) || b[i] < -1 || b[i] >= n) return !1;
  }
  return !0;
}
var Automaton = class _Automaton {
  constructor(nocase = !1) {
    this.nocase = nocase;
  }
  nocase;
  nfa = new Nfa();
  starts = [];
  /** Shared prefix fragments: the last split of each one's fan-out chain. */
  shared = /* @__PURE__ */ new Map();
  mark = new Int32Array(0);
  generation = 0;
  /** How often the DFA cache overflowed and was dropped (for tests). */
  overflows = 0;
  dstates = [];
  /**
   * The ASCII transitions of every DFA state, row after row (state d's on character c at
   * d * ROW + c; -1 while not worked out): one contiguous table, so that a run reads one array
   * and not each state's own, scattered in memory (the per-character step is most of a run).
   */
  ascii = new Int32Array(0);
  index = /* @__PURE__ */ new Map();
  startState = -1;
  dead = -1;
  get size() {
    return this.starts.length;
  }
  /** The NFA as data (see AutomatonSnapshot). */
  snapshot() {
    let { kind, a, b, sets } = this.nfa;
    return { nocase: this.nocase, kind: kind.slice(), a: a.slice(), b: b.slice(), sets: sets.slice(), starts: this.starts.slice() };
  }
  /** The automaton a snapshot describes, whose tags are below `tags`; undefined when it is not a whole one. */
  static fromSnapshot(s, tags) {
    if (!isSnapshot(s, tags)) return;
    let out = new _Automaton(s.nocase);
    return out.nfa.kind = s.kind, out.nfa.a = s.a, out.nfa.b = s.b, out.nfa.sets = s.sets, out.starts.push(...s.starts), out;
  }
  /** Adds a whole-text pattern; run() reports `tag` when it matches. Throws RegexSubsetError outside the subset. */
  add(tag, source) {
    let f = this.nfa.fragment(parseRegexSubset(source, { nocase: this.nocase })), acc = this.nfa.state(ACCEPT, tag, -1);
    return this.nfa.patch(f.outs, acc), this.starts.push(f.start), this.reset(), this;
  }
  /**
   * Adds `prefix` followed by `rest`, sharing one copy of `prefix` among all patterns added with
   * it: the any-depth prefix before hundreds of name patterns then costs one DFA loop, not hundreds.
   */
  addShared(prefix, tag, rest) {
    let hub = this.shared.get(prefix);
    if (!hub) {
      let f2 = this.nfa.fragment(parseRegexSubset(prefix, { nocase: this.nocase })), first = this.nfa.state(SPLIT, -1, -1);
      this.nfa.patch(f2.outs, first), this.starts.push(f2.start), hub = { tail: first }, this.shared.set(prefix, hub);
    }
    let f = this.nfa.fragment(parseRegexSubset(rest, { nocase: this.nocase }));
    this.nfa.patch(f.outs, this.nfa.state(ACCEPT, tag, -1));
    let next = this.nfa.state(SPLIT, -1, -1);
    return this.nfa.a[hub.tail] = f.start, this.nfa.b[hub.tail] = next, hub.tail = next, this.reset(), this;
  }
  reset() {
    this.dstates = [], this.index = /* @__PURE__ */ new Map(), this.startState = -1, this.dead = -1;
  }
  /** Epsilon closure of NFA states: sorted step states and sorted accepted tags. */
  closure(seeds) {
    let { kind, a, b } = this.nfa;
    this.mark.length < kind.length && (this.mark = new Int32Array(kind.length * 2));
    let gen = ++this.generation, mark = this.mark, steps = [], accepts = [], stack = seeds.slice();
    for (; stack.length > 0; ) {
      let s = stack.pop();
      if (s < 0 || mark[s] === gen) continue;
      mark[s] = gen;
      let k = kind[s];
      k === STEP ? steps.push(s) : k === ACCEPT ? accepts.includes(a[s]) || accepts.push(a[s]) : stack.push(b[s], a[s]);
    }
    return steps.sort((x, y) => x - y), accepts.sort((x, y) => x - y), { steps, accepts };
  }
  /** The DFA state for the closure of `seeds`. */
  dstate(seeds) {
    let { steps, accepts } = this.closure(seeds), key = `${steps.join(",")}|${accepts.join(",")}`, known = this.index.get(key);
    if (known !== void 0) return known;
    this.dstates.length >= MAX_DSTATES && (this.reset(), this.overflows++);
    let id = this.dstates.length;
    if (this.dstates.push({ steps: Int32Array.from(steps), accepts, other: /* @__PURE__ */ new Map() }), this.ascii.length < (id + 1) * ROW) {
      let grown = new Int32Array(Math.max(16, (id + 1) * 2) * ROW);
      grown.set(this.ascii), this.ascii = grown;
    }
    return this.ascii.fill(-1, id * ROW, (id + 1) * ROW), this.index.set(key, id), id;
  }
  step(d, c) {
    let st = this.dstates[d], { a, b, sets } = this.nfa, next = [];
    for (let s of st.steps) rangesContain(sets[a[s]], c) && next.push(b[s]);
    let before = this.dstates.length, t = this.dstate(next);
    return this.dstates.length < before || (c < ROW ? this.ascii[d * ROW + c] = t : st.other.set(c, t)), t;
  }
  /** Tags (sorted) of the patterns that match the whole text. */
  run(text) {
    if (this.starts.length === 0) return [];
    this.startState < 0 && (this.startState = this.dstate(this.starts), this.dead = this.dstate([]));
    let d = this.startState, ascii = this.ascii;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i), t = c < ROW ? ascii[d * ROW + c] : this.dstates[d].other.get(c) ?? -1;
      if (t < 0 && (t = this.step(d, c), ascii = this.ascii, this.startState < 0))
        return this.startState = this.dstate(this.starts), this.dead = this.dstate([]), this.runSlow(text);
      if (t === this.dead) return [];
      d = t;
    }
    return this.dstates[d].accepts;
  }
  /** NFA simulation without caching (after a cache overflow). */
  runSlow(text) {
    let { a, b, sets } = this.nfa, cur = this.closure(this.starts);
    for (let i = 0; i < text.length && cur.steps.length > 0; i++) {
      let c = text.charCodeAt(i);
      cur = this.closure(cur.steps.filter((s) => rangesContain(sets[a[s]], c)).map((s) => b[s]));
    }
    return cur.accepts;
  }
};

// src/match/glob.ts
var GlobError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
    this.name = "GlobError";
  }
  offset;
}, ANY = "[^]", SEG = "[^/]", MAX_LENGTH = 4096, BAD = "\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\ud800-\\udfff", PAIR = "[\\ud800-\\udbff][\\udc00-\\udfff]", SEG_CH = `(?:[^/${BAD}]|${PAIR})`, SEGMENT_DOMAIN_SOURCE = `(?:[. ]*(?:[^/. ${BAD}]|${PAIR})${SEG_CH}*)`, FIRST_SEGMENT = `(?:[. ]+(?:[^/. ${BAD}]|${PAIR})${SEG_CH}*|(?:[^/. ~A-Za-z${BAD}]|${PAIR})${SEG_CH}*|[A-Za-z](?:(?:[^/:${BAD}]|${PAIR})${SEG_CH}*)?)`, PATH_DOMAIN_SOURCE = `${FIRST_SEGMENT}(?:/${SEGMENT_DOMAIN_SOURCE})*`, POSIX = {
  // src: regex class body; lit: the same text as picomatch keeps it (for its literal alternative).
  alnum: { src: "a-zA-Z0-9", lit: "a-zA-Z0-9" },
  alpha: { src: "a-zA-Z", lit: "a-zA-Z" },
  digit: { src: "0-9", lit: "0-9" },
  lower: { src: "a-z", lit: "a-z" },
  upper: { src: "A-Z", lit: "A-Z" },
  word: { src: "A-Za-z0-9_", lit: "A-Za-z0-9_" },
  xdigit: { src: "A-Fa-f0-9", lit: "A-Fa-f0-9" },
  blank: { src: " \\t", lit: " \\t" },
  space: { src: " \\t\\r\\n\\v\\f", lit: " \\t\\r\\n\\v\\f" }
}, POSIX_WITH_SLASH = /* @__PURE__ */ new Set(["ascii", "graph", "print", "punct"]), CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/, ALNUM = /[A-Za-z0-9]/, PICO_SPECIAL = /[-*+?.^${}(|)[\]]/, MAX_BRACE_DEPTH = 32, Parser = class {
  constructor(p, start) {
    this.p = p;
    this.i = start;
  }
  p;
  i;
  /** A POSIX class or a {x..y} range: picomatch then rebuilds its output (see dotAfterText). */
  backtrack = !1;
  fail(message, at = this.i) {
    throw new GlobError(message, at);
  }
  /** A sequence until a terminator of ctx (not consumed) or the end. */
  seq(ctx, braceDepth) {
    let { p } = this, out = [], prev = () => out[out.length - 1];
    for (; this.i < p.length; ) {
      let at = this.i, c = p[at];
      if (ctx === "brace" && (c === "," || c === "}") || ctx === "ext" && (c === "|" || c === ")")) return out;
      switch (CONTROL.test(c) && this.fail(`control character U+${c.charCodeAt(0).toString(16).padStart(4, "0")} in a pattern`), c) {
        case "\\": {
          let n = p[at + 1];
          n === void 0 && this.fail("trailing backslash: nothing to escape"), n === "\\" && this.fail("`\\\\` matches a backslash, which a normalised path never contains: use / as the path separator"), ALNUM.test(n) && this.fail(`backslash before "${n}": use / as the path separator (\\ only escapes special characters)`), CONTROL.test(n) && this.fail("control character in a pattern", at + 1), n === "/" && this.fail("`\\/` is just `/` (and confuses picomatch next to `**`): write /"), n === "*" && p[at + 2] === "*" && this.fail("backslash before `**`: use / as the path separator (write [*] for a literal *)"), this.i = at + 2, n === "." ? this.dot(out, ctx, braceDepth, at) : out.push({ t: "lit", ch: n, at, text: !0 });
          continue;
        }
        case "/":
          this.i++, this.slash(out, ctx, at);
          continue;
        case ".":
          this.i++, this.dot(out, ctx, braceDepth, at);
          continue;
        case "*": {
          let j = at;
          for (; p[j] === "*"; ) j++;
          let ext = p[j] === "(", plain = j - at - (ext ? 1 : 0);
          plain >= 3 && this.fail("`***`: use `*` (within a segment) or `**` (any number of segments)"), plain === 2 ? (ctx !== "top" && this.fail("`**` inside {\u2026} or an extglob is not supported: write it outside the group"), out.push({ t: "globstar", at })) : plain === 1 && out.push({ t: "star", at }), this.i = at + plain, ext && out.push(this.extglob("*", braceDepth, ctx));
          continue;
        }
        case "?":
          if (p[at + 1] === "(") {
            out.push(this.extglob("?", braceDepth, ctx));
            continue;
          }
          prev()?.t === "ext" && this.fail("`?` right after an extglob is read as a regex quantifier by picomatch: write ?(\u2026) or escape it as \\?"), this.i++, out.push({ t: "qmark", at });
          continue;
        case "+": {
          if (p[at + 1] === "(") {
            out.push(this.extglob("+", braceDepth, ctx));
            continue;
          }
          let pr = prev(), afterOpen = ctx === "brace" && out.length === 0;
          (ctx === "ext" || afterOpen || pr?.t === "class" || pr?.t === "ext" || pr?.t === "group") && this.fail("picomatch reads `+` here as a regex quantifier: escape it as \\+"), this.i++, out.push({ t: "lit", ch: "+", at });
          continue;
        }
        case "@":
          if (p[at + 1] === "(") {
            out.push(this.extglob("@", braceDepth, ctx));
            continue;
          }
          this.i++, out.push({ t: "lit", ch: "@", at, text: !0 });
          continue;
        case "!":
          p[at + 1] === "(" && this.fail("negated extglob !(\u2026) is not supported: list the alternatives instead"), this.i++, out.push({ t: "lit", ch: "!", at, text: !0 });
          continue;
        case "(":
          this.fail("`(` outside an extglob: write @(a|b) for alternatives, or escape it as \\(");
        case ")":
          this.fail("unmatched `)`: escape it as \\)");
        case "|":
          this.fail("`|` outside an extglob: write @(a|b) or {a,b}, or escape it as \\|");
        case "]":
          this.fail("unmatched `]`: escape it as \\]");
        case "}":
          this.fail("unmatched `}`: escape it as \\}");
        case '"':
          this.fail('picomatch treats `"` as quoting: escape it as \\"');
        case "[":
          out.push(this.charClass());
          continue;
        case "{":
          ctx === "ext" && this.fail("braces inside an extglob are not supported"), out.push(this.brace(braceDepth + 1));
          continue;
        default:
          this.i++, out.push({ t: "lit", ch: c, at, text: c !== "," });
      }
    }
    return out;
  }
  slash(out, ctx, at) {
    ctx === "ext" && this.fail("`/` inside an extglob is not supported: an extglob stays within one path segment", at), out.push({ t: "sep", at });
  }
  dot(out, ctx, braceDepth, at) {
    let { p } = this;
    braceDepth > 0 && (p[this.i] === "." || p.startsWith("\\.", this.i)) && this.fail("`..` inside {\u2026} is read as a range by picomatch: only single-character ranges like {1..3} are supported", at), ctx !== "top" && p[this.i] === "*" && p[this.i + 1] !== "(" && p[this.i + 1] !== "*" && this.fail("`.*` inside {\u2026} or an extglob is not supported exactly: write [.]* instead", at);
    let pr = out[out.length - 1], text = ctx === "top" && braceDepth === 0 && pr !== void 0 && pr.t !== "sep";
    out.push({ t: "lit", ch: ".", at, text });
  }
  extglob(kind, braceDepth, ctx) {
    let at = this.i, { p } = this;
    p[at + 2] === "?" && this.fail("`(?` is regex syntax, not a glob: not supported", at + 1), ctx === "ext" && this.fail("nested extglobs are not supported", at), this.i = at + 2;
    let alts = [], raws = [];
    for (; ; ) {
      let start = this.i;
      if (alts.push(this.seq("ext", braceDepth)), raws.push(p.slice(start, this.i)), this.i >= p.length && this.fail(`unclosed extglob ${kind}(: add \`)\``, at), p[this.i] === ")") break;
      this.i++;
    }
    return this.i++, alts.length === 1 && alts[0].length === 0 && this.fail(`empty extglob ${kind}()`, at), (kind === "*" || kind === "+") && repeatedIsLiteral(raws) && this.fail(`picomatch matches this ${kind}(\u2026) literally (empty, all-wildcard or overlapping repeated alternatives): not supported`, at), { t: "ext", kind, alts, at };
  }
  brace(depth) {
    let at = this.i, { p } = this;
    depth > MAX_BRACE_DEPTH && this.fail(`braces nested deeper than ${MAX_BRACE_DEPTH} levels are not supported`, at);
    let rangeAt = /\{([0-9a-zA-Z])\.\.([0-9a-zA-Z])\}/y;
    rangeAt.lastIndex = at;
    let range = rangeAt.exec(p);
    if (range) {
      let [a, b] = [range[1], range[2]], kind = (c) => /[0-9]/.test(c) ? 0 : /[a-z]/.test(c) ? 1 : 2;
      kind(a) !== kind(b) && this.fail("a range must run between two digits, two lower-case or two upper-case letters", at);
      let [lo, hi] = a <= b ? [a, b] : [b, a];
      return this.i = at + range[0].length, this.backtrack = !0, { t: "class", src: `[${lo}-${hi}]`, at };
    }
    isSequenceBrace(p, at) && this.fail("only single-character ranges like {1..3} or {a..e} are supported: list the alternatives {1,2,10}", at), this.i = at + 1;
    let alts = [];
    for (; alts.push(this.seq("brace", depth)), this.i >= p.length && this.fail("unclosed `{`: add `}` or escape it as \\{", at), p[this.i] !== "}"; )
      this.i++;
    return this.i++, alts.length < 2 && this.fail("`{\u2026}` without a comma is literal in picomatch: add alternatives {a,b} or escape the braces", at), { t: "group", alts, at };
  }
  charClass() {
    let at = this.i, { p } = this, i = at + 1, negated = !1;
    p[i] === "!" && this.fail("`[!\u2026]` does not negate in picomatch (it matches `!`): write [^\u2026]", i), p[i] === "^" && (negated = !0, i++);
    let src = "", pico = negated ? "^" : "", first = !0, atom = () => {
      let c = p[i];
      if (c === void 0 && this.fail("unclosed `[`: add `]` or escape it as \\[", at), CONTROL.test(c) && this.fail("control character in a pattern", i), c === "\\") {
        let n = p[i + 1];
        return n === void 0 && this.fail("trailing backslash: nothing to escape", i), ALNUM.test(n) && this.fail(`backslash before "${n}" inside [...]: only special characters can be escaped`, i), n === "/" && this.fail("a character class cannot match `/`", i), n === "[" && this.fail("an escaped `[` inside [...] is not supported", i), CONTROL.test(n) && this.fail("control character in a pattern", i + 1), i += 2, { ch: n, esc: !0 };
      }
      if (c === "/" && this.fail("a character class cannot match `/`", i), c !== "[")
        return i++, { ch: c, esc: !1 };
    };
    for (; ; ) {
      let c = p[i];
      if (c === void 0 && this.fail("unclosed `[`: add `]` or escape it as \\[", at), c === "]" && !first) break;
      if (c === "[") {
        let m = /^\[:([a-z]+):\]/.exec(p.slice(i));
        m || this.fail("a literal `[` inside [...] is not supported", i);
        let name = m[1];
        POSIX_WITH_SLASH.has(name) && this.fail(`[[:${name}:]] also matches \`/\`: list the characters you mean`, i);
        let cls2 = Object.hasOwn(POSIX, name) ? POSIX[name] : void 0;
        cls2 || this.fail(`unknown POSIX class [:${name}:]`, i), negated && this.fail("a negated class with a POSIX class can match `/` in picomatch: not supported", i), src += cls2.src, pico += cls2.lit, this.backtrack = !0, i += m[0].length, first = !1;
        continue;
      }
      let start = i, a = first && c === "]" ? (i++, { ch: "]", esc: !1 }) : atom();
      first = !1;
      let picoOf = (x, pos) => x.ch === "]" && pos === at + 1 + (negated ? 1 : 0) ? "\\]" : x.esc ? x.ch === "." || x.ch === ";" ? x.ch : `\\${x.ch}` : x.ch;
      if (p[i] === "-" && p[i + 1] !== "]" && p[i + 1] !== void 0) {
        let dash = i;
        i++;
        let bStart = i, b = atom();
        b || this.fail("a range cannot end in a POSIX class", dash);
        let lo = a.ch.charCodeAt(0), hi = b.ch.charCodeAt(0);
        (a.ch.length !== 1 || b.ch.length !== 1 || lo > hi) && this.fail(`range ${a.ch}-${b.ch} is out of order`, start), !negated && lo <= 47 && hi >= 47 && this.fail(`range ${a.ch}-${b.ch} includes \`/\`: a class cannot match /`, start), src += `${classEscape(a.ch)}-${classEscape(b.ch)}`, pico += `${picoOf(a, start)}-${picoOf(b, bStart)}`;
        continue;
      }
      a.ch === "-" && p[i] === "]" && !a.esc ? pico += "\\-" : pico += picoOf(a, start), src += classEscape(a.ch);
    }
    this.i = i + 1;
    let cls = `[${negated ? "^" : ""}${src}${negated ? "/" : ""}]`;
    return PICO_SPECIAL.test(pico) ? { t: "class", src: cls, at } : { t: "class", src: `(?:\\[${pico}\\]|${cls})`, at };
  }
};
function classEscape(ch) {
  return /[\\\]\[^-]/.test(ch) ? `\\${ch}` : ch;
}
function repeatedIsLiteral(raws) {
  if (raws.length < 2) return !1;
  let trimmed = raws.map((r) => r.trim());
  if (trimmed.some((r) => r === "" || /^[*?]+$/.test(r))) return !0;
  let plain = trimmed.filter((r) => !/(^|[^\\])(\\\\)*[?*+@!()[\]{}]/.test(r)).map((r) => r.replace(/\\(.)/g, "$1")).filter(Boolean);
  for (let a = 0; a < plain.length; a++)
    for (let b = a + 1; b < plain.length; b++) {
      let x = plain[a], y = plain[b], ch = x[0];
      if (!(x !== ch.repeat(x.length) || y !== ch.repeat(y.length)) && (x === y || x.startsWith(y) || y.startsWith(x)))
        return !0;
    }
  return !1;
}
function escapeChar(ch) {
  return /[\\^$.*+?()[\]{}|]/.test(ch) ? `\\${ch}` : ch;
}
function emitSeq(nodes) {
  let s = "";
  for (let n of nodes) s += emitNode(n);
  return s;
}
function emitNode(n) {
  switch (n.t) {
    case "lit":
      return escapeChar(n.ch);
    case "sep":
      return "/";
    case "star":
      return `${SEG}*`;
    case "qmark":
      return SEG;
    case "class":
      return n.src;
    case "group":
      return `(?:${n.alts.map(emitSeq).join("|")})`;
    case "ext":
      return `(?:${n.alts.map(emitSeq).join("|")})${n.kind === "@" ? "" : n.kind}`;
    case "globstar":
      throw new GlobError("`**` must be a whole path segment", n.at);
  }
}
function nullableAtEnd(segs, k = 0) {
  let seg = segs[k];
  return seg.every(
    (n, idx) => n.t === "star" && idx === 0 ? seg[1]?.t === "ext" && seg[1].kind === "*" : nullable(n)
  ) ? k === segs.length - 1 ? !0 : isGlobstarSeg(segs[k + 1]) ? k + 1 === segs.length - 1 ? !endsWithStar(seg) : k + 2 === segs.length - 1 && segs[k + 2].length === 0 ? !1 : nullableAtEnd(segs, k + 2) : !1 : !1;
}
function nullable(n) {
  switch (n.t) {
    case "star":
      return !0;
    case "group":
      return n.alts.some((a) => a.every(nullable));
    case "ext":
      return n.kind === "?" || n.kind === "*" || n.alts.some((a) => a.every(nullable));
    default:
      return !1;
  }
}
function isGlobstarSeg(seg) {
  return seg.length === 1 && seg[0].t === "globstar";
}
function toSegments(nodes) {
  let segs = [[]];
  for (let n of nodes)
    n.t === "sep" ? segs.push([]) : segs[segs.length - 1].push(n);
  for (let seg of segs) {
    let g = seg.find((n) => n.t === "globstar");
    if (g && seg.length > 1)
      throw new GlobError("`**` must be a whole path segment (a/**/b); within a segment it acts like `*`: write `*`", g.at);
  }
  return segs.filter((seg, k) => !(isGlobstarSeg(seg) && k > 0 && isGlobstarSeg(segs[k - 1])));
}
function endsWithStar(seg) {
  return seg !== void 0 && seg.length > 0 && seg[seg.length - 1].t === "star";
}
function emitSegments(segs, opts = {}) {
  let n = segs.length, from = (i) => {
    let out = "";
    for (let k = i; k < n; k++) {
      let seg = segs[k];
      if (!isGlobstarSeg(seg)) {
        k > 0 && (out += "/"), out += emitSeq(seg);
        continue;
      }
      if (k === 0)
        return n === 1 ? `${ANY}*` : `(?:${ANY}*/)?${from(1).slice(1)}`;
      if (k === 1 && segs[0].length === 0) {
        out += `/${ANY}*`;
        continue;
      }
      if (k === n - 1) {
        out += !opts.dirCoversSelf && endsWithStar(segs[k - 1]) ? `/${ANY}*` : `(?:/${ANY}*)?`;
        continue;
      }
      let rest = from(k + 1).slice(1), emptyRest = !(k + 1 === n - 1 && segs[k + 1].length === 0) && nullableAtEnd(segs, k + 1);
      return `${out}(?:/(?:${ANY}*/)?${rest}${emptyRest ? "|" : ""})`;
    }
    return out;
  };
  return from(0);
}
function parse(pattern) {
  if (typeof pattern != "string" || pattern === "") throw new GlobError("empty pattern", 0);
  if (pattern.length > MAX_LENGTH) throw new GlobError(`pattern longer than ${MAX_LENGTH} characters`, MAX_LENGTH);
  let offset = 0;
  for (; pattern.startsWith("./", offset); ) offset += 2;
  let body = pattern.slice(offset);
  if (body === "") throw new GlobError("empty pattern (only `./`)", 0);
  if (body[0] === "!" && body[1] !== "(")
    throw new GlobError("a leading `!` negates a pattern: not supported here (use a deny list instead)", offset);
  let one = pattern.startsWith("./") ? pattern.slice(2) : pattern, run = /(^[*!]|[/()[\]{}"])/.test(one) ? null : /([$^+])(?=\1)/.exec(pattern.slice(offset));
  if (run) throw new GlobError(`repeated \`${run[1]}\` is mis-escaped by picomatch: write [${run[1]}] for each`, offset + run.index + 1);
  let parser = new Parser(pattern, offset), nodes = parser.seq("top", 0);
  return parser.backtrack && nodes.forEach((n, k) => {
    let pr = nodes[k - 1];
    if (n.t === "lit" && n.ch === "." && n.text && pr?.t === "lit" && pr.text)
      throw new GlobError("with a POSIX class or a {x..y} range in the pattern, picomatch turns this `.` into a wildcard: write [.] instead", n.at);
  }), { body, offset, nodes };
}
function globSyntaxError(pattern) {
  try {
    let { nodes } = parse(pattern);
    toSegments(nodes);
    return;
  } catch (e) {
    if (e instanceof GlobError) return { message: e.message, offset: e.offset };
    throw e;
  }
}
function globToRegexSource(pattern) {
  let segs = toSegments(parse(pattern).nodes), one = pattern.startsWith("./") ? pattern.slice(2) : pattern;
  return one === "*.*" ? `${SEG}*\\.${SEG}+` : one === "**/*.*" ? `(?:${ANY}*/)?${SEG}*\\.${SEG}+` : emitSegments(segs);
}
function compileGlob(pattern, opts) {
  let m = new Automaton(!!opts?.nocase).add(0, globToRegexSource(pattern));
  return (path) => m.run(path).length > 0;
}
function isAbsolutePattern(pattern) {
  let p = pattern;
  for (; p.startsWith("./"); ) p = p.slice(2);
  return p.startsWith("/") || p.startsWith("~") || /^[A-Za-z]:\//.test(p);
}
function analyzePolicyPattern(pattern) {
  let { nodes, offset } = parse(pattern), top = nodes, dirOnly = !1;
  for (; top.length > 1 && top[top.length - 1].t === "sep"; )
    top = top.slice(0, -1), dirOnly = !0;
  let segs = toSegments(top), hasSlash = (ns) => ns.some((n) => n.t === "sep" || (n.t === "group" || n.t === "ext") && n.alts.some(hasSlash)), absolute = isAbsolutePattern(pattern), anchored = offset > 0 || absolute || hasSlash(top), universal = !absolute && segs.every(isGlobstarSeg), literal = top.every((n) => n.t === "lit" || n.t === "sep") ? top.map((n) => n.t === "lit" ? n.ch : "/").join("") : void 0;
  return {
    pattern,
    absolute,
    anchored,
    dirOnly,
    universal,
    literal,
    coreSource: emitSegments(segs, { dirCoversSelf: !0 })
  };
}
function policyGlobSource(pattern, opts) {
  return policySourceOf(analyzePolicyPattern(pattern), opts);
}
function policySourceOf(info, opts) {
  let s = info.coreSource;
  return info.universal ? `${ANY}*` : ((info.dirOnly || opts?.coverDescendants) && (s += `(?:/${ANY}*)?`), info.anchored || (s = `(?:${ANY}*/)?${s}`), s);
}
function compilePolicyGlob(pattern, opts) {
  let info = analyzePolicyPattern(pattern), m = new Automaton(!!opts?.nocase).add(0, policySourceOf(info, opts));
  return (path) => path === "." ? info.universal : m.run(path).length > 0;
}
function isSequenceBrace(p, at) {
  let dots = !1;
  for (let i = at + 1; i < p.length; i++) {
    let c = p[i];
    if (c === "}") return dots;
    if (c === "," || c === "{") return !1;
    c === "." && p[i + 1] === "." && (dots = !0);
  }
  return !1;
}

export {
  RegexSubsetError,
  parseRegexSubset,
  escapeRegexLiteral,
  Automaton,
  GlobError,
  PATH_DOMAIN_SOURCE,
  globSyntaxError,
  globToRegexSource,
  compileGlob,
  analyzePolicyPattern,
  policyGlobSource,
  policySourceOf,
  compilePolicyGlob
};

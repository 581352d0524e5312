import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  Automaton,
  escapeRegexLiteral
} from "./chunk-DUFMWMGU.js";

// src/two-generation-cache.ts
var TwoGenerationCache = class {
  /** `max`: entries kept at most (half in each generation); 0 keeps nothing. */
  constructor(max) {
    this.max = max;
  }
  max;
  young = /* @__PURE__ */ new Map();
  old = /* @__PURE__ */ new Map();
  doorkeeper = new Uint32Array(65536 / 32);
  marks = 0;
  /** Whether it keeps nothing (then callers need not build keys). */
  get off() {
    return this.max === 0;
  }
  get(key) {
    let v = this.young.get(key);
    if (v !== void 0 || this.old.size === 0) return v;
    let o = this.old.get(key);
    return o !== void 0 && this.keep(key, o), o;
  }
  /** Keeps the value of a key set before (a new key is only marked as seen). */
  set(key, value) {
    this.max === 0 || !this.seenBefore(key) || this.keep(key, value);
  }
  clear() {
    this.young = /* @__PURE__ */ new Map(), this.old = /* @__PURE__ */ new Map(), this.doorkeeper.fill(0), this.marks = 0;
  }
  keep(key, value) {
    this.young.size >= this.max / 2 && (this.old = this.young, this.young = /* @__PURE__ */ new Map()), this.young.set(key, value);
  }
  /** Whether the doorkeeper has seen the key (or, rarely, keys sharing its two bits); marks it. */
  seenBefore(key) {
    let h = 2166136261;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
    let a = h & 65535, b = h >>> 16, words = this.doorkeeper;
    return (words[a >>> 5] & 1 << (a & 31)) !== 0 && (words[b >>> 5] & 1 << (b & 31)) !== 0 ? !0 : (++this.marks > 8192 && (words.fill(0), this.marks = 1), words[a >>> 5] |= 1 << (a & 31), words[b >>> 5] |= 1 << (b & 31), !1);
  }
};

// src/match/matcher.ts
function starGlobSource(glob) {
  return glob.split("*").map(escapeRegexLiteral).join("[^]*");
}
function compileStringMatcher(source, options = {}) {
  let automaton = new Automaton(!!options.nocase).add(0, source);
  return (subject) => automaton.run(subject).length > 0;
}
var StringPatternList = class {
  constructor(sources, options = {}) {
    this.sources = sources;
    this.automaton = new Automaton(!!options.nocase), sources.forEach((source, index) => this.automaton.add(index, source));
  }
  sources;
  automaton;
  /** Indices (ascending) of the sources that match the whole subject. */
  matches(subject) {
    return this.automaton.run(subject);
  }
}, WordPatternList = class extends StringPatternList {
  constructor(globs, options = {}) {
    super(globs.map(starGlobSource), options);
  }
};

export {
  TwoGenerationCache,
  starGlobSource,
  compileStringMatcher,
  StringPatternList,
  WordPatternList
};

import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  Automaton,
  escapeRegexLiteral
} from "./chunk-VHMJ7I3X.js";

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
  starGlobSource,
  compileStringMatcher,
  StringPatternList,
  WordPatternList
};

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
  StringPatternList: () => StringPatternList,
  WordPatternList: () => WordPatternList,
  compileStringMatcher: () => compileStringMatcher,
  starGlobSource: () => starGlobSource
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_4Y4NHBEK = require("./chunk-4Y4NHBEK.js");
function starGlobSource(glob) {
  return glob.split("*").map(import_chunk_4Y4NHBEK.escapeRegexLiteral).join("[^]*");
}
function compileStringMatcher(source, options = {}) {
  let automaton = new import_chunk_4Y4NHBEK.Automaton(!!options.nocase).add(0, source);
  return (subject) => automaton.run(subject).length > 0;
}
var StringPatternList = class {
  constructor(sources, options = {}) {
    this.sources = sources;
    this.automaton = new import_chunk_4Y4NHBEK.Automaton(!!options.nocase), sources.forEach((source, index) => this.automaton.add(index, source));
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  StringPatternList,
  WordPatternList,
  compileStringMatcher,
  starGlobSource
});

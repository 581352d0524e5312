/**
 * Linear-time matchers for subjects an agent controls (argv words, command strings, tool names,
 * hosts): never a backtracking RegExp. Every matcher runs on the lazily built DFA of linear.ts,
 * one table step per character of the subject whatever the patterns, and folds case (nocase)
 * with the engine's one fold (case-fold.ts). A subject matches when the WHOLE subject matches.
 *
 *   starGlobSource(glob)                        -> regex-subset source: `*` = any characters
 *                                                  (spaces, `/` and nothing included); every other
 *                                                  character is literal (no `?`, classes or escapes)
 *   compileWordMatcher(glob, { nocase })        -> (word) => boolean, for one star glob
 *   compileStringMatcher(source, { nocase })    -> (text) => boolean, for one regex-subset source
 *                                                  (regex-subset.ts; throws RegexSubsetError)
 *   new WordPatternList(globs, { nocase })      -> .matches(word): sorted indices of the matching
 *                                                  globs (one automaton for the whole list)
 *   new StringPatternList(sources, { nocase })  -> the same for regex-subset sources
 *
 * Building is cheap (the DFA grows as subjects arrive, bounded in memory); compile once per
 * policy and reuse.
 */
import { Automaton } from './linear.js';
import { escapeRegexLiteral } from './regex-subset.js';

export interface MatcherOptions {
  /** Case-insensitive with the engine's fold (deny and approval lists; never allow lists). */
  nocase?: boolean;
}

export type StringMatcher = (subject: string) => boolean;

/** A star glob as a regex-subset source: `*` matches any characters, the rest is literal. */
export function starGlobSource(glob: string): string {
  return glob.split('*').map(escapeRegexLiteral).join('[^]*');
}

export function compileStringMatcher(source: string, options: MatcherOptions = {}): StringMatcher {
  const automaton = new Automaton(Boolean(options.nocase)).add(0, source);
  return (subject) => automaton.run(subject).length > 0;
}

export function compileWordMatcher(glob: string, options: MatcherOptions = {}): StringMatcher {
  return compileStringMatcher(starGlobSource(glob), options);
}

/** Many regex-subset sources answered together: one automaton, one pass over the subject. */
export class StringPatternList {
  private readonly automaton: Automaton;

  constructor(
    readonly sources: readonly string[],
    options: MatcherOptions = {},
  ) {
    this.automaton = new Automaton(Boolean(options.nocase));
    sources.forEach((source, index) => this.automaton.add(index, source));
  }

  /** Indices (ascending) of the sources that match the whole subject. */
  matches(subject: string): readonly number[] {
    return this.automaton.run(subject);
  }
}

/** Many star globs answered together (tool names, argv words). */
export class WordPatternList extends StringPatternList {
  constructor(globs: readonly string[], options: MatcherOptions = {}) {
    super(globs.map(starGlobSource), options);
  }
}

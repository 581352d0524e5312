// Pattern matching for bypass and approval records, with the policy's own semantics (SPEC 3)
// from src/match: path globs as allow patterns (case-sensitive), command patterns by words.
import { commandPatternRegexSource } from '../match/command.js';
import { compilePolicyGlob } from '../match/glob.js';
import { StringPatternList } from '../match/matcher.js';

export type Matcher = (subject: string) => boolean;

/** Throws (GlobError) on a pattern the policy's glob syntax rejects. */
export function pathMatcher(patterns: readonly string[]): Matcher {
  const fns = patterns.map((p) => compilePolicyGlob(p));
  return (p) => fns.some((f) => f(p));
}

export function commandMatcher(patterns: readonly string[]): Matcher {
  const list = new StringPatternList(patterns.map(commandPatternRegexSource));
  return (c) => list.matches(c).length > 0;
}

// Agents that match a command's leading words exactly (Codex prefix_rule tokens, Cursor's
// Shell(program), Gemini's commandPrefix) against the policy's word-prefix command patterns.
import { commandPatternProblem, normaliseCommandPattern } from '../match/command.js';

/** A word the policy reads exactly as the agent does: no quotes, expansions, globs or spaces. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

function plainProgram(word: string): boolean {
  // The policy matches a path-qualified program by its base name and drops VAR=value prefixes.
  return PLAIN_WORD.test(word) && !word.includes('/') && !word.includes('=');
}

/** The allow pattern admitting exactly the commands that start with these words, if there is one. */
export function allowWords(words: readonly string[]): { pattern: string } | { why: string } {
  if (words.length === 0) return { why: 'the rule names no program' };
  if (!plainProgram(words[0]!)) return { why: `the program "${words[0]}" is path-qualified or not a plain word, which the policy reads differently` };
  const bad = words.find((w) => !PLAIN_WORD.test(w));
  if (bad !== undefined) return { why: `the word ${JSON.stringify(bad)} has characters the policy reads as shell syntax or wildcards` };
  const pattern = words.join(' ');
  if (commandPatternProblem(pattern) || normaliseCommandPattern(pattern) !== pattern) return { why: 'the policy would read the words differently' };
  return { pattern };
}

/** The deny (or approval) pattern covering at least the commands that start with these words. */
export function denyWords(words: readonly string[]): { pattern: string; widened?: string } {
  const exact = allowWords(words);
  if ('pattern' in exact) return exact;
  const first = words[0] ?? '';
  const program = first.split('/').pop() ?? '';
  if (program !== '' && PLAIN_WORD.test(program) && !program.includes('=')) return { pattern: program, widened: `the whole program "${program}"` };
  return { pattern: '*', widened: 'every command' };
}

/** Every combination of token alternatives (`["git", ["push", "fetch"]]`), at most `limit`. */
export function expandAlternatives(pattern: readonly (readonly string[])[], limit = 64): string[][] | undefined {
  let out: string[][] = [[]];
  for (const alts of pattern) {
    out = out.flatMap((prefix) => alts.map((a) => [...prefix, a]));
    if (out.length > limit) return undefined;
  }
  return out;
}

/** Whether a simple command's words start with the given words. */
export function startsWithWords(command: string, words: readonly string[]): boolean {
  const tokens = command.split(' ').filter((t) => t !== '');
  return words.length <= tokens.length && words.every((w, i) => tokens[i] === w);
}

/**
 * A policy command pattern as the leading words an agent that matches exact words can say.
 * `exact`: the words admit exactly what the pattern admits (plain words, at most a trailing ` *`,
 * which the policy also lets match nothing). Otherwise the words are those before the first
 * wildcard or shell-syntax word: for a deny or approval they cover at least the pattern's
 * commands (they may be empty: nothing to say).
 */
export function patternToWords(pattern: string): { words: string[]; exact: boolean } {
  const all = normaliseCommandPattern(pattern).split(' ').filter((w) => w !== '');
  const body = all.length > 1 && all[all.length - 1] === '*' ? all.slice(0, -1) : all;
  const exact = 'pattern' in allowWords(body);
  if (exact) return { words: body, exact };
  const words: string[] = [];
  for (const w of body) {
    if (!PLAIN_WORD.test(w) || (words.length === 0 && !plainProgram(w))) break;
    words.push(w);
  }
  return { words, exact: false };
}

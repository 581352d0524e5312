// Shell command lines and command patterns (SPEC 3, "Commands").
//
// A command line is parsed (shell-parse.ts), split into simple commands, normalised (assignments,
// wrappers, quoting, path-qualified executables, whitespace) and every simple command is matched
// on its own. A pattern is normalised the same way and becomes ONE regular expression over the
// normalised simple-command string; the engine and the conflict analysis both use that regex.
import { analyzeUncached, executableName, type CommandAnalysis } from './shell-analyze.js';

export type { CommandAnalysis, CommandProblem, FileAccess, SimpleCommand } from './shell-analyze.js';
export type { Arg } from './shell-wrappers.js';
export { MAX_DEPTH } from './shell-analyze.js';

const CACHE_MAX = 20_000;
const cache = new Map<string, CommandAnalysis>();

/**
 * Analyses a command line (results are cached by string, bounded; treat them as read-only).
 * Lines made only of characters without shell meaning take a fast path that splits on spaces.
 */
export function analyzeCommand(line: string): CommandAnalysis {
  const hit = cache.get(line);
  if (hit) {
    // Refresh: least recently used entries leave first.
    cache.delete(line);
    cache.set(line, hit);
    return hit;
  }
  const result = analyzeUncached(line);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(line, result);
  return result;
}

/** For benchmarks and tests: forget cached analyses. */
export function clearCommandCache(): void {
  cache.clear();
}

// ---------------------------------------------------------------------------------------------
// Patterns

type Piece = string | typeof STAR;
const STAR = Symbol('*');

interface PatternWords {
  words: Piece[][];
  problem?: string;
}

/** Splits a pattern into words the way the shell would (quotes removed); unquoted `*` is a wildcard. */
function patternWords(pattern: string): PatternWords {
  const words: Piece[][] = [];
  let cur: Piece[] | undefined;
  let problem: string | undefined;
  const lit = (t: string): void => {
    cur ??= [];
    cur.push(t);
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (/\s/.test(c)) {
      if (cur) words.push(cur);
      cur = undefined;
    } else if (c === '\\' && i + 1 < pattern.length) lit(pattern[++i]!);
    else if (c === "'") {
      const close = pattern.indexOf("'", i + 1);
      if (close < 0) {
        problem ??= 'unterminated single quote';
        lit(pattern.slice(i + 1));
        i = pattern.length;
      } else {
        lit(pattern.slice(i + 1, close));
        i = close;
      }
    } else if (c === '"') {
      let j = i + 1;
      let text = '';
      for (; j < pattern.length && pattern[j] !== '"'; j++) {
        if (pattern[j] === '\\' && /["\\$`]/.test(pattern[j + 1] ?? '')) j++;
        text += pattern[j];
      }
      if (j >= pattern.length) problem ??= 'unterminated double quote';
      lit(text);
      i = j;
    } else if (c === '*') {
      cur ??= [];
      cur.push(STAR);
    } else {
      if (/[;&|<>()`]/.test(c)) problem ??= `"${c}" is a shell operator: a command pattern describes one simple command`;
      lit(c);
    }
  }
  if (cur) words.push(cur);
  // Path-qualified executable: `/bin/rm` is `rm` (the part after the last `/`, unless nothing is).
  const first = words[0];
  if (first) {
    for (let k = first.length - 1; k >= 0; k--) {
      const p = first[k]!;
      if (typeof p !== 'string' || !p.includes('/')) continue;
      const rest = [p.slice(p.lastIndexOf('/') + 1), ...first.slice(k + 1)].filter((x) => x !== '');
      if (rest.length) words[0] = rest;
      break;
    }
  }
  return { words, problem };
}

/** Literal whitespace inside a quoted pattern word collapses as it does in commands. */
function flatPieces(words: Piece[][]): Piece[] {
  const out: Piece[] = [];
  words.forEach((w, i) => {
    if (i > 0) out.push(' ');
    for (const p of w) out.push(typeof p === 'string' ? p.replace(/\s+/g, ' ') : p);
  });
  return out;
}

/** The pattern as it is matched: quotes removed, whitespace collapsed, `*` kept. */
export function normaliseCommandPattern(pattern: string): string {
  const { words } = patternWords(pattern);
  return flatPieces(words)
    .map((p) => (p === STAR ? '*' : p))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Why a command pattern can never match as its author probably meant, if it cannot. */
export function commandPatternProblem(pattern: string): string | undefined {
  const pw = patternWords(pattern);
  if (pw.problem) return pw.problem;
  if (pw.words.length === 0) return 'the pattern is empty';
  return undefined;
}

function escapeRegex(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * The regular expression (source, no anchors, no look-around) that a pattern denotes over
 * normalised simple-command strings; it must match the WHOLE string. A pattern matches a command
 * whose words start with the pattern's words (`npm test` -> `npm test(?: .*)?`); `*` matches any
 * characters, spaces and `/` included, and a trailing ` *` may also match nothing
 * (`curl *` matches `curl`). Normalised commands never contain line breaks or repeated spaces.
 */
export function commandPatternRegexSource(pattern: string): string {
  const { words } = patternWords(pattern);
  if (words.length === 0 || words.every((w) => w.every((p) => p === ''))) return '[^\\s\\S]';
  const last = words[words.length - 1]!;
  const trailingStar = words.length > 1 && last.length === 1 && last[0] === STAR;
  const body = trailingStar ? words.slice(0, -1) : words;
  const src = flatPieces(body)
    .map((p) => (p === STAR ? '.*' : escapeRegex(p)))
    .join('');
  if (words.length === 1 && last.length === 1 && last[0] === STAR) return '.*';
  return `${src}(?: .*)?`;
}

/** The literal first word of a pattern (for indexing), or undefined when it starts with a wildcard. */
function firstWordKey(pattern: string): string | undefined {
  const { words } = patternWords(pattern);
  const flat = flatPieces(words);
  let key = '';
  for (const p of flat) {
    if (p === STAR) return undefined;
    const sp = p.indexOf(' ');
    if (sp >= 0) return key + p.slice(0, sp);
    key += p;
  }
  return key;
}

const ASCII = /^[\x00-\x7f]*$/;

export interface CompiledCommandPattern<T> {
  rule: T;
  pattern: string;
  regex: RegExp;
  /** Position in the list as written. */
  index: number;
}

/**
 * A list of command patterns compiled once. Deny lists also match case-insensitively (`RM -rf`
 * runs rm on a case-insensitive file system), allow lists never.
 */
export class CommandPatternList<T extends { pattern: string }> {
  private readonly byFirst = new Map<string, CompiledCommandPattern<T>[]>();
  private readonly wild: CompiledCommandPattern<T>[] = [];
  readonly all: CompiledCommandPattern<T>[] = [];

  constructor(rules: readonly T[], readonly ignoreCase: boolean) {
    for (const rule of rules) {
      const c: CompiledCommandPattern<T> = {
        rule,
        pattern: rule.pattern,
        index: this.all.length,
        regex: new RegExp(`^(?:${commandPatternRegexSource(rule.pattern)})$`, ignoreCase ? 'iu' : 'u'),
      };
      this.all.push(c);
      const key = firstWordKey(rule.pattern);
      // Unicode case folding is the regex's business: such keys are not indexed.
      if (key === undefined || (ignoreCase && !ASCII.test(key))) this.wild.push(c);
      else {
        const k = ignoreCase ? key.toLowerCase() : key;
        const list = this.byFirst.get(k);
        if (list) list.push(c);
        else this.byFirst.set(k, [c]);
      }
    }
  }

  get size(): number {
    return this.all.length;
  }

  /** Every pattern that matches the normalised simple command, in policy order. */
  matches(command: string): CompiledCommandPattern<T>[] {
    const sp = command.indexOf(' ');
    let key = sp < 0 ? command : command.slice(0, sp);
    const out: CompiledCommandPattern<T>[] = [];
    if (this.ignoreCase && !ASCII.test(key)) {
      for (const c of this.all) if (c.regex.test(command)) out.push(c);
      return out;
    }
    if (this.ignoreCase) key = key.toLowerCase();
    for (const c of this.byFirst.get(key) ?? []) if (c.regex.test(command)) out.push(c);
    for (const c of this.wild) if (c.regex.test(command)) out.push(c);
    if (out.length > 1) out.sort((a, b) => a.index - b.index);
    return out;
  }

  /** The first matching pattern in policy order (stops early). */
  first(command: string): CompiledCommandPattern<T> | undefined {
    const sp = command.indexOf(' ');
    let key = sp < 0 ? command : command.slice(0, sp);
    if (this.ignoreCase && !ASCII.test(key)) return this.all.find((c) => c.regex.test(command));
    if (this.ignoreCase) key = key.toLowerCase();
    let best: CompiledCommandPattern<T> | undefined;
    for (const c of this.byFirst.get(key) ?? []) {
      if (c.regex.test(command)) {
        best = c;
        break;
      }
    }
    for (const c of this.wild) {
      if (best && c.index > best.index) break;
      if (c.regex.test(command)) return c;
    }
    return best;
  }
}

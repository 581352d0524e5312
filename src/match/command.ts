// Shell command lines and command patterns (SPEC 3, "Commands").
//
// A command line is parsed (shell-parse.ts), split into simple commands, normalised (assignments,
// wrappers, quoting, path-qualified executables, whitespace) and every simple command is matched
// on its own. A pattern is normalised the same way and becomes ONE source in the regex subset
// (regex-subset.ts) over the normalised simple-command string; the engine runs it on the
// linear-time automaton (linear.ts) and the conflict analysis builds its DFA from the same source.
import { Automaton, type AutomatonSnapshot } from './linear.js';
import { escapeRegexLiteral } from './regex-subset.js';
import { analyzeUncached } from './shell-analyze.js';
import type { CommandAnalysis } from './command-analysis.js';
import { TwoGenerationCache } from '../two-generation-cache.js';

export type { CommandAnalysis, CommandProblem, FileAccess, SimpleCommand } from './command-analysis.js';
export type { Arg } from './shell-wrappers.js';
export { MAX_DEPTH } from './command-analysis.js';

/** Analyses of recent lines (a log's working set), by line: at most 20,000. */
const analyses = new TwoGenerationCache<CommandAnalysis>(20_000);

/**
 * Analyses a command line (results are cached by string, bounded; treat them as read-only).
 * Lines made only of characters without shell meaning take a fast path that splits on spaces.
 */
export function analyzeCommand(line: string): CommandAnalysis {
  let result = analyses.get(line);
  if (!result) analyses.set(line, (result = analyzeUncached(line)));
  return result;
}

/** For benchmarks and tests: forget cached analyses. */
export function clearCommandCache(): void {
  analyses.clear();
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
    .map((p) => (p === STAR ? '.*' : escapeRegexLiteral(p)))
    .join('');
  if (words.length === 1 && last.length === 1 && last[0] === STAR) return '.*';
  return `${src}(?: .*)?`;
}

export interface CompiledCommandPattern<T> {
  rule: T;
  pattern: string;
  /** Position in the list as written. */
  index: number;
  /** Whether this pattern alone matches a normalised simple command (linear time). */
  test(command: string): boolean;
}

/**
 * A list of command patterns compiled once into one linear-time automaton: a command costs one
 * table step per character whatever the patterns (`curl *a*b*c*d*e` included). Deny lists also
 * match case-insensitively (`RM -rf` runs rm on a case-insensitive file system) with the
 * engine's one fold (case-fold.ts); allow lists never.
 */
export class CommandPatternList<T extends { pattern: string }> {
  readonly all: CompiledCommandPattern<T>[] = [];
  private readonly automaton: Automaton;

  /** `restored`: the automaton of these rules from the runtime cache (see restore), else compiled here. */
  constructor(
    rules: readonly T[],
    readonly ignoreCase: boolean,
    restored?: Automaton,
  ) {
    this.automaton = restored ?? new Automaton(ignoreCase);
    rules.forEach((rule, index) => {
      if (!restored) this.automaton.add(index, commandPatternRegexSource(rule.pattern));
      let alone: Automaton | undefined;
      const test = (command: string): boolean =>
        (alone ??= new Automaton(ignoreCase).add(0, commandPatternRegexSource(rule.pattern))).run(command).length > 0;
      this.all.push({ rule, pattern: rule.pattern, index, test });
    });
  }

  /**
   * The list `new CommandPatternList(rules, ignoreCase)` was when it made `snapshot`; undefined when
   * the snapshot is not a whole one for this many rules, or folds case otherwise (then compile).
   * The caller keys snapshots by the patterns and the case (src/engine/lists.ts).
   */
  static restore<T extends { pattern: string }>(rules: readonly T[], ignoreCase: boolean, snapshot: unknown): CommandPatternList<T> | undefined {
    const automaton = Automaton.fromSnapshot(snapshot, rules.length);
    return automaton && automaton.nocase === ignoreCase ? new CommandPatternList(rules, ignoreCase, automaton) : undefined;
  }

  /** The compiled patterns as data, for the runtime cache (restore). */
  snapshot(): AutomatonSnapshot {
    return this.automaton.snapshot();
  }

  get size(): number {
    return this.all.length;
  }

  /** Every pattern that matches the normalised simple command, in policy order. */
  matches(command: string): CompiledCommandPattern<T>[] {
    return this.automaton.run(command).map((i) => this.all[i]!);
  }

  /** Positions (sorted) of the patterns that match the normalised simple command. */
  indices(command: string): readonly number[] {
    return this.automaton.run(command);
  }

  /** The first matching pattern in policy order. */
  first(command: string): CompiledCommandPattern<T> | undefined {
    const i = this.automaton.run(command)[0];
    return i === undefined ? undefined : this.all[i];
  }
}

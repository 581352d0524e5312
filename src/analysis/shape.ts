// Cheap facts about a regex source, read without building an automaton: the literal text every
// word must start and end with. Used only as sound prefilters (different ends -> disjoint), so a
// scan that is unsure stops early and says less.

import { foldString } from '../match/case-fold.js';

/** Escapes that stand for a class, an assertion or a code (not the literal character after `\`). */
const SPECIAL_ESCAPE = /[0-9bBcdDfknprsStuvwWx]/;
const META = new Set([...'()[]{}|.*+?^$']);
const QUANTIFIER = new Set([...'*+?{']);

export interface Ends {
  /** Literal text every word starts with, case-folded ('' when none is known). */
  prefix: string;
  /** Literal text every word ends with, case-folded. */
  suffix: string;
}

export function literalEnds(source: string): Ends {
  if (hasTopLevelAlternation(source)) return { prefix: '', suffix: '' };
  return { prefix: fold(literalPrefix(source)), suffix: fold(rawSuffix(source)) };
}

/** The engine's case fold (src/match/case-fold.ts): equal folds <=> equal up to case. */
export const fold = foldString;

/** The exact literal text every word starts with (case as written). */
export function literalPrefix(source: string): string {
  if (hasTopLevelAlternation(source)) return '';
  // A leading group that is not quantified: its own start.
  const open = source.startsWith('(?:') ? 3 : source.startsWith('(') && source[1] !== '?' ? 1 : 0;
  if (open) {
    const close = matchingParen(source, 0);
    if (close > 0 && !QUANTIFIER.has(source[close + 1] ?? '')) return literalPrefix(source.slice(open, close));
  }
  const out: string[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      const n = source[i + 1];
      if (n === undefined || SPECIAL_ESCAPE.test(n)) break;
      out.push(n);
      i += 2;
    } else if (META.has(c)) {
      break;
    } else {
      out.push(c);
      i++;
    }
  }
  // A quantifier after the last literal makes that literal optional or repeated.
  if (i < source.length && QUANTIFIER.has(source[i]!)) out.pop();
  return out.join('');
}

/** The exact literal text every word ends with (case as written). */
export function literalSuffix(source: string): string {
  if (hasTopLevelAlternation(source)) return '';
  return rawSuffix(source);
}

/**
 * Maximal runs of literal text anywhere in the source (outside classes), longest first: material
 * for candidate words (the `.pem` of the deny `*.pem` with its descendants).
 */
export function literalRuns(source: string, max = 6): string[] {
  const runs: string[] = [];
  let cur = '';
  const flush = () => {
    if (cur.length >= 2) runs.push(cur);
    cur = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const n = source[i + 1];
      i++;
      if (n === undefined || SPECIAL_ESCAPE.test(n)) flush();
      else cur += n;
    } else if (c === '(') {
      flush();
      if (source[i + 1] === '?') i += source[i + 2] === '<' ? 3 : 2; // group syntax, not text
    } else if (c === '[') {
      flush();
      const close = classEnd(source, i);
      if (close < 0) break;
      i = close;
    } else if (QUANTIFIER.has(c)) {
      cur = cur.slice(0, -1); // the quantified character is not fixed
      flush();
    } else if (META.has(c)) flush();
    else cur += c;
  }
  flush();
  return [...new Set(runs)].sort((a, b) => b.length - a.length).slice(0, max);
}

function classEnd(source: string, open: number): number {
  let i = open + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') return i; // `[]` / `[^]`
  for (; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return -1;
}

/** Index of the `)` closing the group opened at `at`, or -1 (escapes and classes skipped). */
function matchingParen(source: string, at: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function rawSuffix(source: string): string {
  // A trailing group that is not quantified (it ends the source): its own end.
  if (source.endsWith(')') && !escapedAt(source, source.length - 1)) {
    for (let i = 0; i < source.length; i++) {
      if (source[i] !== '(' || escapedAt(source, i) || inClassAt(source, i)) continue;
      if (matchingParen(source, i) !== source.length - 1) continue;
      const open = source.startsWith('(?:', i) ? i + 3 : source[i + 1] === '?' ? -1 : i + 1;
      const body = open < 0 ? '' : source.slice(open, -1);
      return open < 0 || hasTopLevelAlternation(body) ? '' : rawSuffix(body);
    }
    return '';
  }
  const out: string[] = [];
  let j = source.length - 1;
  while (j >= 0) {
    let slashes = 0;
    while (j - 1 - slashes >= 0 && source[j - 1 - slashes] === '\\') slashes++;
    const c = source[j]!;
    if (slashes % 2 === 1) {
      if (SPECIAL_ESCAPE.test(c)) break;
      out.push(c);
      j -= 2;
    } else if (META.has(c) || c === '\\') {
      break;
    } else {
      out.push(c);
      j--;
    }
  }
  return out.reverse().join('');
}

function escapedAt(source: string, i: number): boolean {
  let n = 0;
  while (i - 1 - n >= 0 && source[i - 1 - n] === '\\') n++;
  return n % 2 === 1;
}

function inClassAt(source: string, at: number): boolean {
  let inClass = false;
  for (let i = 0; i < at; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
  }
  return inClass;
}

function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** Whether two literal ends (both folded) can belong to one word: one extends the other. */
export function prefixesAgree(a: string, b: string): boolean {
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}

export function suffixesAgree(a: string, b: string): boolean {
  return a.length <= b.length ? b.endsWith(a) : a.endsWith(b);
}

/**
 * The one parser of the regex subset that globs (glob.ts), command patterns (command.ts), tool
 * names and the conflict analysis's own languages compile to. Its tree feeds the linear-time
 * matcher (linear.ts), the minimal-DFA builder (regex-dfa.ts) and refa
 * (automata.ts), so all three read a source, and fold its case, the same way.
 *
 *   parseRegexSubset(source, { nocase }) -> RegexNode (throws RegexSubsetError outside the subset)
 *   escapeRegexLiteral(text)             -> a source matching exactly `text`
 *
 * Subset (JS syntax, no `u` flag: UTF-16 code units): literal characters; `\`-escapes of
 * punctuation, `\t \n \v \f \r \0 \xHH \uHHHH`, `\d \D \s \S \w \W`; `.` (any unit but a line
 * terminator) and `[^]` (any unit); classes with ranges and negation; groups `(?:…)` and `(…)`
 * (nothing is captured); `|`; quantifiers `* + ? {n} {n,} {n,m}` (a lazy `?` after one changes
 * nothing: only the language counts). No anchors, look-arounds or back-references: every source
 * describes a whole subject.
 *
 * With nocase every character set is closed under case-fold.ts's fold (a class is closed before
 * it is negated), so `nocase` is a property of the tree: consumers never fold the subject.
 */
import { caseClosure } from './case-fold.js';
import { complementRanges, normalizeRanges, type Ranges } from './ranges.js';

export type RegexNode =
  /** One code unit from `set` (an empty set matches nothing). */
  | { type: 'chars'; set: Ranges }
  /** The parts one after the other (none: the empty string). */
  | { type: 'concat'; parts: RegexNode[] }
  | { type: 'alternation'; alternatives: RegexNode[] }
  /** `body` min to max times (max may be Infinity). */
  | { type: 'repeat'; min: number; max: number; body: RegexNode };

export interface RegexSubsetOptions {
  /** Case-insensitive under case-fold.ts's fold. */
  nocase?: boolean;
}

export class RegexSubsetError extends SyntaxError {
  constructor(
    message: string,
    readonly source: string,
    readonly offset: number,
  ) {
    super(`${message} at ${offset} in /${source}/`);
    this.name = 'RegexSubsetError';
  }
}

/** The largest counted repetition accepted (`{1000}`): the automata copy the body that often. */
export const MAX_COUNT = 1000;

const DIGIT: Ranges = [0x30, 0x39];
const WORD: Ranges = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];
const SPACE: Ranges = normalizeRanges([
  0x09, 0x0d, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff,
]);
const LINE_TERMINATORS: Ranges = [0x0a, 0x0a, 0x0d, 0x0d, 0x2028, 0x2029];
const CONTROL_ESCAPES: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };

function isHex(c: string | undefined): boolean {
  if (c === undefined || c.length !== 1) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

function isAlphanumeric(c: string): boolean {
  const code = c.charCodeAt(0);
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

class SubsetParser {
  private at = 0;

  constructor(
    private readonly source: string,
    private readonly nocase: boolean,
  ) {}

  parse(): RegexNode {
    const node = this.alternation();
    if (this.at !== this.source.length) this.fail('unexpected )');
    return node;
  }

  private fail(message: string, offset = this.at): never {
    throw new RegexSubsetError(message, this.source, offset);
  }

  private alternation(): RegexNode {
    const alternatives = [this.concatenation()];
    while (this.source[this.at] === '|') {
      this.at++;
      alternatives.push(this.concatenation());
    }
    return alternatives.length === 1 ? alternatives[0]! : { type: 'alternation', alternatives };
  }

  private concatenation(): RegexNode {
    const parts: RegexNode[] = [];
    const { source } = this;
    while (this.at < source.length && source[this.at] !== '|' && source[this.at] !== ')') {
      const atom = this.atom();
      parts.push(this.quantified(atom));
    }
    return parts.length === 1 ? parts[0]! : { type: 'concat', parts };
  }

  private quantified(body: RegexNode): RegexNode {
    const { source } = this;
    const c = source[this.at];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') [min, max] = this.counted();
    else return body;
    if (c !== '{') this.at++;
    if (source[this.at] === '?') this.at++; // lazy: the same language
    const q = source[this.at];
    if (q === '*' || q === '+' || q === '?' || q === '{') this.fail('nothing to repeat');
    return { type: 'repeat', min, max, body };
  }

  /** `{n}`, `{n,}` or `{n,m}` at `at`. */
  private counted(): [number, number] {
    const { source } = this;
    const start = this.at;
    let i = start + 1;
    const number = (): number | undefined => {
      const from = i;
      while (i < source.length && source[i]! >= '0' && source[i]! <= '9') i++;
      return i > from ? Number(source.slice(from, i)) : undefined;
    };
    const min = number();
    if (min === undefined) this.fail('a literal { is not supported: escape it as \\{', start);
    let max = min;
    if (source[i] === ',') {
      i++;
      max = number() ?? Infinity;
    }
    if (source[i] !== '}') this.fail('unclosed {', start);
    if (max < min) this.fail('numbers out of order in {}', start);
    if ((max === Infinity ? min : max) > MAX_COUNT) this.fail(`a count above ${MAX_COUNT}`, start);
    this.at = i + 1;
    return [min, max];
  }

  private atom(): RegexNode {
    const { source } = this;
    const c = source[this.at]!;
    if (c === '(') {
      if (source[this.at + 1] === '?') {
        if (source[this.at + 2] !== ':') this.fail('only (?:…) groups are supported');
        this.at += 3;
      } else this.at++;
      const node = this.alternation();
      if (source[this.at] !== ')') this.fail('missing )');
      this.at++;
      return node;
    }
    let set: Ranges;
    if (c === '[') set = this.characterClass();
    else if (c === '.') {
      this.at++;
      set = this.closed(complementRanges(LINE_TERMINATORS));
    } else if (c === '\\') set = this.closed(this.escape(false));
    else if ('^$*+?{}])|'.includes(c)) this.fail(`unsupported ${JSON.stringify(c)}`);
    else {
      this.at++;
      set = this.closed([c.charCodeAt(0), c.charCodeAt(0)]);
    }
    return { type: 'chars', set };
  }

  private closed(set: Ranges): Ranges {
    return this.nocase ? caseClosure(set) : set;
  }

  /** After `\` at `at`: a set (a class escape) or one character. */
  private escape(inClass: boolean): Ranges {
    const { source } = this;
    const start = this.at;
    const c = source[start + 1];
    if (c === undefined) this.fail('trailing backslash');
    this.at = start + 2;
    const one = (x: number): Ranges => [x, x];
    switch (c) {
      case 'd':
        return DIGIT;
      case 'D':
        return complementRanges(DIGIT);
      case 'w':
        return WORD;
      case 'W':
        return complementRanges(WORD);
      case 's':
        return SPACE;
      case 'S':
        return complementRanges(SPACE);
      case 'b':
        if (inClass) return one(8);
        return this.fail('\\b (a word boundary) is not supported', start);
      case '0':
        if (source[this.at] !== undefined && source[this.at]! >= '0' && source[this.at]! <= '9') this.fail('octal escapes are not supported', start);
        return one(0);
      case 'x':
      case 'u': {
        const digits = c === 'x' ? 2 : 4;
        const hex = source.slice(this.at, this.at + digits);
        if (hex.length !== digits || ![...hex].every(isHex)) this.fail(`bad \\${c} escape`, start);
        this.at += digits;
        return one(parseInt(hex, 16));
      }
    }
    if (Object.hasOwn(CONTROL_ESCAPES, c)) return one(CONTROL_ESCAPES[c]!);
    // Identity escapes of punctuation only: letters and digits mean other things (or Annex B quirks).
    if (isAlphanumeric(c)) this.fail(`unsupported escape \\${c}`, start);
    return one(c.charCodeAt(0));
  }

  private characterClass(): Ranges {
    const { source } = this;
    const start = this.at;
    this.at++;
    const negated = source[this.at] === '^';
    if (negated) this.at++;
    const pairs: number[] = [];
    const item = (): { set: Ranges; unit: number | undefined } => {
      if (source[this.at] === '\\') {
        const set = this.escape(true);
        return { set, unit: set.length === 2 && set[0] === set[1] ? set[0] : undefined };
      }
      const unit = source.charCodeAt(this.at++);
      return { set: [unit, unit], unit };
    };
    while (this.at < source.length && source[this.at] !== ']') {
      const lo = item();
      if (source[this.at] === '-' && source[this.at + 1] !== ']' && this.at + 1 < source.length) {
        this.at++;
        const hi = item();
        if (lo.unit === undefined || hi.unit === undefined) this.fail('a class escape cannot bound a range');
        if (hi.unit < lo.unit) this.fail('range out of order');
        pairs.push(lo.unit, hi.unit);
      } else pairs.push(...lo.set);
    }
    if (source[this.at] !== ']') this.fail('unclosed [', start);
    this.at++;
    // A class matches a character when some member equals it up to case: close it, then negate.
    const set = this.closed(normalizeRanges(pairs));
    return negated ? complementRanges(set) : set;
  }
}

export function parseRegexSubset(source: string, options: RegexSubsetOptions = {}): RegexNode {
  return new SubsetParser(source, Boolean(options.nocase)).parse();
}

/** A source matching exactly `text` (every character that has a meaning in the subset escaped). */
export function escapeRegexLiteral(text: string): string {
  let out = '';
  for (const c of text) out += '\\^$.*+?()[]{}|/'.includes(c) ? `\\${c}` : c;
  return out;
}

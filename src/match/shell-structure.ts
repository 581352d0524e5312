// A line's structure (its simple commands, their operators and substitutions), by the cheapest
// reading that gives it exactly: a line of plain words splits on spaces; a simple list is read from
// the lexer's tokens (./shell-simple.ts); anything else, compound commands, goes to the parser
// (./shell-parse.ts). Each cheaper reading is tested to give what the parser gives.
import { isReservedWord, lexShell, type ShellWord } from './shell-lex.js';
import { parseShell, type RawScript } from './shell-parse.js';
import { isPrefixAssignment, simpleListScript } from './shell-simple.js';

/**
 * Lines that need the full shell grammar (compound commands: if, for, case, groups …) longer
 * than this are opaque: bash-parser's time grows quadratically (64 KB of `if … fi` takes seconds).
 * Simple lists of any length up to MAX_LINE_LENGTH take the linear path.
 */
export const MAX_PARSED_LENGTH = 16_384;

/** Characters with no meaning to the shell, by character code: a line made only of these splits on spaces. */
const PLAIN_CODES = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -_./:=@%+,') PLAIN_CODES[c.charCodeAt(0)] = 1;

/** Whether the line has only characters with no meaning to the shell (one array read a character, no regular expression). */
function isPlainLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 128 || PLAIN_CODES[c] === 0) return false;
  }
  return true;
}

/** Which readings may be used: 'auto' (plain fast path, then simple lists, then the parser), or one only (tests). */
export type StructureVia = 'auto' | 'parser' | 'simple';

/** The plain-line fast path: exactly what the parser gives for such a line (tested against it). */
export function plainScript(line: string): RawScript | undefined {
  if (!isPlainLine(line)) return undefined;
  const words: ShellWord[] = [];
  // Each run of characters other than a space is a word (as /[^ ]+/g finds them).
  for (let i = 0, n = line.length; i < n; ) {
    if (line.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && line.charCodeAt(end) !== 32) end++;
    const raw = line.slice(i, end);
    if (isReservedWord(raw)) return undefined;
    words.push({ start: i, end, raw, value: raw, dynamic: false, glob: false, tilde: false, subs: [], parseEnd: end });
    i = end;
  }
  if (words.length === 0) return { commands: [], subs: [] };
  let k = 0;
  while (k < words.length && isPrefixAssignment(words[k]!.value)) k++;
  // Most lines assign nothing: their words are the program's, not copied.
  const argv = k === 0 ? words : words.slice(k);
  return { commands: [{ argv, assignments: words.slice(0, k), redirects: [], stdin: [] }], subs: [], ops: [undefined] };
}

/** The structure of one line (of any depth: a `bash -c` string, a substitution …). */
export function lineStructure(text: string, via: StructureVia): RawScript {
  if (via === 'auto') {
    const plain = plainScript(text);
    if (plain) return plain;
  }
  const lex = lexShell(text);
  const simple = simpleListScript(lex);
  if (simple && via !== 'parser') return simple;
  if (text.length > MAX_PARSED_LENGTH && !lex.error) {
    return { commands: [], subs: [], error: `compound commands longer than ${MAX_PARSED_LENGTH} characters are not analysed` };
  }
  const parsed = parseShell(text, lex);
  // The parser's reading of a simple list is the lexer's (tested): its operators are the same.
  if (simple && !parsed.error && parsed.commands.length === simple.commands.length) parsed.ops = simple.ops;
  return parsed;
}

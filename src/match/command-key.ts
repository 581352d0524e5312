// What makes two simple commands of a line the same command: the analysis reads a substitution
// both through the parser and through the lexer, and drops the repeats by this key. The key's
// length is worked out without building it, so that ../first-of-each.ts builds keys only for
// commands whose lengths another shares (most lines have none).
import type { SimpleCommand } from './command-analysis.js';

/** What makes two simple commands the same: the words too (`rm 'a b'` and `rm a b` share a layer text but not their argv). */
export function commandKey(c: SimpleCommand): string {
  const words = c.argvs.map((argv) => argv.map((w) => (w.dynamic ? '\u0002' : w.tilde ? '\u0003' : '') + w.value).join('\u0001')).join('\0');
  return `${c.delegates}\0${c.layers.join('\0')}\0${words}\0${c.dirs ? c.dirs.join('\0') : '*'}${c.env ? `\0${c.env.map((w) => w.value).join('\0')}` : ''}`;
}

/** commandKey(c).length, without building it (firstOfEachKey). */
export function commandKeyLength(c: SimpleCommand): number {
  let words = c.argvs.length > 0 ? c.argvs.length - 1 : 0;
  for (const argv of c.argvs) {
    if (argv.length > 0) words += argv.length - 1;
    for (const w of argv) words += (w.dynamic || w.tilde ? 1 : 0) + w.value.length;
  }
  return String(c.delegates).length + 1 + joinedLength(c.layers) + 1 + words + 1 + (c.dirs ? joinedLength(c.dirs) : 1) + (c.env ? 1 + joinedLength(c.env.map((w) => w.value)) : 0);
}

/** The length of strings.join(separator of one character). */
function joinedLength(strings: readonly string[]): number {
  let n = strings.length > 0 ? strings.length - 1 : 0;
  for (const x of strings) n += x.length;
  return n;
}

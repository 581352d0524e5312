// A cluster of short options read the getopt way: `-rf` is `-r -f`; a letter that takes a value
// ends the cluster, its value being the rest of the word (`-p22`) or else the next word (`-o file`).
// Each program says what its letters are; this is the one place that walks the word.

/**
 * What a letter of a cluster is to its program:
 * - `flag`: takes no value; the next letter is another option;
 * - `value`: takes a value, the rest of the word or else the next word (`-p22`, `-p 22`);
 * - `optional-value`: takes a value only when one is attached (`xargs -i{}`; `-i` alone has none);
 * - `unknown`: not the program's, so where its value ends cannot be told and reading stops.
 */
export type ShortLetter = 'flag' | 'value' | 'optional-value' | 'unknown';

/** A cluster as read: its flags, the letter that took a value (and where the value is), or the letter not known. */
export interface ShortCluster {
  /** The letters read as flags, in order, one UTF-16 unit each (as `word[j]`, the way callers index words). */
  flags: string[];
  /** The letter that takes a value and so ends the cluster (`p` of `-vp22`), if one does. */
  valued?: string;
  /** That letter's value when written after it in the same word (`22` of `-vp22`). */
  attached?: string;
  /** That letter takes a required value and ends the word: its value is the next word (`-o file`), if there is one. */
  nextWord: boolean;
  /** The first letter that is `unknown`: nothing after it is read, since it may take them as its value. */
  unknown?: string;
}

/** Reads the cluster `word` (its dash included: `-xzf`; `tar xzf` is read as `-xzf`) by what each letter is. */
export function readShortCluster(word: string, letter: (ch: string) => ShortLetter): ShortCluster {
  const flags: string[] = [];
  for (let j = 1; j < word.length; j++) {
    const ch = word[j]!;
    const kind = letter(ch);
    if (kind === 'flag') {
      flags.push(ch);
      continue;
    }
    if (kind === 'unknown') return { flags, unknown: ch, nextWord: false };
    const rest = j + 1 < word.length ? word.slice(j + 1) : undefined;
    return { flags, valued: ch, attached: rest, nextWord: rest === undefined && kind === 'value' };
  }
  return { flags, nextWord: false };
}

// Commit-message trailers, parsed as git and GitHub read them: whole `Key: value` lines at
// column 0, in a body paragraph that starts with such a line. A squash commit repeats the
// trailer paragraphs of every squashed commit, so every such paragraph counts, not only the last.

export interface Trailer {
  /** As written. Compare with `keyLower`. */
  key: string;
  keyLower: string;
  value: string;
  /** 1-based line in the message. */
  line: number;
}

const TRAILER_KEY = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * `Key: value` (spaces and tabs around the colon and the value dropped), as git reads a trailer
 * line, or undefined. Scanned by hand: commit messages of agent commits are agent-controlled, and
 * the regex this replaces (`(.*?)[ \t]*$`) was quadratic on a long run of spaces in a value.
 */
function trailerLine(line: string): { key: string; value: string } | undefined {
  const colon = line.indexOf(':');
  if (colon <= 0 || line.includes('\u2028') || line.includes('\u2029')) return undefined;
  let keyEnd = colon;
  while (keyEnd > 0 && isBlank(line[keyEnd - 1])) keyEnd--;
  const key = line.slice(0, keyEnd);
  if (!TRAILER_KEY.test(key)) return undefined;
  let start = colon + 1;
  while (start < line.length && isBlank(line[start])) start++;
  let end = line.length;
  while (end > start && isBlank(line[end - 1])) end--;
  return { key, value: line.slice(start, end) };
}

export function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

export function parseTrailers(message: string): Trailer[] {
  const lines = splitLines(message);
  const out: Trailer[] = [];
  let i = 0;
  // The subject paragraph is never a trailer block.
  while (i < lines.length && lines[i]!.trim() !== '') i++;
  while (i < lines.length) {
    while (i < lines.length && lines[i]!.trim() === '') i++;
    const start = i;
    while (i < lines.length && lines[i]!.trim() !== '') i++;
    if (start < i && trailerLine(lines[start]!) && !/^[a-z]+:\/\//i.test(lines[start]!)) {
      for (let j = start; j < i; j++) {
        const t = trailerLine(lines[j]!);
        if (!t || t.value === '' || t.value.startsWith('//')) continue;
        out.push({ key: t.key, keyLower: t.key.toLowerCase(), value: t.value, line: j + 1 });
      }
    }
  }
  return out;
}

export interface Ident {
  name: string;
  email: string;
}

/**
 * `Name <email>` exactly: one address, nothing after it; the address without whitespace, with an
 * `@` that is neither its first nor its last character. Scanned by hand (linear): the regex this
 * replaces was quadratic on a long run of whitespace before the `<`.
 */
export function parseIdent(value: string): Ident | undefined {
  const v = value.trim();
  const open = v.indexOf('<');
  if (open < 0 || v.indexOf('>') !== v.length - 1 || v.indexOf('<', open + 1) >= 0) return undefined;
  const name = v.slice(0, open).trim();
  const email = v.slice(open + 1, -1);
  if (name === '' || /[\s<>]/.test(email) || !email.slice(1, -1).includes('@')) return undefined;
  return { name, email };
}

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

const TRAILER_LINE = /^([A-Za-z0-9][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;

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
    if (start < i && TRAILER_LINE.test(lines[start]!) && !/^[a-z]+:\/\//i.test(lines[start]!)) {
      for (let j = start; j < i; j++) {
        const m = TRAILER_LINE.exec(lines[j]!);
        if (!m || m[2] === '' || /^\/\//.test(m[2]!)) continue;
        out.push({ key: m[1]!, keyLower: m[1]!.toLowerCase(), value: m[2]!, line: j + 1 });
      }
    }
  }
  return out;
}

export interface Ident {
  name: string;
  email: string;
}

/** `Name <email>` exactly: one address, nothing after it. */
export function parseIdent(value: string): Ident | undefined {
  const m = /^([^<>]*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(value.trim());
  if (!m || m[1]!.trim() === '') return undefined;
  return { name: m[1]!.trim(), email: m[2]! };
}

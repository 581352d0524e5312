// HTTPie's command line (`http`, `https`, and the programs that copy it: xh, xhs, curlie):
// `http [METHOD] URL [REQUEST_ITEM ...]` (httpie.io/docs/cli, "Request items"; the http(1) man
// page). The URL is a real request; a request item names a file when a separator is followed by
// `@`: `field=@file` and `field:=@file` embed the file's text or JSON, `Header:@file` and
// `name==@file` read a header or a query parameter from a file, `field@file` uploads it as a form
// file (`field@file;type=…`), and a bare `@file` is the request body. Items are split at their
// first separator, as HTTPie splits them; `\:`, `\=`, `\@` escape one.
import type { Arg } from '../match/command.js';
import type { Touch } from './touch.js';

/** HTTP methods: a first operand that is one of them is the method, and the URL follows. */
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'CONNECT', 'QUERY']);

/**
 * What `operands` (options already taken off) touch: the URL's host (and the first word's too when
 * it may be a method HTTPie does not know, or the URL: it is checked as both), and each file an
 * item reads.
 */
export function requestItemTouches(name: string, operands: readonly Arg[]): Touch[] {
  const out: Touch[] = [];
  if (operands.length === 0) return out;
  let at = 0;
  const first = operands[0]!;
  if (!first.dynamic && operands.length > 1 && /^[A-Za-z]+$/.test(first.value)) {
    // A word of letters before the URL is the method; one HTTPie does not list may still be a
    // host (`http localhost x=1`): checked as a host as well.
    if (!METHODS.has(first.value.toUpperCase())) url(out, name, first);
    at = 1;
  }
  url(out, name, operands[at]!);
  for (const item of operands.slice(at + 1)) {
    if (item.dynamic) {
      // An item known only at run time may name any file (`$F` = `x=@.env`), or be a second URL.
      out.push({ kind: 'dynamic', what: 'file', op: 'read', word: item.value, via: `${name} ${item.value}` });
      continue;
    }
    const path = itemFile(item.value);
    if (path) out.push({ kind: 'file', op: 'read', path, via: `${name} ${item.value}` });
    // A word with no separator, or one that begins with a scheme, is no item: after an option
    // this reading does not know to take a value (`--max-headers 5 evil.example`), it may be the
    // URL itself, so it is checked as one.
    else if (!/[:=@]/.test(item.value) || /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(item.value)) url(out, name, item);
  }
  return out;
}

/** The request's host: `:3000` and `:/x` are localhost (HTTPie's shorthand); no scheme is http://. */
function url(out: Touch[], name: string, arg: Arg): void {
  const via = `${name} ${arg.value}`;
  if (arg.dynamic) {
    out.push({ kind: 'dynamic', what: 'host', word: arg.value, via });
    return;
  }
  const v = arg.value;
  const target = v.startsWith(':') ? `http://localhost${v.slice(1).startsWith('/') ? '' : ':'}${v.slice(1)}` : v.includes('://') ? v : `http://${v}`;
  out.push({ kind: 'host', target, via });
}

/** The file an item reads, if any. */
export function itemFile(word: string): string | undefined {
  if (word.startsWith('@')) return fileOf(word.slice(1));
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '@') return fileOf(word.slice(i + 1));
    if (c === ':' || c === '=') {
      // `:`, `:=`, `=`, `==`: the separator, then `@` if the value is read from a file.
      let j = i + 1;
      if (word[j] === '=') j++;
      return word[j] === '@' ? fileOf(word.slice(j + 1)) : undefined;
    }
  }
  return undefined;
}

/** `file;type=text/plain`: the file (a form file's MIME type follows a `;`). */
function fileOf(v: string): string | undefined {
  const semi = v.indexOf(';');
  const path = semi < 0 ? v : v.slice(0, semi);
  return path === '' ? undefined : path;
}

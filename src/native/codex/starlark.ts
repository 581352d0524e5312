// A small, safe reader for the Starlark subset Codex `.rules` files use: top-level calls with
// keyword arguments whose values are strings, numbers, booleans, None and lists of those
// (`prefix_rule(pattern = ["git", ["push", "fetch"]], decision = "prompt")`). Nothing is
// evaluated; anything outside the subset is reported at its line and skipped. One pass over the
// text, no regular expression on it.
import { LineIndex } from '../positions.js';

export type StarValue = string | number | boolean | null | StarValue[];

export interface StarCall {
  name: string;
  line: number;
  column: number;
  args: Map<string, { value: StarValue; line: number; column: number }>;
}

export interface StarProblem {
  message: string;
  line: number;
  column: number;
}

type Token =
  | { t: 'name'; v: string; at: number }
  | { t: 'str'; v: string; at: number }
  | { t: 'num'; v: number; at: number }
  | { t: 'punct'; v: string; at: number }
  | { t: 'bad'; v: string; at: number };

function isNameStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}
function isNameChar(c: string): boolean {
  return isNameStart(c) || (c >= '0' && c <= '9');
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'", '0': '\0' };

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === '"' || c === "'") {
      const at = i;
      const triple = text.startsWith(c.repeat(3), i);
      const close = triple ? c.repeat(3) : c;
      i += close.length;
      let v = '';
      let closed = false;
      while (i < text.length) {
        if (text.startsWith(close, i)) {
          i += close.length;
          closed = true;
          break;
        }
        const ch = text[i]!;
        if (ch === '\n' && !triple) break;
        if (ch === '\\' && i + 1 < text.length) {
          const e = text[i + 1]!;
          v += ESCAPES[e] ?? `\\${e}`;
          i += 2;
          continue;
        }
        v += ch;
        i++;
      }
      out.push(closed ? { t: 'str', v, at } : { t: 'bad', v: 'a string that is not closed', at });
    } else if (isNameStart(c)) {
      const at = i;
      while (i < text.length && isNameChar(text[i]!)) i++;
      out.push({ t: 'name', v: text.slice(at, i), at });
    } else if (c >= '0' && c <= '9') {
      const at = i;
      while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
      out.push({ t: 'num', v: Number(text.slice(at, i)), at });
    } else if ('()[],='.includes(c)) {
      out.push({ t: 'punct', v: c, at: i });
      i++;
    } else {
      out.push({ t: 'bad', v: `"${c}"`, at: i });
      i++;
    }
  }
  return out;
}

/** Nesting deeper than this is not a rule file (and must not exhaust the stack). */
const MAX_DEPTH = 16;

export function readStarlark(text: string): { calls: StarCall[]; problems: StarProblem[] } {
  const lines = new LineIndex(text);
  const tokens = tokenize(text);
  const calls: StarCall[] = [];
  const problems: StarProblem[] = [];
  let k = 0;
  const problem = (at: number, message: string): void => {
    problems.push({ message, ...lines.at(at) });
  };
  const skipStatement = (): void => {
    // To the end of the current top-level statement: balanced brackets, then the next name at depth 0.
    let depth = 0;
    k++;
    while (k < tokens.length) {
      const tok = tokens[k]!;
      if (tok.t === 'punct' && (tok.v === '(' || tok.v === '[')) depth++;
      else if (tok.t === 'punct' && (tok.v === ')' || tok.v === ']')) depth = Math.max(0, depth - 1);
      else if (depth === 0 && tok.t === 'name') return;
      k++;
    }
  };
  const value = (depth: number): StarValue | undefined => {
    const tok = tokens[k];
    if (!tok) return undefined;
    if (tok.t === 'str') {
      k++;
      return tok.v;
    }
    if (tok.t === 'num') {
      k++;
      return tok.v;
    }
    if (tok.t === 'name' && (tok.v === 'True' || tok.v === 'False' || tok.v === 'None')) {
      k++;
      return tok.v === 'None' ? null : tok.v === 'True';
    }
    if (tok.t === 'punct' && tok.v === '[' && depth < MAX_DEPTH) {
      k++;
      const items: StarValue[] = [];
      while (k < tokens.length && !(tokens[k]!.t === 'punct' && tokens[k]!.v === ']')) {
        const v = value(depth + 1);
        if (v === undefined) return undefined;
        items.push(v);
        const sep = tokens[k];
        if (sep?.t === 'punct' && sep.v === ',') k++;
        else if (!(sep?.t === 'punct' && sep.v === ']')) return undefined;
      }
      if (k >= tokens.length) return undefined;
      k++;
      return items;
    }
    return undefined;
  };
  while (k < tokens.length) {
    const head = tokens[k]!;
    const open = tokens[k + 1];
    if (head.t !== 'name' || open?.t !== 'punct' || open.v !== '(') {
      problem(head.at, `expected a call such as prefix_rule(...), found ${head.t === 'bad' ? head.v : `"${head.v}"`}`);
      skipStatement();
      continue;
    }
    const call: StarCall = { name: head.v, ...lines.at(head.at), args: new Map() };
    k += 2;
    let ok = true;
    while (k < tokens.length && !(tokens[k]!.t === 'punct' && tokens[k]!.v === ')')) {
      const key = tokens[k]!;
      const eq = tokens[k + 1];
      if (key.t !== 'name' || eq?.t !== 'punct' || eq.v !== '=') {
        problem(key.at, `${head.v}() takes keyword arguments only (name = value)`);
        ok = false;
        break;
      }
      k += 2;
      const valueAt = tokens[k]?.at ?? key.at;
      const v = value(0);
      if (v === undefined) {
        problem(valueAt, `the value of ${key.v} is not a string, number, boolean or list`);
        ok = false;
        break;
      }
      call.args.set(key.v, { value: v, ...lines.at(valueAt) });
      const sep = tokens[k];
      if (sep?.t === 'punct' && sep.v === ',') k++;
      else if (!(sep?.t === 'punct' && sep.v === ')')) {
        problem(sep?.at ?? text.length, `expected "," or ")" in ${head.v}(...)`);
        ok = false;
        break;
      }
    }
    if (!ok) {
      // Past this call's closing parenthesis.
      let depth = 1;
      while (k < tokens.length && depth > 0) {
        const tok = tokens[k]!;
        if (tok.t === 'punct' && (tok.v === '(' || tok.v === '[')) depth++;
        else if (tok.t === 'punct' && (tok.v === ')' || tok.v === ']')) depth--;
        k++;
      }
      continue;
    }
    if (k >= tokens.length) {
      problem(head.at, `${head.v}( is not closed`);
      break;
    }
    k++;
    calls.push(call);
  }
  return { calls, problems };
}

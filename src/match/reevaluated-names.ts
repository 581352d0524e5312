// Names whose value bash evaluates again as code: arithmetic (`$((x))`, `((x))`, `$[x]`, `let`,
// the comparisons of `[[ … ]]`), array subscripts (`a[x]`, `${a[x]}`), indirection (`${!x}`) and
// `test -v`. A value of `a[$(cmd)]` there runs cmd (`x=$(cat f); echo $((x))` runs what f says:
// SPEC 3, "code that bash executes where our lexer sees data"). A literal value holding such code
// is caught where it is assigned (shell-opaque.ts assignmentOpaque); this finds the uses of values
// known only at run time. One pass over the line's text with a stack of open brackets and double
// quotes, no RegExp; single-quoted text is skipped. It may name more than bash would evaluate,
// never less.

const isNameStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 48 && c <= 57);

const CLOSES: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

/** A word `w` of the text at k (not part of a longer name). */
function wordAt(text: string, k: number, w: string): boolean {
  if (!text.startsWith(w, k)) return false;
  return (k === 0 || !isNameChar(text.charCodeAt(k - 1))) && !isNameChar(text.charCodeAt(k + w.length));
}

/**
 * In the set reevaluatedNames returns: a command substitution whose output is evaluated again
 * (`$(( $(cat f) ))`: the output `a[$(id)]` runs id). Not a name, so no variable is taken for it.
 */
export const EVALUATED_SUBSTITUTION = '$(';

/** The names whose values the line may evaluate again as code (and EVALUATED_SUBSTITUTION). */
export function reevaluatedNames(text: string): Set<string> {
  const out = new Set<string>();
  // Open brackets and double quotes, each bracket marked when what it holds is evaluated again;
  // `marked` counts the marks.
  const open: { char: string; marked: boolean }[] = [];
  let marked = 0;
  // `let …`: every name of the rest of the command is evaluated; `test -v …`: the values named.
  let command: 'names' | 'values' | undefined;
  const push = (char: string, mark: boolean): void => {
    open.push({ char, marked: mark });
    if (mark) marked++;
  };
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    const code = text.charCodeAt(k);
    if (c === '\\') {
      k++; // an escaped character is literal
      continue;
    }
    const inDouble = open[open.length - 1]?.char === '"';
    const evaluating = marked > 0 || command !== undefined;
    if (inDouble && c === '"') {
      open.pop();
      continue;
    }
    // Inside double quotes only expansions open anything: `"(x"` and `"it's"` are text.
    if (inDouble && (c === '(' || c === '[' || c === '{') && text[k - 1] !== '$') continue;
    if (inDouble && (c === ')' || c === ']' || c === '}' || c === "'" || c === '-')) continue;
    if (isNameStart(code) && (k === 0 || !isNameChar(text.charCodeAt(k - 1)))) {
      let end = k;
      while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
      const expanded = text[k - 1] === '$' || (text[k - 1] === '{' && text[k - 2] === '$');
      if (marked > 0 || command === 'names' || (command === 'values' && expanded)) out.add(text.slice(k, end));
      if (!inDouble && wordAt(text, k, 'let')) command = 'names';
      // A name followed by `[`: a subscript (`a[x]=1`, `${a[x]}`); in double quotes only within `${…}`.
      if (text[end] === '[' && !inDouble) {
        push('[', true);
        end++;
      }
      k = end - 1;
    } else if (c === '"') {
      push('"', false);
    } else if (c === "'" && !evaluating) {
      // A single-quoted word (or `$'…'`, whose backslashes escape) is text: skipped whole. Where the
      // text is evaluated (`let 'x=…'`, inside arithmetic) it is read on.
      const ansi = text[k - 1] === '$';
      let close = k + 1;
      while (close < text.length && text[close] !== "'") close += ansi && text[close] === '\\' ? 2 : 1;
      k = close;
    } else if (c === '(') {
      // `((…))`, `$((…))`, `for ((…))`: the outer of the two is marked. A `$(…)` or `` `…` `` inside
      // a marked bracket: its output is evaluated again.
      if (evaluating && text[k - 1] === '$' && text[k + 1] !== '(') out.add(EVALUATED_SUBSTITUTION);
      push('(', text[k + 1] === '(');
    } else if (c === '`') {
      if (evaluating) out.add(EVALUATED_SUBSTITUTION);
    } else if (c === '[') {
      // `$[…]`, and `[[ … ]]` (its comparisons evaluate arithmetic): marked.
      push('[', text[k - 1] === '$' || text[k + 1] === '[' || open[open.length - 1]?.char === '[');
    } else if (c === '{') {
      push('{', text[k - 1] === '$' && text[k + 1] === '!');
    } else if (c === ')' || c === ']' || c === '}') {
      const top = open[open.length - 1];
      if (top && top.char === CLOSES[c]) {
        open.pop();
        if (top.marked) marked--;
      }
    } else if (c === '-' && text[k + 1] === 'v' && (text[k + 2] === ' ' || text[k + 2] === '\t')) {
      command = 'values';
      k++; // the option's letter is no name
    } else if (open.length === 0 && (c === ';' || c === '&' || c === '|' || c === '\n')) {
      command = undefined;
    }
  }
  return out;
}

/** Characters of a plain literal word list (names, numbers, paths, `-+:,.`, blanks). */
const isPlain = (c: number): boolean => isNameChar(c) || c === 32 || c === 9 || c === 46 || c === 47 || c === 45 || c === 43 || c === 58 || c === 44;

/**
 * Adds the names of `for NAME in WORDS` and `select NAME in WORDS` whose words are not all plain
 * literals (an expansion, a substitution, a glob: the loop variable holds text known only at run
 * time). One pass: a loop's words end at `;`, a newline or `do`.
 */
export function loopNamesOfRunTimeWords(text: string, out: Set<string>): void {
  // Loop names seen since the last end of a command, each with where its name ends.
  const pending: { name: string; end: number }[] = [];
  let lastNotPlain = -1;
  const settle = (): void => {
    for (const p of pending) if (lastNotPlain > p.end) out.add(p.name);
    pending.length = 0;
  };
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === ';' || c === '\n' || wordAt(text, k, 'do')) {
      settle();
      continue;
    }
    if (wordAt(text, k, 'for') || wordAt(text, k, 'select')) {
      let at = k + (c === 'f' ? 3 : 6);
      while (text[at] === ' ' || text[at] === '\t') at++;
      const start = at;
      while (at < text.length && isNameChar(text.charCodeAt(at))) at++;
      if (at > start) pending.push({ name: text.slice(start, at), end: at });
      k = Math.max(k, at - 1);
      continue;
    }
    if (!isPlain(text.charCodeAt(k))) lastNotPlain = k;
  }
  settle();
}

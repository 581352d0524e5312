// Simple lists without the parser: a line that is only simple commands joined by `&&`, `||`, `;`,
// `|`, `&` or newlines (with redirections, quotes and substitutions, but no reserved word, group,
// subshell or case) has its structure fully given by the lexer's tokens. bash-parser costs 1-5 ms
// a line; this path costs microseconds and is tested equal to the parser's (fast-check).
import { isDigits, isReservedWord, type LexResult, type ShellWord } from './shell-lex.js';
import { noteSubs, orderedSubs, type RawCommand, type RawScript } from './shell-parse.js';

/**
 * An assignment in front of a command: `A=1`, also `A+=1` and `a[0]=1`, which bash-parser takes
 * for the program name (bash does not: `A+=1 rm -rf x` runs rm).
 */
export const PREFIX_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?\+?=/;

/** PREFIX_ASSIGNMENT.test(word), the regular expression run only on a word with a `=` (most words have none). */
export function isPrefixAssignment(word: string): boolean {
  return word.includes('=') && PREFIX_ASSIGNMENT.test(word);
}

const CONTROL = new Set(['&&', '||', ';', '|', '|&', '&', '\n']);
const NEEDS_MORE = new Set(['&&', '||', '|', '|&']);
const REDIRECT = new Set(['>', '>>', '>|', '<', '<>', '<&', '>&', '&>', '&>>', '<<', '<<-', '<<<']);

function fresh(): RawCommand {
  return { argv: [], assignments: [], redirects: [], stdin: [] };
}

function isEmpty(c: RawCommand): boolean {
  return !c.argv.length && !c.assignments.length && !c.redirects.length && !c.stdin.length;
}

/** The script of a simple list, or undefined when the line needs the full parser. */
export function simpleListScript(lex: LexResult): RawScript | undefined {
  if (lex.error) return undefined;
  const commands: RawCommand[] = [];
  const ops: (string | undefined)[] = [];
  const subs: { at: number; text: string }[] = [];
  const note = (w: ShellWord) => noteSubs(subs, w);
  let cur = fresh();
  let needMore = false;
  const toks = lex.tokens;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind === 'io') {
      if (!isDigits(t.text)) return undefined;
      continue;
    }
    if (t.kind === 'op') {
      if (CONTROL.has(t.op)) {
        if (isEmpty(cur)) {
          if (t.op === '\n') continue;
          return undefined; // `; x`, `a && && b`: a syntax error, the parser will say so
        }
        commands.push(cur);
        ops.push(t.op);
        cur = fresh();
        needMore = NEEDS_MORE.has(t.op);
        continue;
      }
      if (!REDIRECT.has(t.op)) return undefined; // ( ) ;; ;& ;;&
      const next = toks[k + 1];
      if (!next || next.kind !== 'word') return undefined;
      k++;
      const w = next.word;
      note(w);
      if (t.op === '<<' || t.op === '<<-') {
        if (!w.heredoc) return undefined;
        cur.stdin.push(w);
      } else if (t.op === '<<<') cur.stdin.push(w);
      else cur.redirects.push({ op: t.op === '&>' ? '>' : t.op === '&>>' ? '>>' : t.op, target: w });
      continue;
    }
    const w = t.word;
    // A reserved word anywhere goes to the parser: bash-parser reads some as keywords even in
    // argument position (`rm for < in`, `echo }` are errors to it); keep to its stricter reading.
    if (w.heredoc || w.hereString || isReservedWord(w.raw)) return undefined;
    note(w);
    if (cur.argv.length === 0) {
      if (isPrefixAssignment(w.raw)) {
        cur.assignments.push(w);
        continue;
      }
    }
    cur.argv.push(w);
  }
  if (!isEmpty(cur)) {
    commands.push(cur);
    ops.push(undefined);
  } else if (needMore) return undefined;
  else if (ops.length) ops[ops.length - 1] = ops[ops.length - 1] === '&' ? '&' : undefined;
  return { commands, subs: orderedSubs(subs), ops };
}

// Command-line structure from a real shell grammar (@ericcornelissen/bash-parser), with every word
// taken from our own lexer (shell-lex.ts) and cross-checked against it: if the two disagree on
// where any word is, the line is reported as unparseable (and therefore denied).
import { bashParser } from './bash-parser-load.js';
import { isReservedWord, lexShell, type LexResult, type ShellWord } from './shell-lex.js';
import { isCodeVariable } from './shell-opaque.js';

export interface RawRedirect {
  /** `>`, `>>`, `>|`, `<`, `<>`, `<&`, `>&` */
  op: string;
  target: ShellWord;
}

/** A simple command before any normalisation. */
export interface RawCommand {
  /** Program name and arguments (not assignments, not redirections). */
  argv: ShellWord[];
  assignments: ShellWord[];
  redirects: RawRedirect[];
  /** Words fed to standard input: here-document delimiters (with their body) and here-strings. */
  stdin: ShellWord[];
}

export interface RawScript {
  commands: RawCommand[];
  /** Sources of every command substitution at this level, to be analysed as command lines. */
  subs: string[];
  error?: string;
  /**
   * Set by the simple-list path only: `ops[i]` is the control operator after `commands[i]`
   * (`&&`, `||`, `;`, `|`, `|&`, `&`, a newline), undefined after the last command.
   */
  ops?: (string | undefined)[];
  /** The script defines a function (its body runs whenever the name is called). */
  functions?: boolean;
}

interface Node {
  type: string;
  loc?: { start: { char: number }; end: { char: number } };
  [k: string]: unknown;
}

class Walker {
  readonly commands: RawCommand[] = [];
  readonly subs: { at: number; text: string }[] = [];
  readonly seen = new Set<number>();
  functions = false;
  constructor(private readonly byStart: Map<number, ShellWord>) {}

  node(n: Node | undefined): void {
    if (!n) return;
    // Compound commands carry their own redirections (`while …; done > f`, `(a) < in`).
    if (n.type !== 'Script' && n.type !== 'Command') this.looseRedirects(n.redirections as Node[] | undefined);
    switch (n.type) {
      case 'Script':
      case 'CompoundList':
        for (const c of (n.commands as Node[] | undefined) ?? []) this.node(c);
        return;
      case 'Subshell':
        return this.node(n.list as Node);
      case 'LogicalExpression':
        this.node(n.left as Node);
        return this.node(n.right as Node);
      case 'Pipeline':
        for (const c of n.commands as Node[]) this.node(c);
        return;
      case 'Command':
        return this.command(n);
      case 'Function':
        this.functions = true;
        this.word(n.name as Node);
        return this.node(n.body as Node);
      case 'If':
        this.node(n.clause as Node);
        this.node(n.then as Node);
        return this.node(n.else as Node | undefined);
      case 'For': {
        // The loop assigns its variable: a code-carrying one (`for PAGER in ./x`) is read as
        // `read PAGER`, which is opaque (src/match/shell-opaque.ts).
        const name = this.word(n.name as Node);
        if (!name.dynamic && isCodeVariable(name.value)) this.commands.push({ argv: [{ ...name, raw: 'read', value: 'read', subs: [], fields: undefined }, name], assignments: [], redirects: [], stdin: [] });
        for (const w of (n.wordlist as Node[] | undefined) ?? []) this.word(w);
        return this.node(n.do as Node);
      }
      case 'While':
      case 'Until':
        this.node(n.clause as Node);
        return this.node(n.do as Node);
      case 'Case':
        this.word(n.clause as Node);
        for (const item of n.cases as Node[]) {
          for (const p of item.pattern as Node[]) this.word(p);
          this.node(item.body as Node | undefined);
        }
        return;
      default:
        throw new Disagreement(`unsupported shell construct "${n.type}"`);
    }
  }

  private command(n: Node): void {
    const cmd: RawCommand = { argv: [], assignments: [], redirects: [], stdin: [] };
    for (const p of (n.prefix as Node[] | undefined) ?? []) {
      if (p.type === 'Redirect') this.redirect(p, cmd);
      else cmd.assignments.push(this.word(p));
    }
    const words: Node[] = [];
    if (n.name) words.push(n.name as Node);
    for (const s of (n.suffix as Node[] | undefined) ?? []) {
      if (s.type === 'Redirect') this.redirect(s, cmd);
      else words.push(s);
    }
    for (const w of words) {
      const word = this.word(w);
      if (word.heredoc) throw new Disagreement('a here-document was not read as a redirection');
      if (word.hereString) cmd.stdin.push(word);
      // `if ! rm -rf x; then …`: bash-parser takes the reserved word `!` for the program name in a
      // compound command's condition; bash negates the command that follows it.
      else if (cmd.argv.length === 0 && cmd.assignments.length === 0 && word.raw === '!') continue;
      else cmd.argv.push(word);
    }
    this.commands.push(cmd);
  }

  private redirect(r: Node, cmd: RawCommand): void {
    const op = (r.op as { text: string; type: string }).text;
    if (op === '<<' || op === '<<-') throw new Disagreement('here-document not understood');
    const target = this.word(r.file as Node);
    if (target.heredoc) cmd.stdin.push(target);
    else cmd.redirects.push({ op, target });
  }

  private looseRedirects(list: Node[] | undefined): void {
    if (!list?.length) return;
    const cmd: RawCommand = { argv: [], assignments: [], redirects: [], stdin: [] };
    for (const r of list) this.redirect(r, cmd);
    this.commands.push(cmd);
  }

  word(n: Node): ShellWord {
    if (!n.loc) throw new Disagreement('the parser gave a word without a position');
    const start = n.loc.start.char;
    const w = this.byStart.get(start);
    if (!w || w.parseEnd !== n.loc.end.char + 1) {
      throw new Disagreement(`the shell parser and the lexer disagree about the word at offset ${start}`);
    }
    this.seen.add(start);
    noteSubs(this.subs, w);
    this.expansions(n.expansion, start);
    return w;
  }

  /** The parser's own view of substitutions: analysed too (a union is never less strict). */
  private expansions(list: unknown, at: number): void {
    if (!Array.isArray(list)) return;
    for (const e of list as Node[]) {
      if (e.type === 'CommandExpansion' && typeof e.command === 'string') this.subs.push({ at: at + 0.75, text: e.command });
      else if (e.type === 'ParameterExpansion' && e.word && typeof e.word === 'object') {
        this.expansions((e.word as Node).expansion, at);
      }
    }
  }
}

class Disagreement extends Error {}

export function parseShell(src: string, lexed?: LexResult): RawScript {
  const lex = lexed ?? lexShell(src);
  if (lex.error) return { commands: [], subs: [], error: lex.error };
  // Blank lines and comments: nothing runs (the parser rejects an empty script).
  if (lex.words.length === 0 && /^\s*$/.test(lex.parseText.replace(/(^|\s)#[^\n]*/g, '$1'))) {
    return { commands: [], subs: [] };
  }
  let ast: Node;
  try {
    // The trailing space works around a parser slip: an expansion ending the input ends one char late.
    // The parser loads here, on the first line that needs it (bash-parser-load.ts); a failed load is this error too.
    ast = bashParser()(lex.parseText + ' ', { insertLOC: true }) as Node;
  } catch (e) {
    const msg = String((e as Error)?.message ?? e).split('\n')[0]!.replace(/^Error: /, '');
    return { commands: [], subs: [], error: `shell syntax not understood (${msg})` };
  }
  const byStart = new Map(lex.words.map((w) => [w.start, w]));
  const walker = new Walker(byStart);
  try {
    walker.node(ast);
    for (const w of lex.words) {
      if (!walker.seen.has(w.start) && !isReservedWord(w.raw)) {
        throw new Disagreement(`the shell parser dropped the word "${w.raw}"`);
      }
    }
  } catch (e) {
    if (e instanceof Disagreement) return { commands: [], subs: [], error: e.message };
    return { commands: [], subs: [], error: `shell syntax not understood (${(e as Error).message})` };
  }
  return { commands: walker.commands, subs: orderedSubs(walker.subs), ...(walker.functions ? { functions: true } : {}) };
}

/** A word's substitutions, then those of its here-document body, placed by the word's offset. */
export function noteSubs(out: { at: number; text: string }[], w: ShellWord): void {
  for (const text of w.subs) out.push({ at: w.start, text });
  if (w.heredoc) for (const text of w.heredoc.subs) out.push({ at: w.start + 0.5, text });
}

/** In source order, each once: the order of analysis does not depend on the way the line was read. */
export function orderedSubs(subs: { at: number; text: string }[]): string[] {
  if (subs.length === 0) return []; // most lines: no copy, sort or Set
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of [...subs].sort((a, b) => a.at - b.at)) {
    if (!seen.has(s.text)) {
      seen.add(s.text);
      out.push(s.text);
    }
  }
  return out;
}

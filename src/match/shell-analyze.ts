// From a command line to what the policy checks (./command-analysis.ts): every simple command
// (normalised, with the commands its wrappers run), every file a redirection or `tee` touches, and
// every reason the line cannot be decided (unparseable, a program known only at run time, nesting
// too deep).
//
// This file is the walk: a line's structure (./shell-structure.ts), each command's assignments and
// words, and each simple command's layers through its wrappers. What the walk meets has a file of
// its own, sharing one state a line (./shell-line-state.ts): where commands run
// (./shell-directories.ts), redirections and the scripts the line writes (./shell-redirections.ts),
// assignments (./shell-assignments.ts), values known only at run time and the readings they give
// (./shell-run-time-values.ts), and programs that run other code or touch files
// (./shell-special-programs.ts).
import { firstOfEachKey } from '../first-of-each.js';
import { MAX_DEPTH, MAX_LINE_LENGTH, layerText, type CommandAnalysis, type SimpleCommand } from './command-analysis.js';
import { commandKey, commandKeyLength } from './command-key.js';
import { sameProgram } from './program-aliases.js';
import { writtenName } from './program-name.js';
import { applyAssignments, prefixAssignments, terraformArgs, wrapperAssignments } from './shell-assignments.js';
import { chdirTargets } from './shell-cwd.js';
import { chdir, followList, placeCommands } from './shell-directories.js';
import { substitute, varsRisky } from './shell-flow.js';
import { lexShell, type ShellWord } from './shell-lex.js';
import { LineState } from './shell-line-state.js';
import { UNMODELLED_RUNNERS } from './shell-opaque.js';
import type { RawCommand } from './shell-parse.js';
import { isProcessSubstitution, redirections, runsWrittenScript } from './shell-redirections.js';
import { layerEffects, promptUses, readings, reevaluatedRunTimeValues, rememberProgramUse } from './shell-run-time-values.js';
import { isPrefixAssignment } from './shell-simple.js';
import { specialProgram } from './shell-special-programs.js';
import { cronCommands, pipedFrom, stdinOf, stdinTexts } from './shell-stdin.js';
import { lineStructure, type StructureVia } from './shell-structure.js';
import { isWrapper, setsEnvironment, unwrap, xargsReplace, type Arg } from './shell-wrappers.js';

// Importable from here, the analysis's entry point, as they were before they had files of their own.
export { MAX_DEPTH, MAX_LINE_LENGTH, normalise, type CommandAnalysis, type CommandProblem, type FileAccess, type SimpleCommand } from './command-analysis.js';
export { executableName, writtenName } from './program-name.js';
export { commandKey, commandKeyLength } from './command-key.js';
export { MAX_PARSED_LENGTH, plainScript } from './shell-structure.js';

export interface AnalyzeOptions {
  /** Which way to get a line's structure: 'auto' (plain fast path, then simple lists, then the parser), or one only (tests). */
  via?: StructureVia;
}

export function analyzeUncached(line: string, opts: AnalyzeOptions = {}): CommandAnalysis {
  const acc: CommandAnalysis = { commands: [], files: [], dirs: [], problems: [] };
  new Analyzer(acc, opts.via ?? 'auto').line(line, 0);
  // The parser's and the lexer's views of a substitution are both analysed: drop repeats (the
  // same command in other directories is another command).
  if (acc.commands.length < 2 && acc.problems.length < 2 && acc.files.length < 2) return acc; // nothing can repeat
  acc.commands = firstOfEachKey(acc.commands, commandKey, commandKeyLength);
  acc.problems = firstOfEachKey(acc.problems, (p) => p.reason + p.command, (p) => p.reason.length + p.command.length);
  acc.files = firstOfEachKey(acc.files, (f) => f.op + f.path, (f) => f.op.length + f.path.length);
  return acc;
}

/** The walk over a line's structure: each command, its words and its wrappers' layers. */
class Analyzer extends LineState {
  constructor(
    acc: CommandAnalysis,
    private readonly via: StructureVia,
  ) {
    super(acc);
  }

  line(text: string, depth: number): void {
    if (text.length > MAX_LINE_LENGTH) {
      this.problem(`the command line is longer than ${MAX_LINE_LENGTH} characters: not analysed`, text.slice(0, 80));
      return;
    }
    if (depth > MAX_DEPTH) {
      this.problem(`commands are nested more than ${MAX_DEPTH} levels deep (bash -c, eval, $(…)): not analysed`, text);
      return;
    }
    const script = lineStructure(text, this.via);
    if (script.error) {
      this.problem(`cannot parse the command line: ${script.error}`, text);
      return;
    }
    // Code read again (eval, a trap, an alias …) may assign variables where the top-level scan did not look.
    if (this.vars && (script.functions || (depth > 0 && varsRisky(text)))) this.vars.off = true;
    if (depth === 0 && script.ops && !script.functions) {
      // Variables assigned with literals are followed on the top level of a simple list only.
      this.vars = varsRisky(text) ? undefined : { env: new Map(), off: false };
      followList(this, script.commands, script.ops);
      this.vars = undefined;
    } else script.commands.forEach((cmd, c) => this.raw(cmd, depth, false, pipedFrom(script.commands, script.ops, c)));
    for (const sub of script.subs) this.line(sub, depth + 1);
    if (depth === 0) {
      placeCommands(this);
      readings(this);
      reevaluatedRunTimeValues(this, text);
    }
  }

  /** One command as parsed: its redirections, assignments and words. producer: the command whose output it reads (`a | cmd`). */
  raw(cmd: RawCommand, depth: number, certain = false, producer?: RawCommand): void {
    redirections(this, cmd);
    // `A+=1 rm …`, `a[0]=1 rm …` are assignments to bash, a program name to bash-parser.
    let k = 0;
    while (k < cmd.argv.length && isPrefixAssignment(cmd.argv[k]!.raw)) k++;
    const assignments = k === 0 ? cmd.assignments : [...cmd.assignments, ...cmd.argv.slice(0, k)];
    prefixAssignments(this, assignments);
    const args: Arg[] = [];
    const vars = depth === 0 ? this.vars : undefined;
    for (let i = k; i < cmd.argv.length; i++) {
      const w = cmd.argv[i]!;
      if (w.dynamic && w.raw.includes('@P}')) {
        promptUses(this, w.raw);
        // A prompt expansion runs expansions of a value known only at run time: they may assign.
        if (this.vars) this.vars.off = true;
      }
      const known = vars && w.dynamic && !w.glob ? substitute(vars, w.raw) : undefined;
      if (known) {
        args.push(...known);
        continue;
      }
      if (w.braceError) this.problem(w.braceError, w.raw);
      const dynamic = w.dynamic || w.glob;
      const procsub = isProcessSubstitution(w);
      // A glob may name several files; a quoted expansion is one word.
      const oneWord = w.dynamic && !w.glob && !w.splits;
      const fields = w.fields;
      for (let f = 0, n = fields ? fields.length : 1; f < n; f++) {
        // Built property by property, not with spreads: one object shape for every word.
        const arg: Arg = { value: fields ? fields[f]! : w.value, dynamic, tilde: w.tilde };
        if (procsub) arg.procsub = true;
        if (oneWord) arg.oneWord = true;
        args.push(arg);
      }
    }
    terraformArgs(assignments, args);
    rememberProgramUse(this, cmd.argv[k], args);
    // Assignments take effect after the words are expanded (`x=rm $x` expands the old x).
    const standalone = args.length === 0 && cmd.argv.length === k && cmd.redirects.length === 0;
    applyAssignments(this, assignments, certain && standalone && depth === 0);
    const env = assignments.length ? assignments.map((w): Arg => ({ value: w.value, dynamic: w.dynamic || w.glob })) : undefined;
    if (args.length) this.simple(args, stdinOf(cmd, producer), depth, certain, env);
  }

  /** One simple command: its layers (the program as written and as known, then each wrapper's command), each read for what it does. */
  simple(args: Arg[], stdin: readonly ShellWord[], depth: number, certain = false, env?: Arg[]): void {
    // Listed before the commands it runs.
    const rec: SimpleCommand = { layers: [], argvs: [], delegates: false };
    if (env) rec.env = env;
    this.acc.commands.push(rec);
    const layers = rec.layers;
    let cur = args;
    for (let guard = 0; guard < 64 && cur.length; guard++) {
      const name = cur[0]!;
      const rest = cur.slice(1);
      const written = writtenName(name.value);
      const exe = sameProgram(written);
      // Another name of a program (`gfind`) is two layers: as written, which a rule naming it
      // matches, and as the program it runs (`find`), which every model reads and its denies match.
      if (exe !== written) {
        layers.push(layerText(written, rest));
        rec.argvs.push(cur);
      }
      layers.push(layerText(exe, rest));
      rec.argvs.push(cur);
      if (!name.dynamic) layerEffects(this, exe, rest, depth, certain && guard === 0);
      // A script the line wrote, run by its path or by an interpreter, runs what the line wrote.
      if (!name.dynamic) runsWrittenScript(this, name, exe, rest, layers[layers.length - 1]!, depth);
      for (const d of chdirTargets(exe, rest)) chdir(this, d, layers[layers.length - 1]!);
      if (name.dynamic) {
        // May be a builtin that assigns (`$x y=1` with x=declare): no variable is known any more.
        if (this.vars) this.vars.off = true;
        this.problem(`cannot tell which program runs: "${name.value}" is known only at run time`, layers[layers.length - 1]!);
        break;
      }
      if (UNMODELLED_RUNNERS.has(exe)) {
        this.problem(`"${exe}" runs another program in a way that is not modelled`, layers[layers.length - 1]!);
        // at, batch and crontab read the commands they schedule from standard input: a static
        // here-document or here-string is read as those commands too (their denies are seen).
        if (exe === 'at' || exe === 'batch' || exe === 'crontab') {
          for (const text of stdinTexts(stdin).texts) this.line(exe === 'crontab' ? cronCommands(text) : text, depth + 1);
        }
        break;
      }
      if (isWrapper(exe)) {
        if (setsEnvironment(exe)) wrapperAssignments(this, rest);
        const u = unwrap(exe, rest, splitWords);
        if (u.kind === 'inner') {
          // xargs appends words read from standard input, or puts them where -I says.
          cur = exe === 'xargs' ? withXargsInput(u.args, xargsReplace(rest)) : u.args;
          continue;
        }
        if (u.kind === 'problem') {
          if (this.vars) this.vars.off = true;
          this.problem(u.reason, layers[layers.length - 1]!);
        }
        break;
      }
      rec.delegates = specialProgram(this, exe, rest, stdin, depth, layers[layers.length - 1]!);
      break;
    }
  }
}

/** The words xargs adds to the command it runs: any words at all. */
const XARGS_INPUT: Arg = { value: '<words read from standard input>', dynamic: true };

/**
 * The command xargs runs: the words it reads are appended, or, with a replace string, put inside
 * every word that holds it (`sh -c '{}'` runs each input line as shell code): such a word is
 * known only at run time.
 */
function withXargsInput(inner: readonly Arg[], replace: string | undefined): Arg[] {
  if (replace === undefined || replace === '') return [...inner, XARGS_INPUT];
  return inner.map((a) => (a.value.includes(replace) ? { ...a, dynamic: true, oneWord: true } : a));
}

/** `env -S 'a b'`: only plain strings are split (the rest is undecidable). */
function splitWords(text: string): Arg[] | undefined {
  if (/[;&|<>()`$\n#]/.test(text)) return undefined;
  const lex = lexShell(text);
  if (lex.error) return undefined;
  const out: Arg[] = [];
  for (const w of lex.words) {
    if (w.dynamic || w.glob) return undefined;
    for (const value of w.fields ?? [w.value]) out.push({ value, dynamic: false });
  }
  return out;
}


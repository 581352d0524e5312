// From a command line to what the policy checks: every simple command (normalised, with the
// commands its wrappers run), every file a redirection or `tee` touches, and every reason the line
// cannot be decided (unparseable, a program known only at run time, nesting too deep).
import { patchTargets } from './apply-patch.js';
import { lexShell, type ShellWord } from './shell-lex.js';
import { substitute, varsRisky } from './shell-flow.js';
import type { RawCommand } from './shell-parse.js';
import { PREFIX_ASSIGNMENT } from './shell-simple.js';
import { lineStructure, type StructureVia } from './shell-structure.js';
import { cronCommands, onlyStdinText, pipedInto, stdinOf, stdinTexts } from './shell-stdin.js';
import { chdirTargets } from './shell-cwd.js';
import { cd, chdir, followList, placeCommands, popd } from './shell-directories.js';
import { applyAssignments, declaredAssignments, prefixAssignments, terraformArgs, wrapperAssignments } from './shell-assignments.js';
import { isProcessSubstitution, redirections, runsWritten, runsWrittenScript, tee } from './shell-redirections.js';
import { layerEffects, promptUses, readings, reevaluatedRunTimeValues, rememberProgramUse } from './shell-run-time-values.js';
import { sameProgram } from './program-aliases.js';
import { MAX_DEPTH, MAX_LINE_LENGTH, normalise, type CommandAnalysis, type SimpleCommand } from './command-analysis.js';
import { LineState } from './shell-line-state.js';
import { writtenName } from './program-name.js';
import { commandKey, commandKeyLength } from './command-key.js';
import { firstOfEachKey } from '../first-of-each.js';
import { runnerCommand } from './runners.js';
import { corepackCommand, packageRunnerCommand, pythonRunnerCommand } from './package-runners.js';
import { FOREIGN_SHELLS, isWindowsCmd, programOpaque, UNMODELLED_RUNNERS } from './shell-opaque.js';
import { isWrapper, setsEnvironment, SHELLS, shellInvocation, suCommand, unwrap, xargsReplace, type Arg } from './shell-wrappers.js';

// What the analysis gives, the program a word names, the command key and the line's structure
// have files of their own; they stay importable from here, the analysis's entry point.
export { MAX_DEPTH, MAX_LINE_LENGTH, normalise, type CommandAnalysis, type CommandProblem, type FileAccess, type SimpleCommand } from './command-analysis.js';
export { executableName, writtenName } from './program-name.js';
export { commandKey, commandKeyLength } from './command-key.js';
export { MAX_PARSED_LENGTH, plainScript } from './shell-structure.js';

/** Shells that read a -c string exactly as bash does. */
const BASH_LIKE = new Set(['bash', 'rbash']);

const STDIN_FILES = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0', '-']);

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
    } else script.commands.forEach((cmd, c) => this.raw(cmd, depth, false, pipedInto(script.ops, c)));
    for (const sub of script.subs) this.line(sub, depth + 1);
    if (depth === 0) {
      placeCommands(this);
      readings(this);
      reevaluatedRunTimeValues(this, text);
    }
  }

  /** piped: the command reads the output of the one before it (`a | cmd`). */
  raw(cmd: RawCommand, depth: number, certain = false, piped = false): void {
    redirections(this, cmd);
    // `A+=1 rm …`, `a[0]=1 rm …` are assignments to bash, a program name to bash-parser.
    let k = 0;
    while (k < cmd.argv.length && PREFIX_ASSIGNMENT.test(cmd.argv[k]!.raw)) k++;
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
    if (args.length) this.simple(args, stdinOf(cmd, piped), depth, certain, env);
  }

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
        layers.push(normalise([written, ...rest.map((a) => a.value)]));
        rec.argvs.push(cur);
      }
      layers.push(normalise([exe, ...rest.map((a) => a.value)]));
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
      rec.delegates = this.special(exe, rest, stdin, depth, layers[layers.length - 1]!);
      break;
    }
  }

  /** Programs that run command strings or touch files named on their command line. True if it delegates. */
  private special(exe: string, rest: Arg[], stdin: readonly ShellWord[], depth: number, shown: string): boolean {
    // `shown` is the layer's text: normalise([exe, ...rest.map((a) => a.value)]).
    if (exe === 'export' || exe === 'declare' || exe === 'typeset' || exe === 'readonly' || exe === 'local') {
      declaredAssignments(this, rest);
    }
    const opaque = programOpaque(exe, rest);
    if (opaque) this.problem(opaque.reason, shown, opaque.construct);
    if (FOREIGN_SHELLS.has(exe) || isWindowsCmd(exe, rest)) {
      this.problem(`"${exe}" is not bash: the commands it runs cannot be checked`, shown);
      return false;
    }
    if (SHELLS.has(exe)) {
      const inv = shellInvocation(exe, rest);
      if (inv.kind === 'problem') this.problem(inv.reason, shown);
      else if (inv.kind === 'string') {
        // dash and other POSIX shells read `$'…'` literally; only bash-like shells decode it as we do.
        const text = inv.text.value;
        if (!BASH_LIKE.has(exe) && (text.includes("$'") || (text.includes('{') && (text.includes(',') || text.includes('..'))))) {
          this.problem(`"${exe} -c" is not bash: its string uses $'…' or braces, which ${exe} may read differently`, shown);
          return false;
        }
        return this.nested(inv.text, `"${exe} -c"`, shown, depth);
      }
      else if (inv.kind === 'stdin') return this.stdinScript(exe, stdin, shown, depth);
      else if (inv.script) this.shellScript(exe, inv.script, stdin, shown, depth);
      return false;
    }
    const runner = runnerCommand(exe, rest);
    if (runner) {
      // `op run -- CMD`, `nix-shell --run 'CMD'`, `hyperfine 'CMD'`, `ssh HOST CMD`: the command it
      // runs is decided as its own (as npx's are), a command line analysed as one (`ssh HOST <<'EOF'`:
      // the here-document its remote shell reads); words not read exactly are opaque.
      if (runner.problem) this.problem(runner.problem, shown);
      for (const line of runner.lines) this.nested(line, `"${exe}"`, shown, depth);
      if (runner.stdin) {
        // No command: its shell runs what standard input holds (a file or a pipe cannot be checked).
        const { texts, unknown } = stdinTexts(stdin);
        for (const text of texts) this.line(text, depth + 1);
        if (unknown) this.problem(`"${exe}" runs the commands on its standard input, which cannot be checked`, shown);
      }
      if (runner.tail?.length && !runner.tail[0]!.dynamic) this.simple(runner.tail, [], depth);
      return false;
    }
    switch (exe) {
      case 'source':
      case '.': {
        const file = rest.find((a) => a.value !== '--');
        if (!file) return false;
        if (file.dynamic) {
          this.problem(`cannot tell which file "${exe}" runs: "${file.value}" is known only at run time`, shown);
          return false;
        }
        if (STDIN_FILES.has(file.value)) return this.stdinScript(exe, stdin, shown, depth);
        runsWritten(this, file.value, shown, depth, true);
        if (file.procsub || file.tilde) this.problem(`"${exe}" runs ${file.value}, which cannot be checked`, shown);
        else this.acc.files.push({ path: file.value, op: 'read', via: `${exe} ${file.value}` });
        return false;
      }
      case 'eval': {
        if (rest.some((a) => a.dynamic)) {
          this.problem('cannot tell what "eval" runs: its arguments are known only at run time', shown);
          return false;
        }
        if (rest.length) this.line(rest.map((a) => a.value).join(' '), depth + 1);
        return true;
      }
      case 'su':
      case 'runuser': {
        const s = suCommand(rest);
        if (s) return this.nested(s, `"${exe} -c"`, shown, depth);
        this.problem(`"${exe}" without -c runs a shell whose commands cannot be checked`, shown);
        return false;
      }
      case 'find':
        this.findExec(rest, depth);
        return false;
      case 'npx':
      case 'bunx':
      case 'npm':
      case 'pnpm':
      case 'yarn':
      case 'bun': {
        // The command a package runner runs is also decided as one of its own (./package-runners.ts).
        const command = packageRunnerCommand(exe, rest);
        if (command) this.simple(command, [], depth);
        return false;
      }
      case 'uv':
      case 'uvx':
      case 'poetry':
      case 'pipx':
      case 'pdm':
      case 'hatch':
      case 'rye':
      case 'pipenv':
      case 'bundle': {
        const command = pythonRunnerCommand(exe, rest);
        if (command) this.simple(command, [], depth);
        return false;
      }
      case 'corepack': {
        const command = corepackCommand(rest);
        if (command) this.simple(command, [], depth);
        return false;
      }
      case 'alias':
        for (const a of rest) {
          const eq = a.value.indexOf('=');
          if (eq > 0 && !a.value.startsWith('-')) this.nested({ value: a.value.slice(eq + 1), dynamic: a.dynamic }, '"alias"', shown, depth);
        }
        return false;
      case 'trap': {
        const ops = rest.filter((a, i) => !(i === 0 && (a.value === '--' || a.value === '-p' || a.value === '-l')));
        if (ops.length >= 2 && ops[0]!.value !== '-' && ops[0]!.value !== '') this.nested(ops[0]!, '"trap"', shown, depth);
        return false;
      }
      case 'tee':
        tee(this, rest);
        return false;
      case 'apply_patch':
      case 'applypatch':
        this.applyPatch(exe, rest, stdin, shown);
        return false;
      case 'cd':
      case 'pushd':
        cd(this, exe, rest, depth, shown);
        return false;
      case 'popd':
        popd(this);
        return false;
    }
    return false;
  }

  /**
   * Codex's shell runs `apply_patch PATCH` and `apply_patch <<'EOF' … EOF` itself: the files the
   * patch names are written (a deleted file is a write too). A patch it cannot read (from a pipe,
   * a file, or known only at run time) writes files that cannot be checked.
   */
  private applyPatch(exe: string, rest: readonly Arg[], stdin: readonly ShellWord[], shown: string): void {
    // The patch is its one argument, or else the here-document or here-string on its standard input.
    const [arg, ...more] = rest;
    const text = arg ? (more.length === 0 && !arg.dynamic ? arg.value : undefined) : onlyStdinText(stdin);
    if (text === undefined) {
      this.problem(`"${exe}" writes the files its patch names, and the patch cannot be read here`, shown);
      return;
    }
    const targets = patchTargets(text);
    if (targets.write.length + targets.delete.length === 0) this.problem(`"${exe}": the patch names no file`, shown);
    for (const path of [...targets.write, ...targets.delete]) this.acc.files.push({ path, op: 'write', via: `${exe} (${path})` });
  }

  /** A shell or `source` reading commands from standard input: a static here-document or here-string is analysed. */
  private stdinScript(exe: string, stdin: readonly ShellWord[], shown: string, depth: number): boolean {
    // Every text it may read is analysed (`bash <<< x <<'E' … E` reads the here-document).
    const { texts, unknown } = stdinTexts(stdin);
    for (const text of texts) this.line(text, depth + 1);
    if (unknown || texts.length === 0) this.problem(`"${exe}" reads commands from standard input, which cannot be checked`, shown);
    return texts.length > 0;
  }

  /** `bash FILE`: a pipe, standard input or a file known only at run time is code that cannot be checked. */
  private shellScript(exe: string, script: Arg, stdin: readonly ShellWord[], shown: string, depth: number): void {
    if (!script.dynamic) runsWritten(this, script.value, shown, depth, true);
    if (STDIN_FILES.has(script.value) || /^\/dev\/fd\/0$|^\/proc\/[^/]+\/fd\/0$/.test(script.value)) {
      this.stdinScript(exe, stdin, shown, depth);
    } else if (script.procsub || script.dynamic || script.tilde || script.value.startsWith('/dev/') || script.value.startsWith('/proc/')) {
      this.problem(`"${exe}" runs a script from ${script.value}, which cannot be checked`, shown);
    } else this.acc.files.push({ path: script.value, op: 'read', via: `${exe} ${script.value}` });
  }

  private nested(text: Arg, what: string, shown: string, depth: number): boolean {
    if (text.dynamic) {
      this.problem(`cannot tell what ${what} runs: its command string is known only at run time`, shown);
      return false;
    }
    this.line(text.value, depth + 1);
    return true;
  }

  private findExec(rest: Arg[], depth: number): void {
    for (let k = 0; k < rest.length; k++) {
      if (!/^-(?:exec|execdir|ok|okdir)$/.test(rest[k]!.value)) continue;
      const inner: Arg[] = [];
      for (k++; k < rest.length && rest[k]!.value !== ';' && rest[k]!.value !== '+'; k++) inner.push(rest[k]!);
      // `{}` is replaced by each file found.
      for (let j = 0; j < inner.length; j++) if (inner[j]!.value.includes('{}')) inner[j] = { ...inner[j]!, dynamic: true };
      if (inner.length) {
        if (depth + 1 > MAX_DEPTH) this.problem(`commands are nested more than ${MAX_DEPTH} levels deep`, 'find -exec');
        else this.simple(inner, [], depth + 1);
      }
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


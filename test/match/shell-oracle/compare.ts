// What bash did against what the engine derived: every program bash ran must be one of the engine's
// simple commands with the same words (a word the engine cannot resolve stands for any run of
// words), and every file a redirection created must be one of the engine's writes.
import { posix } from 'node:path';
import { analyzeCommand, type Arg, type CommandAnalysis } from '../../../src/match/command.js';
import { executableName } from '../../../src/match/shell-analyze.js';
import type { Exec, OracleResult } from './sandbox.js';

/** Problems that make the whole line opaque: nothing in it is decided as seen. */
const WHOLE_LINE = /^(?:cannot parse the command line|commands are nested more than|the command line is longer than)/;

/** Whether the engine's argv (each word a set of strings) admits the argv bash ran. */
export function argvAdmits(engine: readonly Arg[], ran: readonly string[]): boolean {
  const [name, ...words] = engine;
  if (!name || ran.length === 0) return false;
  if (!isUnknown(name) && executableName(name.value) !== ran[0]) return false;
  if (isUnknown(name)) return true; // a program known only at run time: opaque, any argv
  // reach[j]: the engine's words so far can produce exactly ran[1..j).
  let reach = new Array<boolean>(ran.length + 1).fill(false);
  reach[1] = true;
  for (const w of words) {
    const next = new Array<boolean>(ran.length + 1).fill(false);
    if (isUnknown(w)) {
      let any = false;
      for (let j = 1; j <= ran.length; j++) {
        any ||= reach[j]!;
        next[j] = any;
      }
    } else {
      for (let j = 1; j < ran.length; j++) if (reach[j] && ran[j] === w.value) next[j + 1] = true;
    }
    reach = next;
  }
  return reach[ran.length]!;
}

function isUnknown(a: Arg): boolean {
  return a.dynamic || a.tilde === true;
}

export interface Mismatch {
  line: string;
  what: string;
}

export interface Comparison {
  mismatches: Mismatch[];
  /** Lines the engine reports as opaque as a whole (decided by commands.opaque, never allowed silently). */
  opaqueLines: number;
  /** Of those, lines where bash ran something the engine did not list (its opacity was needed). */
  hiddenByOpaque: number;
}

export function compare(results: readonly OracleResult[]): Comparison {
  const mismatches: Mismatch[] = [];
  let opaqueLines = 0;
  let hiddenByOpaque = 0;
  for (const r of results) {
    const a = analyzeCommand(r.line);
    // Problems without a construct hide code anywhere on the line (a program name, a script on
    // standard input, text evaluated again); the line is opaque and never allowed silently.
    if (a.problems.some((p) => WHOLE_LINE.test(p.reason) || p.construct === undefined)) {
      opaqueLines++;
      if (r.execs.some((e) => !seen(a, e))) hiddenByOpaque++;
      continue;
    }
    for (const e of r.execs) {
      if (!seen(a, e)) mismatches.push({ line: r.line, what: `bash ran ${JSON.stringify(e.argv)} in ${e.cwd}; the engine saw ${JSON.stringify(a.commands.map((c) => c.layers))}` });
    }
    for (const f of r.created) {
      if (!written(a, f)) mismatches.push({ line: r.line, what: `bash created ${f}; the engine's writes: ${JSON.stringify(a.files)}, dirs ${JSON.stringify(a.dirs)}` });
    }
  }
  return { mismatches, opaqueLines, hiddenByOpaque };
}

function seen(a: CommandAnalysis, e: Exec): boolean {
  // A command whose directories the analysis followed must have run in one of them.
  return a.commands.some((c) => (!c.dirs || c.dirs.some((d) => sameDir(posix.normalize(d), e.cwd))) && c.argvs.some((argv) => argvAdmits(argv, e.argv)));
}

/** The stub reports a directory outside the scratch directory as an absolute path: a `..` reading covers it. */
function sameDir(engine: string, ran: string): boolean {
  return engine === ran || (ran.startsWith('/') && (engine === '..' || engine.startsWith('../')));
}

function written(a: CommandAnalysis, file: string): boolean {
  if (a.dirUnknown || a.problems.some((p) => /which file|which directory/.test(p.reason))) return true;
  const dirs = ['.'];
  for (const d of a.dirs) for (const base of [...dirs]) dirs.push(posix.join(base, d));
  return a.files.some((f) => f.op === 'write' && dirs.some((d) => posix.normalize(posix.join(d, f.path)) === file));
}

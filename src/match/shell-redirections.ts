// The files a line touches through its redirections (`> out`, `< in`, `>> log`) and `tee`, and the
// scripts it writes and then runs (`cat > s.sh <<'EOF' … EOF; bash s.sh`): what such a command
// runs is the text the line wrote, not a file on disk.
import type { LineState, WrittenFile } from './shell-line-state.js';
import { isDigits, type ShellWord } from './shell-lex.js';
import type { RawCommand } from './shell-parse.js';
import { writtenText } from './shell-stdin.js';
import type { Arg } from './shell-wrappers.js';

/** Files that are no file the policy guards: writing or reading them touches nothing on disk. */
const DEVICES = new Set(['/dev/null', '/dev/stdin', '/dev/stdout', '/dev/stderr', '/dev/tty', '/dev/zero', '/dev/random', '/dev/urandom', '/dev/full']);

/** A device of DEVICES or a file descriptor (`/dev/fd/3`): checked without an expression, as every redirection asks. */
function isDevice(path: string): boolean {
  if (!path.startsWith('/dev/')) return false; // where every one of them is
  return DEVICES.has(path) || (path.startsWith('/dev/fd/') && isDigits(path.slice('/dev/fd/'.length)));
}

/** Interpreters whose first operand is the script they run. */
const INTERPRETERS = /^(?:python[0-9.]*|pypy[0-9.]*|node|nodejs|perl|ruby|php|lua|Rscript|deno|bun|tsx|ts-node)$/;

/** `<(cmd)`, `>(cmd)`: a word that is one process substitution (a pipe to a command analysed on its own). */
export function isProcessSubstitution(w: ShellWord): boolean {
  return w.subs.length === 1 && /^[<>]\([^]*\)$/.test(w.raw) && w.raw.length === w.subs[0]!.length + 3;
}

/** A script path as written and as run, compared without `./` prefixes. */
function scriptKey(path: string): string {
  let p = path;
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}

/** A command's redirections: the files they read and write, and what it writes to each (a later command may run it). */
export function redirections(state: LineState, cmd: RawCommand): void {
  for (const r of cmd.redirects) {
    redirect(state, r.op, r.target);
    // A file this command writes, with what writes it: a later command that runs it runs that text.
    if (r.op !== '<' && r.op !== '<&' && !r.target.dynamic && !r.target.glob && !isProcessSubstitution(r.target)) {
      (state.written ??= new Map()).set(scriptKey(r.target.fields?.[0] ?? r.target.value), new RedirectedFile(cmd));
    }
  }
}

/**
 * A file a command's redirection writes. What writes it, and the text, are read from the command
 * only when a later command of the line runs the file (rarely: most written files are logs).
 */
class RedirectedFile implements WrittenFile {
  constructor(private readonly cmd: RawCommand) {}

  get writer(): string {
    return this.cmd.argv.map((w) => w.raw).join(' ') || '(a redirection)';
  }

  get text(): string | undefined {
    return writtenText(this.cmd);
  }

  get body(): string | undefined {
    return this.cmd.stdin.find((w) => w.heredoc)?.heredoc?.body;
  }
}

/**
 * A program run by its path, or an interpreter's script: when the line wrote that file, what runs
 * is what it wrote. A script run by its path is read by the shell its #! line names: shell code
 * only if it is bash's, so it is never read as commands here.
 */
export function runsWrittenScript(state: LineState, name: Arg, exe: string, rest: readonly Arg[], shown: string, depth: number): void {
  if (state.written === undefined) return; // the line has written no file (yet): nothing it runs is one
  if (name.value.includes('/')) runsWritten(state, name.value, shown, depth, false);
  else if (INTERPRETERS.test(exe)) {
    const script = rest.find((a) => !a.value.startsWith('-'));
    if (script && !script.dynamic) runsWritten(state, script.value, shown, depth, false);
  }
}

/** One redirection: the file it reads or writes (a problem when that is known only at run time). */
function redirect(state: LineState, op: string, target: ShellWord): void {
  const reads = op === '<' || op === '<>' || op === '<&';
  const writes = op !== '<' && op !== '<&';
  if ((op === '<&' || op === '>&') && /^(?:\d+-?|-)$/.test(target.value)) return;
  // `< <(cmd)`, `> >(cmd)`: a pipe to a command analysed on its own, not a file.
  if (isProcessSubstitution(target)) return;
  const via = `${op} ${target.raw}`;
  if (target.dynamic || target.glob || target.tilde || (target.fields && target.fields.length !== 1)) {
    state.problem(`cannot tell which file "${via}" ${writes ? 'writes' : 'reads'}: the path is known only at run time`, via);
    return;
  }
  const path = target.fields?.[0] ?? target.value;
  if (isDevice(path)) return;
  if (writes) state.acc.files.push({ path, op: 'write', via });
  if (reads) state.acc.files.push({ path, op: 'read', via });
}

/** `tee FILE…`: the files it writes. */
export function tee(state: LineState, rest: Arg[]): void {
  let opts = true;
  for (const a of rest) {
    if (opts && a.value === '--') {
      opts = false;
      continue;
    }
    if (opts && a.value.startsWith('-') && a.value.length > 1) continue;
    if (a.procsub) continue;
    if (a.dynamic || a.tilde) state.problem(`cannot tell which file "tee ${a.value}" writes: the path is known only at run time`, `tee ${a.value}`);
    else if (!DEVICES.has(a.value)) {
      state.acc.files.push({ path: a.value, op: 'write', via: `tee ${a.value}` });
      // What tee writes comes from a pipe: a script the line then runs is opaque.
      (state.written ??= new Map()).set(scriptKey(a.value), { writer: `tee ${a.value}` });
    }
  }
}

/**
 * A script the line itself wrote (`echo 'rm -rf x' > s.sh; sh s.sh`, `cat > s.sh <<'EOF' … EOF;
 * bash s.sh`): what runs is that text, not a file on disk. Shell code written by `cat` from a
 * static here-document or by `echo` of static words is analysed as the commands it is; anything
 * else is opaque.
 */
export function runsWritten(state: LineState, path: string, shown: string, depth: number, shell: boolean): void {
  const w = state.written?.get(scriptKey(path));
  if (w === undefined) return;
  if (shell && w.text !== undefined) {
    state.line(w.text, depth + 1);
    return;
  }
  // The here-document's text is part of the fragment, so that a deny it meets is seen (src/engine/opaque-denies.ts).
  state.problem(`runs ${path}, which the line writes (${w.writer}): what it runs is not on disk yet`, `${w.writer}${w.body ? ` ; ${w.body.slice(0, 2048)}` : ''} ; ${shown}`);
}

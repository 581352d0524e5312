// Turning observed subjects into the narrowest rules that cover them: paths into directory globs,
// command lines into program (and subcommand) prefixes, with the risky families set apart.
import { posix } from 'node:path';
import { argvModel } from '../../command/argv-model.js';
import { analyzeUncached } from '../../match/shell-analyze.js';
import { executableName } from '../../match/program-name.js';

/** Characters a path glob reads as syntax: a path holding one cannot be written as a plain pattern. */
const GLOB_SYNTAX = /[*?[\]{}!\\]/;

export function isPlainPath(path: string): boolean {
  return !GLOB_SYNTAX.test(path);
}

/**
 * The tightest directory globs covering `paths` (repository-relative, plain): each file's own
 * directory as `dir/**`, unless an ancestor directory's glob already covers it. A path that is
 * itself the directory of another observed path (a listing of `scripts`, then a read of
 * `scripts/x`) is that directory. A file at the root stays a file. Returns glob -> the observed
 * paths it covers.
 */
export function directoryGlobs(paths: Iterable<string>): Map<string, string[]> {
  const all = [...new Set(paths)];
  const observedDirs = new Set<string>();
  for (const p of all) for (let d = posix.dirname(p); d !== '.'; d = posix.dirname(d)) observedDirs.add(d);
  // Each path's directory ('' for a file at the root).
  const dirOf = (p: string): string => (observedDirs.has(p) ? p : posix.dirname(p) === '.' ? '' : posix.dirname(p));
  // Shortest first: a path's outermost observed ancestor is found first.
  const dirs = [...new Set(all.map(dirOf).filter((d) => d !== ''))].sort((a, b) => a.length - b.length);
  const out = new Map<string, string[]>();
  const add = (key: string, p: string): void => {
    const list = out.get(key);
    if (list) list.push(p);
    else out.set(key, [p]);
  };
  for (const p of all) {
    const dir = dirOf(p);
    if (dir === '') {
      add(p, p);
      continue;
    }
    const ancestor = dirs.find((d) => dir.startsWith(d + '/'));
    add(`${ancestor ?? dir}/**`, p);
  }
  return out;
}

/** A risky command family: observed, it becomes an approval rule rather than an allow. */
export interface RiskyFamily {
  /** The approval pattern (options as sets: `rm -r` covers `rm -rf`, `rm --recursive`). */
  pattern: string;
  what: string;
}

export interface CommandRule {
  /** Program, with its subcommand where the program has them: `git status`, `npm run build`. */
  prefix: string;
  risky?: RiskyFamily;
}

/** Programs whose first operand is a subcommand worth keeping in the prefix. */
const SUBCOMMAND_PROGRAMS = new Set([
  'git', 'npm', 'pnpm', 'yarn', 'bun', 'npx', 'pnpx', 'bunx', 'deno', 'cargo', 'go', 'docker', 'podman', 'kubectl', 'helm',
  'terraform', 'gh', 'aws', 'gcloud', 'az', 'pip', 'pip3', 'uv', 'poetry', 'make', 'dotnet', 'mvn', 'gradle', 'systemctl', 'brew', 'apt', 'apt-get',
]);
/** Subcommands that name what they run next (`npm run build`): kept with their argument. */
const RUNNERS = new Set(['run', 'run-script', 'exec', 'x', 'dlx']);

const FORCE_PUSH: RiskyFamily = { pattern: 'git push --force', what: 'a forced push' };
const RECURSIVE_DELETE: RiskyFamily = { pattern: 'rm -r', what: 'a recursive delete' };

/** A word usable in a prefix: static, not an option, no pattern syntax. */
function plainWord(word: { value: string; dynamic: boolean } | undefined): string | undefined {
  if (!word || word.dynamic || word.value === '' || word.value.startsWith('-') || /[*\s]/.test(word.value)) return undefined;
  return word.value;
}

/** The rules a command line needs: one per simple command it runs (innermost program of each). */
export function commandRules(line: string): CommandRule[] {
  const out: CommandRule[] = [];
  for (const simple of analyzeUncached(line).commands) {
    const argv = simple.argvs[simple.argvs.length - 1];
    if (!argv || argv.length === 0 || argv[0]!.dynamic) continue; // a command name from an expansion: opaque
    const program = executableName(argv[0]!.value);
    if (program === '' || /[*\s]/.test(program)) continue;
    const model = argvModel(program, argv.slice(1));
    const words = [program];
    if (SUBCOMMAND_PROGRAMS.has(program)) {
      // git's global options come before the subcommand (git -C dir status): the model knows them.
      const sub = model.subcommand ?? plainWord(argv[1]);
      if (sub !== undefined && plainWord({ value: sub, dynamic: false })) {
        words.push(sub);
        const target = RUNNERS.has(sub) && argv[1]?.value === sub ? plainWord(argv[2]) : undefined;
        if (target) words.push(target);
      }
    }
    let risky: RiskyFamily | undefined;
    if (program === 'git' && model.subcommand === 'push' && (model.options.has('--force') || model.operands.some((o) => o.startsWith('+')))) risky = FORCE_PUSH;
    else if (program === 'rm' && model.options.has('-r')) risky = RECURSIVE_DELETE;
    out.push({ prefix: words.join(' '), risky });
  }
  return out;
}

/** The host a network action names (lower case, no port), if any. */
export function hostOf(action: { host?: string; url?: string }): string | undefined {
  if (action.host) return action.host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  if (!action.url) return undefined;
  try {
    return new URL(action.url).hostname.toLowerCase().replace(/\.$/, '') || undefined;
  } catch {
    return undefined;
  }
}

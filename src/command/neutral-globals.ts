// Global options an allow of a subcommand admits (SPEC 3: "program-level structure is known (git's
// global options before the subcommand)"): `git --no-pager log -n 1` and `git -C . status` under
// an allow of `git log *` / `git status`. Only options listed in data/programs.json
// (`programs.git.neutralGlobals`) are read, each for a reason that keeps the allow sound:
//   - flags: change how output is shown or how pathspecs read, never what runs or what is touched;
//   - dirs (`-C DIR`): a literal directory inside the repository (relative, no `..`); the move is
//     followed on its own (src/match/shell-cwd.ts chdirTargets), so paths and the governing
//     override are decided at DIR;
//   - opaque (`-c k=v`, `--config-env`): data/program-hazards.json lists them as code, so the line
//     is opaque whatever the allow says and commands.opaque decides it (default: ask).
// Any other global option, or a value known only at run time, leaves the command as written.
import type { Arg } from '../match/command.js';
import { PROGRAM_SPECS } from '../match/program-tables.js';

import { executableName } from '../match/program-name.js';

interface NeutralGlobals {
  flags: string[];
  dirs: string[];
  opaque: string[];
}

/** The program's neutral global options (git's), if it has any: own entries only, as `own`. */
function neutralGlobals(program: string): NeutralGlobals | undefined {
  return PROGRAM_SPECS.view<{ neutralGlobals?: NeutralGlobals }>().get(program)?.neutralGlobals;
}

/** A literal relative directory that cannot climb out of the repository. */
function insideDir(a: Arg | undefined): boolean {
  if (!a || a.dynamic || a.tilde || a.value === '') return false;
  const v = a.value;
  return !v.startsWith('/') && !v.startsWith('~') && !v.includes('\\') && !v.split('/').includes('..');
}

/** `argv` without its neutral global options, or undefined when it has none or another global option. */
export function withoutNeutralGlobals(argv: readonly Arg[]): Arg[] | undefined {
  const first = argv[0];
  if (!first || first.dynamic) return undefined;
  const spec = neutralGlobals(executableName(first.value));
  if (!spec) return undefined;
  let k = 1;
  for (; k < argv.length; k++) {
    const w = argv[k]!;
    if (w.dynamic) return undefined;
    if (!w.value.startsWith('-')) break;
    if (spec.flags.includes(w.value)) continue;
    if (spec.dirs.includes(w.value) && insideDir(argv[k + 1])) {
      k++;
      continue;
    }
    const eq = w.value.indexOf('=');
    if (w.value.startsWith('--') && eq > 0 && spec.opaque.includes(w.value.slice(0, eq))) continue;
    if (spec.opaque.includes(w.value) && argv[k + 1] && !argv[k + 1]!.dynamic) {
      k++;
      continue;
    }
    return undefined;
  }
  if (k === 1 || k >= argv.length) return undefined;
  return [first, ...argv.slice(k)];
}

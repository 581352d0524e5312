// Options that run a program in another directory (SPEC 3: `env -C`, `git -C`, `make -C`, `tar -C`
// … move the directory used to resolve paths and to find the governing override).
import { ownEntries } from './own.js';
import type { Arg } from './shell-wrappers.js';

/** Per program: short option letter and long option names that take a directory. */
const CHDIR: Record<string, { short?: string; long?: string[]; beforeSubcommand?: boolean }> = {
  env: { short: 'C', long: ['--chdir'] },
  sudo: { short: 'D', long: ['--chdir'] },
  git: { short: 'C', beforeSubcommand: true },
  make: { short: 'C', long: ['--directory'] },
  gmake: { short: 'C', long: ['--directory'] },
  tar: { short: 'C', long: ['--directory'] },
  npm: { short: 'C', long: ['--prefix'] },
  pnpm: { short: 'C', long: ['--dir'] },
  yarn: { long: ['--cwd'] },
  terraform: { long: ['-chdir'] },
  uv: { long: ['--directory'] },
  go: { short: 'C' },
  cargo: { short: 'C' },
};

const CHDIR_BY_NAME = ownEntries(CHDIR);

/** The directories `exe args…` runs in (each as written), in order; a word known only at run time stays one. */
export function chdirTargets(exe: string, args: readonly Arg[]): Arg[] {
  const spec = CHDIR_BY_NAME.get(exe);
  if (!spec) return [];
  const out: Arg[] = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    const v = a.value;
    if (v === '--') break;
    if (spec.beforeSubcommand && !a.dynamic && !v.startsWith('-')) break;
    if (a.dynamic) {
      // May be (or split into) `-C somewhere`: the directory is unknown. A literal start that is not an option is an operand.
      if (!a.oneWord || /^[-$`*?[]/.test(v)) out.push({ value: v, dynamic: true });
      continue;
    }
    for (const long of spec.long ?? []) {
      if (v === long) out.push(args[++k] ?? { value: '', dynamic: true });
      else if (v.startsWith(`${long}=`)) out.push({ ...a, value: v.slice(long.length + 1) });
    }
    if (spec.short && v.startsWith(`-${spec.short}`) && !v.startsWith('--')) {
      if (v.length > 2) out.push({ ...a, value: v.slice(2) });
      else out.push(args[++k] ?? { value: '', dynamic: true });
    }
  }
  return out;
}

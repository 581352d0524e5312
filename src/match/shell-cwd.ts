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
  bsdtar: { short: 'C', long: ['--directory'] },
  gtar: { short: 'C', long: ['--directory'] },
  patch: { short: 'd', long: ['--directory'] },
  npm: { short: 'C', long: ['--prefix'] },
  pnpm: { short: 'C', long: ['--dir'] },
  yarn: { long: ['--cwd'] },
  terraform: { long: ['-chdir'] },
  uv: { long: ['--directory'] },
  go: { short: 'C' },
  cargo: { short: 'C' },
  // Build tools that change to the directory before reading anything (their build file included).
  ninja: { short: 'C' },
  rake: { short: 'C', long: ['--directory'] },
};

const CHDIR_BY_NAME = ownEntries(CHDIR);

/**
 * Options and words that run the command in workspaces the line names by package name or filter
 * (`npm -w api run migrate`, `pnpm --filter api …`, `yarn workspace api …`): which directory that
 * is depends on the workspace's package.json, so the directory is unknown (every override's
 * denies apply).
 */
const WORKSPACES: Record<string, { valued?: string[]; flags?: string[]; words?: string[] }> = {
  npm: { valued: ['-w', '--workspace'], flags: ['--workspaces', '-ws', '--ws'] },
  pnpm: { valued: ['-F', '--filter', '--filter-prod'], flags: ['-r', '--recursive'] },
  yarn: { words: ['workspace', 'workspaces'] },
  lerna: { words: ['run', 'exec'] },
  nx: { words: ['run', 'run-many', 'affected'] },
  turbo: { words: ['run'] },
};

const WORKSPACES_BY_NAME = ownEntries(WORKSPACES);

/** `--dir` for `--directory`: GNU's (and npm's) unambiguous prefixes of a long option, five characters or more. */
function spellsLong(head: string, long: string): boolean {
  return head === long || (head.startsWith('--') && head.length >= 5 && long.startsWith(head));
}

/** The directories `exe args…` runs in (each as written), in order; a word known only at run time stays one. */
export function chdirTargets(exe: string, args: readonly Arg[]): Arg[] {
  const out: Arg[] = [];
  const ws = WORKSPACES_BY_NAME.get(exe);
  if (ws) {
    for (let k = 0; k < args.length; k++) {
      const v = args[k]!.value;
      if (v === '--') break;
      const head = v.split('=')[0]!;
      if (ws.valued?.includes(head) || ws.flags?.includes(v) || (ws.words?.includes(v) && !args.slice(0, k).some((a) => !a.value.startsWith('-')))) {
        out.push({ value: `(the workspaces of ${exe} ${v})`, dynamic: true, anyDir: true });
        break;
      }
      if (/^-[A-Za-z]$/.test(v) && ws.valued?.some((o) => o.startsWith('-') && !o.startsWith('--') && v.startsWith(o))) {
        out.push({ value: `(the workspaces of ${exe} ${v})`, dynamic: true, anyDir: true });
        break;
      }
    }
  }
  // `go generate ./backend/...`, `go test ./backend/x`: go runs generators and tests in each package's directory.
  if (exe === 'go') {
    for (const a of args.slice(1)) {
      if (a.dynamic || !/^\.{1,2}\//.test(a.value)) continue;
      // `./x/...` is every package below x: directories the line does not name (any override below).
      if (a.value.endsWith('/...')) {
        out.push({ value: a.value, dynamic: true, anyDir: true, under: a.value.slice(0, -'/...'.length) });
        continue;
      }
      const dir = a.value.replace(/\/$/, '');
      if (dir && dir !== '.' && dir !== '..') out.push({ ...a, value: dir });
    }
  }
  // `find DIR -execdir CMD`: CMD runs in the directory of each file found under DIR, which the line does not name.
  if (exe === 'find' && args.some((a) => a.value === '-execdir' || a.value === '-okdir')) {
    const starts: Arg[] = [];
    for (const a of args) {
      if (a.value.startsWith('-') || a.value === '(' || a.value === '!') break;
      starts.push(a);
    }
    if (starts.length === 0) starts.push({ value: '.', dynamic: false });
    for (const s of starts) out.push({ value: '(the directories find -execdir runs in)', dynamic: true, anyDir: true, ...(s.dynamic ? {} : { under: s.value }) });
  }
  const spec = CHDIR_BY_NAME.get(exe);
  if (!spec) return out;
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
    const eq = v.indexOf('=');
    const head = eq < 0 ? v : v.slice(0, eq);
    for (const long of spec.long ?? []) {
      if (!spellsLong(head, long)) continue;
      if (eq < 0) out.push(args[++k] ?? { value: '', dynamic: true });
      else out.push({ ...a, value: v.slice(eq + 1) });
      break;
    }
    if (spec.short && v.startsWith(`-${spec.short}`) && !v.startsWith('--')) {
      if (v.length > 2) out.push({ ...a, value: v.slice(2) });
      else out.push(args[++k] ?? { value: '', dynamic: true });
    }
  }
  return out;
}

// The command a package manager's runner runs (`npx CMD`, `npm exec -- CMD`, `pnpm dlx`, `yarn
// dlx`, `bunx`, `uv run`, `uvx`, `poetry run`, `pipx run`, `bundle exec`, `corepack npm …`): it runs
// from the project's bins, its environment or a package fetched to run, so its words are also a
// command of their own, decided as one (a deny of `rm -rf` meets `npx rm -rf x`, and an allow must
// admit it as well as npx). Programs that run a command given as a string or as words of their
// own kind (`op run --`, `nix-shell --run`, `ssh HOST CMD`) are ./runners.ts.
import { assignedName } from './shell-opaque.js';
import type { Arg } from './shell-wrappers.js';

/** The command a package manager's runner runs, as a command of its own; undefined when exe is none or runs none that can be told. */
export function packageManagerCommand(exe: string, rest: readonly Arg[]): Arg[] | undefined {
  switch (exe) {
    case 'npx':
    case 'bunx':
    case 'npm':
    case 'pnpm':
    case 'yarn':
    case 'bun':
      return packageRunnerCommand(exe, rest);
    case 'uv':
    case 'uvx':
    case 'poetry':
    case 'pipx':
    case 'pdm':
    case 'hatch':
    case 'rye':
    case 'pipenv':
    case 'bundle':
      return pythonRunnerCommand(exe, rest);
    case 'corepack':
      return corepackCommand(rest);
  }
  return undefined;
}

/**
 * The command `npx …`, `npm exec …`, `pnpm dlx …`, `yarn dlx …`, `bunx …` or `bun x …` runs, as a
 * command of its own; undefined when it runs none that can be told.
 */
function packageRunnerCommand(exe: string, rest: readonly Arg[]): Arg[] | undefined {
  let tail = packageRunnerTail(exe, rest);
  // `npx FOO=1 rm`: a leading NAME=value is no program npm can run; read as the shell would
  // read it (an assignment before `rm`), the command is still decided, and reads the same
  // when its words are analysed again.
  while (tail && tail.length > 1 && !tail[0]!.dynamic && assignedName(tail[0]!.value)) tail = tail.slice(1);
  if (!tail || !tail.length || tail[0]!.dynamic) return undefined;
  const word = tail[0]!.value;
  // `npx prettier@3 --write .`, `npx @biomejs/biome check --write`: a registry package
  // runs its bin, named as the package without scope and version.
  const bin = packageSpecifier(word) ? specifierBin(word) : word;
  if (bin === undefined) return undefined;
  return bin === word ? tail : [{ ...tail[0]!, value: bin }, ...tail.slice(1)];
}

/**
 * The command `uv run …`, `uvx …`, `poetry run …`, `pipx run …` (and pdm, hatch, rye, pipenv) or
 * `bundle exec …` runs in the project's environment, as a command of its own; undefined when it
 * runs none that can be told.
 */
function pythonRunnerCommand(exe: string, rest: readonly Arg[]): Arg[] | undefined {
  const tail = pythonRunnerTail(exe, rest);
  return tail && tail.length && !tail[0]!.dynamic ? tail : undefined;
}

/**
 * `corepack npm install x`, `corepack pnpm@9 add x`: corepack runs the package manager it names
 * (at a version), as a command of its own; undefined when it names none.
 */
function corepackCommand(rest: readonly Arg[]): Arg[] | undefined {
  const at = rest.findIndex((a) => a.dynamic || !a.value.startsWith('-'));
  const pm = at < 0 ? undefined : rest[at]!;
  if (!pm || pm.dynamic) return undefined;
  const name = /^(npm|npx|pnpm|pnpx|yarn|yarnpkg)(?:@[^\s/]*)?$/.exec(pm.value)?.[1];
  return name ? [{ ...pm, value: name }, ...rest.slice(at + 1)] : undefined;
}

/** Options of the package runners that take a value (npm exec, npx, pnpm dlx, yarn dlx, bunx). */
const RUNNER_VALUED = new Set(['-p', '--package', '--registry', '--prefix', '-C', '--dir', '-w', '--workspace', '--cache', '--userconfig', '--node-options', '--script-shell']);

/**
 * The command a package runner runs (`npx CMD ARGS`, `npm exec [--] CMD ARGS`, `npm x`, `pnpm
 * exec|dlx`, `yarn exec|dlx`, `bunx`, `bun x`), or undefined when the words are not such a call
 * (or `-c`/`--call` gives it as a string, which is opaque on its own).
 */
function packageRunnerTail(exe: string, rest: readonly Arg[]): Arg[] | undefined {
  let k = 0;
  if (exe === 'npm' || exe === 'pnpm' || exe === 'yarn' || exe === 'bun') {
    // The subcommand after the runner's own global options.
    while (k < rest.length && rest[k]!.value.startsWith('-') && !rest[k]!.dynamic) k += RUNNER_VALUED.has(rest[k]!.value) ? 2 : 1;
    // `yarn workspace NAME exec CMD`, `yarn workspaces foreach [options] exec CMD`: exec in a workspace.
    if (exe === 'yarn' && rest[k]?.value === 'workspace' && !rest[k + 1]?.dynamic) k += 2;
    else if (exe === 'yarn' && rest[k]?.value === 'workspaces' && rest[k + 1]?.value === 'foreach') {
      const at = rest.findIndex((a, i) => i > k + 1 && (a.dynamic || a.value === 'exec'));
      if (at > 0) k = at;
    }
    const sub = rest[k]?.value;
    const runs = exe === 'npm' ? sub === 'exec' || sub === 'x' : exe === 'bun' ? sub === 'x' : sub === 'exec' || sub === 'dlx';
    if (!runs || rest[k]!.dynamic) return undefined;
    k++;
  }
  for (; k < rest.length; k++) {
    const a = rest[k]!;
    if (a.dynamic) return undefined;
    if (a.value === '--') return rest.slice(k + 1);
    if (a.value === '-c' || a.value === '--call' || a.value.startsWith('--call=')) return undefined;
    if (!a.value.startsWith('-')) return rest.slice(k);
    if (RUNNER_VALUED.has(a.value)) k++;
  }
  return undefined;
}

/**
 * The command a registry package specifier runs (`prettier@3` → prettier, `@biomejs/biome@2` →
 * biome): npm exec runs the package's bin named as the package without its scope (or its only
 * bin, usually so named; another name is decided as a command of its own all the same, never
 * wider). Undefined for URLs, paths and git specifiers, whose bin cannot be told.
 */
function specifierBin(word: string): string | undefined {
  const m = /^(?:@[a-z0-9][\w.~-]*\/)?([a-z0-9][\w.~-]*)(?:@[^\s/:]*)?$/i.exec(word);
  return m?.[1];
}

/** Options of the Python runners (uv run, uvx, uv tool run, poetry run, pipx run) and bundle exec that take a value. */
const PY_RUNNER_VALUED = new Set([
  '--directory', '--project', '-p', '--python', '--with', '--with-requirements', '--with-editable', '--from', '--env-file', '--index', '--index-url',
  '--extra-index-url', '--default-index', '-f', '--find-links', '--package', '--group', '--extra', '--only-group', '--no-group', '-C', '--config-setting',
  '--cache-dir', '--config-file', '--color', '--python-preference', '--spec', '--pip-args', '-P', '--index-strategy', '--keyring-provider', '--prerelease',
  '--resolution', '--exclude-newer', '--link-mode', '--refresh-package', '--reinstall-package', '--upgrade-package', '--no-binary-package', '--only-binary',
]);

/**
 * The command a Python runner runs (`uv run CMD`, `uv tool run CMD`, `uvx CMD`, `poetry run
 * CMD`, `pipx run APP`) or `bundle exec CMD` runs, or undefined when the words are not such a call. A tool named with a
 * version (`uvx black@24`, `pipx run black==24`) runs that tool; a `.py` file runs under python.
 */
function pythonRunnerTail(exe: string, rest: readonly Arg[]): Arg[] | undefined {
  let k = 0;
  const skipOptions = () => {
    while (k < rest.length && !rest[k]!.dynamic && rest[k]!.value.startsWith('-') && rest[k]!.value !== '--') k += PY_RUNNER_VALUED.has(rest[k]!.value) ? 2 : 1;
    if (rest[k]?.value === '--' && !rest[k]!.dynamic) k++;
  };
  if (exe !== 'uvx') {
    skipOptions();
    if (exe === 'uv' && rest[k]?.value === 'tool' && !rest[k]!.dynamic) k++;
    if (rest[k]?.value !== (exe === 'bundle' ? 'exec' : 'run') || rest[k]!.dynamic) return undefined;
    k++;
  }
  skipOptions();
  const first = rest[k];
  if (!first) return undefined;
  if (first.dynamic) return rest.slice(k);
  const tool = exe === 'uvx' || exe === 'pipx' || (exe === 'uv' && rest.some((a, i) => i < k && a.value === 'tool')) ? /^([A-Za-z0-9][\w.-]*?)(?:[@=<>~!].*)?$/.exec(first.value)?.[1] : first.value;
  if (tool === undefined) return undefined;
  if (tool.endsWith('.py')) return [{ value: 'python', dynamic: false }, ...rest.slice(k)];
  return [{ ...first, value: tool }, ...rest.slice(k + 1)];
}

/** A word that names a package by a URL, a path or a scope/version rather than a command (`npx https://…`, `npx pkg@1`). */
function packageSpecifier(word: string): boolean {
  return word.includes('://') || word.includes('@') || word.startsWith('.') || word.startsWith('/') || word.includes(':');
}

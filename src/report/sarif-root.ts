// Where SARIF paths start: the repository root (code scanning resolves URIs against the checkout,
// so a run from a subdirectory must not shift them), and the policy that findings about no file
// (a glob that matched nothing, …) are shown on, since code scanning drops results without one.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function repositoryRoot(cwd: string): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return cwd;
  }
}

/** The root policy found from cwd upwards to the repository root, as the CLI finds it. */
export function rootPolicy(cwd: string, root: string): string | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    for (const name of ['.agent-policy.yml', '.agent-policy.yaml']) if (existsSync(join(dir, name))) return join(dir, name);
    if (dir === root || dirname(dir) === dir) return undefined;
  }
}

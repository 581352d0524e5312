// The repository a directory belongs to. Its own module (node:fs and node:path only) because the
// runtime guard's CommonJS boot (src/guard/boot.ts) needs it before any other code loads.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The nearest ancestor of `dir` (itself included) that holds `.git`, or undefined. */
export function findRepoRoot(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

// Where a path really leads on this disk. A symbolic link at an allowed path (`src/link` ->
// `../secrets/key`) reads or writes its target: the runtime guard and `explain`, which decide
// what is about to happen on this machine, give the engine this resolver so that the target is
// decided too (src/engine/decide-path.ts). Replay does not: the disk has changed since the log.
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { LinkTarget } from './engine/types.js';

/** The real path of `abs`: of its deepest existing ancestor, with the rest appended. */
function realPathOf(abs: string): string | undefined {
  const rest: string[] = [];
  let head = abs;
  for (;;) {
    try {
      const real = realpathSync.native(head);
      return rest.length === 0 ? real : join(real, ...rest.reverse());
    } catch {
      const parent = dirname(head);
      if (parent === head) return undefined;
      rest.push(basename(head));
      head = parent;
    }
  }
}

/**
 * A resolver for paths in the repository at `root`: the absolute path a link on the path leads
 * to, or undefined when no link lies on it (or the path cannot be followed). The root itself may
 * lie under a link (`/tmp` on macOS): its real path is mapped back to `root`.
 */
export function linkResolver(root: string): LinkTarget {
  const realRoot = realPathOf(root) ?? root;
  return (path, cwd) => {
    if (path === '' || path.startsWith('~')) return undefined;
    // Joined as text, not resolved: `dir/../x` follows `dir` first, as the kernel does.
    const written = path.startsWith('/') ? path : `${cwd ?? root}/${path}`;
    const real = realPathOf(written);
    if (real === undefined) return undefined;
    const mapped = real === realRoot ? root : real.startsWith(realRoot + sep) ? root + real.slice(realRoot.length) : real;
    return mapped === resolve(written) ? undefined : mapped;
  };
}

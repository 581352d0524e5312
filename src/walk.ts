import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const SKIP_DIRS = new Set(['.git', 'node_modules']);

/**
 * Files below `root` (absolute paths) whose name `keep` accepts, outside a git work tree's view:
 * skips `.git` and `node_modules`, follows no symbolic links, and looks at no more than `limit`
 * directory entries (a walk of a huge tree stops rather than hangs). Unreadable directories are
 * passed over.
 */
export function walkFiles(root: string, keep: (name: string) => boolean = () => true, limit = Infinity): string[] {
  const out: string[] = [];
  let seen = 0;
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (++seen > limit) return;
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(join(dir, e.name));
      } else if (e.isFile() && keep(e.name)) {
        out.push(join(dir, e.name));
      }
    }
  };
  walk(root);
  return out;
}

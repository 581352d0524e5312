// Lists the override files of the policy above a directory ahead of time (from the override
// cache, override-cache.ts, or git ls-files running while the guard's code loads and the payload
// is read). Used only when the payload's working directory leads to the same root policy.
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { findRootPolicy } from '../policy/discover.js';
import { discoverOverrides } from './override-cache.js';

export interface PrefetchedOverrides {
  rootFile: string;
  files: Promise<string[]>;
}

function isFile(abs: string): boolean {
  try {
    return statSync(abs).isFile();
  } catch {
    return false;
  }
}

export function prefetchOverrides(cwd: string): PrefetchedOverrides | undefined {
  const rootFile = findRootPolicy(cwd, isFile);
  if (!rootFile) return undefined;
  const files = discoverOverrides(dirname(rootFile));
  // Unused when the payload points elsewhere: never an unhandled rejection.
  files.catch(() => undefined);
  return { rootFile, files };
}

// The package.json of the running agent-policy-lint (found upwards from this bundled file), for
// what a release records in it: the commit it was built from (see docs/releasing.md).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface OwnPackage {
  version?: string;
  actionRelease?: { commit?: unknown; version?: unknown };
}

export function ownPackage(from = fileURLToPath(import.meta.url)): OwnPackage | undefined {
  // dist/cli.js, dist/chunks/*.js, src/init/*.ts: the package root is at most three levels up.
  let dir = dirname(from);
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
      if (pkg.name === 'agent-policy-lint') return pkg as OwnPackage;
    } catch {
      // Not here (or not JSON): look one level up.
    }
  }
  return undefined;
}

// Runs once before the suite, however it was started (`npm test`, `npx vitest run test/x.test.ts`,
// an editor): many tests spawn the built CLI (dist/cli.js), so dist/ must be built from the
// sources as they are now. `npm test` builds first and leaves a stamp, so it is not built twice.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { isBuildFresh } from '../scripts/build-stamp.mjs';
import { REPO_ROOT } from './helpers/cli.js';

export default function setup(): void {
  if (isBuildFresh()) return;
  process.stderr.write('dist/ is older than the sources: building it before the tests (npm run build)\n');
  const build = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/build.mjs')], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? build.signal}): the tests would run an old dist/`);
}

// Whether dist/ was built from the sources as they are now. scripts/build.mjs writes a stamp when
// it finishes; test/global-setup.ts rebuilds before any test runs unless the stamp matches, so a
// test that spawns dist/cli.js never tests an old bundle however the suite was started, and
// `npm test` (which builds first) does not build twice.
//
// The stamp holds content hashes, not times: `git checkout -- dist` or a branch switch leaves
// fresh-looking files that may not match the sources. It lives outside dist/ (which is committed).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** What the bundle is built from: sources, bundled data, schemas, the build scripts, the dependencies. */
const INPUTS = ['src', 'data', 'schemas', 'scripts/build.mjs', 'scripts/shims', 'scripts/gen-validators.mjs', 'scripts/gen-rules-doc.mjs', 'package-lock.json'];
const OUTPUT = 'dist';
const STAMP = 'node_modules/.cache/agent-policy-lint/build-stamp.json';

/** Files under `entry` (a file or a directory), sorted, as paths relative to `root`. */
function files(root, entry) {
  const abs = join(root, entry);
  if (!existsSync(abs)) return [];
  const found = [];
  const walk = (dir) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (d.isFile()) found.push(relative(root, p).split(sep).join('/'));
    }
  };
  if (statSync(abs).isDirectory()) walk(abs);
  else found.push(entry);
  return found.sort();
}

/** One hash over the names and contents of every file under the entries. */
function treeHash(root, entries) {
  const hash = createHash('sha256');
  for (const file of entries.flatMap((entry) => files(root, entry))) {
    hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  }
  return hash.digest('hex');
}

function current(root) {
  return { inputs: treeHash(root, INPUTS), output: treeHash(root, [OUTPUT]) };
}

/** Called by scripts/build.mjs once dist/ is in place. `root`: the repository (another for tests). */
export function writeBuildStamp(root = REPO_ROOT) {
  mkdirSync(dirname(join(root, STAMP)), { recursive: true });
  writeFileSync(join(root, STAMP), JSON.stringify(current(root)) + '\n');
}

/** True when dist/ exists and is what the last build made from the sources as they are now. */
export function isBuildFresh(root = REPO_ROOT) {
  if (!existsSync(join(root, OUTPUT, 'cli.js')) || !existsSync(join(root, STAMP))) return false;
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(root, STAMP), 'utf8'));
  } catch {
    return false;
  }
  const now = current(root);
  return stamp.inputs === now.inputs && stamp.output === now.output;
}

// The stamp test/global-setup.ts trusts to skip a rebuild: it must say "stale" after any change to
// the sources or to dist/ (a `git checkout -- dist` included), and "fresh" only right after a build.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBuildFresh, writeBuildStamp } from '../scripts/build-stamp.mjs';
import { tempTree } from './helpers/cli.js';

function builtRepo(): string {
  const root = tempTree({ 'src/a.ts': 'export const a = 1;\n', 'data/d.json': '{}\n', 'package-lock.json': '{}\n', 'dist/cli.js': 'a = 1\n' });
  writeBuildStamp(root);
  return root;
}

describe('the build stamp', () => {
  it('is fresh right after a build, stale when a source, the data or dist/ changes, and fresh again after the next build', () => {
    for (const [file, text] of [
      ['src/a.ts', 'export const a = 2;\n'],
      ['src/new.ts', 'export {};\n'],
      ['data/d.json', '{"x":1}\n'],
      ['package-lock.json', '{"v":2}\n'],
      ['dist/cli.js', 'a = 0\n'],
    ]) {
      const root = builtRepo();
      expect(isBuildFresh(root), file).toBe(true);
      writeFileSync(join(root, file!), text!);
      expect(isBuildFresh(root), file).toBe(false);
      writeBuildStamp(root);
      expect(isBuildFresh(root), file).toBe(true);
    }
  });

  it('is stale without dist/cli.js or without a stamp', () => {
    const noCli = builtRepo();
    rmSync(join(noCli, 'dist/cli.js'));
    expect(isBuildFresh(noCli)).toBe(false);
    const noStamp = builtRepo();
    rmSync(join(noStamp, 'node_modules'), { recursive: true });
    expect(isBuildFresh(noStamp)).toBe(false);
  });
});

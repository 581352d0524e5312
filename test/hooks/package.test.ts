// The pre-commit framework runs the committed bin from its clone of this repository; npm users get
// the packed files, so the bin and its chunks must be inside them.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));

describe('packaging for the pre-commit framework', () => {
  it('.pre-commit-hooks.yaml declares the staged hook and the whole-policy hook, runnable without an install', () => {
    const hooks = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    expect(hooks.map((h) => h.id)).toEqual(['agent-policy-lint', 'agent-policy-lint-all']);
    // Each commit: the hook's CommonJS entry (src/cli/pre-commit-boot.ts), no ES module loader to start.
    expect(hooks[0]).toMatchObject({ language: 'script', entry: 'dist/pre-commit.cjs --staged', pass_filenames: false, always_run: true });
    expect(hooks[1]).toMatchObject({ language: 'script', pass_filenames: false });
    expect(String(hooks[1]!.entry)).toMatch(/^dist\/cli\.js --check-conflicts --agent-log /);
    // The whole-policy hook runs the bin.
    expect(String(hooks[1]!.entry).split(' ')[0]).toBe(String(pkg.bin['agent-policy-lint']).replace(/^\.\//, ''));
    for (const hook of hooks) {
      // Stage names differ between pre-commit < 3.2 and later: leave them out.
      expect(hook.stages).toBeUndefined();
      // The script runs by its shebang: executable as built, and as committed (once dist/ holds it:
      // a branch that leaves dist/ to the coordinator's rebuild has it only on disk).
      const script = String(hook.entry).split(' ')[0]!;
      expect(readFileSync(join(REPO_ROOT, script), 'utf8').startsWith('#!/usr/bin/env node\n'), script).toBe(true);
      expect(statSync(join(REPO_ROOT, script)).mode & 0o111, script).not.toBe(0);
      const mode = spawnSync('git', ['ls-files', '-s', script], { cwd: REPO_ROOT, encoding: 'utf8' }).stdout;
      if (mode !== '') expect(mode.startsWith('100755 '), `${script}: ${mode}`).toBe(true);
    }
  });

  it('npm pack includes the bin target (the committed, bundled dist/cli.js) and its chunks', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const [packed] = JSON.parse(r.stdout) as { files: { path: string }[] }[];
    const files = new Set(packed!.files.map((f) => f.path));
    for (const target of Object.values(pkg.bin as Record<string, string>)) {
      const path = target.replace(/^\.\//, '');
      expect(path.startsWith('dist/')).toBe(true);
      expect(files.has(path), `${path} is not packed`).toBe(true);
    }
    // The entry the husky hook `init` writes runs (src/init/templates.ts), and the chunks it loads.
    expect(files.has('dist/pre-commit.cjs'), 'dist/pre-commit.cjs is not packed').toBe(true);
    expect(files.has('dist/guard-chunks/staged.js'), 'dist/guard-chunks/staged.js is not packed').toBe(true);
    // Every chunk the bin imports is packed too.
    const cli = readFileSync(join(REPO_ROOT, 'dist/cli.js'), 'utf8');
    expect(cli.startsWith('#!/usr/bin/env node')).toBe(true);
    const chunks = [...cli.matchAll(/from\s*"\.\/(chunks\/[^"]+)"|import\("\.\/(chunks\/[^"]+)"\)/g)].map((m) => `dist/${m[1] ?? m[2]}`);
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) expect(files.has(chunk), `${chunk} is not packed`).toBe(true);
    expect([...files].some((f) => f.startsWith('src/') || f.startsWith('test/'))).toBe(false);
  });
});

// The pre-commit framework runs the committed bin from its clone of this repository; npm users get
// the packed files, so the bin and its chunks must be inside them.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));

describe('packaging for the pre-commit framework', () => {
  it('.pre-commit-hooks.yaml declares the staged hook and the whole-policy hook, runnable without an install', () => {
    const hooks = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    expect(hooks.map((h) => h.id)).toEqual(['agent-policy-lint', 'agent-policy-lint-all']);
    expect(hooks[0]).toMatchObject({ language: 'script', entry: 'dist/cli.js --staged', pass_filenames: false, always_run: true });
    expect(hooks[1]).toMatchObject({ language: 'script', pass_filenames: false });
    expect(String(hooks[1]!.entry)).toMatch(/^dist\/cli\.js --check-conflicts --agent-log /);
    for (const hook of hooks) {
      // Stage names differ between pre-commit < 3.2 and later: leave them out.
      expect(hook.stages).toBeUndefined();
      // The script is the bin, committed executable.
      expect(String(hook.entry).split(' ')[0]).toBe(String(pkg.bin['agent-policy-lint']).replace(/^\.\//, ''));
    }
    const mode = spawnSync('git', ['ls-files', '-s', 'dist/cli.js'], { cwd: REPO_ROOT, encoding: 'utf8' }).stdout;
    expect(mode.startsWith('100755 ')).toBe(true);
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
    // Every chunk the bin imports is packed too.
    const cli = readFileSync(join(REPO_ROOT, 'dist/cli.js'), 'utf8');
    expect(cli.startsWith('#!/usr/bin/env node')).toBe(true);
    const chunks = [...cli.matchAll(/from\s*"\.\/(chunks\/[^"]+)"|import\("\.\/(chunks\/[^"]+)"\)/g)].map((m) => `dist/${m[1] ?? m[2]}`);
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) expect(files.has(chunk), `${chunk} is not packed`).toBe(true);
    expect([...files].some((f) => f.startsWith('src/') || f.startsWith('test/'))).toBe(false);
  });
});

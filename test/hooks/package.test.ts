// The pre-commit framework installs this repository with `npm pack` + `npm install -g`, so the
// bin must be inside the packed files and must not point at a dev-only path.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));

describe('packaging for the pre-commit framework', () => {
  it('.pre-commit-hooks.yaml declares the node hook that reads the index itself', () => {
    const hooks = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({
      id: 'agent-policy-lint',
      language: 'node',
      entry: 'agent-policy-lint --staged',
      pass_filenames: false,
      always_run: true,
    });
    // The entry's executable is this package's bin.
    expect(Object.keys(pkg.bin)).toContain(String(hooks[0]!.entry).split(' ')[0]);
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

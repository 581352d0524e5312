// init with real husky 9 (the devDependency, copied into the test repository's node_modules as
// `npm i -D husky` puts it there): init runs husky's own install, so git runs the check on the
// next commit; a later `npx husky init` replaces the hook and running init again adds it back.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT } from '../helpers/cli.js';
import { cleanEnv, cli, commit, gitOk, newRepo, write } from '../hooks/repo.js';
import { HUSKY_HOOK } from '../../src/init/templates.js';

const T = 120_000;

function repoWithHusky(): string {
  const dir = newRepo({
    'package.json': '{\n  "name": "app",\n  "scripts": {\n    "test": "node -e 0"\n  },\n  "devDependencies": {\n    "agent-policy-lint": "*",\n    "husky": "^9.1.7"\n  }\n}\n',
    '.gitignore': 'node_modules/\n',
    'src/app.ts': 'export const a = 1;\n',
  });
  cpSync(join(REPO_ROOT, 'node_modules/husky'), join(dir, 'node_modules/husky'), { recursive: true });
  mkdirSync(join(dir, 'node_modules/.bin'));
  symlinkSync('../husky/bin.js', join(dir, 'node_modules/.bin/husky'));
  symlinkSync(CLI, join(dir, 'node_modules/.bin/agent-policy-lint'));
  // The package where `npm i -D agent-policy-lint` puts it: the hook runs its dist/pre-commit.cjs.
  symlinkSync(REPO_ROOT, join(dir, 'node_modules/agent-policy-lint'));
  return dir;
}

describe('init with husky 9', () => {
  it(
    'installs a hook that refuses an agent\'s commit of .env, and survives `npx husky init` by running init again',
    () => {
      const dir = repoWithHusky();
      const r = cli(dir, ['init']);
      expect(r.code, r.out).toBe(0);
      expect(r.stdout).toMatch(/ran\s+husky: git now runs \.husky\/pre-commit on every commit/);
      expect(gitOk(dir, 'config', 'core.hooksPath').trim()).toBe('.husky/_');
      expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe(HUSKY_HOOK);

      gitOk(dir, 'add', '-A');
      const first = commit(dir, 'initial');
      expect(first.code, first.out).toBe(0);

      write(dir, '.env', 'TOKEN=x\n');
      gitOk(dir, 'add', '.env');
      const refused = commit(dir, 'agent adds .env', { CLAUDECODE: '1' });
      expect(refused.code).not.toBe(0);
      expect(refused.out).toContain('commit refused');
      // The way forward names a command that works from the person's shell: the local bin, never a download.
      expect(refused.out).toContain('npx --no-install agent-policy-lint bypass --reason');

      // husky's own init replaces .husky/pre-commit with `npm test`: the check is gone…
      const huskyInit = spawnSync(process.execPath, [join(dir, 'node_modules/husky/bin.js'), 'init'], { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
      expect(huskyInit.status, huskyInit.stderr).toBe(0);
      expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe('npm test\n');
      const unchecked = commit(dir, 'agent adds .env, unchecked', { CLAUDECODE: '1' });
      expect(unchecked.code, unchecked.out).toBe(0);

      // …and init says what it does about it: appends the check, keeping husky's line.
      const again = cli(dir, ['init']);
      expect(again.stdout).toMatch(/appended\s+the agent-policy-lint check to \.husky\/pre-commit/);
      expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe(`npm test\n\n${HUSKY_HOOK}`);
      write(dir, '.env.production', 'TOKEN=y\n');
      gitOk(dir, 'add', '.env.production');
      const refusedAgain = commit(dir, 'agent adds .env.production', { CLAUDECODE: '1' });
      expect(refusedAgain.code).not.toBe(0);
      expect(refusedAgain.out).toContain('commit refused');
    },
    T,
  );

  it(
    'says what to install, and refuses the commit with that advice, when the package is missing',
    () => {
      const dir = repoWithHusky();
      expect(cli(dir, ['init']).code).toBe(0);
      gitOk(dir, 'add', '-A');
      expect(commit(dir, 'initial').code).toBe(0);
      gitOk(dir, 'rm', '-q', '--cached', 'src/app.ts');
      // As after a fresh clone without `npm install`: nothing is fetched from the registry.
      rmSync(join(dir, 'node_modules/.bin/agent-policy-lint'));
      rmSync(join(dir, 'node_modules/agent-policy-lint'));
      const r = commit(dir, 'without the linter');
      expect(r.code).not.toBe(0);
      expect(r.out).toContain('agent-policy-lint is not installed here (or is older than this hook): run npm install');
    },
    T,
  );
});

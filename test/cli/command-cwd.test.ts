// The directory a command runs in decides which override governs it (SPEC 3; issue 14 item 5):
// `cd` (with CDPATH), `pushd`, `env -C`, `git -C`, `make -C`, `tar -C` move it, override lookup is
// case-insensitive for denies, and a directory known only at run time may be under any override.
// End to end through the built CLI (test/global-setup.ts builds it when stale).
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, tempTree } from '../helpers/cli.js';

let repo: string;

beforeAll(() => {
  repo = tempTree({
    '.agent-policy.yml': [
      'version: "2.1"',
      'default_permissions:',
      '  commands:',
      '    allow: ["git *", "make *", "tar *", "echo *", "cd *", "pushd *", "env *", "ls *"]',
      '',
    ].join('\n'),
    'src/generated/.agent-policy.override.yml': [
      'permissions:',
      '  commands:',
      '    deny: ["make *", "git push *"]',
      '  filesystem:',
      '    deny: ["src/generated/**"]',
      '',
    ].join('\n'),
    'src/generated/keep.txt': '',
    'docs/readme.md': '',
  });
  spawnSync('git', ['init', '-q'], { cwd: repo });
});

function explain(line: string) {
  const r = runCli(['explain', '--command', line], { cwd: repo });
  expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  return r;
}

describe('the directory a command runs in picks its override', () => {
  it.each([
    ['cd src/generated && make', 'make *'],
    ['pushd src/generated && make', 'make *'],
    ['cd SRC/Generated && make', 'make *'],
    ['cd src && cd GENERATED && make all', 'make *'],
    ['git -C src/generated push origin main', 'git push *'],
    ['git -C SRC/generated push origin main', 'git push *'],
    ['make -C src/generated', 'make *'],
    ['make --directory=src/generated all', 'make *'],
    ['env -C src/generated make', 'make *'],
    ['env --chdir src/generated make', 'make *'],
    ['cd $X && make', 'make *'],
    ['cd "$(pwd)/x" && make', 'make *'],
    ['CDPATH=src cd generated && make', 'make *'],
  ])('%s is denied by the override (%s)', (line, pattern) => {
    const r = explain(line);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/^✖ denied/);
    expect(r.stdout).toContain(`denied by the src/generated/ override: commands.deny "${pattern}"`);
  });

  it('a file written after a cd into a case variant is decided by the override', () => {
    const r = explain('cd SRC/Generated && echo hi > out.txt');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('filesystem.deny "src/generated/**"');
  });

  it.each([
    ['make'],
    ['cd docs && make'],
    ['make -C docs'],
    ['git -C docs push origin main'],
    ['cd src && ls'],
  ])('%s, outside the override, is allowed', (line) => {
    const r = explain(line);
    expect(r.stdout).toMatch(/^✔ allowed/);
    expect(r.code).toBe(0);
  });

  it('tar -C docs -xf a.tar, outside the override, is not denied (extracting may write any file under docs: it asks)', () => {
    const r = explain('tar -C docs -xf a.tar');
    expect(r.stdout).toMatch(/^⚠ needs a human approval/);
  });

  it('explain says why a directory is unknown', () => {
    const r = runCli(['explain', '--command', 'CDPATH=src cd generated && echo hi > x'], { cwd: repo });
    expect(r.stdout).toContain('CDPATH is set');
  });
});

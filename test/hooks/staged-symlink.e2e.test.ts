// --staged decides a staged symbolic link as a write of its target too (issue 14, "Paths and
// hosts"): in a real temporary git repository, through the built CLI, as the pre-commit hook runs it.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, gitOk, newRepo } from './repo.js';

const T = 120_000;
const CLAUDE = { CLAUDECODE: '1' };

const POLICY = ['version: "2.1"', 'default_permissions:', '  filesystem:', '    allow: ["src/**"]', '    deny: ["secrets/**"]', ''].join('\n');

function repo(): string {
  const dir = newRepo({ '.agent-policy.yml': POLICY, 'src/app.ts': 'export {};\n', 'secrets/key.pem': 'not a key\n' });
  gitOk(dir, 'add', '-A');
  gitOk(dir, 'commit', '-q', '-m', 'initial');
  return dir;
}

describe('--staged and symbolic links', () => {
  it(
    'refuses an agent\'s link at an allowed path that points into a denied directory, naming the target',
    () => {
      const dir = repo();
      symlinkSync('../secrets', join(dir, 'src/keys'));
      gitOk(dir, 'add', 'src/keys');
      const r = cli(dir, ['--staged'], CLAUDE);
      expect(r.code, r.out).toBe(1);
      expect(r.out).toContain('staged-agent-write-denied');
      expect(r.out).toContain('symbolic link to "../secrets" (secrets)');
      expect(r.out).toContain('secrets/**');
    },
    T,
  );

  it(
    'refuses a link to a denied file and a link that leaves the repository',
    () => {
      const dir = repo();
      symlinkSync('../secrets/key.pem', join(dir, 'src/key.pem'));
      symlinkSync('/etc/passwd', join(dir, 'src/passwd'));
      gitOk(dir, 'add', 'src');
      const r = cli(dir, ['--staged', '--format', 'json'], CLAUDE);
      expect(r.code, r.out).toBe(1);
      const report = JSON.parse(r.stdout) as { findings: { ruleId: string; message: string; data?: { path?: string } }[] };
      const denied = report.findings.filter((f) => f.ruleId === 'staged-agent-write-denied').map((f) => f.data?.path).sort();
      expect(denied).toEqual(['src/key.pem', 'src/passwd']);
    },
    T,
  );

  it(
    'lets an agent stage a link whose target is allowed, and a person stage any link',
    () => {
      const dir = repo();
      symlinkSync('app.ts', join(dir, 'src/main.ts'));
      gitOk(dir, 'add', 'src/main.ts');
      const ok = cli(dir, ['--staged'], CLAUDE);
      expect(ok.code, ok.out).toBe(0);

      const d2 = repo();
      symlinkSync('../secrets', join(d2, 'src/keys'));
      gitOk(d2, 'add', 'src/keys');
      const person = cli(d2, ['--staged']);
      expect(person.code, person.out).toBe(0);
    },
    T,
  );
});

// `agent-policy-lint explain` end to end, through the built CLI (test/global-setup.ts builds it when stale).
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, hasStackTrace, runCli, tempTree } from '../helpers/cli.js';

let seed: string;
let ovr: string;

beforeAll(() => {
  seed = tempTree({});
  cpSync(join(FIXTURES, 'engine/seed'), seed, { recursive: true });
  mkdirSync(join(seed, 'src/utils'), { recursive: true });
  ovr = tempTree({});
  cpSync(join(FIXTURES, 'engine/overrides'), ovr, { recursive: true });
});

function explain(args: string[], cwd = seed) {
  const r = runCli(['explain', ...args], { cwd });
  expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  return r;
}

describe('explain PATH', () => {
  it('denies a path trick, naming the rule with file:line:column', () => {
    const r = explain(['src/../.env']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^✖ denied {2}write src\/\.\.\/\.env/);
    expect(r.stdout).toContain('path .env  denied');
    expect(r.stdout).toMatch(/✖ deny {2}\.env\* +\.agent-policy\.yml:6:12/);
    // consulted but not matching, listed after the match
    expect(r.stdout).toMatch(/· deny {2}secrets\/\*\* +\.agent-policy\.yml:6:21/);
    expect(r.stdout.indexOf('✖ deny')).toBeLessThan(r.stdout.indexOf('· deny'));
  });

  it('allows an allow-listed path and exits 0', () => {
    const r = explain(['src/utils/logger.ts']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ allowed {2}write src\/utils\/logger\.ts/);
    expect(r.stdout).toMatch(/✔ allow +src\/\*\*\/\*\.ts +\.agent-policy\.yml:5:13/);
  });

  it('resolves paths from the current directory', () => {
    const r = explain(['../.env'], join(seed, 'src/utils'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('path src/.env  denied');
  });

  it('tells an approval gate from a denial, and honours --approval', () => {
    const gate = explain(['package.json']);
    expect(gate.code).toBe(1);
    expect(gate.stdout).toMatch(/^⚠ needs a human approval/);
    expect(gate.stdout).toContain('none given');
    const ok = explain(['package.json', '--approval', 'apr_8x3k2']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^✔ allowed with approval/);
    expect(ok.stdout).toContain('approval apr_8x3k2');
  });

  it('decides reads with --op read', () => {
    const r = explain(['--op', 'read', 'node_modules/x/index.js']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^✖ denied {2}read node_modules/);
  });

  it('decides several paths as one action', () => {
    const r = explain(['src/a.ts', 'secrets/k']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('path src/a.ts  allowed');
    expect(r.stdout).toContain('path secrets/k  denied');
    expect(r.stdout).toContain('max_files_per_action: 2 of 10');
  });
});

describe('explain --command / --host / --tool', () => {
  it('splits a command line and shows each simple command and redirect', () => {
    const r = explain(['--command', 'npm test && sudo /bin/rm -rf / > .env']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('command npm test  allowed');
    expect(r.stdout).toContain('command sudo /bin/rm -rf /  denied');
    expect(r.stdout).toMatch(/✖ deny {2}rm -rf +\.agent-policy\.yml:9:12 {2}on "rm -rf \/"/);
    expect(r.stdout).toContain('path .env (> .env)  denied');
    // rm -rf / also deletes a path outside the repository, and everything under it (SPEC 3, what a command touches).
    expect(r.stdout).toContain('path / (delete: rm /)  denied');
    expect(r.stdout).toContain('path /** (delete: rm / (everything on the machine))  denied');
    expect(r.stdout).toContain('(and 3 more denied)');
  });

  it('allows an allow-listed command', () => {
    const r = explain(['--command', 'npm test -- --watch']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✔ allow +npm test +\.agent-policy\.yml:8:13/);
  });

  it('denies what it cannot parse, with the reason', () => {
    const r = explain(['--command', 'echo "unterminated']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('cannot parse the command line');
  });

  it('decides hosts and URLs', () => {
    const ok = explain(['--host', 'https://user@REGISTRY.npmjs.org:443/left-pad']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('host registry.npmjs.org  allowed');
    const no = explain(['--host', 'registry.npmjs.org.evil.com']);
    expect(no.code).toBe(1);
    expect(no.stdout).toContain('allow_outbound is false (.agent-policy.yml:11)');
  });

  it('decides tools', () => {
    const r = explain(['--tool', 'mcp__github__delete_repo'], ovr);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✖ deny {2}mcp__github__delete_\* +\.agent-policy\.yml:11:12/);
  });
});

describe('explain with overrides, exceptions and agents', () => {
  it('shows the exception that carves a path out of a root deny', () => {
    const r = explain(['backend/secrets/test-fixtures/key.pem'], ovr);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✖ deny +backend\/secrets\/\*\* +\.agent-policy\.yml:4:35/);
    expect(r.stdout).toMatch(/✔ exception +backend\/secrets\/test-fixtures\/\*\* +\.agent-policy\.yml:18:14/);
    expect(r.stdout).toMatch(/✔ allow +backend\/secrets\/test-fixtures\/\*\* +backend\/\.agent-policy\.override\.yml:6:9/);
    expect(r.stdout).toContain('policy .agent-policy.yml + 2 overrides');
  });

  it('keeps the root deny outside the exception', () => {
    const r = explain(['backend/secrets/prod.key'], ovr);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('denied by the root policy: filesystem.deny "backend/secrets/**"');
  });

  it('applies an override allow list only in its directory', () => {
    expect(explain(['frontend/src/App.tsx'], ovr).code).toBe(0);
    const r = explain(['frontend/src/App.ts'], ovr);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('matches no filesystem.allow pattern');
  });

  it('applies an override command deny after a cd into its directory', () => {
    const r = explain(['--command', 'cd backend && go generate ./...'], ovr);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('denied by the backend/ override: commands.deny "go generate" (backend/.agent-policy.override.yml:8)');
  });

  it('applies trust levels with --agent', () => {
    const ro = explain(['--agent', 'reviewer', 'docs/a.md'], ovr);
    expect(ro.code).toBe(1);
    expect(ro.stdout).toContain('agent "reviewer" is read_only');
    expect(ro.stdout).toContain('agent reviewer (read_only)');
    const wl = explain(['--agent', 'builder', '--approval', 'apr_1', '--command', 'git push origin HEAD'], ovr);
    expect(wl.code).toBe(1);
    expect(wl.stdout).toContain('is write_local: it may not push');
    const unknown = explain(['--agent', 'stranger', 'docs/a.md'], ovr);
    expect(unknown.code).toBe(0);
    expect(unknown.stdout).toContain('not listed under agents: default permissions');
  });
});

describe('explain --format json', () => {
  it('prints the Decision, origins relative to the working directory', () => {
    const r = explain(['--format', 'json', '--command', 'curl https://x.example']);
    expect(r.code).toBe(1);
    const d = JSON.parse(r.stdout);
    expect(d).toMatchObject({ allowed: false, requiresApproval: false, approved: false });
    expect(d.reason).toMatch(/^denied: command "curl https:\/\/x.example"/);
    const deny = d.subjects[0].rules.find((x: { matched: boolean }) => x.matched);
    expect(deny).toMatchObject({ effect: 'deny', pattern: 'curl *', matched: true, origin: { file: '.agent-policy.yml', line: 9, column: 22 } });
    expect(d.subjects[0].rules.some((x: { matched: boolean }) => !x.matched)).toBe(true);
  });

  it('exits 0 for an allowed action', () => {
    const r = explain(['-f', 'json', 'src/a.ts']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).allowed).toBe(true);
  });
});

describe('explain usage', () => {
  it.each([
    [[], /needs something to decide/],
    [['a.ts', '--command', 'ls'], /one kind of action at a time/],
    [['--op', 'move', 'a.ts'], /--op expects read, write or delete/],
    [['--format', 'sarif', 'a.ts'], /stylish or json/],
    [['--bogus', 'a.ts'], /Unknown option/],
  ])('%j is a usage error (exit 2)', (args, message) => {
    const r = explain(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stdout).toBe('');
  });

  it('prints help', () => {
    const r = explain(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('agent-policy-lint explain --command "CMD"');
  });

  it('exits 2 without a usable policy, showing why', () => {
    const none = explain(['a.ts'], tempTree({ 'x.txt': '' }));
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('no .agent-policy.yml found');
    expect(none.stderr).toContain('explain needs a usable policy');
    const broken = explain(['a.ts'], tempTree({ '.agent-policy.yml': 'version: "1.0"\npermissions: [\n' }));
    expect(broken.code).toBe(2);
    expect(broken.stdout).toMatch(/\.agent-policy\.yml/);
  });

  it('reads --config', () => {
    const dir = tempTree({ 'policies/p.yml': 'version: "1.0"\npermissions:\n  filesystem:\n    deny: ["*.key"]\n' });
    const r = explain(['--config', 'policies/p.yml', 'a.key'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('policies/p.yml:4:12');
  });
});

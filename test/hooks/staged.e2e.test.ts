// End to end: the hook `init` installs, in real temporary git repositories, through real
// `git commit`s (see repo.ts for exactly how the hook is wired without husky itself).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, commit, gitOk, headSubject, installHook, newRepo, write } from './repo.js';

const T = 120_000;

const FILES = {
  'package.json': '{\n  "name": "demo",\n  "version": "1.0.0",\n  "scripts": {\n    "test": "node -e 0"\n  }\n}\n',
  'src/app.ts': 'export const a = 1;\n',
  '.github/workflows/ci.yml': 'name: ci\n',
  'secrets/old.pem': 'not a real key\n',
};

/** A repository with the hook installed and everything committed by a person. */
function setUp(): string {
  const dir = newRepo(FILES);
  installHook(dir);
  gitOk(dir, 'add', '-A');
  const first = commit(dir, 'initial');
  expect(first.code, first.out).toBe(0);
  expect(first.out).not.toMatch(/agent-policy-lint|error|warning/);
  return dir;
}

/** Line of a quoted pattern in the committed policy (what the message must point at). */
function policyLine(dir: string, pattern: string): number {
  const lines = readFileSync(join(dir, '.agent-policy.yml'), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(JSON.stringify(pattern)));
  expect(i).toBeGreaterThanOrEqual(0);
  return i + 1;
}

const CLAUDE = { CLAUDECODE: '1' };

describe('pre-commit hook: commits by people and by agents', () => {
  it(
    'lets a person commit anything, blocks an agent on a denied path and says why and how to go on',
    () => {
      const dir = setUp();

      // An agent's change inside the allow list passes, silently.
      write(dir, 'src/app.ts', 'export const a = 2;\n');
      gitOk(dir, 'add', 'src/app.ts');
      const ok = commit(dir, 'agent: allowed change', CLAUDE);
      expect(ok.code, ok.out).toBe(0);
      expect(ok.stderr).toBe('');
      expect(headSubject(dir)).toBe('agent: allowed change');

      // An agent's change to CI configuration is refused.
      write(dir, '.github/workflows/ci.yml', 'name: ci\non: push\n');
      gitOk(dir, 'add', '.github/workflows/ci.yml');
      const refused = commit(dir, 'agent: edit CI', CLAUDE);
      expect(refused.code).not.toBe(0);
      expect(headSubject(dir)).toBe('agent: allowed change');
      const line = policyLine(dir, '.github/workflows/**');
      // What: the path, the agent and how it was recognised.
      expect(refused.out).toContain('agent "claude" (recognised by CLAUDECODE=1)');
      expect(refused.out).toMatch(/write\s+\.github\/workflows\/ci\.yml\s+denied by "\.github\/workflows\/\*\*" at \.agent-policy\.yml:\d+/);
      // Which rule: the report names the rule id and the pattern's file:line.
      expect(refused.out).toContain('staged-agent-write-denied');
      expect(refused.out).toContain(`.agent-policy.yml:${line}:`);
      // Ways forward, filled in with the real path.
      expect(refused.out).toContain('git restore --staged -- .github/workflows/ci.yml');
      expect(refused.out).toMatch(/agent-policy-lint bypass --reason "[^"]+" --allow \.github\/workflows\/ci\.yml --agent claude --duration 30m --approver EMAIL/);
      expect(refused.out).toContain('Change the policy in a reviewed pull request');

      // The same staged change, committed by the person, goes through.
      const person = commit(dir, 'person: edit CI');
      expect(person.code, person.out).toBe(0);
      expect(person.stderr).toBe('');
    },
    T,
  );

  it(
    'recognises agents by AGENT_ID and by author identity, decides deletions as deletes, and checks `commit -a`',
    () => {
      const dir = setUp();

      gitOk(dir, 'rm', '-q', 'secrets/old.pem');
      const del = commit(dir, 'agent: delete key', { AGENT_ID: 'ops-bot' });
      expect(del.code).not.toBe(0);
      expect(del.out).toContain('agent "ops-bot" (recognised by AGENT_ID)');
      expect(del.out).toMatch(/delete\s+secrets\/old\.pem\s+denied by "(secrets\/\*\*|\*\.pem)"/);
      gitOk(dir, 'reset', '-q', 'HEAD', '--', 'secrets/old.pem');
      gitOk(dir, 'checkout', '--', 'secrets/old.pem');

      // Devin's commits are authored by its GitHub App; git passes the author to the hook.
      write(dir, '.github/workflows/ci.yml', 'name: devin\n');
      gitOk(dir, 'add', '-A');
      const devin = commit(dir, 'devin: edit CI', {}, ['--author', 'Devin AI <158243242+devin-ai-integration[bot]@users.noreply.github.com>']);
      expect(devin.code).not.toBe(0);
      expect(devin.out).toContain('agent "devin"');
      gitOk(dir, 'reset', '-q');

      // `git commit -a` commits through a temporary index: the hook must judge that one.
      const all = commit(dir, 'agent: commit -a', CLAUDE, ['-a']);
      expect(all.code).not.toBe(0);
      expect(all.out).toContain('.github/workflows/ci.yml');
      expect(headSubject(dir)).toBe('initial');
    },
    T,
  );

  it(
    'refuses an agent change that needs human approval, naming the approval rule',
    () => {
      const dir = setUp();
      write(dir, 'package.json', readFileSync(join(dir, 'package.json'), 'utf8').replace('"1.0.0"', '"1.0.1"'));
      gitOk(dir, 'add', 'package.json');
      const r = commit(dir, 'agent: bump', CLAUDE);
      expect(r.code).not.toBe(0);
      expect(r.out).toContain('staged-agent-approval-required');
      expect(r.out).toMatch(/write\s+package\.json\s+needs human approval by "package\.json" at \.agent-policy\.yml:\d+/);
      expect(r.out).toContain('have a person review the change and make the commit themselves');
    },
    T,
  );

  it(
    'judges an agent by the committed policy too when the same commit loosens the policy',
    () => {
      const dir = setUp();
      write(dir, '.agent-policy.yml', 'version: "2.1"\ndefault_permissions:\n  filesystem:\n    allow: ["**"]\n');
      write(dir, '.github/workflows/ci.yml', 'name: sneaky\n');
      gitOk(dir, 'add', '-A');
      // The staged policy alone would allow both files.
      const r = commit(dir, 'agent: loosen and use it', CLAUDE);
      expect(r.code).not.toBe(0);
      expect(r.out).toContain('per the committed policy in HEAD');
      expect(r.out).toMatch(/write\s+\.github\/workflows\/ci\.yml/);
      expect(r.out).toMatch(/write\s+\.agent-policy\.yml/);
    },
    T,
  );

  it(
    "recognises the policy's own agent_detection.env markers, and builtin_env: false turns the built-in ones off",
    () => {
      const dir = setUp();
      const policy = readFileSync(join(dir, '.agent-policy.yml'), 'utf8');
      write(
        dir,
        '.agent-policy.yml',
        policy + 'agent_detection:\n  builtin_env: false\n  env:\n    - name: BUILD_BOT\n      value: "1"\n      agent: build-bot\n',
      );
      gitOk(dir, 'add', '.agent-policy.yml');
      const person = commit(dir, 'person: agent detection');
      expect(person.code, person.out).toBe(0);
      expect(person.stderr).toBe('');

      write(dir, '.github/workflows/ci.yml', 'name: bot\n');
      gitOk(dir, 'add', '.github/workflows/ci.yml');
      const bot = commit(dir, 'bot: edit CI', { BUILD_BOT: '1' });
      expect(bot.code).not.toBe(0);
      expect(bot.out).toContain('agent "build-bot" (recognised by BUILD_BOT=1 (agent_detection.env))');
      // CLAUDECODE=1 no longer marks an agent here (builtin_env: false): the commit goes through.
      const claude = commit(dir, 'claude: edit CI', CLAUDE);
      expect(claude.code, claude.out).toBe(0);
      expect(claude.stderr).toBe('');
    },
    T,
  );

  it(
    'lets an agent through under a committed bypass record, with a notice',
    () => {
      const dir = setUp();
      // An agent cannot grant itself a bypass inside its own commit.
      const self = cli(dir, ['bypass', '--reason', 'self-granted', '--allow', '.github/**', '--allow', '.agent-policy/**', '--duration', '30m', '--approver', 'alice@example.com']);
      expect(self.code, self.out).toBe(0);
      write(dir, '.github/workflows/ci.yml', 'name: self-granted\n');
      gitOk(dir, 'add', '-A');
      const selfGranted = commit(dir, 'agent: self-granted bypass', CLAUDE);
      expect(selfGranted.code).not.toBe(0);
      expect(selfGranted.out).toMatch(/write\s+\.github\/workflows\/ci\.yml\s+denied by/);
      expect(selfGranted.out).toMatch(/write\s+\.agent-policy\/bypasses\/bypass_\w+\.json\s+denied by "\.agent-policy\/\*\*"/);
      gitOk(dir, 'reset', '-q', '--hard');
      gitOk(dir, 'clean', '-q', '-fd', '.agent-policy');

      const b = cli(dir, ['bypass', '--reason', 'CI fix for the incident', '--allow', '.github/workflows/ci.yml', '--agent', 'claude', '--duration', '30m', '--approver', 'alice@example.com']);
      expect(b.code, b.out).toBe(0);
      gitOk(dir, 'add', '.agent-policy');
      expect(commit(dir, 'person: bypass for CI fix').code).toBe(0);

      write(dir, '.github/workflows/ci.yml', 'name: fixed\n');
      gitOk(dir, 'add', '.github/workflows/ci.yml');
      const r = commit(dir, 'agent: CI fix', CLAUDE);
      expect(r.code, r.out).toBe(0);
      expect(r.out).toContain('staged-agent-bypassed');
      expect(r.out).toMatch(/under bypass bypass_\w+/);
    },
    T,
  );
});

describe('pre-commit hook: the staged version is what is judged', () => {
  const BAD_POLICY = 'version: "2.1"\ndefault_permissions:\n  filesystem:\n    deny: [".env*"\n';
  const GOOD_POLICY = 'version: "2.1"\ndefault_permissions:\n  filesystem:\n    deny: [".env*"]\n';

  it(
    'refuses a staged policy with a syntax error even when the working tree is fixed, and accepts the reverse',
    () => {
      const dir = setUp();
      write(dir, '.agent-policy.yml', BAD_POLICY);
      gitOk(dir, 'add', '.agent-policy.yml');
      write(dir, '.agent-policy.yml', GOOD_POLICY);
      const bad = commit(dir, 'person: broken policy staged');
      expect(bad.code).not.toBe(0);
      expect(bad.out).toMatch(/\.agent-policy\.yml\n\s+4:\d+\s+error/);
      expect(bad.out).toContain('yaml-syntax');
      expect(bad.out).toContain('.agent-policy.yml differs in your working tree from the version being committed');
      expect(bad.out).toContain('git add .agent-policy.yml');

      gitOk(dir, 'add', '.agent-policy.yml'); // stage the fixed version ...
      write(dir, '.agent-policy.yml', BAD_POLICY); // ... and break the working tree
      const good = commit(dir, 'person: fixed policy staged');
      expect(good.code, good.out).toBe(0);
      expect(good.stderr).toBe('');
      expect(gitOk(dir, 'show', 'HEAD:.agent-policy.yml')).toBe(GOOD_POLICY);
    },
    T,
  );

  const entry = (path: string) =>
    JSON.stringify({ timestamp: '2026-06-08T14:32:01Z', agent_id: 'code-assistant-prod', action: 'filesystem.write', path, allowed: true, policy_version: '2.1' }) + '\n';

  it(
    'refuses a staged agent log recording a denied action even when the working tree is clean, and accepts the reverse',
    () => {
      const dir = setUp();
      write(dir, '.agent-actions.jsonl', entry('src/app.ts') + entry('.env.production'));
      gitOk(dir, 'add', '.agent-actions.jsonl');
      write(dir, '.agent-actions.jsonl', entry('src/app.ts'));
      const bad = commit(dir, 'person: log with a denied write');
      expect(bad.code).not.toBe(0);
      expect(bad.out).toContain('replay-denied-action');
      expect(bad.out).toMatch(/\.agent-actions\.jsonl\n\s+2:\d+\s+error/);
      expect(bad.out).toContain('.agent-actions.jsonl differs in your working tree');

      write(dir, '.agent-actions.jsonl', entry('src/app.ts'));
      gitOk(dir, 'add', '.agent-actions.jsonl');
      write(dir, '.agent-actions.jsonl', entry('.env.production'));
      const good = commit(dir, 'person: clean log');
      expect(good.code, good.out).toBe(0);
      expect(good.out).not.toContain('replay-');
    },
    T,
  );
});

describe('pre-commit hook with --check-conflicts', () => {
  it(
    'refuses a staged override that allows inside a root deny, naming both files',
    () => {
      const dir = setUp();
      write(dir, '.husky/pre-commit', 'npx agent-policy-lint --staged --check-conflicts\n');
      // A small policy: the seed article's example (the full starting policy takes the analysis far longer).
      write(dir, '.agent-policy.yml', 'version: "2.1"\ndefault_permissions:\n  filesystem:\n    deny: [".env*", "secrets/**", "backend/secrets/**"]\n');
      const setup = commit(dir, 'person: hook and policy', {}, ['-a']);
      expect(setup.code, setup.out).toBe(0);
      expect(setup.stderr).toBe(''); // partial-overlap notes alone do not make the hook talk

      write(dir, 'backend/.agent-policy.override.yml', 'permissions:\n  filesystem:\n    allow: ["backend/secrets/test-fixtures/**"]\n');
      gitOk(dir, 'add', 'backend');
      const r = commit(dir, 'person: override');
      expect(r.code).not.toBe(0);
      expect(r.out).toMatch(/backend\/\.agent-policy\.override\.yml\n\s+3:\d+\s+error/);
      expect(r.out).toContain('override-allow-in-root-deny');
      expect(r.out).toMatch(/\.agent-policy\.yml:\d+:\d+\s+Root policy denies: backend\/secrets\/\*\*/);
    },
    T,
  );
});

describe('agent-policy-lint --staged run directly', () => {
  it(
    'exits 0 without a word when nothing is staged, and outside the hook reports like the linter',
    () => {
      const dir = setUp();
      const nothing = cli(dir, ['--staged'], CLAUDE);
      expect(nothing).toMatchObject({ code: 0, stdout: '', stderr: '' });

      write(dir, '.github/workflows/ci.yml', 'name: x\n');
      gitOk(dir, 'add', '-A');
      const json = cli(dir, ['--staged', '--agent', 'helper-bot', '--format', 'json']);
      expect(json.code).toBe(1);
      const report = JSON.parse(json.stdout) as { findings: { ruleId: string; file: string }[] };
      expect(report.findings).toEqual([expect.objectContaining({ ruleId: 'staged-agent-write-denied', file: '.github/workflows/ci.yml' })]);
      expect(json.stderr).toContain('agent "helper-bot" (recognised by --agent)');

      const outside = cli(join(dir, '..'), ['--staged']);
      expect(outside.code).toBe(2);
      expect(outside.stderr).toMatch(/is not in a git repository/);
      expect(outside.stdout).toBe('');
    },
    T,
  );
});

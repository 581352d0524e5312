// `learn`: the least-privilege policy from logs, end to end through the built CLI, and its parts.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commandRules, directoryGlobs } from '../../src/native/learn/generalize.js';
import { FIXTURES, hasStackTrace, runCli, tempTree } from '../helpers/cli.js';

const REAL = ['5c0375b4-57a5-4f26-b12d-d022ee4e51b7.jsonl', 'fe5e1c67-53e7-4862-81ae-d0e013e3270b.jsonl'].map((f) => join(FIXTURES, 'logs/claude/real', f));
const RISKY = join(FIXTURES, 'logs/learn/risky.jsonl');

/** A git repository with `files`, for the CLI to treat as the project. */
function repo(files: Record<string, string> = {}): string {
  return tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', ...files });
}

function findingIds(stdout: string): string[] {
  return JSON.parse(stdout).findings.map((f: { ruleId: string }) => f.ruleId);
}

describe('directoryGlobs', () => {
  it('covers each file by its own directory, folds nested directories, keeps root files exact', () => {
    const globs = directoryGlobs(['src/a/x.ts', 'src/a/b/y.ts', 'README.md', 'scripts', 'scripts/run.mjs', 'lib/z.ts']);
    expect(Object.fromEntries(globs)).toEqual({
      'src/a/**': ['src/a/x.ts', 'src/a/b/y.ts'],
      'README.md': ['README.md'],
      'scripts/**': ['scripts', 'scripts/run.mjs'],
      'lib/**': ['lib/z.ts'],
    });
  });

  it('never widens to the whole repository', () => {
    const globs = [...directoryGlobs(['a', 'b/c', 'd/e/f', '.x/y']).keys()];
    expect(globs).not.toContain('**');
    expect(globs.every((g) => g !== '*' && !g.startsWith('*'))).toBe(true);
  });
});

describe('commandRules', () => {
  const rules = (line: string) => commandRules(line).map((r) => (r.risky ? `approval:${r.risky.pattern}` : r.prefix));

  it('keeps program and subcommand (and the script a runner runs), innermost program of wrappers', () => {
    expect(rules('npm run build -- --watch && git -C . status')).toEqual(['npm run build', 'git status']);
    expect(rules('sudo -u app npm test')).toEqual(['npm test']);
    expect(rules('ls -la src | grep x')).toEqual(['ls', 'grep']);
  });

  it('sets forced pushes and recursive deletes apart, in every spelling', () => {
    for (const line of ['git push --force', 'git -C . push -f origin main', 'git push --force-with-lease', 'git push origin +main']) {
      expect(rules(line), line).toEqual(['approval:git push --force']);
    }
    for (const line of ['rm -rf dist', 'rm -r -f dist', 'rm --recursive dist', 'rm dist -R']) expect(rules(line), line).toEqual(['approval:rm -r']);
    expect(rules('rm dist/x.js')).toEqual(['rm']);
  });

  it('learns nothing from a command name known only at run time', () => {
    expect(rules('$TOOL --flag')).toEqual([]);
  });
});

describe('agent-policy-lint learn', () => {
  it('real Claude Code transcripts: a policy that lints clean and replays them with no denied action', () => {
    const dir = repo();
    const learned = runCli(['learn', '--agent-log', REAL[0]!, REAL[1]!, '--output', '.agent-policy.yml'], { cwd: dir });
    expect(learned.code, learned.stderr).toBe(0);
    expect(learned.stderr).toMatch(/learned from \d+ logged actions in 2 logs/);
    const text = readFileSync(join(dir, '.agent-policy.yml'), 'utf8');

    const lint = runCli(['--format', 'json'], { cwd: dir });
    expect(lint.code, lint.stdout).toBe(0);
    expect(findingIds(lint.stdout)).toEqual([]);

    const replay = runCli(['--agent-log', REAL[0]!, '--agent-log', REAL[1]!, '--format', 'json'], { cwd: dir });
    // nothing denied; what the learned policy gates (opaque or run-time words) needs an approval
    expect(new Set(findingIds(replay.stdout))).toEqual(new Set(['replay-missing-approval']));

    // least privilege: no allow of everything, and every rule says where it came from
    const policy = parse(text);
    const perms = policy.default_permissions;
    for (const list of [perms.filesystem.allow, perms.commands.allow, perms.tools.allow]) {
      for (const p of list) expect(['**', '*', '**/*'], p).not.toContain(p);
    }
    expect(perms.filesystem.allow.length).toBeGreaterThan(2);
    expect(perms.commands.allow).toEqual(expect.arrayContaining(['ls', 'npm run build']));
    expect(perms.network.allow_outbound).toBe(false);
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (/^\s+- /.test(line)) expect(lines[i - 1], `comment above line ${i + 1}`).toMatch(/^\s+# .*(seen \d+ times? in \d+ logs?|not seen in any log|needs a human)/);
    });

    // a fixed set of sensitive paths and commands that none of the transcripts touched: denied
    // (decided in one replay: each line claims the action was carried out)
    const sensitive = [
      ...['.env', 'config/.env.local', 'secrets/db.txt', 'deploy/id_rsa', 'certs/server.pem', '.git/config'].map((path) => ({ action: 'filesystem.write', path })),
      ...['sudo make install', 'git push --force origin main', 'git reset --hard HEAD~3', 'rm -rf /'].map((command) => ({ action: 'command.exec', command })),
      { action: 'network.request', host: 'evil.example' },
      { action: 'filesystem.write', path: '.github/workflows/ci.yml' },
    ];
    const probe = join(dir, 'probe.jsonl');
    writeFileSync(probe, sensitive.map((e, i) => JSON.stringify({ timestamp: `2026-01-01T00:00:${String(i).padStart(2, '0')}Z`, allowed: true, ...e })).join('\n') + '\n');
    const probed = JSON.parse(runCli(['--agent-log', 'probe.jsonl', '--format', 'json'], { cwd: dir }).stdout).findings as Array<{ ruleId: string; line: number }>;
    const ruleAt = (line: number) => probed.filter((f) => f.line === line).map((f) => f.ruleId);
    // deploy/id_rsa is gated, not denied: a transcript runs `cd types && npx tsc --noEmit *.ts`,
    // whose glob may read a file `**/id_rsa*` names (types/id_rsa.ts), and learn turns a baseline
    // deny an observed action meets into an approval gate. (Before npx's command was analysed,
    // that line was opaque to the file rules, and the deny stayed.)
    const gated = new Set([sensitive.length - 1, 3]);
    sensitive.forEach((e, i) => {
      const expected = gated.has(i) ? 'replay-missing-approval' : 'replay-denied-action';
      expect(ruleAt(i + 1), JSON.stringify(e)).toContain(expected);
    });
  });

  it('risky observed actions become approval rules; blocked attempts and bad lines are not learned', () => {
    const dir = repo();
    const learned = runCli(['learn', RISKY], { cwd: dir });
    expect(learned.code).toBe(0);
    // one bad line is reported at its place and hides nothing
    expect(learned.stderr).toMatch(/risky\.jsonl:10:1\s+warning\s+the line is not valid JSON\s+learn-unreadable-line/);
    const policy = parse(learned.stdout);
    const approvals = policy.constraints.require_human_approval;
    expect(approvals).toEqual(
      expect.arrayContaining([{ command_pattern: 'git push --force' }, { command_pattern: 'rm -r' }, { file_pattern: '.github/workflows/**' }, { file_pattern: '.env*' }]),
    );
    const perms = policy.default_permissions;
    // the tightest directories (`dist/**`: the tree `rm -rf dist` deletes); a read of a sensitive-looking file is allowed exactly (file
    // approvals gate writes), and its family is gated instead of denied
    expect(perms.filesystem.allow).toEqual(expect.arrayContaining(['src/app/**', 'src/lib/**', 'docs/**', 'dist/**', '.env.example']));
    expect(perms.filesystem.allow).not.toContain('**');
    expect(perms.filesystem.deny).not.toContain('.env*'); // observed: gated, not denied
    expect(perms.commands.allow).toEqual(['npm run build', 'npm test']);
    expect(perms.commands.deny).toContain('sudo'); // the blocked `sudo rm -rf /` was not learned
    expect(perms.network.exceptions).toEqual(['registry.npmjs.org']);
    expect(learned.stdout).toMatch(/# seen 1 time in 1 log, on 2026-06-09\n\s+- "registry\.npmjs\.org"/);
    expect(learned.stdout).toMatch(/# seen 1 time in 1 log, on 2026-06-09\n\s+- "docs\/\*\*"/);

    // replayed against what it learned: approvals missing, nothing denied
    copyFileSync(RISKY, join(dir, 'risky.jsonl'));
    const written = runCli(['learn', 'risky.jsonl', '-o', '.agent-policy.yml'], { cwd: dir });
    expect(written.code).toBe(0);
    const replay = runCli(['--agent-log', 'risky.jsonl', '--format', 'json'], { cwd: dir });
    const ids = findingIds(replay.stdout);
    expect(ids).not.toContain('replay-denied-action');
    expect(ids).toContain('replay-missing-approval');
  });

  it('--diff: the smallest additions that let the logs pass, the rules no log used, and what only a rule change can fix', () => {
    const policy = [
      'version: "2.1"',
      'default_permissions:',
      '  filesystem:',
      '    allow:',
      '      - "src/app/**"',
      '      - "assets/**"',
      '    deny:',
      '      - "src/lib/**"',
      '  commands:',
      '    allow:',
      '      - "npm test"',
      '      - "make"',
      '',
    ].join('\n');
    const dir = repo({ '.agent-policy.yml': policy });
    const r = runCli(['learn', '--diff', '--agent-log', RISKY], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/default_permissions\.filesystem\.allow:\n(\s+- .*\n)*\s+- "docs\/\*\*"   # needed by 1 logged action\n/);
    expect(r.stdout).toContain('default_permissions.commands.allow:\n    - "npm run build"');
    expect(r.stdout).toMatch(/constraints\.require_human_approval \(command_pattern\):\n\s+- "rm -r"   # needed by 1 logged action\n\s+- "git push --force"/);
    expect(r.stdout).not.toMatch(/- "src\/app\/\*\*"/); // already there
    expect(r.stdout).toMatch(/risky\.jsonl:2\s+src\/lib\/util\.ts\s+denied by \.agent-policy\.yml:8:9 "src\/lib\/\*\*"/);
    expect(r.stdout).toMatch(/Granted, but no logged action used it:\n\s+\.agent-policy\.yml:6:9\s+filesystem\.allow\s+"assets\/\*\*"\n\s+\.agent-policy\.yml:12:9\s+commands\.allow\s+"make"/);
  });

  it('a missing log or no log is a usage error, never a stack trace', () => {
    const dir = repo();
    for (const args of [['learn'], ['learn', '--agent-log', 'nope/*.jsonl']]) {
      const r = runCli(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
    const exists = repo({ 'p.yml': 'x\n' });
    const r = runCli(['learn', RISKY, '-o', 'p.yml'], { cwd: exists });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('p.yml exists: pass --force');
    expect(readFileSync(join(exists, 'p.yml'), 'utf8')).toBe('x\n');
  });
});

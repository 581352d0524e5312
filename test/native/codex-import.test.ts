// Import of Codex rules and config: lints clean and is never more permissive than Codex's
// documented matching (token prefixes, the strictest matching decision, then the config's default).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePolicy, decide } from '../../src/engine/index.js';
import { importNative } from '../../src/native/index.js';
import { loadPolicySet } from '../../src/policy/index.js';
import { FIXTURES, hasStackTrace, runCli, tempTree } from '../helpers/cli.js';

type Verdict = 'allow' | 'ask' | 'deny';
const RANK: Record<Verdict, number> = { deny: 0, ask: 1, allow: 2 };

/** The fixture's rules as Codex reads them: [alternatives per token], decision. */
const RULES: [string[][], Verdict][] = [
  [[['git'], ['status', 'diff', 'log']], 'allow'],
  [[['npm'], ['test']], 'allow'],
  [[['git'], ['push', 'fetch']], 'ask'],
  [[['rm'], ['-rf']], 'deny'],
  [[['./scripts/deploy.sh']], 'allow'],
  [[['echo'], ['a b']], 'allow'],
];

/** Codex on one simple command given as argv (the default with this config: ask). */
function codexDecides(argv: string[]): Verdict {
  const hits = RULES.filter(([pattern]) => pattern.length <= argv.length && pattern.every((alts, i) => alts.includes(argv[i]!))).map(([, v]) => v);
  return (['deny', 'ask', 'allow'] as const).find((v) => hits.includes(v)) ?? 'ask';
}

function repoWithCodex(): string {
  const repo = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n' });
  mkdirSync(join(repo, '.codex/rules'), { recursive: true });
  copyFileSync(join(FIXTURES, 'native/codex/rules/default.rules'), join(repo, '.codex/rules/default.rules'));
  copyFileSync(join(FIXTURES, 'native/codex/config.toml'), join(repo, '.codex/config.toml'));
  return repo;
}

describe('import --from codex', () => {
  it('lints clean, names its sources and is never more permissive than Codex', async () => {
    const repo = repoWithCodex();
    const result = importNative({ agent: 'codex', files: [], root: repo, cwd: repo });
    writeFileSync(join(repo, '.agent-policy.yml'), result.yaml);
    const loaded = await loadPolicySet({ cwd: repo });
    expect(loaded.findings).toEqual([]);
    expect(result.yaml).toContain('# .codex/rules/default.rules:2  prefix_rule("git", ["status", "diff", "log"]) allow');
    // Unreadable rules are findings at their lines; nothing is silently dropped.
    expect(result.findings.filter((f) => f.ruleId === 'native-file-invalid').map((f) => f.line).sort()).toEqual([25, 26]);
    expect(result.findings.filter((f) => f.ruleId === 'import-approximated').map((f) => f.line)).toEqual(expect.arrayContaining([23, 24]));

    const compiled = compilePolicy(loaded.set!);
    const commands: string[][] = [
      ['git', 'status'], ['git', 'status', '--short'], ['git', 'log', '-p'], ['git', 'push', 'origin', 'main'], ['git', 'fetch'], ['git', 'commit', '-m', 'x'],
      ['npm', 'test'], ['npm', 'test', '--', '--watch'], ['npm', 'install'], ['rm', '-rf', '/'], ['rm', '-rf'], ['rm', 'x'], ['./scripts/deploy.sh'],
      ['deploy.sh'], ['echo', 'a', 'b'], ['echo', 'a b'], ['curl', 'https://example.com'], ['sudo', 'npm', 'test'], ['bash', '-c', 'npm test'],
    ];
    const wider: string[] = [];
    for (const argv of commands) {
      const line = argv.map((w) => (/^[\w./:=-]+$/.test(w) ? w : `'${w}'`)).join(' ');
      const got = decide({ kind: 'command', command: line, cwd: repo }, compiled).outcome;
      const verdict: Verdict = got === 'allow' ? 'allow' : got === 'deny' ? 'deny' : 'ask';
      if (RANK[verdict] > RANK[codexDecides(argv)]) wider.push(`${line}: policy ${verdict}, Codex ${codexDecides(argv)}`);
    }
    expect(wider).toEqual([]);
    // The exact allows stay usable.
    expect(decide({ kind: 'command', command: 'git status', cwd: repo }, compiled).outcome).toBe('allow');
    expect(decide({ kind: 'command', command: 'git push origin main', cwd: repo }, compiled).outcome).toBe('needs-approval');
    expect(decide({ kind: 'command', command: 'rm -rf build', cwd: repo }, compiled).outcome).toBe('deny');
  });

  it('lint reports approval_policy never and danger-full-access at their lines, and a Codex allow the policy denies', () => {
    const repo = repoWithCodex();
    writeFileSync(join(repo, '.codex/config.toml'), 'approval_policy = "never"\nsandbox_mode = "danger-full-access"\n');
    writeFileSync(join(repo, '.agent-policy.yml'), 'version: "2.1"\ndefault_permissions:\n  commands:\n    deny: ["git push", "npm test"]\n');
    const r = runCli(['--format', 'json'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(hasStackTrace(r.stderr)).toBe(false);
    const findings = JSON.parse(r.stdout).findings as { ruleId: string; severity: string; file: string; line: number; witness?: string }[];
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: 'native-checks-off', severity: 'error', file: '.codex/config.toml', line: 1 }),
        expect.objectContaining({ ruleId: 'native-checks-off', severity: 'error', file: '.codex/config.toml', line: 2 }),
        expect.objectContaining({ ruleId: 'native-allows-denied', severity: 'error', file: '.codex/rules/default.rules', line: 8, witness: 'npm test' }),
        expect.objectContaining({ ruleId: 'native-stricter', file: '.codex/rules/default.rules', line: 17 }),
      ]),
    );
  });
});

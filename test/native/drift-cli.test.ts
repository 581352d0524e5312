// Drift end to end through the built CLI: committed agent settings checked against the policy in
// the default lint run, reported at the settings file's lines in every output format.
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, tempTree } from '../helpers/cli.js';

const POLICY = 'version: "2.1"\ndefault_permissions:\n  filesystem:\n    deny: [".env*"]\n  commands:\n    deny: ["curl *"]\n';
// The runtime guard is installed, so the only findings are about the permission rules.
const GUARD_HOOK = '"hooks": { "PreToolUse": [{ "matcher": "*", "hooks": [{ "type": "command", "command": "npx agent-policy-lint hook --agent claude" }] }] }';
const SETTINGS = `{
  // comments are allowed, as Claude Code allows them
  "permissions": {
    "allow": [
      "Bash(curl:*)",
      "Bash(npm test:*)"
    ],
    "deny": ["Bash(git push:*)"]
  },
  ${GUARD_HOOK}
}
`;

function repo(settings: string, policy = POLICY): string {
  return tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', '.agent-policy.yml': policy, '.claude/settings.json': settings });
}

describe('lint reads committed .claude/settings.json', () => {
  it('fails with an error at the settings line that allows Bash(curl:*) while the policy denies curl *', () => {
    const dir = repo(SETTINGS);
    const json = runCli(['--format', 'json'], { cwd: dir });
    expect(json.code).toBe(1);
    const findings = JSON.parse(json.stdout).findings as { ruleId: string; severity: string; file: string; line: number; witness?: string }[];
    const drift = findings.filter((f) => f.ruleId === 'native-allows-denied');
    expect(drift).toEqual([expect.objectContaining({ severity: 'error', file: '.claude/settings.json', line: 5, witness: 'curl x' })]);
    // The agent's own deny of git push is stricter than the policy: a notice.
    expect(findings.find((f) => f.ruleId === 'native-stricter')).toMatchObject({ severity: 'info', line: 8 });

    const stylish = runCli([], { cwd: dir });
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toMatch(/\.claude\/settings\.json\n\s+5:7\s+error\s+.*Bash\(curl:\*\).*native-allows-denied/);

    const sarif = runCli(['--format', 'sarif'], { cwd: dir });
    expect(sarif.code).toBe(1);
    const results = JSON.parse(sarif.stdout).runs[0].results as { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
    const r = results.find((x) => x.ruleId === 'native-allows-denied')!;
    expect(r.level).toBe('error');
    expect(r.locations[0]!.physicalLocation.artifactLocation.uri).toBe('.claude/settings.json');
    expect(r.locations[0]!.physicalLocation.region.startLine).toBe(5);

    const github = runCli(['--format', 'github'], { cwd: dir });
    expect(github.code).toBe(1);
    expect(github.stdout).toContain('::error file=.claude/settings.json,line=5,col=7,title=native-allows-denied::');

    const markdown = runCli(['--format', 'markdown'], { cwd: dir });
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toMatch(/native-allows-denied/);
    expect(markdown.stdout).toContain('.claude/settings.json');
    for (const out of [json, stylish, sarif, github, markdown]) expect(hasStackTrace(out.stdout + out.stderr)).toBe(false);
  });

  it('passes when the settings only allow what the policy allows', () => {
    const dir = repo(`{ "permissions": { "allow": ["Bash(npm test:*)"], "deny": ["Bash(curl:*)"] }, ${GUARD_HOOK} }\n`);
    const r = runCli(['--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('reports a committed bypassPermissions mode as an error, and a rule that can never apply', () => {
    const dir = repo('{\n  "permissions": {\n    "allow": ["Bash(Edit:*)"],\n    "defaultMode": "bypassPermissions"\n  }\n}\n');
    const r = runCli(['--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings as { ruleId: string; severity: string; line: number }[];
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: 'native-checks-off', severity: 'error', line: 4 }),
        expect.objectContaining({ ruleId: 'native-rule-never-applies', severity: 'warning', line: 3 }),
      ]),
    );
  });

  it('reports a settings file with a syntax error at its line and goes on', () => {
    const dir = repo('{\n  "permissions": {\n    "allow": ["Bash(curl:*)",]\n    "deny": []\n  }\n}\n');
    const r = runCli(['--format', 'json'], { cwd: dir });
    const findings = JSON.parse(r.stdout).findings as { ruleId: string; line: number }[];
    expect(findings.some((f) => f.ruleId === 'native-file-invalid' && f.line === 4)).toBe(true);
    expect(findings.some((f) => f.ruleId === 'native-allows-denied' && f.line === 3)).toBe(true);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });
});

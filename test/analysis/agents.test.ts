// --check-conflicts: each agent's path and command permissions against the defaults they narrow,
// through the built CLI. (Tool names and hosts: tools.test.ts, hosts.test.ts.)
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';

const POLICY = `version: "2.1"
default_permissions:
  filesystem:
    allow: ["src/**", "docs/**"]
  commands:
    allow: ["npm test", "git status"]
    deny: ["git push"]
  tools:
    allow: ["mcp__github__*", "mcp__github__get_issue", "Web*", "Bash"]
    deny: ["mcp__github__delete_*", "WEBFETCH", "Bash"]
constraints:
  require_human_approval:
    - tool_pattern: "bash"
agents:
  - id: reviewer
    trust_level: read_only
    permissions:
      commands:
        allow: ["npm test"]
  - id: builder
    trust_level: write_local
    permissions:
      filesystem:
        allow: ["build/**"]
        deny: ["src/secret/**"]
      commands:
        allow: ["npm test"]
        deny: ["git push --force"]
      tools:
        allow: ["mcp__github__get_issue"]
`;

interface Found {
  ruleId: string;
  line: number;
  message: string;
  witness?: string;
  data?: { pattern?: string };
}

function conflicts(policy: string): Found[] {
  const dir = tempTree({ '.git/HEAD': '', '.agent-policy.yml': policy });
  const r = runCli(['--check-conflicts', '--format', 'json'], { cwd: dir });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout).findings;
}


describe('agents against the defaults they narrow', () => {
  const found = conflicts(POLICY);
  const agentFindings = found.filter((f) => f.message.startsWith('Agent '));

  it('a read_only agent runs no commands: its command allow is dead', () => {
    const f = agentFindings.find((x) => x.ruleId === 'dead-allow' && x.message.includes('read_only'))!;
    expect(f.message).toBe('Agent "reviewer" allows "npm test", but its trust level read_only runs no commands');
    expect(f.line).toBe(19); // the reviewer's `allow: ["npm test"]`
  });

  it('an agent allow the default allow list admits none of is dead, with a witness', () => {
    const f = agentFindings.find((x) => x.data?.pattern === 'build/**')!;
    expect(f.ruleId).toBe('dead-allow');
    expect(f.message).toContain("the default allow list admits none of it; an agent's allows only narrow the defaults");
    expect(f.witness).toMatch(/^build/);
  });

  it('an agent deny the default denies already cover is redundant; one they do not is kept quiet', () => {
    expect(agentFindings.filter((x) => x.ruleId === 'redundant-pattern').map((x) => [x.data?.pattern, x.message])).toEqual([
      ['git push --force', 'Agent "builder" denies "git push --force", which the default denies already cover ("git push")'],
    ]);
    expect(found.some((x) => x.data?.pattern === 'src/secret/**')).toBe(false);
    // the builder's own command allow and tool allow are within the defaults: no finding
    expect(agentFindings.filter((x) => x.message.includes('builder') && x.ruleId === 'dead-allow').map((x) => x.data?.pattern)).toEqual(['build/**']);
  });

  it('a clean policy stays clean', () => {
    expect(conflicts('version: "2.1"\ndefault_permissions:\n  tools:\n    allow: ["mcp__github__get_*"]\n    deny: ["mcp__github__delete_*"]\n')).toEqual([]);
  });
});

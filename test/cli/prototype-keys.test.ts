// Names an agent, a log or a policy controls are never looked up as Object.prototype members:
// `constructor`, `__proto__`, `toString`, `hasOwnProperty` as a subcommand, tool, MCP server,
// agent id, host, log verb, hook event, environment marker, POSIX class or native decision. Each
// case runs through the built CLI: no stack trace or internal error, and the outcome a name
// without special meaning gets.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, tempTree, type CliResult } from '../helpers/cli.js';

const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

function clean(r: CliResult): CliResult {
  expect(hasStackTrace(r.stdout + r.stderr), r.stderr).toBe(false);
  expect(r.stderr).not.toMatch(/internal error/);
  return r;
}

const POLICY = [
  'version: "2.1"',
  'agent_id: "constructor"',
  'default_permissions:',
  '  filesystem:',
  '    allow: ["src/**"]',
  '  network:',
  '    allow_outbound: false',
  '    exceptions: ["registry.npmjs.org"]',
  '  tools:',
  '    allow: ["Read", "mcp__github__*"]',
  'agents:',
  '  - id: "constructor"',
  '    trust_level: write_local',
  '  - id: "hasOwnProperty"',
  '    trust_level: read_only',
  '  - id: "toString"',
  '    trust_level: external',
  '',
].join('\n');

function outcome(dir: string, args: string[]): string {
  const r = clean(runCli(['explain', '--format', 'json', ...args], { cwd: dir }));
  return (JSON.parse(r.stdout) as { outcome: string }).outcome;
}

describe('a prototype member name is an ordinary name', () => {
  const dir = tempTree({ '.agent-policy.yml': POLICY, 'src/a.ts': 'x\n' });

  it.each(NAMES)('as a subcommand, %s is a path to lint that does not exist (exit 2)', (name) => {
    const r = clean(runCli([name], { cwd: dir }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`unknown command "${name}"`);
  });

  it.each(NAMES)('as a tool or MCP server name (%s), only the allow list admits it', (name) => {
    expect(outcome(dir, ['--tool', `mcp__${name}__x`])).toBe('deny');
    expect(outcome(dir, ['--tool', name])).toBe('deny');
    expect(outcome(dir, ['--tool', `mcp__github__${name}`])).toBe('allow');
    expect(outcome(dir, ['--host', name])).toBe('deny');
  });

  it('agents named constructor, toString and hasOwnProperty get their own trust levels; an undeclared __proto__ gets the default agent', () => {
    expect(outcome(dir, ['--agent', 'constructor', 'src/a.ts'])).toBe('allow');
    expect(outcome(dir, ['--agent', 'constructor', '--host', 'registry.npmjs.org'])).toBe('allow');
    expect(outcome(dir, ['--agent', 'hasOwnProperty', 'src/a.ts'])).toBe('deny');
    expect(outcome(dir, ['--agent', 'hasOwnProperty', '--tool', 'Read'])).toBe('allow');
    for (const name of ['__proto__', 'valueOf']) {
      for (const args of [['src/a.ts'], ['b.txt'], ['--host', 'evil.com'], ['--tool', 'Bash']]) {
        expect([name, ...args, outcome(dir, ['--agent', name, ...args])]).toEqual([name, ...args, outcome(dir, ['--agent', 'nobody', ...args])]);
      }
    }
  }, 120_000); // 20 CLI processes: on a loaded machine they need more than the default 30 s

  it('a log verb named like a prototype member is no operation, and a tool named __proto__ is decided', () => {
    const log = [
      { timestamp: '2026-06-08T14:32:01Z', agent_id: 'constructor', action: 'filesystem.constructor', path: '.env', allowed: true },
      { timestamp: '2026-06-08T14:32:02Z', agent_id: 'constructor', action: 'filesystem.__proto__', path: '.env', allowed: true },
      { timestamp: '2026-06-08T14:32:03Z', agent_id: 'constructor', action: 'tool.invoke', tool: '__proto__', allowed: true },
      { timestamp: '2026-06-08T14:32:04Z', agent_id: 'constructor', action: 'tool.invoke', tool: 'mcp__github__constructor', allowed: true },
    ];
    const d = tempTree({ '.agent-policy.yml': POLICY, 'audit.jsonl': log.map((l) => JSON.stringify(l)).join('\n') + '\n' });
    const r = clean(runCli(['--agent-log', 'audit.jsonl', '--format', 'json'], { cwd: d }));
    const findings = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; line: number; message: string }> }).findings;
    const at = (line: number) => findings.filter((f) => f.line === line).map((f) => f.ruleId);
    expect(at(1)).toEqual(['replay-unknown-entry']);
    expect(at(2)).toEqual(['replay-unknown-entry']);
    expect(at(3)).toEqual(['replay-denied-action']);
    expect(at(4)).toEqual([]);
  });

  it('a logged parameter named __proto__ is an ordinary key: its fields are read as any nested field is', () => {
    // tool_invoke logs name no agent, so fields the tool's row does not read are decided too, at
    // any depth. The copy of those fields once assigned `__proto__` (its fields then read as the
    // call's own); now a key named __proto__ is decided exactly as one named `options`.
    const log = (key: string, path: string) =>
      JSON.stringify({ timestamp: '2026-03-03T14:33:20Z', agent: 'docs-bot', action: 'tool_invoke', tool: 'write_file', parameters: JSON.parse(`{"path":"${path}","content":"# Guide","${key}":{"file_path":".env"}}`), result: 'success' });
    expect(log('__proto__', 'docs/guide.md')).toContain('"__proto__":{"file_path":".env"}');
    const findingsFor = (key: string) => {
      const d = tempTree({
        '.agent-policy.yml': ['version: "2.1"', 'default_permissions:', '  filesystem:', '    allow: ["src/**", "docs/**"]', '    deny: [".env*"]', '  tools:', '    allow: ["*"]', ''].join('\n'),
        'ti.jsonl': `${log(key, 'docs/guide.md')}\n${log(key, '.env.local')}\n`,
      });
      const r = clean(runCli(['--agent-log', 'ti.jsonl', '--format', 'json'], { cwd: d }));
      return (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; line: number; message: string }> }).findings.map((f) => [f.line, f.ruleId, f.message]);
    };
    const proto = findingsFor('__proto__');
    // Line 1 writes .env through its nested field; line 2 writes .env.local and .env.
    expect(proto.map(([line, rule]) => [line, rule])).toEqual([
      [1, 'replay-denied-action'],
      [2, 'replay-denied-action'],
      [2, 'replay-denied-action'],
    ]);
    expect(proto[0]![2]).toContain('".env"');
    expect(proto.filter(([line]) => line === 2).map(([, , m]) => String(m).includes('.env.local'))).toContain(true);
    expect(proto).toEqual(findingsFor('options'));
  });

  it('hook payloads: a tool named __proto__ is denied, an event named constructor fails closed', () => {
    const claude = (payload: object) => clean(runCli(['hook', '--agent', 'claude'], { cwd: dir, input: JSON.stringify({ session_id: 's', cwd: dir, ...payload }) }));
    for (const tool of ['__proto__', 'constructor', 'mcp__constructor__toString']) {
      const r = claude({ hook_event_name: 'PreToolUse', tool_name: tool, tool_input: { __proto__: { command: 'ls' }, constructor: 'x' } });
      expect([tool, r.stdout]).toEqual([tool, expect.stringContaining('"permissionDecision":"deny"')]);
    }
    // A Bash call whose only command hides under __proto__ names no command: denied.
    expect(claude({ hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: JSON.parse('{"__proto__":{"command":"ls"}}') }).stdout).toContain('"permissionDecision":"deny"');
    for (const event of ['constructor', '__proto__', 'toString']) {
      const r = clean(runCli(['hook', '--agent', 'cursor'], { cwd: dir, input: JSON.stringify({ conversation_id: 'c', hook_event_name: event, workspace_roots: [dir] }) }));
      expect([event, r.stdout]).toEqual([event, expect.stringContaining('"permission":"deny"')]);
    }
  });
});

describe('policy names that are prototype members', () => {
  it('an environment marker named constructor is an unset variable, not Object (--staged ran into a TypeError)', () => {
    const dir = tempTree({
      '.agent-policy.yml': ['version: "2.1"', 'default_permissions:', '  filesystem:', '    allow: ["src/**"]', 'agent_detection:', '  env: [{ name: "constructor", agent: "$value" }, "toString", "__proto__"]', ''].join('\n'),
      'src/a.ts': 'x\n',
      'b.txt': 'y\n',
    });
    const git = (...args: string[]) => expect(spawnSync('git', args, { cwd: dir, encoding: 'utf8' }).status).toBe(0);
    git('init', '-q');
    git('add', '.');
    const r = clean(runCli(['--staged', '--format', 'json'], { cwd: dir, env: { CI: undefined, CLAUDECODE: undefined, CODEX_SANDBOX: undefined, GEMINI_CLI: undefined, CURSOR_AGENT: undefined } }));
    expect(r.code).toBe(0);
    // With the variable really set, the marker names the agent.
    const set = clean(runCli(['--staged', '--format', 'json'], { cwd: dir, env: { constructor: 'claude' } }));
    expect(set.stdout).toContain('b.txt');
  });

  it('a POSIX class named constructor is unknown, not a pattern that matches nothing', () => {
    const dir = tempTree({ '.agent-policy.yml': ['version: "2.1"', 'default_permissions:', '  filesystem:', '    deny: ["[[:constructor:]]*"]', ''].join('\n') });
    const r = clean(runCli(['--format', 'json'], { cwd: dir }));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('unknown POSIX class [:constructor:]');
  });

  it('a Codex rule whose decision is "constructor" is reported, not read as a rule', () => {
    const dir = tempTree({
      '.agent-policy.yml': POLICY,
      '.codex/rules/a.rules': 'prefix_rule(pattern = ["rm"], decision = "constructor")\n',
    });
    const r = clean(runCli(['--format', 'json'], { cwd: dir }));
    expect(r.stdout).toContain('decision must be \\"allow\\", \\"prompt\\" or \\"forbidden\\"');
  });
});

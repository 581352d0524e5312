// Property tests over generated policies and actions: what an exported native file lets its agent
// do without asking, the policy allows too (each agent modelled from its documentation:
// claude-model.ts, agent-models.ts), and importing the exported file never gives a policy wider
// than the one exported. Generated policies stay inside what the exports claim to express: no
// filesystem.allow list (listed as enforced by the hook only, and asserted so below).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy, decide, type CompiledPolicy } from '../../src/engine/index.js';
import { exportNative, type ExportResult } from '../../src/native/export.js';
import { importNative, type AgentName } from '../../src/native/index.js';
import { loadPolicySet, type PolicySet } from '../../src/policy/index.js';
import { tempTree } from '../helpers/cli.js';
import * as models from './agent-models.js';
import * as claude from './claude-model.js';

const PROGRAMS = ['git', 'npm', 'ls', 'curl', 'rm', 'make', 'echo', 'sudo', 'bash'];
/** Programs commands are mostly made of: what allows name. */
const COMMON = ['git', 'npm', 'ls', 'make', 'echo', 'ssh'];
const ARGS = ['status', 'push', '--force', 'test', 'run', 'lint', '-rf', '-la', 'origin', 'x', 'install', 'publish'];
const HOSTS = ['registry.npmjs.org', 'api.github.com', 'example.com', 'x.example.com'];
const TOOLS: [string, string][] = [['github', 'get_issue'], ['github', 'merge'], ['payments', 'charge'], ['payments', 'refund']];

const word = fc.constantFrom(...ARGS);
/** A policy command pattern: words, sometimes a trailing `*`, a glued `*`, or `*` alone. */
const commandPattern = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...PROGRAMS), fc.array(word, { maxLength: 2 }), fc.constantFrom('', ' *', '*')).map(([p, a, s]) => [p, ...a].join(' ') + s) },
  { weight: 1, arbitrary: fc.constantFrom('*', 'git*', '* --force', '/usr/bin/git push', 'GIT push', 'LS', 'ſudo') },
);
const hostPattern = fc.constantFrom(...HOSTS, '*.example.com');
const toolPattern = fc.constantFrom('mcp__github__get_issue', 'mcp__github__*', 'mcp__payments__*', 'mcp__payments__charge', 'mcp__*', 'Bash');

/** Denies and approvals mostly of other programs than the allows, so that allows get exported. */
const RISKY = ['curl', 'rm', 'sudo', 'bash', 'wget', 'ſsh push', 'GIT push', 'Ls -R'];
const blockPattern = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...RISKY), fc.array(word, { maxLength: 1 }), fc.constantFrom('', ' *')).map(([p, a, s]) => [p, ...a].join(' ') + s) },
  { weight: 2, arbitrary: commandPattern },
);

const policyArb = fc.record({
  allow: fc.uniqueArray(commandPattern, { minLength: 1, maxLength: 4 }),
  deny: fc.uniqueArray(blockPattern, { maxLength: 3 }),
  ask: fc.uniqueArray(blockPattern, { maxLength: 2 }),
  exceptions: fc.uniqueArray(fc.constantFrom(...HOSTS, '*.example.com'), { maxLength: 3 }),
  hostDeny: fc.uniqueArray(hostPattern, { maxLength: 2 }),
  hostAsk: fc.uniqueArray(hostPattern, { maxLength: 1 }),
  toolAllow: fc.uniqueArray(toolPattern, { maxLength: 3 }),
  toolDeny: fc.uniqueArray(toolPattern, { maxLength: 2 }),
  toolAsk: fc.uniqueArray(toolPattern, { maxLength: 1 }),
  pathDeny: fc.uniqueArray(fc.constantFrom('.env*', 'secrets/**', '**/*.key', 'config/prod.yml', '/etc/**'), { maxLength: 3 }),
  pathAsk: fc.uniqueArray(fc.constantFrom('src/**', '**/*.lock', 'package.json'), { maxLength: 1 }),
});
type GenPolicy = typeof policyArb extends fc.Arbitrary<infer T> ? T : never;

const list = (xs: string[]): string => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;

function policyYaml(p: GenPolicy): string {
  const approvals = [
    ...p.ask.map((x) => `    - command_pattern: ${JSON.stringify(x)}`),
    ...p.hostAsk.map((x) => `    - host_pattern: ${JSON.stringify(x)}`),
    ...p.toolAsk.map((x) => `    - tool_pattern: ${JSON.stringify(x)}`),
    ...p.pathAsk.map((x) => `    - file_pattern: ${JSON.stringify(x)}`),
  ];
  return [
    'version: "2.1"',
    'default_permissions:',
    '  filesystem:',
    `    deny: ${list(p.pathDeny)}`,
    '  commands:',
    `    allow: ${list(p.allow)}`,
    `    deny: ${list(p.deny)}`,
    '  network:',
    '    allow_outbound: false',
    `    exceptions: ${list(p.exceptions)}`,
    `    deny: ${list(p.hostDeny)}`,
    '  tools:',
    `    allow: ${list(p.toolAllow)}`,
    `    deny: ${list(p.toolDeny)}`,
    ...(approvals.length ? ['constraints:', '  require_human_approval:', ...approvals] : []),
    '',
  ].join('\n');
}

const REPO = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n' });

async function load(yaml: string, root = REPO): Promise<PolicySet | undefined> {
  const file = join(root, '.agent-policy.yml');
  const loaded = await loadPolicySet({ cwd: root, config: file, readFile: (f) => (f === file ? yaml : undefined), overrideFiles: () => [] });
  return loaded.set;
}

/** Commands: plain ones, chained ones, and ones with quoting, redirection and expansion. */
const commandArb = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...PROGRAMS), fc.array(word, { maxLength: 3 })).map(([p, a]) => [p, ...a].join(' ')) },
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...COMMON), fc.array(word, { maxLength: 2 })).map(([p, a]) => [p, ...a].join(' ')) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...PROGRAMS), word, fc.constantFrom(' && ', '; ', ' | ', ' || ', ' & ', '\n'), fc.constantFrom(...PROGRAMS), word)
      .map(([a, b, sep, c, d]) => `${a} ${b}${sep}${c} ${d}`),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...PROGRAMS), fc.constantFrom('"x"', "'-la'", '"$(rm -rf ~)"', '`id`', '> out.txt', '< in', '*', 'a"b"', '$HOME', 'x\\ y', '~/x'), word)
      .map(([p, mid, w]) => `${p} ${mid} ${w}`),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...PROGRAMS), word).map(([p, w]) => [`${p}"${w}"`, `${p}x ${w}`, `FOO=1 ${p} ${w}`, `"${p}" ${w}`, ` ${p}  ${w}`][w.length % 5]!) },
  { weight: 1, arbitrary: fc.constantFrom('git PUSH --force', 'GIT push', 'git push "--force"', '/usr/bin/git push', 'sudo ls', 'ls -LA', 'ſudo x') },
);

const allows = (compiled: CompiledPolicy, action: Parameters<typeof decide>[0]): boolean => decide(action, compiled).outcome === 'allow';

interface NativeView {
  /** Reads and writes of absolute paths (only Claude's file rules are modelled; the others ask or read freely inside the project). */
  path?(abs: string, op: 'read' | 'write'): models.Verdict;
  command(line: string): models.Verdict;
  host(host: string): models.Verdict;
  tool(server: string, tool: string): models.Verdict;
}

function nativeView(agent: AgentName, result: ExportResult): NativeView {
  switch (agent) {
    case 'claude': {
      const perms = JSON.parse(result.text).permissions;
      const model: claude.ClaudeModel = { rules: claude.parseRules(perms), mode: 'default', project: REPO, home: '/nonexistent-home', settingsDir: join(REPO, '.claude') };
      return { path: (a, op) => claude.decidePath(model, a, op), command: (l) => claude.decideCommand(model, l), host: (h) => claude.decideHost(model, h), tool: (s, t) => claude.decideTool(model, `mcp__${s}__${t}`) };
    }
    case 'codex': {
      const rules = models.parseCodexRules(result.text);
      return { command: (l) => models.codexDecide(rules, l), host: () => 'ask', tool: () => 'ask' };
    }
    case 'gemini': {
      const rules = models.parseGeminiPolicy(result.text);
      return { command: (l) => models.geminiDecideCommand(rules, l), host: (h) => models.geminiDecideHost(rules, h), tool: (s, t) => models.geminiDecideTool(rules, s, t) };
    }
    case 'cursor': {
      const perms = JSON.parse(result.text).permissions as models.CursorPermissions;
      return { command: (l) => models.cursorDecideCommand(perms, l), host: (h) => models.cursorDecideHost(perms, h), tool: (s, t) => models.cursorDecideTool(perms, s, t) };
    }
  }
}

const actionsArb = fc.record({ commands: fc.array(commandArb, { minLength: 10, maxLength: 25 }) });

/**
 * Paths inside and outside the project. Case variants of denied paths (`SECRETS/k`, which the
 * policy's case-insensitive deny covers and a gitignore pattern does not) are listed as enforced
 * by the hook only and left out here.
 */
const PATHS = ['src/a.ts', '.env', '.env.local', 'config/.env', 'config/prod.yml', 'secrets/k', 'secrets/a/b', 'x.key', 'a/b.key', 'README.md', 'package.json', 'a/package.json', 'yarn.lock'];
const OUTSIDE = ['/etc/passwd', '/etc/ssl/x', '/tmp/x', '/nonexistent-home/.ssh/id_rsa'];

/** Everything the native view allows that the policy does not (empty: never wider). */
function wider(view: NativeView, compiled: CompiledPolicy, commands: string[]): string[] {
  const out: string[] = [];
  for (const command of commands) if (view.command(command) === 'allow' && !allows(compiled, { kind: 'command', command, cwd: REPO })) out.push(`command ${JSON.stringify(command)}`);
  for (const op of ['read', 'write'] as const) {
    for (const abs of [...PATHS.map((p) => join(REPO, p)), ...OUTSIDE]) {
      if (view.path?.(abs, op) === 'allow' && !allows(compiled, { kind: 'filesystem', op, paths: [abs], cwd: REPO })) out.push(`${op} ${abs}`);
    }
  }
  for (const host of [...HOSTS, 'evil.test', 'a.x.example.com']) if (view.host(host) === 'allow' && !allows(compiled, { kind: 'network', host, cwd: REPO })) out.push(`host ${host}`);
  for (const [s, t] of TOOLS) if (view.tool(s, t) === 'allow' && !allows(compiled, { kind: 'tool', tool: `mcp__${s}__${t}`, cwd: REPO })) out.push(`tool mcp__${s}__${t}`);
  return out;
}

/** A policy whose allows every agent's file can express, with commands those allows cover. */
const EXPORTS_ALLOWS: [GenPolicy, { commands: string[] }] = [
  { allow: ['git status', 'echo *'], deny: ['rm -rf'], ask: [], exceptions: [], hostDeny: [], hostAsk: [], toolAllow: [], toolDeny: [], toolAsk: [], pathDeny: ['.env*'], pathAsk: [] },
  { commands: ['git status', 'echo x', 'echo origin'] },
];

const AGENTS: AgentName[] = ['claude', 'codex', 'gemini', 'cursor'];
const RUNS = Number(process.env.EXPORT_PROPERTY_RUNS ?? 60);

describe.each(AGENTS)('export --to %s never widens', (agent) => {
  it('what the exported file allows, the policy allows', async () => {
    let allowedSomething = 0;
    let loaded = 0;
    await fc.assert(
      fc.asyncProperty(policyArb, actionsArb, async (p, a) => {
        const set = await load(policyYaml(p));
        if (!set) return; // a generated policy the linter rejects has nothing to export
        loaded++;
        const result = exportNative(set, agent);
        const view = nativeView(agent, result);
        const compiled = compilePolicy(set);
        allowedSomething += a.commands.filter((c) => view.command(c) === 'allow').length;
        expect(wider(view, compiled, a.commands)).toEqual([]);
      }),
      // The random policies rarely export an allow since commands touch files and hosts (issue 14):
      // only allows of programs whose arguments act on nothing decidable are exported. This
      // example always runs, so the check below does not hang on the random draw.
      { numRuns: RUNS, examples: [EXPORTS_ALLOWS] },
    );
    // The check is not vacuous: the exported files do allow commands (Cursor gives none by design).
    if (agent !== 'cursor') expect(allowedSomething).toBeGreaterThanOrEqual(EXPORTS_ALLOWS[1].commands.length);
    // Most generated policies are valid ones (an invalid one is skipped, not checked).
    expect(loaded).toBeGreaterThan(RUNS / 2);
  });

  it('import(export(P)) is never wider than P', async () => {
    await fc.assert(
      fc.asyncProperty(policyArb, actionsArb, async (p, a) => {
        const set = await load(policyYaml(p));
        if (!set) return;
        const result = exportNative(set, agent);
        const repo = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n' });
        const file = join(repo, result.target);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, result.text);
        const imported = importNative({ agent, files: [file], root: repo, cwd: repo });
        const back = await load(imported.yaml, repo);
        expect(back, imported.yaml).toBeDefined();
        const original = compilePolicy(set);
        const again = compilePolicy(back!);
        const out: string[] = [];
        for (const command of a.commands) if (allows(again, { kind: 'command', command, cwd: repo }) && !allows(original, { kind: 'command', command, cwd: REPO })) out.push(`command ${JSON.stringify(command)}`);
        // Codex rules and Gemini policies name no paths: their exports list path denies as
        // enforced by the hook only, and the agents read the project freely.
        for (const op of agent === 'codex' || agent === 'gemini' ? [] : (['read', 'write'] as const)) {
          for (const rel of PATHS) {
            if (allows(again, { kind: 'filesystem', op, paths: [join(repo, rel)], cwd: repo }) && !allows(original, { kind: 'filesystem', op, paths: [join(REPO, rel)], cwd: REPO })) out.push(`${op} ${rel}`);
          }
        }
        for (const host of [...HOSTS, 'evil.test']) if (allows(again, { kind: 'network', host, cwd: repo }) && !allows(original, { kind: 'network', host, cwd: REPO })) out.push(`host ${host}`);
        for (const [s, t] of TOOLS) if (allows(again, { kind: 'tool', tool: `mcp__${s}__${t}`, cwd: repo }) && !allows(original, { kind: 'tool', tool: `mcp__${s}__${t}`, cwd: REPO })) out.push(`tool ${s}/${t}`);
        expect(out).toEqual([]);
      }),
      { numRuns: Math.floor(RUNS / 2) },
    );
  });
});

describe('what the exports cannot say is listed as enforced by the hook only', () => {
  it.each(AGENTS)('%s: filesystem.allow, file arguments and hosts reached by commands', async (agent) => {
    const set = await load('version: "2.1"\ndefault_permissions:\n  filesystem:\n    allow: ["src/**"]\n  commands:\n    allow: ["ls"]\n');
    const result = exportNative(set!, agent);
    const text = result.hookOnly.join('\n');
    expect(text).toContain('outside filesystem.allow');
    expect(text).toContain('file arguments');
    expect(text).toContain('hosts reached by commands');
  });

  it.each(AGENTS)('%s: case variants of denied paths', async (agent) => {
    const set = await load('version: "2.1"\ndefault_permissions:\n  filesystem:\n    deny: ["secrets/**"]\n');
    expect(exportNative(set!, agent).hookOnly.join('\n')).toContain('case variants of denied paths');
  });
});

describe('regressions the property test found or nearly found', () => {
  // split writes PREFIX + two letters (key.p + em), unzip and 7z x names from the archive: files
  // their words do not name, so an allow of them stays with the hook.
  it.each(AGENTS)('%s: allow split *, unzip * with deny *.pem: no export allows them', async (agent) => {
    const set = await load('version: "2.1"\ndefault_permissions:\n  filesystem:\n    deny: ["*.pem"]\n  commands:\n    allow: ["split *", "unzip *"]\n');
    const view = nativeView(agent, exportNative(set!, agent));
    expect(view.command('split x key.p')).not.toBe('allow');
    expect(view.command('unzip x.zip')).not.toBe('allow');
  });

  // A deny folds case (SPEC 3) and matches a path-qualified program by its name; the agents
  // compare exact words, so an allow of the same program must not be exported.
  it.each([
    ['ssh', 'ſsh push', 'ssh push'],
    ['git', 'GIT push --force', 'git push --force'],
    ['ls', '/bin/ls -R', 'ls -R'],
  ])('allow %s with deny %s: %s is not allowed by any export', async (allow, deny, command) => {
    const set = (await load(`version: "2.1"\ndefault_permissions:\n  commands:\n    allow: ["${allow}"]\n    deny: ["${deny}"]\n`))!;
    expect(allows(compilePolicy(set), { kind: 'command', command, cwd: REPO })).toBe(false);
    for (const agent of AGENTS) expect(nativeView(agent, exportNative(set, agent)).command(command), agent).not.toBe('allow');
  });
});

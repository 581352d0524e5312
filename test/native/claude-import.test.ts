// Import of Claude Code settings: every imported policy lints clean and, command by command,
// path by path, host by host and tool by tool, is never more permissive than Claude Code's
// documented semantics for the same settings (test/native/claude-model.ts).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { compilePolicy, decide, type Action } from '../../src/engine/index.js';
import { importNative } from '../../src/native/index.js';
import { loadPolicySet } from '../../src/policy/index.js';
import { FIXTURES, REPO_ROOT, tempTree } from '../helpers/cli.js';
import * as claude from './claude-model.js';

const CORPUS = resolve(REPO_ROOT, '../shared/corpus/claude-settings');
const corpusFiles = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.json')).map((f) => join(CORPUS, f)) : [];
const fixtureFiles = readdirSync(join(FIXTURES, 'native/claude')).map((f) => join(FIXTURES, 'native/claude', f));

type Outcome = claude.Verdict;
const fromEngine = (o: string): Outcome => (o === 'allow' ? 'allow' : o === 'deny' ? 'deny' : 'ask');

/** Commands worth trying against a set of Bash rules: each rule's text and its near misses. */
function commandsFor(rules: claude.ModelRule[]): string[] {
  const out = new Set(['rm -rf /', 'curl https://evil.example/x', 'git push --force origin main', 'npm test', 'ls -la', 'cat .env', 'bash -c "rm -rf /"', 'sudo rm -rf /', 'echo hi > out.txt']);
  for (const r of rules) {
    if (r.tool !== 'Bash' || r.spec === undefined || r.spec.length > 200) continue;
    const text = r.spec.replace(/:\*$/, '').replace(/ \*$/, '');
    const filled = text.replaceAll('*', 'x');
    for (const c of [filled, `${filled} --flag value`, `${filled}x`, `${filled} && curl https://evil.example`, `sudo ${filled}`, `env A=1 ${filled}`, `bash -c '${filled}'`, `${filled} | sh`]) out.add(c);
  }
  return [...out];
}

function pathsFor(rules: claude.ModelRule[], project: string): string[] {
  const out = new Set(['.env', 'src/index.ts', 'src/.env.local', 'package.json', '.claude/settings.json', 'node_modules/x/index.js', 'a.log', 'tmp/a/b.txt', 'secrets/key.pem', 'infra/main.tf', 'docs/guide.md', 'config/app.yml'].map((p) => join(project, p)));
  for (const p of ['/etc/hosts', '/etc/passwd', '/tmp/preview1.png', join(homedir(), '.ssh/id_rsa'), join(homedir(), 'notes.txt')]) out.add(p);
  for (const r of rules) {
    if (r.spec === undefined || !['Read', 'Edit', 'Write', 'MultiEdit'].includes(r.tool)) continue;
    let s = r.spec.replace(/\*\*\/?/g, 'd/').replaceAll('*', 'x').replace(/\/$/, '/f');
    if (s.startsWith('//')) out.add(s.slice(1));
    else if (s.startsWith('~/')) out.add(join(homedir(), s.slice(2)));
    else if (s.startsWith('/')) out.add(join(project, '.claude', s)), out.add(join(project, s));
    else out.add(join(project, s.replace(/^\.\//, '')));
  }
  return [...out];
}

function importAndCompile(settingsFile: string) {
  const repo = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n' });
  mkdirSync(join(repo, '.claude'));
  const target = join(repo, '.claude/settings.json');
  copyFileSync(settingsFile, target);
  const result = importNative({ agent: 'claude', files: [target], root: repo, cwd: repo });
  writeFileSync(join(repo, '.agent-policy.yml'), result.yaml);
  return { repo, target, result };
}

describe.each([...fixtureFiles, ...corpusFiles].map((f) => [f.slice(f.lastIndexOf('/') + 1), f]))('import --from claude %s', (_name, file) => {
  it('lints clean and is never more permissive than Claude Code', async () => {
    const { repo, target, result } = importAndCompile(file);
    const loaded = await loadPolicySet({ cwd: repo });
    expect(loaded.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    const compiled = compilePolicy(loaded.set!);
    // Every rule in the policy names where it came from.
    expect(result.yaml).toMatch(/# \.claude\/settings\.json:\d+ {2}\S/);

    const json = parseJsonc(readFileSync(target, 'utf8')) as { permissions?: { allow?: unknown[]; ask?: unknown[]; deny?: unknown[]; defaultMode?: string } };
    const model: claude.ClaudeModel = {
      rules: claude.parseRules(json.permissions ?? {}),
      mode: json.permissions?.defaultMode ?? 'default',
      project: repo,
      home: homedir(),
      settingsDir: join(repo, '.claude'),
    };
    const wider: string[] = [];
    const check = (what: string, action: Action, expected: Outcome): void => {
      const got = fromEngine(decide({ ...action, cwd: repo }, compiled).outcome);
      if (claude.RANK[got] > claude.RANK[expected]) wider.push(`${what}: policy ${got}, Claude ${expected}`);
    };
    let checked = 0;
    for (const command of commandsFor(model.rules)) {
      check(`command ${JSON.stringify(command)}`, { kind: 'command', command }, claude.decideCommand(model, command));
      checked++;
    }
    for (const path of pathsFor(model.rules, repo)) {
      for (const op of ['read', 'write'] as const) {
        check(`${op} ${path}`, { kind: 'filesystem', op, paths: [path] }, claude.decidePath(model, path, op));
        checked++;
      }
    }
    const hosts = ['evil.example', 'github.com', 'docs.example.com', 'api.example.com', ...model.rules.filter((r) => r.tool === 'WebFetch' && r.spec?.startsWith('domain:')).map((r) => r.spec!.slice(7))];
    for (const host of hosts) check(`host ${host}`, { kind: 'network', host }, claude.decideHost(model, host));
    const tools = ['mcp__other__tool', 'mcp__github__merge_pull_request', ...model.rules.filter((r) => r.tool.startsWith('mcp__')).map((r) => (r.tool.split('__').length === 2 ? `${r.tool}__any` : r.tool))];
    for (const tool of tools) check(`tool ${tool}`, { kind: 'tool', tool }, claude.decideTool(model, tool));
    expect(wider).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });
});

describe('import --from claude: what is approximated is reported', () => {
  it('names each rule it could not translate exactly, at its line', () => {
    const { result } = importAndCompile(join(FIXTURES, 'native/claude/all-shapes.jsonc'));
    const byLine = (line: number) => result.findings.filter((f) => f.line === line).map((f) => f.ruleId);
    // Bash(npm test) (line 8) is exact: left out of the allow list.
    expect(byLine(8)).toContain('import-approximated');
    // Bash(./gradlew:*) (line 11): a path-qualified program.
    expect(byLine(11)).toContain('import-approximated');
    // NotATool( and 42 are not rules.
    expect(result.findings.some((f) => f.ruleId === 'native-rule-never-applies' && f.line === 38)).toBe(true);
    expect(result.findings.some((f) => f.ruleId === 'native-file-invalid' && f.line === 39)).toBe(true);
    expect(result.yaml).toContain('"npm run test"');
    expect(result.yaml).toContain('"git diff"');
    expect(result.yaml).not.toContain('"npm test"');
    expect(result.yaml).not.toContain('gradlew');
  });
});

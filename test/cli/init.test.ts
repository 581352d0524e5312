import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, hasStackTrace, runCli, tempTree } from '../helpers/cli.js';
import { HUSKY_HOOK, HUSKY_HOOK_BEFORE_PRE_COMMIT_ENTRY, addHuskyPrepare } from '../../src/init/templates.js';
import { POLICY_VERSION, SCHEMA_URL } from '../../src/init/policy.js';
import { LATEST_VERSION, schemaId } from '../../src/policy/versions.js';

const schema21 = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/agent-policy-2.1.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema21);

function init(dir: string, ...args: string[]) {
  return runCli(['init', ...args], { cwd: dir });
}

function policyOf(dir: string): { text: string; doc: Record<string, any> } {
  const text = readFileSync(join(dir, '.agent-policy.yml'), 'utf8');
  return { text, doc: parse(text) };
}

const NODE_PKG = '{\n    "name": "demo",\n    "version": "1.0.0",\n    "scripts": {\n        "test": "vitest run",\n        "lint": "eslint ."\n    },\n    "devDependencies": {\n        "husky": "^9.0.0"\n    }\n}\n';

describe('agent-policy-lint init', () => {
  it('scaffolds policy, husky hook and workflow in a Node repository and adds "prepare": "husky"', () => {
    const dir = tempTree({ 'package.json': NODE_PKG, 'src/index.ts': '', '.git/HEAD': 'ref: refs/heads/main\n' });
    const r = init(dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote\s+\.agent-policy\.yml/);
    expect(r.stdout).toMatch(/wrote\s+\.husky\/pre-commit/);
    expect(r.stdout).toMatch(/wrote\s+\.github\/workflows\/agent-policy\.yml/);
    expect(r.stdout).toContain('added "prepare": "husky"');
    expect(r.stdout).not.toContain('npm i -D husky'); // husky is already a devDependency
    expect(r.stdout).not.toContain('no .git');

    // husky 9's form: only commands, no shebang, no husky.sh; the bin by its path, never npx.
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe(HUSKY_HOOK);
    expect(HUSKY_HOOK).toContain('\nnode node_modules/agent-policy-lint/dist/pre-commit.cjs --staged\n');
    expect(HUSKY_HOOK).not.toContain('npx');
    expect(statSync(join(dir, '.husky/pre-commit')).mode & 0o111).not.toBe(0);

    // package.json keeps its 4-space indentation, key order and final newline.
    const pkg = readFileSync(join(dir, 'package.json'), 'utf8');
    expect(pkg).toBe(NODE_PKG.replace('"lint": "eslint ."', '"lint": "eslint .",\n        "prepare": "husky"'));

    const { text, doc } = policyOf(dir);
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schemaId('2.1')}`);
    expect(doc.version).toBe('2.1');
    const fs = doc.default_permissions.filesystem;
    expect(fs.allow).toEqual(expect.arrayContaining(['src/**', 'test/**']));
    for (const d of ['.env*', '*.pem', '*.key', 'secrets/**', '**/id_rsa*', '.github/workflows/**', 'terraform/**', '*.tf', 'k8s/**', '.agent-policy.yml', '**/.agent-policy.override.yml', '.agent-policy/**']) {
      expect(fs.deny).toContain(d);
    }
    expect(doc.default_permissions.commands.allow).toEqual(expect.arrayContaining(['npm test', 'npm run lint']));
    expect(doc.default_permissions.network).toMatchObject({ allow_outbound: false, exceptions: ['registry.npmjs.org'] });
    expect(doc.constraints.require_human_approval).toEqual(expect.arrayContaining([{ file_pattern: 'package.json' }]));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);

    const wf = parse(readFileSync(join(dir, '.github/workflows/agent-policy.yml'), 'utf8'));
    const steps = wf.jobs['agent-policy'].steps as { uses?: string }[];
    expect(steps.map((s) => s.uses)).toContain('agent-policy-lint/agent-policy-lint@v1');
    // Nothing at workflow level; the job asks for what it needs (zizmor's excessive-permissions).
    expect(wf.permissions).toEqual({});
    expect(wf.jobs['agent-policy'].permissions).toEqual({ contents: 'read', 'pull-requests': 'write', 'security-events': 'write', actions: 'read' });
    // Every input the workflow passes is one the Action declares.
    const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8'));
    const step = steps.find((s) => s.uses?.startsWith('agent-policy-lint/')) as { with?: Record<string, unknown> };
    for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
  });

  it('never overwrites without --force, says what it skipped, appends to a husky hook, and overwrites with --force', () => {
    const dir = tempTree({ 'package.json': '{}\n', '.agent-policy.yml': 'version: "1.0"\n', '.husky/pre-commit': 'npm test\n', '.git/HEAD': '' });
    const r = init(dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/skipped\s+\.agent-policy\.yml \(exists; --force overwrites it\)/);
    expect(r.stdout).toMatch(/appended\s+the agent-policy-lint check to \.husky\/pre-commit/);
    expect(r.stdout).toMatch(/wrote\s+\.github\/workflows\/agent-policy\.yml/);
    expect(readFileSync(join(dir, '.agent-policy.yml'), 'utf8')).toBe('version: "1.0"\n');
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe(`npm test\n\n${HUSKY_HOOK}`);

    const again = init(dir);
    expect(again.stdout).toMatch(/skipped\s+\.github\/workflows\/agent-policy\.yml/);
    expect(again.stdout).toMatch(/kept\s+\.husky\/pre-commit \(it already runs agent-policy-lint\)/);
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe(`npm test\n\n${HUSKY_HOOK}`);

    const forced = init(dir, '--force');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/overwrote\s+\.agent-policy\.yml/);
    expect(policyOf(dir).doc.version).toBe('2.1');
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe(HUSKY_HOOK);
  });

  it('moves the check an earlier init wrote onto dist/pre-commit.cjs, keeping the other lines', () => {
    const before = `npm test\n\n${HUSKY_HOOK_BEFORE_PRE_COMMIT_ENTRY}echo done\n`;
    const dir = tempTree({ 'package.json': '{}\n', '.husky/pre-commit': before, '.git/HEAD': '' });
    const r = init(dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/updated\s+\.husky\/pre-commit: the check runs dist\/pre-commit\.cjs/);
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe(`npm test\n\n${HUSKY_HOOK}echo done\n`);
    expect(init(dir).stdout).toMatch(/kept\s+\.husky\/pre-commit \(it already runs agent-policy-lint\)/);
  });

  it('keeps an existing prepare script and appends husky to it', () => {
    const dir = tempTree({ 'package.json': '{\n  "scripts": {\n    "prepare": "npm run build"\n  }\n}\n', '.git/HEAD': '' });
    const r = init(dir);
    expect(r.stdout).toContain('appended "&& husky"');
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts.prepare).toBe('npm run build && husky');
    expect(r.stdout).toContain('npm i -D husky');
    // Run twice: husky is not appended again.
    init(dir);
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts.prepare).toBe('npm run build && husky');
  });

  it('reports a package.json that does not parse instead of rewriting it', () => {
    const dir = tempTree({ 'package.json': '{ "name": ', '.git/HEAD': '' });
    const r = init(dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/left package\.json as it is: package\.json does not parse/);
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe('{ "name": ');
  });

  it('says husky needs a git repository when there is no .git', () => {
    const dir = tempTree({ 'package.json': '{}\n' });
    const r = init(dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/no \.git here: husky needs a git repository/);
  });

  it.each([
    ['Python', { 'pyproject.toml': '[project]\nname="x"\n', 'tests/test_x.py': '' }, ['pytest'], ['pypi.org', 'files.pythonhosted.org'], 'pyproject.toml'],
    ['Go', { 'go.mod': 'module x\n' }, ['go test'], ['proxy.golang.org'], 'go.mod'],
    ['Rust', { 'Cargo.toml': '[package]\n' }, ['cargo test'], ['crates.io'], 'Cargo.lock'],
    ['Java (Maven)', { 'pom.xml': '<project/>' }, ['mvn test'], ['repo.maven.apache.org'], 'pom.xml'],
    ['Ruby', { Gemfile: "source 'https://rubygems.org'\n" }, ['bundle exec rspec'], ['rubygems.org'], 'Gemfile.lock'],
  ])('chooses %s rules from what the repository contains', (_name, files, commands, hosts, manifest) => {
    const dir = tempTree({ ...files, '.git/HEAD': '' });
    expect(init(dir).code).toBe(0);
    const { doc } = policyOf(dir);
    expect(doc.default_permissions.commands.allow).toEqual(expect.arrayContaining(commands));
    expect(doc.default_permissions.network.exceptions).toEqual(expect.arrayContaining(hosts));
    expect(doc.default_permissions.network.exceptions).not.toContain('registry.npmjs.org');
    expect(doc.constraints.require_human_approval).toContainEqual({ file_pattern: manifest });
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(existsSync(join(dir, 'package.json'))).toBe(false);
  });

  it('writes a policy the linter itself finds clean, for every ecosystem at once', () => {
    const dir = tempTree({
      'package.json': '{"name":"x","scripts":{"test":"t","lint":"l","build":"b"}}',
      'go.mod': 'module x\n',
      'pyproject.toml': '',
      'Cargo.toml': '',
      'pom.xml': '',
      'build.gradle': '',
      Gemfile: '',
      'src/a.ts': '',
      'tests/a.py': '',
      '.git/HEAD': '',
    });
    expect(init(dir).code).toBe(0);
    const r = runCli(['--format', 'json'], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    // The exact conflict analysis finds nothing to fix either (partial allow/deny overlaps are notes).
    const c = runCli(['--check-conflicts', '--format', 'json'], { cwd: dir });
    expect(c.code, c.stdout + c.stderr).toBe(0);
    const worse = (JSON.parse(c.stdout).findings as { severity: string; ruleId: string; message: string }[]).filter(
      (f) => f.severity !== 'info' || f.ruleId !== 'allow-deny-overlap',
    );
    expect(worse).toEqual([]);
  });

  it('writes a valid policy for an empty repository (denies only)', () => {
    const dir = tempTree({ '.git/HEAD': '' });
    expect(init(dir).code).toBe(0);
    const { doc } = policyOf(dir);
    expect(doc.default_permissions.filesystem.allow).toEqual([]);
    expect(doc.default_permissions.filesystem.deny).toContain('.env*');
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it('names the installed package\'s schema by its local path where the package is installed', () => {
    const schemaFile = 'node_modules/agent-policy-lint/schemas/agent-policy-2.1.schema.json';
    const installed = tempTree({ '.git/HEAD': '', 'package.json': '{}\n', [schemaFile]: readFileSync(join(REPO_ROOT, 'schemas/agent-policy-2.1.schema.json'), 'utf8') });
    expect(init(installed).code).toBe(0);
    const first = policyOf(installed).text.split('\n')[0]!;
    expect(first).toBe(`# yaml-language-server: $schema=./${schemaFile}`);
    // yaml-language-server resolves the path against the policy file's directory
    expect(existsSync(join(installed, first.split('$schema=')[1]!))).toBe(true);

    const notInstalled = tempTree({ '.git/HEAD': '', 'package.json': '{}\n' });
    expect(init(notInstalled).code).toBe(0);
    expect(policyOf(notInstalled).text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schemaId('2.1')}`);
  });

  it('--dir sets up another directory; a bad --dir or flag is a usage error', () => {
    const dir = tempTree({ 'repo/go.mod': 'module x\n' });
    expect(runCli(['init', '--dir', 'repo'], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, 'repo/.agent-policy.yml'))).toBe(true);
    const bad = runCli(['init', '--dir', 'nope'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a directory/);
    const flag = runCli(['init', '--bogus'], { cwd: dir });
    expect(flag.code).toBe(2);
    expect(hasStackTrace(flag.stderr)).toBe(false);
  });
});

it('writes the newest policy version with its schema id', () => {
  expect(POLICY_VERSION).toBe(LATEST_VERSION);
  expect(SCHEMA_URL).toBe(schemaId(POLICY_VERSION));
});

describe('addHuskyPrepare', () => {
  it('keeps tabs and CRLF line endings', () => {
    const out = addHuskyPrepare('{\r\n\t"name": "x"\r\n}\r\n');
    expect(out.text).toBe('{\r\n\t"name": "x",\r\n\t"scripts": {\r\n\t\t"prepare": "husky"\r\n\t}\r\n}\r\n');
  });

  it('leaves a prepare that already runs husky alone', () => {
    expect(addHuskyPrepare('{"scripts":{"prepare":"husky"}}').text).toBeUndefined();
    expect(addHuskyPrepare('{"scripts":{"prepare":"tsc && husky"}}').text).toBeUndefined();
    expect(addHuskyPrepare('{"scripts":{"prepare":"husky-like-tool"}}').text).toContain('husky-like-tool && husky');
  });

  it('refuses non-object scripts', () => {
    expect(addHuskyPrepare('{"scripts": []}').text).toBeUndefined();
    expect(addHuskyPrepare('[]').text).toBeUndefined();
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicySet } from '../../src/policy/index.js';
import { tempTree } from '../helpers/cli.js';
import { problems } from './helpers.js';

const BEFORE = `# Our agent policy. Keep the comments!
version: 2.1   # the version
default_permissions:
  filesystem:
    allow:
      - "./src/**"     # main code
      - 'tests/**'
      # generated docs
      - ./docs/**
      - "src/**"       # written twice
    deny: [".env*", "./secrets/**", '.env*']   # flow style stays flow style
  commands:
    allow:
      - npm test
      - npm test
    # end of commands
`;

const AFTER = `# Our agent policy. Keep the comments!
version: "2.1"   # the version
default_permissions:
  filesystem:
    allow:
      - "src/**"     # main code
      - 'tests/**'
      # generated docs
      - docs/**
    deny: [".env*", "secrets/**"]   # flow style stays flow style
  commands:
    allow:
      - npm test
    # end of commands
`;

describe('--fix', () => {
  it('rewrites ./ patterns, drops exact repeats and quotes the version, keeping comments, quoting and layout', async () => {
    const dir = tempTree({ '.agent-policy.yml': BEFORE });
    const loaded = await loadPolicySet({ cwd: dir, fix: true });
    expect(readFileSync(join(dir, '.agent-policy.yml'), 'utf8')).toBe(AFTER);
    // Nothing left to report; what was done is reported as info notes.
    expect(problems(loaded.findings)).toEqual([]);
    const notes = loaded.findings.filter((f) => f.ruleId === 'fixed');
    expect(notes.map((n) => n.data?.fixedRule).sort()).toEqual([
      'dot-slash-pattern',
      'dot-slash-pattern',
      'dot-slash-pattern',
      'repeated-pattern',
      'repeated-pattern',
      'repeated-pattern',
      'unquoted-version',
    ]);
    expect(notes.every((n) => n.severity === 'info')).toBe(true);
    expect(notes.find((n) => n.line === 6)?.message).toBe(
      'fixed dot-slash-pattern: default_permissions.filesystem.allow[0]: "./src/**" -> "src/**"',
    );
    expect(loaded.set?.root.permissions.filesystem.allow.map((r) => r.pattern)).toEqual(['src/**', 'tests/**', 'docs/**']);
  });

  it('writes nothing without --fix, and reports the problems', async () => {
    const dir = tempTree({ '.agent-policy.yml': BEFORE });
    const loaded = await loadPolicySet({ cwd: dir });
    expect(readFileSync(join(dir, '.agent-policy.yml'), 'utf8')).toBe(BEFORE);
    expect(problems(loaded.findings)).toEqual([
      'dot-slash-pattern 11:22',
      'dot-slash-pattern 6:10',
      'dot-slash-pattern 9:9',
      'repeated-pattern 11:37',
      'repeated-pattern 15:9',
      'unquoted-version 2:10',
    ]);
  });

  it('writes nothing when files are read through readFile (the staged index)', async () => {
    const dir = tempTree({ '.agent-policy.yml': BEFORE });
    const loaded = await loadPolicySet({
      cwd: dir,
      fix: true,
      readFile: (p) => readFileSync(p, 'utf8'),
      overrideFiles: () => [],
    });
    expect(readFileSync(join(dir, '.agent-policy.yml'), 'utf8')).toBe(BEFORE);
    expect(loaded.findings.some((f) => f.ruleId === 'fixed')).toBe(false);
  });

  it('keeps CRLF line endings and fixes override files too', async () => {
    const root = 'version: "2.1"\r\n';
    const override = 'permissions:\r\n  filesystem:\r\n    deny:\r\n      - web/a/**\r\n      - ./web/a/**\r\n      - web/b/**\r\n';
    const dir = tempTree({ '.agent-policy.yml': root, 'web/.agent-policy.override.yml': override });
    await loadPolicySet({ cwd: dir, fix: true });
    expect(readFileSync(join(dir, 'web/.agent-policy.override.yml'), 'utf8')).toBe(
      'permissions:\r\n  filesystem:\r\n    deny:\r\n      - web/a/**\r\n      - web/b/**\r\n',
    );
    expect(readFileSync(join(dir, '.agent-policy.yml'), 'utf8')).toBe(root);
  });

  it('makes an absolute path inside the repository relative', async () => {
    const dir = tempTree({});
    const file = join(dir, '.agent-policy.yml');
    writeFileSync(file, `version: "2.1"\ndefault_permissions:\n  filesystem:\n    deny: ["${dir}/secrets/**", "${dir}/.env"]\n`);
    const before = await loadPolicySet({ cwd: dir });
    expect(problems(before.findings)).toEqual(['absolute-pattern 4:13', `absolute-pattern 4:${13 + dir.length + 15}`]);
    // Read correctly even before the fix: the deny protects on this checkout, and ./.env keeps
    // meaning the root's .env only.
    expect(before.set!.root.permissions.filesystem.deny.map((r) => r.pattern)).toEqual(['secrets/**', './.env']);
    await loadPolicySet({ cwd: dir, fix: true });
    expect(readFileSync(file, 'utf8')).toBe('version: "2.1"\ndefault_permissions:\n  filesystem:\n    deny: ["secrets/**", "./.env"]\n');
  });

  it('leaves a file alone when a fix cannot be applied exactly (a comment inside a flow list)', async () => {
    const text = 'version: "2.1"\ndefault_permissions:\n  filesystem:\n    deny: [a/**,\n      # why\n      a/**]\n';
    const dir = tempTree({ '.agent-policy.yml': text });
    const loaded = await loadPolicySet({ cwd: dir, fix: true });
    expect(readFileSync(join(dir, '.agent-policy.yml'), 'utf8')).toBe(text);
    expect(problems(loaded.findings)).toEqual(['repeated-pattern 6:7']);
  });

  it('applies safe fixes even when the file has errors elsewhere (and still builds no set)', async () => {
    const text = 'version: "2.1"\ndefault_permissions:\n  filesystem:\n    deny: ["./x/**"]\n  network:\n    allow_outbund: false\n';
    const dir = tempTree({ '.agent-policy.yml': text });
    const loaded = await loadPolicySet({ cwd: dir, fix: true });
    expect(readFileSync(join(dir, '.agent-policy.yml'), 'utf8')).toBe(text.replace('./x/**', 'x/**'));
    expect(problems(loaded.findings)).toEqual(['unknown-key 6:5']);
    expect(loaded.set).toBeUndefined();
  });
});

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicyText, schemaFileName, SCHEMA_BASE, SUPPORTED_VERSIONS, versionInSchemaUrl } from '../../src/policy/index.js';
import { rules } from '../../src/policy/rules.js';
import { OVERRIDE_NAMES, ROOT_POLICY_NAMES } from '../../src/policy/discover.js';
import { editDistance, suggest } from '../../src/policy/suggest.js';
import { REPO_ROOT } from '../helpers/cli.js';

const check = (text: string, kind: 'root' | 'override' = 'root') =>
  checkPolicyText(text, { file: 'p.yml', kind, rootDir: '/repo' }).findings.filter((f) => f.severity !== 'info');

describe('messages are for people', () => {
  it('names the item and both types', () => {
    const [f] = check('version: "1.0"\npermissions:\n  filesystem:\n    allow: ["src/**", "tests/**", 3]\n');
    expect(f).toMatchObject({ ruleId: 'invalid-type', line: 4, column: 35 });
    expect(f!.message).toBe('permissions.filesystem.allow[2] must be a string (got number)');
  });

  it('suggests the near spelling of an unknown key and points at the key', () => {
    const [f] = check('version: "2.1"\ndefault_permissions:\n  network:\n    allow_outbund: false\n');
    expect(f!.message).toBe('unknown key "allow_outbund" in default_permissions.network; did you mean "allow_outbound"?');
    expect(f).toMatchObject({ line: 4, column: 5, endLine: 4, endColumn: 18 });
  });

  it('lists the allowed keys when nothing is near', () => {
    const [f] = check('version: "2.1"\naudit:\n  keep_forever: true\n');
    expect(f!.hint).toBe('Allowed here: log_all_actions, retention_days, alert_on_deny, log_dir.');
  });

  it('lists the allowed values of an enum', () => {
    const [f] = check('version: "2.1"\nagents:\n  - id: x\n    trust_level: admin\n');
    expect(f!.message).toBe('agents[0].trust_level must be one of "read_only", "write_local", "external" (got string "admin")');
  });

  it('names the missing key', () => {
    const [f] = check('version: "2.1"\nexceptions:\n  - pattern: "a/**"\n');
    expect(f!.message).toBe('exceptions[0] is missing the required key "reason"');
  });

  it('says which versions exist', () => {
    const [f] = check('version: "2.2"\n');
    expect(f!.message).toBe('unsupported policy version "2.2"; supported versions: "1.0", "2.0", "2.1"');
    const [g] = check('version: "2"\n');
    expect(g!.message).toContain('did you mean "2.0"?');
  });

  it('one finding per problem: a misspelt required key is not also reported missing', () => {
    expect(check('version: "2.1"\nexceptions:\n  - pattern: "a/**"\n    reasn: "why"\n').map((f) => f.ruleId)).toEqual(['unknown-key']);
    expect(check('version: "1.0"\npermisions: {}\n').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([
      'unknown-key: unknown key "permisions"; did you mean "permissions"?',
    ]);
  });

  it('one finding per problem: an approval rule names zero or two patterns', () => {
    const two = check('version: "2.1"\nconstraints:\n  require_human_approval:\n    - { file_pattern: a, tool_pattern: b }\n');
    expect(two.map((f) => f.message)).toEqual([
      'constraints.require_human_approval[0] must name exactly one of file_pattern, command_pattern, host_pattern, tool_pattern (it names file_pattern and tool_pattern)',
    ]);
    const wrongType = check('version: "2.1"\nconstraints:\n  require_human_approval:\n    - "package.json"\n');
    expect(wrongType.map((f) => f.message)).toEqual(['constraints.require_human_approval[0] must be a mapping (got string "package.json")']);
  });

  it('points inside a string at the offending glob character, plain and quoted', () => {
    const plain = check('version: "2.1"\ndefault_permissions:\n  filesystem:\n    deny:\n      - secrets/{a,b\n');
    expect(plain).toMatchObject([{ ruleId: 'invalid-glob', line: 5, column: 17 }]);
    const single = check("version: \"2.1\"\ndefault_permissions:\n  filesystem:\n    deny: ['x/[ab']\n");
    expect(single).toMatchObject([{ ruleId: 'invalid-glob', line: 4, column: 15 }]);
  });

  it('checks override files with the override schema', () => {
    expect(check('permissions:\n  filesystem:\n    allow: ["web/**"]\n', 'override')).toEqual([]);
    const [f] = check('default_permissions: {}\n', 'override');
    expect(f).toMatchObject({ ruleId: 'unknown-key', hint: 'Overrides call it permissions (they apply to their directory only).' });
  });
});

describe('suggestions', () => {
  it('uses edit distance with transpositions, ignoring case and - vs _', () => {
    expect(editDistance('allow_outbund', 'allow_outbound')).toBe(1);
    expect(editDistance('dney', 'deny')).toBe(1);
    expect(suggest('Allow-Outbound', ['allow_outbound', 'exceptions'])).toBe('allow_outbound');
    expect(suggest('dney', ['allow', 'deny'])).toBe('deny');
    expect(suggest('zzz', ['allow', 'deny'])).toBeUndefined();
  });
});

describe('schemas', () => {
  const dir = join(REPO_ROOT, 'schemas');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort();

  it('one file per version plus the override schema, with $id naming the file', () => {
    expect(files).toEqual([...SUPPORTED_VERSIONS.map(schemaFileName), 'agent-policy-override-2.schema.json'].sort());
    for (const f of files) {
      const s = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      expect(s.$id).toBe(SCHEMA_BASE + f);
      expect(s.$schema).toBe('http://json-schema.org/draft-07/schema#');
    }
  });

  it('every property has a title and a description (editors show them)', () => {
    for (const f of files) {
      const walk = (s: Record<string, any>, path: string) => {
        for (const [name, sub] of Object.entries<Record<string, any>>(s.properties ?? {})) {
          expect(typeof sub.title === 'string' && sub.title.length > 0, `${f} ${path}.${name} title`).toBe(true);
          expect(typeof sub.description === 'string' && sub.description.length > 10, `${f} ${path}.${name} description`).toBe(true);
          walk(sub, `${path}.${name}`);
        }
        if (s.items) walk(s.items, `${path}[]`);
      };
      walk(JSON.parse(readFileSync(join(dir, f), 'utf8')), '');
    }
  });

  it('the $id is where the release publishes the file: the npm CDN path of the package\'s schemas/', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(SCHEMA_BASE).toBe(`https://cdn.jsdelivr.net/npm/${pkg.name}@1/schemas/`);
    expect(pkg.files).toContain('schemas');
    // the major in the URL is the moving major tag the release flow maintains
    expect(readFileSync(join(REPO_ROOT, 'docs/releasing.md'), 'utf8')).toContain(`${SCHEMA_BASE}…`);
  });

  it('hovers render Markdown: markdownDescription carries it, description is the plain text', () => {
    let withMarkdown = 0;
    for (const f of files) {
      const walk = (node: unknown, path: string): void => {
        if (!node || typeof node !== 'object') return;
        const s = node as Record<string, unknown>;
        if (typeof s.description === 'string') {
          expect(s.description, `${f} ${path}`).not.toMatch(/`|\]\(/);
          if (typeof s.markdownDescription === 'string') {
            withMarkdown++;
            expect(s.markdownDescription.replace(/`/g, ''), `${f} ${path}`).toBe(s.description);
          }
        }
        for (const [k, v] of Object.entries(s)) if (k !== 'examples' && k !== 'enum') walk(v, `${path}/${k}`);
      };
      walk(JSON.parse(readFileSync(join(dir, f), 'utf8')), '#');
    }
    expect(withMarkdown).toBeGreaterThan(50);
  });

  it('the SchemaStore catalog entries match the files the linter reads and point at published schemas', () => {
    const catalog = JSON.parse(readFileSync(join(dir, 'schemastore-catalog.json'), 'utf8'));
    const [root, override] = catalog.schemas;
    expect(root.fileMatch).toEqual(ROOT_POLICY_NAMES);
    expect(override.fileMatch).toEqual(OVERRIDE_NAMES);
    const ids = new Set(files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).$id));
    for (const entry of catalog.schemas) {
      // SchemaStore's catalog entry shape: name, description, fileMatch, url, optional versions
      expect(Object.keys(entry).every((k) => ['name', 'description', 'fileMatch', 'url', 'versions'].includes(k))).toBe(true);
      expect(entry.name.length).toBeGreaterThan(0);
      expect(entry.description.length).toBeGreaterThan(0);
      expect(ids.has(entry.url), entry.url).toBe(true);
      for (const url of Object.values<string>(entry.versions ?? {})) expect(ids.has(url), url).toBe(true);
    }
    expect(root.url).toBe(SCHEMA_BASE + schemaFileName('2.1'));
    expect(Object.keys(root.versions)).toEqual([...SUPPORTED_VERSIONS]);
  });

  it('1.0 is exactly the SPEC shape: no 2.x keys, additional properties rejected', () => {
    const s = JSON.parse(readFileSync(join(dir, 'agent-policy-1.0.schema.json'), 'utf8'));
    expect(Object.keys(s.properties)).toEqual(['version', 'agent_id', 'permissions', 'constraints', 'audit']);
    expect(Object.keys(s.properties.permissions.properties)).toEqual(['filesystem', 'commands', 'network']);
    expect(Object.keys(s.properties.permissions.properties.network.properties)).toEqual(['allow_outbound', 'exceptions']);
    expect(s.additionalProperties).toBe(false);
  });

  it('2.1 is 2.0 plus risk tiers, budgets and agent detection', () => {
    const v20 = JSON.parse(readFileSync(join(dir, 'agent-policy-2.0.schema.json'), 'utf8'));
    const v21 = JSON.parse(readFileSync(join(dir, 'agent-policy-2.1.schema.json'), 'utf8'));
    const added = Object.keys(v21.properties).filter((k) => !(k in v20.properties));
    expect(added).toEqual(['risk_tiers', 'budgets', 'agent_detection']);
    expect(Object.keys(v20.properties).every((k) => k in v21.properties)).toBe(true);
  });

  it('the committed schemas and validators are what the generator produces', () => {
    const r = spawnSync(process.execPath, ['scripts/gen-validators.mjs', '--check'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('accepts schema_url values ending in the file name or vX.Y.json', () => {
    expect(versionInSchemaUrl('https://agent-policy.dev/schemas/v2.1.json')).toBe('2.1');
    expect(versionInSchemaUrl(`${SCHEMA_BASE}agent-policy-2.0.schema.json`)).toBe('2.0');
    expect(versionInSchemaUrl('https://raw.githubusercontent.com/o/r/main/schemas/agent-policy-1.0.schema.json?x=1')).toBe('1.0');
    expect(versionInSchemaUrl('https://example.com/schema.json')).toBeUndefined();
    expect(check(`version: "2.1"\nschema_url: "${SCHEMA_BASE}agent-policy-2.1.schema.json"\n`)).toEqual([]);
  });
});

describe('rules', () => {
  const ids = new Set(rules.map((r) => r.id));

  it('every rule id the policy module reports is declared, with real docs', () => {
    const src = join(REPO_ROOT, 'src/policy');
    const used = new Set<string>();
    for (const f of readdirSync(src).filter((n) => n.endsWith('.ts'))) {
      const text = readFileSync(join(src, f), 'utf8');
      for (const m of text.matchAll(/ruleId: '([a-z0-9-]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/finding\(ctx, '([a-z0-9-]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/: '(yaml-[a-z-]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(25);
    for (const id of used) expect(ids.has(id), id).toBe(true);
    for (const r of rules) {
      expect(r.category).toBe('policy');
      expect(r.docs.length, r.id).toBeGreaterThan(120);
      expect(r.summary.length, r.id).toBeGreaterThan(20);
    }
  });

  it('ids are unique kebab-case', () => {
    expect(ids.size).toBe(rules.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

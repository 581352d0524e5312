import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleMeta } from '../../src/report/rule.js';
import { ALL_RULES } from '../../src/cli/rules.js';
import { demoteHeadings, RESERVED_ANCHORS, renderRulesDoc } from '../../src/report/rules-doc.js';
import { REPO_ROOT, tempTree } from '../helpers/cli.js';

const SCRIPT = join(REPO_ROOT, 'scripts/gen-rules-doc.mjs');
const committed = (): string => readFileSync(join(REPO_ROOT, 'docs/rules.md'), 'utf8');

const SAMPLE: RuleMeta[] = [
  { id: 'replay-denied', severity: 'error', category: 'replay', summary: 'An action the policy denies', docs: 'Why.\n\n```yaml\n# a YAML comment, not a heading\n```' },
  { id: 'yaml-syntax', severity: 'error', category: 'policy', summary: 'YAML | that does not parse', docs: 'The file must parse.\n\n# Example\n\nFix it.' },
  { id: 'custom-thing', severity: 'info', category: 'misc', summary: 'Something else', docs: 'Body.' },
  { id: 'unknown-key', severity: 'warning', category: 'policy', summary: 'A key the schema does not know', docs: 'Typos.' },
];

describe('docs/rules.md', () => {
  it('is up to date with the rule registries (npm run build regenerates it)', () => {
    expect(committed()).toBe(renderRulesDoc(ALL_RULES));
  });

  it('has a section and a non-empty docs body for every rule id, ids unique and anchor-safe', () => {
    const doc = committed();
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) {
      expect(r.id, r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(RESERVED_ANCHORS, r.id).not.toContain(r.id);
      expect(r.docs.trim().length, `${r.id} docs`).toBeGreaterThan(0);
      expect(r.summary.trim().length, `${r.id} summary`).toBeGreaterThan(0);
      expect(doc.split('\n'), r.id).toContain(`## ${r.id}`);
    }
  });
});

describe('renderRulesDoc', () => {
  const doc = renderRulesDoc(SAMPLE);

  it('groups the contents by category in docs order, unknown categories last', () => {
    const headings = doc.split('\n').filter((l) => l.startsWith('### ') && !l.includes('Example'));
    expect(headings).toEqual(['### Policy files', '### Action log replay (`--agent-log`)', '### Misc']);
    expect(doc).toContain('| [`yaml-syntax`](#yaml-syntax) | error | YAML \\| that does not parse |');
    expect(doc).toContain('4 rules in 3 groups.');
  });

  it('writes one section per rule with severity, summary and body, in group order', () => {
    const sections = doc.split('\n').filter((l) => l.startsWith('## ') && l !== '## Contents');
    expect(sections).toEqual(['## yaml-syntax', '## unknown-key', '## replay-denied', '## custom-thing']);
    const yaml = doc.slice(doc.indexOf('## yaml-syntax'), doc.indexOf('## unknown-key'));
    expect(yaml).toBe('## yaml-syntax\n\nSeverity: **error** · Group: Policy files\n\nYAML | that does not parse\n\nThe file must parse.\n\n### Example\n\nFix it.\n\n');
  });

  it('demotes headings in docs bodies but not lines inside code fences', () => {
    expect(demoteHeadings('# A\n```\n# b\n```\n## C\n~~~sh\n# d\n~~~')).toBe('### A\n```\n# b\n```\n#### C\n~~~sh\n# d\n~~~');
    expect(doc).toContain('```yaml\n# a YAML comment, not a heading\n```');
  });

  it('copes with an empty registry and is deterministic', () => {
    const empty = renderRulesDoc([]);
    expect(empty).toContain('# Rules reference');
    expect(empty).toContain('No rules are registered yet.');
    expect(renderRulesDoc(SAMPLE)).toBe(doc);
    expect(doc.endsWith('\n') && !doc.endsWith('\n\n')).toBe(true);
  });
});

describe('scripts/gen-rules-doc.mjs', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { cwd: REPO_ROOT, encoding: 'utf8' });

  it('writes what renderRulesDoc renders, and --check tells a stale file from a fresh one', () => {
    const dir = tempTree({});
    const out = join(dir, 'rules.md');
    const written = run('--out', out);
    expect(written.status, written.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(renderRulesDoc(ALL_RULES));
    expect(run('--check', '--out', out).status).toBe(0);
    writeFileSync(out, readFileSync(out, 'utf8') + 'edited by hand\n');
    const stale = run('--check', '--out', out);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('out of date');
    expect(readFileSync(out, 'utf8')).toContain('edited by hand'); // --check never writes
  });
});

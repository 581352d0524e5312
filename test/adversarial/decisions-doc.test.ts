// docs/decisions.md describes the command model from its data: its per-program table must name
// every program data/programs.json models (a program added there without a row is a stale doc),
// and the corpus cases it cites must exist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';
import { loadCorpus } from './corpus.mjs';

const doc = readFileSync(join(REPO_ROOT, 'docs/decisions.md'), 'utf8');

function section(title: string): string {
  const start = doc.indexOf(`### ${title}`);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const end = doc.indexOf('\n### ', start + 4);
  return doc.slice(start, end < 0 ? undefined : end);
}

describe('docs/decisions.md', () => {
  it('has a row for every program of data/programs.json', () => {
    const programs = Object.keys((JSON.parse(readFileSync(join(REPO_ROOT, 'data/programs.json'), 'utf8')) as { programs: Record<string, unknown> }).programs);
    const rows = section('What is modelled per program')
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .map((l) => l.split('|')[1] ?? '');
    const missing = programs.filter((p) => !rows.some((cell) => cell.includes(`\`${p}\``)));
    expect(missing).toEqual([]);
  });

  it('cites only corpus cases that exist', () => {
    const ids = new Set(loadCorpus(REPO_ROOT).map((c) => c.id));
    const cited = [...doc.matchAll(/`((?:rep|lex|run|opt|touch|cwd|lim|ph|file|net|ex-[a-z]+)-\d{3})`/g)].map((m) => m[1]!);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((id) => !ids.has(id))).toEqual([]);
  });
});

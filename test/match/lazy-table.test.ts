// The per-program tables by name (src/match/lazy-table.ts): the guard's build keeps each entry as
// its JSON text in dist/guard-chunks/data-entries.bin (scripts/build.mjs, src/guard/data-entries.ts),
// the sources as objects; both read the same, and a name from the command line finds only an
// entry, never a comment or a property every object has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryTexts } from '../../src/guard/data-entries.js';
import { LazyTable } from '../../src/match/lazy-table.js';
import { REPO_ROOT } from '../helpers/cli.js';

const PROGRAM_DATA = JSON.parse(readFileSync(join(REPO_ROOT, 'data/programs.json'), 'utf8')) as { touch: Record<string, unknown>; programs: Record<string, unknown> };
const HAZARD_DATA = JSON.parse(readFileSync(join(REPO_ROOT, 'data/program-hazards.json'), 'utf8')) as { programs: Record<string, unknown> };
const TOUCH = PROGRAM_DATA.touch;

/** A table as the guard's build ships it (the tests build dist/ before they run). */
const asTextOf = (table: string) => new LazyTable<unknown>(entryTexts(join(REPO_ROOT, 'dist/guard-chunks'), table));

describe('LazyTable', () => {
  const asObjects = new LazyTable<unknown>(TOUCH);
  const asText = asTextOf('programs.touch');

  it('reads every model alike from objects and from text, and names the same models', () => {
    const names = [...asObjects.names()];
    expect(names.length).toBeGreaterThan(300);
    expect([...asText.names()]).toEqual(names);
    for (const name of names) expect(asText.get(name)).toEqual(asObjects.get(name));
    // Parsed once: the same object the second time.
    expect(asText.get('git clone')).toBe(asText.get('git clone'));
  });

  it('finds no comment and no property of Object.prototype', () => {
    for (const table of [asObjects, asText]) {
      for (const name of ['$comment', '$comment-network', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'no-such-program']) {
        expect(table.has(name)).toBe(false);
        expect(table.get(name)).toBeUndefined();
      }
    }
    expect(asObjects.has('$comment')).toBe(false);
    expect(Object.keys(TOUCH)).toContain('$comment');
  });

  it('reads the programs and hazards tables alike from objects and from text', () => {
    for (const [table, name] of [
      [PROGRAM_DATA.programs, 'programs.programs'],
      [HAZARD_DATA.programs, 'program-hazards.programs'],
    ] as const) {
      const objects = new LazyTable<unknown>(table);
      const text = asTextOf(name);
      const names = [...objects.names()];
      expect(names.length).toBeGreaterThan(100);
      expect([...text.names()]).toEqual(names);
      for (const name of names) expect(text.get(name)).toEqual(objects.get(name));
    }
  });
});

// The shared data (data/*.json) is reviewed like code: a key written twice in one object is a
// mistake JSON.parse hides (the later entry silently wins, so the earlier one's options are lost).
// Every object of every data file is checked with jsonc-parser's visitor, key by key.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';

const DATA = join(REPO_ROOT, 'data');

/** `file:line key` of each key that an enclosing object already had. */
function duplicateKeys(file: string, text: string): string[] {
  const open: Array<Set<string>> = [];
  const found: string[] = [];
  visit(text, {
    onObjectBegin: () => void open.push(new Set()),
    onObjectEnd: () => void open.pop(),
    onObjectProperty: (key, _offset, _length, startLine) => {
      const keys = open.at(-1)!;
      if (keys.has(key)) found.push(`${file}:${startLine + 1} ${key}`);
      keys.add(key);
    },
  });
  return found;
}

describe('data/*.json', () => {
  const files = readdirSync(DATA).filter((f) => f.endsWith('.json'));

  it('finds a key written twice (the check itself)', () => {
    expect(duplicateKeys('x.json', '{"a": {"b": 1, "b": 2}, "c": {"b": 3}}')).toEqual(['x.json:1 b']);
    expect(duplicateKeys('x.json', '{"a": 1,\n "a": 2}')).toEqual(['x.json:2 a']);
  });

  it.each(files)('%s writes no key twice in one object', (file) => {
    expect(duplicateKeys(file, readFileSync(join(DATA, file), 'utf8'))).toEqual([]);
  });
});

// The touch models by name (src/command/touch-table.ts): the guard's build keeps each as its JSON
// text (scripts/build.mjs), the sources as objects; both read the same, and a name from the
// command line finds only a model, never a comment or a property every object has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TouchTable } from '../../src/command/touch-table.js';
import { REPO_ROOT } from '../helpers/cli.js';

const TOUCH = (JSON.parse(readFileSync(join(REPO_ROOT, 'data/programs.json'), 'utf8')) as { touch: Record<string, unknown> }).touch;

describe('TouchTable', () => {
  const asObjects = new TouchTable<unknown>(TOUCH);
  const asText = new TouchTable<unknown>(Object.fromEntries(Object.entries(TOUCH).filter(([k]) => !k.startsWith('$')).map(([k, v]) => [k, JSON.stringify(v)])));

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
});

// touch-model.ts reads every touch model through one object literal of all of TouchSpec's fields
// (`shaped`): a field the data file gives a model must be one of them, or it would be dropped.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { touchModelFields } from '../../src/command/touch-model.js';

describe('shaped touch models', () => {
  it('keep every field data/programs.json gives a touch model', () => {
    const data = JSON.parse(readFileSync(new URL('../../data/programs.json', import.meta.url), 'utf8')) as { touch: Record<string, unknown> };
    const kept = new Set(touchModelFields());
    const used = new Set<string>();
    for (const [name, model] of Object.entries(data.touch)) {
      if (name.startsWith('$') || typeof model !== 'object' || model === null) continue;
      for (const field of Object.keys(model)) used.add(field);
    }
    expect([...used].filter((f) => !kept.has(f))).toEqual([]);
  });
});

// The policy files' text for the HTML report, which shows the lines around each deciding rule.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { PolicySet } from '../policy/types.js';

/** Files over this size are left out (the report shows the rule's file:line only). */
const MAX_BYTES = 1 << 20;

export function policySources(set: PolicySet, files: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of files) {
    try {
      const text = readFileSync(file, 'utf8');
      if (text.length <= MAX_BYTES) out[(relative(set.root.root, file) || file).split(sep).join('/')] = text;
    } catch {
      // Unreadable: already a finding of the policy check.
    }
  }
  return out;
}

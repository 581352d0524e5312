import type { RuleMeta } from './rule.js';
import { rules as policy } from '../policy/rules.js';
import { rules as engine } from '../engine/rules.js';
import { rules as analysis } from '../analysis/rules.js';
import { rules as replay } from '../replay/rules.js';
import { rules as action } from '../action/rules.js';
import { rules as hooks } from '../hooks/rules.js';
import { rules as native } from '../native/rules.js';

/** Every rule the product can report, in docs order. */
export const ALL_RULES: readonly RuleMeta[] = [...policy, ...engine, ...analysis, ...replay, ...action, ...hooks, ...native];

export function findRule(id: string): RuleMeta | undefined {
  return ALL_RULES.find((r) => r.id === id);
}

import type { RuleMeta } from '../report/rule.js';

export const rules: RuleMeta[] = [];

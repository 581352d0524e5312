import type { RulesMetaLoader } from '../lint/report.js';

/** The rule catalogue (./rules.ts) for the formatters, loaded only when a report is written. */
export const loadRulesMeta: RulesMetaLoader = async () => (await import('./rules.js')).RULES_META;

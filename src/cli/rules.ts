// Every rule the product can report. The CLI is the composition root: it gathers each module's
// registry here and hands the result to the formatters (FormatContext.rulesMeta), so that no
// lower module imports the modules beside or above it just to describe their rules.
// scripts/gen-rules-doc.mjs renders docs/rules.md from ALL_RULES.
import { rules as action } from '../action/rules.js';
import { rules as analysis } from '../analysis/rules.js';
import { rules as audit } from '../audit/rules.js';
import { rules as engine } from '../engine/rules.js';
import { rules as hooks } from '../hooks/rules.js';
import { rules as runtime } from '../init/agent-hooks/rules.js';
import { rules as native } from '../native/rules.js';
import { rules as policy } from '../policy/rules.js';
import { rules as replay } from '../replay/rules.js';
import type { RulesMeta } from '../report/formatter.js';
import type { RuleMeta } from '../report/rule.js';

/** Every rule, in docs order. */
export const ALL_RULES: readonly RuleMeta[] = [...policy, ...engine, ...analysis, ...replay, ...action, ...hooks, ...runtime, ...audit, ...native];

/** ALL_RULES by id, for FormatContext.rulesMeta. */
export const RULES_META: RulesMeta = new Map(ALL_RULES.map((rule) => [rule.id, rule]));

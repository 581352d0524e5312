import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import { FIXTURES } from './cli.js';

let validate: ValidateFunction | undefined;

function compiled(): ValidateFunction {
  if (validate) return validate;
  const schema = JSON.parse(readFileSync(join(FIXTURES, 'sarif/sarif-schema-2.1.0.json'), 'utf8'));
  // The official schema's `language` pattern is not valid with the `u` flag, hence unicodeRegExp off.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  // ajv-formats is not a dependency; these three are all the schema uses.
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/') && !/\s/.test(s));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(s) && !Number.isNaN(Date.parse(s)));
  validate = ajv.compile(schema);
  return validate;
}

/** Errors of a SARIF log against the official SARIF 2.1.0 schema; empty when it is valid. */
export function validateSarif(log: unknown): string[] {
  const v = compiled();
  if (v(log)) return [];
  return (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

/**
 * What GitHub code scanning additionally needs (its upload rejects or drops otherwise): at least
 * one location per result, a rule descriptor behind every ruleIndex, and its documented limits.
 */
export function githubSarifProblems(log: unknown): string[] {
  const problems: string[] = [];
  const runs = (log as { runs?: unknown[] }).runs ?? [];
  if (runs.length > 20) problems.push(`${runs.length} runs (limit 20)`);
  runs.forEach((run: any, r) => {
    const rules: any[] = run?.tool?.driver?.rules ?? [];
    const results: any[] = run?.results ?? [];
    if (results.length > 25_000) problems.push(`run ${r}: ${results.length} results (limit 25000)`);
    if (rules.length > 25_000) problems.push(`run ${r}: ${rules.length} rules (limit 25000)`);
    rules.forEach((rule, i) => {
      if ((rule?.properties?.tags ?? []).length > 20) problems.push(`run ${r} rule ${i}: more than 20 tags`);
    });
    results.forEach((res, i) => {
      const where = `run ${r} result ${i}`;
      if (!Array.isArray(res.locations) || res.locations.length === 0) problems.push(`${where}: no location`);
      const total = (res.locations?.length ?? 0) + (res.relatedLocations?.length ?? 0);
      if (total > 1000) problems.push(`${where}: ${total} locations (limit 1000)`);
      if (res.ruleIndex !== undefined && rules[res.ruleIndex]?.id !== res.ruleId) {
        problems.push(`${where}: ruleIndex ${res.ruleIndex} does not point at rule ${res.ruleId}`);
      }
    });
  });
  return problems;
}

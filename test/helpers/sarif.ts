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
 * What GitHub code scanning additionally needs (docs.github.com, "SARIF support for code
 * scanning"; its upload rejects or drops otherwise): at least one location per result, each with
 * a region, relative URIs resolved through a declared uriBaseId, security-severity as a score on
 * rules tagged security, fingerprints, a rule descriptor behind every ruleIndex, and its limits.
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
    rules.forEach((rule, i) => {
      // "security-severity: a string that represents a score between 0.0 and 10.0" (only read on rules tagged security).
      const sev = rule?.properties?.['security-severity'];
      if (sev !== undefined && !(typeof sev === 'string' && /^\d+(\.\d+)?$/.test(sev) && Number(sev) > 0 && Number(sev) <= 10)) problems.push(`run ${r} rule ${i}: security-severity ${JSON.stringify(sev)} is not a score in (0, 10]`);
      if (sev !== undefined && !(rule.properties.tags ?? []).includes('security')) problems.push(`run ${r} rule ${i}: security-severity without the security tag`);
    });
    const bases = run?.originalUriBaseIds ?? {};
    for (const [id, base] of Object.entries<any>(bases)) {
      if (!/^file:\/\/.*\/$/.test(base?.uri ?? '')) problems.push(`run ${r}: originalUriBaseIds.${id} must be an absolute file URI ending in /`);
    }
    results.forEach((res, i) => {
      const where = `run ${r} result ${i}`;
      if (!Array.isArray(res.locations) || res.locations.length === 0) problems.push(`${where}: no location`);
      for (const loc of [...(res.locations ?? []), ...(res.relatedLocations ?? [])]) {
        const artifact = loc?.physicalLocation?.artifactLocation ?? {};
        const uri: string = artifact.uri ?? '';
        // Code scanning shows an alert only on a file of the repository, at a line.
        if (!(loc?.physicalLocation?.region?.startLine >= 1)) problems.push(`${where}: a location without a region (startLine >= 1)`);
        if (/[*?[\]{}]/.test(decodeURIComponent(uri))) problems.push(`${where}: ${uri} is a glob, not a file`);
        if (!/^[a-z]+:/i.test(uri) && artifact.uriBaseId === undefined) problems.push(`${where}: relative ${uri} without a uriBaseId`);
        if (artifact.uriBaseId !== undefined && !(artifact.uriBaseId in bases)) problems.push(`${where}: uriBaseId ${artifact.uriBaseId} is not in originalUriBaseIds`);
      }
      if (res.partialFingerprints === undefined || Object.keys(res.partialFingerprints).length === 0) problems.push(`${where}: no partialFingerprints`);
      const total = (res.locations?.length ?? 0) + (res.relatedLocations?.length ?? 0);
      if (total > 1000) problems.push(`${where}: ${total} locations (limit 1000)`);
      if (res.ruleIndex !== undefined && rules[res.ruleIndex]?.id !== res.ruleId) {
        problems.push(`${where}: ruleIndex ${res.ruleIndex} does not point at rule ${res.ruleId}`);
      }
    });
  });
  return problems;
}

// Supported policy versions and the schema each one uses.
import * as generated from './generated/validators.js';
import type { SchemaMeta, Validator } from './generated/validators.js';

/** Where editors load the published schemas from; one source: src/policy/schema/source.mjs. */
export const SCHEMA_BASE = generated.SCHEMA_BASE;

export const SUPPORTED_VERSIONS = ['1.0', '2.0', '2.1'] as const;
export type PolicyVersion = (typeof SUPPORTED_VERSIONS)[number];
export const LATEST_VERSION: PolicyVersion = '2.1';

export function isSupportedVersion(v: unknown): v is PolicyVersion {
  return typeof v === 'string' && (SUPPORTED_VERSIONS as readonly string[]).includes(v);
}

export function majorOf(v: string): string {
  return v.split('.')[0] ?? v;
}

export const schemaFileName = (v: string) => `agent-policy-${v}.schema.json`;
export const OVERRIDE_SCHEMA_FILE = 'agent-policy-override-2.schema.json';
export const schemaId = (v: string) => SCHEMA_BASE + schemaFileName(v);

export interface SchemaChoice {
  name: keyof typeof generated.meta;
  validate: Validator;
  meta: SchemaMeta;
}

export function rootSchema(v: PolicyVersion): SchemaChoice {
  const name = `root_${v.replace('.', '_')}` as 'root_1_0' | 'root_2_0' | 'root_2_1';
  return { name, validate: generated[name], meta: generated.meta[name] };
}

export function overrideSchema(): SchemaChoice {
  return { name: 'override_2', validate: generated.override_2, meta: generated.meta.override_2 };
}

/**
 * The version a schema URL names: `…/agent-policy-2.1.schema.json`, `…/v2.1.json`,
 * `…/agent-policy-override-2.schema.json` (-> '2'). Undefined when it names none.
 */
export function versionInSchemaUrl(url: string): string | undefined {
  const path = url.split(/[?#]/)[0] ?? url;
  const m =
    /agent-policy-(\d+\.\d+)\.schema\.json$/.exec(path) ??
    /(?:^|\/)v(\d+\.\d+)\.json$/.exec(path) ??
    /agent-policy-override-(\d+)\.schema\.json$/.exec(path);
  return m?.[1];
}

export function versionList(): string {
  return SUPPORTED_VERSIONS.map((v) => `"${v}"`).join(', ');
}

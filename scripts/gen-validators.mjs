// Generates, from src/policy/schema/source.mjs:
//  - schemas/*.json: the published JSON Schemas (editors, yaml-language-server);
//  - src/policy/generated/validators.js: ajv standalone validators, compiled ahead of time so that
//    the CLI does not load ajv at start-up, plus the metadata the error messages need.
// Output is deterministic (CI diffs a fresh build). Run by `npm run build`.
// --check: write nothing, exit 1 if a generated file is not what the source produces.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { buildSchemas, schemaFileName, ROOT_VERSIONS, OVERRIDE_FILE, SCHEMA_BASE } from '../src/policy/schema/source.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const stale = [];

/** Writes `text` to `path` unless it is already there (with --check: records it as stale). */
function emit(path, text) {
  let old;
  try {
    old = readFileSync(path, 'utf8');
  } catch {}
  if (old === text) return;
  if (check) stale.push(path);
  else writeFileSync(path, text);
}
const ANNOTATIONS = new Set(['title', 'description', 'examples', 'default', 'x-message']);

/** Deep copy without the keys in `drop` (only at schema positions, never inside `properties` names). */
function strip(schema, drop) {
  if (Array.isArray(schema)) return schema.map((s) => strip(s, drop));
  if (!schema || typeof schema !== 'object') return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'properties') {
      out[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, strip(s, drop)]));
    } else if (!drop.has(k)) {
      out[k] = k === 'enum' || k === 'required' ? v : strip(v, drop);
    }
  }
  return out;
}

/**
 * Error metadata by schema path (as ajv reports it, '#/properties/...'): the property names an
 * object allows (for "did you mean") and our x-message texts.
 */
function collectMeta(schema) {
  const keys = {};
  const messages = {};
  const walk = (s, path) => {
    if (!s || typeof s !== 'object' || Array.isArray(s)) return;
    if (s.properties) keys[path] = Object.keys(s.properties);
    if (s['x-message']) messages[path] = s['x-message'];
    if (s.properties) for (const [name, sub] of Object.entries(s.properties)) walk(sub, `${path}/properties/${name}`);
    if (s.items) walk(s.items, `${path}/items`);
    for (const k of ['oneOf', 'anyOf', 'allOf']) if (s[k]) s[k].forEach((sub, i) => walk(sub, `${path}/${k}/${i}`));
  };
  walk(schema, '#');
  return { keys, messages };
}

/** Markdown as plain text: `code` -> code, [text](url) -> text. */
const plainText = (markdown) => markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`/g, '');

/**
 * The published copy for editors. Our descriptions are Markdown; yaml-language-server (VS Code's
 * YAML extension and every editor built on it) renders `markdownDescription` in hovers and shows
 * `description` verbatim, so each description is published twice: Markdown, and plain text for
 * editors that do not render Markdown.
 */
function forEditors(schema) {
  if (Array.isArray(schema)) return schema.map(forEditors);
  if (!schema || typeof schema !== 'object') return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'x-message') continue;
    if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, forEditors(s)]));
    else if (k === 'description' && typeof v === 'string') {
      out.description = plainText(v);
      if (out.description !== v) out.markdownDescription = v;
    } else out[k] = k === 'enum' || k === 'required' || k === 'examples' ? v : forEditors(v);
  }
  return out;
}

const schemas = buildSchemas();
if (!check) mkdirSync(join(root, 'schemas'), { recursive: true });
for (const [file, schema] of Object.entries(schemas)) {
  emit(join(root, 'schemas', file), JSON.stringify(forEditors(schema), null, 2) + '\n');
}

// The entries to submit to SchemaStore's catalog (docs/releasing.md): editors that use the catalog
// (VS Code's YAML and JSON support, JetBrains IDEs) then validate policies with no comment at all.
// fileMatch names the files src/policy/discover.ts reads; a test keeps the two equal.
const catalog = {
  $schema: 'https://json.schemastore.org/schema-catalog.json',
  version: 1,
  schemas: [
    {
      name: 'agent-policy-lint policy',
      description: 'What AI coding agents may do in a repository (.agent-policy.yml), checked by agent-policy-lint',
      fileMatch: ['.agent-policy.yml', '.agent-policy.yaml'],
      url: SCHEMA_BASE + schemaFileName(ROOT_VERSIONS.at(-1)),
      versions: Object.fromEntries(ROOT_VERSIONS.map((v) => [v, SCHEMA_BASE + schemaFileName(v)])),
    },
    {
      name: 'agent-policy-lint directory override',
      description: 'A directory override that narrows the repository policy for AI coding agents (.agent-policy.override.yml)',
      fileMatch: ['.agent-policy.override.yml', '.agent-policy.override.yaml'],
      url: SCHEMA_BASE + OVERRIDE_FILE,
    },
  ],
};
emit(join(root, 'schemas', 'schemastore-catalog.json'), JSON.stringify(catalog, null, 2) + '\n');

const ajv = new Ajv({
  allErrors: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  code: { source: true, esm: true, lines: true, optimize: true },
});
const exportsMap = {};
const meta = {};
const names = { ...Object.fromEntries(ROOT_VERSIONS.map((v) => [`root_${v.replace('.', '_')}`, schemaFileName(v)])), override_2: OVERRIDE_FILE };
for (const [name, file] of Object.entries(names)) {
  const schema = schemas[file];
  ajv.addSchema(strip(schema, ANNOTATIONS));
  exportsMap[name] = schema.$id;
  meta[name] = collectMeta(schema);
}
let code = standaloneCode(ajv, exportsMap);
if (/\brequire\(/.test(code)) throw new Error('generated validators need an ajv runtime module; avoid the keyword that pulls it in');
code =
  '// Generated by scripts/gen-validators.mjs from src/policy/schema/source.mjs. Do not edit.\n' +
  '/* eslint-disable */\n' +
  code +
  '\nexport const meta = ' +
  JSON.stringify(meta) +
  ';\n' +
  `export const SCHEMA_BASE = ${JSON.stringify(SCHEMA_BASE)};\n`;
const dts =
  '// Generated by scripts/gen-validators.mjs. Do not edit.\n' +
  'export interface AjvError {\n  instancePath: string;\n  schemaPath: string;\n  keyword: string;\n  params: Record<string, any>;\n  message?: string;\n}\n' +
  'export interface Validator {\n  (data: unknown): boolean;\n  errors?: AjvError[] | null;\n}\n' +
  Object.keys(names).map((n) => `export declare const ${n}: Validator;\n`).join('') +
  'export interface SchemaMeta {\n  /** Allowed property names by schema path. */\n  keys: Record<string, string[]>;\n  /** x-message texts by schema path. */\n  messages: Record<string, string>;\n}\n' +
  `export declare const meta: Record<${Object.keys(names).map((n) => `'${n}'`).join(' | ')}, SchemaMeta>;\n` +
  '/** Where editors load the published schemas from (src/policy/schema/source.mjs). */\n' +
  'export declare const SCHEMA_BASE: string;\n';
const outDir = join(root, 'src/policy/generated');
if (!check) mkdirSync(outDir, { recursive: true });
for (const [f, text] of [['validators.js', code], ['validators.d.ts', dts]]) emit(join(outDir, f), text);
if (stale.length) {
  process.stderr.write(`generated files are stale (run npm run build):\n${stale.map((p) => `  ${p}\n`).join('')}`);
  process.exit(1);
}

// Runs a precompiled schema validator and turns ajv's errors into one finding per real problem,
// worded for people and placed on the offending key or value.
import type { Finding } from '../report/finding.js';
import type { AjvError } from './generated/validators.js';
import { suggest } from './suggest.js';
import { meta as allMeta } from './generated/validators.js';
import type { SchemaChoice } from './versions.js';
import { displayPath, escapePointer, pointerSegments, type PositionMap } from './yaml.js';

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  null: 'empty',
};

/** Short name of a value's type for "(got …)". */
export function gotText(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  if (typeof value === 'string') {
    const v = value.length > 40 ? value.slice(0, 37) + '...' : value;
    return `string ${JSON.stringify(v)}`;
  }
  return typeof value;
}

export function valueAt(data: unknown, pointer: string): unknown {
  let cur: unknown = data;
  for (const seg of pointerSegments(pointer)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Object.prototype.hasOwnProperty.call(cur, seg) ? (cur as Record<string, unknown>)[seg] : undefined;
  }
  return cur;
}

const parentSchemaPath = (schemaPath: string) => schemaPath.slice(0, schemaPath.lastIndexOf('/'));

/** Root keys by schema name, for "needs version 2.1" hints. */
const ROOT_KEYS_BY_VERSION: [string, string[]][] = [
  ['1.0', allMeta.root_1_0.keys['#'] ?? []],
  ['2.0', allMeta.root_2_0.keys['#'] ?? []],
  ['2.1', allMeta.root_2_1.keys['#'] ?? []],
];

/** Keys that other versions spell differently. */
const RENAMED: Record<string, string> = { default_permissions: 'permissions', permissions: 'default_permissions' };

function versionHint(key: string, version: string | undefined): string | undefined {
  if (version?.startsWith('2.') && key === 'permissions') {
    return 'In version 2.x the root policy calls it default_permissions.';
  }
  if (version === '1.0' && key === 'default_permissions') {
    return 'Version 1.0 calls it permissions; default_permissions needs version "2.0" or later.';
  }
  const other = ROOT_KEYS_BY_VERSION.find(([v, keys]) => v !== version && keys.includes(key));
  return other ? `${key} needs version "${other[0]}" or later (this file says "${version}").` : undefined;
}

export interface ValidateContext {
  file: string;
  positions: PositionMap;
  /** The file's version, for hints. */
  version?: string;
  /** Whether this is the root policy (root-level version hints apply). */
  root: boolean;
}

export function validateWithSchema(data: unknown, schema: SchemaChoice, ctx: ValidateContext): Finding[] {
  if (schema.validate(data)) return [];
  const errors = [...(schema.validate.errors ?? [])];

  // oneOf branches only say which branch failed; the oneOf error itself carries our message.
  const branchPrefixes = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.schemaPath + '/');
  // A wrong type makes every other complaint about the same value noise.
  const typeWrong = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  // A misspelt key also shows up as a missing required one: report the spelling only.
  const meant = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const key = String(e.params.additionalProperty);
    const target = suggest(key, schema.meta.keys[parentSchemaPath(e.schemaPath)] ?? []) ?? (Object.hasOwn(RENAMED, key) ? RENAMED[key] : undefined);
    if (target) meant.add(`${e.instancePath}|${target}`);
  }
  const unknownAt = new Set(errors.filter((e) => e.keyword === 'additionalProperties').map((e) => e.instancePath));
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const e of errors) {
    if (branchPrefixes.some((p) => e.schemaPath.startsWith(p))) continue;
    if (e.keyword !== 'type' && typeWrong.has(e.instancePath)) continue;
    if (e.keyword === 'required' && meant.has(`${e.instancePath}|${String(e.params.missingProperty)}`)) continue;
    // An approval rule with an unknown key fails its oneOf because of that key: say it once.
    if (e.keyword === 'oneOf' && unknownAt.has(e.instancePath)) continue;
    const id = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push(translate(e, data, schema, ctx));
  }
  return findings;
}

function translate(e: AjvError, data: unknown, schema: SchemaChoice, ctx: ValidateContext): Finding {
  const path = e.instancePath;
  const where = displayPath(path);
  const value = valueAt(data, path);
  const place = (pointer: string, which: 'key' | 'value') => {
    const s = ctx.positions.at(pointer, which);
    return { file: ctx.file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn };
  };
  const head = (pointer: string) => {
    const s = ctx.positions.head(pointer);
    return { file: ctx.file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn };
  };
  const msgAt = (suffix: string) => schema.meta.messages[parentSchemaPath(e.schemaPath) + suffix];

  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const pointer = `${path}/${escapePointer(key)}`;
      const allowed = schema.meta.keys[parentSchemaPath(e.schemaPath)] ?? [];
      const near = suggest(key, allowed);
      const vHint =
        path !== ''
          ? undefined
          : ctx.root
            ? versionHint(key, ctx.version)
            : key === 'default_permissions'
              ? 'Overrides call it permissions (they apply to their directory only).'
              : undefined;
      const message = `unknown key "${key}"${path ? ` in ${where}` : ''}${near ? `; did you mean "${near}"?` : ''}`;
      return {
        ruleId: 'unknown-key',
        severity: 'error',
        message,
        hint: vHint ?? (near ? `Rename it to ${near}.` : `Allowed here: ${allowed.join(', ')}.`),
        ...place(pointer, 'key'),
        data: { key, suggestion: near, allowed },
      };
    }
    case 'required': {
      const key = String(e.params.missingProperty);
      return {
        ruleId: 'missing-key',
        severity: 'error',
        message: `${path ? where : 'the policy'} is missing the required key "${key}"`,
        hint: `Add ${key}: … ${path ? `to ${where}` : 'at the top level'}.`,
        ...head(path),
        data: { key },
      };
    }
    case 'type': {
      const expected = String(e.params.type)
        .split(',')
        .map((t) => TYPE_WORDS[t] ?? t)
        .join(' or ');
      let hint = `Write ${expected} here.`;
      if (typeof value === 'string' && (e.params.type === 'boolean' || e.params.type === 'integer' || e.params.type === 'number')) {
        hint = scalarHint(value, e.params.type);
      } else if (e.params.type === 'array' && typeof value === 'string') {
        hint = `Write a list: ${pointerSegments(path).pop() ?? 'key'}: [${JSON.stringify(value)}]`;
      }
      return {
        ruleId: 'invalid-type',
        severity: 'error',
        message: `${where} must be ${expected} (got ${gotText(value)})`,
        hint,
        ...place(path, 'value'),
        data: { expected: e.params.type },
      };
    }
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const near = typeof value === 'string' ? suggest(value, allowed) : undefined;
      return {
        ruleId: 'invalid-value',
        severity: 'error',
        message: `${where} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')} (got ${gotText(value)})${near ? `; did you mean "${near}"?` : ''}`,
        hint: near ? `Write ${JSON.stringify(near)}.` : `Use one of: ${allowed.join(', ')}.`,
        ...place(path, 'value'),
        data: { allowed },
      };
    }
    case 'pattern': {
      const text = msgAt('') ?? `must match ${String(e.params.pattern)}`;
      return {
        ruleId: 'invalid-value',
        severity: 'error',
        message: `${where} ${text} (got ${gotText(value)})`,
        hint: text === 'must not be empty' ? 'Write a reason people can read in review.' : `Change the value: it ${text}.`,
        ...place(path, 'value'),
      };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const words = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'greater than', exclusiveMaximum: 'less than' }[e.keyword];
      return {
        ruleId: 'invalid-value',
        severity: 'error',
        message: `${where} must be ${words} ${String(e.params.limit)} (got ${typeof value === 'number' ? value : gotText(value)})`,
        hint: `Use a value ${words} ${String(e.params.limit)}.`,
        ...place(path, 'value'),
      };
    }
    case 'oneOf': {
      const text = msgAt('') ?? 'must match exactly one alternative';
      const present =
        value && typeof value === 'object' ? Object.keys(value).filter((k) => /_pattern$/.test(k)) : [];
      const detail = present.length > 1 ? ` (it names ${present.join(' and ')})` : present.length === 0 ? ' (it names none)' : '';
      return {
        ruleId: 'invalid-value',
        severity: 'error',
        message: `${where} ${text}${detail}`,
        hint: present.length > 1 ? 'Split it into one rule per pattern.' : 'Add the pattern this rule is about.',
        ...place(path, 'value'),
      };
    }
    default:
      return {
        ruleId: 'invalid-value',
        severity: 'error',
        message: `${where} ${e.message ?? 'is not valid'}`,
        ...place(path, 'value'),
      };
  }
}

/**
 * A string where a boolean or number belongs. YAML 1.2 reads unquoted `true` and `12` as such, so
 * a string that spells one was quoted; anything else (`maybe`, `yes`, `ten`) is a wrong value, and
 * "remove the quotes" would not help.
 */
function scalarHint(value: string, type: string): string {
  const spellsIt = type === 'boolean' ? /^(true|false)$/i.test(value.trim()) : /^-?\d+(\.\d+)?$/.test(value.trim());
  if (spellsIt) return 'Remove the quotes: YAML reads a quoted value as a string.';
  if (type === 'boolean') return /^(yes|no|on|off|y|n)$/i.test(value.trim()) ? `Write true or false: YAML 1.2 reads ${value} as a string.` : 'Write true or false.';
  return type === 'integer' ? 'Write a whole number.' : 'Write a number.';
}

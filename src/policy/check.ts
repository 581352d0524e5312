// One policy file, text in, findings out: YAML, version, schema, semantic checks. No I/O.
import { isScalar } from 'yaml';
import type { Finding } from '../report/finding.js';
import { semanticChecks, type FixOp, type PolicyFinding } from './semantic.js';
import { validateWithSchema } from './validate.js';
import {
  LATEST_VERSION,
  SUPPORTED_VERSIONS,
  isSupportedVersion,
  majorOf,
  overrideSchema,
  rootSchema,
  schemaId,
  versionInSchemaUrl,
  versionList,
} from './versions.js';
import { parseYaml, type ParsedYaml, type Span } from './yaml.js';

export type PolicyFileKind = 'root' | 'override';

export interface CheckOptions {
  /** Path used in findings (absolute, or as the caller wants it shown). */
  file: string;
  kind: PolicyFileKind;
  /** Absolute directory of the root policy. */
  rootDir: string;
  /** For overrides: the root's version, when known. */
  rootVersion?: string;
  /** See SemanticContext (absolute patterns meant as repository paths). */
  isRepoEntry?: (name: string) => boolean;
  isAbsoluteEntry?: (name: string) => boolean;
}

export interface CheckedFile {
  file: string;
  kind: PolicyFileKind;
  parsed: ParsedYaml;
  /** The document as plain data (version as a string), when it is a mapping. */
  data?: Record<string, unknown>;
  /** The version the file declares, when it is a supported one. */
  version?: string;
  findings: PolicyFinding[];
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function checkPolicyText(text: string, opts: CheckOptions): CheckedFile {
  const parsed = parseYaml(text, opts.file);
  const findings: PolicyFinding[] = [...parsed.findings];
  const result: CheckedFile = { file: opts.file, kind: opts.kind, parsed, findings };
  if (parsed.data === undefined && findings.some((f) => f.severity === 'error')) return result;

  const place = (s: Span) => ({ file: opts.file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn });
  const contents = parsed.doc?.contents;
  if (contents === null || contents === undefined || (isScalar(contents) && contents.value === null && (contents.source ?? '') === '')) {
    findings.push({
      ruleId: 'empty-policy',
      severity: 'error',
      message: opts.kind === 'root' ? 'the policy file is empty' : 'the override file is empty',
      hint:
        opts.kind === 'root'
          ? `Start with version: "${LATEST_VERSION}" and default_permissions (agent-policy-lint init writes one).`
          : 'Add permissions: for this directory, or delete the file.',
      file: opts.file,
      line: 1,
      column: 1,
    });
    return result;
  }
  if (!isObj(parsed.data)) {
    const got = Array.isArray(parsed.data) ? 'a list' : `a single value (${JSON.stringify(parsed.data)})`;
    findings.push({
      ruleId: 'non-mapping-root',
      severity: 'error',
      message: `the ${opts.kind === 'root' ? 'policy' : 'override'} must be a mapping of keys (version: …, ${opts.kind === 'root' ? 'default_permissions' : 'permissions'}: …), not ${got}`,
      hint: 'Write the settings as key: value lines at the top level.',
      ...place(parsed.positions.head('')),
    });
    return result;
  }
  const data: Record<string, unknown> = { ...parsed.data };
  result.data = data;

  const version = readVersion(data, parsed, opts, findings);
  if (opts.kind === 'root' && version === undefined) return result;
  if (version !== undefined) data.version = version;
  result.version = version;

  if (opts.kind === 'root') {
    checkSchemaUrl(data, version!, parsed, opts, findings);
  } else if (version !== undefined && opts.rootVersion !== undefined && majorOf(version) !== majorOf(opts.rootVersion)) {
    findings.push({
      ruleId: 'version-mismatch',
      severity: 'error',
      message: `override version "${version}" does not have the root policy's major version (root: "${opts.rootVersion}")`,
      hint: `Write version: "${opts.rootVersion}" or remove version from the override.`,
      ...place(parsed.positions.at('/version')),
    });
  }
  checkSchemaComment(parsed, opts, version, findings);

  const schema = opts.kind === 'root' ? rootSchema(version as (typeof SUPPORTED_VERSIONS)[number]) : overrideSchema();
  findings.push(
    ...validateWithSchema(data, schema, { file: opts.file, positions: parsed.positions, version, root: opts.kind === 'root' }),
  );
  findings.push(
    ...semanticChecks(data, {
      file: opts.file,
      text,
      positions: parsed.positions,
      rootDir: opts.rootDir,
      kind: opts.kind,
      version,
      isRepoEntry: opts.isRepoEntry,
      isAbsoluteEntry: opts.isAbsoluteEntry,
    }),
  );
  return result;
}

/** The declared version as a string, reporting a missing, unquoted or unsupported one. */
function readVersion(data: Record<string, unknown>, parsed: ParsedYaml, opts: CheckOptions, findings: PolicyFinding[]): string | undefined {
  const place = (s: Span) => ({ file: opts.file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn });
  if (!('version' in data)) {
    if (opts.kind === 'override') return undefined;
    findings.push({
      ruleId: 'missing-version',
      severity: 'error',
      message: `the policy does not say its version; supported versions: ${versionList()}`,
      hint: `Add version: "${LATEST_VERSION}" as the first line.`,
      ...place(parsed.positions.head('')),
    });
    return undefined;
  }
  let v = data.version;
  const span = parsed.positions.at('/version');
  if (typeof v === 'number') {
    // `version: 2.1` is the number 2.1 in YAML; its source text says which version was meant.
    const node = parsed.positions.get('/version')?.node;
    const raw = node?.range ? parsed.text.slice(node.range[0], node.range[1]) : String(v);
    if (isSupportedVersion(raw)) {
      const fix: FixOp = { op: 'set', pointer: '/version', value: raw, quote: true };
      findings.push({
        ruleId: 'unquoted-version',
        severity: 'warning',
        message: `version ${raw} is written as a number; quote it: "${raw}"`,
        hint: `Write version: "${raw}" (agent-policy-lint --fix does it): YAML reads 2.10 as 2.1.`,
        ...place(span),
        fix,
      });
      return raw;
    }
    v = raw;
  }
  if (isSupportedVersion(v)) return v;
  const got = typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? 'a list' : v === null ? 'nothing' : typeof v;
  // Only spellings of a supported version (v2.1, 2.1.0, 2): nearby numbers are other versions.
  const near =
    typeof v === 'string'
      ? (SUPPORTED_VERSIONS as readonly string[]).find((s) => s === v.replace(/^v/i, '') || s === v.replace(/\.0$/, '') || s === `${v}.0`)
      : undefined;
  findings.push({
    ruleId: 'unsupported-version',
    severity: 'error',
    message: `unsupported policy version ${got}; supported versions: ${versionList()}${near ? `; did you mean "${near}"?` : ''}`,
    hint: `Write one of the supported versions, e.g. version: "${near ?? LATEST_VERSION}".`,
    ...place(span),
    data: { supported: [...SUPPORTED_VERSIONS] },
  });
  return undefined;
}

function checkSchemaUrl(data: Record<string, unknown>, version: string, parsed: ParsedYaml, opts: CheckOptions, findings: Finding[]): void {
  if (typeof data.schema_url !== 'string') return;
  const named = versionInSchemaUrl(data.schema_url);
  if (named === version) return;
  const s = parsed.positions.at('/schema_url');
  findings.push({
    ruleId: 'schema-url-mismatch',
    severity: 'error',
    message: named
      ? `schema_url names version ${named}, but the policy says version "${version}"`
      : `schema_url does not name a policy schema version (expected one ending in agent-policy-${version}.schema.json or v${version}.json)`,
    hint: `Point schema_url at ${schemaId(version)}.`,
    file: opts.file,
    line: s.line,
    column: s.column,
    endLine: s.endLine,
    endColumn: s.endColumn,
  });
}

const SCHEMA_COMMENT = /^[ \t]*#[ \t]*yaml-language-server:[ \t]*\$schema=(\S+)/m;

/** The `# yaml-language-server: $schema=…` line, if present, must name this file's schema. */
function checkSchemaComment(parsed: ParsedYaml, opts: CheckOptions, version: string | undefined, findings: Finding[]): void {
  const m = SCHEMA_COMMENT.exec(parsed.text);
  if (!m) return;
  const url = m[1]!;
  const named = versionInSchemaUrl(url);
  if (named === undefined) return; // some other schema (a local copy): not ours to judge
  const isOverrideSchema = /agent-policy-override-/.test(url);
  let problem: string | undefined;
  if (opts.kind === 'override' && !isOverrideSchema) problem = 'names a root policy schema; overrides use agent-policy-override-2.schema.json';
  else if (opts.kind === 'root' && isOverrideSchema) problem = `names the override schema; the root policy uses agent-policy-${version}.schema.json`;
  else if (opts.kind === 'root' && version && named !== version) problem = `names version ${named}, but the policy says version "${version}"`;
  if (!problem) return;
  const start = m.index + m[0].length - url.length;
  const s = parsed.positions.span(start, start + url.length);
  findings.push({
    ruleId: 'schema-comment-mismatch',
    severity: 'warning',
    message: `the yaml-language-server $schema comment ${problem}`,
    hint: 'Point the comment at the schema for this file, or editors will validate it against the wrong one.',
    file: opts.file,
    line: s.line,
    column: s.column,
    endLine: s.endLine,
    endColumn: s.endColumn,
  });
}

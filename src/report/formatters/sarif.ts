import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, RelatedLocation, Severity, SourceRange } from '../finding.js';
import type { FormatContext, Formatter } from '../formatter.js';
import { helpUri as ruleHelpUri, type RuleMeta } from '../rule.js';
import { repositoryRoot, rootPolicy } from '../sarif-root.js';
import { SECURITY_SEVERITY } from '../security-severity.js';
import { bySeverity } from '../text.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/agent-policy-lint/agent-policy-lint';
const SRCROOT = '%SRCROOT%';
const FINGERPRINT_KEY = 'agentPolicyLint/v1';

/** GitHub code scanning's hard limit is 25,000 results a run; locations are shown up to 100. */
export const MAX_RESULTS = 25_000;
export const MAX_RELATED = 100;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0, one run, one rule descriptor per rule id used, as GitHub code scanning ingests it:
 * paths relative to %SRCROOT%, the repository root (not the working directory); every result has
 * a location with a region (whole-file findings point at line 1; findings about no file at the
 * root policy); partialFingerprints hash rule, file and message without its line numbers, so an
 * alert survives edits above it; security rules carry `security-severity`.
 */
export const formatSarif: Formatter = (findings, _summary, ctx) => JSON.stringify(toSarif(findings, ctx), null, 2) + '\n';

/** Where paths are resolved from and written relative to. */
interface Paths {
  cwd: string;
  root: string;
  /** The root policy (absolute), for findings that name no file. */
  policy?: string;
}

export function toSarif(all: readonly Finding[], ctx: FormatContext): Record<string, unknown> {
  const root = repositoryRoot(ctx.cwd);
  const paths: Paths = { cwd: ctx.cwd, root, policy: rootPolicy(ctx.cwd, root) };
  const kept = all.length > MAX_RESULTS ? keepMostSevere(all, MAX_RESULTS) : all;
  const ruleIds: string[] = [];
  const ruleIndex = new Map<string, number>();
  for (const f of kept) {
    if (!ruleIndex.has(f.ruleId)) {
      ruleIndex.set(f.ruleId, ruleIds.length);
      ruleIds.push(f.ruleId);
    }
  }
  const seen = new Map<string, number>();
  const results = kept.map((f) => toResult(f, ruleIndex.get(f.ruleId)!, seen, paths));
  const omitted = all.length - kept.length;
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'agent-policy-lint',
        version: ctx.toolVersion,
        semanticVersion: ctx.toolVersion,
        informationUri: INFORMATION_URI,
        rules: ruleIds.map((id) => toRuleDescriptor(id, kept.find((f) => f.ruleId === id)!, ctx.rulesMeta.get(id))),
      },
    },
    originalUriBaseIds: { [SRCROOT]: { uri: dirUri(root) } },
    results,
    // Positions come from JavaScript string offsets.
    columnKind: 'utf16CodeUnits',
  };
  if (omitted > 0) {
    run.invocations = [
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          { level: 'warning', message: { text: `${omitted} less severe results were left out (GitHub code scanning accepts at most ${MAX_RESULTS} a run).` } },
        ],
      },
    ];
  }
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

function keepMostSevere(all: readonly Finding[], n: number): Finding[] {
  const keep = new Set(bySeverity(all).slice(0, n));
  return all.filter((f) => keep.has(f));
}

function toRuleDescriptor(id: string, example: Finding, meta: RuleMeta | undefined): Record<string, unknown> {
  const uri = meta ? ruleHelpUri(id) : (example.helpUri ?? ruleHelpUri(id));
  const summary = meta?.summary ?? id;
  const docs = meta?.docs.trim() ?? '';
  const d: Record<string, unknown> = {
    id,
    name: pascalCase(id),
    shortDescription: { text: summary },
    fullDescription: { text: firstParagraph(docs) || summary },
    helpUri: uri,
    help: {
      text: `${summary}\nSee ${uri}`,
      markdown: `${docs || summary}\n\n[${id} in the rules reference](${uri})`,
    },
    defaultConfiguration: { level: LEVEL[meta?.severity ?? example.severity] },
  };
  const security = SECURITY_SEVERITY[id];
  d.properties = {
    tags: ['agent-policy', meta?.category, security && 'security'].filter((t): t is string => Boolean(t)),
    ...(security ? { 'security-severity': security } : {}),
  };
  return d;
}

function toResult(f: Finding, index: number, seen: Map<string, number>, paths: Paths): Record<string, unknown> {
  const r: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex: index,
    level: LEVEL[f.severity],
    message: { text: f.hint ? `${f.message}\n${f.hint}` : f.message },
  };
  const primary = primaryLocation(f, paths);
  if (primary) r.locations = [{ physicalLocation: physicalLocation(primary, paths) }];
  const related = (f.related ?? []).filter((l) => isFile(l.file));
  if (related.length > 0) r.relatedLocations = related.slice(0, MAX_RELATED).map((l, i) => relatedLocation(l, i, paths));
  r.partialFingerprints = { [FINGERPRINT_KEY]: fingerprint(f, seen, paths) };
  const props: Record<string, unknown> = {};
  if (f.witness !== undefined) props.witness = f.witness;
  if (f.data !== undefined) props.data = f.data;
  if (related.length > MAX_RELATED) props.omittedRelatedLocations = related.length - MAX_RELATED;
  if (Object.keys(props).length > 0) r.properties = props;
  return r;
}

function relatedLocation(l: RelatedLocation, i: number, paths: Paths): Record<string, unknown> {
  return { id: i, physicalLocation: physicalLocation(l, paths), message: { text: l.message } };
}

/** A path, not a glob or an empty name: code scanning cannot show a result on anything else. */
function isFile(file: string): boolean {
  return file !== '' && !/[*?[\]{}]/.test(file);
}

/** The finding's own place, or for a finding about no file (a glob, a flag), the root policy's first line. */
function primaryLocation(f: Finding, paths: Paths): SourceRange | undefined {
  if (isFile(f.file)) return f;
  return paths.policy ? { file: paths.policy, line: 1, column: 1 } : undefined;
}

/** The path relative to the repository root, with `/`; undefined when the file is outside it. */
function repositoryPath(file: string, paths: Paths): string | undefined {
  const rel = relative(paths.root, resolve(paths.cwd, file));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

function physicalLocation(loc: SourceRange, paths: Paths): Record<string, unknown> {
  const inRepo = repositoryPath(loc.file, paths);
  const artifactLocation = inRepo !== undefined ? { uri: relativeUri(inRepo), uriBaseId: SRCROOT } : { uri: pathToFileURL(resolve(paths.cwd, loc.file)).href };
  return { artifactLocation, region: toRegion(loc) };
}

/** Every result gets a region: a whole-file finding (line 0) points at the first line. */
function toRegion(loc: SourceRange): Record<string, number> {
  if (!(loc.line >= 1)) return { startLine: 1 };
  const region: Record<string, number> = { startLine: loc.line };
  if (loc.column >= 1) region.startColumn = loc.column;
  if (loc.endLine !== undefined && loc.endLine >= loc.line) {
    region.endLine = loc.endLine;
    const sameLine = loc.endLine === loc.line;
    if (loc.endColumn !== undefined && loc.endColumn >= 1 && (!sameLine || loc.endColumn >= (region.startColumn ?? 1))) {
      region.endColumn = loc.endColumn;
    }
  }
  return region;
}

/** Percent-encode each path segment; `/` stays the separator. */
export function relativeUri(file: string): string {
  return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

function dirUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * Stable across line moves: rule, repository path and the message with the `file:line[:col]`
 * references it quotes reduced to `file` (adding a line above moves every one of them). The n-th
 * identical (rule, file, message) gets its own print.
 */
function fingerprint(f: Finding, seen: Map<string, number>, paths: Paths): string {
  const file = (isFile(f.file) ? repositoryPath(f.file, paths) : undefined) ?? f.file;
  const base = createHash('sha256').update(`${f.ruleId}\0${file}\0${withoutPositions(f.message)}`).digest('hex').slice(0, 32);
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return n === 1 ? base : `${base}:${n}`;
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** The docs' opening prose paragraph (not a heading, list or code block), on one line. */
function firstParagraph(markdown: string): string {
  const first = (markdown.split(/\n\s*\n/)[0] ?? '').trim();
  if (/^(#|```|~~~|[-*+] |\d+\. |\||>)/.test(first)) return '';
  return first.replace(/\s*\n\s*/g, ' ');
}

/** Drops `:line` and `:line:col` after each word (`.agent-policy.yml:16:9` → `.agent-policy.yml`); linear. */
export function withoutPositions(message: string): string {
  return message
    .split(/(\s+)/)
    .map((word) => {
      const m = /^(.*?[^:\d])((?::\d+){1,2})([),.;]*)$/.exec(word);
      return m ? m[1]! + m[3]! : word;
    })
    .join('');
}

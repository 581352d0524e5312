import { createHash } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, RelatedLocation, Severity, SourceRange } from '../finding.js';
import type { FormatContext, Formatter } from '../formatter.js';
import { helpUri as ruleHelpUri, type RuleMeta } from '../rule.js';
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
 * SARIF 2.1.0, one run, one rule descriptor per rule id used. Paths are relative to %SRCROOT%
 * (ctx.cwd). Whole-file findings (line 0) have no region. partialFingerprints hash rule, file and
 * message (not the line), so an alert survives edits above it.
 */
export const formatSarif: Formatter = (findings, _summary, ctx) => JSON.stringify(toSarif(findings, ctx), null, 2) + '\n';

export function toSarif(all: readonly Finding[], ctx: FormatContext): Record<string, unknown> {
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
  const results = kept.map((f) => toResult(f, ruleIndex.get(f.ruleId)!, seen));
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
    originalUriBaseIds: { [SRCROOT]: { uri: dirUri(ctx.cwd) } },
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
  d.properties = { tags: ['agent-policy', meta?.category].filter((t): t is string => Boolean(t)) };
  return d;
}

function toResult(f: Finding, index: number, seen: Map<string, number>): Record<string, unknown> {
  const r: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex: index,
    level: LEVEL[f.severity],
    message: { text: f.hint ? `${f.message}\n${f.hint}` : f.message },
  };
  if (f.file) r.locations = [{ physicalLocation: physicalLocation(f) }];
  const related = (f.related ?? []).filter((l) => l.file);
  if (related.length > 0) r.relatedLocations = related.slice(0, MAX_RELATED).map(relatedLocation);
  r.partialFingerprints = { [FINGERPRINT_KEY]: fingerprint(f, seen) };
  const props: Record<string, unknown> = {};
  if (f.witness !== undefined) props.witness = f.witness;
  if (f.data !== undefined) props.data = f.data;
  if (related.length > MAX_RELATED) props.omittedRelatedLocations = related.length - MAX_RELATED;
  if (Object.keys(props).length > 0) r.properties = props;
  return r;
}

function relatedLocation(l: RelatedLocation, i: number): Record<string, unknown> {
  return { id: i, physicalLocation: physicalLocation(l), message: { text: l.message } };
}

function physicalLocation(loc: SourceRange): Record<string, unknown> {
  const artifactLocation = isAbsolute(loc.file) ? { uri: pathToFileURL(loc.file).href } : { uri: relativeUri(loc.file), uriBaseId: SRCROOT };
  const region = toRegion(loc);
  return region ? { artifactLocation, region } : { artifactLocation };
}

function toRegion(loc: SourceRange): Record<string, number> | undefined {
  if (!(loc.line >= 1)) return undefined;
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

/** Stable across line moves; the n-th identical (rule, file, message) gets its own print. */
function fingerprint(f: Finding, seen: Map<string, number>): string {
  const base = createHash('sha256').update(`${f.ruleId}\0${f.file}\0${f.message}`).digest('hex').slice(0, 32);
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

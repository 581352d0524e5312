// --format splunk-hec: the OCSF events of --format ocsf, each in a Splunk HTTP Event Collector
// envelope (one JSON object per line: POST the file to /services/collector/event).
import { hostname } from 'node:os';
import type { Finding, Summary } from '../finding.js';
import type { FormatContext } from '../formatter.js';
import { hecEnvelope } from '../ocsf/hec.js';
import { findingEvents } from './ocsf.js';

export function formatSplunkHec(findings: readonly Finding[], _summary: Summary, ctx: FormatContext): string {
  const meta = { toolVersion: ctx.toolVersion, host: hostname(), now: Date.now() };
  return findingEvents(findings, ctx)
    .map((e) => JSON.stringify(hecEnvelope(e, meta, String((e.unmapped as { file: string }).file))) + '\n')
    .join('');
}

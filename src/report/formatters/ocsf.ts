// --format ocsf: OCSF JSON Lines (docs/siem.md). The replayed decisions were written as they were
// decided (src/report/decision.ts); this adds a Detection Finding for each error finding.
import { hostname } from 'node:os';
import type { Finding, Summary } from '../finding.js';
import type { FormatContext } from '../formatter.js';
import type { DecisionMeta } from '../decision.js';
import { ocsfFindingEvent } from '../ocsf/events.js';

export function findingEvents(findings: readonly Finding[], ctx: FormatContext): Array<Record<string, unknown>> {
  const meta: DecisionMeta = { toolVersion: ctx.toolVersion, host: hostname(), now: Date.now() };
  return findings.filter((f) => f.severity === 'error').map((f) => ocsfFindingEvent(f, meta, ctx.policyVersion));
}

export function formatOcsf(findings: readonly Finding[], _summary: Summary, ctx: FormatContext): string {
  return findingEvents(findings, ctx).map((e) => JSON.stringify(e) + '\n').join('');
}

// Splunk HTTP Event Collector envelopes (/services/collector/event): one JSON object per event.
import type { DecisionMeta } from '../decision.js';

export const HEC_SOURCETYPE = 'ocsf:agent-policy-lint';

export function hecEnvelope(event: Record<string, unknown>, meta: DecisionMeta, source: string): Record<string, unknown> {
  // HEC's time is epoch seconds (a decimal for milliseconds); OCSF's is milliseconds.
  return { time: (event.time as number) / 1000, host: meta.host, source, sourcetype: HEC_SOURCETYPE, event };
}

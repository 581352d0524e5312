// Encoding one replayed decision as a line of a streamed report (json, ocsf, splunk-hec). Apart
// from decision.ts so that the OCSF mapping can import the decision's types without a cycle.
import type { DecisionFormat, DecisionMeta, ReplayedDecision } from './decision.js';

export type DecisionEncoder = (d: ReplayedDecision) => string;

/** The encoder of a decision format (loaded on demand: a run pays only for the one it uses). */
export async function decisionEncoder(format: DecisionFormat, meta: DecisionMeta): Promise<DecisionEncoder> {
  switch (format) {
    case 'json':
      return (d) => JSON.stringify(d) + '\n';
    case 'ocsf': {
      const { ocsfDecisionEvent } = await import('./ocsf/events.js');
      return (d) => JSON.stringify(ocsfDecisionEvent(d, meta)) + '\n';
    }
    case 'splunk-hec': {
      const { ocsfDecisionEvent } = await import('./ocsf/events.js');
      const { hecEnvelope } = await import('./ocsf/hec.js');
      return (d) => JSON.stringify(hecEnvelope(ocsfDecisionEvent(d, meta), meta, d.log)) + '\n';
    }
  }
}

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
      const { ocsfEventEncoder } = await import('./ocsf/line.js');
      return ocsfEventEncoder(meta, '\n');
    }
    case 'splunk-hec': {
      const { hecEventEncoder } = await import('./ocsf/line.js');
      return hecEventEncoder(meta, '\n');
    }
  }
}

// Encoding one replayed decision as a line of a streamed report (json, ocsf, splunk-hec). Apart
// from decision.ts so that the OCSF mapping can import the decision's types without a cycle.
import type { DecisionEncoder, DecisionFormat, DecisionMeta } from './decision.js';

/** The encoder of a decision format (loaded on demand: a run pays only for the one it uses). */
export async function decisionEncoder(format: DecisionFormat, meta: DecisionMeta): Promise<DecisionEncoder> {
  switch (format) {
    case 'json':
      return (d, out) => out.text(JSON.stringify(d) + '\n');
    case 'ocsf': {
      const { ocsfEventWriter } = await import('./ocsf/line.js');
      return ocsfEventWriter(meta, '\n');
    }
    case 'splunk-hec': {
      const { hecEventWriter } = await import('./ocsf/line.js');
      return hecEventWriter(meta, '\n');
    }
  }
}

// Encoding one replayed decision as a line of a streamed report (json, ocsf, splunk-hec). Apart
// from decision.ts so that the OCSF mapping can import the decision's types without a cycle.
import type { DecisionFormat, DecisionMeta, ReplayedDecision } from './decision.js';

/**
 * Where an encoder writes a line, as UTF-8 bytes (src/replay/byte-lines.ts): constant parts as
 * bytes made once, what varies as it comes, with no string built per line.
 */
export interface JsonOut {
  raw(bytes: Uint8Array): void;
  /** Text that is JSON already, as UTF-8. */
  text(s: string): void;
  /** A string as a JSON string literal (what JSON.stringify gives). */
  quoted(s: string): void;
  /** A number as JSON writes it. */
  num(n: number): void;
}

/** Writes one decision's line (with its end) to out. */
export type DecisionEncoder = (d: ReplayedDecision, out: JsonOut) => void;

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

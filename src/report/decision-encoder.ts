// Encoding one replayed decision as a line of a streamed report (json, ocsf, splunk-hec). Apart
// from decision.ts so that the OCSF mapping can import the decision's types without a cycle.
import type { DecidingRuleRef, DecisionFormat, DecisionMeta, ReplayedDecision } from './decision.js';

export type DecisionEncoder = (d: ReplayedDecision) => string;

/**
 * What the replay keeps per engine Decision (src/replay/decision-record.ts): one object for every
 * action the decider answered with the same Decision, reached from each record through DECIDED
 * (a symbol: no JSON writes it). The deciding rule is the Decision's; the rest is for encoders to
 * cache text in, which they check against the record before reuse (a cache, never a source).
 */
export interface Decided {
  /** The repository root the rule's file is relative to. */
  root: string;
  rule: DecidingRuleRef | undefined;
  /** Encoders' cached text (src/report/ocsf/line.ts): valid only for the inputs stored beside it. */
  reason?: string;
  messageJson?: string;
  policyRule?: DecidingRuleRef;
  policyOutcome?: string;
  policyVerdict?: string;
  policyVersion?: string;
  policyJson?: string;
  subject?: string;
  subjectKind?: string;
  subjectJson?: string;
}

export const DECIDED: unique symbol = Symbol('decided');

/** A record as the replay builds it: what it shares with other records of the same Decision. */
export interface RecordedDecision extends ReplayedDecision {
  [DECIDED]?: Decided | undefined;
}

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

// What drift needs from an agent's permission files, whatever the agent: its rules, each able to
// give example subjects it covers and to say whether it matches one, and the agent's own decision
// for a subject (its precedence and defaults). One drift check (drift-check.ts) serves all agents.
import type { Finding } from '../report/finding.js';
import type { WitnessKind } from './drift-decide.js';
import type { NativeEffect, NativePlace } from './types.js';

export interface Candidate {
  kind: WitnessKind;
  subject: string;
  op?: 'read' | 'write';
}

export interface NativeRuleView extends NativePlace {
  effect: NativeEffect;
  /** As written, for messages. */
  raw: string;
  kind: WitnessKind;
  op?: 'read' | 'write';
  /** Examples of what the rule itself covers (policy examples are added by drift). */
  examples(): Candidate[];
  matches(c: Candidate): boolean;
  /** Why it can never apply, if it cannot. */
  neverApplies?: string;
}

export interface NativeModel {
  agent: string;
  rules: NativeRuleView[];
  /** The agent's decision for a subject (all its rules, precedence and defaults). */
  decides(c: Candidate): NativeEffect;
  /** Reading problems and settings that switch checks off, already as findings. */
  findings: Finding[];
}

// Shared shapes of the native adapter: where a native rule sits, what an import produces.
import type { Finding } from '../report/finding.js';

export type AgentName = 'claude' | 'codex' | 'gemini' | 'cursor';
export const AGENT_NAMES: readonly AgentName[] = ['claude', 'codex', 'gemini', 'cursor'];

/** Where something sits in a native file (1-based). */
export interface NativePlace {
  file: string;
  line: number;
  column: number;
}

/** How the agent treats a matching call. */
export type NativeEffect = 'allow' | 'ask' | 'deny';

/** One rule of a policy being drafted, with the native rule(s) it came from. */
export interface DraftRule {
  pattern: string;
  /** `file:line  RULE` as a YAML comment shows it. */
  sources: string[];
}

export interface DraftApproval extends DraftRule {
  kind: 'file' | 'command' | 'host' | 'tool';
}

/** A policy under construction (written out as 2.1 YAML by policy-yaml.ts). */
export interface DraftPolicy {
  header: string[];
  filesystem: { allow: DraftRule[]; deny: DraftRule[] };
  commands: { allow: DraftRule[]; deny: DraftRule[] };
  network: { allowOutbound?: boolean; exceptions: DraftRule[]; deny: DraftRule[] };
  tools: { allow: DraftRule[]; deny: DraftRule[] };
  approvals: DraftApproval[];
}

export interface ImportResult {
  draft: DraftPolicy;
  /** import-approximated and unreadable-input findings, at the native file's lines. */
  findings: Finding[];
}

export function emptyDraft(header: string[] = []): DraftPolicy {
  return {
    header,
    filesystem: { allow: [], deny: [] },
    commands: { allow: [], deny: [] },
    network: { exceptions: [], deny: [] },
    tools: { allow: [], deny: [] },
    approvals: [],
  };
}

/** Adds a rule to a list, merging sources when the pattern is already there. */
export function addRule(list: DraftRule[], pattern: string, source: string): void {
  const found = list.find((r) => r.pattern === pattern);
  if (found) {
    if (!found.sources.includes(source)) found.sources.push(source);
  } else list.push({ pattern, sources: [source] });
}

export function addApproval(list: DraftApproval[], kind: DraftApproval['kind'], pattern: string, source: string): void {
  const found = list.find((r) => r.kind === kind && r.pattern === pattern);
  if (found) {
    if (!found.sources.includes(source)) found.sources.push(source);
  } else list.push({ kind, pattern, sources: [source] });
}

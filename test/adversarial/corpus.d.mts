// Types of ./corpus.mjs for corpus.test.ts.
export type Outcome = 'allow' | 'deny' | 'needs-approval';
export type Mode = 'explain' | 'replay' | 'staged';
export interface Case {
  id: string;
  policy: string;
  command?: string;
  path?: string;
  op?: 'read' | 'write' | 'delete';
  host?: string;
  log?: unknown[];
  line?: number;
  symlink?: string;
  cwd?: string;
  expect: Outcome;
  tags: string[];
  why: string;
  file: string;
  modes: Mode[];
}
export interface Result {
  got: Outcome | 'error' | 'blocked-attempt';
  detail: string;
  /** explain only: wall time and CPU time of the decision, in milliseconds. */
  ms?: number;
  cpuMs?: number;
  trace: boolean;
}
export const OUTCOMES: Outcome[];
export const FAMILIES: string[];
export const MODES: Mode[];
export function expandTemplate(s: string): string;
export function loadCorpus(root: string): Case[];
export function loadPending(root: string): Set<string>;
export function decideCorpus(root: string, cases: Case[], opts?: { cli?: string }): Map<string, Result>;
export function explainOnce(root: string, c: Case, opts?: { cli?: string }): string;

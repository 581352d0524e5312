// GitHub shows at most 10 error and 10 warning annotations per step: choose which, errors first.
import type { Finding } from '../report/finding.js';
import { githubCommand } from '../report/formatters/github.js';

export const MAX_PER_LEVEL = 10;

export interface AnnotationPlan {
  /** Findings to print as workflow commands, errors first, then warnings. */
  shown: Finding[];
  /** Errors and warnings left for the job summary and the SARIF file. */
  hiddenErrors: number;
  hiddenWarnings: number;
}

/**
 * `reserved` counts warnings the run prints itself (a label note), which share the step's
 * ten. Infos are never annotated: the summary and the SARIF file carry them.
 */
export function planAnnotations(findings: readonly Finding[], reserved = { errors: 0, warnings: 0 }): AnnotationPlan {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const maxE = Math.max(0, MAX_PER_LEVEL - reserved.errors);
  const maxW = Math.max(0, MAX_PER_LEVEL - reserved.warnings);
  return {
    shown: [...errors.slice(0, maxE), ...warnings.slice(0, maxW)],
    hiddenErrors: Math.max(0, errors.length - maxE),
    hiddenWarnings: Math.max(0, warnings.length - maxW),
  };
}

export function annotationCommands(plan: AnnotationPlan): string[] {
  return plan.shown.map(githubCommand);
}

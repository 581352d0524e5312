/** The one shape every check reports. Formatters only ever see this. */
export type Severity = 'error' | 'warning' | 'info';

export interface SourceRange {
  /** Path as given while checking; made relative to the working directory before formatting. */
  file: string;
  /** 1-based. 0 means "the file as a whole" (no position). */
  line: number;
  /** 1-based. */
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface RelatedLocation extends SourceRange {
  message: string;
}

export interface Finding extends SourceRange {
  ruleId: string;
  severity: Severity;
  /** One line, for people. Never contains a secret. */
  message: string;
  /** How to fix it, one line. */
  hint?: string;
  related?: RelatedLocation[];
  helpUri?: string;
  /** A concrete path, command or host that shows the problem (conflict analysis, replay). */
  witness?: string;
  /** Extra machine-readable facts (json/sarif properties). Never contains a secret. */
  data?: Record<string, unknown>;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
}

export function summarize(findings: readonly Finding[], filesChecked: number): Summary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos, files: filesChecked };
}

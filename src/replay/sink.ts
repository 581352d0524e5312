import type { Finding } from '../report/finding.js';
import { redactDeep, redactText, type SecretHit } from './secrets.js';

/** Findings of one rule listed per log file; the rest are counted (memory stays bounded). */
export const MAX_FINDINGS_PER_RULE = 1000;

/**
 * Collects findings: redacts every text field (the secrets found on the line, then anything a
 * detector recognises) and caps each rule per file, reporting the overflow as one finding.
 */
export class FindingSink {
  readonly findings: Finding[] = [];
  private readonly counts = new Map<string, Map<string, { file: string; ruleId: string; severity: Finding['severity']; n: number }>>();

  /**
   * full: rules to count without building (a worker's slice, whose rules the main thread has
   * already listed to the cap: building and shipping findings that are dropped cost more than the slice).
   */
  constructor(
    private readonly cap = MAX_FINDINGS_PER_RULE,
    private readonly full?: ReadonlySet<string>,
  ) {}

  /** Adds a finding; returns it (redacted), or undefined when over the cap. */
  add(f: Finding, hits: readonly SecretHit[] = []): Finding | undefined {
    return this.admit(f.file, f.ruleId, f.severity) ? this.push(f, hits) : undefined;
  }

  /**
   * Counts one finding of this rule in this file; false when it is over the cap (then it is only
   * counted: callers skip building it). Call push() after a true.
   */
  admit(file: string, ruleId: string, severity: Finding['severity']): boolean {
    return ++this.counter(file, ruleId, severity).n <= this.cap && !this.full?.has(ruleId);
  }

  /** The rules of this file listed to the cap: more are only counted. */
  fullRules(file: string): string[] {
    const byRule = this.counts.get(file);
    return byRule ? [...byRule.values()].filter((c) => c.n >= this.cap).map((c) => c.ruleId) : [];
  }

  private counter(file: string, ruleId: string, severity: Finding['severity']): { n: number } {
    const byRule = this.counts.get(file);
    let c = byRule?.get(ruleId);
    if (!c) {
      c = { file, ruleId, severity, n: 0 };
      if (byRule) byRule.set(ruleId, c);
      else this.counts.set(file, new Map([[ruleId, c]]));
    }
    return c;
  }

  /** Counts n findings that were made (and capped) elsewhere: a worker's slice. */
  countOnly(file: string, ruleId: string, severity: Finding['severity'], n: number): void {
    this.counter(file, ruleId, severity).n += n;
  }

  /** Per-rule totals (for a worker to hand its counts on). */
  totals(): Array<[ruleId: string, severity: Finding['severity'], n: number]> {
    return [...this.counts.values()].flatMap((m) => [...m.values()].map((c): [string, Finding['severity'], number] => [c.ruleId, c.severity, c.n]));
  }

  push(f: Finding, hits: readonly SecretHit[] = []): Finding {
    const safe = redactFinding(f, hits);
    this.findings.push(safe);
    return safe;
  }

  /** All findings, with one summary per capped rule and file. */
  all(): Finding[] {
    const out = [...this.findings];
    for (const c of [...this.counts.values()].flatMap((m) => [...m.values()])) {
      if (c.n <= this.cap) continue;
      out.push({
        ruleId: c.ruleId,
        severity: c.severity,
        file: c.file,
        // Positions are 1-based in every format; the summary belongs to the log as a whole.
        line: 1,
        column: 1,
        message: `${c.n - this.cap} more ${c.ruleId} findings in this log are not listed (the first ${this.cap} are)`,
        data: { total: c.n, listed: this.cap },
      });
    }
    return out;
  }
}

export function redactFinding(f: Finding, hits: readonly SecretHit[]): Finding {
  const out: Finding = { ...f, message: redactText(f.message, hits) };
  if (f.hint !== undefined) out.hint = redactText(f.hint, hits);
  if (f.witness !== undefined) out.witness = redactText(f.witness, hits);
  if (f.data !== undefined) out.data = redactDeep(f.data, hits);
  if (f.related !== undefined) out.related = f.related.map((r) => ({ ...r, message: redactText(r.message, hits) }));
  return out;
}

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
  private readonly counts = new Map<string, { file: string; ruleId: string; severity: Finding['severity']; n: number }>();

  constructor(private readonly cap = MAX_FINDINGS_PER_RULE) {}

  /** Adds a finding; returns it (redacted), or undefined when over the cap. */
  add(f: Finding, hits: readonly SecretHit[] = []): Finding | undefined {
    const key = `${f.file}\u0000${f.ruleId}`;
    let c = this.counts.get(key);
    if (!c) {
      c = { file: f.file, ruleId: f.ruleId, severity: f.severity, n: 0 };
      this.counts.set(key, c);
    }
    c.n++;
    if (c.n > this.cap) return undefined;
    const safe = redactFinding(f, hits);
    this.findings.push(safe);
    return safe;
  }

  /** All findings, with one summary per capped rule and file. */
  all(): Finding[] {
    const out = [...this.findings];
    for (const c of this.counts.values()) {
      if (c.n <= this.cap) continue;
      out.push({
        ruleId: c.ruleId,
        severity: c.severity,
        file: c.file,
        line: 0,
        column: 0,
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

// Drift between an agent's permission files and the policy (docs/native.md): a native allow that
// admits what the policy denies (with a witness the agent really lets through), a native deny or
// ask the policy lacks, and rules that can never apply.
import type { CompiledPolicy } from '../engine/index.js';
import type { Finding } from '../report/finding.js';
import { decideWitness, policyExamples } from './drift-decide.js';
import type { Candidate, NativeModel, NativeRuleView } from './model.js';
import { oneLine } from './positions.js';

const WHAT: Record<Candidate['kind'], string> = { command: 'the command', path: 'the path', host: 'the host', tool: 'the tool' };

function candidates(r: NativeRuleView, compiled: CompiledPolicy): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  const extra = policyExamples(compiled, r.kind).map((subject) => ({ kind: r.kind, subject, op: r.op }));
  for (const c of [...r.examples(), ...extra]) {
    const key = `${c.kind}\u0000${c.op ?? ''}\u0000${c.subject}`;
    if (seen.has(key) || !r.matches(c)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

export function driftFindings(model: NativeModel, compiled: CompiledPolicy): Finding[] {
  const findings: Finding[] = [...model.findings];
  const name = model.agent;
  for (const r of model.rules) {
    const at = { file: r.file, line: r.line, column: r.column };
    const shown = oneLine(r.raw, 80);
    if (r.neverApplies) {
      findings.push({ ...at, ruleId: 'native-rule-never-applies', severity: 'warning', message: `"${shown}" can never apply: ${r.neverApplies}` });
      continue;
    }
    const own = candidates(r, compiled);
    if (r.effect === 'allow') {
      let approval: { c: Candidate; reason: string } | undefined;
      let reported = false;
      for (const c of own) {
        if (model.decides(c) !== 'allow') continue;
        const d = decideWitness(compiled, c.kind, c.subject, c.op);
        if (d.outcome === 'deny') {
          findings.push({
            ...at,
            ruleId: 'native-allows-denied',
            severity: 'error',
            message: `${name}'s "${shown}" allows ${WHAT[c.kind]} "${c.subject}" without asking, but the policy denies it: ${d.reason}`,
            hint: `Narrow or delete the native rule, or regenerate the file with agent-policy-lint export --write.`,
            witness: c.subject,
            related: d.origin ? [{ ...d.origin, message: 'the policy rule that denies it' }] : undefined,
          });
          reported = true;
          break;
        }
        if (d.outcome === 'needs-approval' && !approval) approval = { c, reason: d.reason };
      }
      if (!reported && approval) {
        findings.push({
          ...at,
          ruleId: 'native-allows-denied',
          severity: 'warning',
          message: `${name}'s "${shown}" runs ${WHAT[approval.c.kind]} "${approval.c.subject}" without the approval the policy requires: ${approval.reason}`,
          hint: 'Make the native rule ask, or regenerate the file with agent-policy-lint export --write.',
          witness: approval.c.subject,
        });
      }
      continue;
    }
    // deny and ask: the agent is stricter where the policy allows the rule's own example.
    const stricter = r.examples().find((c) => r.matches(c) && decideWitness(compiled, c.kind, c.subject, c.op).outcome === 'allow');
    if (stricter) {
      findings.push({
        ...at,
        ruleId: 'native-stricter',
        severity: 'info',
        message: `${name} ${r.effect === 'deny' ? 'denies' : 'asks about'} "${shown}" (e.g. ${WHAT[stricter.kind]} "${stricter.subject}"), which the policy allows`,
        hint: 'Add the restriction to the policy if it should bind every agent.',
        witness: stricter.subject,
      });
    }
  }
  return findings;
}

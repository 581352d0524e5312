// Drift's side of the policy: a witness decided by the engine (never re-derived), and examples
// of what the policy's denies and approvals cover.
import { decide, type CompiledPolicy, type Decision } from '../engine/index.js';
import type { Origin } from '../policy/types.js';
import { commandExamples, globExamples, hostExamples } from './witness.js';

export type WitnessKind = 'command' | 'path' | 'host' | 'tool';

export function decideWitness(compiled: CompiledPolicy, kind: WitnessKind, subject: string, op: 'read' | 'write' = 'read'): { outcome: Decision['outcome']; reason: string; origin?: Origin } {
  const cwd = compiled.root;
  const d =
    kind === 'command'
      ? decide({ kind: 'command', command: subject, cwd }, compiled)
      : kind === 'path'
        ? decide({ kind: 'filesystem', op, paths: [subject], cwd }, compiled)
        : kind === 'host'
          ? decide({ kind: 'network', host: subject, cwd }, compiled)
          : decide({ kind: 'tool', tool: subject, cwd }, compiled);
  const rule = d.subjects.flatMap((s) => s.rules).find((r) => r.matched && (r.effect === 'deny' || r.effect === 'approval') && r.origin);
  return { outcome: d.outcome, reason: d.reason, origin: rule?.origin };
}

/** Examples of what the root policy's denies and approvals of one kind cover. */
export function policyExamples(compiled: CompiledPolicy, kind: WitnessKind): string[] {
  const root = compiled.set.root;
  const p = root.permissions;
  const approvals = root.constraints.requireHumanApproval;
  switch (kind) {
    case 'command':
      return [...p.commands.deny.map((r) => r.pattern), ...approvals.filter((a) => a.kind === 'command').map((a) => a.pattern)].flatMap(commandExamples);
    case 'path':
      return [...p.filesystem.deny.map((r) => r.pattern), ...approvals.filter((a) => a.kind === 'file').map((a) => a.pattern)].flatMap(globExamples);
    case 'host':
      return [...p.network.deny.map((r) => r.pattern), ...approvals.filter((a) => a.kind === 'host').map((a) => a.pattern)].flatMap(hostExamples);
    case 'tool':
      return [...p.tools.deny.map((r) => r.pattern), ...approvals.filter((a) => a.kind === 'tool').map((a) => a.pattern)].flatMap(commandExamples);
  }
}

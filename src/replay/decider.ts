// The replay's view of the engine: one decision per distinct action, cached.
import type { Action, Decision, SubjectDecision } from '../engine/types.js';

export interface Decider {
  /**
   * approvalValid: undefined when the action names no approval, else whether it counts.
   * Must not depend on anything but the action's fields, its agent and approvalValid.
   */
  decide(action: Action, approvalValid: boolean | undefined): Decision;
}

const CACHE_LIMIT = 200_000;

const ALLOWED: Decision = Object.freeze({ allowed: true, requiresApproval: false, approved: false, reason: 'allowed', subjects: [] as SubjectDecision[] });

/** One cached decision and what it was decided for, besides its subject. */
interface Slot {
  kind: string;
  agent: string | undefined;
  approval: boolean | undefined;
  cwd: string | undefined;
  decision: Decision;
}

/**
 * Caches decisions per (kind and op, subjects, agent, approval validity, cwd). Sound because a
 * decision depends only on those: timestamps, sessions and bypasses are applied after it. One map
 * lookup by subject (the string as logged), then a scan of the few slots that share it.
 */
export class CachedDecider implements Decider {
  private bySubject = new Map<string, Slot[]>();
  private size = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly inner: Decider) {}

  decide(action: Action, approvalValid: boolean | undefined): Decision {
    let kind: string;
    let subject: string;
    switch (action.kind) {
      case 'filesystem':
        kind = action.op;
        subject = action.paths.length === 1 ? action.paths[0]! : action.paths.join('\u0000');
        break;
      case 'command':
        kind = 'command';
        subject = action.command;
        break;
      case 'network':
        kind = 'network';
        subject = action.url === undefined ? `h\u0000${action.host ?? ''}` : `u\u0000${action.url}\u0000${action.host ?? ''}`;
        break;
      case 'tool':
        // Tool decisions go by name; parameters are not part of any tool rule.
        kind = 'tool';
        subject = action.tool;
        break;
    }
    const agent = action.agentId;
    const cwd = action.cwd;
    let slots = this.bySubject.get(subject);
    if (slots) {
      for (const s of slots) {
        if (s.kind === kind && s.agent === agent && s.approval === approvalValid && s.cwd === cwd) {
          this.hits++;
          return s.decision;
        }
      }
    }
    this.misses++;
    const d = this.inner.decide(action, approvalValid);
    // A plain "allowed" is all the replay needs to know of most decisions: keep one shared copy.
    const kept = d.allowed && !d.requiresApproval && !d.fileLimit?.exceeded ? ALLOWED : d;
    if (++this.size > CACHE_LIMIT) {
      this.bySubject = new Map();
      this.size = 0;
      slots = undefined;
    }
    const slot: Slot = { kind, agent, approval: approvalValid, cwd, decision: kept };
    if (slots) slots.push(slot);
    else this.bySubject.set(subject, [slot]);
    return kept;
  }
}

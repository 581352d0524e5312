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

type Level<T> = Map<string, T>;

/**
 * Caches decisions per (kind and op, agent, approval validity, cwd, subjects). Sound because a
 * decision depends only on those: timestamps, sessions and bypasses are applied after it. Nested
 * maps keyed by the strings as logged: no key is built by concatenation on the hot path.
 */
export class CachedDecider implements Decider {
  private root: Level<Level<Level<Level<Decision>>[]>> = new Map();
  private size = 0;
  private memo?: { kind: string; agent: string; approval: number; cwd: string; map: Level<Decision> };
  hits = 0;
  misses = 0;

  constructor(private readonly inner: Decider) {}

  decide(action: Action, approvalValid: boolean | undefined): Decision {
    let kindKey: string;
    let subject: string;
    switch (action.kind) {
      case 'filesystem':
        kindKey = action.op;
        subject = action.paths.length === 1 ? action.paths[0]! : action.paths.join('\u0000');
        break;
      case 'command':
        kindKey = 'command';
        subject = action.command;
        break;
      case 'network':
        kindKey = 'network';
        subject = action.url === undefined ? `h\u0000${action.host ?? ''}` : `u\u0000${action.url}\u0000${action.host ?? ''}`;
        break;
      case 'tool':
        // Tool decisions go by name; parameters are not part of any tool rule.
        kindKey = 'tool';
        subject = action.tool;
        break;
    }
    const agent = action.agentId ?? '';
    const approval = approvalValid === undefined ? 0 : approvalValid ? 1 : 2;
    const cwd = action.cwd ?? '';
    // Consecutive actions usually share kind, agent and cwd: remember where the last one went.
    let bySubject: Level<Decision>;
    const m = this.memo;
    if (m && m.kind === kindKey && m.agent === agent && m.approval === approval && m.cwd === cwd) {
      bySubject = m.map;
    } else {
      let byAgent = this.root.get(kindKey);
      if (!byAgent) this.root.set(kindKey, (byAgent = new Map()));
      let byApproval = byAgent.get(agent);
      if (!byApproval) byAgent.set(agent, (byApproval = [new Map(), new Map(), new Map()]));
      const byCwd = byApproval[approval]!;
      let found = byCwd.get(cwd);
      if (!found) byCwd.set(cwd, (found = new Map()));
      bySubject = found;
      const mm = (this.memo ??= { kind: kindKey, agent, approval, cwd, map: bySubject });
      mm.kind = kindKey;
      mm.agent = agent;
      mm.approval = approval;
      mm.cwd = cwd;
      mm.map = bySubject;
    }
    let d = bySubject.get(subject);
    if (d) {
      this.hits++;
      return d;
    }
    this.misses++;
    d = this.inner.decide(action, approvalValid);
    // A plain "allowed" is all the replay needs to know of most decisions: keep one shared copy.
    const kept = d.allowed && !d.requiresApproval && !d.fileLimit?.exceeded ? ALLOWED : d;
    if (++this.size > CACHE_LIMIT) {
      this.root = new Map();
      this.memo = undefined;
      this.size = 0;
    } else {
      bySubject.set(subject, kept);
    }
    return kept;
  }
}

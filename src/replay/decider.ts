// The replay's view of the engine: one decision per distinct action, cached.
import type { Action, Decision } from '../engine/types.js';

export interface Decider {
  /**
   * approvalValid: undefined when the action names no approval, else whether it counts.
   * Must not depend on anything but the action's fields, its agent and approvalValid.
   */
  decide(action: Action, approvalValid: boolean | undefined): Decision;
}

const CACHE_LIMIT = 100_000;

/**
 * Caches decisions per (kind, op, subjects, cwd, agent, approval validity). Sound because a
 * decision depends only on those: timestamps, sessions and bypasses are applied after it.
 */
export class CachedDecider implements Decider {
  private readonly cache = new Map<string, Decision>();
  hits = 0;
  misses = 0;

  constructor(private readonly inner: Decider) {}

  decide(action: Action, approvalValid: boolean | undefined): Decision {
    const key = keyOf(action, approvalValid);
    if (key === undefined) return this.inner.decide(action, approvalValid);
    let d = this.cache.get(key);
    if (d) {
      this.hits++;
      return d;
    }
    this.misses++;
    d = this.inner.decide(action, approvalValid);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, d);
    return d;
  }
}

function keyOf(a: Action, approvalValid: boolean | undefined): string | undefined {
  const head = `${a.agentId ?? ''}\u0001${approvalValid === undefined ? '-' : approvalValid ? '1' : '0'}\u0001${a.cwd ?? ''}\u0001`;
  switch (a.kind) {
    case 'filesystem':
      return `${head}f${a.op}\u0001${a.paths.join('\u0000')}`;
    case 'command':
      return `${head}c\u0001${a.command}`;
    case 'network':
      return `${head}n\u0001${a.host ?? ''}\u0001${a.url ?? ''}`;
    case 'tool':
      // Tool decisions go by name; parameters are not part of any tool rule.
      return `${head}t\u0001${a.tool}`;
  }
}

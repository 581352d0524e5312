// The replay's view of the engine: one decision per distinct action, cached.
import type { Action, Decision, SubjectDecision } from '../engine/types.js';

export interface Decider {
  /**
   * approvalValid: undefined when the action names no approval, else whether it counts.
   * Must not depend on anything but the action's fields, its agent and approvalValid.
   */
  decide(action: Action, approvalValid: boolean | undefined): Decision;
  /**
   * The agent as far as this decider's decisions go (agents that decide alike share a key;
   * undefined: like no agent). Without it, every agent id is its own.
   */
  agentKey?(agentId: string | undefined): string | undefined;
}

const CACHE_LIMIT = 200_000;
/** Contexts per kind compared directly before the map of all. */
const RECENT = 4;

const ALLOWED: Decision = Object.freeze({ outcome: 'allow', allowed: true, requiresApproval: false, approved: false, reason: 'allowed', subjects: [] as SubjectDecision[] });

/** What a decision depends on besides its subject: one subject map per such context. */
interface Context {
  kind: string;
  agent: string | undefined;
  approval: boolean | undefined;
  cwd: string | undefined;
  bySubject: Map<string, Decision>;
}

/**
 * Caches decisions per (kind and op, subjects, agent, approval validity, cwd). Sound because a
 * decision depends only on those: timestamps, sessions and bypasses are applied after it.
 * The context (agent, cwd, ...) is found among the few recent ones without a lookup, so a hit
 * is one map lookup by the subject as logged: on a large log, the memory each lookup touches
 * costs more than the decisions themselves.
 */
export class CachedDecider implements Decider {
  private readonly contexts = new Map<string, Context>();
  private readonly recent = new Map<string, Context[]>();
  private size = 0;
  private lastAgent: string | undefined;
  private lastAgentKey: string | undefined;
  hits = 0;
  misses = 0;

  /** keepRules: keep allowed decisions whole (their allow rules), for reports that show them. */
  constructor(
    private readonly inner: Decider,
    private readonly keepRules = false,
  ) {}

  decide(action: Action, approvalValid: boolean | undefined): Decision {
    let kind: string;
    let subject: string;
    switch (action.kind) {
      case 'filesystem':
        // A guess is decided by denies only: never the same decision as the path named for sure.
        kind = action.guessed ? `${action.op}?` : action.op;
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
    // Consecutive actions mostly name the agent of the one before.
    if (agent !== this.lastAgent) {
      this.lastAgent = agent;
      this.lastAgentKey = this.inner.agentKey ? this.inner.agentKey(agent) : agent;
    }
    const ctx = this.context(kind, this.lastAgentKey, approvalValid, action.cwd);
    const hit = ctx.bySubject.get(subject);
    if (hit !== undefined) {
      this.hits++;
      return hit;
    }
    this.misses++;
    const d = this.inner.decide(action, approvalValid);
    // A plain "allowed" is all the replay needs to know of most decisions: keep one shared copy.
    const kept = !this.keepRules && d.allowed && !d.requiresApproval && !d.fileLimit?.exceeded ? ALLOWED : d;
    if (++this.size > CACHE_LIMIT) {
      for (const c of this.contexts.values()) c.bySubject.clear();
      this.size = 1;
    }
    ctx.bySubject.set(subject, kept);
    return kept;
  }

  private context(kind: string, agent: string | undefined, approval: boolean | undefined, cwd: string | undefined): Context {
    // Formats in one log name agents and directories differently: a few contexts per kind take
    // turns, so the recent ones are scanned (compares of strings at hand) before the map.
    let recent = this.recent.get(kind);
    if (recent) {
      for (const c of recent) if (c.agent === agent && c.approval === approval && c.cwd === cwd) return c;
    } else this.recent.set(kind, (recent = []));
    // undefined and '' differ: JSON.stringify keeps them apart.
    const key = JSON.stringify([kind, agent ?? null, approval ?? null, cwd ?? null]);
    let ctx = this.contexts.get(key);
    if (!ctx) {
      // Agents and working directories are few; a log with thousands starts over rather than grow.
      if (this.contexts.size >= 10_000) {
        this.contexts.clear();
        this.recent.clear();
        this.recent.set(kind, (recent = []));
        this.size = 0;
      }
      ctx = { kind, agent, approval, cwd, bySubject: new Map() };
      this.contexts.set(key, ctx);
    }
    recent.unshift(ctx);
    if (recent.length > RECENT) recent.pop();
    return ctx;
  }
}

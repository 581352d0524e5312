// Network requests and tool invocations: the decision sequence (./sequence.ts) over the root, the
// overrides governing the action's working directory, and the acting agent.
import { normalizeHost } from '../match/host.js';
import { normalizePath } from '../match/path.js';
import { overridesFor, type Level } from './compile.js';
import type { DecisionContext } from './context.js';
import { cite, levelName, refusedOutright, where } from './rules-out.js';
import { decideSubject, namedAllowLists, type AllowLists, type AllowedOpenly } from './sequence.js';
import type { SubjectDecision } from './types.js';

/** Root and the overrides governing the action's working directory (the root when it has none). */
export function cwdLevels(context: DecisionContext): Level[] {
  const { policy } = context;
  if (!context.action.cwd || policy.overrides.size === 0) return [policy.rootLevel];
  const np = normalizePath(context.action.cwd, { root: policy.root });
  return np.outside ? [policy.rootLevel] : [policy.rootLevel, ...overridesFor(policy, np.path)];
}

export function decideNetwork(context: DecisionContext, host: string | undefined, url: string | undefined): SubjectDecision {
  const { agent } = context;
  const named = host ?? url ?? '';
  if (agent?.trust === 'read_only') return refusedOutright('host', named, `agent "${agent.identity.id}" is read_only: it may not reach the network`);
  const given = host !== undefined && host.trim() !== '' ? host : url;
  if (given === undefined || given.trim() === '') return refusedOutright('host', named, 'the request names no host');
  const name = normalizeHost(given);
  if (name === undefined) return refusedOutright('host', named, `cannot tell which host "${given}" names`);
  const levels = cwdLevels(context);
  const agentLevel = agent?.level;
  return decideSubject(context, {
    kind: 'host',
    shown: name,
    subject: name,
    deny: { levels: agentLevel ? [...levels, agentLevel] : levels, list: (l) => l.network.deny, listName: 'network.deny' },
    // Hosts compare case-insensitively: a host approval's gate is its own grant.
    approval: { levels, gate: (l) => l.approvals.host, grant: (l) => l.approvals.host, what: 'reaching it' },
    allow: outbound(context, levels),
    narrow: agentLevel && { list: agentLevel.network.exceptions, refused: `not among the network exceptions of agent "${agentLevel.name}"` },
  });
}

/** allow_outbound: false anywhere that applies (or a write_local agent) restricts hosts to the exceptions. */
function outbound(context: DecisionContext, levels: Level[]): AllowLists<string> | AllowedOpenly {
  const { policy, agent } = context;
  const closedBy = [...levels, ...(agent?.level ? [agent.level] : [])].find((l) => l.network.allowOutbound === false);
  if (!closedBy && agent?.trust !== 'write_local') return { open: 'outbound requests are not restricted and no network.deny matches' };
  const why = closedBy
    ? `allow_outbound is false (${closedBy.network.allowOutboundOrigin ? where(policy, closedBy.network.allowOutboundOrigin) : levelName(closedBy)})`
    : `agent "${agent!.identity.id}" is write_local (network only through exceptions)`;
  const refused = `${why} and no network exception names the host`;
  return {
    levels,
    list: (l) => l.network.exceptions,
    allowedBy: (rule, level) => `${why}, but the host is a network exception of ${levelName(level)}: ${cite(policy, rule)}`,
    whenNoList: { refused },
    unmatched: () => refused,
    governedBy: closedBy ? { pattern: 'allow_outbound: false', origin: closedBy.network.allowOutboundOrigin } : undefined,
  };
}

export function decideTool(context: DecisionContext, tool: string): SubjectDecision {
  const { agent } = context;
  if (tool.trim() === '') return refusedOutright('tool', tool, 'the tool invocation names no tool');
  const levels = cwdLevels(context);
  const agentLevel = agent?.level;
  const allow = namedAllowLists(context, levels, (l) => l.tools.allow, { allowList: 'tools.allow', whenNoList: 'no tools.deny matches and no allow list applies' });
  return decideSubject(context, {
    kind: 'tool',
    shown: tool,
    subject: tool,
    deny: { levels: agentLevel ? [...levels, agentLevel] : levels, list: (l) => l.tools.deny, listName: 'tools.deny' },
    approval: { levels, gate: (l) => l.approvals.tool.gate, grant: (l) => l.approvals.tool.grant, what: 'invoking it' },
    // A read_only agent may use only the tools an allow list names.
    allow:
      agent?.trust === 'read_only'
        ? { ...allow, whenNoList: { refused: `agent "${agent.identity.id}" is read_only: only tools an allow list names are allowed` } }
        : allow,
    narrow: agentLevel && { list: agentLevel.tools.allow, refused: `not in the tools.allow list of agent "${agentLevel.name}"` },
  });
}

// compilePolicy: every pattern of a PolicySet compiled once, arranged by level (root, each
// override by directory, each agent). Nothing is compiled per decision.
import type {
  AgentIdentity,
  ApprovalKind,
  ApprovalRule,
  Constraints,
  ExceptionRule,
  Origin,
  PatternRule,
  Permissions,
  PolicySet,
  TrustLevel,
} from '../policy/types.js';
import { CommandList, HostList, PathList, ToolList, type RuleLike } from './lists.js';

export type LevelKind = 'root' | 'override' | 'agent';

/** The compiled rules of one level: the root, one override, or one agent's own permissions. */
export interface Level {
  kind: LevelKind;
  /** Override directory (repository-relative); agent id for agents. */
  name: string;
  file: string;
  fs: { allow: PathList<PatternRule>; deny: PathList<PatternRule> };
  commands: { allow: CommandList<PatternRule>; deny: CommandList<PatternRule> };
  tools: { allow: ToolList<PatternRule>; deny: ToolList<PatternRule> };
  network: {
    allowOutbound?: boolean;
    allowOutboundOrigin?: Origin;
    exceptions: HostList<PatternRule>;
    deny: HostList<PatternRule>;
  };
  approvals: {
    /** Gates match like denies (case-insensitively); grants like allows (exactly). */
    file: { gate: PathList<ApprovalRule>; grant: PathList<ApprovalRule> };
    command: { gate: CommandList<ApprovalRule>; grant: CommandList<ApprovalRule> };
    host: HostList<ApprovalRule>;
    tool: { gate: ToolList<ApprovalRule>; grant: ToolList<ApprovalRule> };
  };
  maxFilesPerAction?: { limit: number; origin?: Origin };
}

export interface CompiledAgent {
  identity: AgentIdentity;
  trust?: TrustLevel;
  /** The agent's own permissions (denies add, allows narrow). */
  level?: Level;
}

export interface CompiledPolicy {
  set: PolicySet;
  /** Absolute repository root. */
  root: string;
  rootLevel: Level;
  /** Overrides by repository-relative directory. */
  overrides: Map<string, Level>;
  agents: Map<string, CompiledAgent>;
  exceptions: PathList<ExceptionRule>;
  /** Built-in rule for write_local agents: no `git push`. */
  noPush: CommandList<RuleLike>;
}

function approvals(c: Constraints, kind: ApprovalKind): ApprovalRule[] {
  return c.requireHumanApproval.filter((a) => a.kind === kind);
}

function level(kind: LevelKind, name: string, file: string, p: Permissions, c: Constraints | undefined): Level {
  const cons = c ?? { requireHumanApproval: [] };
  const fileApprovals = approvals(cons, 'file');
  const commandApprovals = approvals(cons, 'command');
  const toolApprovals = approvals(cons, 'tool');
  return {
    kind,
    name,
    file,
    fs: {
      allow: new PathList(p.filesystem.allow, 'allow'),
      deny: new PathList(p.filesystem.deny, 'deny'),
    },
    commands: { allow: new CommandList(p.commands.allow, false), deny: new CommandList(p.commands.deny, true) },
    tools: { allow: new ToolList(p.tools.allow, false), deny: new ToolList(p.tools.deny, true) },
    network: {
      allowOutbound: p.network.allowOutbound,
      allowOutboundOrigin: p.network.allowOutboundOrigin,
      exceptions: new HostList(p.network.exceptions),
      deny: new HostList(p.network.deny, true),
    },
    approvals: {
      file: { gate: new PathList(fileApprovals, 'gate'), grant: new PathList(fileApprovals, 'allow') },
      command: { gate: new CommandList(commandApprovals, true), grant: new CommandList(commandApprovals, false) },
      host: new HostList(approvals(cons, 'host')),
      tool: { gate: new ToolList(toolApprovals, true), grant: new ToolList(toolApprovals, false) },
    },
    maxFilesPerAction:
      cons.maxFilesPerAction !== undefined ? { limit: cons.maxFilesPerAction, origin: cons.maxFilesPerActionOrigin } : undefined,
  };
}

export function compilePolicy(set: PolicySet): CompiledPolicy {
  const r = set.root;
  const overrides = new Map<string, Level>();
  for (const o of set.overrides) {
    const dir = o.dir.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
    // An override for the root itself would govern everything: treat it as governing nothing
    // rather than guess (the loader never produces one).
    if (dir === '' || dir === '.') continue;
    overrides.set(dir, level('override', dir, o.file, o.permissions, o.constraints));
  }
  const agents = new Map<string, CompiledAgent>();
  for (const a of r.agents) {
    agents.set(a.id, {
      identity: a,
      trust: a.trustLevel,
      level: a.permissions ? level('agent', a.id, r.file, a.permissions, undefined) : undefined,
    });
  }
  return {
    set,
    root: r.root,
    rootLevel: level('root', '', r.file, r.permissions, r.constraints),
    overrides,
    agents,
    exceptions: new PathList(r.exceptions, 'allow'),
    noPush: new CommandList<RuleLike>([{ pattern: 'git push' }], true),
  };
}

/** Overrides governing a repository-relative path: those whose directory is the path or an ancestor. */
export function overridesFor(cp: CompiledPolicy, path: string): Level[] {
  if (cp.overrides.size === 0 || path === '.') return [];
  const out: Level[] = [];
  let i = path.indexOf('/');
  for (;;) {
    const dir = i < 0 ? path : path.slice(0, i);
    const o = cp.overrides.get(dir);
    if (o) out.push(o);
    if (i < 0) break;
    i = path.indexOf('/', i + 1);
  }
  return out;
}

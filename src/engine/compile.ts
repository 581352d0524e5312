// compilePolicy: every pattern of a PolicySet compiled once, arranged by level (root, each
// override by directory, each agent). Nothing is compiled per decision; path, host and (without
// the command half) command lists compile on their first use (./lists.ts), so a process that
// decides one call compiles only the lists that call consults.
import type {
  AgentIdentity,
  ApprovalKind,
  ApprovalRule,
  Constraints,
  ExceptionRule,
  OpaqueSetting,
  Origin,
  PatternRule,
  Permissions,
  PolicySet,
  TrustLevel,
} from '../policy/types.js';
import { builtinApprovals, builtinDenies } from './builtin-rules.js';
import type { SnapshotStore } from '../match/patterns.js';
import { CommandList, HostList, PathList, ToolList, type RuleLike } from './lists.js';
import { TwoGenerationCache } from '../two-generation-cache.js';
import type { SubjectDecision } from './types.js';

export type LevelKind = 'root' | 'override' | 'agent';

/** The compiled rules of one level: the root, one override, or one agent's own permissions. */
export interface Level {
  kind: LevelKind;
  /** Override directory (repository-relative); agent id for agents. */
  name: string;
  file: string;
  fs: { allow: PathList<PatternRule>; deny: PathList<PatternRule> };
  commands: {
    allow: CommandList<PatternRule>;
    deny: CommandList<PatternRule>;
    /** `commands.opaque` as written at this level (only the root's is read). */
    opaque?: { setting: OpaqueSetting; origin?: Origin };
  };
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

/**
 * The agent id as far as decisions go: an agent with neither a trust level nor permissions of
 * its own is decided like an action that names no agent (undefined), so caches can share them.
 */
export function decidingAgent(compiled: CompiledPolicy, agentId: string | undefined): string | undefined {
  if (agentId === undefined) return undefined;
  const a = compiled.agents.get(agentId);
  return a && (a.trust !== undefined || a.level !== undefined) ? agentId : undefined;
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
  /** Policy file paths as reasons show them (filled on first use). */
  display: Map<string, string>;
  /** Some level sets max_files_per_action. */
  hasFileLimits: boolean;
  /** Subject decisions already made (a path's, a command line's), bounded: logs repeat themselves. */
  memo: TwoGenerationCache<SubjectDecision | SubjectDecision[]>;
}

function approvals(c: Constraints, kind: ApprovalKind): ApprovalRule[] {
  return c.requireHumanApproval.filter((a) => a.kind === kind);
}

/** Self-protection rules (builtin-rules.ts) a level carries besides its written ones. */
interface Builtins {
  denies: PatternRule[];
  gates: ApprovalRule[];
}

function level(
  kind: LevelKind,
  name: string,
  file: string,
  p: Permissions,
  c: Constraints | undefined,
  builtins: Builtins | undefined,
  lists: SnapshotStore | undefined,
): Level {
  const cons = c ?? { requireHumanApproval: [] };
  const fileApprovals = approvals(cons, 'file');
  const fileGates = builtins && builtins.gates.length > 0 ? [...fileApprovals, ...builtins.gates] : fileApprovals;
  const commandApprovals = approvals(cons, 'command');
  const toolApprovals = approvals(cons, 'tool');
  return {
    kind,
    name,
    file,
    fs: {
      allow: new PathList(p.filesystem.allow, 'allow', lists),
      deny: new PathList(builtins && builtins.denies.length > 0 ? [...p.filesystem.deny, ...builtins.denies] : p.filesystem.deny, 'deny', lists),
    },
    commands: {
      allow: new CommandList(p.commands.allow, 'allow', lists),
      deny: new CommandList(p.commands.deny, 'deny', lists),
      ...(p.commands.opaque ? { opaque: { setting: p.commands.opaque, origin: p.commands.opaqueOrigin } } : {}),
    },
    tools: { allow: new ToolList(p.tools.allow, 'allow'), deny: new ToolList(p.tools.deny, 'deny') },
    network: {
      allowOutbound: p.network.allowOutbound,
      allowOutboundOrigin: p.network.allowOutboundOrigin,
      exceptions: new HostList(p.network.exceptions, 'allow'),
      deny: new HostList(p.network.deny, 'deny'),
    },
    approvals: {
      // Built-in gates only gate: they never grant what the allow list does not.
      file: { gate: new PathList(fileGates, 'gate', lists), grant: new PathList(fileApprovals, 'allow', lists) },
      command: { gate: new CommandList(commandApprovals, 'gate', lists), grant: new CommandList(commandApprovals, 'allow', lists) },
      // Hosts compare case-insensitively: a host approval's gate is its grant.
      host: new HostList(approvals(cons, 'host'), 'gate'),
      tool: { gate: new ToolList(toolApprovals, 'gate'), grant: new ToolList(toolApprovals, 'allow') },
    },
    maxFilesPerAction:
      cons.maxFilesPerAction !== undefined ? { limit: cons.maxFilesPerAction, origin: cons.maxFilesPerActionOrigin } : undefined,
  };
}

export interface CompileOptions {
  /** Entries of the decision memo (default 50,000; 0 turns it off, for benchmarks). */
  memo?: number;
  /** Compiled path lists kept by earlier processes (src/policy/runtime-cache.ts), used and filled. */
  lists?: SnapshotStore;
}

export function compilePolicy(set: PolicySet, opts: CompileOptions = {}): CompiledPolicy {
  const r = set.root;
  const denies = builtinDenies(r.audit?.logDir);
  const overrides = new Map<string, Level>();
  for (const o of set.overrides) {
    const dir = o.dir.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
    // An override for the root itself would govern everything: treat it as governing nothing
    // rather than guess (the loader never produces one).
    if (dir === '' || dir === '.') continue;
    overrides.set(dir, level('override', dir, o.file, o.permissions, o.constraints, { denies, gates: [] }, opts.lists));
  }
  const agents = new Map<string, CompiledAgent>();
  for (const a of r.agents) {
    agents.set(a.id, {
      identity: a,
      trust: a.trustLevel,
      level: a.permissions ? level('agent', a.id, r.file, a.permissions, undefined, undefined, opts.lists) : undefined,
    });
  }
  const rootLevel = level('root', '', r.file, r.permissions, r.constraints, { denies, gates: builtinApprovals() }, opts.lists);
  return {
    set,
    root: r.root,
    rootLevel,
    overrides,
    agents,
    exceptions: new PathList(r.exceptions, 'allow', opts.lists),
    noPush: new CommandList<RuleLike>([{ pattern: 'git push' }], 'deny'),
    display: new Map(),
    memo: new TwoGenerationCache(opts.memo ?? 50_000),
    hasFileLimits: rootLevel.maxFilesPerAction !== undefined || [...overrides.values()].some((o) => o.maxFilesPerAction !== undefined),
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

/**
 * The version-independent model of a loaded policy. Loaders (one per version) turn YAML
 * into this; the engine, the conflict analysis and every adapter read only this.
 */

/** Where a value sits in its file (1-based). */
export interface Origin {
  file: string;
  /** JSON pointer of the node inside the document, e.g. /permissions/filesystem/deny/2 */
  pointer: string;
  line: number;
  column: number;
}

export interface PatternRule {
  pattern: string;
  origin: Origin;
  /** The risk tier that put it here (2.1 `risk_tiers`); undefined for plain lists. */
  tier?: RiskTier;
  /** The pattern as written, when the loader normalised it (`./src/**` is read as `src/**`). */
  written?: string;
}

/** 2.1 risk tiers: automatic/logged entries are allows, approval ones approvals, blocked ones denies. */
export type RiskTier = 'automatic' | 'logged' | 'approval' | 'blocked';

export interface ListRules {
  allow: PatternRule[];
  deny: PatternRule[];
}

export interface NetworkRules {
  /** undefined when the file does not say: true is the default (no restriction). */
  allowOutbound?: boolean;
  allowOutboundOrigin?: Origin;
  /** Hosts reachable even when allow_outbound is false: `registry.npmjs.org`, `*.example.com`. */
  exceptions: PatternRule[];
  /** Hosts always denied (2.x). */
  deny: PatternRule[];
}

/** How code a command line runs but the engine cannot see is decided (SPEC 3, "Opaque code"). */
export type OpaqueSetting = 'allow' | 'ask' | 'deny';

export interface CommandRules extends ListRules {
  /** `commands.opaque` (2.x); undefined when the file does not say: `ask` is the default. */
  opaque?: OpaqueSetting;
  opaqueOrigin?: Origin;
}

export interface Permissions {
  filesystem: ListRules;
  commands: CommandRules;
  network: NetworkRules;
  /** MCP / tool names: `mcp__github__*` (2.x). */
  tools: ListRules;
}

export type ApprovalKind = 'file' | 'command' | 'host' | 'tool';

export interface ApprovalRule {
  kind: ApprovalKind;
  pattern: string;
  origin: Origin;
  tier?: RiskTier;
  /** 2.x `reason`: shown to the approver. */
  reason?: string;
  written?: string;
}

export interface Constraints {
  maxFilesPerAction?: number;
  maxFilesPerActionOrigin?: Origin;
  requireHumanApproval: ApprovalRule[];
}

export interface ExceptionRule {
  pattern: string;
  reason: string;
  /** Override directories that may use it (repository-relative, no trailing slash); empty = any. */
  overrides: string[];
  origin: Origin;
}

export type TrustLevel = 'read_only' | 'write_local' | 'external';

export interface AgentIdentity {
  id: string;
  trustLevel?: TrustLevel;
  /** Extra permissions for this agent only (denies add, allows narrow by intersection: see docs). */
  permissions?: Permissions;
  origin: Origin;
  description?: string;
  /** Adds to the root's git rules (protected: union; allowed prefixes: both must hold). */
  git?: GitRules;
  /** The smaller of this and the root budget applies. */
  budgets?: Budgets;
}

export interface BypassSettings {
  /** Minutes. Undefined: the built-in cap (see docs/policy-format.md). */
  maxDurationMinutes?: number;
  origin?: Origin;
  /** Always true in effect: a bypass names its approver (SPEC 3). */
  requireApprover?: boolean;
  /** If non-empty, only these e-mails (or `*@domain`) may approve a bypass. */
  approvers?: string[];
}

export interface AuditSettings {
  logAllActions?: boolean;
  retentionDays?: number;
  alertOnDeny?: boolean;
  /** 2.x: where the runtime guard writes its session logs (as written, relative to the root). */
  logDir?: string;
}

export interface GitRules {
  /** Branches agents may not commit or push to. */
  protectedBranches: PatternRule[];
  /** If non-empty, an agent's branch must start with one of these. */
  allowedBranchPrefixes: string[];
}

export interface Budgets {
  maxFilesPerPr?: number;
  maxFilesPerSession?: number;
  maxCommandsPerSession?: number;
  maxTokensPerSession?: number;
  maxTokensPerDay?: number;
  maxCostUsdPerSession?: number;
  /** Fraction (0..1] of a budget at which to alert. */
  alertThreshold?: number;
  origin?: Origin;
}

/** A detection signal and the agent it stands for (undefined: the value itself). */
export interface DetectionSignal {
  value: string;
  agent?: string;
}

/** 2.1 `agent_detection`: extra signals for the Action's and the hook's authorship detection. */
export interface AgentDetectionSettings {
  logins: DetectionSignal[];
  emails: DetectionSignal[];
  branchPrefixes: DetectionSignal[];
  /** Undefined: the built-in default. */
  threshold?: 'strong' | 'medium' | 'weak';
  env: { name: string; value?: string; agent?: string }[];
  /** false turns the built-in environment markers off. */
  builtinEnv: boolean;
}

/** The root `.agent-policy.yml`. */
export interface RootPolicy {
  file: string;
  /** Absolute path of the repository root this policy governs (the file's directory). */
  root: string;
  version: string;
  versionOrigin: Origin;
  agentId?: string;
  agents: AgentIdentity[];
  /** 1.0 `permissions` or 2.x `default_permissions`. */
  permissions: Permissions;
  constraints: Constraints;
  exceptions: ExceptionRule[];
  bypass: BypassSettings;
  /** The untouched parsed document, for checks the model does not carry. */
  raw: unknown;
  schemaUrl?: string;
  audit?: AuditSettings;
  git?: GitRules;
  budgets?: Budgets;
  agentDetection?: AgentDetectionSettings;
}

/** A `DIR/.agent-policy.override.yml`. */
export interface OverridePolicy {
  file: string;
  /** Repository-relative directory it governs, POSIX, no trailing slash ('' never: the root is not an override). */
  dir: string;
  version?: string;
  versionOrigin?: Origin;
  permissions: Permissions;
  constraints: Constraints;
  raw: unknown;
}

export interface PolicySet {
  root: RootPolicy;
  overrides: OverridePolicy[];
}

export function emptyPermissions(): Permissions {
  return {
    filesystem: { allow: [], deny: [] },
    commands: { allow: [], deny: [] },
    network: { exceptions: [], deny: [] },
    tools: { allow: [], deny: [] },
  };
}

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
}

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

export interface Permissions {
  filesystem: ListRules;
  commands: ListRules;
  network: NetworkRules;
  /** MCP / tool names: `mcp__github__*` (2.x). */
  tools: ListRules;
}

export type ApprovalKind = 'file' | 'command' | 'host' | 'tool';

export interface ApprovalRule {
  kind: ApprovalKind;
  pattern: string;
  origin: Origin;
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
}

export interface BypassSettings {
  /** Minutes. Undefined: the built-in cap (see docs/policy-format.md). */
  maxDurationMinutes?: number;
  origin?: Origin;
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

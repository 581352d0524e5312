// Schema-valid YAML data -> the version-independent model (types.ts), with an origin on every pattern.
import { isAbsolute, relative } from 'node:path';
import { TIERS } from './semantic.js';
import {
  emptyPermissions,
  type AgentDetectionSettings,
  type AgentIdentity,
  type ApprovalKind,
  type ApprovalRule,
  type AuditSettings,
  type Budgets,
  type Constraints,
  type ExceptionRule,
  type GitRules,
  type Origin,
  type OverridePolicy,
  type PatternRule,
  type Permissions,
  type RiskTier,
  type RootPolicy,
  type TrustLevel,
} from './types.js';
import type { PositionMap } from './yaml.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

export const DEFAULT_BYPASS_MAX_MINUTES = 24 * 60;

interface Ctx {
  file: string;
  rootDir: string;
  positions: PositionMap;
}

function origin(ctx: Ctx, pointer: string): Origin {
  const s = ctx.positions.at(pointer);
  return { file: ctx.file, pointer, line: s.line, column: s.column };
}

/**
 * The pattern as the engine should read it: `./src/**` is `src/**`, an absolute path inside the
 * repository is made repository-relative (so that it holds on every checkout). Meaning never
 * changes: `./.env` (the root's .env only) stays as it is. The findings are reported separately.
 */
export function normalizePathPattern(pattern: string, rootDir: string): string {
  if (pattern.startsWith('./')) {
    const rest = pattern.replace(/^(?:\.\/)+/, '');
    // `./.env` anchors a name at the root; only a pattern with a / means the same without `./`.
    return rest.includes('/') ? rest : pattern;
  }
  if (pattern.startsWith(rootDir + '/')) {
    const rel = relative(rootDir, pattern);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel.includes('/') ? rel : `./${rel}`;
  }
  return pattern;
}

function rule(ctx: Ctx, value: string, pointer: string, path: boolean, tier?: RiskTier): PatternRule {
  const pattern = path ? normalizePathPattern(value, ctx.rootDir) : value;
  const r: PatternRule = { pattern, origin: origin(ctx, pointer) };
  if (tier) r.tier = tier;
  if (pattern !== value) r.written = value;
  return r;
}

function rules(ctx: Ctx, list: unknown, pointer: string, path: boolean, tier?: RiskTier): PatternRule[] {
  if (!Array.isArray(list)) return [];
  const out: PatternRule[] = [];
  list.forEach((v, i) => {
    if (typeof v === 'string') out.push(rule(ctx, v, `${pointer}/${i}`, path, tier));
  });
  return out;
}

function permissions(ctx: Ctx, data: unknown, pointer: string): Permissions {
  const p = emptyPermissions();
  if (!isObj(data)) return p;
  const fs = isObj(data.filesystem) ? data.filesystem : {};
  p.filesystem.allow = rules(ctx, fs.allow, `${pointer}/filesystem/allow`, true);
  p.filesystem.deny = rules(ctx, fs.deny, `${pointer}/filesystem/deny`, true);
  const cmd = isObj(data.commands) ? data.commands : {};
  p.commands.allow = rules(ctx, cmd.allow, `${pointer}/commands/allow`, false);
  p.commands.deny = rules(ctx, cmd.deny, `${pointer}/commands/deny`, false);
  if (cmd.opaque === 'allow' || cmd.opaque === 'ask' || cmd.opaque === 'deny') {
    p.commands.opaque = cmd.opaque;
    p.commands.opaqueOrigin = origin(ctx, `${pointer}/commands/opaque`);
  }
  const net = isObj(data.network) ? data.network : {};
  if (typeof net.allow_outbound === 'boolean') {
    p.network.allowOutbound = net.allow_outbound;
    p.network.allowOutboundOrigin = origin(ctx, `${pointer}/network/allow_outbound`);
  }
  p.network.exceptions = rules(ctx, net.exceptions, `${pointer}/network/exceptions`, false);
  p.network.deny = rules(ctx, net.deny, `${pointer}/network/deny`, false);
  const tools = isObj(data.tools) ? data.tools : {};
  p.tools.allow = rules(ctx, tools.allow, `${pointer}/tools/allow`, false);
  p.tools.deny = rules(ctx, tools.deny, `${pointer}/tools/deny`, false);
  return p;
}

const APPROVAL_KINDS: [string, ApprovalKind][] = [
  ['file_pattern', 'file'],
  ['command_pattern', 'command'],
  ['host_pattern', 'host'],
  ['tool_pattern', 'tool'],
];

function constraints(ctx: Ctx, data: unknown): Constraints {
  const c: Constraints = { requireHumanApproval: [] };
  if (!isObj(data)) return c;
  if (typeof data.max_files_per_action === 'number') {
    c.maxFilesPerAction = data.max_files_per_action;
    c.maxFilesPerActionOrigin = origin(ctx, '/constraints/max_files_per_action');
  }
  if (Array.isArray(data.require_human_approval)) {
    data.require_human_approval.forEach((r, i) => {
      if (!isObj(r)) return;
      for (const [key, kind] of APPROVAL_KINDS) {
        const v = r[key];
        if (typeof v !== 'string') continue;
        const base = rule(ctx, v, `/constraints/require_human_approval/${i}/${key}`, kind === 'file');
        const a: ApprovalRule = { kind, pattern: base.pattern, origin: base.origin };
        if (base.written) a.written = base.written;
        if (typeof r.reason === 'string') a.reason = r.reason;
        c.requireHumanApproval.push(a);
      }
    });
  }
  return c;
}

/** Folds 2.1 risk tiers into the permission lists and approvals (see docs/policy-format.md). */
function foldTiers(ctx: Ctx, tiers: unknown, perms: Permissions, cons: Constraints): void {
  if (!isObj(tiers)) return;
  for (const tier of TIERS) {
    const t = tiers[tier];
    if (!isObj(t)) continue;
    const base = `/risk_tiers/${tier}`;
    const files = rules(ctx, t.files, `${base}/files`, true, tier);
    const commands = rules(ctx, t.commands, `${base}/commands`, false, tier);
    const hosts = rules(ctx, t.hosts, `${base}/hosts`, false, tier);
    const tools = rules(ctx, t.tools, `${base}/tools`, false, tier);
    if (tier === 'blocked') {
      perms.filesystem.deny.push(...files);
      perms.commands.deny.push(...commands);
      perms.network.deny.push(...hosts);
      perms.tools.deny.push(...tools);
    } else if (tier === 'approval') {
      const add = (kind: ApprovalKind, list: PatternRule[]) =>
        list.forEach((r) => cons.requireHumanApproval.push({ kind, pattern: r.pattern, origin: r.origin, tier, ...(r.written ? { written: r.written } : {}) }));
      add('file', files);
      add('command', commands);
      add('host', hosts);
      add('tool', tools);
    } else {
      perms.filesystem.allow.push(...files);
      perms.commands.allow.push(...commands);
      perms.network.exceptions.push(...hosts);
      perms.tools.allow.push(...tools);
    }
  }
}

function gitRules(ctx: Ctx, data: unknown, pointer: string): GitRules | undefined {
  if (!isObj(data)) return undefined;
  return {
    protectedBranches: rules(ctx, data.protected_branches, `${pointer}/protected_branches`, false),
    allowedBranchPrefixes: strings(data.allowed_branch_prefixes),
  };
}

function budgets(ctx: Ctx, data: unknown, pointer: string): Budgets | undefined {
  if (!isObj(data)) return undefined;
  const b: Budgets = { origin: origin(ctx, pointer) };
  const set = <K extends keyof Budgets>(k: K, v: Budgets[K] | undefined) => {
    if (v !== undefined) b[k] = v;
  };
  set('maxFilesPerPr', num(data.max_files_per_pr));
  set('maxFilesPerSession', num(data.max_files_per_session));
  set('maxCommandsPerSession', num(data.max_commands_per_session));
  set('maxTokensPerSession', num(data.max_tokens_per_session));
  set('maxTokensPerDay', num(data.max_tokens_per_day));
  set('maxCostUsdPerSession', num(data.max_cost_usd_per_session));
  set('alertThreshold', num(data.alert_threshold));
  return b;
}

function signals(list: unknown, key: string): { value: string; agent?: string }[] {
  const out: { value: string; agent?: string }[] = [];
  for (const item of Array.isArray(list) ? list : []) {
    if (typeof item === 'string') out.push({ value: item });
    else if (isObj(item) && typeof item[key] === 'string') {
      out.push(typeof item.agent === 'string' ? { value: item[key] as string, agent: item.agent } : { value: item[key] as string });
    }
  }
  return out;
}

function detection(d: Obj): AgentDetectionSettings {
  const det: AgentDetectionSettings = {
    logins: signals(d.logins, 'login'),
    emails: signals(d.emails, 'email'),
    branchPrefixes: signals(d.branch_prefixes, 'prefix'),
    env: (Array.isArray(d.env) ? d.env : []).flatMap((e) => {
      if (typeof e === 'string') return [{ name: e }];
      if (!isObj(e) || typeof e.name !== 'string') return [];
      return [{ name: e.name, ...(typeof e.value === 'string' ? { value: e.value } : {}), ...(typeof e.agent === 'string' ? { agent: e.agent } : {}) }];
    }),
    builtinEnv: d.builtin_env !== false,
  };
  if (d.threshold === 'strong' || d.threshold === 'medium' || d.threshold === 'weak') det.threshold = d.threshold;
  return det;
}

/** "1h30m" -> 90. Undefined when malformed (the schema reports it). */
export function parseDurationMinutes(text: string): number | undefined {
  if (!/^(?:[1-9][0-9]*[smhd])+$/.test(text)) return undefined;
  const unit: Record<string, number> = { s: 1 / 60, m: 1, h: 60, d: 1440 };
  let total = 0;
  for (const m of text.matchAll(/(\d+)([smhd])/g)) total += Number(m[1]) * unit[m[2]!]!;
  return total;
}

export function buildRoot(data: Obj, file: string, rootDir: string, positions: PositionMap): RootPolicy {
  const ctx: Ctx = { file, rootDir, positions };
  const v1 = data.version === '1.0';
  const permsKey = v1 ? 'permissions' : 'default_permissions';
  const perms = permissions(ctx, data[permsKey], `/${permsKey}`);
  const cons = constraints(ctx, data.constraints);
  foldTiers(ctx, data.risk_tiers, perms, cons);

  const exceptions: ExceptionRule[] = [];
  if (Array.isArray(data.exceptions)) {
    data.exceptions.forEach((e, i) => {
      if (!isObj(e) || typeof e.pattern !== 'string') return;
      exceptions.push({
        pattern: normalizePathPattern(e.pattern, rootDir),
        reason: typeof e.reason === 'string' ? e.reason : '',
        overrides: strings(e.overrides).map((d) => d.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '')),
        origin: origin(ctx, `/exceptions/${i}/pattern`),
      });
    });
  }

  const agents: AgentIdentity[] = [];
  if (Array.isArray(data.agents)) {
    data.agents.forEach((a, i) => {
      if (!isObj(a) || typeof a.id !== 'string') return;
      const base = `/agents/${i}`;
      const agent: AgentIdentity = { id: a.id, origin: origin(ctx, `${base}/id`) };
      if (typeof a.trust_level === 'string') agent.trustLevel = a.trust_level as TrustLevel;
      if (typeof a.description === 'string') agent.description = a.description;
      if (isObj(a.permissions)) agent.permissions = permissions(ctx, a.permissions, `${base}/permissions`);
      const g = gitRules(ctx, a.git, `${base}/git`);
      if (g) agent.git = g;
      const b = budgets(ctx, a.budgets, `${base}/budgets`);
      if (b) agent.budgets = b;
      agents.push(agent);
    });
  }

  const root: RootPolicy = {
    file,
    root: rootDir,
    version: String(data.version),
    versionOrigin: origin(ctx, '/version'),
    agents,
    permissions: perms,
    constraints: cons,
    exceptions,
    bypass: {},
    raw: data,
  };
  if (typeof data.agent_id === 'string') root.agentId = data.agent_id;
  if (typeof data.schema_url === 'string') root.schemaUrl = data.schema_url;
  if (isObj(data.bypass)) {
    const b = data.bypass;
    root.bypass.origin = origin(ctx, '/bypass');
    root.bypass.requireApprover = true;
    if (typeof b.max_duration === 'string') {
      const m = parseDurationMinutes(b.max_duration);
      if (m !== undefined) {
        root.bypass.maxDurationMinutes = m;
        root.bypass.origin = origin(ctx, '/bypass/max_duration');
      }
    }
    const approvers = strings(b.approvers);
    if (approvers.length) root.bypass.approvers = approvers;
  }
  if (isObj(data.audit)) {
    const a: AuditSettings = {};
    const l = bool(data.audit.log_all_actions);
    if (l !== undefined) a.logAllActions = l;
    const r = num(data.audit.retention_days);
    if (r !== undefined) a.retentionDays = r;
    const d = bool(data.audit.alert_on_deny);
    if (d !== undefined) a.alertOnDeny = d;
    if (typeof data.audit.log_dir === 'string' && data.audit.log_dir !== '') a.logDir = data.audit.log_dir;
    root.audit = a;
  }
  const g = gitRules(ctx, data.git, '/git');
  if (g) root.git = g;
  const b = budgets(ctx, data.budgets, '/budgets');
  if (b) root.budgets = b;
  if (isObj(data.agent_detection)) root.agentDetection = detection(data.agent_detection);
  return root;
}

export function buildOverride(data: Obj, file: string, dir: string, rootDir: string, positions: PositionMap): OverridePolicy {
  const ctx: Ctx = { file, rootDir, positions };
  const o: OverridePolicy = {
    file,
    dir,
    permissions: permissions(ctx, data.permissions, '/permissions'),
    constraints: constraints(ctx, data.constraints),
    raw: data,
  };
  if (typeof data.version === 'string') {
    o.version = data.version;
    o.versionOrigin = origin(ctx, '/version');
  }
  return o;
}

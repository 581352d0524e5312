// Checks the schema cannot express: pattern hygiene, duplicates, contradictory settings.
// Runs on schema-valid data but reads it defensively (only strings are treated as patterns).
import { isScalar, type Scalar } from 'yaml';
import { isAbsolute, relative } from 'node:path';
import { globSyntaxError } from '../match/glob.js';
import type { Finding } from '../report/finding.js';
import { displayPath, escapePointer, type PositionMap, type Span } from './yaml.js';

export type PatternKind = 'path' | 'command' | 'host' | 'tool' | 'branch';

/** A safe, mechanical edit to the policy file (applied only with --fix). */
export type FixOp = { op: 'set'; pointer: string; value: string; quote?: boolean } | { op: 'remove'; pointer: string };

export interface PolicyFinding extends Finding {
  fix?: FixOp;
}

export interface SemanticContext {
  file: string;
  text: string;
  positions: PositionMap;
  /** Absolute directory of the root policy (absolute patterns under it are fixable). */
  rootDir: string;
  kind: 'root' | 'override';
  version?: string;
  /** Whether the repository root has an entry of this name (for `/src/**` meant as `src/**`). */
  isRepoEntry?: (name: string) => boolean;
  /** Whether the file-system root has an entry of this name. */
  isAbsoluteEntry?: (name: string) => boolean;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** One list of patterns in the file: where it is and what kind of patterns it holds. */
interface PatternList {
  pointer: string;
  kind: PatternKind;
  items: unknown[];
}

/** A single pattern outside a list (an approval rule, an exception). */
interface SinglePattern {
  pointer: string;
  kind: PatternKind;
  value: unknown;
}

const PERMISSION_LISTS: [string, string, PatternKind][] = [
  ['filesystem', 'allow', 'path'],
  ['filesystem', 'deny', 'path'],
  ['commands', 'allow', 'command'],
  ['commands', 'deny', 'command'],
  ['network', 'exceptions', 'host'],
  ['network', 'deny', 'host'],
  ['tools', 'allow', 'tool'],
  ['tools', 'deny', 'tool'],
];
const APPROVAL_KEYS: [string, PatternKind][] = [
  ['file_pattern', 'path'],
  ['command_pattern', 'command'],
  ['host_pattern', 'host'],
  ['tool_pattern', 'tool'],
];
const TIER_LISTS: [string, PatternKind][] = [
  ['files', 'path'],
  ['commands', 'command'],
  ['hosts', 'host'],
  ['tools', 'tool'],
];
export const TIERS = ['automatic', 'logged', 'approval', 'blocked'] as const;

function permissionLists(perms: unknown, base: string, out: PatternList[]): void {
  if (!isObj(perms)) return;
  for (const [group, list, kind] of PERMISSION_LISTS) {
    const g = perms[group];
    if (isObj(g) && Array.isArray(g[list])) out.push({ pointer: `${base}/${group}/${list}`, kind, items: g[list] as unknown[] });
  }
}

/** Every pattern list and single pattern in a policy or override document. */
export function patternSites(data: unknown, kind: 'root' | 'override'): { lists: PatternList[]; singles: SinglePattern[] } {
  const lists: PatternList[] = [];
  const singles: SinglePattern[] = [];
  if (!isObj(data)) return { lists, singles };
  const permsKey = kind === 'root' && data.version !== '1.0' ? 'default_permissions' : 'permissions';
  permissionLists(data[permsKey], `/${permsKey}`, lists);
  const constraints = data.constraints;
  if (isObj(constraints)) {
    arr(constraints.require_human_approval).forEach((rule, i) => {
      if (!isObj(rule)) return;
      for (const [key, k] of APPROVAL_KEYS) {
        if (key in rule) singles.push({ pointer: `/constraints/require_human_approval/${i}/${key}`, kind: k, value: rule[key] });
      }
    });
  }
  if (kind === 'override') return { lists, singles };
  arr(data.exceptions).forEach((ex, i) => {
    if (isObj(ex) && 'pattern' in ex) singles.push({ pointer: `/exceptions/${i}/pattern`, kind: 'path', value: ex.pattern });
  });
  arr(data.agents).forEach((agent, i) => {
    if (!isObj(agent)) return;
    permissionLists(agent.permissions, `/agents/${i}/permissions`, lists);
    if (isObj(agent.git) && Array.isArray(agent.git.protected_branches)) {
      lists.push({ pointer: `/agents/${i}/git/protected_branches`, kind: 'branch', items: agent.git.protected_branches });
    }
  });
  if (isObj(data.git) && Array.isArray(data.git.protected_branches)) {
    lists.push({ pointer: '/git/protected_branches', kind: 'branch', items: data.git.protected_branches });
  }
  if (isObj(data.risk_tiers)) {
    for (const tier of TIERS) {
      const t = data.risk_tiers[tier];
      if (!isObj(t)) continue;
      for (const [key, k] of TIER_LISTS) {
        if (Array.isArray(t[key])) lists.push({ pointer: `/risk_tiers/${tier}/${key}`, kind: k, items: t[key] as unknown[] });
      }
    }
  }
  return { lists, singles };
}

export function semanticChecks(data: unknown, ctx: SemanticContext): PolicyFinding[] {
  const out: PolicyFinding[] = [];
  const { lists, singles } = patternSites(data, ctx.kind);
  for (const list of lists) {
    list.items.forEach((item, i) => checkPattern(item, `${list.pointer}/${i}`, list.kind, ctx, out));
    duplicates(list, ctx, out);
  }
  for (const s of singles) checkPattern(s.value, s.pointer, s.kind, ctx, out);
  if (!isObj(data)) return out;

  const permsKey = ctx.kind === 'root' && data.version !== '1.0' ? 'default_permissions' : 'permissions';
  outboundExceptions(data[permsKey], `/${permsKey}`, ctx, out);
  arr(data.agents).forEach((a, i) => isObj(a) && outboundExceptions(a.permissions, `/agents/${i}/permissions`, ctx, out));
  if (ctx.kind === 'override') return out;

  retention(data.audit, ctx, out);
  duplicateAgents(data.agents, ctx, out);
  if (isObj(data.bypass) && data.bypass.require_approver === false) {
    out.push(finding(ctx, 'bypass-approver-required', 'warning', '/bypass/require_approver', 'value',
      'bypass.require_approver: false is ignored: every bypass must name its approver',
      'Remove require_approver or set it to true.'));
  }
  tierOverlaps(data.risk_tiers, ctx, out);
  return out;
}

function finding(
  ctx: SemanticContext,
  ruleId: string,
  severity: Finding['severity'],
  pointer: string,
  which: 'key' | 'value',
  message: string,
  hint: string,
  extra: Partial<PolicyFinding> = {},
): PolicyFinding {
  return { ruleId, severity, message, hint, ...spanFields(ctx, ctx.positions.at(pointer, which)), ...extra };
}

function spanFields(ctx: SemanticContext, s: Span) {
  return { file: ctx.file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn };
}

/**
 * The span of `length` characters at `offset` inside the string value at `pointer`, when the
 * scalar's source spells the value out character for character; else the whole value.
 */
export function charSpan(ctx: SemanticContext, pointer: string, offset: number, length = 1): Span {
  const info = ctx.positions.get(pointer);
  if (!info) return ctx.positions.at(pointer);
  const node = info.node;
  if (isScalar(node) && node.range && typeof node.value === 'string') {
    const raw = ctx.text.slice(node.range[0], node.range[1]);
    const type = (node as Scalar).type;
    let base: number | undefined;
    if (type === 'PLAIN' && raw === node.value) base = node.range[0];
    else if ((type === 'QUOTE_SINGLE' || type === 'QUOTE_DOUBLE') && raw.slice(1, -1) === node.value) base = node.range[0] + 1;
    if (base !== undefined && offset >= 0 && offset <= node.value.length) {
      return ctx.positions.span(base + offset, base + Math.min(node.value.length, offset + length));
    }
  }
  return info.value;
}

const KIND_WORD: Record<PatternKind, string> = {
  path: 'path pattern',
  command: 'command pattern',
  host: 'host pattern',
  tool: 'tool pattern',
  branch: 'branch pattern',
};

function checkPattern(value: unknown, pointer: string, kind: PatternKind, ctx: SemanticContext, out: PolicyFinding[]): void {
  if (typeof value !== 'string') return;
  const where = displayPath(pointer);
  if (value.trim() === '') {
    out.push(finding(ctx, 'empty-pattern', 'error', pointer, 'value', `${where} is an empty ${KIND_WORD[kind]}`,
      'Remove the entry or write the pattern it should be.'));
    return;
  }
  if (value !== value.trim()) {
    whitespace(value, pointer, kind, ctx, out);
    return;
  }
  if (kind === 'command' || kind === 'tool') return;
  if (kind === 'host') {
    checkHost(value, pointer, ctx, out);
    return;
  }
  const glob = globSyntaxError(value);
  if (glob && value[glob.offset] === '\\') {
    // The glob compiler rejects `\` before a letter or digit: nearly always a Windows separator.
    out.push({
      ruleId: 'backslash-in-pattern',
      severity: 'error',
      message: `${where}: ${glob.message} in ${JSON.stringify(value)}`,
      hint: `Write ${JSON.stringify(value.replace(/\\(?=[A-Za-z0-9\\])/g, '/').replace(/\/\/+/g, '/'))}: patterns use / on every platform.`,
      ...spanFields(ctx, charSpan(ctx, pointer, glob.offset)),
      data: { pattern: value, offset: glob.offset },
    });
  } else if (glob) {
    out.push({
      ruleId: 'invalid-glob',
      severity: 'error',
      message: `${where}: ${glob.message} in ${JSON.stringify(value)}`,
      hint: 'Fix the pattern at the marked character (docs/policy-format.md lists the glob syntax).',
      ...spanFields(ctx, charSpan(ctx, pointer, glob.offset)),
      data: { pattern: value, offset: glob.offset },
    });
  }
  if (kind === 'branch') return;
  if (value.startsWith('./')) {
    // `./x/y` is `x/y` (a pattern with a / is anchored anyway); `./.env` is not `.env`: the `./`
    // anchors a name at the root, so it stays.
    const fixed = value.replace(/^(?:\.\/)+/, '');
    if (fixed.includes('/')) {
      out.push({
        ruleId: 'dot-slash-pattern',
        severity: 'warning',
        message: `${where} starts with a redundant "./": ${JSON.stringify(value)} is ${JSON.stringify(fixed)} (a pattern with a / is anchored at the repository root)`,
        hint: `Write ${JSON.stringify(fixed)} (agent-policy-lint --fix does it).`,
        ...spanFields(ctx, charSpan(ctx, pointer, 0, value.length - fixed.length)),
        fix: { op: 'set', pointer, value: fixed },
      });
    }
  } else if (value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value)) {
    absolutePattern(value, pointer, ctx, out);
  }
  const dd = value.split('/').indexOf('..');
  if (dd >= 0) {
    const offset = value.split('/').slice(0, dd).join('/').length + (dd > 0 ? 1 : 0);
    out.push({
      ruleId: 'parent-segment-pattern',
      severity: 'error',
      message: `${where} contains a ".." segment (${JSON.stringify(value)}); paths are normalised before matching, so it never matches`,
      hint: 'Write the path the pattern should cover, repository-relative and without "..".',
      ...spanFields(ctx, charSpan(ctx, pointer, offset, 2)),
    });
  }
}

/**
 * Whitespace around a pattern is nearly always a slip (`".env "`); the engine reads denies and
 * approval gates trimmed (a deny must not protect nothing over a space) and allows as written.
 */
function whitespace(value: string, pointer: string, kind: PatternKind, ctx: SemanticContext, out: PolicyFinding[]): void {
  const trimmed = value.trim();
  const lead = value.length - value.trimStart().length;
  const offset = lead > 0 ? 0 : trimmed.length;
  const length = lead > 0 ? lead : value.length - trimmed.length;
  out.push({
    ruleId: 'pattern-whitespace',
    severity: 'error',
    message: `${displayPath(pointer)} has ${lead > 0 ? 'leading' : 'trailing'} whitespace: ${JSON.stringify(value)}; a deny or approval reads it as ${JSON.stringify(trimmed)}, an allow as written`,
    hint: `Write ${JSON.stringify(trimmed)} (agent-policy-lint --fix does it).`,
    ...spanFields(ctx, charSpan(ctx, pointer, offset, length)),
    data: { pattern: value, kind },
    fix: { op: 'set', pointer, value: trimmed },
  });
}

/** Deny lists and approval file patterns: read like denies (src/match/patterns.ts DENY_LIST). */
function isDenyLike(pointer: string): boolean {
  return /\/filesystem\/deny\/\d+$/.test(pointer) || pointer.endsWith('/file_pattern');
}

/**
 * An absolute pattern is right for a path outside the repository (`/tmp/**`), but wrong when it
 * names the repository itself (`/home/me/repo/src/**`: fixable) or looks like a root-anchored
 * repository path (`/src/**` while the repository has `src`).
 */
function absolutePattern(value: string, pointer: string, ctx: SemanticContext, out: PolicyFinding[]): void {
  const where = displayPath(pointer);
  if (value.startsWith(ctx.rootDir + '/')) {
    const rel = relative(ctx.rootDir, value);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) {
      const fixed = rel.includes('/') ? rel : `./${rel}`;
      out.push({
        ruleId: 'absolute-pattern',
        severity: 'warning',
        message: `${where} is an absolute path inside the repository; write it repository-relative: ${JSON.stringify(fixed)}`,
        hint: `Write ${JSON.stringify(fixed)} (agent-policy-lint --fix does it): the absolute path works on one machine only.`,
        ...spanFields(ctx, charSpan(ctx, pointer, 0, ctx.rootDir.length + 1)),
        fix: { op: 'set', pointer, value: fixed },
      });
      return;
    }
  }
  if (value.startsWith('/') && !value.startsWith('//') && value.length > 1 && isDenyLike(pointer)) {
    // .gitignore and Claude Code's settings read `/secrets/**` as anchored at the root; the engine
    // denies both readings (deny when unsure) and says so.
    const anchored = value.slice(1);
    out.push({
      ruleId: 'leading-slash-deny',
      severity: 'warning',
      message: `${where} ${JSON.stringify(value)} has two readings: the absolute path ${JSON.stringify(value)} outside the repository, and ${JSON.stringify(anchored)} at the policy root (as .gitignore reads it); both are denied`,
      hint: `Write ${JSON.stringify(anchored)} for the repository's files, or keep ${JSON.stringify(value)} only for the absolute path and add ${JSON.stringify(anchored)} if you mean both.`,
      ...spanFields(ctx, charSpan(ctx, pointer, 0)),
      data: { pattern: value, anchored },
    });
    return;
  }
  const first = value.split('/')[1];
  if (value.startsWith('/') && first && ctx.isRepoEntry?.(first) && !ctx.isAbsoluteEntry?.(first)) {
    const meant = value.slice(1);
    out.push({
      ruleId: 'absolute-pattern',
      severity: 'warning',
      message: `${where} is the absolute path ${JSON.stringify(value)}, outside the repository; the repository's ${JSON.stringify(first)} is written ${JSON.stringify(meant)}`,
      hint: `Write ${JSON.stringify(meant)}: a pattern with a / is already anchored at the repository root.`,
      ...spanFields(ctx, charSpan(ctx, pointer, 0)),
    });
  }
}

function checkHost(value: string, pointer: string, ctx: SemanticContext, out: PolicyFinding[]): void {
  const where = displayPath(pointer);
  let problem: string | undefined;
  let offset = 0;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    problem = 'has a URL scheme';
  } else if ((offset = value.indexOf('/')) >= 0) {
    problem = 'has a path';
  } else if ((offset = value.search(/:\d*$/)) >= 0) {
    problem = 'has a port';
  } else if (value !== '*' && (offset = value.indexOf('*', value.startsWith('*.') ? 1 : 0)) >= 0) {
    problem = 'uses * other than as the first label (*.example.com)';
  }
  if (!problem) return;
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(value);
  const host = m?.[1] ?? value.split(/[/:]/)[0] ?? value;
  out.push({
    ruleId: 'invalid-host-pattern',
    severity: 'warning',
    message: `${where} ${problem} (${JSON.stringify(value)}); host patterns are bare host names`,
    hint: host && host !== value && !host.includes('*') ? `Write ${JSON.stringify(host)}.` : 'Write a host name such as registry.npmjs.org or *.example.com.',
    ...spanFields(ctx, charSpan(ctx, pointer, Math.max(0, offset))),
  });
}

function duplicates(list: PatternList, ctx: SemanticContext, out: PolicyFinding[]): void {
  const first = new Map<string, number>();
  list.items.forEach((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') return;
    const pointer = `${list.pointer}/${i}`;
    const j = first.get(item);
    if (j === undefined) {
      first.set(item, i);
      return;
    }
    const firstAt = ctx.positions.at(`${list.pointer}/${j}`);
    out.push({
      ruleId: 'repeated-pattern',
      severity: 'warning',
      message: `${displayPath(pointer)} repeats ${JSON.stringify(item)} (already at line ${firstAt.line})`,
      hint: 'Remove the repeated entry (agent-policy-lint --fix does it).',
      ...spanFields(ctx, ctx.positions.at(pointer)),
      related: [{ ...spanFields(ctx, firstAt), message: 'first written here' }],
      fix: { op: 'remove', pointer },
    });
  });
}

function outboundExceptions(perms: unknown, base: string, ctx: SemanticContext, out: PolicyFinding[]): void {
  if (!isObj(perms) || !isObj(perms.network)) return;
  const net = perms.network;
  if (net.allow_outbound === true && arr(net.exceptions).length > 0) {
    out.push(finding(ctx, 'outbound-exceptions-ignored', 'warning', `${base}/network/allow_outbound`, 'value',
      `${displayPath(base + '/network/allow_outbound')} is true, so the ${arr(net.exceptions).length} network exception(s) change nothing`,
      'Set allow_outbound: false to restrict traffic to the exceptions, or remove the exceptions.'));
  }
}

export const MIN_RETENTION_DAYS = 30;

function retention(audit: unknown, ctx: SemanticContext, out: PolicyFinding[]): void {
  if (!isObj(audit)) return;
  const days = audit.retention_days;
  if (audit.log_all_actions === true && typeof days === 'number' && days < MIN_RETENTION_DAYS) {
    out.push(finding(ctx, 'retention-too-short', 'warning', '/audit/retention_days', 'value',
      `audit.retention_days is ${days}, but log_all_actions promises an audit trail: keep logs at least ${MIN_RETENTION_DAYS} days`,
      'Raise retention_days to 30 or more (SOC 2 reviews usually need 90).'));
  }
}

function duplicateAgents(agents: unknown, ctx: SemanticContext, out: PolicyFinding[]): void {
  const seen = new Map<string, number>();
  arr(agents).forEach((a, i) => {
    if (!isObj(a) || typeof a.id !== 'string') return;
    const j = seen.get(a.id);
    if (j === undefined) {
      seen.set(a.id, i);
      return;
    }
    out.push(finding(ctx, 'duplicate-agent-id', 'error', `/agents/${i}/id`, 'value',
      `agents[${i}].id repeats ${JSON.stringify(a.id)} (already agents[${j}])`,
      'Give each agent one entry; merge the two.',
      { related: [{ ...spanFields(ctx, ctx.positions.at(`/agents/${j}/id`)), message: 'first defined here' }] }));
  });
}

function tierOverlaps(tiers: unknown, ctx: SemanticContext, out: PolicyFinding[]): void {
  if (!isObj(tiers)) return;
  for (const [key] of TIER_LISTS) {
    const firstTier = new Map<string, string>();
    for (const tier of TIERS) {
      const t = tiers[tier];
      if (!isObj(t)) continue;
      arr(t[key]).forEach((p, i) => {
        if (typeof p !== 'string') return;
        const prev = firstTier.get(p);
        if (prev === undefined) {
          firstTier.set(p, tier);
          return;
        }
        if (prev === tier) return;
        const pointer = `/risk_tiers/${tier}/${key}/${i}`;
        out.push(finding(ctx, 'conflicting-tiers', 'warning', pointer, 'value',
          `${JSON.stringify(p)} is in both the ${prev} and the ${tier} tier; the stricter (${tier}) applies`,
          `Keep it in one tier only.`,
          { related: [{ ...spanFields(ctx, ctx.positions.at(`/risk_tiers/${prev}/${escapePointer(key)}`)), message: `${prev} tier` }] }));
      });
    }
  }
}

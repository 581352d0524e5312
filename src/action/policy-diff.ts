// What a pull request does to the effective policy: base and head compared rule by rule.
// When unsure whether a change lets an agent do more, it is reported as a widening.
import { isAbsolute, relative, sep } from 'node:path';
import { createTwoFilesPatch, structuredPatch } from 'diff';
import type { ListRules, Origin, Permissions, PolicySet, TrustLevel } from '../policy/types.js';
import { emptyPermissions } from '../policy/types.js';
import type { Finding } from '../report/finding.js';

export type Direction = 'widened' | 'narrowed';

export interface PolicyChange {
  direction: Direction;
  /** `root policy`, `override frontend`, `agent ci-bot`. */
  scope: string;
  /** What changed, e.g. `removes the filesystem deny "secrets/**"`. */
  what: string;
  /** Where to show it in the head checkout (line 0: the file as a whole). */
  file: string;
  line: number;
  column: number;
}

/** The text of one policy file at base and at head (undefined: absent there). */
export interface PolicyFileTexts {
  path: string;
  base?: string;
  head?: string;
}

/** Turns origins of either side into repository-relative head locations. */
export class Locator {
  private readonly texts = new Map<string, PolicyFileTexts>();
  private readonly hunks = new Map<string, { oldStart: number; oldLines: number; newStart: number; newLines: number }[]>();

  constructor(
    files: readonly PolicyFileTexts[],
    private readonly roots: { base: string; head: string },
  ) {
    for (const f of files) this.texts.set(f.path, f);
  }

  rel(file: string, side: 'base' | 'head'): string {
    if (!isAbsolute(file)) return file.split(sep).join('/').replace(/^\.\//, '');
    return relative(this.roots[side], file).split(sep).join('/');
  }

  at(origin: Origin | undefined, side: 'base' | 'head', fallbackFile: string): { file: string; line: number; column: number } {
    if (!origin) return { file: fallbackFile, line: 0, column: 0 };
    const file = this.rel(origin.file, side);
    if (side === 'head') return { file, line: origin.line, column: origin.column };
    const t = this.texts.get(file);
    if (t && t.head === undefined) return { file, line: 0, column: 0 };
    return { file, line: this.mapLine(file, origin.line), column: 1 };
  }

  /** The head line where a base line went: its place in its hunk, or shifted by the hunks above it. */
  mapLine(file: string, baseLine: number): number {
    const t = this.texts.get(file);
    if (!t || t.base === undefined || t.head === undefined) return baseLine;
    let hs = this.hunks.get(file);
    if (!hs) {
      hs = structuredPatch(file, file, t.base, t.head, '', '', { context: 0 }).hunks;
      this.hunks.set(file, hs);
    }
    let delta = 0;
    for (const h of hs) {
      if (baseLine < h.oldStart) break;
      // Inside a hunk: the same offset in its new lines, as far as they go.
      if (baseLine < h.oldStart + h.oldLines) return Math.max(1, h.newStart + Math.min(baseLine - h.oldStart, Math.max(0, h.newLines - 1)));
      delta += h.newLines - h.oldLines;
    }
    return Math.max(1, baseLine + delta);
  }
}

const TRUST: Record<TrustLevel, number> = { read_only: 0, write_local: 1, external: 2 };
const CATEGORIES = ['filesystem', 'commands', 'tools'] as const;

interface Ctx {
  out: PolicyChange[];
  loc: Locator;
  scope: string;
  /** The head file of this scope, for changes without an origin. */
  file: string;
}

function push(c: Ctx, direction: Direction, what: string, where: { file: string; line: number; column: number }): void {
  c.out.push({ direction, scope: c.scope, what, ...where });
}

function compareList(c: Ctx, cat: string, b: ListRules, h: ListRules, allowListRestricts: boolean): void {
  const bDeny = new Map(b.deny.map((r) => [r.pattern, r]));
  const hDeny = new Map(h.deny.map((r) => [r.pattern, r]));
  for (const [p, r] of bDeny) if (!hDeny.has(p)) push(c, 'widened', `removes the ${cat} deny "${p}"`, c.loc.at(r.origin, 'base', c.file));
  for (const [p, r] of hDeny) if (!bDeny.has(p)) push(c, 'narrowed', `adds the ${cat} deny "${p}"`, c.loc.at(r.origin, 'head', c.file));

  const bAllow = new Map(b.allow.map((r) => [r.pattern, r]));
  const hAllow = new Map(h.allow.map((r) => [r.pattern, r]));
  // In the root an empty allow list allows everything: emptying it widens, starting one narrows.
  if (allowListRestricts && bAllow.size > 0 && hAllow.size === 0) {
    push(c, 'widened', `empties the ${cat} allow list, so everything not denied is allowed`, c.loc.at(b.allow[0]!.origin, 'base', c.file));
    return;
  }
  if (allowListRestricts && bAllow.size === 0 && hAllow.size > 0) {
    push(c, 'narrowed', `starts a ${cat} allow list: only what it lists is allowed`, c.loc.at(h.allow[0]!.origin, 'head', c.file));
    return;
  }
  for (const [p, r] of hAllow) if (!bAllow.has(p)) push(c, 'widened', `adds the ${cat} allow "${p}"`, c.loc.at(r.origin, 'head', c.file));
  for (const [p, r] of bAllow) if (!hAllow.has(p)) push(c, 'narrowed', `removes the ${cat} allow "${p}"`, c.loc.at(r.origin, 'base', c.file));
}

function comparePermissions(c: Ctx, b: Permissions, h: Permissions, isRoot: boolean): void {
  for (const cat of CATEGORIES) compareList(c, cat, b[cat], h[cat], isRoot);

  // undefined: the root's default (true), or in an override "as the root says".
  const eff = (v: boolean | undefined): boolean | 'inherit' => v ?? (isRoot ? true : 'inherit');
  const bo = eff(b.network.allowOutbound);
  const ho = eff(h.network.allowOutbound);
  if ((bo === false && ho !== false) || (bo === 'inherit' && ho === true)) {
    push(c, 'widened', `turns allow_outbound ${ho === true ? 'on' : 'from false to unset'}`, h.network.allowOutboundOrigin
      ? c.loc.at(h.network.allowOutboundOrigin, 'head', c.file)
      : c.loc.at(b.network.allowOutboundOrigin, 'base', c.file));
  } else if (ho === false && bo !== false) {
    push(c, 'narrowed', 'turns allow_outbound off', c.loc.at(h.network.allowOutboundOrigin, 'head', c.file));
  }
  const diffSet = (what: string, bl: { pattern: string; origin: Origin }[], hl: { pattern: string; origin: Origin }[], addWidens: boolean) => {
    const bs = new Map(bl.map((r) => [r.pattern, r]));
    const hs = new Map(hl.map((r) => [r.pattern, r]));
    for (const [p, r] of hs) if (!bs.has(p)) push(c, addWidens ? 'widened' : 'narrowed', `adds the ${what} "${p}"`, c.loc.at(r.origin, 'head', c.file));
    for (const [p, r] of bs) if (!hs.has(p)) push(c, addWidens ? 'narrowed' : 'widened', `removes the ${what} "${p}"`, c.loc.at(r.origin, 'base', c.file));
  };
  diffSet('network exception', b.network.exceptions, h.network.exceptions, true);
  diffSet('network deny', b.network.deny, h.network.deny, false);
}

function compareScope(
  c: Ctx,
  b: { permissions: Permissions; constraints: PolicySet['root']['constraints'] } | undefined,
  h: { permissions: Permissions; constraints: PolicySet['root']['constraints'] } | undefined,
  isRoot: boolean,
): void {
  comparePermissions(c, b?.permissions ?? emptyPermissions(), h?.permissions ?? emptyPermissions(), isRoot);
  const key = (r: { kind: string; pattern: string }) => `${r.kind}_pattern "${r.pattern}"`;
  const ba = new Map((b?.constraints.requireHumanApproval ?? []).map((r) => [key(r), r]));
  const ha = new Map((h?.constraints.requireHumanApproval ?? []).map((r) => [key(r), r]));
  for (const [k, r] of ba) if (!ha.has(k)) push(c, 'widened', `removes the approval rule ${k}`, c.loc.at(r.origin, 'base', c.file));
  for (const [k, r] of ha) if (!ba.has(k)) push(c, 'narrowed', `adds the approval rule ${k}`, c.loc.at(r.origin, 'head', c.file));
  const bm = b?.constraints.maxFilesPerAction;
  const hm = h?.constraints.maxFilesPerAction;
  if (bm !== undefined && (hm === undefined || hm > bm)) {
    push(c, 'widened', hm === undefined ? `removes max_files_per_action (was ${bm})` : `raises max_files_per_action from ${bm} to ${hm}`,
      hm === undefined ? c.loc.at(b?.constraints.maxFilesPerActionOrigin, 'base', c.file) : c.loc.at(h?.constraints.maxFilesPerActionOrigin, 'head', c.file));
  } else if (hm !== undefined && (bm === undefined || hm < bm)) {
    push(c, 'narrowed', bm === undefined ? `sets max_files_per_action to ${hm}` : `lowers max_files_per_action from ${bm} to ${hm}`,
      c.loc.at(h?.constraints.maxFilesPerActionOrigin, 'head', c.file));
  }
}

function compareRootExtras(c: Ctx, b: PolicySet['root'], h: PolicySet['root']): void {
  const be = new Map(b.exceptions.map((e) => [e.pattern, e]));
  const he = new Map(h.exceptions.map((e) => [e.pattern, e]));
  for (const [p, e] of he) if (!be.has(p)) push(c, 'widened', `adds the exception "${p}" (a carve-out overrides may allow inside a deny)`, c.loc.at(e.origin, 'head', c.file));
  for (const [p, e] of be) if (!he.has(p)) push(c, 'narrowed', `removes the exception "${p}"`, c.loc.at(e.origin, 'base', c.file));

  const ba = new Map(b.agents.map((a) => [a.id, a]));
  for (const a of h.agents) {
    const old = ba.get(a.id);
    const ac: Ctx = { ...c, scope: `agent ${a.id}` };
    if (!old) {
      if (a.trustLevel && a.trustLevel !== 'read_only') push(ac, 'widened', `adds the agent ${a.id} with trust level ${a.trustLevel}`, c.loc.at(a.origin, 'head', c.file));
    } else {
      const bt = old.trustLevel ? TRUST[old.trustLevel] : -1;
      const ht = a.trustLevel ? TRUST[a.trustLevel] : -1;
      if (ht > bt) push(ac, 'widened', `raises the trust level of ${a.id} to ${a.trustLevel}`, c.loc.at(a.origin, 'head', c.file));
      else if (ht < bt && a.trustLevel) push(ac, 'narrowed', `lowers the trust level of ${a.id} to ${a.trustLevel}`, c.loc.at(a.origin, 'head', c.file));
      else if (ht < bt) push(ac, 'widened', `drops the trust level of ${a.id} (was ${old.trustLevel})`, c.loc.at(a.origin, 'head', c.file));
    }
    if (a.permissions || old?.permissions) {
      // Per-agent allows only narrow (intersection), but a change there is reported conservatively.
      comparePermissions(ac, old?.permissions ?? emptyPermissions(), a.permissions ?? emptyPermissions(), false);
    }
  }
  for (const a of b.agents) {
    if (!h.agents.some((x) => x.id === a.id) && a.permissions) {
      push({ ...c, scope: `agent ${a.id}` }, 'widened', `removes the agent ${a.id} and its own restrictions`, c.loc.at(a.origin, 'base', c.file));
    }
  }
  const bb = b.bypass.maxDurationMinutes;
  const hb = h.bypass.maxDurationMinutes;
  if (bb !== undefined && (hb === undefined || hb > bb)) {
    push(c, 'widened', hb === undefined ? `removes the bypass duration limit (was ${bb} minutes)` : `raises the bypass duration limit from ${bb} to ${hb} minutes`,
      hb === undefined ? c.loc.at(b.bypass.origin, 'base', c.file) : c.loc.at(h.bypass.origin, 'head', c.file));
  } else if (hb !== undefined && bb !== undefined && hb < bb) {
    push(c, 'narrowed', `lowers the bypass duration limit from ${bb} to ${hb} minutes`, c.loc.at(h.bypass.origin, 'head', c.file));
  }
}

/** Every widening and narrowing from base to head. A missing side is "no policy". */
export function comparePolicySets(base: PolicySet | undefined, head: PolicySet | undefined, loc: Locator): PolicyChange[] {
  const out: PolicyChange[] = [];
  if (!base && !head) return out;
  const rootFile = head ? loc.rel(head.root.file, 'head') : loc.rel(base!.root.file, 'base');
  const c: Ctx = { out, loc, scope: 'root policy', file: rootFile };
  if (!head) {
    push(c, 'widened', 'removes the root policy: agents are no longer restricted', { file: rootFile, line: 0, column: 0 });
    return out;
  }
  if (!base) {
    push(c, 'narrowed', 'adds a root policy', { file: rootFile, line: 0, column: 0 });
    return out;
  }
  compareScope(c, base.root, head.root, true);
  compareRootExtras(c, base.root, head.root);
  const dirs = new Set([...base.overrides.map((o) => o.dir), ...head.overrides.map((o) => o.dir)]);
  for (const dir of [...dirs].sort()) {
    const bo = base.overrides.find((o) => o.dir === dir);
    const ho = head.overrides.find((o) => o.dir === dir);
    const file = ho ? loc.rel(ho.file, 'head') : loc.rel(bo!.file, 'base');
    compareScope({ out, loc, scope: `override ${dir}`, file }, bo, ho, false);
  }
  return out;
}

export function changeFindings(changes: readonly PolicyChange[]): Finding[] {
  return changes.map((ch) => ({
    ruleId: ch.direction === 'widened' ? 'policy-widened' : 'policy-narrowed',
    severity: ch.direction === 'widened' ? 'warning' : 'info',
    file: ch.file,
    line: ch.line,
    column: ch.line > 0 ? Math.max(1, ch.column) : 0,
    message: `This pull request ${ch.direction === 'widened' ? 'widens' : 'narrows'} the agent policy (${ch.scope}): it ${ch.what}`,
    ...(ch.direction === 'widened' ? { hint: 'Make sure a person who owns the policy reviews this change.' } : {}),
    data: { direction: ch.direction, scope: ch.scope },
  }));
}

/** Unified diffs of the changed policy files, for the job summary. */
export function unifiedDiffs(files: readonly PolicyFileTexts[], maxBytes = 200_000): string {
  const parts: string[] = [];
  let bytes = 0;
  for (const f of files) {
    if (f.base === f.head) continue;
    const patch = createTwoFilesPatch(
      f.base === undefined ? '/dev/null' : `a/${f.path}`,
      f.head === undefined ? '/dev/null' : `b/${f.path}`,
      f.base ?? '',
      f.head ?? '',
      undefined,
      undefined,
      { context: 3 },
    );
    const text = patch.replace(/^=+\n/, '');
    bytes += Buffer.byteLength(text);
    if (bytes > maxBytes) {
      parts.push(`# ${f.path}: diff left out (the summary is limited in size)\n`);
      continue;
    }
    parts.push(text);
  }
  return parts.join('\n');
}

// `learn`: the least-privilege policy that covers what the logs show the agents did (SPEC 8).
// Paths become the tightest directory globs, commands program (and subcommand) prefixes, hosts
// stay exact; risky actions (forced pushes, recursive deletes, sensitive files, CI and
// infrastructure) become approval rules; a fixed set of sensitive files and dangerous commands
// that no log touched is denied. The proposal is then decided, action by action, by the engine
// that will enforce it, and whatever it still denies is covered by the narrowest rule (or
// reported): learn never proposes a policy that denies what the logs show.
import type { Action, CompiledPolicy, Decision } from '../../engine/index.js';
import { decide } from '../../engine/index.js';
import type { Finding } from '../../report/finding.js';
import { draftToYaml } from '../policy-yaml.js';
import { emptyDraft, type DraftApproval, type DraftPolicy, type DraftRule } from '../types.js';
import { DANGEROUS_COMMANDS, INFRASTRUCTURE_PATHS, SENSITIVE_PATHS } from './baseline.js';
import { commandRules, directoryGlobs, hostOf, isPlainPath } from './generalize.js';
import { observeLogs, type Observation } from './observe.js';
import { compileText } from './virtual-policy.js';

export interface LearnOptions {
  /** Log files (`-` for standard input), already resolved from globs. */
  logs: readonly string[];
  /** The repository the policy will govern (absolute). */
  root: string;
}

export interface LearnResult {
  draft: DraftPolicy;
  yaml: string;
  findings: Finding[];
  observations: Observation[];
  /** The learned policy, compiled (for --diff and tests). */
  compiled?: CompiledPolicy;
}

/** How often and when a rule's subjects were seen: the comment above each learned rule. */
class Sightings {
  private readonly byRule = new Map<string, { count: number; logs: Set<string>; first?: string; last?: string }>();

  see(key: string, o: Observation): void {
    let s = this.byRule.get(key);
    if (!s) this.byRule.set(key, (s = { count: 0, logs: new Set() }));
    s.count++;
    s.logs.add(o.file);
    const day = o.action.timestamp?.slice(0, 10);
    if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) {
      if (!s.first || day < s.first) s.first = day;
      if (!s.last || day > s.last) s.last = day;
    }
  }

  describe(key: string, why?: string): string {
    const s = this.byRule.get(key);
    if (!s) return why ?? 'learned';
    const times = `seen ${s.count} time${s.count === 1 ? '' : 's'} in ${s.logs.size} log${s.logs.size === 1 ? '' : 's'}`;
    const when = s.first ? (s.first === s.last ? `, on ${s.first}` : `, ${s.first} to ${s.last}`) : '';
    return `${why ? `${why}; ` : ''}${times}${when}`;
  }
}

type ListName = 'fs.allow' | 'fs.deny' | 'cmd.allow' | 'cmd.deny' | 'net.exceptions' | 'tools.allow' | `approval.${DraftApproval['kind']}`;

/** The proposal under construction: patterns per list, and why (for the comments). */
class Proposal {
  readonly lists = new Map<ListName, Map<string, string | undefined>>();

  add(list: ListName, pattern: string, why?: string): void {
    let m = this.lists.get(list);
    if (!m) this.lists.set(list, (m = new Map()));
    if (!m.has(pattern)) m.set(pattern, why);
  }

  remove(list: ListName, pattern: string): boolean {
    return this.lists.get(list)?.delete(pattern) ?? false;
  }

  has(list: ListName, pattern: string): boolean {
    return this.lists.get(list)?.has(pattern) ?? false;
  }

  toDraft(sightings: Sightings, header: string[]): DraftPolicy {
    const draft = emptyDraft(header);
    const rules = (list: ListName): DraftRule[] =>
      [...(this.lists.get(list) ?? new Map<string, string | undefined>())].map(([pattern, why]) => ({ pattern, sources: [sightings.describe(`${list}\0${pattern}`, why)] }));
    draft.filesystem.allow = rules('fs.allow');
    draft.filesystem.deny = rules('fs.deny');
    draft.commands.allow = rules('cmd.allow');
    draft.commands.deny = rules('cmd.deny');
    draft.network.allowOutbound = false;
    draft.network.exceptions = rules('net.exceptions');
    draft.tools.allow = rules('tools.allow');
    for (const kind of ['file', 'command', 'host', 'tool'] as const) {
      for (const r of rules(`approval.${kind}`)) draft.approvals.push({ kind, ...r });
    }
    return draft;
  }
}

const NOT_SEEN = 'not seen in any log';
const MAX_ROUNDS = 4;

/** Which baseline family (sensitive or infrastructure) a path belongs to, by the engine's own matching. */
async function familyClassifier(root: string): Promise<(path: string) => string | undefined> {
  const text = `version: "2.1"\ndefault_permissions:\n  filesystem:\n    deny:\n${[...SENSITIVE_PATHS, ...INFRASTRUCTURE_PATHS].map((p) => `      - ${JSON.stringify(p)}\n`).join('')}`;
  const { compiled } = await compileText(text, root, '.agent-policy.families.yml');
  if (!compiled) throw new Error('learn: the baseline families do not compile');
  return (path) => {
    const d = decide({ kind: 'filesystem', op: 'write', paths: [path] }, compiled);
    return d.subjects[0]?.rules.find((r) => r.matched && r.effect === 'deny' && r.origin)?.pattern;
  };
}

/** Paths the policy cannot name relative to the repository: outside it, or in the home directory. */
function outsideRepository(path: string): boolean {
  return path.startsWith('/') || path.startsWith('~') || path === '..' || path.startsWith('../');
}

export async function learnPolicy(opts: LearnOptions): Promise<LearnResult> {
  const observed = observeLogs(opts.logs, opts.root);
  const findings: Finding[] = [...observed.findings];
  const family = await familyClassifier(opts.root);
  const sightings = new Sightings();
  const proposal = new Proposal();
  const observedFamilies = new Set<string>();
  const globCandidates: string[] = [];
  const candidateSightings: Array<[string, Observation]> = [];

  const seePath = (path: string, o: Observation): void => {
    const fam = family(path);
    if (fam !== undefined) {
      observedFamilies.add(fam);
      proposal.add('approval.file', fam, 'sensitive or infrastructure: observed, so gated rather than denied');
      sightings.see(`approval.file\0${fam}`, o);
    } else if (outsideRepository(path) || !isPlainPath(path)) {
      proposal.add('fs.allow', path, outsideRepository(path) ? 'outside the repository: exactly this path' : undefined);
      sightings.see(`fs.allow\0${path}`, o);
    } else {
      globCandidates.push(path);
      candidateSightings.push([path, o]);
    }
  };
  const seeCommand = (line: string, o: Observation): void => {
    for (const rule of commandRules(line)) {
      if (rule.risky) {
        proposal.add('approval.command', rule.risky.pattern, `${rule.risky.what}: observed, so gated rather than allowed`);
        sightings.see(`approval.command\0${rule.risky.pattern}`, o);
      } else {
        proposal.add('cmd.allow', rule.prefix);
        sightings.see(`cmd.allow\0${rule.prefix}`, o);
      }
    }
  };
  const seeTool = (tool: string, o: Observation): void => {
    proposal.add('tools.allow', tool);
    sightings.see(`tools.allow\0${tool}`, o);
  };

  for (const o of observed.observations) {
    const a = o.action;
    // A guessed path (a value of an unknown tool's input) is no evidence that a file was used.
    if (a.kind === 'filesystem') {
      if (!a.guessed) for (const p of a.paths) seePath(p, o);
    }
    else if (a.kind === 'command') seeCommand(a.command, o);
    else if (a.kind === 'network') {
      const host = hostOf(a);
      if (host) {
        proposal.add('net.exceptions', host);
        sightings.see(`net.exceptions\0${host}`, o);
      }
    }
    if (o.tool) seeTool(o.tool, o);
  }
  for (const [glob, covered] of directoryGlobs(globCandidates)) {
    proposal.add('fs.allow', glob);
    const set = new Set(covered);
    for (const [p, o] of candidateSightings) if (set.has(p)) sightings.see(`fs.allow\0${glob}`, o);
  }
  for (const p of SENSITIVE_PATHS) if (!observedFamilies.has(p)) proposal.add('fs.deny', p, NOT_SEEN);
  for (const p of INFRASTRUCTURE_PATHS) if (!observedFamilies.has(p)) proposal.add('approval.file', p, 'CI and infrastructure: every change needs a human');
  for (const c of DANGEROUS_COMMANDS) proposal.add('cmd.deny', c, NOT_SEEN);

  // Decide every observation with the proposal; cover what it still denies, narrowly.
  const header = [
    'Learned by `agent-policy-lint learn` from agent logs: the least privilege that covers what the',
    'agents did. Review every rule before committing; each says how often and when it was seen.',
  ];
  let compiled: CompiledPolicy | undefined;
  let denied: Array<{ o: Observation; d: Decision }> = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const draft = proposal.toDraft(sightings, header);
    const result = await compileText(draftToYaml(draft), opts.root);
    compiled = result.compiled;
    if (!compiled) {
      findings.push(...result.findings.filter((f) => f.severity === 'error'));
      break;
    }
    denied = [];
    for (const o of observed.observations) {
      const d = decide(o.action as Action, compiled);
      if (d.outcome === 'deny') denied.push({ o, d });
    }
    if (denied.length === 0 || !coverDenied(denied, proposal, sightings)) break;
  }
  for (const { o, d } of denied) {
    findings.push({
      ruleId: 'learn-uncovered',
      severity: 'warning',
      message: `the learned policy still denies this logged action: ${d.reason}`,
      hint: 'Add a rule for it by hand if the agent needs it; learn proposes no rule it cannot state narrowly.',
      file: o.file,
      line: o.line,
      column: 1,
    });
  }
  const draft = proposal.toDraft(sightings, header);
  return { draft, yaml: draftToYaml(draft), findings, observations: observed.observations, compiled };
}

/**
 * One round of narrow fixes for denied observations: a learned deny that catches an observed
 * action turns into an approval rule; a subject outside every allow gets an exact rule.
 * Returns whether anything changed (otherwise another round would not help).
 */
function coverDenied(denied: Array<{ o: Observation; d: Decision }>, proposal: Proposal, sightings: Sightings): boolean {
  let changed = false;
  for (const { o, d } of denied) {
    for (const s of d.subjects) {
      if (s.outcome !== 'deny') continue;
      const deny = s.rules.find((r) => r.matched && r.effect === 'deny' && r.origin);
      if (deny) {
        // Only our own baseline denies can be turned into gates; a built-in rule stays.
        const list = s.kind === 'path' ? 'fs.deny' : s.kind === 'command' ? 'cmd.deny' : undefined;
        if (list && proposal.remove(list, deny.pattern)) {
          const kind = s.kind === 'path' ? 'file' : 'command';
          proposal.add(`approval.${kind}`, deny.pattern, 'observed, so gated rather than denied');
          sightings.see(`approval.${kind}\0${deny.pattern}`, o);
          changed = true;
        }
        continue;
      }
      const exact: [ListName, string] | undefined =
        // a path, or the tree a command deletes or overwrites (`dist/**` for `rm -rf dist`)
        s.kind === 'path' && (isPlainPath(s.subject) || (s.subject.endsWith('/**') && isPlainPath(s.subject.slice(0, -3))))
          ? ['fs.allow', s.subject]
          : s.kind === 'host'
            ? ['net.exceptions', s.subject]
            : s.kind === 'tool' && !s.subject.includes('*')
              ? ['tools.allow', s.subject]
              : undefined;
      // A command the allows cannot vouch for (a run-time word where the program reads options):
      // gated by its prefix, as risky commands are, rather than left denied.
      const gate = s.kind === 'command' ? commandRules(s.subject)[0] : undefined;
      if (!exact && gate && !gate.risky && !proposal.has('approval.command', gate.prefix)) {
        proposal.add('approval.command', gate.prefix, 'run-time words no allow can vouch for: gated rather than allowed');
        sightings.see(`approval.command\0${gate.prefix}`, o);
        changed = true;
        continue;
      }
      if (exact && !proposal.has(...exact)) {
        proposal.add(exact[0], exact[1], 'needed by a logged action the broader rules do not cover');
        sightings.see(`${exact[0]}\0${exact[1]}`, o);
        changed = true;
      }
    }
  }
  return changed;
}

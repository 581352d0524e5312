// One run of the Action, with its surroundings injected: inputs, event, GitHub client, output sink.
import { existsSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { actingAgent, policyPath } from '../engine/acting.js';
import type { Action, Decision } from '../engine/types.js';
import { strictestDecision } from '../engine/verdict.js';
import { loadPolicySet } from '../policy/index.js';
import type { PolicySet } from '../policy/types.js';
import { prepareFindings } from '../report/prepare.js';
import { summarize, type Finding } from '../report/finding.js';
import { escapeData } from '../report/formatters/github.js';
import { countsText, plural, visible } from '../report/text.js';
import { annotationCommands, planAnnotations } from './annotations.js';
import { decideChangedFiles } from './checks.js';
import type { GitHubClient, PrFile } from './client.js';
import type { ActionInputs } from './inputs.js';
import { applyLabels, wantedLabels, type LabelOutcome } from './labels.js';
import { changeFindings, comparePolicySets, Locator, unifiedDiffs, type PolicyChange, type PolicyFileTexts } from './policy-diff.js';
import { builtinSignals, policyDetection, withPolicy } from '../agents/signal-data.js';
import { detectAgent, type Detection, type PullRequestInfo } from '../agents/signals.js';
import { renderSummary } from './summary.js';

export interface RunEnv {
  eventName: string;
  /** The event payload (GITHUB_EVENT_PATH), {} when there is none. */
  event: Record<string, any>;
  /** owner/name */
  repository: string;
  workspace: string;
  sha: string;
  serverUrl: string;
}

export interface RunOutput {
  /** A workflow command or a log line for stdout. */
  line(text: string): void;
}

export interface RunResult {
  findings: Finding[];
  detection?: Detection;
  labels?: LabelOutcome;
  changes: PolicyChange[];
  /** The unified diff of the policy files the pull request changes (the HTML report shows it). */
  diff: string;
  summary: string;
  notes: string[];
  errors: number;
  warnings: number;
  /** Set when fail-on says the step fails. */
  failure?: string;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
const GITHUB_FILES_CAP = 3000;
const GITHUB_COMMITS_CAP = 250;
const POLICY_NAME = /^\.agent-policy(\.override)?\.ya?ml$/;
const LOG_NAME = /(^|\.)agent-actions\.jsonl$/;

export type DecideFn = (action: Action) => Decision;

/** The engine, compiled once for the set (loaded lazily: runs without an agent PR never pay for it). */
async function engineFor(set: PolicySet): Promise<DecideFn> {
  const engine = (await import('../engine/index.js')) as unknown as {
    compilePolicy?: (set: PolicySet) => unknown;
    decide?: (action: Action, compiled: unknown, opts?: Record<string, unknown>) => Decision;
  };
  if (!engine.compilePolicy || !engine.decide) throw new Error('the decision engine is not available in this build');
  const compiled = engine.compilePolicy(set);
  const decide = engine.decide;
  return (action) => decide(action, compiled, { approvalValid: () => false });
}

function posixRel(root: string, p: string): string {
  return (isAbsolute(p) ? relative(root, p) : p).split(sep).join('/');
}

function pullInfo(event: Record<string, any>): (PullRequestInfo & { baseSha?: string; headSha?: string; fork: boolean }) | undefined {
  const pr = event.pull_request;
  if (!pr || typeof pr.number !== 'number') return undefined;
  return {
    number: pr.number,
    authorLogin: pr.user?.login,
    headRef: pr.head?.ref,
    body: pr.body ?? '',
    baseSha: pr.base?.sha,
    headSha: pr.head?.sha,
    fork: Boolean(pr.head?.repo?.fork) || (pr.head?.repo?.full_name !== undefined && pr.head?.repo?.full_name !== pr.base?.repo?.full_name),
  };
}

export interface RunDeps {
  /** The decision engine for a policy set (default: src/engine). */
  engine?: (set: PolicySet) => Promise<DecideFn>;
}

export async function runAction(
  inputs: ActionInputs,
  env: RunEnv,
  client: GitHubClient | undefined,
  out: RunOutput,
  deps: RunDeps = {},
): Promise<RunResult> {
  const ws = env.workspace;
  const notes: string[] = [];
  const findings: Finding[] = [];

  // 1. The policy, as the checkout has it.
  const loaded = await loadPolicySet({ cwd: ws, config: inputs.config });
  findings.push(...loaded.findings);
  const set = loaded.set;
  let filesChecked = loaded.files.length;
  if (set && inputs.checkConflicts) {
    const { checkConflicts } = await import('../analysis/index.js');
    findings.push(...(await checkConflicts(set)));
  }

  // 2. The pull request: authorship, changed files, policy changes.
  const pull = PR_EVENTS.has(env.eventName) ? pullInfo(env.event) : undefined;
  let detection: Detection | undefined;
  let files: PrFile[] = [];
  let changes: PolicyChange[] = [];
  let diff = '';
  let approval = false;
  // Errors that are an agent's doing (denied writes, replayed actions), for agent-policy-violation.
  let violations = 0;
  if (pull && client) {
    const [commits, prFiles] = await Promise.all([client.listPullCommits(pull.number), client.listPullFiles(pull.number)]);
    files = prFiles;
    const extra = set ? policyDetection(set.root) : undefined;
    for (const p of extra?.problems ?? []) {
      findings.push({ ruleId: 'agent-detection-invalid', severity: 'warning', file: set!.root.file, line: 0, column: 0, message: `${p}; it is ignored` });
    }
    detection = detectAgent(withPolicy(builtinSignals(), extra), pull, commits);
    if (files.length >= GITHUB_FILES_CAP || commits.length >= GITHUB_COMMITS_CAP) {
      findings.push({
        ruleId: 'pr-files-truncated',
        severity: 'warning',
        file: '',
        line: 0,
        column: 0,
        message: `GitHub lists at most ${GITHUB_FILES_CAP} files and ${GITHUB_COMMITS_CAP} commits of a pull request; this one has ${files.length} files and ${commits.length} commits listed, and the rest were not checked`,
      });
    }
    // Policy changes first: an agent's files are decided by the stricter of the base and head
    // policies, so that a pull request cannot widen the policy that judges it.
    const pc = await policyChanges(inputs, env, client, pull.baseSha, files, loaded.files, set);
    changes = pc.changes;
    diff = pc.diff;
    // Unsure what the policy was before an agent changed it: that is an error, not a warning.
    const unsure = detection.agentAuthored
      ? pc.findings.map((f) => (f.ruleId === 'policy-base-unreadable' ? { ...f, severity: 'error' as const, message: `${f.message}; the agent's files were judged by the changed policy only` } : f))
      : pc.findings;
    findings.push(...unsure, ...changeFindings(changes));
    if (detection.agentAuthored && set) {
      const engine = deps.engine ?? engineFor;
      // Each policy decides as the agent it knows the detected one by.
      const deciders = [asAgentOf(set, await engine(set))];
      if (pc.baseSet && changes.length > 0) deciders.push(asBase(asAgentOf(pc.baseSet, await engine(pc.baseSet))));
      const policyRoot = set.root.root;
      const toPolicyPath = (p: string): string => policyPath(policyRoot, resolve(ws, p));
      const decideStrictest: DecideFn = (action) => strictestDecision(deciders.map((decide) => decide(action)));
      const r = decideChangedFiles(files, decideStrictest, { label: detection.agent ?? 'the agent', agentId: detection.agent }, toPolicyPath);
      findings.push(...r.findings);
      approval = r.needApproval.length > 0;
      violations += r.denied.length;
    }
  }

  // 3. Agent logs: the agent-log input, plus logs the pull request adds or changes.
  const logs: string[] = [];
  for (const l of inputs.agentLogs) {
    const isGlob = /[*?[\]{}!]/.test(l);
    if (!isGlob && !existsSync(resolve(ws, l))) notes.push(`agent-log: ${l} is not in the checkout; nothing to replay from it.`);
    else logs.push(l);
  }
  for (const f of files) if (f.status !== 'removed' && LOG_NAME.test(basename(f.filename)) && existsSync(resolve(ws, f.filename))) logs.push(f.filename);
  if (set && logs.length > 0) {
    const { replayLogs } = await import('../replay/index.js');
    const r = await replayLogs({ cwd: ws, set, logs: [...new Set(logs)], agent: detection?.agentAuthored ? detection.agent : undefined });
    findings.push(...r.findings);
    violations += r.findings.filter((f) => f.severity === 'error').length;
    filesChecked += r.files.length;
  }

  const prepared = prepareFindings(findings, ws);

  // 4. Labels.
  let labels: LabelOutcome | undefined;
  if (pull && client && inputs.labelAgentPrs) {
    const wanted = wantedLabels({
      agentLabel: detection?.agentAuthored ? inputs.agentLabel : undefined,
      violation: violations > 0,
      approval,
      policyChange: changes.some((c) => c.direction === 'widened'),
    });
    labels = await applyLabels(client, pull.number, wanted);
    notes.push(...labels.notes);
  }

  // 5. Verdict, annotations (notes and the failure message share the step's ten), summary.
  const s = summarize(prepared, filesChecked);
  let failure: string | undefined;
  if (inputs.failOn === 'error' && s.errors > 0) failure = `agent-policy-lint found ${plural(s.errors, 'error')}`;
  if (inputs.failOn === 'warning' && s.errors + s.warnings > 0) failure = `agent-policy-lint found ${countsText(s)}`;
  for (const n of notes) out.line(`::warning title=agent-policy-lint::${escapeData(visible(n))}`);
  const annotatable = prepared.map((f) => ({ ...f, file: f.file && !f.file.startsWith('..') ? f.file : '' }));
  const plan = planAnnotations(bySeverity(annotatable), { errors: failure ? 1 : 0, warnings: notes.length });
  for (const c of annotationCommands(plan)) out.line(c);

  const [owner, repo] = env.repository.split('/');
  const sha = pull?.headSha ?? env.sha;
  const fileLink = (f: { file: string; line: number }): string | undefined => {
    if (!f.file || f.file.startsWith('..') || isAbsolute(f.file) || !owner || !repo || !sha) return undefined;
    const path = f.file.split('/').map(encodeURIComponent).join('/');
    return `${env.serverUrl}/${owner}/${repo}/blob/${sha}/${path}${f.line > 0 ? `#L${f.line}` : ''}`;
  };
  const summary = renderSummary({
    pull: pull && { number: pull.number, fork: pull.fork },
    detection,
    findings: prepared,
    filesChecked,
    labels,
    changes,
    diff,
    plan,
    notes,
    fileLink,
  });

  return { findings: prepared, detection, labels, changes, diff, summary, notes, errors: s.errors, warnings: s.warnings, failure };
}

/** Decisions of a policy for the agent detected, as that policy knows it (engine/acting.ts). */
function asAgentOf(set: PolicySet, decide: DecideFn): DecideFn {
  return (action) => decide({ ...action, agentId: actingAgent(set.root, action.agentId) });
}

/** Decisions of the base policy: said so, and without origins (their lines are the base file's). */
function asBase(decide: DecideFn): DecideFn {
  return (action) => {
    const d = decide(action);
    return {
      ...d,
      reason: `${d.reason} (the policy at the base commit)`,
      subjects: d.subjects.map((x) => ({
        ...x,
        reason: x.allowed ? x.reason : `${x.reason} (the policy at the base commit)`,
        rules: x.rules.map((r) => ({ ...r, origin: undefined })),
      })),
    };
  };
}

function bySeverity(findings: Finding[]): Finding[] {
  const order = { error: 0, warning: 1, info: 2 } as const;
  return findings.map((f, i) => ({ f, i })).sort((a, b) => order[a.f.severity] - order[b.f.severity] || a.i - b.i).map((x) => x.f);
}

/**
 * Base versions come from the REST contents API at the base commit (actions/checkout fetches one
 * commit by default, so `git show base:path` would usually fail). Unchanged files are read from the
 * checkout: they are the same at base.
 */
async function policyChanges(
  inputs: ActionInputs,
  env: RunEnv,
  client: GitHubClient,
  baseSha: string | undefined,
  files: PrFile[],
  headFiles: string[],
  headSet: PolicySet | undefined,
): Promise<{ changes: PolicyChange[]; diff: string; findings: Finding[]; baseSet?: PolicySet }> {
  const ws = env.workspace;
  const none = { changes: [], diff: '', findings: [] };
  const headRel = new Set(headFiles.map((f) => posixRel(ws, f)));
  const configRel = inputs.config ? posixRel(ws, resolve(ws, inputs.config)) : undefined;
  const isPolicy = (p: string) => headRel.has(p) || p === configRel || POLICY_NAME.test(basename(p));
  const touched = files.filter((f) => isPolicy(f.filename) || (f.previousFilename !== undefined && isPolicy(f.previousFilename)));
  if (touched.length === 0 || !baseSha) return none;

  const { readFileSync } = await import('node:fs');
  // path -> text at base (undefined: absent at base); starts from the checkout for unchanged files.
  const base = new Map<string, string | undefined>();
  const head = new Map<string, string | undefined>();
  for (const p of headRel) {
    try {
      head.set(p, readFileSync(resolve(ws, p), 'utf8'));
    } catch {
      head.set(p, undefined);
    }
    base.set(p, head.get(p));
  }
  const findings: Finding[] = [];
  for (const f of touched) {
    if (f.status === 'added' || f.status === 'copied') base.set(f.filename, undefined);
    if (f.status === 'renamed') base.set(f.filename, undefined);
    const from = f.status === 'renamed' && f.previousFilename ? f.previousFilename : f.filename;
    if (f.status === 'added' || f.status === 'copied') continue;
    try {
      base.set(from, await client.getFileAt(from, baseSha));
    } catch (err) {
      findings.push({
        ruleId: 'policy-base-unreadable',
        severity: 'warning',
        file: f.filename,
        line: 0,
        column: 0,
        message: `the base version of ${from} could not be read, so this policy change was not compared: ${(err as Error).message}`,
      });
      return { changes: [], diff: '', findings };
    }
    if (!head.has(f.filename) && f.status !== 'removed') {
      try {
        head.set(f.filename, readFileSync(resolve(ws, f.filename), 'utf8'));
      } catch {
        head.set(f.filename, undefined);
      }
    }
    if (f.status === 'removed') head.set(f.filename, undefined);
  }

  // The root policy's path: the head's, else the removed one (a pull request that deletes it).
  const rootRel =
    (headSet && posixRel(ws, headSet.root.file)) ??
    configRel ??
    [...base.keys()].find((p) => /^\.agent-policy\.ya?ml$/.test(p) && base.get(p) !== undefined) ??
    [...headRel].find((p) => /^\.agent-policy\.ya?ml$/.test(p.split('/').pop() ?? ''));
  if (!rootRel) return { ...none, findings };
  const rootDir = resolve(ws, rootRel, '..');
  const baseSet = await loadAt(ws, rootRel, rootDir, base);
  const texts: PolicyFileTexts[] = [...new Set([...base.keys(), ...head.keys()])]
    .filter((p) => base.get(p) !== head.get(p))
    .sort()
    .map((p) => ({ path: p, base: base.get(p), head: head.get(p) }));
  const loc = new Locator(texts, { base: ws, head: ws });
  // A head policy with errors has no set: its findings already fail the run; compare nothing.
  const changes = headSet || !head.get(rootRel) ? comparePolicySets(baseSet, headSet, loc) : [];
  return { changes, diff: unifiedDiffs(texts), findings, baseSet };
}

async function loadAt(ws: string, rootRel: string, rootDir: string, texts: Map<string, string | undefined>): Promise<PolicySet | undefined> {
  if (texts.get(rootRel) === undefined) return undefined;
  const abs = (p: string) => resolve(ws, p);
  const overrides = [...texts.keys()].filter((p) => /\.agent-policy\.override\.ya?ml$/.test(p) && texts.get(p) !== undefined).map(abs);
  const byAbs = new Map([...texts].map(([p, t]) => [abs(p), t]));
  try {
    const r = await loadPolicySet({
      cwd: ws,
      config: abs(rootRel),
      readFile: (p) => byAbs.get(p),
      overrideFiles: () => overrides.filter((o) => o.startsWith(rootDir + sep)),
    });
    return r.set;
  } catch {
    return undefined;
  }
}

// The --staged pipeline once something is staged: read the index, lint the staged policy set,
// replay staged logs, decide an agent's staged paths, report, and say how to go on when blocked.
// Heavy modules (YAML, schemas, engine, replay) are imported only when a check needs them.
import { dirname, isAbsolute, resolve, sep } from 'node:path';
import { detectAgentCommit, readEnvMarkers, type AgentCommit } from '../agents/environment.js';
import type { LintOptions } from '../lint/options.js';
import type { RulesMetaLoader } from '../lint/report.js';
import { findRootPolicy } from '../policy/discover.js';
import type { LoadResult } from '../policy/index.js';
import { cacheDirOf, openListsCache, policyHash, readPolicySetCache, writePolicySetCache, type ListsCache } from '../policy/runtime-cache.js';
import type { PolicySet } from '../policy/types.js';
import type { Finding } from '../report/finding.js';
import { unstagedPaths, type StagedEntry } from './git.js';
import { absIn, overridesIn, readStagedState, relIn, ROOT_NAMES, type FileMap, type IndexReads, type StagedState } from './index-files.js';
import type { BlockedPath } from './message.js';

const BYPASS_NOTICES = new Set(['staged-agent-bypassed', 'replay-bypass-used']);

export async function checkStaged(opts: LintOptions, cwd: string, entries: StagedEntry[], loadRulesMeta: RulesMetaLoader, reads?: IndexReads): Promise<number> {
  const state = await readStagedState(cwd, entries, { config: opts.config, logGlobs: opts.agentLogs }, reads);
  const policyStaged = state.stagedPolicyFiles.length > 0;
  const quick = detectAgentCommit({ flag: opts.agent, env: process.env }) ?? (await authorOnly());
  // Only a policy with an agent_detection key (not a comment naming it) can mark more commits as an agent's.
  const policyMayDetect = [...state.index].some(([f, t]) => ROOT_NAMES.some((n) => f.endsWith(sep + n)) && /(^|[{,\s])["']?agent_detection["']?\s*:/m.test(t));
  // A person's commit that touches no policy file and no log: nothing to check.
  if (!policyStaged && state.logs.length === 0 && !quick && !policyMayDetect) return 0;

  const findings: Finding[] = [];
  const staged = await load(state.index, opts, cwd, !policyStaged);
  const noPolicy = !staged.set && staged.findings.some((f) => f.ruleId === 'no-policy');
  // Policy files are linted when the commit changes them; an unusable policy is reported whenever it is needed.
  if (!noPolicy && (policyStaged || !staged.set)) findings.push(...staged.findings);
  if (staged.set && policyStaged && opts.checkConflicts) {
    const { checkConflicts } = await import('../analysis/index.js');
    findings.push(...(await checkConflicts(staged.set)));
  }

  let agent: AgentCommit | undefined = quick;
  if (staged.set) {
    const { markers, builtinEnv } = readEnvMarkers(staged.set.root.raw);
    const input = { flag: opts.agent, env: process.env, policyMarkers: markers, builtinEnv };
    // The author identity is detection's last resort: its data is loaded only when nothing before it matched.
    agent = detectAgentCommit(input) ?? detectAgentCommit({ ...input, authorAgent: await authorLookup(staged.set.root.raw) });
  }

  const now = Date.now();
  if (state.logs.length > 0 && staged.set) {
    const { replayStagedLogs } = await import('./replay-staged.js');
    // An agent's commit replays its logs with the committed records only (see below).
    findings.push(...(await replayStagedLogs(state, staged.set, cwd, agent?.agent, now, agent ? state.committed : state.index)));
  }

  let blocked: BlockedPath[] = [];
  if (agent) {
    const sets: { set: PolicySet; label: string; lists?: ListsCache }[] = staged.set ? [{ set: staged.set, label: '', lists: staged.lists?.() }] : [];
    if (policyStaged && (staged.set || noPolicy)) {
      // The commit changes the policy: HEAD's policy must allow the paths too.
      const head = await load(state.committed, opts, cwd);
      if (head.set) sets.push({ set: head.set, label: 'per the committed policy in HEAD' });
      else if (!head.findings.some((f) => f.ruleId === 'no-policy')) findings.push(headUnusable(state, agent));
    }
    if (sets.length > 0) {
      const { decideAgentCommit } = await import('./agent-commit.js');
      const { loadIndexBypasses } = await import('./replay-staged.js');
      // Only records already committed count: an agent cannot grant itself a bypass in its own commit.
      // Record problems are reported once: by the replay when logs were replayed, else here.
      const bypasses = await loadIndexBypasses(state.committed, sets[0]!.set, now, state.logs.length > 0 && staged.set ? [] : findings);
      const result = await decideAgentCommit(entries, sets, agent.agent, state.top, bypasses, now);
      blocked = result.blocked;
      findings.push(...result.findings);
    } else if (noPolicy) {
      findings.push(noPolicyWarning(state, cwd, agent));
    }
  } else if (noPolicy && state.logs.length > 0) {
    findings.push(noPolicyWarning(state, cwd, undefined));
  }

  // In a terminal the hook keeps to what matters for this commit: notes (partial overlaps and the
  // like) are left to a full run, except that a bypass was used, which stays visible. Quiet when
  // nothing else is left. Machine formats and --output get everything.
  const forTerminal = opts.format === 'stylish' && !opts.output;
  const shown = forTerminal ? findings.filter((f) => f.severity !== 'info' || BYPASS_NOTICES.has(f.ruleId)) : findings;
  if (forTerminal && shown.length === 0) return 0;
  const { emitReport, exitCodeFor } = await import('../lint/report.js');
  const summary = await emitReport(shown, {
    format: opts.format,
    output: opts.output,
    cwd,
    color: opts.color,
    quiet: opts.quiet,
    filesChecked: staged.files.length + state.logs.length + (agent ? entries.length : 0),
    loadRulesMeta,
  });
  const code = exitCodeFor(summary, opts.maxWarnings);
  if (code !== 0) {
    const errorFiles = [...new Set(findings.filter((f) => f.severity === 'error' && isAbsolute(f.file)).map((f) => f.file))]
      .filter((f) => f.startsWith(state.top + sep))
      .map((f) => relIn(state.top, f));
    const differ = await unstagedPaths(cwd, errorFiles).catch(() => new Set<string>());
    const blockedPaths = new Set(blocked.map((b) => b.path));
    const { blockedMessage } = await import('./message.js');
    process.stderr.write(
      blockedMessage({
        agent,
        blocked,
        otherErrors: findings.filter((f) => f.severity === 'error' && !f.ruleId.startsWith('staged-agent-')).length,
        replayErrors: findings.filter((f) => f.severity === 'error' && f.ruleId.startsWith('replay-')).length,
        unstagedFixes: [...differ].filter((p) => !blockedPaths.has(p)),
        cwd,
        top: state.top,
      }),
    );
  }
  return code;
}

/** A loaded policy; `lists` opens the runtime cache's compiled lists for it, when it has an entry there. */
type Loaded = LoadResult & { lists?: () => ListsCache | undefined };

async function load(files: FileMap, opts: LintOptions, cwd: string, setOnly = false): Promise<Loaded> {
  // When only the checked set is needed (the commit leaves the policy alone, so its findings are
  // not reported), the runtime guard's cache has it if the index holds the same policy files.
  const cache = setOnly && opts.config === undefined ? setCache(files, cwd) : undefined;
  const hit = cache?.read();
  if (hit) return { set: hit, findings: [], files: cache!.files, lists: cache!.lists };
  const { loadPolicySet } = await import('../policy/index.js');
  const loaded = await loadPolicySet({
    cwd,
    config: opts.config,
    readFile: (abs) => files.get(resolve(abs)),
    overrideFiles: (rootDir) => overridesIn(files, rootDir),
  });
  if (loaded.set) cache?.write(loaded.set);
  return cache ? { ...loaded, lists: cache.lists } : loaded;
}

/** The checked-set cache entry for the policy files of a snapshot (src/policy/runtime-cache.ts). */
function setCache(
  files: FileMap,
  cwd: string,
): { files: string[]; read: () => PolicySet | undefined; write: (set: PolicySet) => void; lists: () => ListsCache | undefined } | undefined {
  const rootFile = findRootPolicy(cwd, (p) => files.has(p));
  if (!rootFile) return undefined;
  const rootDir = dirname(rootFile);
  const policyFiles = [rootFile, ...overridesIn(files, rootDir)];
  const hash = policyHash(rootDir, new Map(policyFiles.map((f) => [f, files.get(f)!])));
  const dir = cacheDirOf(rootDir);
  return {
    files: policyFiles,
    read: () => readPolicySetCache(dir, rootDir, hash),
    write: (set) => writePolicySetCache(dir, rootDir, hash, set),
    lists: () => openListsCache(dir, rootDir, hash),
  };
}

function headUnusable(state: StagedState, agent: AgentCommit): Finding {
  const file = state.stagedPolicyFiles[0] ?? '.agent-policy.yml';
  return {
    ruleId: 'staged-head-policy-unusable',
    severity: 'error',
    message: `agent "${agent.agent}" is changing the policy, and the committed policy in HEAD cannot be loaded to check this commit against it`,
    hint: 'Have a person commit the policy change (the committed policy has errors: run agent-policy-lint on a checkout of HEAD).',
    file: absIn(state.top, file),
    line: 0,
    column: 0,
  };
}

function noPolicyWarning(state: StagedState, cwd: string, agent: AgentCommit | undefined): Finding {
  return {
    ruleId: 'staged-no-policy',
    severity: 'warning',
    message: agent
      ? `agent "${agent.agent}" (recognised by ${agent.via}) is committing, but there is no .agent-policy.yml in the index or in HEAD: nothing was checked`
      : 'agent logs are staged, but there is no .agent-policy.yml in the index to replay them against',
    hint: 'Commit a policy (agent-policy-lint init writes a starting one).',
    file: state.logs[0] ? absIn(state.top, state.logs[0].path) : cwd,
    line: 0,
    column: 0,
  };
}

/** Detection by the author identity alone (the signal data is loaded only for this). */
async function authorOnly(): Promise<AgentCommit | undefined> {
  if (!process.env.GIT_AUTHOR_EMAIL) return undefined;
  return detectAgentCommit({ env: { GIT_AUTHOR_NAME: process.env.GIT_AUTHOR_NAME, GIT_AUTHOR_EMAIL: process.env.GIT_AUTHOR_EMAIL }, authorAgent: await authorLookup(undefined) });
}

/** The agent an author e-mail belongs to (src/agents), its data loaded only when asked. */
async function authorLookup(raw: unknown): Promise<(name: string, email: string) => string | undefined> {
  const { authorEmailAgent } = await import('../agents/signals.js');
  return authorEmailAgent(raw);
}

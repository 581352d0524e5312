// decide(action, compiled): the one decision function every entry point uses (SPEC 3).
import { normalizePath } from '../match/path.js';
import type { Origin } from '../policy/types.js';
import { overridesFor, type CompiledPolicy, type Level } from './compile.js';
import type { DecisionContext } from './context.js';
import { requireCommandSupport } from './command-support.js';
import { decideNetwork, decideTool } from './decide-other.js';
import { decidePath } from './decide-path.js';
import { refusedOutright } from './rules-out.js';
import { actionOutcome, asGuess } from './verdict.js';
import type { Action, Decision, LinkTarget, SubjectDecision } from './types.js';

export interface DecideOptions {
  /** Also list the rules that were consulted and did not match (for `explain`). */
  explain?: boolean;
  /** Whether the action's approvalId counts (default: any non-empty id does). */
  approvalValid?: (id: string, action: Action) => boolean;
  /** Follows symbolic links on this disk: a path with a link on it is also decided as its target. */
  linkTarget?: LinkTarget;
}

export function decide(action: Action, compiled: CompiledPolicy, opts: DecideOptions = {}): Decision {
  const id = action.approvalId;
  const approved = typeof id === 'string' && id !== '' && (opts.approvalValid ? opts.approvalValid(id, action) : true);
  const context: DecisionContext = {
    policy: compiled,
    action,
    explain: opts.explain === true,
    approved,
    agent: action.agentId !== undefined ? compiled.agents.get(action.agentId) : undefined,
    linkTarget: opts.linkTarget,
  };
  let subjects: SubjectDecision[];
  let fileLimit: Decision['fileLimit'];
  switch (action.kind) {
    case 'filesystem': {
      subjects = action.paths.map((p) => decidePath(context, p, action.op));
      if (action.guessed) subjects = subjects.map((s) => asGuess(s, 'a value of the tool\'s input that may name a file'));
      if (subjects.length === 0) {
        subjects = [refusedOutright('path', '', 'the action names no path')];
      } else if (action.op !== 'read' && compiled.hasFileLimits) fileLimit = limitFor(compiled, subjects);
      break;
    }
    case 'command':
      subjects = requireCommandSupport().decideCommand(context, action.command);
      break;
    case 'network':
      subjects = [decideNetwork(context, action.host, action.url)];
      break;
    case 'tool':
      subjects = [decideTool(context, action.tool)];
      break;
    default:
      subjects = [refusedOutright('tool', String((action as { kind?: unknown }).kind), 'unknown kind of action')];
  }
  const outcome = actionOutcome(subjects);
  const allowed = outcome === 'allow';
  const requiresApproval = subjects.some((s) => s.requiresApproval);
  const d: Decision = {
    outcome,
    allowed,
    requiresApproval,
    approved: requiresApproval && approved,
    reason: summary(subjects, allowed, requiresApproval && approved, id),
    subjects,
  };
  if (fileLimit) d.fileLimit = fileLimit;
  return d;
}

const KIND: Record<SubjectDecision['kind'], string> = { path: 'path', command: 'command', host: 'host', tool: 'tool' };

function summary(subjects: SubjectDecision[], allowed: boolean, approved: boolean, id: string | undefined): string {
  const label = (s: SubjectDecision) => `${KIND[s.kind]} "${s.subject}"${s.via ? ` (${s.via})` : ''}`;
  if (!allowed) {
    const denied = subjects.filter((s) => !s.allowed);
    // The subject that decided the verdict first: a denial over one that needs an approval.
    const first = denied.find((s) => s.outcome === 'deny') ?? denied[0]!;
    const more = denied.length > 1 ? ` (and ${denied.length - 1} more denied)` : '';
    return `denied: ${label(first)}: ${first.reason}${more}`;
  }
  if (approved) {
    const s = subjects.find((x) => x.requiresApproval)!;
    return `allowed with approval ${id}: ${label(s)}: ${s.reason}`;
  }
  if (subjects.length === 1) return `allowed: ${subjects[0]!.reason}`;
  return `allowed: all ${subjects.length} subjects are allowed`;
}

/** max_files_per_action: the smallest limit of the root and the overrides governing the paths. */
function limitFor(cp: CompiledPolicy, subjects: SubjectDecision[]): Decision['fileLimit'] {
  let best: { limit: number; origin?: Origin } | undefined;
  const consider = (l: Level) => {
    const m = l.maxFilesPerAction;
    if (m && (!best || m.limit < best.limit)) best = m;
  };
  consider(cp.rootLevel);
  for (const s of subjects) {
    // Subjects are normalised already (repository-relative, or absolute outside it).
    const np = normalizePath(s.subject, { root: cp.root });
    if (!np.outside) overridesFor(cp, np.path).forEach(consider);
  }
  if (!best) return undefined;
  const count = new Set(subjects.map((s) => s.subject)).size;
  const b = best as { limit: number; origin?: Origin };
  return { count, limit: b.limit, origin: b.origin, exceeded: count > b.limit };
}

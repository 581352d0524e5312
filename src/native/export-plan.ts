// What any agent's exported file may say, worked out once from the policy: the denies and
// approvals to copy (every level: an override's or agent's deny is exported as a deny everywhere,
// which is stricter), and the allows that are safe to give the agent without asking. An allow is
// safe only if no deny or approval could meet it and the engine allows its examples; everything
// else is left to the agent's "ask" and listed as enforced by the agent-policy-lint hook only.
import programs from '../../data/programs.json';
import { TOUCH_MODELS } from '../match/program-tables.js';
import { decide, type CompiledPolicy } from '../engine/index.js';
import { foldString } from '../match/case-fold.js';
import { normaliseCommandPattern } from '../match/command.js';
import type { Permissions, PolicySet } from '../policy/types.js';
import { RUNNER_PROGRAMS } from './defaults.js';
import { commandExamples, globExamples } from './witness.js';

export interface ExportPlan {
  commands: { deny: string[]; ask: string[]; allow: string[] };
  paths: { deny: string[]; ask: string[] };
  hosts: { deny: string[]; ask: string[]; allow: string[] };
  tools: { deny: string[]; ask: string[]; allow: string[] };
  /** What the agent's file cannot say: enforced by the agent-policy-lint hook only. */
  hookOnly: string[];
}

function allPermissions(set: PolicySet): Permissions[] {
  return [set.root.permissions, ...set.overrides.map((o) => o.permissions), ...set.root.agents.flatMap((a) => (a.permissions ? [a.permissions] : []))];
}

/** A pattern's program, folded as deny patterns fold (`ſsh` and `SSH` are `ssh` to a deny). */
const firstWord = (p: string): string => foldString(normaliseCommandPattern(p).split(' ')[0]!);
/** Shell syntax the agents read as raw text and the policy as parsed words. */
const RAW_SYNTAX = /["'`\\$;&|<>(){}]/;

export function exportPlan(set: PolicySet, compiled: CompiledPolicy, agentId?: string): ExportPlan {
  const perms = allPermissions(set);
  const approvals = [set.root, ...set.overrides].flatMap((l) => l.constraints.requireHumanApproval);
  const uniq = (xs: string[]): string[] => [...new Set(xs)];
  const plan: ExportPlan = {
    commands: { deny: uniq(perms.flatMap((p) => p.commands.deny.map((r) => r.pattern))), ask: uniq(approvals.filter((a) => a.kind === 'command').map((a) => a.pattern)), allow: [] },
    paths: { deny: uniq(perms.flatMap((p) => p.filesystem.deny.map((r) => r.pattern))), ask: uniq(approvals.filter((a) => a.kind === 'file').map((a) => a.pattern)) },
    hosts: { deny: uniq(perms.flatMap((p) => p.network.deny.map((r) => r.pattern))), ask: uniq(approvals.filter((a) => a.kind === 'host').map((a) => a.pattern)), allow: [] },
    tools: { deny: uniq(perms.flatMap((p) => p.tools.deny.map((r) => r.pattern))), ask: uniq(approvals.filter((a) => a.kind === 'tool').map((a) => a.pattern)), allow: [] },
    hookOnly: [
      'file arguments and redirections of allowed commands (cat .env, npm test > .env)',
      'opaque code and commands reached through wrappers and shells (sudo, bash -c, $(…))',
      'hosts reached by commands (curl, git clone)',
    ],
  };
  const cwd = compiled.root;
  const allowed = (outcome: string): boolean => outcome === 'allow';

  // Commands: an allow whose program no deny or approval names, and whose examples the engine allows.
  const blocked = new Set([...plan.commands.deny, ...plan.commands.ask].map(firstWord));
  const wildBlock = [...blocked].some((w) => w.includes('*'));
  const program = (p: string): string => normaliseCommandPattern(p).split(' ')[0]!;
  for (const rule of set.root.permissions.commands.allow) {
    const p = normaliseCommandPattern(rule.pattern);
    const name = program(p);
    const safe =
      !wildBlock &&
      !blocked.has(firstWord(p)) &&
      !name.includes('*') &&
      !name.includes('/') &&
      !RUNNER_PROGRAMS.includes(name.toLowerCase()) &&
      !RAW_SYNTAX.test(p) &&
      !reachesHosts(p) &&
      !actsOnFiles(p) &&
      commandExamples(p.endsWith('*') ? p : `${p} *`).every((c) => allowed(decide({ kind: 'command', command: c, cwd, agentId }, compiled).outcome));
    if (safe) plan.commands.allow.push(p);
    else plan.hookOnly.push(`the command allow "${rule.pattern}" (a deny or approval may meet it, or the agent cannot match it exactly): the agent asks`);
  }
  if (set.root.permissions.commands.allow.length === 0) plan.hookOnly.push('commands the policy allows because it has no command allow list: the agent asks');

  // Hosts: exact exceptions the engine allows and no deny or approval names.
  const hostBlocked = [...plan.hosts.deny, ...plan.hosts.ask];
  for (const rule of set.root.permissions.network.exceptions) {
    const h = rule.pattern.toLowerCase();
    const safe = !h.includes('*') && !hostBlocked.some((b) => b === h || b === '*' || (b.startsWith('*.') && h.endsWith(b.slice(1)))) && allowed(decide({ kind: 'network', host: h, cwd, agentId }, compiled).outcome);
    if (safe) plan.hosts.allow.push(h);
    else plan.hookOnly.push(`the host exception "${rule.pattern}": the agent asks`);
  }

  // Tools: exact MCP names (or a whole MCP server) the engine allows and no deny or approval
  // names. Built-in tool names are not exported as allows: an agent's `Bash` or `Edit` allow
  // lets every command or edit through, where the policy still checks each one.
  const toolBlocked = [...plan.tools.deny, ...plan.tools.ask];
  for (const rule of set.root.permissions.tools.allow) {
    const t = rule.pattern;
    const server = /^mcp__[^*_]+(?:_[^*_]+)*__\*$/.test(t);
    const safe =
      t.startsWith('mcp__') &&
      (server || !t.includes('*')) &&
      !toolBlocked.some((b) => b === t || b === '*' || (b.endsWith('*') && t.startsWith(b.slice(0, -1))) || (server && b.startsWith(t.slice(0, -1)))) &&
      allowed(decide({ kind: 'tool', tool: t.replace(/\*$/, 'x'), cwd, agentId }, compiled).outcome);
    if (safe) plan.tools.allow.push(t);
    else plan.hookOnly.push(`the tool allow "${t}": the agent asks`);
  }

  // Paths: the agents read the project without asking; the policy's allow list cannot be said.
  if (set.root.permissions.filesystem.allow.length > 0) plan.hookOnly.push('reads and writes outside filesystem.allow: the agent reads the project freely and asks before writes');
  plan.hookOnly.push('writes the policy allows: the agent asks before them');
  for (const g of plan.paths.deny) if (globExamples(g).length === 0) plan.hookOnly.push(`the path deny "${g}"`);
  // Policy denies fold case (SPEC 3); the agents' path globs do not.
  if (plan.paths.deny.length > 0) plan.hookOnly.push('case variants of denied paths (SECRETS/… where the policy denies secrets/**): the agents match path globs case-sensitively');
  return plan;
}

/**
 * Programs (and git subcommands) that contact hosts, from their argument models
 * (data/programs.json `touch`): the policy decides those hosts, which no agent's command prefix
 * can say, so an allow that could admit one stays with the hook (`git` admits `git push`).
 */
const NETWORK_COMMANDS: readonly string[] = Object.entries((programs as { touch: Record<string, unknown> }).touch)
  .filter(([name, model]) => !name.startsWith('$') && /"(?:remote-name|url|host|remote)[^"]*"|host|url/i.test(JSON.stringify(model)))
  .map(([name]) => name);

function reachesHosts(pattern: string): boolean {
  const { program, sub } = programAndSubcommand(pattern);
  return NETWORK_COMMANDS.some((n) => {
    const [p, s] = n.split(' ');
    if (p !== program) return false;
    return s === undefined || sub === undefined || sub === s;
  });
}

/**
 * The pattern's program and the subcommand it fixes, if any. Options match anywhere (SPEC 3), so a
 * second word that is an option (`git --force`) or holds a `*` fixes no subcommand: the pattern
 * admits `git --force push` as well as `git --force status`.
 */
function programAndSubcommand(pattern: string): { program: string; sub?: string } {
  const [program = '', second] = pattern.split(' ');
  if (second === undefined || second.startsWith('-') || second.includes('*')) return { program };
  return { program, sub: second };
}

type TouchModel = { operands?: string; options?: Record<string, string>; tree?: unknown; first?: unknown; last?: unknown; extract?: unknown; writes?: unknown; outputName?: unknown; pieces?: unknown; when?: unknown };
const TOUCH = TOUCH_MODELS.view<TouchModel>();
/** The program's model, own keys only (a policy may name a program `constructor`). */
const touchModel = (name: string): TouchModel | undefined => TOUCH.get(name);

/**
 * A model under which the command's words name no file. A program that reads its operands is not
 * quiet: `ls $HOME` reads a file known only at run time, which the policy sends to a human and an
 * agent's `ls` prefix would let through. Nor is one that reads its first operand or writes files
 * its operands do not name (`unzip x.zip` extracts into the working directory, `split` writes
 * its pieces), or whose options change what it touches (`when`).
 */
function quiet(model: TouchModel | undefined): boolean {
  if (model === undefined) return true;
  const { operands, options, tree, first, last, extract, writes, outputName, pieces, when } = model;
  return operands === 'none' && !options && !tree && !first && !last && !extract && !writes && !outputName && !pieces && !when;
}

/**
 * Whether a command the pattern admits may write, delete or read files through its arguments
 * (rm, make -f, cp …): the policy decides those files, which no agent's command prefix can say,
 * so such an allow stays with the hook.
 */
function actsOnFiles(pattern: string): boolean {
  const { program, sub } = programAndSubcommand(pattern);
  const subModel = sub === undefined ? undefined : touchModel(`${program} ${sub}`);
  if (subModel) return !quiet(subModel);
  if (!quiet(touchModel(program))) return true;
  // `git` (or `git *`, `git --force`) admits every subcommand: any of them acting on files counts.
  if (sub !== undefined) return false;
  for (const name of TOUCH.names()) if (name.startsWith(`${program} `) && !quiet(TOUCH.get(name))) return true;
  return false;
}

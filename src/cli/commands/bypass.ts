// agent-policy-lint bypass: records a time-limited, approved exception to the policy (SPEC 3)
// as .agent-policy/bypasses/<id>.json beside the root policy. Replay honours it only inside its
// window and only for its patterns (docs/replay.md).
import { relative, sep } from 'node:path';
import { parseFlags } from '../args.js';
import { UsageError } from '../../errors.js';
import { commandPatternProblem } from '../../match/command.js';
import { globSyntaxError } from '../../match/glob.js';
import { loadPolicySet } from '../../policy/index.js';
import { writeBypassRecord } from '../../records/bypasses.js';
import { approverAllowed, DEFAULT_MAX_BYPASS_MINUTES, formatSeconds, isEmail, isoSeconds, parseDuration } from '../../records/duration.js';

export const BYPASS_USAGE = `Usage: agent-policy-lint bypass --reason TEXT --allow PATTERN [--allow PATTERN]...
                              [--command PATTERN]... --duration 30m --approver EMAIL
                              [--agent ID] [--config FILE]

Records a time-limited bypass of the policy in .agent-policy/bypasses/<id>.json (commit it).
A replayed action that the policy denies passes with a notice when a bypass covers it at the
action's timestamp.

Options:
      --reason TEXT       why (required)
      --allow PATTERN     repository-relative path glob the bypass allows (repeatable)
      --command PATTERN   command pattern the bypass allows (repeatable)
      --duration D        how long: 30m, 2h, 1h30m, 1d (at most the policy's bypass.max_duration,
                          default 24h)
      --approver EMAIL    who approved it (required)
      --agent ID          only this agent's actions
  -c, --config FILE       the policy (default: .agent-policy.yml found upwards)
  -h, --help              show this help`;

function list(v: string[] | undefined, flag: string, check: (p: string) => string | undefined): string[] {
  const out: string[] = [];
  for (const raw of v ?? []) {
    const p = raw.trim();
    if (p === '') throw new UsageError(`${flag} needs a non-empty pattern`);
    const problem = check(p);
    if (problem) throw new UsageError(`${flag} "${p}" is not a valid pattern: ${problem}`);
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

export async function run(argv: string[], cwd: string): Promise<number> {
  const parsed = parseFlags(
    {
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        reason: { type: 'string' },
        allow: { type: 'string', multiple: true },
        command: { type: 'string', multiple: true },
        duration: { type: 'string' },
        approver: { type: 'string' },
        agent: { type: 'string' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    'bypass',
  );
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(BYPASS_USAGE + '\n');
    return 0;
  }
  const reason = v.reason?.trim();
  if (!reason) throw new UsageError('a bypass needs --reason: say why the policy must be bypassed');
  const approver = v.approver?.trim();
  if (!approver) throw new UsageError('a bypass needs --approver EMAIL: the person who approved it');
  if (!isEmail(approver)) throw new UsageError(`--approver "${approver}" is not an e-mail address`);
  if (v.duration === undefined) throw new UsageError('a bypass needs --duration (30m, 2h, 1h30m, 1d)');
  const seconds = parseDuration(v.duration);
  if (seconds === undefined) throw new UsageError(`--duration "${v.duration}" is not a duration; write it like 30m, 2h, 1h30m or 1d`);
  const patterns = list(v.allow, '--allow', (p) => globSyntaxError(p)?.message);
  const commands = list(v.command, '--command', (p) => commandPatternProblem(p));
  if (patterns.length + commands.length === 0) throw new UsageError('a bypass needs at least one --allow PATTERN or --command PATTERN');
  const agent = v.agent?.trim() || undefined;

  const loaded = await loadPolicySet({ cwd, config: v.config });
  const set = loaded.set;
  if (!set) {
    throw new UsageError('no usable policy found (.agent-policy.yml): a bypass is recorded beside the policy it bypasses', 'Run agent-policy-lint to see what is wrong with the policy, or pass --config FILE.');
  }
  const root = set.root;
  const capMinutes = root.bypass.maxDurationMinutes ?? DEFAULT_MAX_BYPASS_MINUTES;
  if (seconds > capMinutes * 60) {
    const where = root.bypass.maxDurationMinutes !== undefined ? "the policy's bypass.max_duration" : 'the default maximum (set bypass.max_duration to change it)';
    throw new UsageError(`--duration ${v.duration} is longer than ${where}: ${formatSeconds(capMinutes * 60)}`);
  }
  if (!approverAllowed(approver, root.bypass.approvers)) {
    throw new UsageError(`${approver} may not approve bypasses: the policy's bypass.approvers are ${root.bypass.approvers!.join(', ')}`);
  }
  const known = [...(root.agentId ? [root.agentId] : []), ...root.agents.map((a) => a.id)];
  if (agent && known.length > 0 && !known.includes(agent)) {
    throw new UsageError(`--agent "${agent}" is not an agent of the policy (known: ${known.join(', ')})`);
  }

  const now = Date.now();
  const { record, file } = writeBypassRecord(root.root, {
    reason,
    patterns,
    commands,
    approver,
    ...(agent ? { agent } : {}),
    created_at: isoSeconds(now),
    expires_at: isoSeconds(now + seconds * 1000),
  });
  const shown = relative(cwd, file).split(sep).join('/');
  process.stdout.write(`Bypass granted: ${record.id}\nExpires: ${record.expires_at}\nRecord: ${shown}\nCommit the record so that replay and reviewers see it.\n`);
  return 0;
}

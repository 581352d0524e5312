import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  approverAllowed,
  formatSeconds,
  isEmail,
  isoSeconds,
  parseDuration,
  writeBypassRecord
} from "./chunk-GDP7F25S.js";
import "./chunk-UKSESNFL.js";
import {
  parseFlags
} from "./chunk-MBKERYEW.js";
import "./chunk-4ZWHCVI7.js";
import "./chunk-O3G5XKBQ.js";
import {
  commandPatternProblem
} from "./chunk-ABQ5D6RS.js";
import "./chunk-Y7RLUBF5.js";
import "./chunk-V5PX7ZKJ.js";
import {
  loadPolicySet
} from "./chunk-E4YIPD2I.js";
import "./chunk-L2XDMHMZ.js";
import "./chunk-PCFHNYAU.js";
import "./chunk-HTJE5MBF.js";
import {
  UsageError
} from "./chunk-6RCGQYBU.js";
import {
  globSyntaxError
} from "./chunk-DUFMWMGU.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-F2VQ6EFB.js";

// src/cli/commands/bypass.ts
import { relative, sep } from "node:path";
var BYPASS_USAGE = `Usage: agent-policy-lint bypass --reason TEXT --allow PATTERN [--allow PATTERN]...
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
function list(v, flag, check) {
  let out = [];
  for (let raw of v ?? []) {
    let p = raw.trim();
    if (p === "") throw new UsageError(`${flag} needs a non-empty pattern`);
    let problem = check(p);
    if (problem) throw new UsageError(`${flag} "${p}" is not a valid pattern: ${problem}`);
    out.includes(p) || out.push(p);
  }
  return out;
}
async function run(argv, cwd) {
  let v = parseFlags(
    {
      args: argv,
      allowPositionals: !1,
      strict: !0,
      options: {
        reason: { type: "string" },
        allow: { type: "string", multiple: !0 },
        command: { type: "string", multiple: !0 },
        duration: { type: "string" },
        approver: { type: "string" },
        agent: { type: "string" },
        config: { type: "string", short: "c" },
        help: { type: "boolean", short: "h", default: !1 }
      }
    },
    "bypass"
  ).values;
  if (v.help)
    return process.stdout.write(BYPASS_USAGE + `
`), 0;
  let reason = v.reason?.trim();
  if (!reason) throw new UsageError("a bypass needs --reason: say why the policy must be bypassed");
  let approver = v.approver?.trim();
  if (!approver) throw new UsageError("a bypass needs --approver EMAIL: the person who approved it");
  if (!isEmail(approver)) throw new UsageError(`--approver "${approver}" is not an e-mail address`);
  if (v.duration === void 0) throw new UsageError("a bypass needs --duration (30m, 2h, 1h30m, 1d)");
  let seconds = parseDuration(v.duration);
  if (seconds === void 0) throw new UsageError(`--duration "${v.duration}" is not a duration; write it like 30m, 2h, 1h30m or 1d`);
  let patterns = list(v.allow, "--allow", (p) => globSyntaxError(p)?.message), commands = list(v.command, "--command", (p) => commandPatternProblem(p));
  if (patterns.length + commands.length === 0) throw new UsageError("a bypass needs at least one --allow PATTERN or --command PATTERN");
  let agent = v.agent?.trim() || void 0, set = (await loadPolicySet({ cwd, config: v.config })).set;
  if (!set)
    throw new UsageError("no usable policy found (.agent-policy.yml): a bypass is recorded beside the policy it bypasses", "Run agent-policy-lint to see what is wrong with the policy, or pass --config FILE.");
  let root = set.root, capMinutes = root.bypass.maxDurationMinutes ?? 1440;
  if (seconds > capMinutes * 60) {
    let where = root.bypass.maxDurationMinutes !== void 0 ? "the policy's bypass.max_duration" : "the default maximum (set bypass.max_duration to change it)";
    throw new UsageError(`--duration ${v.duration} is longer than ${where}: ${formatSeconds(capMinutes * 60)}`);
  }
  if (!approverAllowed(approver, root.bypass.approvers))
    throw new UsageError(`${approver} may not approve bypasses: the policy's bypass.approvers are ${root.bypass.approvers.join(", ")}`);
  let known = [...root.agentId ? [root.agentId] : [], ...root.agents.map((a) => a.id)];
  if (agent && known.length > 0 && !known.includes(agent))
    throw new UsageError(`--agent "${agent}" is not an agent of the policy (known: ${known.join(", ")})`);
  let now = Date.now(), { record, file } = writeBypassRecord(root.root, {
    reason,
    patterns,
    commands,
    approver,
    ...agent ? { agent } : {},
    created_at: isoSeconds(now),
    expires_at: isoSeconds(now + seconds * 1e3)
  }), shown = relative(cwd, file).split(sep).join("/");
  return process.stdout.write(`Bypass granted: ${record.id}
Expires: ${record.expires_at}
Record: ${shown}
Commit the record so that replay and reviewers see it.
`), 0;
}
export {
  BYPASS_USAGE,
  run
};

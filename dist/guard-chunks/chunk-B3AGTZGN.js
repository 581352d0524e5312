var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  rules: () => rules
});
module.exports = __toCommonJS(stdin_exports);
var r = (id, severity, summary, docs) => ({
  id,
  severity,
  summary,
  docs: docs.trim(),
  category: "replay"
}), rules = [
  r("replay-denied-action", "error", "A logged action that the policy denies was carried out.", '\nThe log shows the agent did something the current effective policy denies: it wrote a denied\nfile, ran a denied command, reached a host outside `network.exceptions`, or called a denied tool.\nAn entry counts as carried out unless the log shows it was blocked (`"allowed": false`, a\nblocking `policy_checks` result, or, in a Claude Code transcript, a tool_result saying the call\nwas rejected or blocked by a hook). When the log itself says `"allowed": true` the message says\nso: the runtime and the policy in review disagree, which is the worst case.\n\n```jsonl\n{"timestamp":"2026-06-08T14:32:15Z","agent_id":"code-assistant-prod","action":"filesystem.write","path":".env","allowed":true}\n```\n\nWith `filesystem.deny: [".env*"]` this line is an error.\n\n**Fix:** find out why the runtime let it through (an outdated policy on the agent\'s side, a\nmissing hook), revert what the action did, or, if the action is legitimate, change the policy in\nreview (or record a time-limited bypass with `agent-policy-lint bypass`).'),
  r("replay-blocked-attempt", "info", "The log shows an action that was blocked.", '\nA notice, not a problem: the runtime blocked an action and logged it (`"allowed": false`,\na blocking `policy_checks` result, or a Claude Code tool_result rejecting the call). Replay\nstill re-decides it and reports a disagreement separately (`replay-decision-mismatch`).\n\n```jsonl\n{"action":"command.exec","command":"rm -rf /tmp/cache","allowed":false,"reason":"Command matches deny pattern"}\n```\n\n**Fix:** nothing to fix. Many such notices for one agent become `replay-repeated-blocked-attempts`.'),
  r("replay-repeated-blocked-attempts", "warning", "One agent kept trying blocked actions in one session (3 or more).", `
An agent that is blocked again and again in the same session is either stuck in a loop or
probing the policy. The warning is reported once per agent and session, at the line of the
3rd blocked attempt, with the total count.

\`\`\`jsonl
{"agent_id":"bot","session_id":"s1","action":"command.exec","command":"curl https://x.example","allowed":false}
{"agent_id":"bot","session_id":"s1","action":"command.exec","command":"wget https://x.example","allowed":false}
{"agent_id":"bot","session_id":"s1","action":"command.exec","command":"python -c 'import urllib...'","allowed":false}
\`\`\`

**Fix:** read the session: give the agent what it legitimately needs (an allow rule, an
exception), or tighten its instructions so that it stops trying.`),
  r("replay-decision-mismatch", "warning", "The decision in the log differs from the replayed one.", '\nThe log records a decision (`allowed`, `requires_approval`, a `policy_checks` result) that\nthe current policy would not make: for example the runtime blocked an action that the policy\nallows, or asked for an approval that the policy does not require. The runtime probably\nenforced an older policy. ("Log says allowed, policy denies" is the error\n`replay-denied-action`, not this warning.)\n\n```jsonl\n{"action":"filesystem.write","path":"src/app.ts","allowed":false}\n```\n\nWith `filesystem.allow: ["src/**"]` the policy allows this write that the runtime blocked.\n\n**Fix:** deploy the policy in review to the agent runtime, or check that the policy change is\nintended.'),
  r("replay-missing-approval", "error", "An action that needs human approval was carried out without a valid approval.", '\nThe action matches a `require_human_approval` rule and no deny, so it is allowed only with an\napproval: an `approval_id` on the log entry that counts. When the repository keeps approval\nrecords (`.agent-policy/approvals/`), the id must name one of them (and fit its scope and\ntime window); when it keeps none, any `approval_id` counts. See docs/replay.md.\n\n```jsonl\n{"action":"filesystem.write","path":"package.json","allowed":true}\n```\n\nWith `require_human_approval: [{file_pattern: "package.json"}]` this is an error; with\n`"approval_id":"apr_8x3k2"` (and a matching record, if records are kept) it passes.\n\n**Fix:** record the approval that was given, or revert the change and ask for one.'),
  r("replay-too-many-files", "error", "One action touched more files than constraints.max_files_per_action.", '\n`constraints.max_files_per_action` limits the blast radius of a single tool call. A logged\naction with more paths than that limit breaks the constraint even if each path is allowed.\n\n```jsonl\n{"action":"filesystem.write","paths":["src/a.ts","src/b.ts","src/c.ts"],"allowed":true}\n```\n\nWith `max_files_per_action: 2` this is an error.\n\n**Fix:** have the agent split large edits into several actions, or raise the limit deliberately.'),
  r("replay-unknown-agent", "error", "The log names an agent the policy does not know.", '\nWhen the policy names its agent (`agent_id`) or declares `agents`, every logged `agent_id`\nmust be one of them: an unknown agent acted under a policy that was not written for it. Reported\nonce per agent and log file, at its first line, with the number of lines.\n\n```yaml\nagent_id: "code-assistant-prod"\n```\n```jsonl\n{"agent_id":"code-assistant-staging","action":"filesystem.read","path":"src/a.ts","allowed":true}\n```\n\n**Fix:** add the agent to `agents` (with its trust level) or find out why it ran here.'),
  r("replay-policy-version", "warning", "The log was written under another policy version.", `
The entry's \`policy_version\` differs from the version of the policy in review, so the runtime
decided with another policy. Replay re-decides every entry with the current one; this warning
explains why decisions may disagree. Reported once per version and log file.

\`\`\`jsonl
{"action":"filesystem.write","path":"src/a.ts","allowed":true,"policy_version":"1.0"}
\`\`\`

**Fix:** update the runtime to the current policy, or replay only logs written under it.`),
  r("replay-timestamp-order", "warning", "Timestamps go backwards within a session.", `
Within one session (in Claude Code transcripts: one thread, main or sub-agent) each action
should be logged no earlier than the one before it. A step back suggests an edited, merged or
replayed log, and it weakens the evidence that bypass windows are checked against.

**Fix:** keep logs append-only and write one log per session, or merge logs by timestamp.`),
  r("replay-timestamp-invalid", "warning", "A timestamp that cannot be parsed.", "\nThe entry's `timestamp` is not an ISO 8601 date-time (`2026-06-08T14:32:01Z`). Replay cannot\norder it or check it against bypass windows, so a bypass never covers such an entry.\n\n**Fix:** log timestamps as ISO 8601 with a time zone."),
  r("replay-secret-in-log", "error", "A secret (API key, token, private key, password) in logged parameters.", '\nA committed log that holds a credential leaks it to everyone who can read the repository. The\nreplay recognises AWS access keys, GitHub tokens, Slack tokens, OpenAI/Anthropic keys, private\nkey blocks, JSON Web Tokens, bearer tokens, and high-entropy values assigned to names ending in\n`_KEY`, `_TOKEN`, `_SECRET` or `PASSWORD`. The secret itself is never printed: every\noutput format shows `[REDACTED \u2026]` in its place.\n\n```jsonl\n{"action":"command.exec","command":"export API_TOKEN=\u2026 && ./deploy.sh","allowed":true}\n```\n\n**Fix:** revoke the credential now (it is in the git history), remove it from the log, and make\nthe agent runtime redact secrets before logging.'),
  r("replay-malformed-line", "error", "A log line that is not valid JSON.", `
Each line of an action log must be one JSON object. The line is reported with its number (and
the column of the error when JSON.parse says where); the rest of the file is still replayed.

**Fix:** repair or remove the line. If a tool writes several lines per action, make it write
JSON Lines.`),
  r("replay-truncated-line", "error", "The last line of a log is cut off.", `
The log's last line has no newline and is not valid JSON: it was probably copied while the agent
was still writing it. The action on that line could not be checked.

**Fix:** commit the log after the session ends, or drop the incomplete line.`),
  r("replay-line-too-long", "error", "A log line too long to replay.", `
Lines over 16 MiB are skipped, to keep memory bounded; the action on it is not checked.

**Fix:** make the runtime log parameters by reference (a hash, a file name) instead of inline.`),
  r("replay-unknown-entry", "warning", "A log line whose shape no reader knows.", '\nThe line is valid JSON but none of the supported formats: the seed\'s audit entries\n(`"action": "filesystem.write"` ...), pillar-style entries (`"tool"`, `"params"`), tool\ninvocations (`"action": "tool_invoke"`) and Claude Code transcripts. Or it has a known shape\nbut lacks what the action needs (a `filesystem.write` without a path). The action, if there\nwas one, is not checked. See docs/replay.md for the accepted fields.\n\n**Fix:** log the missing field, or convert the log to one of the supported formats.'),
  r("replay-bypass-used", "info", "A denied action passed under a bypass record.", `
The policy denies the action, but a committed bypass record
(\`.agent-policy/bypasses/<id>.json\`, written by \`agent-policy-lint bypass\`) covers it: the
action's timestamp is inside the record's window and its paths (or commands) match the record's
patterns, and the agent matches if the record names one. A notice, so that reviewers see
every use of a bypass.

**Fix:** nothing, as long as the bypass was justified; outside its window the same action is
\`replay-denied-action\`.`),
  r("replay-no-log-match", "warning", "An --agent-log glob matched no file.", "\nA glob given to `--agent-log` (`logs/*.jsonl`) matched nothing, so nothing was replayed for\nit. (A plain file name that does not exist is a usage error, exit code 2.)\n\n**Fix:** check the pattern and the working directory, or drop the option."),
  r("bypass-record-invalid", "error", "A bypass record that cannot be used.", "\nA file in `.agent-policy/bypasses/` that is not valid JSON, lacks a field (`id`, `reason`,\n`patterns`/`commands`, `created_at`, `expires_at`), has unparsable timestamps, ends before\nit starts, or lasts longer than the policy's `bypass.max_duration`. Replay ignores it.\n\n**Fix:** recreate it with `agent-policy-lint bypass`."),
  r("bypass-record-unapproved", "error", "A bypass record without a valid approver.", `
Every bypass needs a human approver with an e-mail address. A record without one (or with an
invalid address) is not honoured.

**Fix:** recreate the bypass with \`--approver alice@example.com\`.`),
  r("bypass-record-expired", "info", "A bypass record whose window has ended.", `
A notice: the record still covers logged actions inside its window, so it is kept as history,
but it no longer covers anything new.

**Fix:** delete it once no committed log needs it.`),
  r("approval-record-invalid", "error", "An approval record that cannot be used.", "\nA file in `.agent-policy/approvals/` (or a line of `.agent-policy/approvals.jsonl`) that is\nnot valid JSON or lacks `id` or a valid `approver` e-mail. Approvals that name it do not count.\n\n**Fix:** repair the record; see docs/replay.md for its fields.")
];
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  rules
});

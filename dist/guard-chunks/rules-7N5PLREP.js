var __defProp=Object.defineProperty;var __getOwnPropDesc=Object.getOwnPropertyDescriptor;var __getOwnPropNames=Object.getOwnPropertyNames;var __hasOwnProp=Object.prototype.hasOwnProperty;var __export=(target,all)=>{for(var name in all)__defProp(target,name,{get:all[name],enumerable:true})};var __copyProps=(to,from,except,desc)=>{if(from&&typeof from==="object"||typeof from==="function"){for(let key of __getOwnPropNames(from))if(!__hasOwnProp.call(to,key)&&key!==except)__defProp(to,key,{get:()=>from[key],enumerable:!(desc=__getOwnPropDesc(from,key))||desc.enumerable})}return to};var __toCommonJS=mod=>__copyProps(__defProp({},"__esModule",{value:true}),mod);var stdin_exports={};__export(stdin_exports,{ALL_RULES:()=>ALL_RULES,RULES_META:()=>RULES_META});module.exports=__toCommonJS(stdin_exports);var import_chunk_2CQBLXS5=require("./chunk-2CQBLXS5.js");var import_chunk_4AVZ2PON=require("./chunk-4AVZ2PON.js");var rules2=[{id:"agent-write-denied",severity:"error",category:"action",summary:"An agent-authored pull request changes a file the policy denies to the agent.",docs:`The Action decides every file an agent-authored pull request adds, modifies, renames or
deletes as a filesystem write (a deletion as a delete) by the agent, with the same engine the CLI
uses. A denied path is an error annotation on that file.

\`\`\`yaml
permissions:
  filesystem:
    deny: [".github/workflows/**"]
\`\`\`

A pull request by \`claude[bot]\` that edits \`.github/workflows/release.yml\` is reported:
\`.github/workflows/release.yml: the agent may not write this file (matches deny ".github/workflows/**")\`.

**Fix:** take the change out of the agent's pull request and make it yourself, or, if the agent
should be allowed to make it, change the policy in a separate pull request a person reviews.`},{id:"agent-write-needs-approval",severity:"warning",category:"action",summary:"An agent-authored pull request changes a file that requires human approval.",docs:'A `require_human_approval` rule with a `file_pattern` gates writes to matching files. When\nan agent-authored pull request changes such a file, the Action reports a warning on the file and\nadds the label `needs-human-approval`, so that a person looks at that change before merging.\n\n```yaml\nconstraints:\n  require_human_approval:\n    - file_pattern: "package.json"\n```\n\n**Fix:** review the change; approving the pull request is the human approval. To stop the\nwarning for a file, remove it from `require_human_approval` (a widening the Action reports).'},{id:"policy-widened",severity:"warning",category:"action",summary:"The pull request widens the agent policy (new allows, removed denies, relaxed constraints).",docs:`When a pull request changes \`.agent-policy.yml\` or an override, the Action compares the
effective policy at the base commit with the one at the head commit. Everything that lets an agent
do more is a widening: a new allow pattern, a removed deny, an emptied allow list (which allows
everything), \`allow_outbound\` turned on, a new network exception, a removed approval rule, a
higher \`max_files_per_action\`, a new root exception, a more trusted agent, a longer bypass limit.
Each is a warning on the changed line, the pull request gets the label \`policy-change\`, and the
job summary shows the unified diff.

\`\`\`diff
 permissions:
   filesystem:
-    deny: [".env*", "secrets/**"]
+    deny: [".env*"]
\`\`\`

**Fix:** nothing to fix if the change is intended: the warning makes sure a person reviews it. An
agent should never widen its own policy; require review from the policy's owners (CODEOWNERS).`},{id:"policy-narrowed",severity:"info",category:"action",summary:"The pull request narrows the agent policy.",docs:"The counterpart of `policy-widened`: a new deny, a removed allow, `allow_outbound` turned\noff, a new approval rule. Reported for the record (job summary and SARIF); it never fails a run.\n\n**Fix:** none needed. Check that the agents you run still have the access they need."},{id:"pr-files-truncated",severity:"warning",category:"action",summary:"GitHub listed only part of the pull request files or commits; the rest were not checked.",docs:`The REST API lists at most 3000 files and 250 commits of a pull request. When a pull request
is larger, the files past the limit were not decided and commits past the limit were not read for
authorship signals.

**Fix:** split the pull request, or run \`agent-policy-lint\` on the checkout for the full picture.`},{id:"policy-base-unreadable",severity:"warning",category:"action",summary:"The base version of a changed policy file could not be read, so the change was not compared.",docs:"To report what a policy change widens, the Action reads the base version of each changed\npolicy file with the REST contents API (`GET /repos/{owner}/{repo}/contents/{path}?ref={base sha}`).\nWhen that fails (no `contents: read` permission, a network error), the comparison is skipped and\nthis warning says why. On an agent-authored pull request it is an error: the agent's files could\nonly be judged by the policy the agent changed.\n\n**Fix:** give the job `contents: read`."},{id:"agent-detection-invalid",severity:"warning",category:"action",summary:"An entry of the policy's agent_detection could not be read and was ignored.",docs:'`agent_detection` adds authorship signals to the built-in ones (see docs/action.md):\n\n```yaml\nagent_detection:\n  logins: ["acme-agent[bot]", { login: "robo", agent: "robo" }]\n  emails: ["agent@acme.example"]\n  branch_prefixes: ["bot/"]\n  threshold: medium   # strong | medium | weak\n```\n\nAn entry of another shape, or a threshold outside `strong`, `medium`, `weak`, is ignored with\nthis warning.\n\n**Fix:** write the entry as a string or as the mapping shown.'}];var C="conflicts",rules3=[{id:"override-allow-in-root-deny",severity:"error",category:C,summary:"An override allows paths that the root policy denies.",docs:`Deny always wins: an override can never allow what the root policy denies, unless the root
lists that carve-out under \`exceptions\`. An override allow that lies **entirely** inside root
denies can never take effect \u2014 that is an error, shown with a witness path. One that only
**partly** overlaps a root deny is reported as information (the overlap stays denied; carving
exceptions out of an allow is how deny-wins policies are written); denies without a \`/\`
(\`.env*\`), which name a file at every depth on purpose, are left out of these notes. When a root
\`exceptions\` entry covers the overlap, the note says so.

\`\`\`yaml
# .agent-policy.yml
default_permissions:
  filesystem:
    deny: ["backend/secrets/**"]
# backend/.agent-policy.override.yml
permissions:
  filesystem:
    allow: ["backend/secrets/test-fixtures/**"]   # error: e.g. backend/secrets/test-fixtures/a is denied
\`\`\`

**Fix:** remove the override allow, or add an explicit exception in the root policy:

\`\`\`yaml
exceptions:
  - pattern: "backend/secrets/test-fixtures/**"
    reason: "Test fixtures hold fake keys only"
\`\`\``},{id:"override-scope-escape",severity:"warning",category:C,summary:"An override's pattern names paths outside its own directory.",docs:`An override \`DIR/.agent-policy.override.yml\` governs paths under \`DIR/\` only, so an allow, a deny
or an approval rule that names paths elsewhere has no effect there \u2014 an override deny that does not
apply is as misleading as an allow. Patterns in overrides are written repository-relative, and it
is easy to forget the directory. Patterns without a \`/\` (\`*.go\`) match a file name at any depth
and are read inside the override's directory, so they are not reported. A pattern with no path
inside the directory at all is an error; one that partly escapes is a warning.

\`\`\`yaml
# backend/.agent-policy.override.yml
permissions:
  filesystem:
    allow: ["src/**/*.go"]        # error: e.g. src/a.go is outside backend/
\`\`\`

**Fix:** prefix the pattern with the override's directory (\`backend/src/**/*.go\`), or move the
rule to the policy of the directory it is about.`},{id:"dead-allow",severity:"error",category:C,summary:"An allow pattern admits nothing: every path, command or tool name it matches is denied.",docs:`An allow is dead when the union of the denies that apply to it covers all of it: the root denies
(case-insensitive, and covering everything below a denied path), and every override's denies
within that override's directory \u2014 a root \`exceptions\` entry re-admits, for the override it names,
what only root denies deny. Nothing the allow admits survives, so the rule only misleads readers.
The witness is one of its paths, with the denies that cover it. Works for command patterns, tool
and MCP names (\`tools.allow\` against \`tools.deny\`) and host exceptions too.

An agent's allow is also dead when the agent can never use it: its allow lists only narrow the
default ones, so an agent allow the default allow list admits none of is dead, and so is a command
allow of an agent whose \`trust_level\` is \`read_only\` (such agents run no commands).

\`\`\`yaml
filesystem:
  allow: ["config/*.env"]
  deny: [".env*", "*.env"]          # config/*.env is entirely denied
\`\`\`

**Fix:** delete the allow, or narrow the deny if the allow was meant to work (an override needs a
root \`exceptions\` entry).`},{id:"allow-deny-overlap",severity:"info",category:C,summary:"An allow and a deny of one file partly overlap (the overlap is denied).",docs:'The allow and the deny share some paths, but neither covers the other. Deny wins, so the shared\npaths are denied \u2014 often intended (a deny carving secrets out of a broad allow), sometimes a\nsurprise. This is information with a witness from the overlap; a deny that lies entirely inside\nan allow is the ordinary carve-out and is not reported, and neither are denies without a `/`\n(`.env*`, `*.pem`), which name a file at every depth and so touch nearly every allow.\n\n```yaml\nfilesystem:\n  allow: ["src/**/*.ts"]\n  deny: ["src/generated/**"]   # overlap: src/generated/a.ts is denied\n```\n\n**Fix:** nothing, if the overlap is meant to be denied; otherwise narrow one of the patterns.'},{id:"duplicate-pattern",severity:"warning",category:C,summary:"A pattern matches exactly what another pattern in the same list matches.",docs:'Two patterns in one list (the same file, the same kind) have equal languages: written the same,\nor written differently (`src/**` and `src/**/**`). One of them is noise and invites edits that\nchange only one copy.\n\n```yaml\ndeny: ["secrets/**", "secrets/**/**"]\n```\n\n**Fix:** delete the later pattern.'},{id:"redundant-pattern",severity:"info",category:C,summary:"A pattern is subsumed by a broader pattern in the same list.",docs:`Everything the pattern matches, another pattern of the same list matches too, so it changes
nothing. Reported as information: some teams keep the narrow pattern as documentation. An agent's
deny that the default denies already cover is reported the same way: an agent's denies add to the
defaults, so it changes nothing.

\`\`\`yaml
deny: ["secrets/**", "secrets/*.pem"]   # secrets/*.pem is inside secrets/**
\`\`\`

**Fix:** delete the narrower pattern, or keep it deliberately.`},{id:"vacuous-pattern",severity:"warning",category:C,summary:"A pattern matches no normalised path or command at all.",docs:'Paths are normalised before matching (no `./`, no `..`, no repeated or trailing `/`), and\ncommands are normalised to single-spaced words, so a pattern such as `src//a.ts`, `./src/**` or\n`build/` can never match. The rule is dead and hides the author\'s intent.\n\n```yaml\ndeny: ["./secrets/**"]     # matches nothing: write secrets/**\n```\n\n**Fix:** write the pattern repository-relative and normalised.'},{id:"universal-pattern",severity:"warning",category:C,summary:"A pattern matches every path (or every command).",docs:'`**` in an allow list allows every path (the same as no allow list); in a deny list it denies\nevery path; as an approval rule it gates every action; as an exception it carves everything out\nof the root denies. Almost always a placeholder left in by accident.\n\n```yaml\nfilesystem:\n  allow: ["**"]\n```\n\n**Fix:** list what the agent needs (`src/**`, `tests/**`).'},{id:"unreachable-approval",severity:"warning",category:C,summary:"An approval rule only matches denied paths or commands.",docs:`A \`require_human_approval\` rule grants with an approval \u2014 but a deny still wins over an
approval. When every path (or command) the rule matches is denied, no approval can ever let the
action through, and the rule only misleads approvers.

\`\`\`yaml
deny: ["secrets/**"]
require_human_approval:
  - file_pattern: "secrets/prod.key"   # always denied
\`\`\`

**Fix:** remove the approval rule, or narrow the deny if approved access was intended.`},{id:"compound-command-hazard",severity:"warning",category:C,summary:"A command allow pattern also matches compound command lines (`;`, `&&`, `|`, \u2026).",docs:'In command patterns `*` matches any characters, shell operators included: `npm *` also matches\nthe string `npm a; curl x`. Our engine splits every command line into simple commands and checks\neach one, so at run time `curl x` is still checked on its own \u2014 but the pattern reads as if the\nauthor expected it to cover more, and any tool that matches whole command strings would let the\nsecond command through. The witness shows such a line.\n\n```yaml\ncommands:\n  allow: ["npm *"]     # matches "npm a; curl x"\n```\n\n**Fix:** list the commands you mean (`npm test`, `npm run lint`): a pattern without `*` already\nadmits further arguments.'},{id:"conflict-undecided",severity:"warning",category:C,summary:"The conflict analysis could not decide a question within its size limits.",docs:`Conflict findings are exact, so a question that would need an automaton above the size limits
(or a pattern construct that automata cannot represent) is not guessed: it is reported as
undecided, naming the pattern and the question. Nothing is silently passed.

\`\`\`yaml
allow: ["{a,b,c,d}*{e,f,g}*/**/{x,y,z}*{1,2,3}*/**"]   # may exceed the limits
\`\`\`

**Fix:** simplify the pattern (split a huge alternation into several patterns).`}];var r=(id,severity,summary,docs)=>({id,severity,summary,docs:docs.trim(),category:"runtime"}),rules4=[r("audit-chain-broken","error","A runtime guard audit log was edited, cut, or had lines deleted, inserted or reordered.",`
The runtime guard (\`agent-policy-lint hook\`, docs/runtime.md) writes each session's log as a hash
chain: every line carries its position (\`seq\`), the hash of the line before it (\`prev\`) and its
own hash over its canonical JSON (RFC 8785), and the session ends with a closing line. Replay
checks the chain and reports the first line where the log stops being what the guard wrote: a
line whose content no longer matches its hash (edited), a gap or repeat in \`seq\` (deleted,
inserted or reordered lines), a line without chain fields (inserted), or a log that ends without
its closing line (truncated, or the session never ended).

\`\`\`jsonl
{"event":"decision","action":"command.exec","command":"npm test","allowed":true,"chain":"sha256","seq":0,"prev":"000\u2026","hash":"3f2\u2026"}
{"event":"decision","action":"command.exec","command":"rm -rf /","allowed":true,"chain":"sha256","seq":1,"prev":"3f2\u2026","hash":"9ab\u2026"}
\`\`\`

If the second line said \`"allowed": false\` when written and was edited since, its hash no
longer matches: reported at line 2. An unkeyed chain proves the log is consistent, not who wrote
it: anyone can recompute every hash. Set \`AGENT_POLICY_LINT_AUDIT_KEY\` where the agents run and
in CI to make it keyed (HMAC-SHA256).

**Fix:** never edit audit logs. Find out who changed it (\`git log -p\` on the file); restore it
from history.`),r("audit-chain-unverified","warning","A keyed audit log was replayed without its key.",'\nThe log\'s chain is keyed (`"chain": "hmac-sha256"`) and `AGENT_POLICY_LINT_AUDIT_KEY` is not\nset, so the line hashes cannot be recomputed. Line order and links (`seq`, `prev`) are still\nchecked.\n\n```jsonl\n{"event":"session-start","chain":"hmac-sha256","seq":0,"prev":"000\u2026","hash":"5c1\u2026"}\n```\n\n**Fix:** give the replay the key the guard wrote with (a CI secret named\n`AGENT_POLICY_LINT_AUDIT_KEY`).')];var rules5=[];var rules6=[{id:"staged-agent-write-denied",severity:"error",category:"staged",summary:"A commit made by an agent writes or deletes a path the policy denies to that agent.",docs:`When \`agent-policy-lint --staged\` runs as the pre-commit hook and the commit is being made by
an agent (see [docs/pre-commit.md](pre-commit.md) for how an agent commit is recognised), every
staged path is decided as a filesystem write by that agent (a staged deletion as a delete). A
path the policy denies blocks the commit. The path is judged as it is staged, against the policy
as it is staged; when the commit also changes the policy, the committed policy (HEAD) must allow
the path too, so an agent cannot loosen the policy and use the loosened policy in one commit.

Example: with

\`\`\`yaml
default_permissions:
  filesystem:
    deny: [".github/workflows/**"]
\`\`\`

a commit by Claude Code (\`CLAUDECODE=1\`) that changes \`.github/workflows/ci.yml\` is refused:

\`\`\`
.github/workflows/ci.yml
  error  Agent "claude" may not write this file: denied by ".github/workflows/**" (.agent-policy.yml:4:13)
\`\`\`

Fix: leave the path out of the commit (\`git restore --staged PATH\`); or have a person approve a
time-limited bypass (\`agent-policy-lint bypass --reason \u2026 --allow PATH --duration 30m --approver EMAIL\`);
or change the policy in a reviewed pull request.`},{id:"staged-agent-approval-required",severity:"error",category:"staged",summary:"A commit made by an agent changes a path that needs a human approval, and none covers it.",docs:`A \`require_human_approval\` rule lets an agent change a path only with a person's approval. A
commit carries no approval of its own, so an agent's commit that changes such a path is refused
unless a bypass record covers the path now.

Example: with

\`\`\`yaml
constraints:
  require_human_approval:
    - file_pattern: "package.json"
\`\`\`

an agent's commit that stages \`package.json\` is refused with this rule.

Fix: have a person review and make the commit (without the agent's environment), or record an
approval as a time-limited bypass (\`agent-policy-lint bypass --reason \u2026 --allow package.json
--duration 30m --approver EMAIL\`) and stage the record with the change.`},{id:"staged-agent-bypassed",severity:"info",category:"staged",summary:"A commit made by an agent changes a path the policy denies, and a bypass record lets it through.",docs:`A bypass record (\`.agent-policy/bypasses/<id>.json\`, written by \`agent-policy-lint bypass\`)
that is in the index, approved, for this agent (or any agent), names the path and has not expired
lets an agent's commit change a path the policy would deny it. The commit goes ahead and this
notice names the bypass, so the exception stays visible.

Example: after

\`\`\`
agent-policy-lint bypass --reason "P0: fix auth crash" --allow backend/auth/config.yml --duration 30m --approver alice@example.com
git commit -m "bypass for the auth fix" -- .agent-policy/bypasses/
\`\`\`

an agent's commit of \`backend/auth/config.yml\` within the next 30 minutes passes with this notice.

Fix: nothing to fix; delete the record once it has expired and no committed log needs it.`},{id:"staged-head-policy-unusable",severity:"error",category:"staged",summary:"An agent's commit changes the policy, and the committed policy (HEAD) cannot be loaded to check it.",docs:`When an agent's commit changes a policy file, its paths must be allowed by the staged policy
and by the policy in HEAD (so that a commit cannot loosen the policy and use the loosened policy at
once). If HEAD's policy files have errors, the second check cannot be made, and the commit is
refused rather than let through unchecked.

Example: HEAD's \`.agent-policy.yml\` has a YAML syntax error (it was committed with
\`--no-verify\`), and Claude Code commits a fix to it.

Fix: have a person make the commit; the hook checks a person's policy change for errors only.`},{id:"staged-no-policy",severity:"warning",category:"staged",summary:"An agent is committing, but neither the index nor HEAD holds a policy to check it against.",docs:`The pre-commit hook recognised an agent's commit but found no \`.agent-policy.yml\` in the index
or in HEAD, so nothing could be decided. The commit is let through with this warning.

Example: a repository where the hook is installed but the policy was never committed.

Fix: commit a policy (\`agent-policy-lint init\` writes a starting one), or remove the hook.`}];var rules7=[{id:"hook-not-installed",severity:"warning",category:"runtime",summary:"An agent's committed configuration does not run the runtime guard.",docs:'The repository configures a coding agent (`.claude/`, `.codex/`, `.gemini/`, `.cursor/`,\n`.github/hooks/`) but that agent\'s project hook configuration does not run\n`agent-policy-lint hook`: the policy is enforced after the fact (in CI, at commit time) but not\nwhile the agent works. See [docs/runtime.md](runtime.md).\n\n```json\n{ "permissions": { "allow": ["Bash(npm test)"] } }\n```\n\nIn `.claude/settings.json`, with no `PreToolUse` hook running the guard, this is reported.\n\n**Fix:** `agent-policy-lint init --agent claude` (or codex, gemini, cursor, copilot) merges the\nhook into the file, keeping its keys and comments.'},{id:"hook-matcher-partial",severity:"warning",category:"runtime",summary:"The runtime guard's matcher skips tools the policy governs.",docs:'The guard is installed, but its hook matcher (Claude Code, Codex and Gemini CLI match tool names\nwith a regular expression) or its registered events (Cursor) leave out tools that run commands,\ntouch files or reach hosts the policy restricts: those calls never reach the guard. Files and\ncommands are always governed, since the built-in self-protection rules apply to every policy.\n\n```json\n{ "hooks": { "PreToolUse": [{ "matcher": "Bash", "hooks": [{ "type": "command", "command": "node \\"$CLAUDE_PROJECT_DIR/node_modules/agent-policy-lint/dist/guard.cjs\\" --agent claude" }] }] } }\n```\n\nThis guard never sees `Write`, `Edit` or `Read`: reported, naming them.\n\n**Fix:** match every tool (`"*"` in Claude Code, `".*"` in Codex and Gemini CLI), or run\n`agent-policy-lint init --agent AGENT`, which adds such an entry.'}];var r2=(id,severity,summary,docs)=>({id,severity,summary,docs:docs.trim(),category:"native"}),rules8=[r2("import-approximated","info","A native permission rule was imported stricter than it was written.",'\n`agent-policy-lint import` reports every rule of an agent\'s permission file that the policy\ncannot say exactly, and what it did instead. The approximation is always the stricter one: a deny\nmay grow (`Bash(rm "x":*)` becomes a deny of `rm`), an allow may only shrink or be left out\n(`Bash(npm test)` matches that exact command in Claude Code, while the policy pattern `npm test`\nalso admits `npm test --watch`, so it is left out), and what the agent would ask about may be\ndenied (a policy cannot allow some commands and ask about all others).\n\n**Fix:** review the imported policy; add the allows you need as policy patterns by hand.'),r2("native-file-invalid","warning","An agent permission file cannot be read as the agent reads it.","\nA committed `.claude/settings.json`, `.codex/config.toml`, Codex `.rules` file, Gemini CLI\npolicy or `.cursor/cli.json` has a syntax error or a value of the wrong type. The agent ignores\nor rejects it, so what it enforces is not what the file says.\n\n**Fix:** correct the syntax at the reported line."),r2("native-rule-never-applies","warning","A rule in an agent permission file can never apply.","\nThe rule is not of a form the agent understands (`NotATool(`, a number in a rule list), or it can\nnever match anything the agent does (`Bash(Edit:*)`: `Edit` is a tool, not a program). The\nagent silently ignores it, so whoever wrote it believes in a protection that does not exist.\n\n**Fix:** write the rule in the agent's documented syntax, or delete it."),r2("native-allows-denied","error","An agent's own permission file allows what the policy denies.",`
The agent would run an action without asking that the repository's policy denies: the two
disagree, and the agent's file wins at run time unless the agent-policy-lint hook is installed.
The finding sits on the native rule's line and carries a witness (a command, path, host or tool
that the native rule allows and the policy denies).

\`\`\`json
{ "permissions": { "allow": ["Bash(curl:*)"] } }
\`\`\`

with \`commands.deny: ["curl *"]\` in \`.agent-policy.yml\` is an error with witness \`curl x\`.

**Fix:** narrow or delete the native rule, or regenerate the file with
\`agent-policy-lint export --to AGENT --write\`.`),r2("native-stricter","info","An agent's own permission file denies or asks about something the policy allows.",`
A notice: the agent is stricter than the policy (a native deny or ask the policy does not have).
Nothing is wrong, but the policy does not record the restriction, so other agents are not bound
by it.

**Fix:** add the restriction to the policy if it should hold for every agent.`),r2("native-checks-off","error","An agent's committed configuration switches its permission checks off.",'\n`"defaultMode": "bypassPermissions"` (Claude Code), `sandbox_mode = "danger-full-access"` or\n`approval_policy = "never"` (Codex) let the agent act without asking. Committed to the\nrepository, this applies to everyone who runs the agent there.\n\n**Fix:** remove the setting from the committed file; set it per user, in a sandbox, if at all.')];var C2="policy",rules9=[{id:"no-policy",severity:"error",category:C2,summary:"No .agent-policy.yml was found from the working directory up to the repository root.",docs:"The policy is looked up as `.agent-policy.yml` (or `.agent-policy.yaml`) in the working\ndirectory, then in each parent directory up to the repository root (the first directory holding\n`.git`). Without a policy there is nothing to check, and an unchecked agent is the case this tool\nexists to prevent, so this is an error. The finding names the working directory (`.`), with no\nline.\n\n**Fix:** run `agent-policy-lint init` to write a starting policy, or pass `--config FILE`."},{id:"file-unreadable",severity:"error",category:C2,summary:"A policy or override file was found but could not be read.",docs:"A file named `.agent-policy.yml` or `.agent-policy.override.yml` exists but reading it failed\n(permissions, a broken link). It cannot be checked, and an override that is not read cannot\ncontribute its denies, so no policy is built.\n\n**Fix:** make the file readable, or delete it. (A file named with `--config` that cannot be read\nis a usage error, exit code 2.)"},{id:"yaml-syntax",severity:"error",category:C2,summary:"The file is not valid YAML.",docs:`The YAML parser stopped at this position: an unclosed bracket or quote, bad indentation, a tab
used for indentation, an alias whose anchor is not defined yet, a non-string mapping key.

\`\`\`yaml
deny: [".env*", "secrets/**"     # the ] is missing
\`\`\`

**Fix:** correct the syntax at the reported line and column; the rest of the file is checked once
it parses.`},{id:"yaml-duplicate-key",severity:"error",category:C2,summary:"A key appears twice in the same mapping.",docs:`YAML keeps only the last of two equal keys, so the first block silently disappears \u2014 for a
\`deny\` list that means lost protection.

\`\`\`yaml
filesystem:
  deny: [".env*"]
  deny: ["secrets/**"]    # the .env* deny is gone
\`\`\`

**Fix:** merge the two entries into one.`},{id:"yaml-multiple-documents",severity:"error",category:C2,summary:"The file holds more than one YAML document (a `---` separator).",docs:"A policy file is one document. A second document after `---` would be ignored by other tools\nand is rejected here, so that nobody relies on it.\n\n**Fix:** remove the `---` separator and merge the documents, or move the second one into an\noverride file."},{id:"yaml-alias-limit",severity:"error",category:C2,summary:"Aliases expand to too many nodes (an alias bomb) or refer to themselves.",docs:'YAML anchors and aliases (`&a`, `*a`) can nest so that a few lines expand to billions of\nvalues ("billion laughs"). Expansion stops after 10,000 nodes reached through aliases, and a\nself-referencing alias is rejected.\n\n```yaml\na: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n```\n\n**Fix:** write the lists out; a policy never needs nested aliases.'},{id:"yaml-warning",severity:"warning",category:C2,summary:"The YAML parser warned about the file (for example an unknown tag).",docs:`The file parses, but uses something a policy does not need, such as a custom tag (\`!secret\`)
that is read as a plain value.

**Fix:** use plain YAML: strings, numbers, booleans, lists and mappings.`},{id:"empty-policy",severity:"error",category:C2,summary:"The policy or override file is empty (or holds only comments).",docs:`An empty policy says nothing, which is not the same as "deny everything", so it is an error.

**Fix:** write the policy (\`agent-policy-lint init\` gives a starting point), or delete an empty
override file.`},{id:"non-mapping-root",severity:"error",category:C2,summary:"The top level of the file is a list or a single value instead of a mapping.",docs:'A policy is a mapping of keys:\n\n```yaml\n- version: "2.1"     # wrong: a list\n```\n\n```yaml\nversion: "2.1"       # right\ndefault_permissions: {}\n```\n\n**Fix:** write `key: value` lines at the top level.'},{id:"missing-version",severity:"error",category:C2,summary:"The root policy does not say which version of the format it uses.",docs:`Every root policy starts with its version; the schema used to check it depends on it. The
supported versions are "1.0", "2.0" and "2.1".

**Fix:** add \`version: "2.1"\` (quoted) as the first key.`},{id:"unsupported-version",severity:"error",category:C2,summary:"The version is not one this linter supports.",docs:'The finding lists the supported versions ("1.0", "2.0", "2.1") and suggests the likely one\n(`"2"` -> `"2.0"`, `"v2.1"` -> `"2.1"`). Nothing else in the file is checked, because the\nschema depends on the version. An override\'s `version`, if present, must be a supported one too.\n\n**Fix:** write a supported version, quoted.'},{id:"unquoted-version",severity:"warning",category:C2,summary:"The version is written as a number (`version: 2.1`) instead of a string.",docs:'YAML reads `2.1` as a number, and numbers lose what makes versions distinct (`2.10` is `2.1`).\nThe file is checked as the version it spells, but should say it as a string.\n\n```yaml\nversion: 2.1       # a number\nversion: "2.1"     # a version\n```\n\n**Fix:** quote it. `agent-policy-lint --fix` does this.'},{id:"schema-url-mismatch",severity:"error",category:C2,summary:"schema_url names another version than the file, or no version at all.",docs:'A 2.x policy may name its schema in `schema_url`; it must be the schema of the version the file\ndeclares. Accepted forms end in `agent-policy-<version>.schema.json` (our `$id`s) or\n`v<version>.json`.\n\n```yaml\nversion: "2.1"\nschema_url: "https://agent-policy.dev/schemas/v2.0.json"   # names 2.0\n```\n\n**Fix:** point it at `https://cdn.jsdelivr.net/npm/agent-policy-lint@1/schemas/agent-policy-2.1.schema.json` (or\nremove it).'},{id:"schema-comment-mismatch",severity:"warning",category:C2,summary:"The `# yaml-language-server: $schema=\u2026` comment names the wrong schema.",docs:`Editors validate the file against the schema in this comment. If it names another version (or
the override schema in a root policy, or a root schema in an override), the editor checks the file
against the wrong rules.

**Fix:** use \`agent-policy-<version>.schema.json\` for the root policy and
\`agent-policy-override-2.schema.json\` for overrides.`},{id:"unknown-key",severity:"error",category:C2,summary:"A key the schema does not know at this place (often a misspelling).",docs:`Every mapping in a policy has a fixed set of keys. An unknown key is usually a typo \u2014 and a
misspelt key is a setting that silently does nothing:

\`\`\`yaml
network:
  allow_outbund: false     # did you mean "allow_outbound"?
\`\`\`

The finding points at the key, suggests the nearest allowed spelling, and says when the key
belongs to another version (\`budgets\` needs "2.1"; in 2.x the root's \`permissions\` is called
\`default_permissions\`).

**Fix:** rename the key, or move the file to the version that has it.`},{id:"missing-key",severity:"error",category:C2,summary:"A required key is missing.",docs:'Some entries need a key: every exception needs `pattern` and `reason`, every agent an `id`, a\n1.0 policy `permissions`.\n\n```yaml\nexceptions:\n  - pattern: "backend/secrets/test-fixtures/**"    # reason is missing\n```\n\n**Fix:** add the key the message names.'},{id:"invalid-type",severity:"error",category:C2,summary:"A value has the wrong type (a string where a list is expected, and so on).",docs:`The message says what is expected and what was found:

\`\`\`yaml
filesystem:
  allow: ["src/**", 42]          # allow[1] must be a string (got number)
network:
  allow_outbound: "false"        # must be true or false (got string "false")
\`\`\`

**Fix:** write the expected type; remove quotes around booleans and numbers.`},{id:"invalid-value",severity:"error",category:C2,summary:"A value has the right type but is not allowed (enum, range, format, exactly-one-of).",docs:"Examples: a `trust_level` that is not read_only, write_local or external; `max_files_per_action: 0`\n(at least 1); a `max_duration` that is not a duration like `30m`; an approval rule that names no\npattern or two (`file_pattern` and `command_pattern` in one entry); an exception with an empty\n`reason`.\n\n**Fix:** use one of the values the message lists."},{id:"invalid-glob",severity:"error",category:C2,summary:"A path or branch pattern is not a well-formed glob.",docs:'An unbalanced `[` or `{` (and other syntax the glob compiler rejects) makes a pattern that\nmatches nothing, or something else than meant. The column points at the offending character.\n\n```yaml\ndeny: ["secrets/{keys,certs/**"]     # the { is never closed\n```\n\n**Fix:** close the bracket or brace, or escape the character with a backslash.'},{id:"empty-pattern",severity:"error",category:C2,summary:"A pattern is an empty string.",docs:`An empty pattern matches nothing (or, in some tools, everything). Either way it is not what was
meant.

\`\`\`yaml
deny: [".env*", ""]
\`\`\`

**Fix:** remove the entry or write the intended pattern.`},{id:"pattern-whitespace",severity:"error",category:C2,summary:"A pattern starts or ends with whitespace.",docs:'Whitespace around a pattern is nearly always a slip, and it changes what the pattern names:\n`".env "` is not `.env`. Denies and approval gates are read trimmed, so the deny still\nprotects `.env`; allows are read as written (they never grow by a guess). Either way the file\nshould say what it means.\n\n```yaml\ndeny: [".env "]      # write ".env"\n```\n\n**Fix:** remove the whitespace. `agent-policy-lint --fix` does it.'},{id:"leading-slash-deny",severity:"warning",category:C2,summary:"A deny or approval path pattern starts with `/`: it has two readings.",docs:'A pattern with a leading `/` is an absolute path to this tool, but `.gitignore` and Claude\nCode\'s settings read `/secrets/**` as `secrets/**` anchored at the root. A deny (or an\napproval gate) written that way is read both ways, so it protects in either case; this warning\nasks you to say which you meant.\n\n```yaml\ndeny: ["/secrets/**"]   # the repository\'s secrets/: write "secrets/**"\n```\n\n**Fix:** write `secrets/**` for the repository\'s files; keep the leading `/` only for a path\noutside the repository.'},{id:"backslash-in-pattern",severity:"warning",category:C2,summary:"A path pattern uses `\\` as a directory separator.",docs:"Paths are matched with `/` separators on every platform; in a glob a backslash escapes the\nnext character, so `src\\lib\\*.ts` does not mean `src/lib/*.ts`.\n\n**Fix:** write `/`. (A backslash before a glob character, `\\*`, is an escape and is not reported.)"},{id:"dot-slash-pattern",severity:"warning",category:C2,summary:"A path pattern starts with `./`.",docs:'Patterns are repository-relative and matched against normalised paths, which never start with\n`./`. The loader reads `./src/**` as `src/**` (so a deny still protects), but the file should say\nwhat it means.\n\n```yaml\nallow: ["./src/**"]      # write "src/**"\n```\n\n**Fix:** drop the `./`. `agent-policy-lint --fix` does this, keeping comments and quoting.'},{id:"absolute-pattern",severity:"warning",category:C2,summary:"A path pattern is an absolute path.",docs:"Patterns name repository paths. An absolute path inside the repository\n(`/home/me/repo/src/**`) works only on one machine; it is read as its repository-relative form and\n`--fix` rewrites it. Any other absolute path (`/src/**`, `/etc/**`) names files outside the\nrepository \u2014 a pattern with a `/` is already anchored at the repository root, so `/src/**` is\nusually a mistake for `src/**`.\n\n**Fix:** write the pattern repository-relative; keep it absolute only for a path outside the\nrepository."},{id:"parent-segment-pattern",severity:"error",category:C2,summary:"A path pattern contains a `..` segment.",docs:'Paths are normalised before matching (`src/../.env` becomes `.env`), so a pattern with `..`\nnever matches anything \u2014 a deny written that way protects nothing.\n\n```yaml\ndeny: ["src/../secrets/**"]     # write "secrets/**"\n```\n\n**Fix:** write the path the pattern should cover, without `..`.'},{id:"repeated-pattern",severity:"warning",category:C2,summary:"The same pattern is written twice in one list.",docs:'An exact repeat is noise, and invites an edit that changes only one copy.\n\n```yaml\ndeny: [".env*", "secrets/**", ".env*"]\n```\n\n**Fix:** remove the later entry. `agent-policy-lint --fix` does this, keeping comments and layout.\n(Different spellings of the same set, such as `src/**` and `src/**/**`, are found by\n`--check-conflicts` as `duplicate-pattern`.)'},{id:"invalid-host-pattern",severity:"warning",category:C2,summary:"A host pattern has a scheme, path or port, or a `*` other than a leading `*.`.",docs:"Hosts are compared as bare names: `https://registry.npmjs.org/` never equals the host\n`registry.npmjs.org`. `*` is allowed only as the first label (`*.example.com`, sub-domains only).\n\n**Fix:** write the bare host name."},{id:"outbound-exceptions-ignored",severity:"warning",category:C2,summary:"`allow_outbound: true` together with `exceptions`: the exceptions change nothing.",docs:'Exceptions list the hosts reachable *although* outbound traffic is off. With\n`allow_outbound: true` every host is reachable, so the list suggests a restriction that does not\nexist.\n\n```yaml\nnetwork:\n  allow_outbound: true\n  exceptions: ["registry.npmjs.org"]\n```\n\n**Fix:** set `allow_outbound: false` to restrict traffic to the exceptions (and use `deny` for\nhosts to block while outbound traffic is on), or remove the exceptions.'},{id:"retention-too-short",severity:"warning",category:C2,summary:"`log_all_actions: true` with `retention_days` below 30.",docs:`An audit trail exists for reviews that come later: incident reviews, monthly policy reviews,
audits. With \`log_all_actions: true\` the policy promises such a trail; keeping it fewer than 30
days breaks that promise before the first monthly review. (SOC 2 reviews usually need 90 days;
regulated industries years.)

\`\`\`yaml
audit:
  log_all_actions: true
  retention_days: 7
\`\`\`

**Fix:** raise \`retention_days\` to 30 or more.`},{id:"duplicate-agent-id",severity:"error",category:C2,summary:"Two entries under `agents` have the same id.",docs:`Action logs name the agent by its id; with two entries for one id, which trust level and
permissions apply would be ambiguous.

\`\`\`yaml
agents:
  - id: "code-assistant-prod"
    trust_level: write_local
  - id: "code-assistant-prod"     # again
    trust_level: external
\`\`\`

**Fix:** merge the two entries into one.`},{id:"bypass-approver-required",severity:"warning",category:C2,summary:"`bypass.require_approver: false` is ignored.",docs:"Every bypass names its approver and a reason; a policy cannot turn that off. The key exists so\nthat the policy can say so explicitly.\n\n**Fix:** remove `require_approver` or set it to `true`; use `approvers` to say who may approve."},{id:"conflicting-tiers",severity:"warning",category:C2,summary:"The same pattern appears in two risk tiers.",docs:`A pattern in two tiers is contradictory; the stricter tier applies (blocked > approval >
logged > automatic).

\`\`\`yaml
risk_tiers:
  logged:  { commands: ["git push"] }
  approval: { commands: ["git push"] }
\`\`\`

**Fix:** keep the pattern in one tier.`},{id:"version-mismatch",severity:"error",category:C2,summary:"An override's version does not have the root policy's major version.",docs:`Overrides are read with the root policy's rules; an override written for another major version
would be read wrongly.

\`\`\`yaml
# backend/.agent-policy.override.yml, root is "2.1"
version: "1.0"
\`\`\`

**Fix:** write the root's version, or leave \`version\` out of the override.`},{id:"overrides-need-v2",severity:"error",category:C2,summary:"Override files exist, but the root policy is version 1.0, which has no overrides.",docs:'Version 1.0 has no directory overrides; the override files would be ignored, with their denies.\n\n**Fix:** move the root policy to "2.1" (`permissions` becomes `default_permissions`), or delete the\noverride files.'},{id:"override-in-root-dir",severity:"error",category:C2,summary:"An override file sits beside the root policy.",docs:`An override governs the directory it is in; beside the root policy that is the whole
repository, which is what the root policy is for. It is not applied.

**Fix:** move its settings into the root policy and delete the file.`},{id:"override-loosens-constraint",severity:"error",category:C2,summary:"An override sets a looser constraint than the root policy.",docs:`Overrides may only tighten constraints. A larger \`max_files_per_action\` than the root's is not
applied (the root's limit holds) and is reported.

\`\`\`yaml
# root: max_files_per_action: 10
# frontend/.agent-policy.override.yml
constraints:
  max_files_per_action: 50
\`\`\`

**Fix:** use a value no larger than the root's, or remove it.`},{id:"fixed",severity:"info",category:C2,summary:"`--fix` changed the policy file (what it changed, for the record).",docs:"With `--fix`, safe fixes are applied in place: `./src/**` becomes `src/**`, an absolute path\ninside the repository becomes relative, an exact repeated pattern is removed, an unquoted version is\nquoted. Comments, quoting and layout are kept (a removed list item goes with its own line and its\ntrailing comment). Each change is reported once as this note, at its position before the fix; the\nfixed problem is not reported again. Without `--fix` nothing is written. With `--staged` (files\nread from the git index) nothing is written either."}];var ALL_RULES=[...rules9,...rules5,...rules3,...import_chunk_2CQBLXS5.rules,...rules2,...rules6,...rules7,...rules4,...rules8],RULES_META=new Map(ALL_RULES.map(rule=>[rule.id,rule]));0&&(module.exports={ALL_RULES,RULES_META});

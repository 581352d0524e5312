import type { RuleMeta } from '../report/rule.js';

// Reported by replay when it reads a runtime guard's session log (src/replay/chain.ts).
const r = (id: string, severity: RuleMeta['severity'], summary: string, docs: string): RuleMeta => ({
  id,
  severity,
  summary,
  docs: docs.trim(),
  category: 'runtime',
});

export const rules: RuleMeta[] = [
  r('audit-chain-broken', 'error', 'A runtime guard audit log was edited, cut, or had lines deleted, inserted or reordered.', `
The runtime guard (\`agent-policy-lint hook\`, docs/runtime.md) writes each session's log as a hash
chain: every line carries its position (\`seq\`), the hash of the line before it (\`prev\`) and its
own hash over its canonical JSON (RFC 8785), and the session ends with a closing line. Replay
checks the chain and reports the first line where the log stops being what the guard wrote: a
line whose content no longer matches its hash (edited), a gap or repeat in \`seq\` (deleted,
inserted or reordered lines), a line without chain fields (inserted), or a log that ends without
its closing line (truncated, or the session never ended).

\`\`\`jsonl
{"event":"decision","action":"command.exec","command":"npm test","allowed":true,"chain":"sha256","seq":0,"prev":"000…","hash":"3f2…"}
{"event":"decision","action":"command.exec","command":"rm -rf /","allowed":true,"chain":"sha256","seq":1,"prev":"3f2…","hash":"9ab…"}
\`\`\`

If the second line said \`"allowed": false\` when written and was edited since, its hash no
longer matches: reported at line 2. An unkeyed chain proves the log is consistent, not who wrote
it: anyone can recompute every hash. Set \`AGENT_POLICY_LINT_AUDIT_KEY\` where the agents run and
in CI to make it keyed (HMAC-SHA256).

**Fix:** never edit audit logs. Find out who changed it (\`git log -p\` on the file); restore it
from history.`),

  r('audit-chain-unverified', 'warning', 'A keyed audit log was replayed without its key.', `
The log's chain is keyed (\`"chain": "hmac-sha256"\`) and \`AGENT_POLICY_LINT_AUDIT_KEY\` is not
set, so the line hashes cannot be recomputed. Line order and links (\`seq\`, \`prev\`) are still
checked.

\`\`\`jsonl
{"event":"session-start","chain":"hmac-sha256","seq":0,"prev":"000…","hash":"5c1…"}
\`\`\`

**Fix:** give the replay the key the guard wrote with (a CI secret named
\`AGENT_POLICY_LINT_AUDIT_KEY\`).`),
];

import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// data/agent-signals.json
var agent_signals_default = {
  $comment: "Authorship signals the agent-policy-lint GitHub Action looks for in a pull request and its commits. Read by src/action/signal-data.ts and documented in docs/action.md. A policy can add its own under agent_detection (logins, emails, branch_prefixes, threshold).",
  version: 1,
  logins: {
    $comment: "strong: the pull request author, or a commit author/committer, is one of these GitHub accounts (exact match, case-insensitive, as GitHub logins are). A <id>+<login>@users.noreply.github.com commit e-mail counts as that login.",
    entries: [
      {
        login: "claude[bot]",
        agent: "claude"
      },
      {
        login: "copilot-swe-agent[bot]",
        agent: "copilot"
      },
      {
        login: "Copilot",
        agent: "copilot"
      },
      {
        login: "devin-ai-integration[bot]",
        agent: "devin"
      },
      {
        login: "cursor[bot]",
        agent: "cursor"
      },
      {
        login: "chatgpt-codex-connector[bot]",
        agent: "codex"
      }
    ]
  },
  emails: {
    $comment: "strong: a commit author or committer e-mail (exact match, case-insensitive). As a Co-authored-by trailer (below) these count as medium.",
    entries: [
      {
        email: "claude@anthropic.com",
        agent: "claude"
      },
      {
        email: "noreply@anthropic.com",
        agent: "claude"
      },
      {
        email: "cursoragent@cursor.com",
        agent: "cursor"
      }
    ]
  },
  relays: {
    $comment: "strong only when acting for an agent: a commit whose author or committer is one of these accounts AND that carries a medium signal of its own (a co-author trailer, footer or task link). Alone they say nothing: the same accounts push version bumps and release commits.",
    entries: [
      {
        login: "github-actions[bot]",
        emails: [
          "actions@github.com",
          "41898282+github-actions[bot]@users.noreply.github.com"
        ]
      }
    ]
  },
  trailers: {
    $comment: "medium: a Co-authored-by trailer naming an agent identity. Only whole trailer lines count (column 0, in a body paragraph that starts with a trailer), keys case-insensitive; the value must be exactly 'Name <e-mail>' and the e-mail must be one of the agent logins (GitHub no-reply form) or e-mails above.",
    keys: [
      "co-authored-by"
    ]
  },
  footers: {
    $comment: "medium: a whole line of a commit message or pull request body matching one of these (JavaScript regular expressions, case-insensitive).",
    entries: [
      {
        id: "claude-code-footer",
        agent: "claude",
        pattern: "^(?:\\s*\u{1F916}\\s*)?Generated with \\[Claude Code\\](?:\\(https?://[^\\s)]+\\))?\\s*$"
      }
    ]
  },
  links: {
    $comment: "medium: an agent task link anywhere in a commit message or pull request body (JavaScript regular expressions, case-insensitive). These URLs are only produced by the agent's service.",
    entries: [
      {
        id: "devin-session-link",
        agent: "devin",
        pattern: "https://app\\.devin\\.ai/sessions/[0-9a-f]{8,}"
      },
      {
        id: "codex-task-link",
        agent: "codex",
        pattern: "https://chatgpt\\.com/codex/tasks/task_[a-z]_[0-9a-f]{8,}"
      }
    ]
  },
  branch_prefixes: {
    $comment: "weak: the pull request's head branch starts with one of these (exact, case-sensitive). People name branches like this too.",
    entries: [
      {
        prefix: "claude/",
        agent: "claude"
      },
      {
        prefix: "codex/",
        agent: "codex"
      },
      {
        prefix: "cursor/",
        agent: "cursor"
      },
      {
        prefix: "copilot/",
        agent: "copilot"
      },
      {
        prefix: "devin/",
        agent: "devin"
      }
    ]
  },
  threshold: {
    $comment: "The weakest confidence that marks a pull request agent-authored: strong, medium or weak. A policy's agent_detection.threshold overrides it.",
    default: "medium"
  }
};

// src/action/signal-data.ts
var CONFIDENCE_RANK = { strong: 3, medium: 2, weak: 1 }, CONFIDENCES = ["strong", "medium", "weak"];
function builtinSignals() {
  return {
    logins: new Map(agent_signals_default.logins.entries.map((e) => [e.login.toLowerCase(), e.agent])),
    emails: new Map(agent_signals_default.emails.entries.map((e) => [e.email.toLowerCase(), e.agent])),
    relayLogins: new Set(agent_signals_default.relays.entries.map((e) => e.login.toLowerCase())),
    relayEmails: new Set(agent_signals_default.relays.entries.flatMap((e) => e.emails.map((m) => m.toLowerCase()))),
    trailerKeys: new Set(agent_signals_default.trailers.keys.map((k) => k.toLowerCase())),
    footers: agent_signals_default.footers.entries.map((e) => ({ id: e.id, agent: e.agent, re: new RegExp(e.pattern, "i") })),
    links: agent_signals_default.links.entries.map((e) => ({ id: e.id, agent: e.agent, re: new RegExp(e.pattern, "gi") })),
    branchPrefixes: agent_signals_default.branch_prefixes.entries.map((e) => ({ prefix: e.prefix, agent: e.agent })),
    threshold: agent_signals_default.threshold.default
  };
}
function withPolicy(base, extra) {
  if (!extra) return base;
  let set = {
    ...base,
    logins: new Map(base.logins),
    emails: new Map(base.emails),
    branchPrefixes: [...base.branchPrefixes]
  };
  for (let l of extra.logins) set.logins.set(l.login.toLowerCase(), l.agent);
  for (let e of extra.emails) set.emails.set(e.email.toLowerCase(), e.agent);
  return set.branchPrefixes.push(...extra.branchPrefixes), extra.threshold && (set.threshold = extra.threshold), set;
}
function entries(list, key, where, problems) {
  if (list === void 0) return [];
  if (!Array.isArray(list))
    return problems.push(`agent_detection.${where} must be a list`), [];
  let out = [];
  return list.forEach((item, i) => {
    if (typeof item == "string" && item.trim() !== "")
      out.push({ value: item.trim(), agent: item.trim() });
    else if (item && typeof item == "object" && typeof item[key] == "string") {
      let rec = item, value = String(rec[key]).trim(), agent = typeof rec.agent == "string" && rec.agent.trim() ? rec.agent.trim() : value;
      value ? out.push({ value, agent }) : problems.push(`agent_detection.${where}[${i}].${key} is empty`);
    } else
      problems.push(`agent_detection.${where}[${i}] must be a string or { ${key}, agent }`);
  }), out;
}
function readPolicyDetection(raw) {
  if (!raw || typeof raw != "object") return;
  let ad = raw.agent_detection;
  if (ad == null) return;
  let problems = [];
  if (typeof ad != "object" || Array.isArray(ad))
    return { logins: [], emails: [], branchPrefixes: [], problems: ["agent_detection must be a mapping"] };
  let rec = ad, logins = entries(rec.logins, "login", "logins", problems).map((e) => ({ login: e.value, agent: e.agent })), emails = entries(rec.emails, "email", "emails", problems).map((e) => ({ email: e.value, agent: e.agent })), branchPrefixes = entries(rec.branch_prefixes, "prefix", "branch_prefixes", problems).map((e) => ({
    prefix: e.value,
    agent: e.agent.replace(/\/+$/, "")
  })), threshold;
  return rec.threshold !== void 0 && (typeof rec.threshold == "string" && CONFIDENCES.includes(rec.threshold) ? threshold = rec.threshold : problems.push(`agent_detection.threshold must be one of ${CONFIDENCES.join(", ")}`)), { logins, emails, branchPrefixes, threshold, problems };
}
function policyDetection(root) {
  let s = root.agentDetection;
  if (!s) return readPolicyDetection(root.raw);
  let map = (l) => (l ?? []).map((e) => ({ value: e.value, agent: e.agent ?? e.value })), threshold = CONFIDENCES.includes(s.threshold ?? "") ? s.threshold : void 0;
  return {
    logins: map(s.logins).map((e) => ({ login: e.value, agent: e.agent })),
    emails: map(s.emails).map((e) => ({ email: e.value, agent: e.agent })),
    branchPrefixes: map(s.branchPrefixes).map((e) => ({ prefix: e.value, agent: e.agent.replace(/\/+$/, "") })),
    threshold,
    problems: s.threshold !== void 0 && !threshold ? [`agent_detection.threshold must be one of ${CONFIDENCES.join(", ")}`] : []
  };
}

export {
  CONFIDENCE_RANK,
  CONFIDENCES,
  builtinSignals,
  withPolicy,
  readPolicyDetection,
  policyDetection
};

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
  authorEmailAgent: () => authorEmailAgent,
  commitSignals: () => commitSignals,
  detectAgent: () => detectAgent,
  identityAgent: () => identityAgent,
  pullRequestSignals: () => pullRequestSignals,
  textSignals: () => textSignals
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
var agent_signals_default = {
  $comment: "Authorship signals the agent-policy-lint GitHub Action looks for in a pull request and its commits (and the pre-commit hook in a commit's author). Read by src/agents/signal-data.ts and documented in docs/action.md. A policy can add its own under agent_detection (logins, emails, branch_prefixes, threshold).",
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
var TRAILER_KEY = /^[A-Za-z0-9][A-Za-z0-9-]*$/, isBlank = (c) => c === " " || c === "	";
function trailerLine(line) {
  let colon = line.indexOf(":");
  if (colon <= 0 || line.includes("\u2028") || line.includes("\u2029")) return;
  let keyEnd = colon;
  for (; keyEnd > 0 && isBlank(line[keyEnd - 1]); ) keyEnd--;
  let key = line.slice(0, keyEnd);
  if (!TRAILER_KEY.test(key)) return;
  let start = colon + 1;
  for (; start < line.length && isBlank(line[start]); ) start++;
  let end = line.length;
  for (; end > start && isBlank(line[end - 1]); ) end--;
  return { key, value: line.slice(start, end) };
}
function splitLines(text) {
  return text.replace(/\r\n?/g, `
`).split(`
`);
}
function parseTrailers(message) {
  let lines = splitLines(message), out = [], i = 0;
  for (; i < lines.length && lines[i].trim() !== ""; ) i++;
  for (; i < lines.length; ) {
    for (; i < lines.length && lines[i].trim() === ""; ) i++;
    let start = i;
    for (; i < lines.length && lines[i].trim() !== ""; ) i++;
    if (start < i && trailerLine(lines[start]) && !/^[a-z]+:\/\//i.test(lines[start]))
      for (let j = start; j < i; j++) {
        let t = trailerLine(lines[j]);
        !t || t.value === "" || t.value.startsWith("//") || out.push({ key: t.key, keyLower: t.key.toLowerCase(), value: t.value, line: j + 1 });
      }
  }
  return out;
}
function parseIdent(value) {
  let v = value.trim(), open = v.indexOf("<");
  if (open < 0 || v.indexOf(">") !== v.length - 1 || v.indexOf("<", open + 1) >= 0) return;
  let name = v.slice(0, open).trim(), email = v.slice(open + 1, -1);
  if (!(name === "" || /[\s<>]/.test(email) || !email.slice(1, -1).includes("@")))
    return { name, email };
}
var NOREPLY = /^(?:\d+\+)?([^@\s]+)@users\.noreply\.github\.com$/i;
function identityAgent(set, login, email) {
  if (login) {
    let a = set.logins.get(login.toLowerCase());
    if (a) return a;
  }
  if (email) {
    let e = email.trim().toLowerCase(), a = set.emails.get(e);
    if (a) return a;
    let m = NOREPLY.exec(e);
    if (m) return set.logins.get(m[1]);
  }
}
function authorEmailAgent(policyRaw) {
  let set = withPolicy(builtinSignals(), readPolicyDetection(policyRaw));
  return (_name, email) => email ? identityAgent(set, void 0, email) : void 0;
}
function isRelay(set, login, email) {
  return login && set.relayLogins.has(login.toLowerCase()) ? true : !!(email && set.relayEmails.has(email.trim().toLowerCase()));
}
function textSignals(set, text, where, trailers) {
  let out = [];
  if (trailers)
    for (let t of parseTrailers(text)) {
      if (!set.trailerKeys.has(t.keyLower)) continue;
      let id = parseIdent(t.value), agent = id && identityAgent(set, void 0, id.email);
      agent && out.push({ kind: "trailer", agent, confidence: "medium", evidence: `${t.key}: ${t.value}`, where: `${where} line ${t.line}` });
    }
  splitLines(text).forEach((line, i) => {
    for (let f of set.footers)
      f.re.test(line) && out.push({ kind: "footer", agent: f.agent, confidence: "medium", evidence: line.trim(), where: `${where} line ${i + 1}` });
  });
  for (let l of set.links)
    for (let url of new Set(text.match(l.re) ?? []))
      out.push({ kind: "link", agent: l.agent, confidence: "medium", evidence: url, where });
  return out;
}
function commitSignals(set, c) {
  let short = c.sha.slice(0, 7), out = [], roles = [
    { role: "author", login: c.authorLogin, email: c.authorEmail },
    { role: "committer", login: c.committerLogin, email: c.committerEmail }
  ];
  for (let r of roles) {
    let byLogin = identityAgent(set, r.login, void 0);
    if (byLogin) {
      out.push({ kind: "login", agent: byLogin, confidence: "strong", evidence: r.login, where: `commit ${short} ${r.role}` });
      continue;
    }
    let byEmail = identityAgent(set, void 0, r.email);
    byEmail && out.push({ kind: "email", agent: byEmail, confidence: "strong", evidence: r.email, where: `commit ${short} ${r.role}` });
  }
  let medium = textSignals(set, c.message, `commit ${short} message`, true);
  out.push(...medium);
  let firstMedium = medium[0];
  if (firstMedium) {
    for (let r of roles)
      if (isRelay(set, r.login, r.email)) {
        out.push({
          kind: "relay",
          agent: firstMedium.agent,
          confidence: "strong",
          evidence: `${r.login ?? r.email} acting for ${firstMedium.agent} (${firstMedium.evidence})`,
          where: `commit ${short} ${r.role}`
        });
        break;
      }
  }
  return out;
}
function pullRequestSignals(set, pr) {
  let out = [], author = identityAgent(set, pr.authorLogin, void 0);
  if (author && out.push({ kind: "login", agent: author, confidence: "strong", evidence: pr.authorLogin, where: "pull request author" }), pr.headRef) {
    for (let b of set.branchPrefixes)
      if (pr.headRef.startsWith(b.prefix) && pr.headRef.length > b.prefix.length) {
        out.push({ kind: "branch", agent: b.agent, confidence: "weak", evidence: pr.headRef, where: "head branch" });
        break;
      }
  }
  return pr.body && out.push(...textSignals(set, pr.body, "pull request body", false)), out;
}
function detectAgent(set, pr, commits) {
  let signals = [...pr ? pullRequestSignals(set, pr) : [], ...commits.flatMap((c) => commitSignals(set, c))];
  signals.sort((a, b) => CONFIDENCE_RANK[b.confidence] - CONFIDENCE_RANK[a.confidence]);
  let top = signals[0];
  if (!top) return { agentAuthored: false, threshold: set.threshold, signals };
  let counts = /* @__PURE__ */ new Map();
  for (let s of signals) s.confidence === top.confidence && counts.set(s.agent, (counts.get(s.agent) ?? 0) + 1);
  let agent = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  return {
    agentAuthored: CONFIDENCE_RANK[top.confidence] >= CONFIDENCE_RANK[set.threshold],
    agent,
    confidence: top.confidence,
    threshold: set.threshold,
    signals
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  authorEmailAgent,
  commitSignals,
  detectAgent,
  identityAgent,
  pullRequestSignals,
  textSignals
});

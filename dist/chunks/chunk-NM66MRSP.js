import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  CONFIDENCE_RANK
} from "./chunk-XVUDAKGA.js";

// src/action/trailers.ts
var TRAILER_LINE = /^([A-Za-z0-9][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;
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
    if (start < i && TRAILER_LINE.test(lines[start]) && !/^[a-z]+:\/\//i.test(lines[start]))
      for (let j = start; j < i; j++) {
        let m = TRAILER_LINE.exec(lines[j]);
        !m || m[2] === "" || /^\/\//.test(m[2]) || out.push({ key: m[1], keyLower: m[1].toLowerCase(), value: m[2], line: j + 1 });
      }
  }
  return out;
}
function parseIdent(value) {
  let m = /^([^<>]*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(value.trim());
  if (!(!m || m[1].trim() === ""))
    return { name: m[1].trim(), email: m[2] };
}

// src/action/signals.ts
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
function isRelay(set, login, email) {
  return login && set.relayLogins.has(login.toLowerCase()) ? !0 : !!(email && set.relayEmails.has(email.trim().toLowerCase()));
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
  let medium = textSignals(set, c.message, `commit ${short} message`, !0);
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
  return pr.body && out.push(...textSignals(set, pr.body, "pull request body", !1)), out;
}
function detectAgent(set, pr, commits) {
  let signals = [...pr ? pullRequestSignals(set, pr) : [], ...commits.flatMap((c) => commitSignals(set, c))];
  signals.sort((a, b) => CONFIDENCE_RANK[b.confidence] - CONFIDENCE_RANK[a.confidence]);
  let top = signals[0];
  if (!top) return { agentAuthored: !1, threshold: set.threshold, signals };
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

export {
  identityAgent,
  textSignals,
  commitSignals,
  pullRequestSignals,
  detectAgent
};

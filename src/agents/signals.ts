// Agent authorship detection: pure, over the pull request and its commits (the Action), or over a
// commit author's e-mail (the pre-commit hook).
import { builtinSignals, CONFIDENCE_RANK, readPolicyDetection, withPolicy, type Confidence, type SignalSet } from './signal-data.js';
import { parseIdent, parseTrailers, splitLines } from './trailers.js';

export type SignalKind = 'login' | 'email' | 'relay' | 'trailer' | 'footer' | 'link' | 'branch';

export interface Signal {
  kind: SignalKind;
  agent: string;
  confidence: Confidence;
  /** What matched: a login, an e-mail, a trailer line, a footer line, a URL, a branch. */
  evidence: string;
  /** Where: `pull request author`, `commit 1a2b3c4 author`, `commit 1a2b3c4 message line 7`, … */
  where: string;
}

export interface PullRequestInfo {
  number: number;
  authorLogin?: string;
  headRef?: string;
  body?: string | null;
}

export interface CommitInfo {
  sha: string;
  message: string;
  authorLogin?: string | null;
  committerLogin?: string | null;
  authorName?: string;
  authorEmail?: string;
  committerName?: string;
  committerEmail?: string;
}

export interface Detection {
  agentAuthored: boolean;
  /** The agent named by the strongest signals. */
  agent?: string;
  /** Strongest confidence seen (even when below the threshold). */
  confidence?: Confidence;
  threshold: Confidence;
  signals: Signal[];
}

const NOREPLY = /^(?:\d+\+)?([^@\s]+)@users\.noreply\.github\.com$/i;

/** The agent an account is, by login or e-mail (a GitHub no-reply e-mail names its login). */
export function identityAgent(set: SignalSet, login?: string | null, email?: string): string | undefined {
  if (login) {
    const a = set.logins.get(login.toLowerCase());
    if (a) return a;
  }
  if (email) {
    const e = email.trim().toLowerCase();
    const a = set.emails.get(e);
    if (a) return a;
    const m = NOREPLY.exec(e);
    if (m) return set.logins.get(m[1]!);
  }
  return undefined;
}

/** The agent an author e-mail belongs to: the built-in authorship data plus the policy's agent_detection (its raw root document). */
export function authorEmailAgent(policyRaw: unknown): (name: string, email: string) => string | undefined {
  const set = withPolicy(builtinSignals(), readPolicyDetection(policyRaw));
  return (_name, email) => (email ? identityAgent(set, undefined, email) : undefined);
}

function isRelay(set: SignalSet, login?: string | null, email?: string): boolean {
  if (login && set.relayLogins.has(login.toLowerCase())) return true;
  return Boolean(email && set.relayEmails.has(email.trim().toLowerCase()));
}

/** Medium signals in a text: footer lines and task links (plus trailers for commit messages). */
export function textSignals(set: SignalSet, text: string, where: string, trailers: boolean): Signal[] {
  const out: Signal[] = [];
  if (trailers) {
    for (const t of parseTrailers(text)) {
      if (!set.trailerKeys.has(t.keyLower)) continue;
      const id = parseIdent(t.value);
      const agent = id && identityAgent(set, undefined, id.email);
      if (agent) {
        out.push({ kind: 'trailer', agent, confidence: 'medium', evidence: `${t.key}: ${t.value}`, where: `${where} line ${t.line}` });
      }
    }
  }
  splitLines(text).forEach((line, i) => {
    for (const f of set.footers) {
      if (f.re.test(line)) {
        out.push({ kind: 'footer', agent: f.agent, confidence: 'medium', evidence: line.trim(), where: `${where} line ${i + 1}` });
      }
    }
  });
  for (const l of set.links) {
    for (const url of new Set(text.match(l.re) ?? [])) {
      out.push({ kind: 'link', agent: l.agent, confidence: 'medium', evidence: url, where });
    }
  }
  return out;
}

export function commitSignals(set: SignalSet, c: CommitInfo): Signal[] {
  const short = c.sha.slice(0, 7);
  const out: Signal[] = [];
  const roles = [
    { role: 'author', login: c.authorLogin, email: c.authorEmail },
    { role: 'committer', login: c.committerLogin, email: c.committerEmail },
  ];
  for (const r of roles) {
    const byLogin = identityAgent(set, r.login, undefined);
    if (byLogin) {
      out.push({ kind: 'login', agent: byLogin, confidence: 'strong', evidence: r.login!, where: `commit ${short} ${r.role}` });
      continue;
    }
    const byEmail = identityAgent(set, undefined, r.email);
    if (byEmail) {
      out.push({ kind: 'email', agent: byEmail, confidence: 'strong', evidence: r.email!, where: `commit ${short} ${r.role}` });
    }
  }
  const medium = textSignals(set, c.message, `commit ${short} message`, true);
  out.push(...medium);
  // A relay account (github-actions[bot]) is strong only with the agent's own mark on the same commit.
  const firstMedium = medium[0];
  if (firstMedium) {
    for (const r of roles) {
      if (isRelay(set, r.login, r.email)) {
        out.push({
          kind: 'relay',
          agent: firstMedium.agent,
          confidence: 'strong',
          evidence: `${r.login ?? r.email} acting for ${firstMedium.agent} (${firstMedium.evidence})`,
          where: `commit ${short} ${r.role}`,
        });
        break;
      }
    }
  }
  return out;
}

export function pullRequestSignals(set: SignalSet, pr: PullRequestInfo): Signal[] {
  const out: Signal[] = [];
  const author = identityAgent(set, pr.authorLogin, undefined);
  if (author) out.push({ kind: 'login', agent: author, confidence: 'strong', evidence: pr.authorLogin!, where: 'pull request author' });
  if (pr.headRef) {
    for (const b of set.branchPrefixes) {
      if (pr.headRef.startsWith(b.prefix) && pr.headRef.length > b.prefix.length) {
        out.push({ kind: 'branch', agent: b.agent, confidence: 'weak', evidence: pr.headRef, where: 'head branch' });
        break;
      }
    }
  }
  if (pr.body) out.push(...textSignals(set, pr.body, 'pull request body', false));
  return out;
}

export function detectAgent(set: SignalSet, pr: PullRequestInfo | undefined, commits: readonly CommitInfo[]): Detection {
  const signals = [...(pr ? pullRequestSignals(set, pr) : []), ...commits.flatMap((c) => commitSignals(set, c))];
  signals.sort((a, b) => CONFIDENCE_RANK[b.confidence] - CONFIDENCE_RANK[a.confidence]);
  const top = signals[0];
  if (!top) return { agentAuthored: false, threshold: set.threshold, signals };
  // Name the agent most often seen among the strongest signals.
  const counts = new Map<string, number>();
  for (const s of signals) if (s.confidence === top.confidence) counts.set(s.agent, (counts.get(s.agent) ?? 0) + 1);
  const agent = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  return {
    agentAuthored: CONFIDENCE_RANK[top.confidence] >= CONFIDENCE_RANK[set.threshold],
    agent,
    confidence: top.confidence,
    threshold: set.threshold,
    signals,
  };
}

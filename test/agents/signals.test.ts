import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinSignals, readPolicyDetection, withPolicy } from '../../src/agents/signal-data.js';
import { commitSignals, detectAgent, pullRequestSignals, type CommitInfo } from '../../src/agents/signals.js';
import { parseIdent, parseTrailers } from '../../src/agents/trailers.js';
import { FIXTURES } from '../helpers/cli.js';

const set = builtinSignals();

function commit(over: Partial<CommitInfo>): CommitInfo {
  return { sha: 'abcdef0123456789', message: 'fix: something', authorName: 'Ada', authorEmail: 'ada@example.com', ...over };
}
const kinds = (c: Partial<CommitInfo>) => commitSignals(set, commit(c)).map((s) => `${s.kind}:${s.agent}:${s.confidence}`);

describe('trailers', () => {
  it('reads whole trailer lines in body paragraphs, keys case-insensitive', () => {
    const t = parseTrailers('subject: not a trailer\n\nBody text.\n\nCo-Authored-By: Claude <noreply@anthropic.com>\nSigned-off-by: A <a@b.c>');
    expect(t.map((x) => [x.keyLower, x.value, x.line])).toEqual([
      ['co-authored-by', 'Claude <noreply@anthropic.com>', 5],
      ['signed-off-by', 'A <a@b.c>', 6],
    ]);
  });
  it('ignores the subject line, prose paragraphs and indented lines', () => {
    expect(parseTrailers('Co-authored-by: Claude <noreply@anthropic.com>')).toEqual([]);
    expect(parseTrailers('x\n\nWe thank\nCo-authored-by: Claude <noreply@anthropic.com>')).toEqual([]);
    expect(parseTrailers('x\n\n   Co-authored-by: Claude <noreply@anthropic.com>')).toEqual([]);
    expect(parseTrailers('x\n\nhttps://claude.ai/code: yes')).toEqual([]);
  });
  it('parses Name <email> exactly', () => {
    expect(parseIdent('Claude Opus 4.5 <noreply@anthropic.com>')).toEqual({ name: 'Claude Opus 4.5', email: 'noreply@anthropic.com' });
    expect(parseIdent('<noreply@anthropic.com>')).toBeUndefined();
    expect(parseIdent('Claude <noreply@anthropic.com> and more')).toBeUndefined();
    expect(parseIdent('Claude noreply@anthropic.com')).toBeUndefined();
  });
});

describe('strong signals: agent accounts', () => {
  it('matches bot logins exactly, case-insensitively', () => {
    expect(kinds({ authorLogin: 'claude[bot]' })).toEqual(['login:claude:strong']);
    expect(kinds({ committerLogin: 'Copilot' })).toEqual(['login:copilot:strong']);
    expect(kinds({ authorLogin: 'copilot-swe-agent[bot]' })).toEqual(['login:copilot:strong']);
    expect(kinds({ authorLogin: 'devin-ai-integration[bot]' })).toEqual(['login:devin:strong']);
    expect(kinds({ authorLogin: 'CLAUDE[BOT]' })).toEqual(['login:claude:strong']);
  });
  it('does not match look-alike logins', () => {
    for (const login of ['claude[bot]x', 'not-claude[bot]', 'claude', 'copilot-swe-agent', 'Copilotx', 'my-copilot']) {
      expect(kinds({ authorLogin: login }), login).toEqual([]);
    }
  });
  it('matches agent e-mails and GitHub no-reply e-mails of agent logins', () => {
    expect(kinds({ authorEmail: 'claude@anthropic.com' })).toEqual(['email:claude:strong']);
    expect(kinds({ authorEmail: '198982749+Copilot@users.noreply.github.com' })).toEqual(['email:copilot:strong']);
    expect(kinds({ committerEmail: '158243242+devin-ai-integration[bot]@users.noreply.github.com' })).toEqual([
      'email:devin:strong',
    ]);
    expect(kinds({ authorEmail: 'cursoragent@cursor.com' })).toEqual(['email:cursor:strong']);
  });
  it('does not match look-alike e-mails', () => {
    for (const email of [
      'claude@anthropic.com.evil.example',
      'xclaude@anthropic.com',
      '1+not-claude[bot]@users.noreply.github.com',
      '1+Copilot@users.noreply.github.com.example',
      'Copilot@example.com',
    ]) {
      expect(kinds({ authorEmail: email }), email).toEqual([]);
    }
  });
  it('github-actions[bot] alone is nothing, with an agent mark it acts for that agent', () => {
    expect(kinds({ authorLogin: 'github-actions[bot]', message: 'chore: bump' })).toEqual([]);
    expect(kinds({ authorEmail: 'actions@github.com', message: 'chore: bump Claude Code to 2.1.63' })).toEqual([]);
    const s = commitSignals(
      set,
      commit({ authorLogin: 'github-actions[bot]', message: 'fix: x\n\nCo-authored-by: claude[bot] <209825114+claude[bot]@users.noreply.github.com>' }),
    );
    expect(s.map((x) => `${x.kind}:${x.agent}:${x.confidence}`)).toEqual(['trailer:claude:medium', 'relay:claude:strong']);
    expect(s[1]!.evidence).toContain('github-actions[bot] acting for claude');
  });
});

describe('medium signals: trailers, footers, task links', () => {
  it.each([
    'Co-Authored-By: Claude <noreply@anthropic.com>',
    'co-authored-by: Claude Sonnet 4.5 <noreply@anthropic.com>',
    'CO-AUTHORED-BY: Claude Code <claude@anthropic.com>',
    'Co-authored-by: claude[bot] <41898282+claude[bot]@users.noreply.github.com>',
    'Co-authored-by: Cursor <cursoragent@cursor.com>',
    'Co-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>',
  ])('trailer %s', (line) => {
    const s = commitSignals(set, commit({ message: `feat: x\n\nBody.\n\n${line}` }));
    expect(s.map((x) => `${x.kind}:${x.confidence}`)).toEqual(['trailer:medium']);
    expect(s[0]!.where).toBe('commit abcdef0 message line 5');
  });
  it.each([
    ['a trailer inside prose', 'feat: x\n\nRemember to add Co-Authored-By: Claude <noreply@anthropic.com> to commits.'],
    ['a trailer line inside a prose paragraph', 'feat: x\n\nWe wrote this with\nCo-Authored-By: Claude <noreply@anthropic.com>'],
    ['a trailer quoted in markdown', 'feat: x\n\n- `Co-authored-by: Cursor <cursoragent@cursor.com>`'],
    ['a look-alike name and address', 'feat: x\n\nCo-Authored-By: Claudette <x@y>'],
    ['an agent name with a human address', 'feat: x\n\nCo-Authored-By: Claude <claude@example.com>'],
    ['another key', 'feat: x\n\nReviewed-by: Claude <noreply@anthropic.com>'],
    ['the subject line', 'Co-Authored-By: Claude <noreply@anthropic.com>'],
    ['codex in a message', 'fix(codexcli): handle Codex CLI skills\n\nAdd support for codex.'],
    ['a codex branch in a merge message', 'Merge pull request #750 from dyoshikawa/codex/implement-roo-skill.ts'],
    ['claude[bot] mentioned in prose', 'feat: x\n\nThis posts comments as claude[bot] instead of github-actions[bot].'],
    ['a footer inside a sentence', 'feat: x\n\nThe line "Generated with [Claude Code]" is added by the tool.'],
    ['a fake task link', 'feat: x\n\nSee https://chatgpt.com/codex/tasks/ and https://app.devin.ai/sessions/'],
  ])('not: %s', (_name, message) => {
    expect(kinds({ message })).toEqual([]);
  });
  it('footer lines in both URL forms, with and without the robot', () => {
    for (const line of [
      '🤖 Generated with [Claude Code](https://claude.ai/code)',
      '🤖 Generated with [Claude Code](https://claude.com/claude-code)',
      'Generated with [Claude Code]',
    ]) {
      expect(kinds({ message: `x\n\n${line}` }), line).toEqual(['footer:claude:medium']);
    }
  });
  it('Devin and Codex task links', () => {
    expect(kinds({ message: 'x\n\nLink to Devin run: https://app.devin.ai/sessions/8ab66be5433e4d41b2b20e9d8d63d8c0' })).toEqual([
      'link:devin:medium',
    ]);
    expect(kinds({ message: 'x\n\n[Codex Task](https://chatgpt.com/codex/tasks/task_e_694400e34efc8325807c70c531c15e20)' })).toEqual([
      'link:codex:medium',
    ]);
  });
});

describe('weak signals and the pull request', () => {
  const pr = (headRef: string, over = {}) => pullRequestSignals(set, { number: 1, authorLogin: 'ada', headRef, ...over });
  it('matches agent branch prefixes only with the slash', () => {
    for (const b of ['claude/fix-1', 'codex/add-x', 'cursor/a', 'copilot/fix-2', 'devin/1764683228-fix']) {
      expect(pr(b).map((s) => `${s.kind}:${s.confidence}`), b).toEqual(['branch:weak']);
    }
    for (const b of ['claude-docs/x', 'claude', 'claude/', 'feature/claude/x', 'my-codex/x', 'Claude/x']) {
      expect(pr(b), b).toEqual([]);
    }
  });
  it('reads the pull request author and body', () => {
    const s = pullRequestSignals(set, {
      number: 2,
      authorLogin: 'Copilot',
      headRef: 'copilot/fix-3',
      body: 'Fixes #3\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)',
    });
    expect(s.map((x) => `${x.kind}:${x.agent}:${x.confidence}`)).toEqual([
      'login:copilot:strong',
      'branch:copilot:weak',
      'footer:claude:medium',
    ]);
  });
  it('a weak signal alone stays below the default threshold', () => {
    const d = detectAgent(set, { number: 1, authorLogin: 'ada', headRef: 'claude/x' }, [commit({})]);
    expect(d).toMatchObject({ agentAuthored: false, confidence: 'weak', threshold: 'medium', agent: 'claude' });
    expect(detectAgent(set, { number: 1, authorLogin: 'ada' }, [commit({})])).toMatchObject({ agentAuthored: false, signals: [] });
  });
  it('names the agent of the strongest signals', () => {
    const d = detectAgent(set, { number: 1, headRef: 'codex/x' }, [
      commit({ authorLogin: 'copilot-swe-agent[bot]' }),
      commit({ message: 'x\n\nCo-authored-by: Claude <noreply@anthropic.com>' }),
    ]);
    expect(d).toMatchObject({ agentAuthored: true, agent: 'copilot', confidence: 'strong' });
    expect(d.signals.map((s) => s.confidence)).toEqual(['strong', 'medium', 'weak']);
  });
});

describe('policy-defined signals', () => {
  it('adds logins, e-mails, branch prefixes and a threshold', () => {
    const extra = readPolicyDetection({
      version: '2.0',
      agent_detection: {
        logins: ['acme-agent[bot]', { login: 'robo', agent: 'robo-agent' }],
        emails: [{ email: 'agent@acme.example', agent: 'acme' }],
        branch_prefixes: ['bot/'],
        threshold: 'weak',
      },
    });
    expect(extra?.problems).toEqual([]);
    const s = withPolicy(set, extra);
    expect(s.threshold).toBe('weak');
    const d = detectAgent(s, { number: 1, headRef: 'bot/x' }, []);
    expect(d).toMatchObject({ agentAuthored: true, agent: 'bot', confidence: 'weak' });
    expect(commitSignals(s, commit({ authorLogin: 'ROBO' })).map((x) => x.agent)).toEqual(['robo-agent']);
    expect(commitSignals(s, commit({ message: 'x\n\nCo-authored-by: Acme <agent@acme.example>' })).map((x) => x.kind)).toEqual([
      'trailer',
    ]);
    // The built-in table is untouched.
    expect(set.threshold).toBe('medium');
    expect(set.logins.has('robo')).toBe(false);
  });
  it('reports unreadable entries and ignores them', () => {
    const extra = readPolicyDetection({ agent_detection: { logins: 'x', emails: [3], threshold: 'high' } });
    expect(extra?.problems).toEqual([
      'agent_detection.logins must be a list',
      'agent_detection.emails[0] must be a string or { email, agent }',
      'agent_detection.threshold must be one of strong, medium, weak',
    ]);
    expect(extra?.threshold).toBeUndefined();
    expect(readPolicyDetection({ version: '1.0' })).toBeUndefined();
  });
});

describe('real commits (fixtures/github/commits, MIT sources)', () => {
  const rows = readFileSync(join(FIXTURES, 'github/commits/corpus-sample.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, string>);
  const bySha = (prefix: string): string[] => {
    const r = rows.find((x) => x.sha!.startsWith(prefix))!;
    const s = commitSignals(set, {
      sha: r.sha!,
      message: r.message!,
      authorName: r.author_name,
      authorEmail: r.author_email,
      committerName: r.committer_name,
      committerEmail: r.committer_email,
    });
    return [...new Set(s.map((x) => `${x.kind}:${x.agent}:${x.confidence}`))].sort();
  };
  it.each([
    ['798cf09', ['footer:claude:medium', 'trailer:claude:medium']],
    ['cc5ef44', ['trailer:claude:medium']],
    ['63ea7e3', ['footer:claude:medium']], // its trailers are indented: not trailers
    ['ba7fa4b', []], // GitHub Actions bumping a version: no agent
    ['0630ef3', ['footer:claude:medium', 'trailer:claude:medium']], // claude[bot] only in prose
    ['e75c907', ['email:claude:strong']],
    ['9b4b2a7', ['email:devin:strong']],
    ['a5c930b', []], // merges a codex/ branch: the message says nothing about authorship
    ['cdc9239', []], // "Codex CLI"
    ['310c6a6', ['email:claude:strong']],
    ['6e3b0b1', ['trailer:copilot:medium']],
    ['2a9d836', ['email:copilot:strong']],
    ['74fcfdb', ['trailer:copilot:medium']],
    ['5dc5ba4', []], // dependabot
    ['21229dc', []],
  ])('%s', (sha, expected) => {
    expect(bySha(sha)).toEqual(expected);
  });
  it('does not count the prose mention of claude[bot] in 0630ef3', () => {
    const r = rows.find((x) => x.sha!.startsWith('0630ef3'))!;
    expect(r.message).toContain('as claude[bot] instead of');
    const s = commitSignals(set, { sha: r.sha!, message: r.message! });
    expect(s.some((x) => x.evidence.includes('claude[bot]'))).toBe(false);
  });
});

describe('the data file and its documentation', () => {
  it('docs/action.md names every built-in login, e-mail and branch prefix', () => {
    const data = JSON.parse(readFileSync(join(FIXTURES, '../data/agent-signals.json'), 'utf8'));
    const doc = readFileSync(join(FIXTURES, '../docs/action.md'), 'utf8');
    const names = [
      ...data.logins.entries.map((e: { login: string }) => e.login),
      ...data.emails.entries.map((e: { email: string }) => e.email),
      ...data.branch_prefixes.entries.map((e: { prefix: string }) => e.prefix),
    ];
    expect(names.filter((n: string) => !doc.includes(`\`${n}\``))).toEqual([]);
    expect(data.threshold.default).toBe('medium');
    expect(doc).toContain('`medium`\nby default');
  });
});

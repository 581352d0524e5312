import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub, githubCommand } from '../../src/report/formatters/github.js';
import { summarize, type Finding } from '../../src/report/finding.js';
import { FINDINGS, SUMMARY, ctx } from './sample.js';

describe('github', () => {
  it('escapes like @actions/core: data %, CR, LF; properties also : and ,', () => {
    expect(escapeData('100% a:b,c\r\nd')).toBe('100%25 a:b,c%0D%0Ad');
    expect(escapeProperty('100% a:b,c\r\nd')).toBe('100%25 a%3Ab%2Cc%0D%0Ad');
    // % first, so an existing escape is not read back as a newline.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('prints one workflow command per finding, exactly', () => {
    expect(formatGithub(FINDINGS, SUMMARY, ctx())).toBe(
      [
        '::error file=.agent-policy.yml,line=3,col=5,endLine=3,endColumn=18,title=unknown-key::permissions.network: unknown key "allow_outbund": 100%25 wrong, see a,b%0Adid you mean "allow_outbound"?',
        '::warning file=.agent-policy.yml,line=12,col=10,title=override-allow-in-root-deny::override allows what the root denies%0Athe root deny wins%0Awitness: src/secrets/.env',
        '::notice file=dir%2C with%3A odd%25chars/.agent-policy.override.yml,title=empty-file::the file is empty',
        '::error file=logs/agent.jsonl,line=7,col=1,title=replay-denied::write to „src/日本語.ts“ was denied 🚫 by \\x1b[31mred\\x1b[0m rule | pipe%0Awitness: src/日本語.ts',
        '',
      ].join('\n'),
    );
  });

  it('cannot be tricked into a second command by a message or a path', () => {
    const evil: Finding = {
      ruleId: 'r',
      severity: 'error',
      message: 'x\n::add-mask::y\r\n::error::z',
      file: 'a,title=fake::b',
      line: 1,
      column: 1,
    };
    const out = formatGithub([evil], summarize([evil], 1), ctx());
    expect(out.split('\n').filter(Boolean)).toHaveLength(1);
    expect(out).toBe('::error file=a%2Ctitle=fake%3A%3Ab,line=1,col=1,title=r::x%0A::add-mask::y%0A::error::z\n');
  });

  it('leaves out line and column for whole-file findings and an empty file name', () => {
    const f: Finding = { ruleId: 'r', severity: 'info', message: 'm', file: '', line: 0, column: 0, endLine: 2, endColumn: 3 };
    expect(githubCommand(f)).toBe('::notice title=r::m');
  });

  it('prints nothing when clean', () => {
    expect(formatGithub([], summarize([], 1), ctx())).toBe('');
  });
});

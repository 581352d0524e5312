// The one case fold (src/match/case-fold.ts): the engine's matchers and the conflict analysis
// fold identically, and the fold is at least as wide as both RegExp folds (`i` and `iu`).
import { describe, expect, it } from 'vitest';
import { Automata } from '../../src/match/automata.js';
import { caseClass, foldString, foldUnit } from '../../src/match/case-fold.js';
import { CommandPatternList, commandPatternRegexSource } from '../../src/match/command.js';
import { policyGlobSource } from '../../src/match/glob.js';
import { compileWordMatcher } from '../../src/match/matcher.js';
import { compilePathList, DENY_LIST } from '../../src/match/patterns.js';

const ODD = ['s', 'S', '\u017f', 'k', 'K', '\u212a', 'i', 'I', '\u0130', '\u0131', '\u00e5', '\u00c5', '\u212b', '\u03c3', '\u03c2', '\u03a3', '\u00df'];

describe('case fold', () => {
  it('is an equivalence whose representative is its smallest member', () => {
    for (let c = 0; c <= 0xffff; c += 7) {
      const r = foldUnit(c);
      expect(foldUnit(r)).toBe(r);
      expect(Math.min(...caseClass(c))).toBe(r);
    }
  });

  it('contains both RegExp folds: whatever /x/i or /x/iu equates, it equates', () => {
    for (const a of ODD) {
      for (const b of ODD) {
        const re = (flags: string) => new RegExp(`^${a}$`, flags).test(b);
        if (re('i') || re('iu')) expect(foldString(a), `${a} ~ ${b}`).toBe(foldString(b));
      }
    }
    // and is wider where a file system that upper-cases names would be: ſ -> S, ı -> I, K -> K
    expect(foldString('\u017fsh')).toBe(foldString('SSH'));
    expect(foldString('\u212aey')).toBe(foldString('key'));
    expect(foldString('.g\u0131t')).toBe(foldString('.GIT'));
    expect(foldString('\u0130d')).not.toBe(foldString('id')); // İ only maps to several units
  });
});

describe('engine and analysis fold identically', () => {
  const subjects = ['ssh/x', 'SSH/x', '\u017fsh/x', '\u017f\u017fh/x', '.key', '.\u212aey', '.KEY', '.g\u0131t', '.git', '.\u0130t', '\u0130d', 'id', '\u0131d'];
  const auto = new Automata();

  it('for deny path patterns', () => {
    for (const pattern of ['ssh/**', '.key', '.git', 'id', '[k]ey']) {
      const deny = compilePathList([{ pattern }], DENY_LIST);
      const lang = { source: policyGlobSource(pattern, { nocase: true, coverDescendants: true }), flags: 'i' };
      for (const s of subjects) expect(deny.test(s), `${pattern} on ${s}`).toBe(auto.accepts(lang, s));
    }
    const deny = compilePathList([{ pattern: 'ssh/**' }], DENY_LIST);
    expect(deny.test('\u017fsh/id_rsa')).toBe(true);
  });

  it('for deny command patterns and tool names', () => {
    const commands = ['ssh host', 'SSH host', '\u017fsh host', '\u212aill -9 1', 'kill -9 1', '\u0130d', 'id'];
    for (const pattern of ['ssh *', 'kill -9', 'id']) {
      const deny = new CommandPatternList([{ pattern }], true);
      const lang = { source: commandPatternRegexSource(pattern), flags: 'i' };
      const tool = compileWordMatcher(pattern.replace(/ .*/, '*'), { nocase: true });
      for (const c of commands) {
        expect(deny.first(c) !== undefined, `${pattern} on ${c}`).toBe(auto.accepts(lang, c));
        expect(tool(c), `tool ${pattern} on ${c}`).toBe(auto.accepts({ source: `${commandPatternRegexSource(pattern.replace(/ .*/, ''))}`, flags: 'i' }, c));
      }
    }
    expect(new CommandPatternList([{ pattern: 'ssh *' }], true).first('\u017fsh host')).toBeDefined();
    expect(new CommandPatternList([{ pattern: 'ssh *' }], false).first('SSH host')).toBeUndefined(); // allows never fold
  });
});

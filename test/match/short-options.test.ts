// The one reader of short-option clusters (src/match/short-options.ts), on real programs' clusters.
import { describe, expect, it } from 'vitest';
import { readShortCluster, type ShortLetter } from '../../src/match/short-options.js';

/** A program's letters: `flags` take no value, `valued` take one, `optional` only an attached one; others are unknown. */
function letters(flags: string, valued = '', optional = ''): (ch: string) => ShortLetter {
  return (ch) => (flags.includes(ch) ? 'flag' : valued.includes(ch) ? 'value' : optional.includes(ch) ? 'optional-value' : 'unknown');
}

const RM = letters('rfiv');
const SSH = letters('tTvqAN', 'pilLoD');
const TAR = letters('xzcvt', 'fC');
const XARGS = letters('0prtx', 'aEdILnPs', 'eil');

describe('readShortCluster', () => {
  it('reads `-rf` as two flags', () => {
    expect(readShortCluster('-rf', RM)).toEqual({ flags: ['r', 'f'], nextWord: false });
  });

  it('reads `-p22`: the value is the rest of the word', () => {
    expect(readShortCluster('-p22', SSH)).toEqual({ flags: [], valued: 'p', attached: '22', nextWord: false });
  });

  it('reads `-tp22`: flags, then a letter that takes the rest as its value', () => {
    expect(readShortCluster('-tp22', SSH)).toEqual({ flags: ['t'], valued: 'p', attached: '22', nextWord: false });
  });

  it('reads `-o` of `-o file`: the value is the next word', () => {
    expect(readShortCluster('-o', SSH)).toEqual({ flags: [], valued: 'o', attached: undefined, nextWord: true });
  });

  it('reads `-xzf` (`tar xzf a.tar`): two flags, then `f` whose value is the next word', () => {
    expect(readShortCluster('-xzf', TAR)).toEqual({ flags: ['x', 'z'], valued: 'f', attached: undefined, nextWord: true });
  });

  it('reads `-fxz` as `-f xz`: a letter that takes a value ends the cluster', () => {
    expect(readShortCluster('-fxz', TAR)).toEqual({ flags: [], valued: 'f', attached: 'xz', nextWord: false });
  });

  it('stops at an unknown letter: what follows it may be its value', () => {
    expect(readShortCluster('-tYp22', SSH)).toEqual({ flags: ['t'], unknown: 'Y', nextWord: false });
  });

  it('says a value-taking letter at the end takes the next word, whether or not there is one', () => {
    // The reader sees one word: `ssh -tl` with nothing after it is for the caller to notice.
    expect(readShortCluster('-tl', SSH).nextWord).toBe(true);
  });

  it('reads an optional value only when attached (`xargs -i{}`, `xargs -i`)', () => {
    expect(readShortCluster('-0i{}', XARGS)).toEqual({ flags: ['0'], valued: 'i', attached: '{}', nextWord: false });
    expect(readShortCluster('-0i', XARGS)).toEqual({ flags: ['0'], valued: 'i', attached: undefined, nextWord: false });
  });

  it('reads letters one UTF-16 unit at a time, as the callers index words', () => {
    expect(readShortCluster('-r\u{1F600}', letters('r\uD83D\uDE00')).flags).toEqual(['r', '\uD83D', '\uDE00']);
    expect(readShortCluster('-r\u{1F600}', RM)).toEqual({ flags: ['r'], unknown: '\uD83D', nextWord: false });
  });
});

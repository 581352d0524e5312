import { describe, expect, it } from 'vitest';
import { Automata, type Lang } from '../../src/match/automata.js';
import { Sampler } from '../../src/analysis/quick.js';
import { fold, literalEnds, literalPrefix, literalRuns, literalSuffix } from '../../src/analysis/shape.js';
import { randomSource, rng, satisfies } from './brute.js';

describe('literal ends of a regex source', () => {
  it('reads literal text, identity escapes, and stops at anything else', () => {
    expect(literalPrefix('backend\\/secrets(?:\\/[^]*)?')).toBe('backend/secrets');
    expect(literalSuffix('(?:[^]*\\/)?[^\\/]*\\.pem')).toBe('.pem');
    expect(literalPrefix('ab*c')).toBe('a');
    expect(literalPrefix('ab?')).toBe('a');
    expect(literalPrefix('a\\dx')).toBe('a');
    expect(literalSuffix('x\\d')).toBe('');
    expect(literalSuffix('a\\\\')).toBe('a\\');
    expect(literalSuffix('ab*')).toBe('');
    expect(literalSuffix('(?:ab)')).toBe('ab');
    expect(literalPrefix('a{2}')).toBe('');
  });

  it('looks into a leading or trailing group that is not quantified', () => {
    expect(literalSuffix('services\\/src(?:\\/(?:[^]*\\/)?[^\\/]*\\.json)')).toBe('.json');
    expect(literalSuffix('a(?:b|c)')).toBe('');
    expect(literalSuffix('a(?:bc)*')).toBe('');
    expect(literalSuffix('a(?=bc)')).toBe('');
    expect(literalSuffix('a[)](?:x)')).toBe('x');
    expect(literalPrefix('(?:ab)c')).toBe('ab');
    expect(literalPrefix('(?:ab)?c')).toBe('');
    expect(literalPrefix('(?:a|b)c')).toBe('');
  });

  it('knows nothing about a top-level alternation', () => {
    expect(literalEnds('abc|abd')).toEqual({ prefix: '', suffix: '' });
    expect(literalEnds('a(?:b|c)d')).toEqual({ prefix: 'A', suffix: 'D' });
    expect(literalEnds('a[|]d')).toEqual({ prefix: 'A', suffix: 'D' });
  });

  it('folds case as the engine does (src/match/case-fold.ts)', () => {
    expect(fold('σς')).toBe('ΣΣ');
    expect(fold('ſ\u212a')).toBe('SK'); // non-ASCII units whose case mapping is ASCII fold onto it
    expect(fold('ß')).toBe('ß'); // upper case is two characters
  });
});

describe('sampler', () => {
  it('only ever returns words that satisfy the question (checked by RegExp)', () => {
    const rand = rng(23);
    const auto = new Automata();
    const sampler = new Sampler(auto);
    let found = 0;
    for (let i = 0; i < 400; i++) {
      const a: Lang = { source: randomSource(rand, 3), flags: rand() < 0.3 ? 'i' : '' };
      const b: Lang = { source: randomSource(rand, 3) };
      const w = sampler.find([a], [b]);
      if (w === undefined) continue;
      found++;
      expect(satisfies(w, [a], [b]), `${JSON.stringify(w)} in /${a.source}/${a.flags} not /${b.source}/`).toBe(true);
    }
    expect(found).toBeGreaterThan(100);
  });
});

describe('literal runs', () => {
  it('collects fixed text anywhere, longest first', () => {
    expect(literalRuns('(?:[^]*/)?[^/]*\\.pem(?:/[^]*)?')).toEqual(['.pem']);
    expect(literalRuns('services\\/src(?:\\/(?:[^]*\\/)?[^\\/]*\\.ts)')).toEqual(['services/src', '.ts']);
    expect(literalRuns('ab*cd[x]ef\\dgh')).toEqual(['cd', 'ef', 'gh']);
  });
});

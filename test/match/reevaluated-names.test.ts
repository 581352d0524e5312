// Names whose values bash evaluates again as code (src/match/reevaluated-names.ts). What bash
// evaluates is pinned by the corpus (lex-095..110, checked with real bash when written); here the
// scan itself: every such context found, plain uses not.
import { describe, expect, it } from 'vitest';
import { EVALUATED_SUBSTITUTION, loopNamesOfRunTimeWords, reevaluatedNames } from '../../src/match/reevaluated-names.js';

const names = (text: string): string[] => [...reevaluatedNames(text)].sort();

describe('reevaluatedNames', () => {
  it('finds the names arithmetic, subscripts, indirection, let and test -v evaluate', () => {
    expect(names('echo $((x + y))')).toEqual(['x', 'y']);
    expect(names('(( n++ ))')).toEqual(['n']);
    expect(names('echo $[x]')).toEqual(['x']);
    expect(names('a[i]=1')).toEqual(['i']);
    expect(names('echo ${a[j]}')).toEqual(['j']);
    expect(names('echo ${!ref}')).toEqual(['ref']);
    expect(names('let total+=k')).toEqual(['k', 'total']);
    expect(names('[[ $v -eq 1 ]]')).toEqual(['eq', 'v']);
    expect(names('test -v "$w"; echo done')).toEqual(['w']);
  });

  it('leaves plain uses alone', () => {
    expect(names('echo "$x" ${y} $z')).toEqual([]);
    expect(names('ls -la; cat x')).toEqual([]);
  });

  it('marks a command substitution whose output is evaluated again', () => {
    expect(reevaluatedNames('echo $(( $(cat f) ))').has(EVALUATED_SUBSTITUTION)).toBe(true);
    expect(reevaluatedNames('echo $(( `cat f` ))').has(EVALUATED_SUBSTITUTION)).toBe(true);
    expect(reevaluatedNames('a[$(cat f)]=1').has(EVALUATED_SUBSTITUTION)).toBe(true);
    expect(reevaluatedNames('echo "$(ls)" $((3))').has(EVALUATED_SUBSTITUTION)).toBe(false);
  });

  it('stays in step on brackets and quotes that are text', () => {
    expect(names('echo ")"; echo $((x))')).toEqual(['x']);
    expect(names('echo "("; echo $((x))')).toEqual(['x']);
    expect(names(`echo "it's $((x))"`)).toEqual(['x']);
    expect(names(`echo "$(echo "it's")" $((x))`)).toEqual(['x']);
    expect(names(`echo '$((x))' a[y]`)).toEqual(['y']);
    expect(names(`echo $'it\\'s' $((x))`)).toEqual(['x']);
  });

  it('skips single-quoted text, except where it is evaluated (let)', () => {
    expect(reevaluatedNames(`printf '%s' 'a[$(id)]'`).has(EVALUATED_SUBSTITUTION)).toBe(false);
    expect(reevaluatedNames(`let 'y=a[$(id)]'`).has(EVALUATED_SUBSTITUTION)).toBe(true);
    expect(names(`printf -v x '%s' PAGER; echo $x`)).toEqual([]);
    expect(names(`test -v "$w"`)).toEqual(['w']);
  });
});

describe('loopNamesOfRunTimeWords', () => {
  const loops = (text: string): string[] => {
    const out = new Set<string>();
    loopNamesOfRunTimeWords(text, out);
    return [...out].sort();
  };

  it('names loop variables whose words are known only at run time', () => {
    expect(loops('for x in $(cat f); do echo $x; done')).toEqual(['x']);
    expect(loops('for f in *.txt; do wc -l $f; done')).toEqual(['f']);
    expect(loops('select c in $opts; do break; done')).toEqual(['c']);
  });

  it('not those of literal words', () => {
    expect(loops('for i in 1 2 3; do echo $i; done')).toEqual([]);
    expect(loops('for d in src lib/x a-b; do ls $d; done')).toEqual([]);
  });
});

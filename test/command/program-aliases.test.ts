// Other names of the same program (data/program-aliases.json, src/match/program-aliases.ts):
// `gfind` is find to every model, and a layer of its own as written.
import { describe, expect, it } from 'vitest';
import { checkAllow } from '../../src/command/sound-allow.js';
import { caseSensitivePrograms, programAliases, sameProgram } from '../../src/match/program-aliases.js';
import { programOpaque } from '../../src/match/shell-opaque.js';
import programData from '../../data/programs.json';
import hazardData from '../../data/program-hazards.json';
import { analyzeUncached, executableName, writtenName, type SimpleCommand } from '../../src/match/shell-analyze.js';

function simple(line: string): SimpleCommand {
  const c = analyzeUncached(line).commands[0];
  if (!c) throw new Error(`no simple command in ${line}`);
  return c;
}

/** Whether the allow pattern admits the command (any layer), and the first refusal. */
function allow(pattern: string, line: string): { admitted: boolean; refusal?: string } {
  const c = simple(line);
  let refusal: string | undefined;
  for (let j = 0; j < c.layers.length; j++) {
    const r = checkAllow(pattern, c, j);
    if (r.matched && !r.refusal) return { admitted: true };
    refusal ??= r.refusal;
  }
  return { admitted: false, refusal };
}

describe('the alias table', () => {
  const table = programAliases();

  it('is an explicit, flat list: no comments left, no name mapped to itself, no target that is itself another name', () => {
    expect(table.size).toBeGreaterThan(100);
    for (const [name, program] of table) {
      expect(name.startsWith('$'), name).toBe(false);
      expect(program, name).not.toBe(name);
      expect(table.has(program), `${name} -> ${program}`).toBe(false);
    }
  });

  it('names the GNU tools Homebrew prefixes with g', () => {
    for (const [name, program] of [
      ['gfind', 'find'], ['gxargs', 'xargs'], ['gtimeout', 'timeout'], ['gstdbuf', 'stdbuf'], ['gsed', 'sed'], ['gtar', 'tar'],
      ['ggrep', 'grep'], ['gmake', 'make'], ['gdiff', 'diff'], ['gawk', 'awk'], ['gm4', 'm4'], ['gpatch', 'patch'], ['grm', 'rm'],
      ['gls', 'ls'], ['ginstall', 'install'], ['gnohup', 'nohup'], ['genv', 'env'], ['gchroot', 'chroot'], ['gshred', 'shred'],
    ]) expect(sameProgram(name!), name).toBe(program);
  });

  it('never reads a program of its own as another: no rule on the spelling', () => {
    for (const name of ['gcc', 'gdb', 'git', 'gpg', 'gzip', 'gunzip', 'grep', 'go', 'gem', 'gh', 'gs', 'gdu', 'god', 'gradle', 'gsutil', 'gcloud', 'g++', 'gofmt', 'gping']) {
      expect(table.has(name), name).toBe(false);
      expect(sameProgram(name)).toBe(name);
    }
  });

  it('finds nothing for names every object has', () => {
    // (A name with capitals is read as its lower case: `toString` as `tostring`, no table's entry.)
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(sameProgram(name)).toBe(name.toLowerCase());
  });

  it('reads a path-qualified word by its file name first', () => {
    expect(writtenName('/opt/homebrew/bin/gfind')).toBe('gfind');
    expect(executableName('/opt/homebrew/bin/gfind')).toBe('find');
    expect(executableName('./gfind')).toBe('find');
    expect(executableName('/usr/bin/rm')).toBe('rm');
  });
});

describe('names with capitals (macOS finds /usr/bin/env for ENV)', () => {
  it('reads a capitalised name as its lower case, and as its other name when that is one', () => {
    expect(sameProgram('ENV')).toBe('env');
    expect(sameProgram('Find')).toBe('find');
    expect(sameProgram('GTIMEOUT')).toBe('timeout');
    expect(simple('ENV rm -rf x').layers).toEqual(['ENV rm -rf x', 'env rm -rf x', 'rm -rf x']);
    expect(simple('XARGS rm').layers.at(-1)).toMatch(/^rm\b/);
  });

  it('keeps programs whose own names have capitals: every capitalised name a model knows is listed', () => {
    const data = programData as unknown as { programs: Record<string, unknown>; touch: Record<string, unknown> };
    const hazards = (hazardData as unknown as { programs: Record<string, unknown> }).programs;
    const modelled = [...Object.keys(data.programs), ...Object.keys(data.touch), ...Object.keys(hazards)].map((k) => k.split(' ')[0]!);
    const capitalised = new Set(modelled.filter((k) => !k.startsWith('$') && /[A-Z]/.test(k)));
    expect(capitalised.size).toBeGreaterThan(0);
    for (const name of capitalised) expect(caseSensitivePrograms().has(name), name).toBe(true);
    for (const name of ['HEAD', 'GET', 'R', 'Rscript']) expect(sameProgram(name)).toBe(name);
    // R's inline code is still found under its own name.
    expect(programOpaque('R', [{ value: '-e', dynamic: false }, { value: '1', dynamic: false }])).toBeDefined();
    expect(programOpaque('Rscript', [{ value: '-e', dynamic: false }, { value: '1', dynamic: false }])).toBeDefined();
  });
});

describe('the analysis of another name', () => {
  it('keeps the name as written as a layer, then the program it runs', () => {
    expect(simple('gfind . -delete').layers).toEqual(['gfind . -delete', 'find . -delete']);
    expect(simple('/opt/homebrew/bin/gfind . -name x').layers).toEqual(['gfind . -name x', 'find . -name x']);
    expect(simple('find . -delete').layers).toEqual(['find . -delete']);
  });

  it('unwraps the wrappers by their other names', () => {
    expect(simple('gtimeout 5 rm -rf /').layers).toEqual(['gtimeout 5 rm -rf /', 'timeout 5 rm -rf /', 'rm -rf /']);
    expect(simple('gstdbuf -o0 rm -rf /').layers.at(-1)).toBe('rm -rf /');
    expect(simple('gnice -n 5 grm -rf x').layers.slice(-2)).toEqual(['grm -rf x', 'rm -rf x']);
    expect(simple('gxargs rm').layers.at(-1)).toMatch(/^rm\b/);
  });

  it('reads the other name of a program that runs code as that program', () => {
    expect(analyzeUncached('gfind . -fprint x').problems.map((p) => p.construct)).toEqual(['find -fprint']);
    // `vim -c` runs an Ex command; `vim.basic` is Debian's vim.
    expect(analyzeUncached('vim.basic -c "!rm -rf /" x').commands.some((c) => c.layers.includes('vim -c !rm -rf / x'))).toBe(true);
  });
});

describe('allow patterns and another name', () => {
  it('a pattern naming the program admits its other names, hazards read as that program', () => {
    expect(allow('find *', 'gfind . -name x').admitted).toBe(true);
    expect(allow('find *', '/opt/homebrew/bin/gfind . -name x').admitted).toBe(true);
    expect(allow('find *', 'gfind . -delete').admitted).toBe(false);
    expect(allow('sort *', 'gsort -o .github/x y').admitted).toBe(false);
  });

  it('a pattern naming the other name admits it, hazards read as the program', () => {
    expect(allow('gfind *', 'gfind . -name x').admitted).toBe(true);
    expect(allow('gfind *', 'gfind . -delete').refusal).toMatch(/-delete/);
    expect(allow('gfind *', 'find . -name x').admitted).toBe(false);
    // A word known only at run time is read on the layer as written (`gfind`), not as `find`.
    expect(allow('gcat src/*', 'gcat src/"$X"').admitted).toBe(true);
    expect(allow('cat src/*', 'gcat src/"$X"').admitted).toBe(true);
    expect(allow('gcat src/*', 'gcat "$X"').admitted).toBe(false);
    expect(allow('gfind src *', 'gfind src -name "$X"').refusal).toMatch(/known only at run time where find reads options/);
  });

  it('a file of that name elsewhere is no system program', () => {
    expect(allow('find *', './gfind . -name x').admitted).toBe(false);
    expect(allow('gfind *', './gfind . -name x').admitted).toBe(false);
  });
});

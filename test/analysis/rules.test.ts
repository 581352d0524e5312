import { describe, expect, it } from 'vitest';
import { Automata } from '../../src/match/automata.js';
import { checkConflicts } from '../../src/analysis/index.js';
import { rules } from '../../src/analysis/rules.js';
import { defaultCompiler } from '../../src/analysis/default-compiler.js';
import { analyse, CheckedAutomata, only, policySet, tableCompiler } from './policy.js';

describe('override-allow-in-root-deny', () => {
  it("reports the seed's conflict as an error with both files, both patterns, a witness and the resolution", async () => {
    const set = policySet(
      { fsDeny: ['backend/secrets/**', '.env*', 'secrets/**'] },
      { backend: { fsAllow: ['backend/secrets/test-fixtures/**', 'backend/src/**/*.go', 'backend/migrations/**'] } },
      5,
    );
    set.overrides[0]!.permissions.filesystem.allow[0]!.origin.line = 4;
    const [f, ...rest] = only(await analyse(set), 'override-allow-in-root-deny');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'error',
      file: '/repo/backend/.agent-policy.override.yml',
      line: 4,
      witness: 'backend/secrets/test-fixtures/a',
      hint: 'Resolution: Remove override or add explicit exception in root policy.',
      related: [{ file: '/repo/.agent-policy.yml', line: 5, message: 'Root policy denies: backend/secrets/**' }],
    });
    expect(f!.message.split('\n')).toEqual([
      'Policy conflict detected',
      'Root policy denies: backend/secrets/**  (.agent-policy.yml:5)',
      'Backend override allows: backend/secrets/test-fixtures/**  (backend/.agent-policy.override.yml:4)',
    ]);
    expect(f!.data).toMatchObject({ rootPatterns: ['backend/secrets/**'], overridePattern: 'backend/secrets/test-fixtures/**' });
  });

  it('reports a partial overlap as info, with a witness from the denied part', async () => {
    const set = policySet({ fsDeny: ['backend/secrets/**'] }, { backend: { fsAllow: ['backend/**'] } });
    const found = only(await analyse(set), 'override-allow-in-root-deny');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', witness: 'backend/secrets/a', data: { overlap: 'partial' } });
  });

  it('takes a **/name deny for what it is, a name at any depth: no partial-overlap note, a full cover still an error', async () => {
    const set = policySet({ fsDeny: ['**/id_rsa*', '.env*'] }, { backend: { fsAllow: ['backend/src/**', 'backend/keys/id_rsa'] } });
    const all = await checkConflicts(set, { compiler: defaultCompiler, automata: new CheckedAutomata() });
    expect(all.filter((f) => f.ruleId === 'conflict-undecided')).toEqual([]);
    const found = only(all, 'override-allow-in-root-deny');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', witness: 'backend/keys/id_rsa' });
  });

  it('turns the conflict into a note when a root exception covers the overlap', async () => {
    const set = policySet(
      { fsDeny: ['backend/secrets/**'], exceptions: [{ pattern: 'backend/secrets/test-fixtures/**' }] },
      { backend: { fsAllow: ['backend/secrets/test-fixtures/**'] } },
    );
    const found = only(await analyse(set), 'override-allow-in-root-deny');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', data: { overlap: 'covered-by-exception', exceptions: ['backend/secrets/test-fixtures/**'] } });
    expect(found[0]!.related?.map((r) => r.line)).toEqual([5, 40]);
  });

  it('ignores an exception reserved for another override', async () => {
    const set = policySet(
      { fsDeny: ['backend/secrets/**'], exceptions: [{ pattern: 'backend/secrets/test-fixtures/**', overrides: ['frontend'] }] },
      { backend: { fsAllow: ['backend/secrets/test-fixtures/**'] } },
    );
    expect(only(await analyse(set), 'override-allow-in-root-deny').map((f) => f.severity)).toEqual(['error']);
  });

  it('names every deny when only their union covers the allow', async () => {
    const set = policySet({ fsDeny: ['tmp/a*', 'tmp/[!a]*'] }, { tmp: { fsAllow: ['tmp/*'] } });
    const [f] = only(await analyse(set), 'override-allow-in-root-deny');
    expect(f?.severity).toBe('error');
    expect(f?.related?.map((r) => r.message)).toEqual(['Root policy denies: tmp/a*', 'Root policy denies: tmp/[!a]*']);
  });

  it('is case-insensitive on the deny side only', async () => {
    // The deny matches any case, so an allow of the upper-case spelling is still inside it.
    const set = policySet({ fsDeny: ['secrets/**'] }, { SECRETS: { fsAllow: ['SECRETS/**'] } });
    expect(only(await analyse(set), 'override-allow-in-root-deny').map((f) => f.severity)).toEqual(['error']);
    // An upper-case deny still denies the lower-case spelling: a deny matches in any case.
    const reverse = policySet({ fsDeny: ['SECRETS/**'] }, { secrets: { fsAllow: ['secrets/**'] } });
    expect(only(await analyse(reverse), 'override-allow-in-root-deny').map((f) => f.severity)).toEqual(['error']);
    // So a root allow of the lower-case spelling is dead.
    const widen = policySet({ fsAllow: ['secrets/**'], fsDeny: ['SECRETS/**'] });
    expect(only(await analyse(widen), 'dead-allow')).toHaveLength(1);
  });
});

describe('override-scope-escape', () => {
  it('reports an allow entirely outside the override directory as an error', async () => {
    const set = policySet({}, { backend: { fsAllow: ['src/**/*.go'] } });
    const [f, ...rest] = only(await analyse(set), 'override-scope-escape');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', witness: 'src/.go', data: { dir: 'backend', entirelyOutside: true } });
  });

  it('reports a partial escape as a warning with a witness outside', async () => {
    const set = policySet({}, { backend: { fsAllow: ['**/*.go', 'backend/src/**/*.go'] } });
    const found = only(await analyse(set), 'override-scope-escape');
    expect(found.map((f) => [f.severity, f.witness])).toEqual([['warning', '.go']]);
  });

  it('reads a pattern without / inside the override directory', async () => {
    const set = policySet({}, { backend: { fsAllow: ['*.go'] } });
    expect(only(await analyse(set), 'override-scope-escape')).toEqual([]);
  });

  it('reports an override deny that does not apply anywhere', async () => {
    const set = policySet({}, { backend: { fsDeny: ['secrets/**'] } });
    const [f] = only(await analyse(set), 'override-scope-escape');
    expect(f).toMatchObject({ severity: 'error', witness: 'secrets/a' });
    expect(f!.message).toContain('has no effect there');
  });
});

describe('dead-allow', () => {
  it('reports an allow covered by the union of denies of its own file', async () => {
    const set = policySet({ fsAllow: ['tmp/*'], fsDeny: ['tmp/a*', 'tmp/[!a]*'] });
    const [f, ...rest] = only(await analyse(set), 'dead-allow');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', witness: 'tmp/a' });
    expect(f!.related).toHaveLength(2);
  });

  it("counts an override's own denies together with the root's", async () => {
    const set = policySet({ fsDeny: ['tmp/a*'] }, { tmp: { fsAllow: ['tmp/*'], fsDeny: ['tmp/[!a]*'] } });
    const found = await analyse(set);
    expect(only(found, 'dead-allow').map((f) => f.severity)).toEqual(['error']);
    expect(only(found, 'override-allow-in-root-deny').map((f) => f.severity)).toEqual(['info']);
  });

  it("counts an override's denies against a root allow only inside the override's directory", async () => {
    const inside = policySet({ fsAllow: ['backend/tmp/**'] }, { backend: { fsDeny: ['backend/**'] } });
    expect(only(await analyse(inside), 'dead-allow')).toHaveLength(1);
    const outside = policySet({ fsAllow: ['src/**'] }, { backend: { fsDeny: ['backend/**'] } });
    expect(only(await analyse(outside), 'dead-allow')).toHaveLength(0);
  });

  it('reports a command allow inside a command deny', async () => {
    const set = policySet({ cmdAllow: ['git push --force'], cmdDeny: ['git push'] });
    const [f] = only(await analyse(set), 'dead-allow');
    expect(f).toMatchObject({ severity: 'error', witness: 'git push --force' });
  });

  it('lets a root exception keep an override allow alive', async () => {
    const set = policySet(
      { fsDeny: ['tmp/a*'], exceptions: [{ pattern: 'tmp/a*' }] },
      { tmp: { fsAllow: ['tmp/*'], fsDeny: ['tmp/[!a]*'] } },
    );
    expect(only(await analyse(set), 'dead-allow')).toEqual([]);
  });
});

describe('allow-deny-overlap', () => {
  it('reports a partial overlap in one file as info with a witness', async () => {
    const set = policySet({ fsAllow: ['src/**/*.ts'], fsDeny: ['src/secrets/**'] });
    const [f, ...rest] = only(await analyse(set), 'allow-deny-overlap');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'info', witness: 'src/secrets/.ts' });
  });

  it('leaves out file-name denies, which overlap nearly every allow on purpose', async () => {
    const set = policySet({ fsAllow: ['src/**/*.ts'], fsDeny: ['.env*'] }, { backend: { fsAllow: ['backend/src/**/*.go'] } });
    const found = await analyse(set);
    expect(only(found, 'allow-deny-overlap')).toEqual([]);
    expect(only(found, 'override-allow-in-root-deny')).toEqual([]);
  });

  it('stays quiet about a deny carved out of a broader allow (even though the deny also matches other cases)', async () => {
    const set = policySet({ fsAllow: ['src/**'], fsDeny: ['src/secrets/**'] });
    expect(only(await analyse(set), 'allow-deny-overlap')).toEqual([]);
  });
});

describe('duplicate-pattern and redundant-pattern', () => {
  it('reports an equivalent spelling, leaving verbatim repeats in one YAML list to the loader', async () => {
    const set = policySet({ fsDeny: ['secrets/**', 'secrets/**', 'secrets/**/**'] });
    const found = only(await analyse(set), 'duplicate-pattern');
    expect(found.map((f) => [f.line, f.severity])).toEqual([[7, 'warning']]);
    expect(found[0]!.message).toBe('"secrets/**/**" matches exactly what "secrets/**" (line 5) matches');
  });

  it('reports a verbatim repeat across lists of one kind (risk tiers merge lists)', async () => {
    const set = policySet({ fsDeny: ['secrets/**', 'secrets/**'] });
    set.root.permissions.filesystem.deny[1]!.origin.pointer = '/risk_tiers/blocked/filesystem/0';
    const found = only(await analyse(set), 'duplicate-pattern');
    expect(found.map((f) => f.message)).toEqual(['"secrets/**" is listed twice (also at line 5)']);
  });

  it('reports a pattern subsumed by a broader one of the same list', async () => {
    const set = policySet({ fsDeny: ['secrets/*.pem', 'secrets/**'] });
    const [f, ...rest] = only(await analyse(set), 'redundant-pattern');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'info', line: 5, data: { broader: 'secrets/**' } });
  });

  it('does not compare patterns of different lists', async () => {
    const set = policySet({ fsAllow: ['secrets/**'], fileApproval: ['secrets/**'] });
    const found = await analyse(set);
    expect(only(found, 'duplicate-pattern')).toEqual([]);
    expect(only(found, 'redundant-pattern')).toEqual([]);
  });
});

describe('vacuous-pattern and universal-pattern', () => {
  it('reports a pattern no normalised path can match', async () => {
    const set = policySet({ fsAllow: ['src//a.ts'] });
    const found = await analyse(set);
    expect(only(found, 'vacuous-pattern').map((f) => f.severity)).toEqual(['warning']);
    expect(found.filter((f) => f.ruleId !== 'vacuous-pattern')).toEqual([]);
  });

  it('reports ** in a root allow list and * as a command allow', async () => {
    const set = policySet({ fsAllow: ['**'], cmdAllow: ['*'] });
    const found = only(await analyse(set), 'universal-pattern');
    expect(found.map((f) => f.message)).toEqual([
      'Root policy allows "**", which matches every path',
      'Root policy allows "*", which matches every command',
    ]);
  });
});

describe('unreachable-approval', () => {
  it('reports approval rules whose every path or command is denied', async () => {
    const set = policySet({ fsDeny: ['secrets/**'], cmdDeny: ['git push'], fileApproval: ['secrets/prod.key', 'package.json'], cmdApproval: ['git push --force'] });
    const found = only(await analyse(set), 'unreachable-approval');
    expect(found.map((f) => [f.data?.pattern, f.witness])).toEqual([
      ['secrets/prod.key', 'secrets/prod.key'],
      ['git push --force', 'git push --force'],
    ]);
  });
});

describe('compound-command-hazard', () => {
  it('shows a compound line that a * pattern admits', async () => {
    const set = policySet({ cmdAllow: ['npm *', 'npm test'] });
    const found = only(await analyse(set), 'compound-command-hazard');
    expect(found.map((f) => [f.data?.pattern, f.witness, f.severity])).toEqual([['npm *', 'npm a; curl x', 'warning']]);
    expect(found[0]!.hint).toContain('splits compound commands');
  });
});

describe('conflict-undecided', () => {
  it('reports a size limit as undecided instead of passing', async () => {
    const set = policySet({ fsDeny: ['backend/secrets/**'] }, { backend: { fsAllow: ['backend/secrets/test-fixtures/**'] } });
    const found = await checkConflicts(set, { compiler: tableCompiler, automata: new Automata({ maxDfaStates: 5 }) });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.ruleId === 'conflict-undecided' && f.severity === 'warning')).toBe(true);
    expect(found[0]!.message).toMatch(/^Could not decide whether .* exceeds 5 states$/);
  });

  it('reports a pattern the compiler could not turn into a language', async () => {
    const set = policySet({}, { backend: { fsAllow: ['backend/{a,b}/**'] } });
    const found = await checkConflicts(set, { compiler: tableCompiler });
    expect(found.map((f) => f.ruleId)).toEqual(['conflict-undecided']);
    expect(found[0]!.message).toContain('no test language for backend/{a,b}/**');
  });
});

describe('rule registry', () => {
  it('documents every rule id this module reports', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.docs.length).toBeGreaterThan(200);
      expect(r.docs).toContain('**Fix:**');
      expect(r.category).toBe('conflicts');
    }
  });
});

describe('override-scope-escape and case', () => {
  it("does not count a deny's case-insensitive twin as an escape", async () => {
    const set = policySet({}, { backend: { fsDeny: ['backend/**'], fsAllow: ['backend/**'] } });
    expect(only(await analyse(set), 'override-scope-escape')).toEqual([]);
  });
});

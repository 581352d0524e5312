// The adversarial corpus (fixtures/adversarial, issue 14): every case decided through the BUILT
// CLI three ways — explain, replay of the cases as agent logs, --staged for file writes — and
// held to its expected SAFE outcome. Cases the engine does not decide safely yet are listed in
// fixtures/adversarial/pending.txt as ID:MODE; the list is strict both ways: a listed case that
// now passes fails the test (delete its line: `node scripts/adversarial-pending.mjs`), and an
// unlisted case that fails fails the test.
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';
import { FAMILIES, decideCorpus, explainOnce, loadCorpus, loadPending, type Case, type Result } from './corpus.mjs';

const cases: Case[] = loadCorpus(REPO_ROOT);
const pending = loadPending(REPO_ROOT);
let results: Map<string, Result>;

beforeAll(() => {
  results = decideCorpus(REPO_ROOT, cases);
}, 600_000);

describe('the corpus itself', () => {
  it('has at least 400 tagged cases covering every family', () => {
    expect(cases.length).toBeGreaterThanOrEqual(400);
    for (const family of FAMILIES) expect(cases.filter((c) => c.tags.includes(family)).length, family).toBeGreaterThanOrEqual(10);
  });

  it('decides every case at least one way, and file writes also through --staged', () => {
    for (const c of cases) expect(c.modes.length, c.id).toBeGreaterThan(0);
    expect(cases.filter((c) => c.modes.includes('staged')).length).toBeGreaterThanOrEqual(20);
  });

  it('lists only real cases and modes as pending', () => {
    const known = new Set(cases.flatMap((c) => c.modes.map((m) => `${c.id}:${m}`)));
    expect([...pending].filter((p) => !known.has(p))).toEqual([]);
  });
});

describe('every case through the built CLI', () => {
  it('never prints a stack trace and decides every explain case within 2 s', () => {
    const traces = [...results].filter(([, r]) => r.trace).map(([k]) => k);
    expect(traces).toEqual([]);
    // CPU time of the one decision (wall time on a shared machine measures the other jobs too).
    const slow = [...results].filter(([, r]) => (r.cpuMs ?? 0) > 2000).map(([k, r]) => `${k} ${Math.round(r.cpuMs!)} ms CPU`);
    expect(slow).toEqual([]);
  });

  it('decides every case that is not pending as expected (ID:MODE got ≠ expected)', () => {
    const wrong: string[] = [];
    for (const c of cases)
      for (const m of c.modes) {
        const key = `${c.id}:${m}`;
        const r = results.get(key);
        if (!r) wrong.push(`${key}: no result`);
        else if (r.got !== c.expect && !pending.has(key)) wrong.push(`${key}: expected ${c.expect}, got ${r.got} (${c.why}) — ${r.detail}`);
      }
    expect(wrong).toEqual([]);
  });

  it('has no pending case that now passes (shrink pending.txt)', () => {
    const fixed = [...pending].filter((key) => {
      const id = key.slice(0, key.lastIndexOf(':'));
      const c = cases.find((x) => x.id === id);
      return c !== undefined && results.get(key)?.got === c.expect;
    });
    expect(fixed).toEqual([]);
  });

  it('batch explain agrees with `node dist/cli.js explain` run on its own', () => {
    // One sample per kind of subject, and one run in a sub-directory: the batch runs the same
    // chunk of dist/ in-process, this proves it answers as the CLI does.
    const sample = new Map<string, Case>();
    for (const c of cases) {
      const kind = c.cwd ? 'cwd' : c.command !== undefined ? 'command' : c.host !== undefined ? 'host' : 'path';
      if (c.modes.includes('explain') && (c.command ?? '').length < 4000 && !sample.has(kind)) sample.set(kind, c);
    }
    expect(sample.size).toBe(4);
    for (const c of sample.values()) expect(explainOnce(REPO_ROOT, c), c.id).toBe(results.get(`${c.id}:explain`)!.got);
  }, 120_000);
});

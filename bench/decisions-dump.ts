// Decides the corpus of bench/decide-corpus.ts under every fixture policy and writes one JSON line
// per decision (outcome, reason, every subject with its rules) to stdout. scripts/compare-decisions.mjs
// bundles and runs this at two versions of the engine and prints every decision that differs.
//   node .bench/decisions-dump.mjs ROOT [--quick]
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compilePolicy, decide, type Action, type Decision } from '../src/engine/index.js';
import { loadPolicySet } from '../src/policy/index.js';
import type { PolicySet } from '../src/policy/types.js';
import { benchPolicy, loadDecideCorpus } from './decide-corpus.js';

const root = process.argv[2] ?? process.cwd();
const quick = process.argv.includes('--quick');

async function policies(): Promise<Array<[string, PolicySet]>> {
  const out: Array<[string, PolicySet]> = [['bench', benchPolicy().set]];
  const dirs: string[] = [];
  for (const base of ['fixtures/adversarial/policies', 'fixtures/seeds', 'fixtures/policies/sets']) {
    const b = join(root, base);
    if (!existsSync(b)) continue;
    for (const d of readdirSync(b).sort()) if (statSync(join(b, d)).isDirectory() && existsSync(join(b, d, '.agent-policy.yml'))) dirs.push(join(base, d));
  }
  for (const d of dirs) {
    const r = await loadPolicySet({ cwd: join(root, d), config: '.agent-policy.yml' }).catch(() => undefined);
    if (r?.set) out.push([d, r.set]);
  }
  const valid = join(root, 'fixtures/policies/valid');
  if (existsSync(valid)) {
    for (const f of readdirSync(valid).sort()) {
      const r = await loadPolicySet({ cwd: valid, config: f }).catch(() => undefined);
      if (r?.set) out.push([`fixtures/policies/valid/${f}`, r.set]);
    }
  }
  return out;
}

function shape(d: Decision): unknown {
  return {
    outcome: d.outcome,
    reason: d.reason,
    approved: d.approved,
    subjects: d.subjects.map((s) => ({
      subject: s.subject,
      kind: s.kind,
      outcome: s.outcome,
      reason: s.reason,
      via: s.via,
      rules: s.rules.map((r) => [r.effect, r.pattern, r.subject, r.matched, r.origin?.file, r.origin?.line]),
    })),
  };
}

const corpus = loadDecideCorpus(root, quick ? 500 : 4000);
process.stderr.write(`corpus: ${corpus.actions.length} actions (${Object.entries(corpus.sources).map(([k, v]) => `${k} ${v}`).join(', ')})\n`);
const sets = await policies();
let n = 0;
const chunks: string[] = [];
for (const [name, set] of sets) {
  const compiled = compilePolicy(set, { memo: 0 });
  const policyRoot = set.root.root;
  for (let i = 0; i < corpus.actions.length; i++) {
    const a = corpus.actions[i]!;
    // Commands only under most policies: paths and hosts under the adversarial ones and the bench's.
    if (a.kind !== 'command' && !(name === 'bench' || name.startsWith('fixtures/adversarial'))) continue;
    const action = { ...a, ...(a.kind === 'command' && a.cwd ? { cwd: join(policyRoot, a.cwd) } : {}) } as Action;
    let line: string;
    try {
      line = JSON.stringify(shape(decide(action, compiled)));
    } catch (e) {
      line = JSON.stringify({ error: String((e as Error).message ?? e) });
    }
    chunks.push(`${name}\t${i}\t${line.split(root).join('<ROOT>')}\n`);
    n++;
    if (chunks.length >= 2000) process.stdout.write(chunks.splice(0).join(''));
  }
}
process.stdout.write(chunks.join(''));
process.stderr.write(`decided ${n} actions under ${sets.length} policies\n`);

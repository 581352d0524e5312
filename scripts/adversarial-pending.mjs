// Recomputes fixtures/adversarial/pending.txt from the current build: every case of the
// adversarial corpus is decided through dist/cli.js (explain, replay, --staged, as
// test/adversarial/corpus.test.ts does), and each ID:MODE whose outcome is not the expected one
// is listed, with what the CLI said. Run `npm run build` first.
//   node scripts/adversarial-pending.mjs           rewrite pending.txt, print a summary
//   node scripts/adversarial-pending.mjs --check   print the differences, change nothing (exit 1 if any)
import { writeFileSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decideCorpus, loadCorpus, loadPending } from '../test/adversarial/corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const cases = loadCorpus(root);
const before = loadPending(root);
const t0 = Date.now();
const results = decideCorpus(root, cases, { log: (m) => process.stderr.write(`${m} ${((Date.now() - t0) / 1000).toFixed(1)} s\n`) });
const failing = [];
const byFamily = new Map();
for (const c of cases)
  for (const m of c.modes) {
    const key = `${c.id}:${m}`;
    const r = results.get(key);
    const family = c.tags[0];
    const f = byFamily.get(family) ?? { total: 0, failing: 0 };
    f.total++;
    if (!r || r.got !== c.expect) {
      f.failing++;
      failing.push({ key, line: `${key.padEnd(22)} # expected ${c.expect}, got ${r?.got ?? 'nothing'}: ${c.why}` });
    }
    byFamily.set(family, f);
  }
const now = new Set(failing.map((f) => f.key));
const fixed = [...before].filter((k) => !now.has(k));
const broke = [...now].filter((k) => !before.has(k));
process.stderr.write(`decided ${results.size} case-ways of ${cases.length} cases in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
for (const [family, f] of byFamily) process.stderr.write(`  ${family.padEnd(14)} ${String(f.total - f.failing).padStart(4)} / ${f.total} as expected\n`);
process.stderr.write(`pending: ${before.size} before, ${now.size} now (${fixed.length} fixed, ${broke.length} newly failing)\n`);
if (check) {
  for (const k of fixed) process.stdout.write(`fixed   ${k}\n`);
  for (const k of broke) process.stdout.write(`failing ${k}\n`);
  process.exit(fixed.length || broke.length ? 1 : 0);
}
const header = readFileSync(join(root, 'fixtures/adversarial/pending.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('#'))
  .join('\n');
writeFileSync(join(root, 'fixtures/adversarial/pending.txt'), `${header}\n${failing.map((f) => f.line).join('\n')}\n`);

// Runs many `agent-policy-lint explain …` invocations in ONE Node process, through the built
// CLI's own explain command (dist/cli.js's lazily loaded chunk, the very code `node dist/cli.js
// explain` runs). Starting Node once per corpus case would cost ~450 process starts on a shared
// 2-core machine; this keeps the table-driven test to a few processes. corpus.test.ts also runs a
// sample of cases through `node dist/cli.js explain` itself and checks both agree.
//
// Input (stdin): JSON [{ args: string[], cwd: string }]. Output: JSON written to the file named by
// argv[2]: [{ code, stdout, stderr, ms, cpuMs }] in input order. stdout/stderr of each run are captured.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [, , outFile, cliPath] = process.argv;
if (!outFile || !cliPath) {
  process.stderr.write('usage: explain-batch.mjs OUT.json DIST/cli.js < jobs.json\n');
  process.exit(2);
}

/** The explain chunk that dist/cli.js loads for `explain` (its name carries a content hash): the one chunk named explain-*. */
function explainChunk(cli) {
  const chunks = join(dirname(cli), 'chunks');
  const found = readdirSync(chunks).filter((f) => f.startsWith('explain-') && f.endsWith('.js'));
  if (found.length !== 1) throw new Error(`${chunks} holds ${found.length} explain chunks; this batch expects one`);
  return join(chunks, found[0]);
}

const jobs = JSON.parse(readFileSync(0, 'utf8'));
const explain = await import(pathToFileURL(explainChunk(cliPath)).href);
if (typeof explain.run !== 'function') throw new Error('the explain chunk exports no run()');

const realOut = process.stdout.write.bind(process.stdout);
const realErr = process.stderr.write.bind(process.stderr);
const results = [];
for (const job of jobs) {
  let out = '';
  let err = '';
  process.stdout.write = (chunk) => ((out += String(chunk)), true);
  process.stderr.write = (chunk) => ((err += String(chunk)), true);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let code;
  try {
    code = await explain.run(job.args, job.cwd);
  } catch (e) {
    // What dist/cli.js's fail() prints: a usage error is exit 2, anything else an internal error.
    code = 2;
    err += `agent-policy-lint: ${e && e.name === 'UsageError' ? '' : 'internal error: '}${e?.message ?? String(e)}\n`;
  }
  const ms = performance.now() - t0;
  const used = process.cpuUsage(c0);
  // CPU time, not wall time, is the run's own cost: the machine may be shared (8 jobs on 2 cores).
  const cpuMs = (used.user + used.system) / 1000;
  process.stdout.write = realOut;
  process.stderr.write = realErr;
  results.push({ code, stdout: out, stderr: err, ms, cpuMs });
}
writeFileSync(outFile, JSON.stringify(results));

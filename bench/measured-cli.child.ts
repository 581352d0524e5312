// Runs the built CLI in this process and prints what it cost as the last line of stderr (one
// JSON line: ms, cpuMs, rssMb, code), worker threads included: the replay as users run it, its
// lazily loaded chunks and all (bench/replay.bench.ts with REPLAY_BENCH_CLI=1).
// Usage: node .bench/measured-cli.child.mjs dist/cli.js ARGS...
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const t0 = process.hrtime.bigint();
const cli = resolve(process.argv[2]!);
process.argv.splice(1, 2, cli);
process.on('exit', (code) => {
  const ru = process.resourceUsage();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stderr.write('\n' + JSON.stringify({ ms, cpuMs: (ru.userCPUTime + ru.systemCPUTime) / 1000, rssMb: ru.maxRSS / 1024, code }) + '\n');
});
await import(pathToFileURL(cli).href);

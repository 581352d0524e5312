// The honest floor of bench/replay.bench.ts: read the log with the reader the replay itself uses
// (src/replay/lines.ts: one reused 1 MiB read buffer, decoded in 64 KiB pieces, split into lines)
// and JSON.parse every line; nothing else. Prints one JSON line: ms, cpuMs, rssMb, lines.
// Usage: node .bench/replay-floor.child.mjs FILE
import { streamLinesSync } from '../src/replay/lines.js';

const file = process.argv[2]!;
const t0 = process.hrtime.bigint();
let lines = 0;
let objects = 0;
streamLinesSync(file, {
  line: (text) => {
    lines++;
    if (text.length === 0) return;
    // Kept alive for as long as the replay keeps its line's value (one line).
    if (typeof JSON.parse(text) === 'object') objects++;
  },
  tooLong: () => {
    lines++;
  },
});
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const ru = process.resourceUsage();
process.stdout.write(JSON.stringify({ ms, cpuMs: (ru.userCPUTime + ru.systemCPUTime) / 1000, rssMb: ru.maxRSS / 1024, lines, objects }) + '\n');

// --agent-log at scale: generates (in a temp dir, never committed) a 1,000,000-line mixed log
// (seed audit entries, pillar entries, tool invocations, Claude Code transcript records, with
// realistic repetition) and a 200-rule policy, then measures in fresh child processes:
//   floor:  merely reading the file and JSON.parse-ing every line, with the replay's own line
//           reader (bench/replay-floor.child.ts: the honest floor; the older one, which decoded
//           1 MiB at a time and parsed slices of it, was slower than the reader the replay
//           uses, and is still there as the mode floor-1mib);
//   replay: replayLogs() on it (engine decisions, findings, secrets scan): as shipped (two
//           worker threads while the main thread merges, on a machine of two cores or more),
//           all on the main thread (AGENT_POLICY_LINT_REPLAY_WORKERS=0) and on one worker (=1);
//   cli:    the built CLI end to end (--agent-log, --format json to a file);
//   ocsf:   the replay streaming every decision as an OCSF event to a file (--format ocsf);
//   splunk-hec: the same events in Splunk HEC envelopes (--format splunk-hec);
//   html:   the replay to an HTML report (decisions kept up to the report's cap).
// Goals (judged on the default): replay <= 2x the floor, peak RSS < 200 MB; ocsf <= 2.5x the
// floor and < 200 MB (both streamed formats).
// REPLAY_BENCH_MODES=floor,ocsf,splunk-hec runs only those modes (the floor is always run).
// ocsf and splunk-hec run through the built CLI too (--format ocsf --output FILE), as users run
// them, unless REPLAY_BENCH_CLI=0 (then in this bundle, as before 2026-12-06: its workers load
// the automata eagerly, 20-40 MB more at the peak); with REPLAY_BENCH_BASE_CLI, base-ocsf and
// base-splunk-hec run the same through the base build, interleaved, and the sha256 of each
// streamed report (first round) is printed, so that the outputs can be compared.
// replay, replay0 and replay1 run through the built CLI, as users run it (dist/cli.js, or the
// cli.js REPLAY_BENCH_CLI names; bench/measured-cli.child.ts: --format json to a file, lazily
// loaded chunks and all), and print the sha256 of each report. REPLAY_BENCH_CLI=0 runs them in
// this bundle instead, whose workers load the automata eagerly: that overstates the shipped
// memory, so the goals are judged on the CLI. REPLAY_BENCH_BASE_CLI=PATH adds the mode base: the same
// through another build (e.g. main's dist/cli.js), interleaved, for a before/after in one run.
// Each round runs every mode once, one after another, so that the machine's load hits all alike.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import { isMainThread } from 'node:worker_threads';
// Loaded eagerly so that replay workers, which run this same bundled file, start their loop.
import { workerCount } from '../src/replay/parallel.js';
import { dirname, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { goal, median, row } from './util.js';

const LINES = Number(process.env.REPLAY_BENCH_LINES ?? 1_000_000);
/** Rounds of floor and replay as shipped (the other modes run in the first three). */
const ROUNDS = Number(process.env.REPLAY_BENCH_ROUNDS ?? 5);

// --- generation ---------------------------------------------------------------------------------

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const EXT = ['ts', 'tsx', 'js', 'json', 'md', 'yml', 'go', 'py', 'css', 'sql'];

function policy(): string {
  const q = JSON.stringify;
  // Most actions are allowed, as in real logs: packages 0-79 are open, 80-89 and secrets/ are not.
  const fsAllow = Array.from({ length: 80 }, (_, i) => (i % 2 ? `pkg${i}/src/**` : `pkg${i}/src/**/*.{ts,tsx,js,json,md,yml,go,py,css,sql}`));
  const fsDeny = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? `*.secret${i}` : i % 3 === 1 ? `pkg${i}/secrets/**` : `pkg${i}/generated/**`));
  const cmdAllow = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? `npm run task${i} *` : `npm run task${i}`));
  const cmdDeny = Array.from({ length: 20 }, (_, i) => `tool${i} --dangerous`);
  const hosts = Array.from({ length: 10 }, (_, i) => `*.mirror${i}.example.com`);
  const l = (xs: string[]) => xs.map((x) => `      - ${q(x)}`).join('\n');
  return `version: "2.1"
agent_id: "bench-agent"
agents:
  - id: bench-agent
  - id: helper-agent
default_permissions:
  filesystem:
    allow:
${l([...fsAllow, 'README.md'])}
    deny:
${l([...fsDeny, '.env*'])}
  commands:
    allow:
${l(cmdAllow)}
    deny:
${l(cmdDeny)}
  network:
    allow_outbound: false
    exceptions:
${l(hosts)}
constraints:
  max_files_per_action: 20
  require_human_approval:
    - file_pattern: "pkg1/src/package.json"
`;
}

function generate(file: string): void {
  const r = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  // Realistic repetition: agents touch the same few thousand files and commands again and again.
  const paths = Array.from({ length: 3000 }, (_, i) => `pkg${i % 90}/${i % 17 === 0 ? 'secrets' : 'src'}/mod${i % 211}/file${i}.${EXT[i % EXT.length]}`);
  const commands = Array.from({ length: 300 }, (_, i) => (i % 25 === 0 ? `tool${i % 20} --dangerous --all` : i % 3 === 0 ? `npm run task${i % 30} --watch=false` : `npm run task${i % 30}`));
  const hosts = Array.from({ length: 50 }, (_, i) => (i % 5 === 0 ? `evil${i}.example.org` : `cdn.mirror${i % 10}.example.com`));
  const sessions = Array.from({ length: 2000 }, (_, i) => `sess_${(i * 2654435761 >>> 0).toString(36)}`);
  const fd = openSync(file, 'w');
  let buf = '';
  let t = Date.parse('2026-06-08T00:00:00Z');
  let toolId = 0;
  for (let n = 0; n < LINES; ) {
    t += Math.floor(r() * 900);
    const ts = new Date(t).toISOString();
    const session = pick(sessions);
    const kind = r();
    if (kind < 0.55) {
      const k = r();
      const base = `{"timestamp":"${ts}","agent_id":"bench-agent","session_id":"${session}",`;
      if (k < 0.55) buf += `${base}"action":"filesystem.write","path":"${pick(paths)}","allowed":true,"policy_version":"2.1"}\n`;
      else if (k < 0.75) buf += `${base}"action":"filesystem.read","path":"${pick(paths)}","allowed":true,"policy_version":"2.1"}\n`;
      else if (k < 0.92) buf += `${base}"action":"command.exec","command":"${pick(commands)}","allowed":${r() < 0.9},"policy_version":"2.1"}\n`;
      else buf += `${base}"action":"network.request","host":"${pick(hosts)}","allowed":true,"policy_version":"2.1"}\n`;
      n++;
    } else if (kind < 0.65) {
      const tool = r() < 0.6 ? 'write_file' : 'read_file';
      buf += `{"timestamp":"${ts}","session_id":"${session}","user":"jane.doe@company.com","trust_level":"write_local","tool":"${tool}","params":{"path":"${pick(paths)}"},"policy_checks":[{"policy":"file-boundary","result":"pass"},{"policy":"no-production-access","result":"pass"}],"result":"success","diff_hash":"sha256:a1b2c3"}\n`;
      n++;
    } else if (kind < 0.75) {
      buf += `{"timestamp":"${ts}","agent":"helper-agent","action":"tool_invoke","tool":"run_command","parameters":{"command":"${pick(commands)}"},"context":{"conversation_id":"${session}"},"result":"success"}\n`;
      n++;
    } else {
      // A Claude Code tool_use line and its tool_result line.
      const id = `toolu_01${(toolId++).toString(36).padStart(22, '0')}`;
      const k = r();
      const use =
        k < 0.4
          ? `{"type":"tool_use","id":"${id}","name":"Edit","input":{"file_path":"/Users/dev/work/repo/${pick(paths)}","old_string":"const a = 1;","new_string":"const a = 2;"}}`
          : k < 0.7
            ? `{"type":"tool_use","id":"${id}","name":"Read","input":{"file_path":"/Users/dev/work/repo/${pick(paths)}"}}`
            : `{"type":"tool_use","id":"${id}","name":"Bash","input":{"command":"${pick(commands)}","description":"Run it"}}`;
      const head = `"isSidechain":false,"userType":"external","cwd":"/Users/dev/work/repo","sessionId":"${session}","version":"1.0.108","gitBranch":"main"`;
      buf += `{"parentUuid":"p${n}",${head},"message":{"id":"msg_${n}","type":"message","role":"assistant","model":"claude-sonnet-4-20250514","content":[${use}],"stop_reason":"tool_use","stop_sequence":null,"usage":{"input_tokens":4,"output_tokens":96}},"requestId":"req_${n}","type":"assistant","uuid":"u${n}","timestamp":"${ts}"}\n`;
      buf += `{"parentUuid":"u${n}",${head},"type":"user","message":{"role":"user","content":[{"tool_use_id":"${id}","type":"tool_result","content":"ok"}]},"uuid":"r${n}","timestamp":"${ts}","toolUseResult":{"stdout":"ok","stderr":"","interrupted":false}}\n`;
      n += 2;
    }
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  }
  writeSync(fd, buf);
  closeSync(fd);
}

// --- children -----------------------------------------------------------------------------------

/** The older floor (floor-1mib): read with one fixed buffer, decode it whole, split lines, JSON.parse each. */
function floor(file: string): number {
  const fd = openSync(file, 'r');
  const buf = Buffer.allocUnsafe(1 << 20);
  const dec = new StringDecoder('utf8');
  let carry = '';
  let n = 0;
  let pos = 0;
  for (;;) {
    const got = readSync(fd, buf, 0, buf.length, pos);
    if (got === 0) break;
    pos += got;
    const text = carry + dec.write(buf.subarray(0, got));
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      JSON.parse(text.slice(start, nl));
      n++;
      start = nl + 1;
    }
    carry = text.slice(start);
  }
  closeSync(fd);
  return n;
}

async function child(mode: string, dir: string): Promise<void> {
  const file = join(dir, 'actions.jsonl');
  const t0 = process.hrtime.bigint();
  let extra: Record<string, unknown> = {};
  if (mode === 'floor-1mib') {
    extra.lines = floor(file);
  } else {
    const { loadPolicySet } = await import('../src/policy/index.js');
    const { replayLogs } = await import('../src/replay/index.js');
    const loaded = await loadPolicySet({ cwd: dir });
    if (!loaded.set) throw new Error(`policy did not load: ${JSON.stringify(loaded.findings.slice(0, 3))}`);
    const t1 = process.hrtime.bigint();
    if (mode === 'ocsf' || mode === 'splunk-hec' || mode === 'html') {
      const { ReportStream } = await import('../src/lint/report-stream.js');
      const { decisionsFor } = await import('../src/cli/decisions.js');
      const { getFormatter } = await import('../src/report/format.js');
      const { summarize } = await import('../src/report/finding.js');
      const stream = new ReportStream(`report.${mode}`, dir);
      const collected = decisionsFor(mode, stream)!;
      const res = await replayLogs({ cwd: dir, set: loaded.set, logs: ['actions.jsonl'], decisions: collected.channel });
      const ctx = { color: false, toolVersion: '0', cwd: dir, policyVersion: '2.1', ...(collected.kept ? { decisions: { kept: collected.kept, total: collected.total!() } } : {}) };
      stream.write((await getFormatter(mode))(res.findings, summarize(res.findings, 1), ctx));
      stream.close();
      extra = { ...res.stats, findings: res.findings.length, outMb: statSync(join(dir, `report.${mode}`)).size / 1e6 };
    } else {
      const res = await replayLogs({ cwd: dir, set: loaded.set, logs: ['actions.jsonl'] });
      extra = { ...res.stats, findings: res.findings.length, loadMs: Number(t1 - t0) / 1e6 };
    }
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const ru = process.resourceUsage();
  process.stdout.write(JSON.stringify({ ms, cpuMs: (ru.userCPUTime + ru.systemCPUTime) / 1000, rssMb: ru.maxRSS / 1024, ...extra }) + '\n');
}

const HERE = dirname(fileURLToPath(import.meta.url));
const CLI_SETTING = process.env.REPLAY_BENCH_CLI ?? '1';
const CLI = CLI_SETTING === '0' ? undefined : resolve(CLI_SETTING === '1' ? 'dist/cli.js' : CLI_SETTING);
const BASE_CLI = process.env.REPLAY_BENCH_BASE_CLI ? resolve(process.env.REPLAY_BENCH_BASE_CLI) : undefined;
/** sha256 of each CLI mode's JSON report (the first round's), to compare the outputs. */
const reportHashes: Record<string, string> = {};
/** The same for the streamed formats through the CLI (ocsf, base-ocsf, ...): see hashStreamed. */
const streamHashes: Record<string, string> = {};

/**
 * sha256 of a streamed report, read in pieces (it is a gigabyte), with the times of its Detection
 * Findings masked: they carry the time the report was made (every decision event is hashed as is).
 */
function hashStreamed(file: string): string {
  const h = createHash('sha256');
  const fd = openSync(file, 'r');
  const buf = Buffer.allocUnsafe(1 << 22);
  const marker = Buffer.from('"class_uid":2004');
  let carry = Buffer.alloc(0);
  const lines = (bytes: Buffer): void => {
    let from = 0;
    for (let at = bytes.indexOf(marker, from); at !== -1; at = bytes.indexOf(marker, from)) {
      const start = bytes.lastIndexOf(10, at) + 1;
      const nl = bytes.indexOf(10, at);
      const end = nl === -1 ? bytes.length : nl;
      h.update(bytes.subarray(from, start));
      h.update(bytes.toString('utf8', start, end).replace(/"time":[0-9.]+/g, '"time":0'));
      from = end;
    }
    h.update(bytes.subarray(from));
  };
  try {
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) {
      const got = Buffer.concat([carry, buf.subarray(0, n)]);
      const cut = got.lastIndexOf(10) + 1;
      lines(got.subarray(0, cut));
      carry = Buffer.from(got.subarray(cut));
    }
    lines(carry);
  } finally {
    closeSync(fd);
  }
  return h.digest('hex');
}

/** Modes: floor; floor-1mib; replay (as shipped); replay0 (one thread); replay1 (one worker); base. */
function runChild(mode: string, dir: string): Record<string, number> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.AGENT_POLICY_LINT_REPLAY_WORKERS;
  if (mode === 'replay0') env.AGENT_POLICY_LINT_REPLAY_WORKERS = '0';
  if (mode === 'replay1') env.AGENT_POLICY_LINT_REPLAY_WORKERS = '1';
  const file = join(dir, 'actions.jsonl');
  const streamed = /^(?:base-)?(ocsf|splunk-hec)$/.exec(mode)?.[1];
  const streamCli = mode.startsWith('base-') ? BASE_CLI : CLI;
  if (streamed && streamCli) {
    const out = join(dir, `report-${mode}.${streamed}`);
    const r = spawnSync(process.execPath, [join(HERE, 'measured-cli.child.mjs'), streamCli, '--agent-log', 'actions.jsonl', '--format', streamed, '--output', out], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26, env });
    const m = JSON.parse(r.stderr.trim().split('\n').pop()!) as Record<string, number>;
    if (m.code !== 1) throw new Error(`${mode} (${streamCli}) exited with ${m.code}: ${r.stderr.slice(0, 2000)}`);
    const outMb = statSync(out).size / 1e6;
    if (!(mode in streamHashes)) streamHashes[mode] = hashStreamed(out);
    rmSync(out);
    return { ...m, outMb };
  }
  const cli = mode === 'base' ? BASE_CLI : /^replay\d?$/.test(mode) ? CLI : undefined;
  if (cli) {
    const out = join(dir, `report-${mode}.json`);
    const r = spawnSync(process.execPath, [join(HERE, 'measured-cli.child.mjs'), cli, '--agent-log', 'actions.jsonl', '--format', 'json', '--output', out], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26, env });
    const m = JSON.parse(r.stderr.trim().split('\n').pop()!) as Record<string, number>;
    if (m.code !== 1) throw new Error(`${mode} (${cli}) exited with ${m.code}: ${r.stderr.slice(0, 2000)}`);
    const report = readFileSync(out);
    reportHashes[mode] ??= createHash('sha256').update(report).digest('hex');
    const findings = (JSON.parse(report.toString('utf8')) as { findings: unknown[] }).findings.length;
    rmSync(out);
    return { ...m, findings };
  }
  const args = mode === 'floor' ? [join(HERE, 'replay-floor.child.mjs'), file] : [process.argv[1]!, '--child', /^replay\d$/.test(mode) ? 'replay' : mode, dir];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26, env });
  if (r.status !== 0) throw new Error(`${mode} child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'apl-replay-bench-'));
  try {
    writeFileSync(join(dir, '.agent-policy.yml'), policy());
    const file = join(dir, 'actions.jsonl');
    const g0 = Date.now();
    generate(file);
    const mb = statSync(file).size / 1e6;
    row('generated log', `${LINES.toLocaleString('en-US')} lines`, `${mb.toFixed(0)} MB in ${((Date.now() - g0) / 1000).toFixed(1)} s`);
    // Interleaved, so that a busy machine slows all alike; CPU time is reported beside wall time.
    // The goal is judged per round (the replay against the floor run just before it) and the
    // median of those ratios taken: the machine's speed drifts over a minute by more than 10%.
    const runs: Record<string, Record<string, number>[]> = { floor: [], 'floor-1mib': [], replay: [], base: [], replay0: [], replay1: [], ocsf: [], 'base-ocsf': [], 'splunk-hec': [], 'base-splunk-hec': [], html: [] };
    const only = process.env.REPLAY_BENCH_MODES?.split(',');
    const wanted = (mode: string): boolean =>
      mode === 'floor' ||
      (mode === 'base' ? BASE_CLI !== undefined && (!only || only.includes('replay') || only.includes(mode))
        : mode.startsWith('base-') ? BASE_CLI !== undefined && CLI !== undefined && (!only || only.includes(mode.slice(5)) || only.includes(mode))
        : mode === 'floor-1mib' ? Boolean(only?.includes(mode)) : !only || only.includes(mode));
    // The machine is shared: its load (1-minute average) at the start of each round, with the figures.
    const loads: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      loads.push(loadavg()[0]!);
      for (const mode of Object.keys(runs)) if (wanted(mode) && (i < 3 || mode === 'floor' || mode === 'replay' || mode === 'base')) runs[mode]!.push(runChild(mode, dir));
    }
    const med = (mode: string, key: string): number => median(runs[mode]!.map((x) => x[key]!));
    const worst = (mode: string): number => Math.max(...runs[mode]!.map((x) => x.rssMb!));
    const paired = (mode: string): number[] => runs[mode]!.map((x, i) => x.ms! / runs.floor![i]!.ms!);
    loads.push(loadavg()[0]!);
    row('machine load (1-minute average)', `${loads.at(-1)!.toFixed(1)} at the end`, `at each round's start: ${loads.slice(0, -1).map((l) => l.toFixed(1)).join(', ')} (${availableParallelism()} cores)`);
    const f = med('floor', 'ms');
    const fCpu = med('floor', 'cpuMs');
    const cli = join(process.cwd(), 'dist/cli.js');
    row(`read + JSON.parse floor (median of ${ROUNDS})`, `${(f / 1000).toFixed(2)} s`, `${Math.round(LINES / (f / 1000)).toLocaleString('en-US')} lines/s, CPU ${(fCpu / 1000).toFixed(2)} s, peak ${median(runs.floor!.map((x) => x.rssMb!)).toFixed(0)} MB`);
    const show = (label: string, mode: string): void => {
      const ms = med(mode, 'ms');
      const cpu = med(mode, 'cpuMs');
      const ratios = paired(mode);
      row(
        `${label} (median of ${runs[mode]!.length})`,
        `${(ms / 1000).toFixed(2)} s`,
        `${median(ratios).toFixed(2)}x floor (rounds: ${ratios.map((r) => r.toFixed(2)).join(', ')}); CPU ${(cpu / 1000).toFixed(2)} s = ${(cpu / fCpu).toFixed(2)}x; peak ${runs[mode]!.map((x) => x.rssMb!.toFixed(0)).join(' / ')} MB`,
      );
    };
    const ran = (mode: string): boolean => runs[mode]!.length > 0;
    const shipped = workerCount();
    const via = CLI ? ' (built CLI)' : '';
    if (ran('floor-1mib')) show('older floor, 1 MiB decoded at a time', 'floor-1mib');
    if (ran('replay')) show(`replay as shipped, ${shipped === 0 && !CLI ? 'one thread' : `${CLI ? 2 : shipped} workers`}${via}`, 'replay');
    if (ran('base')) show('the same, base build (REPLAY_BENCH_BASE_CLI)', 'base');
    if (ran('replay0')) show(`replay on one thread${via}`, 'replay0');
    if (ran('replay1')) show(`replay on 1 worker, bounded heap${via}`, 'replay1');
    for (const [mode, hash] of Object.entries(reportHashes)) row(`JSON report of ${mode}`, `${runs[mode]![0]!.findings} findings`, `sha256 ${hash}`);
    if (Object.keys(reportHashes).length > 1) row('JSON reports identical', new Set(Object.values(reportHashes)).size === 1 ? 'yes' : 'NO', Object.keys(reportHashes).join(', '));
    if (ran('ocsf')) show(`replay to --format ocsf (every decision)${via}`, 'ocsf');
    if (ran('base-ocsf')) show('the same, base build (REPLAY_BENCH_BASE_CLI)', 'base-ocsf');
    if (ran('splunk-hec')) show(`replay to --format splunk-hec (every decision)${via}`, 'splunk-hec');
    if (ran('base-splunk-hec')) show('the same, base build (REPLAY_BENCH_BASE_CLI)', 'base-splunk-hec');
    for (const [mode, hash] of Object.entries(streamHashes)) row(`streamed report of ${mode}`, `${runs[mode]![0]!.outMb!.toFixed(0)} MB`, `sha256 ${hash}`);
    for (const f of ['ocsf', 'splunk-hec']) if (streamHashes[f] && streamHashes[`base-${f}`]) row(`${f} reports identical to base`, streamHashes[f] === streamHashes[`base-${f}`] ? 'yes' : 'NO', `${f}, base-${f}`);
    if (ran('html')) show('replay to --format html', 'html');
    const outMb = (mode: string): string => (ran(mode) ? `${median(runs[mode]!.map((x) => x.outMb!)).toFixed(0)} MB` : 'not run');
    row('streamed output', `OCSF ${outMb('ocsf')}`, `Splunk HEC ${outMb('splunk-hec')}, HTML report ${outMb('html')}`);
    if (ran('replay') && ran('replay0')) {
      const s1 = runs.replay!.find((x) => x.ms === med('replay', 'ms'))!;
      // Distinct decisions as one thread counts them (with workers, each keeps its own cache).
      const d1 = runs.replay0![0]!.decisions!;
      if (s1.actions !== undefined) row('actions per second (as shipped)', Math.round(s1.actions! / (s1.ms! / 1000)).toLocaleString('en-US'), `${s1.actions!.toLocaleString('en-US')} actions, ${d1.toLocaleString('en-US')} distinct decisions, ${s1.findings} findings`);
    }
    if (!only && !CLI) {
      const c0 = process.hrtime.bigint();
      const c = spawnSync(process.execPath, [cli, '--agent-log', 'actions.jsonl', '--format', 'json', '--output', join(dir, 'report.json')], { cwd: dir, encoding: 'utf8' });
      row('built CLI end to end (--format json)', `${(Number(process.hrtime.bigint() - c0) / 1e6 / 1000).toFixed(2)} s`, `exit ${c.status}`);
    }
    if (ran('replay') && ran('replay0') && ran('replay1')) {
      const ratio = median(paired('replay'));
      goal(ratio <= 2, `replay within 2x the read-and-parse floor (${ratio.toFixed(2)}x as shipped, median over rounds; ${median(paired('replay0')).toFixed(2)}x on one thread; ${median(paired('replay1')).toFixed(2)}x on 1 worker)`);
      goal(worst('replay') < 200, `replay peak memory under 200 MB (${worst('replay').toFixed(0)} MB worst of ${runs.replay!.length} as shipped; ${worst('replay0').toFixed(0)} MB on one thread; ${worst('replay1').toFixed(0)} MB on 1 worker)`);
    }
    for (const mode of ['ocsf', 'splunk-hec']) {
      if (!ran(mode)) continue;
      const r = median(paired(mode));
      goal(r <= 2.5 && worst(mode) < 200, `replay to ${mode} within 2.5x the floor and under 200 MB (${r.toFixed(2)}x, ${worst(mode).toFixed(0)} MB worst of ${runs[mode]!.length})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!isMainThread) {
  // A replay worker: src/replay/parallel.ts has started its loop.
} else if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!);
else if (process.argv[2] === '--generate') {
  // For profiling by hand: node .bench/replay.bench.mjs --generate DIR
  writeFileSync(join(process.argv[3]!, '.agent-policy.yml'), policy());
  generate(join(process.argv[3]!, 'actions.jsonl'));
} else await main();

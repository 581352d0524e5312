// The adversarial corpus (fixtures/adversarial): loading its cases and deciding every one through
// the BUILT CLI, three ways — `explain … --format json` (top-level `outcome`), replay of the cases
// written as agent logs (`--agent-log`, one process per policy, findings mapped back per line),
// and `--staged` in a real temporary git repository for file writes. Shared by
// test/adversarial/corpus.test.ts and scripts/adversarial-pending.mjs (which rewrites pending.txt).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { parse as parseYaml } from 'yaml';

export const OUTCOMES = ['allow', 'deny', 'needs-approval'];
export const FAMILIES = ['lexer-code', 'runs-programs', 'options', 'touches', 'cwd', 'limits', 'replay-trust', 'paths-hosts'];
export const MODES = ['explain', 'replay', 'staged'];

/** Where a recorded Claude Code session "lived" on the agent's machine (its first `cwd`). */
const PROJECT = '/work/agent-project';

// ---------------------------------------------------------------------------------------------
// Loading

/** `{{TEXT*N}}` in a command repeats TEXT N times: pathological lines stay readable in YAML. */
export function expandTemplate(s) {
  let out = '';
  let i = 0;
  for (;;) {
    const open = s.indexOf('{{', i);
    if (open < 0) return out + s.slice(i);
    const close = s.indexOf('}}', open + 2);
    const star = s.lastIndexOf('*', close);
    if (close < 0 || star < open) return out + s.slice(i);
    const n = Number(s.slice(star + 1, close));
    out += s.slice(i, open) + s.slice(open + 2, star).repeat(n);
    i = close + 2;
  }
}

function fail(id, msg) {
  throw new Error(`fixtures/adversarial case ${id}: ${msg}`);
}

/** Every case of fixtures/adversarial/cases/*.yml, checked for shape; ids are unique. */
export function loadCorpus(root) {
  const dir = join(root, 'fixtures/adversarial/cases');
  const policies = new Set(readdirSync(join(root, 'fixtures/adversarial/policies')));
  const cases = [];
  const seen = new Set();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yml')).sort()) {
    const list = parseYaml(readFileSync(join(dir, f), 'utf8'));
    for (const c of list) {
      const id = c.id;
      if (typeof id !== 'string' || !/^[a-z0-9-]+$/.test(id)) fail(String(id), 'needs an id of [a-z0-9-]');
      if (seen.has(id)) fail(id, 'duplicate id');
      seen.add(id);
      if (!policies.has(c.policy)) fail(id, `unknown policy ${c.policy}`);
      if (!OUTCOMES.includes(c.expect)) fail(id, `expect must be one of ${OUTCOMES.join(', ')}`);
      if (!Array.isArray(c.tags) || !c.tags.some((t) => FAMILIES.includes(t))) fail(id, `tags must name a family (${FAMILIES.join(', ')})`);
      if (typeof c.why !== 'string' || c.why.length < 8) fail(id, 'needs a one-line why');
      const kinds = ['command', 'path', 'host', 'log', 'symlink'].filter((k) => c[k] !== undefined);
      if (kinds.length !== 1 && !(kinds.length === 2 && kinds.includes('path') && kinds.includes('symlink'))) fail(id, `needs exactly one of command, path, host, log (got ${kinds.join(', ') || 'none'})`);
      if (c.command !== undefined) c.command = expandTemplate(String(c.command));
      c.file = `fixtures/adversarial/cases/${f}`;
      c.modes = modesOf(c);
      cases.push(c);
    }
  }
  stageOnce(cases);
  return cases;
}

/**
 * One staged repository per policy holds every staged case, so two cases may not stage the same
 * path, nor a file where another stages a directory: the later case is decided the other ways only.
 */
function stageOnce(cases) {
  const taken = new Map(); // policy -> staged paths
  for (const c of cases) {
    if (!c.modes.includes('staged')) continue;
    const paths = taken.get(c.policy) ?? [];
    const clash = paths.some((p) => p === c.path || p.startsWith(`${c.path}/`) || c.path.startsWith(`${p}/`));
    if (clash) c.modes = c.modes.filter((m) => m !== 'staged');
    else paths.push(c.path);
    taken.set(c.policy, paths);
  }
}

/** Paths git can stage as they are written (relative, clean, inside the repository). */
function stageable(p) {
  if (p === '' || p.startsWith('/') || p.startsWith('~') || p.includes('\\') || p.includes('\0')) return false;
  return p.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..' && seg !== '.git');
}

/** Which of the three ways can decide this case. A case may narrow them with `modes:`. */
function modesOf(c) {
  let modes;
  if (c.log !== undefined) modes = ['replay'];
  else if (c.symlink !== undefined) modes = ['staged'];
  else if (c.path !== undefined) modes = ['explain', 'replay', ...((c.op ?? 'write') !== 'read' && stageable(c.path) && !c.cwd ? ['staged'] : [])];
  else modes = ['explain', 'replay'];
  if (Array.isArray(c.modes)) modes = modes.filter((m) => c.modes.includes(m));
  return modes;
}

/** pending.txt: `ID:MODE` per line (`#` comments); the cases the engine does not yet decide safely. */
export function loadPending(root) {
  const file = join(root, 'fixtures/adversarial/pending.txt');
  const set = new Set();
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return set;
  }
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (line) set.add(line);
  }
  return set;
}

// ---------------------------------------------------------------------------------------------
// Deciding

function run(cli, args, opts) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: opts.cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, AGENT_ID: undefined, CLAUDECODE: undefined, ...opts.env },
    input: opts.input,
    encoding: 'utf8',
    timeout: opts.timeout ?? 300_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

/** A fresh temporary repository holding the named policy (with its overrides and files). */
function policyRepo(root, policy) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), `apl-adv-${policy}-`)));
  cpSync(join(root, 'fixtures/adversarial/policies', policy), dir, { recursive: true });
  return dir;
}

function git(cwd, ...args) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function byPolicy(cases) {
  const m = new Map();
  for (const c of cases) {
    if (!m.has(c.policy)) m.set(c.policy, []);
    m.get(c.policy).push(c);
  }
  return m;
}

/** explain: one batch process for every case (see explain-batch.mjs). */
function decideExplain(root, cli, cases, repos, out) {
  const jobs = [];
  const who = [];
  for (const c of cases) {
    if (!c.modes.includes('explain')) continue;
    const repo = repos.get(c.policy);
    const cwd = c.cwd ? join(repo, c.cwd) : repo;
    mkdirSync(cwd, { recursive: true });
    let args;
    if (c.command !== undefined) args = ['--command', c.command];
    else if (c.host !== undefined) args = ['--host', c.host];
    else args = ['--op', c.op ?? 'write', '--', c.path];
    jobs.push({ args: ['--format', 'json', ...args], cwd });
    who.push(c);
  }
  const resultFile = join(mkdtempSync(join(tmpdir(), 'apl-adv-explain-')), 'out.json');
  const r = spawnSync(process.execPath, [join(root, 'test/adversarial/explain-batch.mjs'), resultFile, cli], {
    input: JSON.stringify(jobs),
    encoding: 'utf8',
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`explain batch failed (exit ${r.status ?? r.signal}): ${r.stderr}`);
  const results = JSON.parse(readFileSync(resultFile, 'utf8'));
  rmSync(dirname(resultFile), { recursive: true, force: true });
  who.forEach((c, i) => {
    const res = results[i];
    let got = 'error';
    let detail = `exit ${res.code}: ${res.stderr.slice(0, 300)}`;
    if (res.code === 0 || res.code === 1) {
      try {
        const d = JSON.parse(res.stdout);
        got = d.outcome;
        detail = d.reason;
      } catch {
        detail = `not JSON: ${res.stdout.slice(0, 200)}`;
      }
    }
    out.set(`${c.id}:explain`, { got, detail, ms: res.ms, cpuMs: res.cpuMs, trace: /\n\s+at .+:\d+:\d+/.test(res.stdout + res.stderr) });
  });
  return jobs;
}

/** Cases per replayed transcript: each may give several findings of one rule, and a file lists at most 1000 of each. */
const CASES_PER_LOG = 400;

/** Replay: the cases of one policy as logs in its repository, replayed by one process. */
function decideReplay(cli, policyCases, repo, out) {
  const logDir = join(repo, 'agent-logs');
  mkdirSync(logDir, { recursive: true });
  const at = (i) => new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
  const session = 'corpus-session';
  // A Claude Code transcript (commands, reads, writes): its first record places the project. The
  // replay lists at most MAX_FINDINGS_PER_RULE (1000) findings of one rule per file and only counts
  // the rest, so the cases are spread over transcripts of at most CASES_PER_LOG cases each.
  const start = JSON.stringify({ type: 'user', sessionId: session, cwd: PROJECT, uuid: 'u0', parentUuid: null, timestamp: at(0), message: { role: 'user', content: 'corpus' } });
  const transcripts = [[start]];
  const transcriptName = (i) => (i === 0 ? 'claude.jsonl' : `claude-${i + 1}.jsonl`);
  const audit = [];
  const where = new Map(); // "file:line" -> case
  let n = 1;
  for (const c of policyCases) {
    if (!c.modes.includes('replay')) continue;
    n++;
    if (c.log !== undefined) {
      // A case that is a log of its own (how a log states things is what it tests).
      const name = `case-${c.id}.jsonl`;
      const lines = c.log.map((rec) => JSON.stringify(rec).replaceAll('$PROJECT', PROJECT));
      writeFileSync(join(logDir, name), lines.join('\n') + '\n');
      where.set(`${name}:${c.line ?? lines.length}`, c);
      continue;
    }
    const op = c.op ?? 'write';
    if (c.host !== undefined || (c.path !== undefined && op === 'delete')) {
      const entry = c.host !== undefined
        ? { timestamp: at(n), action: 'network.request', host: c.host, allowed: true }
        : { timestamp: at(n), action: 'filesystem.delete', path: c.path, allowed: true };
      audit.push(JSON.stringify(entry));
      where.set(`audit.jsonl:${audit.length}`, c);
      continue;
    }
    const cwd = c.cwd ? posix.join(PROJECT, c.cwd) : PROJECT;
    let tool;
    if (c.command !== undefined) tool = { name: 'Bash', input: { command: c.command } };
    else {
      const abs = c.path.startsWith('/') || c.path.startsWith('~') ? c.path : `${cwd}/${c.path}`;
      tool = op === 'read' ? { name: 'Read', input: { file_path: abs } } : { name: 'Write', input: { file_path: abs, content: 'x' } };
    }
    let claude = transcripts[transcripts.length - 1];
    if (claude.length > CASES_PER_LOG) transcripts.push((claude = [start]));
    claude.push(
      JSON.stringify({
        type: 'assistant',
        sessionId: session,
        cwd,
        uuid: `a${n}`,
        parentUuid: 'u0',
        timestamp: at(n),
        message: { id: `msg_${n}`, role: 'assistant', content: [{ type: 'tool_use', id: `toolu_${n}`, ...tool }] },
      }),
    );
    where.set(`${transcriptName(transcripts.length - 1)}:${claude.length}`, c);
  }
  transcripts.forEach((lines, i) => writeFileSync(join(logDir, transcriptName(i)), lines.join('\n') + '\n'));
  writeFileSync(join(logDir, 'audit.jsonl'), audit.join('\n') + (audit.length ? '\n' : ''));
  const r = run(cli, ['--agent-log', 'agent-logs/*.jsonl', '--format', 'json'], { cwd: repo });
  const found = new Map();
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    report = undefined;
  }
  const trace = /\n\s+at .+:\d+:\d+/.test(r.stdout + r.stderr);
  for (const f of report?.findings ?? []) {
    const key = `${posix.basename(String(f.file))}:${f.line}`;
    if (!where.has(key)) continue;
    if (!found.has(key)) found.set(key, []);
    found.get(key).push(f);
  }
  for (const [key, c] of where) {
    if (!report) {
      out.set(`${c.id}:replay`, { got: 'error', detail: `replay exit ${r.code}: ${r.stderr.slice(0, 300)}`, trace });
      continue;
    }
    const fs = found.get(key) ?? [];
    const ids = fs.map((f) => f.ruleId);
    let got = 'allow';
    if (ids.includes('replay-denied-action')) got = 'deny';
    else if (ids.includes('replay-missing-approval')) got = 'needs-approval';
    else if (ids.includes('replay-blocked-attempt')) got = 'blocked-attempt';
    const detail = fs.map((f) => `${f.ruleId}: ${String(f.message).slice(0, 200)}`).join(' | ') || 'no finding';
    out.set(`${c.id}:replay`, { got, detail, trace });
  }
}

/** --staged: the file writes of one policy, staged in a real git repository, one hook run. */
function decideStaged(cli, policyCases, repo, out) {
  const mine = policyCases.filter((c) => c.modes.includes('staged'));
  if (mine.length === 0) return;
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.email', 'corpus@example.com');
  git(repo, 'config', 'user.name', 'corpus');
  git(repo, 'config', 'core.symlinks', 'true');
  // Files a case deletes exist in HEAD first.
  for (const c of mine) {
    if ((c.op ?? 'write') !== 'delete') continue;
    mkdirSync(dirname(join(repo, c.path)), { recursive: true });
    writeFileSync(join(repo, c.path), 'old\n');
  }
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--no-verify', '-m', 'base');
  const where = new Map();
  for (const c of mine) {
    const abs = join(repo, c.path);
    if ((c.op ?? 'write') === 'delete') git(repo, 'rm', '-q', '--', c.path);
    else {
      mkdirSync(dirname(abs), { recursive: true });
      if (c.symlink !== undefined) symlinkSync(c.symlink, abs);
      else writeFileSync(abs, 'new\n');
      git(repo, 'add', '-f', '--', c.path);
    }
    where.set(c.path, c);
  }
  const r = run(cli, ['--staged', '--agent', 'corpus-agent', '--format', 'json'], { cwd: repo });
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    report = undefined;
  }
  const trace = /\n\s+at .+:\d+:\d+/.test(r.stdout + r.stderr);
  const byFile = new Map();
  for (const f of report?.findings ?? []) {
    if (!byFile.has(f.file)) byFile.set(f.file, []);
    byFile.get(f.file).push(f);
  }
  for (const [p, c] of where) {
    if (!report) {
      out.set(`${c.id}:staged`, { got: 'error', detail: `staged exit ${r.code}: ${r.stderr.slice(0, 300)}`, trace });
      continue;
    }
    const ids = (byFile.get(p) ?? []).map((f) => f.ruleId);
    let got = 'allow';
    if (ids.includes('staged-agent-write-denied')) got = 'deny';
    else if (ids.includes('staged-agent-approval-required')) got = 'needs-approval';
    const detail = (byFile.get(p) ?? []).map((f) => `${f.ruleId}: ${String(f.message).slice(0, 200)}`).join(' | ') || 'no finding';
    out.set(`${c.id}:staged`, { got, detail, trace });
  }
}

/**
 * Decides every case every way it can be decided. Returns Map "ID:MODE" -> { got, detail, ms?, trace }
 * (got: an outcome, or 'error' / 'blocked-attempt' when the CLI gave no outcome).
 */
export function decideCorpus(root, cases, { cli = join(root, 'dist/cli.js'), log = () => {} } = {}) {
  const out = new Map();
  const groups = byPolicy(cases);
  const temp = [];
  try {
    // explain and replay share one repository per policy; --staged gets its own (it needs git).
    const repos = new Map();
    for (const p of groups.keys()) {
      const repo = policyRepo(root, p);
      temp.push(repo);
      repos.set(p, repo);
    }
    decideExplain(root, cli, cases, repos, out);
    log('explain');
    for (const [p, list] of groups) decideReplay(cli, list, repos.get(p), out);
    log('replay');
    for (const [p, list] of groups) {
      if (!list.some((c) => c.modes.includes('staged'))) continue;
      const repo = policyRepo(root, p);
      temp.push(repo);
      decideStaged(cli, list, repo, out);
    }
    log('staged');
  } finally {
    for (const d of temp) rmSync(d, { recursive: true, force: true });
  }
  return out;
}

/** Runs the real `node dist/cli.js explain` once for a case: the batch must agree with it. */
export function explainOnce(root, c, { cli = join(root, 'dist/cli.js') } = {}) {
  const repo = policyRepo(root, c.policy);
  try {
    const cwd = c.cwd ? join(repo, c.cwd) : repo;
    mkdirSync(cwd, { recursive: true });
    const args = c.command !== undefined ? ['--command', c.command] : c.host !== undefined ? ['--host', c.host] : ['--op', c.op ?? 'write', '--', c.path];
    const r = run(cli, ['explain', '--format', 'json', ...args], { cwd });
    return r.code === 0 || r.code === 1 ? JSON.parse(r.stdout).outcome : `exit ${r.code}`;
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

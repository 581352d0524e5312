// Real bash as the oracle: runs command lines in bash inside a throwaway bubblewrap sandbox
// (network, pid, ipc, uts namespaces unshared; the host read-only; /tmp a tmpfs) where every
// program on PATH, and every file under /usr/bin, /usr/sbin and /usr/local, is a stub that records
// its argv and working directory. A few wrappers run for real (env, timeout, nice, xargs, find …)
// so that what they start is recorded too. Files a line creates (redirections) are read back from
// its scratch directory.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Exec {
  /** argv as the program received it; argv[0] is the program's base name. */
  argv: string[];
  /** Working directory relative to the line's scratch directory ('.' for itself, absolute if outside). */
  cwd: string;
}

export interface OracleResult {
  line: string;
  execs: Exec[];
  /** Files (not directories) the line created under its scratch directory, relative to it. */
  created: string[];
  timedOut: boolean;
}

/** Programs that run for real inside the sandbox: shells, and wrappers whose children are recorded. */
const REAL = ['bash', 'dash', 'env', 'timeout', 'nice', 'nohup', 'xargs', 'stdbuf', 'setsid', 'find', 'flock', 'chrt', 'ionice', 'taskset', 'prlimit', 'setpriv'];

/** Directories each scratch directory starts with, so that `cd a` and `> a/x` work. */
export const SCRATCH_DIRS = ['a', 'a/b', 'src', 'sub', 'home'];

/** Every program name the stubs answer to (anything else reaches command_not_found_handle, also recorded). */
const STUB_NAMES = [
  'rm', 'git', 'npm', 'pnpm', 'yarn', 'npx', 'node', 'python', 'python3', 'pip', 'uv', 'curl', 'wget', 'ssh', 'scp',
  'rsync', 'tar', 'sed', 'awk', 'grep', 'rg', 'cat', 'head', 'tail', 'tee', 'cp', 'mv', 'ln', 'chmod', 'chown', 'dd',
  'make', 'go', 'cargo', 'docker', 'kubectl', 'helm', 'terraform', 'gh', 'aws', 'gcloud', 'az', 'ls', 'mkdir', 'touch',
  'sudo', 'doas', 'su', 'runuser', 'chroot', 'script', 'watch', 'parallel', 'pkexec', 'nsenter', 'unshare', 'strace',
  'ltrace', 'sg', 'busybox', 'perl', 'ruby', 'php', 'id', 'whoami', 'true', 'false', 'sleep', 'wc', 'sort', 'uniq',
  'jq', 'diff', 'patch', 'zip', 'unzip', 'gzip', 'base64', 'xxd', 'od', 'nc', 'socat', 'openssl', 'time', 'tr', 'cut',
  'zsh', 'ksh', 'fish', 'csh', 'tcsh', 'pwsh', 'sh', 'vim', 'less', 'more', 'date', 'stat', 'file', 'basename',
  'dirname', 'realpath', 'readlink', 'which', 'mktemp', 'install', 'shred', 'truncate', 'kill', 'pkill', 'ps',
];

const STUB = `#!/usr/bin/dash
# One printf, one write: records of programs running side by side (pipelines) never interleave.
printf '%s\\0' "$#" "$PWD" "\${0##*/}" "$@" >> "\${ORACLE_REC:-/tmp/oracle.lost}"
exit 0
`;

/** The same record, for names bash cannot find (exported to child bash processes). */
const NOT_FOUND = `command_not_found_handle() { printf '%s\\0' "$(($# - 1))" "$PWD" "$@" >> "\${ORACLE_REC:-/tmp/oracle.lost}"; return 0; }`;

function which(name: string): string | undefined {
  for (const dir of ['/usr/bin', '/bin', '/usr/sbin', '/sbin']) if (existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

export function sandboxAvailable(): boolean {
  const r = spawnSync('bwrap', ['--unshare-all', '--die-with-parent', '--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc', '/bin/true'], { stdio: 'ignore' });
  return r.status === 0;
}

function buildStubDir(root: string): string {
  const bin = join(root, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, '.stub'), STUB);
  chmodSync(join(bin, '.stub'), 0o755);
  for (const name of STUB_NAMES) symlinkSync('.stub', join(bin, name));
  for (const name of REAL) {
    const real = which(name);
    if (!real) continue;
    rmSync(join(bin, name), { force: true });
    copyFileSync(real, join(bin, name));
    chmodSync(join(bin, name), 0o755);
  }
  rmSync(join(bin, 'sh'), { force: true });
  symlinkSync('dash', join(bin, 'sh'));
  // The driver's own tools, outside PATH.
  const tools = join(root, 'tools');
  mkdirSync(tools);
  copyFileSync(which('bash')!, join(tools, 'bash'));
  chmodSync(join(tools, 'bash'), 0o755);
  return bin;
}

/** The driver: each line in its own scratch directory, with its own record file and a time limit. */
const DRIVER = `
${NOT_FOUND}
export -f command_not_found_handle
export PATH=/usr/bin:/bin
for ((__oracle_i = 0; __oracle_i < $1; __oracle_i++)); do
  (
    ulimit -t 2
    cd "/tmp/w/$__oracle_i" || exit 99
    export ORACLE_REC="/tmp/oracle/out/$__oracle_i.rec" HOME="/tmp/w/$__oracle_i/home"
    IFS= read -r -d '' __oracle_line < "/tmp/oracle/in/$__oracle_i"
    unset __oracle_i
    eval "$__oracle_line"
  ) </dev/null >/dev/null 2>&1
  echo "$?" > "/tmp/oracle/out/$__oracle_i.status"
done
`;

/** Runs each line in real bash in the sandbox, in `shards` sandboxes side by side. */
export async function runInBash(lines: readonly string[], shards = 2): Promise<OracleResult[]> {
  const size = Math.ceil(lines.length / shards);
  const parts: Promise<OracleResult[]>[] = [];
  for (let k = 0; k < lines.length; k += size) parts.push(runShard(lines.slice(k, k + size)));
  return (await Promise.all(parts)).flat();
}

async function runShard(lines: readonly string[]): Promise<OracleResult[]> {
  const root = mkdtempSync(join(tmpdir(), 'apl-oracle-'));
  try {
    const bin = buildStubDir(root);
    const inDir = join(root, 'in');
    const outDir = join(root, 'out');
    const work = join(root, 'w');
    for (const d of [inDir, outDir, work]) mkdirSync(d);
    lines.forEach((line, i) => {
      // Background jobs finish before the line's record is read.
      writeFileSync(join(inDir, String(i)), /&(?![&>])/.test(line) ? `${line}\nwait` : line);
      for (const d of SCRATCH_DIRS) mkdirSync(join(work, String(i), d), { recursive: true });
    });
    writeFileSync(join(root, 'driver.sh'), DRIVER);
    const args = [
      '--unshare-all', '--die-with-parent', '--new-session',
      '--ro-bind', '/', '/',
      '--dev', '/dev', '--proc', '/proc', '--tmpfs', '/tmp',
      '--ro-bind', bin, '/usr/bin',
      '--ro-bind', bin, '/usr/sbin',
      '--tmpfs', '/usr/local',
      '--ro-bind', join(root, 'tools'), '/tmp/oracle/tools',
      '--ro-bind', join(root, 'driver.sh'), '/tmp/oracle/driver.sh',
      '--ro-bind', inDir, '/tmp/oracle/in',
      '--bind', outDir, '/tmp/oracle/out',
      '--bind', work, '/tmp/w',
      '--chdir', '/',
      '--clearenv', '--setenv', 'PATH', '/usr/bin:/bin', '--setenv', 'LC_ALL', 'C',
      '/tmp/oracle/tools/bash', '/tmp/oracle/driver.sh', String(lines.length),
    ];
    const status = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn('bwrap', args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    if (status.code !== 0) throw new Error(`bwrap failed (${status.code}): ${status.stderr}`);
    return lines.map((line, i) => ({
      line,
      execs: readRecords(join(outDir, `${i}.rec`), `/tmp/w/${i}`),
      created: createdFiles(join(work, String(i))),
      timedOut: [137, 152].includes(readStatus(join(outDir, `${i}.status`))),
    }));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function readStatus(file: string): number {
  return existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : -1;
}

function readRecords(file: string, scratch: string): Exec[] {
  if (!existsSync(file)) return [];
  const fields = readFileSync(file, 'utf8').split('\0');
  const out: Exec[] = [];
  let k = 0;
  while (k + 2 < fields.length) {
    const count = Number(fields[k]);
    const pwd = fields[k + 1]!;
    const argv = fields.slice(k + 2, k + 3 + count);
    k += 3 + count;
    const cwd = pwd === scratch ? '.' : pwd.startsWith(`${scratch}/`) ? pwd.slice(scratch.length + 1) : pwd;
    out.push({ argv, cwd });
  }
  return out;
}

function createdFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...createdFiles(join(dir, e.name), rel));
    else out.push(rel);
  }
  return out;
}

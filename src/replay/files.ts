// --agent-log values: a file name (must exist: a usage error otherwise) or a glob (a warning
// finding when it matches nothing: a CI job may run before any log is committed).
import { accessSync, constants, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from '../errors.js';
import { walkFiles } from '../walk.js';
import type { Finding } from '../report/finding.js';

const MAX_WALK = 200_000;

/** The --agent-log value that means standard input. */
export const STDIN = '-';
/** Standard input's name on Linux and macOS: read as descriptor 0 too (opening it fails on a socket). */
export const STDIN_PATH = '/dev/stdin';
/** Standard input's descriptor. */
export const STDIN_FD = 0;

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

export function resolveLogs(values: readonly string[], cwd: string): { files: string[]; findings: Finding[] } {
  const files: string[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const push = (f: string): void => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const value of values) {
    // `-` is standard input, as in ESLint's --stdin and most Unix tools.
    if (value === STDIN || value === STDIN_PATH) {
      push(STDIN);
      continue;
    }
    const scan = picomatch.scan(toPosix(value));
    if (!scan.isGlob) {
      const abs = resolve(cwd, value);
      let st;
      try {
        st = statSync(abs);
      } catch {
        throw new UsageError(`cannot read agent log "${value}": no such file`, 'Check the path, or quote a glob: --agent-log "logs/*.jsonl".');
      }
      if (st.isDirectory()) throw new UsageError(`agent log "${value}" is a directory`, `Use a glob to replay the logs in it: --agent-log "${toPosix(value).replace(/\/$/, '')}/**/*.jsonl".`);
      try {
        accessSync(abs, constants.R_OK);
      } catch {
        throw new UsageError(`cannot read agent log "${value}": permission denied`);
      }
      push(abs);
      continue;
    }
    const base = resolve(cwd, scan.base || '.');
    const pattern = toPosix(value).replace(/^\.\//, '');
    const absolute = isAbsolute(value);
    const isMatch = picomatch(absolute ? toPosix(resolve(value)) : pattern, { dot: true });
    const matched = walkFiles(base, undefined, MAX_WALK).filter((f) => isMatch(absolute ? toPosix(f) : toPosix(relative(cwd, f)))).sort();
    if (matched.length === 0) {
      findings.push({
        ruleId: 'replay-no-log-match',
        severity: 'warning',
        file: value,
        line: 0,
        column: 0,
        message: `--agent-log "${value}" matched no file; nothing was replayed for it`,
        hint: 'Check the pattern and the working directory.',
      });
    }
    for (const f of matched) push(f);
  }
  return { files, findings };
}

import { isAbsolute, relative, sep } from 'node:path';
import { compareFindings, type Finding } from './finding.js';
import { helpUri } from './rule.js';

/** Paths relative to cwd with POSIX separators, help URIs filled in, sorted. */
export function prepareFindings(findings: readonly Finding[], cwd: string): Finding[] {
  const rel = (f: string): string => {
    if (!f || !isAbsolute(f)) return f;
    const r = relative(cwd, f);
    return (r === '' ? '.' : r).split(sep).join('/');
  };
  return findings
    .map((f) => ({
      ...f,
      file: rel(f.file),
      helpUri: f.helpUri ?? helpUri(f.ruleId),
      related: f.related?.map((r) => ({ ...r, file: rel(r.file) })),
    }))
    .sort(compareFindings);
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Finding } from '../../src/report/finding.js';

/** `# expect: rule-id line:col` lines of a fixture, as "rule-id line:col" strings. */
export function expectations(text: string): string[] {
  return [...text.matchAll(/^# expect: (\S+) (\d+):(\d+)$/gm)].map((m) => `${m[1]} ${m[2]}:${m[3]}`);
}

/** Findings that count as problems (errors and warnings) as "rule-id line:col". */
export function problems(findings: readonly Finding[], file?: string): string[] {
  return findings
    .filter((f) => f.severity !== 'info' && (file === undefined || f.file === file))
    .map((f) => `${f.ruleId} ${f.line}:${f.column}`)
    .sort();
}

/** Every file under dir (absolute), recursively, sorted. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out;
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

export function rel(base: string, p: string): string {
  return relative(base, p);
}

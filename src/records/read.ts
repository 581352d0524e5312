// Reading record files: from the work tree or (for --staged) the git index, parsed with a
// position for every problem, never echoing the text (it may hold anything).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonError } from '../json-error.js';
import type { Finding } from '../report/finding.js';

/** A finding about a record file (line 1, column 1 unless the problem has a position). */
export function recordFinding(ruleId: string, severity: Finding['severity'], file: string, message: string, line = 1, column = 1, hint?: string): Finding {
  return { ruleId, severity, file, line, column, message, hint };
}

/** Line and column (1-based) of a character offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/** JSON.parse with a position for errors, never echoing the text (it may hold anything). */
export function parseJson(text: string): { value: unknown } | { error: string; offset?: number } {
  try {
    return { value: JSON.parse(text) };
  } catch {
    const e = jsonError(text);
    return { error: e?.message ?? 'invalid JSON', offset: e?.offset };
  }
}

/** A list of non-empty strings ([] when absent); undefined when it is anything else. */
export function stringList(v: unknown): string[] | undefined {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && x.trim() !== '')) return undefined;
  return v as string[];
}

/** Where records are read from: the work tree, or (for --staged) the git index. */
export interface RecordSource {
  /** Files directly in an absolute directory (absolute paths); [] when it does not exist. */
  list(dir: string): string[];
  /** A file's text, or undefined when it does not exist. */
  read(file: string): string | undefined;
}

export const fsRecords: RecordSource = {
  list(dir) {
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(dir, d.name));
  },
  read(file) {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
};

/** The *.json files directly in `dir`, sorted, so records are read in a stable order. */
export function jsonFiles(src: RecordSource, dir: string): string[] {
  return src.list(dir).filter((f) => f.endsWith('.json')).sort();
}


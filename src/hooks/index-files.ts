// The files --staged needs, as they are in the index (and, for policy files and records the commit
// changes, as they are in HEAD), read with one `git ls-files` and one `git cat-file --batch`.
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { OVERRIDE_NAMES, ROOT_POLICY_NAMES as ROOT_NAMES } from '../policy/discover.js';
import { RECORDS_DIR } from '../records/paths.js';
import { indexEntries, readBlobs, topLevel, type IndexEntry, type StagedEntry } from './git.js';
import type { GitResult } from './git-spawn.js';
import { indexReadSpecs } from './index-specs.js';

export { ROOT_NAMES };
export const LOG_NAME = '.agent-actions.jsonl';

/** A snapshot of policy files: absolute path -> text. */
export type FileMap = Map<string, string>;

export interface StagedState {
  /** Absolute repository root, in the platform's form. */
  top: string;
  /** Policy files and records as the commit will have them. */
  index: FileMap;
  /**
   * Policy files and records as HEAD has them (the index with this commit's changes to them
   * undone): the policy an agent's commit must also satisfy, and the only records it may use.
   */
  committed: FileMap;
  /** Repository-relative paths of staged policy files (root or override, any status). */
  stagedPolicyFiles: string[];
  /** Staged agent logs (added or modified): repository-relative path and staged text. */
  logs: { path: string; text: string }[];
}

const baseName = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
export const isPolicyFile = (p: string): boolean => ROOT_NAMES.includes(baseName(p)) || OVERRIDE_NAMES.includes(baseName(p));
const isRecord = (p: string): boolean => p.startsWith(`${RECORDS_DIR}/`) || p.includes(`/${RECORDS_DIR}/`);

export function absIn(top: string, rel: string): string {
  return resolve(top, ...rel.split('/'));
}

export function relIn(top: string, abs: string): string {
  return relative(top, abs).split(sep).join('/');
}

/** The two index reads that do not depend on what is staged, started early and awaited later. */
export interface IndexReads {
  top: Promise<string>;
  indexed: Promise<IndexEntry[]>;
}

/**
 * Starts `git rev-parse --show-toplevel` and one `git ls-files` for every policy file and record
 * (filtered by name in git, not by a walk: index-specs.ts). `config` is --config, relative to cwd.
 * `started`: that `ls-files` for no --config, already started by the hook's entry (staged-boot.ts).
 */
export function startIndexReads(cwd: string, config: string | undefined, started?: Promise<GitResult>): IndexReads {
  const reads = { top: topLevel(cwd), indexed: indexEntries(cwd, indexReadSpecs(config), config ? undefined : started) };
  // Awaited only when something is staged: never an unhandled rejection when nothing is.
  reads.top.catch(() => {});
  reads.indexed.catch(() => {});
  return reads;
}

/**
 * Reads what --staged needs. `logGlobs` are --agent-log values (files or globs, relative to cwd)
 * matched against the staged paths; `config` is --config (relative to cwd).
 */
export async function readStagedState(
  cwd: string,
  entries: readonly StagedEntry[],
  opts: { config?: string; logGlobs: readonly string[] },
  reads: IndexReads = startIndexReads(cwd, opts.config),
): Promise<StagedState> {
  const top = resolve(await reads.top);
  const indexed = await reads.indexed;
  const configRel = opts.config ? relIn(top, resolve(cwd, opts.config)) : undefined;
  let logMatchers: ((p: string) => boolean)[] = [];
  if (opts.logGlobs.length > 0) {
    const { default: picomatch } = await import('picomatch');
    logMatchers = opts.logGlobs.map((g) => picomatch(relIn(top, isAbsolute(g) ? g : resolve(cwd, g)), { dot: true }));
  }

  const isPolicy = (p: string): boolean => isPolicyFile(p) || p === configRel;
  const staged = entries.filter((e) => isPolicy(e.path));
  const logEntries = entries.filter(
    (e) => e.indexOid && e.indexMode !== '160000' && e.indexMode !== '120000' && (baseName(e.path) === LOG_NAME || logMatchers.some((m) => m(e.path))),
  );
  const changed = entries.filter((e) => isPolicy(e.path) || isRecord(e.path));
  const oids = [
    ...indexed.map((e) => e.oid),
    ...logEntries.map((e) => e.indexOid!),
    ...changed.flatMap((e) => (e.headOid ? [e.headOid] : [])),
  ];
  const blobs = await readBlobs(cwd, oids);
  const text = (oid: string): string | undefined => blobs.get(oid)?.toString('utf8');

  const index: FileMap = new Map();
  for (const e of indexed) {
    const t = text(e.oid);
    if (t !== undefined) index.set(absIn(top, e.path), t);
  }
  const committed = new Map(index);
  for (const e of changed) {
    const abs = absIn(top, e.path);
    const t = e.headOid ? text(e.headOid) : undefined;
    if (t === undefined) committed.delete(abs);
    else committed.set(abs, t);
  }
  const logs = logEntries.flatMap((e) => {
    const t = text(e.indexOid!);
    return t === undefined ? [] : [{ path: e.path, text: t }];
  });
  return { top, index, committed, stagedPolicyFiles: staged.map((e) => e.path), logs };
}

/** Override files of a snapshot under `rootDir` (absolute, sorted), for LoadOptions. */
export function overridesIn(files: FileMap, rootDir: string): string[] {
  return [...files.keys()].filter((f) => OVERRIDE_NAMES.includes(basename(f)) && f.startsWith(rootDir + sep)).sort();
}

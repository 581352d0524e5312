// The patterns of a PolicySet as entries the checks can compare, each with its language and scope.
import { isAbsolute, relative, sep } from 'node:path';
import type { Origin, Permissions, PolicySet } from '../policy/types.js';
import type { Lang } from '../match/automata.js';
import type { PatternCompiler, Role } from './compiler.js';
import { literalEnds } from './shape.js';

export type Kind = 'path' | 'command';

/** What one word of a kind is called in messages. (Hosts and tool names: checks/hosts.ts, checks/tools.ts.) */
export const KIND_NOUN: Record<Kind, string> = { path: 'path', command: 'command' };

export interface Entry {
  kind: Kind;
  role: Role;
  pattern: string;
  origin: Origin;
  /** '' for the root policy, else the override's directory (repository-relative, POSIX). */
  dir: string;
  /** Entries with the same list key sit in one YAML list (or one approval kind of one file). */
  list: string;
  /** Undefined when the pattern could not be compiled (see `problem`). */
  lang?: Lang;
  /** A deny's language without the descendants it also covers (defaults to `lang`). */
  core?: Lang;
  problem?: { reason: string; reported: boolean };
  /** Case-folded literal start and end of every word (shape.ts): cheap disjointness prefilters. */
  prefix: string;
  suffix: string;
  /** Index of the exception's allowed override dirs (exceptions only; empty = any). */
  overrides?: string[];
  /** The agent whose `permissions` hold it; undefined for the defaults and overrides. */
  agent?: string;
}

export interface Model {
  entries: Entry[];
  /** Override directories, for scoping. */
  dirs: string[];
}

export function buildModel(set: PolicySet, compiler: PatternCompiler): Model {
  const entries: Entry[] = [];
  const add = (kind: Kind, role: Role, pattern: string, origin: Origin, dir: string, list: string, overrides?: string[], agent?: string) => {
    const c = compiler[kind](pattern, role);
    const e: Entry = { kind, role, pattern, origin, dir, list, prefix: '', suffix: '' };
    if (agent !== undefined) e.agent = agent;
    if (c.ok) {
      e.lang = c.lang;
      if (c.core) e.core = c.core;
      ({ prefix: e.prefix, suffix: e.suffix } = literalEnds(c.lang.source));
    }
    else e.problem = { reason: c.reason, reported: c.reported };
    if (overrides) e.overrides = overrides;
    entries.push(e);
  };
  const perms = (p: Permissions, file: string, dir: string, agent?: string) => {
    const owner = agent === undefined ? '' : `agent.${agent}.`;
    for (const [kind, rules] of [['path', p.filesystem], ['command', p.commands]] as const) {
      for (const role of ['allow', 'deny'] as const) {
        for (const r of rules[role]) add(kind, role, r.pattern, r.origin, dir, `${file}#${owner}${kind}.${role}`, undefined, agent);
      }
    }
  };
  const approvals = (rules: PolicySet['root']['constraints']['requireHumanApproval'], file: string, dir: string) => {
    for (const r of rules) {
      if (r.kind === 'file') add('path', 'approval', r.pattern, r.origin, dir, `${file}#path.approval`);
      if (r.kind === 'command') add('command', 'approval', r.pattern, r.origin, dir, `${file}#command.approval`);
    }
  };
  const { root } = set;
  perms(root.permissions, root.file, '');
  approvals(root.constraints.requireHumanApproval, root.file, '');
  for (const a of root.agents) if (a.permissions) perms(a.permissions, root.file, '', a.id);
  for (const x of root.exceptions) add('path', 'exception', x.pattern, x.origin, '', `${root.file}#path.exception`, x.overrides);
  for (const o of set.overrides) {
    perms(o.permissions, o.file, o.dir);
    approvals(o.constraints.requireHumanApproval, o.file, o.dir);
  }
  return { entries, dirs: set.overrides.map((o) => o.dir) };
}

/** `dir` is `d` or below it. */
export function within(dir: string, d: string): boolean {
  return d === '' || dir === d || dir.startsWith(`${d}/`);
}

/** What an override governs: `dir` and the paths under `dir/` (as `dir/**` covers `dir`). */
export function scopeLang(dir: string): Lang {
  return { source: `${escapeRegex(dir)}(?:/[^]+)?`, flags: '' };
}

export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, (c) => `\\${c}`);
}

/** A policy file as the reader knows it: repository-relative when it lies in the repository. */
export function displayFile(file: string, repoRoot: string): string {
  if (!isAbsolute(file)) return file.split(sep).join('/');
  const r = relative(repoRoot, file);
  return r && !r.startsWith('..') && !isAbsolute(r) ? r.split(sep).join('/') : file;
}

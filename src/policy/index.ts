// Loading the policy set: the root policy, every override, their findings, and the model built
// from them. The only module here that touches the file system (through LoadOptions.readFile).
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import type { Finding } from '../report/finding.js';
import { checkPolicyText, type CheckedFile } from './check.js';
import { findOverridesAsync, findRootPolicy, overrideDir } from './discover.js';
import { applyFixes } from './fix.js';
import { buildOverride, buildRoot } from './normalize.js';
import type { PolicyFinding } from './semantic.js';
import type { PolicySet } from './types.js';
import { valueAt } from './validate.js';
import { displayPath } from './yaml.js';

export { checkPolicyText, type CheckedFile, type CheckOptions, type PolicyFileKind } from './check.js';
export { findRepoRoot, findRootPolicy, findOverrides, findOverridesAsync, ROOT_POLICY_NAMES, OVERRIDE_NAMES } from './discover.js';
export { normalizePathPattern, parseDurationMinutes, DEFAULT_BYPASS_MAX_MINUTES } from './normalize.js';
export {
  SUPPORTED_VERSIONS,
  LATEST_VERSION,
  SCHEMA_BASE,
  schemaId,
  schemaFileName,
  OVERRIDE_SCHEMA_FILE,
  versionInSchemaUrl,
  type PolicyVersion,
} from './versions.js';
export * from './types.js';

export interface LoadOptions {
  cwd: string;
  /** --config FILE; otherwise found from cwd upwards to the repository root. */
  config?: string;
  /** --fix: apply safe fixes to the policy files in place. */
  fix?: boolean;
  /** Read files through this instead of the file system (the staged index in --staged). */
  readFile?: (absPath: string) => string | undefined;
  /**
   * The override files under the root policy's directory (absolute paths), when they come from
   * somewhere else than the work tree (the staged index). Default: git ls-files, else a walk.
   */
  overrideFiles?: (rootDir: string) => string[];
}

export interface LoadResult {
  /** Undefined when no usable root policy could be built (its findings say why). */
  set?: PolicySet;
  findings: Finding[];
  /** Every policy and override file read (absolute). */
  files: string[];
}

function fsRead(abs: string): string | undefined {
  try {
    return readFileSync(abs, 'utf8');
  } catch {
    return undefined;
  }
}

function fsIsFile(abs: string): boolean {
  try {
    return statSync(abs).isFile();
  } catch {
    return false;
  }
}

const MAX_FIX_PASSES = 3;

/**
 * Errors whose patterns the engine still reads in a defined, safe way, so the policy stays usable
 * (SPEC 3: whitespace around a pattern is an error, and a deny or approval gate is read trimmed —
 * `".env "` still protects `.env` when an action is decided — while an allow is read as written).
 */
const READ_DESPITE = new Set(['pattern-whitespace']);

/**
 * Finds, reads and checks the root policy and every override. `set` is built only when no
 * policy file has an error: callers must treat a missing set as "no usable policy", never as
 * "everything allowed".
 */
export async function loadPolicySet(opts: LoadOptions): Promise<LoadResult> {
  const read = opts.readFile ?? fsRead;
  let rootFile: string | undefined;
  if (opts.config !== undefined) {
    rootFile = resolve(opts.cwd, opts.config);
    if (!opts.readFile && existsSync(rootFile) && !fsIsFile(rootFile)) {
      throw new UsageError(`cannot read policy file ${opts.config}: it is a directory`);
    }
  } else {
    rootFile = findRootPolicy(opts.cwd, opts.readFile ? (p) => opts.readFile!(p) !== undefined : fsIsFile);
  }
  if (rootFile === undefined) {
    return {
      files: [],
      findings: [
        {
          ruleId: 'no-policy',
          severity: 'error',
          message: 'no .agent-policy.yml found in this directory or above it (up to the repository root)',
          hint: 'Run agent-policy-lint init to write one, or name it with --config FILE.',
          file: opts.cwd,
          line: 0,
          column: 0,
        },
      ],
    };
  }
  const rootText = read(rootFile);
  if (rootText === undefined) {
    if (opts.config !== undefined) throw new UsageError(`cannot read policy file ${opts.config}`);
    return { files: [rootFile], findings: [unreadable(rootFile)] };
  }
  const rootDir = dirname(rootFile);
  const allowWrite = Boolean(opts.fix) && !opts.readFile;
  const findings: PolicyFinding[] = [];
  const files = [rootFile];

  const overridesPending = opts.overrideFiles ? Promise.resolve([...opts.overrideFiles(rootDir)].sort()) : findOverridesAsync(rootDir);
  const probes = {
    isRepoEntry: (name: string) => existsSync(join(rootDir, name)),
    isAbsoluteEntry: (name: string) => existsSync(join(sep, name)),
  };
  const root = checkWithFixes(rootText, (text) => checkPolicyText(text, { file: rootFile!, kind: 'root', rootDir, ...probes }), allowWrite, findings);

  const overrides: { checked: CheckedFile; dir: string }[] = [];
  for (const file of await overridesPending) {
    const text = read(file);
    if (text === undefined) {
      // Listed by git but deleted in the work tree (or absent from the index): not part of the policy.
      if (!opts.readFile && existsSync(file)) findings.push(unreadable(file));
      continue;
    }
    files.push(file);
    const dir = overrideDir(rootDir, file);
    if (dir === '') {
      findings.push({
        ruleId: 'override-in-root-dir',
        severity: 'error',
        message: 'an override beside the root policy governs the whole repository; it is not applied',
        hint: 'Move its settings into the root policy and delete the override file.',
        file,
        line: 0,
        column: 0,
      });
      continue;
    }
    const checked = checkWithFixes(
      text,
      (t) => checkPolicyText(t, { file, kind: 'override', rootDir, rootVersion: root.version, ...probes }),
      allowWrite,
      findings,
    );
    overrides.push({ checked, dir });
  }
  findings.push(...crossChecks(root, overrides.map((o) => o.checked)));

  const clean = findings.map(({ fix: _fix, ...f }: PolicyFinding) => f as Finding);
  const usable =
    !clean.some((f) => f.severity === 'error' && !READ_DESPITE.has(f.ruleId)) && root.data !== undefined && overrides.every((o) => o.checked.data !== undefined);
  if (!usable) return { findings: clean, files };
  const set: PolicySet = {
    root: buildRoot(root.data!, rootFile, rootDir, root.parsed.positions),
    overrides: overrides.map((o) => buildOverride(o.checked.data!, o.checked.file, o.dir, rootDir, o.checked.parsed.positions)),
  };
  return { set, findings: clean, files };
}

function unreadable(file: string): Finding {
  return {
    ruleId: 'file-unreadable',
    severity: 'error',
    message: 'the policy file cannot be read',
    hint: 'Check that the file exists and is readable.',
    file,
    line: 0,
    column: 0,
  };
}

/**
 * Checks a file; with --fix, applies the safe fixes, writes the file and checks it again (a
 * fix can uncover another, e.g. `./src/**` next to `src/**`). Fixed findings become `fixed` notes.
 */
function checkWithFixes(text: string, check: (text: string) => CheckedFile, allowWrite: boolean, out: PolicyFinding[]): CheckedFile {
  let checked = check(text);
  if (!allowWrite) {
    out.push(...checked.findings);
    return checked;
  }
  const notes: Finding[] = [];
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixable = checked.findings.filter((f) => f.fix);
    if (fixable.length === 0) break;
    const next = applyFixes(checked.parsed, fixable.map((f) => f.fix!));
    if (next === undefined) break;
    try {
      writeFileSync(checked.file, next);
    } catch (e) {
      throw new UsageError(`--fix cannot write ${checked.file}: ${(e as Error).message}`);
    }
    for (const f of fixable) notes.push(fixedNote(f, checked));
    checked = check(next);
  }
  out.push(...notes, ...checked.findings);
  return checked;
}

function fixedNote(f: PolicyFinding, checked: CheckedFile): Finding {
  const op = f.fix!;
  const before = valueAt(checked.parsed.data, op.pointer);
  const what =
    op.op === 'set'
      ? `${displayPath(op.pointer)}: ${JSON.stringify(before)} -> ${JSON.stringify(op.value)}${op.quote ? ' (quoted)' : ''}`
      : `removed the repeated ${JSON.stringify(before)} at ${displayPath(op.pointer)}`;
  return {
    ruleId: 'fixed',
    severity: 'info',
    message: `fixed ${f.ruleId}: ${what}`,
    file: f.file,
    line: f.line,
    column: f.column,
    data: { fixedRule: f.ruleId },
  };
}

function crossChecks(root: CheckedFile, overrides: CheckedFile[]): Finding[] {
  const out: Finding[] = [];
  if (root.version === '1.0' && overrides.length > 0) {
    const s = root.parsed.positions.at('/version');
    out.push({
      ruleId: 'overrides-need-v2',
      severity: 'error',
      message: `${overrides.length} override file(s) found, but the root policy is version 1.0, which has no overrides; they are not applied`,
      hint: 'Move the root policy to version "2.1" (permissions becomes default_permissions), or delete the override files.',
      file: root.file,
      line: s.line,
      column: s.column,
      endLine: s.endLine,
      endColumn: s.endColumn,
      related: overrides.map((o) => ({ file: o.file, line: 0, column: 0, message: 'override file' })),
    });
  }
  const rootMax = valueAt(root.data, '/constraints/max_files_per_action');
  if (typeof rootMax === 'number') {
    for (const o of overrides) {
      const max = valueAt(o.data, '/constraints/max_files_per_action');
      if (typeof max !== 'number' || max <= rootMax) continue;
      const s = o.parsed.positions.at('/constraints/max_files_per_action');
      const r = root.parsed.positions.at('/constraints/max_files_per_action');
      out.push({
        ruleId: 'override-loosens-constraint',
        severity: 'error',
        message: `constraints.max_files_per_action is ${max}, looser than the root policy's ${rootMax}; overrides may only tighten constraints`,
        hint: `Use a value of at most ${rootMax}, or remove it (the root's limit applies).`,
        file: o.file,
        line: s.line,
        column: s.column,
        endLine: s.endLine,
        endColumn: s.endColumn,
        related: [{ file: root.file, line: r.line, column: r.column, message: 'root limit' }],
      });
    }
  }
  return out;
}

// Sets up the pre-commit check so that it actually runs: with the pre-commit framework when the
// repository uses it (or has no package.json), otherwise with husky 9, whose own install `init`
// runs when husky is there (npm does not run the root "prepare" script on `npm i <pkg>`, so
// advice alone left core.hooksPath unset).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectFacts } from './detect.js';
import { PRE_COMMIT_CONFIG, addHooksEntry, newPreCommitConfig } from './pre-commit-config.js';
import { HOOK_MARK, HUSKY_HOOK, HUSKY_HOOK_BEFORE_PRE_COMMIT_ENTRY, addHuskyPrepare } from './templates.js';

export interface HookSetupInput {
  dir: string;
  /** The git repository's top directory, when there is one. */
  repoRoot?: string;
  facts: ProjectFacts;
  force: boolean;
  version: string;
}

export interface HookSetup {
  /** What was written or run, one line each. */
  lines: string[];
  /** What the person still has to do. */
  hints: string[];
}

const HUSKY_FILE = '.husky/pre-commit';

export function setUpCommitHook(input: HookSetupInput): HookSetup {
  const usesFramework = input.facts.entries.has(PRE_COMMIT_CONFIG) || !input.facts.entries.has('package.json');
  return usesFramework ? withPreCommitFramework(input) : withHusky(input);
}

function withPreCommitFramework({ dir, repoRoot, version }: HookSetupInput): HookSetup {
  const out: HookSetup = { lines: [], hints: [] };
  const path = join(dir, PRE_COMMIT_CONFIG);
  if (!existsSync(path)) {
    writeFileSync(path, newPreCommitConfig(version));
    out.lines.push(`${'wrote'.padEnd(9)} ${PRE_COMMIT_CONFIG} (the pre-commit framework: no package.json here for husky)`);
  } else {
    const edit = addHooksEntry(readFileSync(path, 'utf8'), version);
    if (edit.text !== undefined) writeFileSync(path, edit.text);
    out.lines.push(`${(edit.text !== undefined ? 'updated' : 'kept').padEnd(9)} ${PRE_COMMIT_CONFIG}: ${edit.note}`);
  }
  if (repoRoot === undefined) {
    out.hints.push('no .git here: run `git init`, then `pre-commit install`.');
    return out;
  }
  const installed = spawnSync('pre-commit', ['install'], { cwd: repoRoot, encoding: 'utf8' });
  if (installed.error) out.hints.push('install the pre-commit framework (pipx install pre-commit, or your package manager), then run `pre-commit install`.');
  else if (installed.status !== 0) out.hints.push(`\`pre-commit install\` failed: ${(installed.stderr || installed.stdout).trim()}`);
  else out.lines.push(`${'ran'.padEnd(9)} pre-commit install: ${installed.stdout.trim()}`);
  return out;
}

function withHusky({ dir, repoRoot, facts, force }: HookSetupInput): HookSetup {
  const out: HookSetup = { lines: [], hints: [] };
  const hookPath = join(dir, HUSKY_FILE);
  if (!existsSync(hookPath) || force) {
    const existed = existsSync(hookPath);
    mkdirSync(join(dir, '.husky'), { recursive: true });
    writeFileSync(hookPath, HUSKY_HOOK);
    out.lines.push(`${(existed ? 'overwrote' : 'wrote').padEnd(9)} ${HUSKY_FILE}`);
  } else {
    const text = readFileSync(hookPath, 'utf8');
    if (text.includes(HUSKY_HOOK_BEFORE_PRE_COMMIT_ENTRY)) {
      // Our own earlier lines, exactly: the same check through the faster entry; the rest is kept.
      writeFileSync(hookPath, text.replace(HUSKY_HOOK_BEFORE_PRE_COMMIT_ENTRY, () => HUSKY_HOOK));
      out.lines.push(`${'updated'.padEnd(9)} ${HUSKY_FILE}: the check runs dist/pre-commit.cjs (its other lines are kept)`);
    } else if (text.includes(HOOK_MARK) || /agent-policy-lint\b.*--staged/.test(text)) {
      out.lines.push(`${'kept'.padEnd(9)} ${HUSKY_FILE} (it already runs agent-policy-lint)`);
    } else {
      // The person's own checks stay; ours runs after them.
      writeFileSync(hookPath, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}\n${HUSKY_HOOK}`);
      out.lines.push(`${'appended'.padEnd(9)} the agent-policy-lint check to ${HUSKY_FILE} (its other lines are kept)`);
    }
  }
  // Executable so that it also runs when core.hooksPath points straight at .husky (husky runs it with sh).
  chmodSync(hookPath, 0o755);

  const pkgPath = join(dir, 'package.json');
  const edit = addHuskyPrepare(readFileSync(pkgPath, 'utf8'));
  if (edit.text !== undefined) writeFileSync(pkgPath, edit.text);
  out.lines.push(edit.text !== undefined ? `updated package.json: ${edit.note}` : `left package.json as it is: ${edit.note}`);

  const deps = { ...facts.packageJson?.dependencies, ...facts.packageJson?.devDependencies };
  const missing = ['husky', 'agent-policy-lint'].filter((name) => !(name in deps));
  if (missing.length > 0) out.hints.push(`install ${missing.join(' and ')} as devDependencies, then husky's hook: \`npm i -D ${missing.join(' ')} && npx husky\`.`);

  if (repoRoot === undefined) {
    out.hints.push('no .git here: husky needs a git repository (`git init`, then `npx husky`).');
  } else if (repoRoot !== dir) {
    out.hints.push(`the git repository starts at ${repoRoot}: husky installs hooks from there (see husky's docs on projects in a subdirectory).`);
  } else {
    const huskyBin = join(dir, 'node_modules/husky/bin.js');
    if (existsSync(huskyBin)) {
      // husky's own install: core.hooksPath = .husky/_ and the shims that run .husky/pre-commit.
      const r = spawnSync(process.execPath, [huskyBin], { cwd: dir, encoding: 'utf8' });
      const said = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
      if (r.status === 0 && said === '') out.lines.push(`${'ran'.padEnd(9)} husky: git now runs ${HUSKY_FILE} on every commit`);
      else out.hints.push(`husky could not install the hook${said ? `: ${said}` : ''}`);
    }
  }
  out.hints.push('`npx husky init` would replace .husky/pre-commit with `npm test`; husky is already set up. If it happened, run `npx agent-policy-lint init` again: it adds the check back.');
  return out;
}

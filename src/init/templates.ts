// The husky hook and the package.json "prepare" edit that `init` writes.

/** The bin npm links for a devDependency, relative to the package root, where git runs hooks. */
export const LOCAL_BIN = 'node_modules/.bin/agent-policy-lint';

/**
 * The pre-commit hook's own entry in the installed package (src/cli/pre-commit-boot.ts): CommonJS,
 * so a commit is checked without starting Node's ES module loader, which the bin (dist/cli.js)
 * needs. A file only versions that have it carry, so a hook newer than the package fails closed.
 */
export const STAGED_ENTRY = 'node_modules/agent-policy-lint/dist/pre-commit.cjs';

/** Marks our lines in a hook file, so that init finds them again (after `npx husky init`, say). */
export const HOOK_MARK = '# agent-policy-lint:';

/**
 * husky 9's form: the hook file holds just the commands (no shebang, no sourcing of husky.sh).
 * The entry is called by its path, with the node that husky's PATH gives (as the bin's
 * `#!/usr/bin/env node` would): no npx start-up on every commit, and nothing is ever fetched from
 * the registry when the package is missing; the person is told what to install instead.
 */
export const HUSKY_HOOK = `${HOOK_MARK} refuse commits that break the agent policy (docs/pre-commit.md)
[ -f ${STAGED_ENTRY} ] || { echo "agent-policy-lint is not installed here (or is older than this hook): run npm install (or npm i -D agent-policy-lint)" >&2; exit 1; }
node ${STAGED_ENTRY} --staged
`;

/** What init wrote before dist/pre-commit.cjs existed: it replaces exactly this text with HUSKY_HOOK. */
export const HUSKY_HOOK_BEFORE_PRE_COMMIT_ENTRY = `${HOOK_MARK} refuse commits that break the agent policy (docs/pre-commit.md)
[ -x ${LOCAL_BIN} ] || { echo "agent-policy-lint is not installed here: run npm install (or npm i -D agent-policy-lint)" >&2; exit 1; }
${LOCAL_BIN} --staged
`;

export interface PrepareEdit {
  /** The new package.json text, or undefined when nothing changes. */
  text?: string;
  /** What happened, for the person running init. */
  note: string;
}

/**
 * Adds `"prepare": "husky"` to package.json's scripts, keeping its indentation, key order and line
 * endings. An existing prepare script is kept: husky is appended to it, never substituted.
 */
export function addHuskyPrepare(original: string): PrepareEdit {
  let pkg: Record<string, unknown>;
  try {
    pkg = JSON.parse(original) as Record<string, unknown>;
  } catch (e) {
    return { note: `package.json does not parse (${(e as Error).message}); add "prepare": "husky" to its scripts by hand` };
  }
  if (!pkg || typeof pkg !== 'object' || Array.isArray(pkg)) return { note: 'package.json is not an object; add "prepare": "husky" by hand' };
  const scripts = pkg.scripts;
  if (scripts !== undefined && (typeof scripts !== 'object' || scripts === null || Array.isArray(scripts))) {
    return { note: 'package.json "scripts" is not an object; add "prepare": "husky" by hand' };
  }
  const s = { ...((scripts as Record<string, unknown>) ?? {}) };
  const prepare = s.prepare;
  let note: string;
  if (prepare === undefined) {
    s.prepare = 'husky';
    note = 'added "prepare": "husky" to package.json';
  } else if (typeof prepare !== 'string') {
    return { note: 'package.json "scripts.prepare" is not a string; add husky to it by hand' };
  } else if (/(^|[\s;&|])husky(\s|$|;|&)/.test(prepare) || prepare.trim() === 'husky') {
    return { note: 'package.json "prepare" already runs husky' };
  } else {
    s.prepare = `${prepare} && husky`;
    note = `appended "&& husky" to the existing package.json "prepare" script (was: ${JSON.stringify(prepare)})`;
  }
  pkg.scripts = s;
  const indent = /^[ \t]*\{\s*?\r?\n([ \t]+)\S/.exec(original)?.[1] ?? '  ';
  const eol = original.includes('\r\n') ? '\r\n' : '\n';
  let text = JSON.stringify(pkg, null, indent);
  if (eol === '\r\n') text = text.replace(/\n/g, '\r\n');
  if (/\r?\n$/.test(original)) text += eol;
  return { text, note };
}

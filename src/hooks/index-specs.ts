// The one `git ls-files` that --staged reads the index's policy files and records with
// (index-files.ts), named by pathspecs filtered in git, not by a walk. Its own small module so that
// the pre-commit hook's entry (src/cli/staged-boot.ts) can start it before the pipeline loads.
import { OVERRIDE_NAMES, ROOT_POLICY_NAMES } from '../policy/names.js';
import { RECORDS_DIR } from '../records/paths.js';

/** `ls-files -s` pathspecs for every policy file and record; `config` is --config, relative to cwd. */
export function indexReadSpecs(config: string | undefined): string[] {
  const specs = [...ROOT_POLICY_NAMES, ...OVERRIDE_NAMES].map((n) => `:(top,glob)**/${n}`);
  specs.push(`:(top,glob)**/${RECORDS_DIR}/**`);
  if (config) specs.push(`:(literal)${config}`);
  return specs;
}

/** The whole command (git.ts indexEntries runs `git ls-files -s -z --full-name -- <pathspecs>`). */
export function indexReadArgs(pathspecs: readonly string[]): string[] {
  return ['ls-files', '-s', '-z', '--full-name', '--', ...pathspecs];
}

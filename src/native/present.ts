// Which agents' project permission files exist under a directory: file names and a directory
// listing, without the readers (TOML, JSONC) or the engine, so that a lint run with no such file
// (most) does not load the drift check at all (src/cli/commands/lint.ts).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AGENT_NAMES, type AgentName } from './types.js';

/** The repository files each agent reads its project permissions from, in precedence order. */
export const PROJECT_FILES: Record<AgentName, string[]> = {
  claude: ['.claude/settings.local.json', '.claude/settings.json'],
  codex: ['.codex/config.toml', '.codex/rules/*.rules'],
  gemini: ['.gemini/settings.json', '.gemini/policies/*.toml'],
  cursor: ['.cursor/cli.json'],
};

/** The committed files drift checks (Claude's settings.local.json is personal and git-ignored). */
export const DRIFT_FILES: Record<AgentName, string[]> = {
  claude: ['.claude/settings.json'],
  codex: PROJECT_FILES.codex,
  gemini: PROJECT_FILES.gemini,
  cursor: PROJECT_FILES.cursor,
};

/** The agent's project files that exist under root (`dir/*.ext` lists a folder). */
export function projectFilesIn(root: string, agent: AgentName, names: readonly string[] = PROJECT_FILES[agent]): string[] {
  return names.flatMap((name) => {
    const star = name.indexOf('/*.');
    if (star < 0) return existsSync(join(root, name)) ? [join(root, name)] : [];
    const dir = join(root, name.slice(0, star));
    const ext = name.slice(star + 2);
    try {
      return readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort()
        .map((f) => join(dir, f));
    } catch {
      return [];
    }
  });
}

/** The native permission files drift checks present under the policy root (absolute), cheap to call. */
export function nativeFilesIn(root: string): string[] {
  return AGENT_NAMES.flatMap((agent) => projectFilesIn(root, agent, DRIFT_FILES[agent]));
}

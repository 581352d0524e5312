// The native adapter's surface: read an agent's own permission files, import them as a policy,
// check them against the policy (drift), export the policy to them. Never imports src/cli.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { importClaude } from './claude/importer.js';
import { importCodex } from './codex/importer.js';
import { importCursor } from './cursor/importer.js';
import { PROJECT_FILES, projectFilesIn, readCodexFiles, readCursorFiles, readGeminiFiles } from './files.js';
import { importGemini } from './gemini/importer.js';
import { readClaudeSettings } from './claude/reader.js';
import { draftToYaml } from './policy-yaml.js';
import { AGENT_NAMES, type AgentName, type ImportResult } from './types.js';

export { AGENT_NAMES, type AgentName } from './types.js';
export { draftToYaml } from './policy-yaml.js';
export { PROJECT_FILES, projectFilesIn } from './files.js';

export function parseAgentName(value: string | undefined, flag: string): AgentName {
  if (value && (AGENT_NAMES as readonly string[]).includes(value)) return value as AgentName;
  throw new UsageError(`${flag} needs one of ${AGENT_NAMES.join(', ')}${value ? ` (got "${value}")` : ''}`);
}

function readNamed(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export interface ImportOptions {
  agent: AgentName;
  /** Files to import; none: the agent's project files under `root`. */
  files: string[];
  root: string;
  cwd: string;
}

export function importNative(opts: ImportOptions): ImportResult & { yaml: string; files: string[] } {
  const files = opts.files.length > 0 ? opts.files.map((f) => resolve(opts.cwd, f)) : projectFilesIn(opts.root, opts.agent);
  if (files.length === 0) {
    throw new UsageError(`no ${opts.agent} permission files found under ${opts.root} (looked for ${PROJECT_FILES[opts.agent].join(', ')}); name the files to import`);
  }
  let result: ImportResult;
  switch (opts.agent) {
    case 'claude':
      result = importClaude(
        files.map((f) => readClaudeSettings(f, readNamed(f))),
        { root: opts.root, cwd: opts.cwd },
      );
      break;
    case 'codex': {
      const codex = readCodexFiles(files, readNamed);
      result = importCodex(codex.rules, codex.config, codex.findings, { cwd: opts.cwd });
      break;
    }
    case 'gemini': {
      const gemini = readGeminiFiles(files, readNamed);
      result = importGemini(gemini.rules, gemini.findings, { cwd: opts.cwd });
      break;
    }
    case 'cursor': {
      const cursor = readCursorFiles(files, readNamed);
      result = importCursor(cursor.rules, cursor.findings, { root: opts.root, cwd: opts.cwd });
      break;
    }
  }
  return { ...result, yaml: draftToYaml(result.draft), files };
}

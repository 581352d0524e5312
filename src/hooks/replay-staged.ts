// Replay of staged agent logs, and bypass records, read from the index rather than the work tree:
// the commit is judged as it will be recorded.
import { dirname, join, resolve } from 'node:path';
import type { PolicySet } from '../policy/types.js';
import type { Bypass } from '../records/bypasses.js';
import { BYPASS_DIR } from '../records/paths.js';
import type { RecordSource } from '../records/read.js';
import type { Finding } from '../report/finding.js';
import { absIn, type FileMap, type StagedState } from './index-files.js';

/** The index as the records loaders see a file system: only what the commit will hold exists. */
export function indexRecordFiles(files: FileMap): RecordSource {
  return {
    read: (file) => files.get(resolve(file)),
    list: (dir) => [...files.keys()].filter((f) => dirname(f) === resolve(dir)).sort(),
  };
}

/** Replays the staged logs; bypass and approval records come from `records` (a snapshot of the index). */
export async function replayStagedLogs(
  state: StagedState,
  set: PolicySet,
  cwd: string,
  agent: string | undefined,
  now: number,
  records: FileMap,
): Promise<Finding[]> {
  const { replayTexts } = await import('../replay/index.js');
  const result = await replayTexts({
    cwd,
    set,
    texts: state.logs.map((l) => ({ file: absIn(state.top, l.path), text: l.text })),
    records: indexRecordFiles(records),
    agent,
    now,
  });
  return result.findings;
}

/** Bypass records in a snapshot, valid for the policy's settings; their problems go to `findings`. */
export async function loadIndexBypasses(records: FileMap, set: PolicySet, now: number, findings: Finding[]): Promise<Bypass[]> {
  const src = indexRecordFiles(records);
  // No record file (loadBypasses reads only *.json in this directory): nothing to load, and the
  // records reader (with the shell-command matcher) stays unloaded.
  if (!src.list(join(set.root.root, BYPASS_DIR)).some((f) => f.endsWith('.json'))) return [];
  const { loadBypasses } = await import('../records/bypasses.js');
  const loaded = loadBypasses(set.root.root, set.root.bypass ?? {}, now, src);
  findings.push(...loaded.findings.filter((f) => f.severity !== 'info'));
  return loaded.bypasses;
}

// Replay (SPEC 3, item 7 of issue 14): where the repository lay on the machine that wrote the log
// comes from the log (a recorded root, or a Claude Code session's first cwd), never from an
// entry's own cwd. File paths of tool calls are placed by src/replay/readers/paths.ts; a command's
// absolute operands (`ls -la /Users/x/project/src`) are placed here, when the engine decides what
// the command touches: under the logged root they are the same path under this machine's root.
import { posix } from 'node:path';
import type { DecisionContext } from './context.js';

/** `path` as this machine names it: an absolute path under the action's logged root is moved under the policy's root. */
export function onThisMachine(context: DecisionContext, path: string): string {
  const logged = context.action.loggedRoot;
  if (logged === undefined || !path.startsWith('/') || !logged.startsWith('/')) return path;
  const p = posix.normalize(path);
  const r = posix.normalize(logged).replace(/\/+$/, '');
  if (r === '' || (p !== r && !p.startsWith(`${r}/`))) return path;
  const rest = p.slice(r.length).replace(/^\/+/, '');
  const root = context.policy.root.replace(/\\/g, '/').replace(/\/+$/, '');
  return rest === '' ? root : `${root}/${rest}`;
}

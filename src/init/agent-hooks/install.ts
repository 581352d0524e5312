// `init --agent AGENT`: merges the guard into the agent's project hook configuration. Existing
// keys, comments and layout are kept (jsonc-parser edits insert text; only the inserted part is
// formatted); running it again changes nothing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
// The ESM build: the UMD main resolves its parts with a dynamic require a bundle cannot follow.
import { applyEdits, findNodeAtLocation, format, getNodeValue, modify, parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { GuardAgent } from '../../agent-tools/guarded.js';
import { AGENT_HOOK_CONFIGS, isGuardCommand, type AgentHookConfig, type HookSlot } from './configs.js';

const FORMAT = { insertSpaces: true, tabSize: 2, eol: '\n' };

/** The agents whose configuration directories exist in the repository. */
export function detectAgentDirs(dir: string): GuardAgent[] {
  return (Object.values(AGENT_HOOK_CONFIGS) as AgentHookConfig[])
    .filter((c) => (c.agent === 'copilot' ? existsSync(join(dir, '.github', 'hooks')) : existsSync(join(dir, c.dir))))
    .map((c) => c.agent);
}

/** The event's entries in the config, whatever the layout. */
function entriesAt(root: Node | undefined, event: string): Node | undefined {
  return root ? findNodeAtLocation(root, ['hooks', event]) : undefined;
}

/** Whether an event already runs the guard. */
export function slotInstalled(value: unknown, c: AgentHookConfig): boolean {
  if (!Array.isArray(value)) return false;
  for (const entry of value) {
    if (typeof entry !== 'object' || entry === null) continue;
    const e = entry as Record<string, unknown>;
    if (c.layout === 'matcher-groups') {
      const hooks = Array.isArray(e.hooks) ? e.hooks : [];
      if (hooks.some((h) => typeof h === 'object' && h !== null && isGuardCommand((h as Record<string, unknown>).command, c.agent))) return true;
    } else if (isGuardCommand(e.command ?? e.bash ?? e.powershell, c.agent)) return true;
  }
  return false;
}

function entryFor(c: AgentHookConfig, slot: HookSlot): unknown {
  const command = c.command(slot);
  if (c.layout !== 'matcher-groups') return command;
  return slot.matcher !== undefined ? { matcher: slot.matcher, hooks: [command] } : { hooks: [command] };
}

export interface InstallResult {
  file: string;
  /** Events the guard was added to (empty: nothing changed). */
  added: string[];
  created: boolean;
  /** The file is not JSON that can be merged into: left alone. */
  problem?: string;
}

export function installAgentHook(dir: string, agent: GuardAgent): InstallResult {
  const c = AGENT_HOOK_CONFIGS[agent];
  const abs = join(dir, c.file);
  const created = !existsSync(abs);
  let text = created ? (c.layout === 'matcher-groups' ? '{}\n' : '{\n  "version": 1\n}\n') : readFileSync(abs, 'utf8');
  const errors: ParseError[] = [];
  let root = parseTree(text, errors, { allowTrailingComma: true });
  if (errors.length > 0 || !root || root.type !== 'object') {
    return { file: c.file, added: [], created: false, problem: `${c.file} is not a JSON object that can be merged into; add the guard by hand (docs/runtime.md)` };
  }
  const added: string[] = [];
  for (const slot of c.slots) {
    const node = entriesAt(root, slot.event);
    const value = node ? getNodeValue(node) : undefined;
    if (slotInstalled(value, c)) continue;
    const entry = entryFor(c, slot);
    const edits = node && node.type === 'array'
      ? modify(text, ['hooks', slot.event, node.children?.length ?? 0], entry, { isArrayInsertion: true })
      : modify(text, ['hooks', slot.event], [entry], {});
    text = applyEdits(text, edits);
    // Format only what was inserted: the rest of the file stays byte for byte.
    for (const e of edits) text = applyEdits(text, format(text, { offset: e.offset, length: e.content.length }, FORMAT));
    root = parseTree(text, [], { allowTrailingComma: true });
    added.push(slot.event);
  }
  if (added.length > 0) {
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text.endsWith('\n') ? text : text + '\n');
  }
  return { file: c.file, added, created: created && added.length > 0 };
}

/** Installs for each agent and says what changed, one line each. */
export function installAgentHooks(dir: string, agents: readonly GuardAgent[]): string[] {
  return agents.map((agent) => {
    const r = installAgentHook(dir, agent);
    if (r.problem) return `${'skipped'.padEnd(9)} ${r.file} (${r.problem})`;
    if (r.added.length === 0) return `${'unchanged'.padEnd(9)} ${r.file} (the ${agent} guard is installed)`;
    return `${(r.created ? 'wrote' : 'updated').padEnd(9)} ${r.file}: the ${agent} guard on ${r.added.join(', ')}`;
  });
}

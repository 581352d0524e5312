// The one tool vocabulary (data/agent-tools.json): an agent's tool call turned into the engine
// actions it performs. The runtime guard and replay both read it, so a call is judged on what
// the tool does, never on its name alone. Every call is also a tool action (tool rules apply to
// its name), and a tool the table does not know has every path, command or URL field decided.
import data from '../../data/agent-tools.json';
import type { Action, ActionContext, FsOp } from '../engine/types.js';
import { patchTargets } from '../match/apply-patch.js';

export type AgentName = 'claude' | 'codex' | 'gemini' | 'cursor' | 'copilot' | 'cline';
export const AGENTS: readonly AgentName[] = ['claude', 'codex', 'gemini', 'cursor', 'copilot', 'cline'];

type Does = 'command' | 'write' | 'read' | 'delete' | 'search' | 'fetch' | 'patch' | 'mcp' | 'tool' | 'none';

/** One row of the table. */
export interface ToolSpec {
  does: Does;
  command?: string[];
  paths?: string[];
  dir?: string[];
  glob?: string[];
  url?: string[];
  urlsInText?: string[];
  patch?: string[];
  server?: string[];
  tool?: string[];
  arguments?: string[];
}

type Table = Record<string, ToolSpec>;
const AGENT_TABLES = data.agents as unknown as Record<AgentName, Table>;
const MCP_TOOLS = data.mcpServers as unknown as Table;
const UNKNOWN_FIELDS = data.unknownToolFields as { paths: string[]; command: string[]; url: string[]; host: string[] };
const COMMAND_DIRECTORY_KEYS = (data.commandDirectoryFields as { keys: string[] }).keys;
// Logs that name no agent (replay's pillar and tool_invoke formats) use this vocabulary.
const LOG_TOOLS = data.logTools as unknown as Table;

/** The table row for a tool, or undefined when the table does not know it. */
export function toolSpec(agent: AgentName | undefined, tool: string): ToolSpec | undefined {
  if (agent) {
    const own = AGENT_TABLES[agent];
    if (Object.hasOwn(own, tool)) return own[tool];
  } else if (tool !== '$comment' && Object.hasOwn(LOG_TOOLS, tool)) {
    return LOG_TOOLS[tool];
  }
  return undefined;
}

/** An agent the table knows, by its name (as logs and the guard's audit lines write it). */
export function agentNamed(name: unknown): AgentName | undefined {
  return typeof name === 'string' && (AGENTS as readonly string[]).includes(name) ? (name as AgentName) : undefined;
}

/** Every tool the table lists for an agent, with what it does. */
export function toolNames(agent: AgentName): Array<{ name: string; does: Does }> {
  return Object.entries(AGENT_TABLES[agent]).map(([name, spec]) => ({ name, does: spec.does }));
}

/** `mcp__server__tool` (Claude, Codex) → { server, tool }. */
export function mcpName(name: string): { server: string; tool: string } | undefined {
  if (!name.startsWith('mcp__')) return undefined;
  const rest = name.slice(5);
  const at = rest.indexOf('__');
  if (at <= 0 || at + 2 >= rest.length) return undefined;
  return { server: rest.slice(0, at), tool: rest.slice(at + 2) };
}

export interface ToolCall {
  agent?: AgentName;
  /** The tool's name as the agent calls it. */
  tool: string;
  /** Its arguments (an object; a JSON string is parsed by the caller). */
  input: unknown;
  /** Facts every action carries (agent, session, cwd). */
  context: ActionContext;
  /**
   * Where an absolute directory the call names lies on this machine (replay: a log written
   * elsewhere); the directory itself when absent.
   */
  placeDir?: (dir: string) => string | undefined;
}

export interface ToolActions {
  /** The tool name itself first (tool rules), then what the tool does. */
  actions: Action[];
  /** What the table says it does ('unknown' for a tool it does not list). */
  does: Does | 'unknown';
  /** Parts of the input that could not be read (a file tool without a path): the caller denies. */
  problems: string[];
  /**
   * Searches (Grep, Glob, …): besides their directory, they read what their glob matches below it.
   * The caller adds those reads with search.ts's searchActions (it needs the policy's patterns).
   */
  searches?: Array<{ dir: string; glob?: string }>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function firstString(o: Obj, keys: readonly string[] | undefined): string | undefined {
  for (const k of keys ?? []) {
    const v = o[k];
    if (typeof v === 'string' && v !== '') return v;
  }
  return undefined;
}

/**
 * `out` with `v` added, made at its size when it is the first (a push onto an empty array
 * reserves 17 slots: replay reads a million calls, nearly all naming one path or command).
 */
function added(out: string[] | undefined, v: string): string[] {
  if (out === undefined) return [v];
  out.push(v);
  return out;
}

/** Every path named by the keys: strings, arrays of strings, arrays of {path}. */
function pathsAt(o: Obj, keys: readonly string[] | undefined): string[] {
  let out: string[] | undefined;
  for (const k of keys ?? []) {
    const v = o[k];
    if (typeof v === 'string' && v !== '') out = added(out, v);
    else if (Array.isArray(v)) {
      for (const x of v) {
        if (typeof x === 'string' && x !== '') out = added(out, x);
        else if (isObj(x) && typeof x.path === 'string' && x.path !== '') out = added(out, x.path);
      }
    }
  }
  // One path has no duplicate: no Set to build.
  return out === undefined ? [] : out.length < 2 ? out : [...new Set(out)];
}

/** Quotes one argv word for bash (single quotes unless it is plainly safe). */
function shellWord(w: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}

/** A command given as a string, or as an argv array (Codex): the line bash would see. */
export function commandText(v: unknown): string | undefined {
  if (typeof v === 'string') return v === '' ? undefined : v;
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')) return (v as string[]).map(shellWord).join(' ');
  return undefined;
}

/** Every command the keys name: an input with both `command` and `cmd` runs either, so both are decided. */
function commandsAt(o: Obj, keys: readonly string[] | undefined): string[] {
  let out: string[] | undefined;
  for (const k of keys ?? []) {
    const c = commandText(o[k]);
    if (c !== undefined && !out?.includes(c)) out = added(out, c);
  }
  return out ?? [];
}

/** Every non-empty string the keys name (a new array: callers add to it). */
function stringsAt(o: Obj, keys: readonly string[] | undefined): string[] {
  let out: string[] | undefined;
  for (const k of keys ?? []) {
    const v = o[k];
    if (typeof v === 'string' && v !== '' && !out?.includes(v)) out = added(out, v);
  }
  return out ?? [];
}

// URLs inside free text (Gemini's web_fetch takes a prompt naming them). One character class
// repeated: linear, no backtracking.
const URL_IN_TEXT = /https?:\/\/[^\s"'<>()[\]{}]+/g;

/** The directory part of a glob before its first wildcard: `src/**\/*.ts` -> `src`. */
export function staticPrefix(glob: string): string {
  const parts = glob.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (/[*?[\]{}!]/.test(part)) break;
    fixed.push(part);
  }
  // A glob without wildcards names a file; its directory is what a search reads.
  if (fixed.length === parts.length) fixed.pop();
  return fixed.join('/');
}

/**
 * The directory a command tool's command runs in: the call's own when the input names one
 * (`{"command":"cat key","directory":"secrets"}` reads secrets/key), relative to the context's.
 */
function commandDirectory(call: ToolCall, args: Obj): string | undefined {
  const named = firstString(args, COMMAND_DIRECTORY_KEYS);
  const base = call.context.cwd;
  if (named === undefined) return base;
  const dir = named.replace(/\\/g, '/');
  if (dir.startsWith('/') || /^[A-Za-z]:\//.test(dir)) return call.placeDir?.(dir) ?? dir;
  return base === undefined ? dir : joinDir(base, dir);
}

function joinDir(dir: string, rel: string): string {
  if (rel === '') return dir;
  if (rel.startsWith('/')) return rel;
  return dir.endsWith('/') ? dir + rel : `${dir}/${rel}`;
}

// Actions are built as literals naming each ActionContext field, never `{ ...context }`: a spread
// of a context with undefined fields took ~20 µs a call (allocation and GC; replay reads millions
// of calls), literals ~1 µs. A field added to ActionContext must be added here too.

/** What one tool call does, as engine actions. */
export function toolActions(call: ToolCall): ToolActions {
  const { agent, tool, context } = call;
  const input = isObj(call.input) ? call.input : {};
  const actions: Action[] = [{ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: 'tool', tool, parameters: call.input }];
  const problems: string[] = [];
  const mcp = mcpName(tool);
  let spec = toolSpec(agent, tool);
  let args = input;
  if (spec?.does === 'mcp') {
    // Cline's use_mcp_tool and Cursor's beforeMCPExecution name the MCP tool inside the input.
    const inner = firstString(input, spec.tool ?? ['tool_name']);
    let innerArgs = input[spec.arguments?.[0] ?? 'tool_input'] ?? input.arguments;
    if (typeof innerArgs === 'string') {
      try {
        innerArgs = JSON.parse(innerArgs);
      } catch {
        problems.push(`the arguments of MCP tool "${inner ?? '?'}" are not JSON`);
      }
    }
    if (inner) {
      const server = firstString(input, spec.server ?? []);
      actions.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: 'tool', tool: server ? `mcp__${server}__${inner}` : inner, parameters: innerArgs });
    }
    args = isObj(innerArgs) ? innerArgs : {};
    spec = inner && Object.hasOwn(MCP_TOOLS, inner) ? MCP_TOOLS[inner] : undefined;
    if (!spec) return { actions: actions.concat(unknownFields(args, context)), does: 'mcp', problems };
  } else if (!spec && mcp && Object.hasOwn(MCP_TOOLS, mcp.tool)) {
    spec = MCP_TOOLS[mcp.tool];
  }
  if (!spec) return { actions: actions.concat(unknownFields(args, context)), does: 'unknown', problems };
  switch (spec.does) {
    case 'command': {
      const commands = commandsAt(args, spec.command);
      if (commands.length === 0) problems.push(`${tool} call without a command`);
      const cwd = commandDirectory(call, args);
      for (const command of commands) actions.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd, kind: 'command', command });
      break;
    }
    case 'write':
    case 'read':
    case 'delete': {
      const paths = pathsAt(args, spec.paths);
      if (paths.length === 0) problems.push(`${tool} call without a file path`);
      else actions.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: 'filesystem', op: spec.does as FsOp, paths });
      break;
    }
    case 'search': {
      const dir = firstString(args, spec.dir) ?? '.';
      const glob = firstString(args, spec.glob);
      const prefix = glob ? staticPrefix(glob.replace(/\\/g, '/')) : '';
      actions.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: 'filesystem', op: 'read', paths: [joinDir(dir.replace(/\\/g, '/'), prefix)] });
      return { actions, does: spec.does, problems, searches: [{ dir, ...(glob ? { glob } : {}) }] };
    }
    case 'fetch': {
      const urls = stringsAt(args, spec.url);
      for (const k of spec.urlsInText ?? []) {
        const text = args[k];
        if (typeof text === 'string') for (const m of text.matchAll(URL_IN_TEXT)) urls.push(m[0]);
      }
      if (urls.length === 0) problems.push(`${tool} call without a URL`);
      for (const u of new Set(urls)) actions.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: 'network', url: u });
      break;
    }
    case 'patch': {
      const text = firstString(args, spec.patch) ?? (typeof call.input === 'string' ? call.input : undefined);
      if (text === undefined) {
        problems.push(`${tool} call without a patch`);
        break;
      }
      const targets = patchTargets(text);
      if (targets.write.length + targets.delete.length === 0) problems.push(`${tool}: the patch names no file`);
      if (targets.write.length > 0) actions.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: 'filesystem', op: 'write', paths: targets.write });
      if (targets.delete.length > 0) actions.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: 'filesystem', op: 'delete', paths: targets.delete });
      break;
    }
    case 'tool':
    case 'none':
    case 'mcp':
      break;
  }
  return { actions, does: spec.does, problems };
}

/**
 * Every object in an input, the input first and nested ones (in arrays too) in document order.
 * Iterative: a hostile payload may nest objects 100,000 deep, past any call stack.
 */
function objectsIn(input: Obj): Obj[] {
  const out: Obj[] = [];
  const pending: unknown[] = [input];
  while (pending.length > 0) {
    const v = pending.pop();
    const children = Array.isArray(v) ? v : isObj(v) ? Object.values(v) : undefined;
    if (children === undefined) continue;
    if (!Array.isArray(v)) out.push(v as Obj);
    for (let i = children.length - 1; i >= 0; i--) if (typeof children[i] === 'object' && children[i] !== null) pending.push(children[i]);
  }
  return out;
}

/** Keys whose values unknownFields decides by the key (paths, commands, URLs, hosts). */
const NAMED_KEYS = new Set([...UNKNOWN_FIELDS.paths, ...UNKNOWN_FIELDS.command, ...UNKNOWN_FIELDS.url, ...UNKNOWN_FIELDS.host]);
/** Values checked per object (a hostile input may hold millions: the first ones are). */
const MAX_GUESSES = 256;

/**
 * Values shaped like a path under keys no table names (`{"target": "secrets/key"}`, `{"args":
 * ["--in", ".env"]}`): one word (no whitespace) that has a slash or starts with `.` or `~`, or
 * a `file:` URL. A tool may read or write them whatever the key is called, so they are decided
 * as guesses: only a deny rule refuses them (a repository name `owner/repo` is not a file the
 * allow list must name).
 */
function pathShapedValues(o: Obj): string[] {
  const out: string[] = [];
  const see = (v: unknown): void => {
    if (typeof v !== 'string' || v.length === 0 || v.length > 4096 || out.length >= MAX_GUESSES) return;
    if (v.startsWith('file:')) {
      out.push(fileUrlPath(v));
      return;
    }
    if (/\s/.test(v) || v.includes('://')) return;
    if (v.includes('/') || v.includes('\\') || v[0] === '.' || v[0] === '~') out.push(v);
  };
  for (const [k, v] of Object.entries(o)) {
    if (NAMED_KEYS.has(k)) continue;
    if (Array.isArray(v)) for (const x of v) see(x);
    else see(v);
  }
  return out;
}

/** The path of a `file:` URL (percent-decoded where it decodes; the text after `file:` otherwise). */
function fileUrlPath(url: string): string {
  const rest = url.slice('file:'.length).replace(/^\/\/(?:localhost)?(?=\/)/i, '');
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}

/**
 * A tool the table does not know: every field naming a path, a command or a URL is decided,
 * however deep in the input it sits (`{"options":{"path":".env"}}` names .env as surely as a
 * top-level `path` does).
 */
export function unknownFields(input: Obj, context: ActionContext): Action[] {
  const paths = new Set<string>();
  const commands = new Set<string>();
  const urls = new Set<string>();
  const hosts = new Set<string>();
  const guessed = new Set<string>();
  for (const o of objectsIn(input)) {
    for (const p of pathsAt(o, UNKNOWN_FIELDS.paths)) paths.add(p);
    for (const c of commandsAt(o, UNKNOWN_FIELDS.command)) commands.add(c);
    for (const u of stringsAt(o, UNKNOWN_FIELDS.url)) urls.add(u);
    for (const h of stringsAt(o, UNKNOWN_FIELDS.host)) hosts.add(h);
    for (const p of pathShapedValues(o)) guessed.add(p);
  }
  const out: Action[] = [];
  if (paths.size > 0) out.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: 'filesystem', op: 'write', paths: [...paths] });
  for (const p of paths) guessed.delete(p);
  if (guessed.size > 0) out.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: 'filesystem', op: 'read', paths: [...guessed], guessed: true });
  for (const command of commands) out.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: 'command', command });
  for (const url of urls) out.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: 'network', url });
  for (const host of hosts) out.push({ agentId: context.agentId, sessionId: context.sessionId, timestamp: context.timestamp, approvalId: context.approvalId, cwd: context.cwd, kind: 'network', host });
  return out;
}

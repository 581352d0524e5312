// Independent models of how Codex, Gemini CLI and Cursor CLI match their own permission files,
// written from their public documentation (fixtures/native/README.md lists it), apart from
// src/native on purpose: the oracles the exported files are checked with. Where the
// documentation leaves room, each model takes the MORE permissive reading, so that "the model
// allows it" is the worst case for a never-widen check.
import { parse as parseToml } from 'smol-toml';

export type Verdict = 'allow' | 'ask' | 'deny';
const RANK: Record<Verdict, number> = { deny: 0, ask: 1, allow: 2 };
const stricter = (a: Verdict, b: Verdict): Verdict => (RANK[a] <= RANK[b] ? a : b);

/** `*` any run of characters (Cursor globs over names and hosts). */
export function star(pattern: string, text: string): boolean {
  const re = new RegExp('^' + pattern.split('*').map((s) => s.replace(/[\\^$.+?()[\]{}|/]/g, '\\$&')).join('.*') + '$', 's');
  return re.test(text);
}

/**
 * A shell line as the plain commands a splitter finds (&&, ||, ;, |, & and newlines outside
 * quotes), each as argv with quotes removed, or undefined when the line has anything beyond
 * plain words and quoted strings (expansions, redirections, globs, subshells, assignments).
 */
export function plainCommands(line: string): string[][] | undefined {
  const commands: string[][] = [];
  let argv: string[] = [];
  let word = '';
  let inWord = false;
  const endWord = () => {
    if (inWord) argv.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    if (argv.length > 0) commands.push(argv);
    argv = [];
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'" || c === '"') {
      const close = line.indexOf(c, i + 1);
      if (close < 0) return undefined;
      const body = line.slice(i + 1, close);
      if (c === '"' && /[$`\\!]/.test(body)) return undefined;
      word += body;
      inWord = true;
      i = close;
    } else if (c === ' ' || c === '\t') endWord();
    else if (c === ';' || c === '\n' || c === '&' || c === '|') {
      endCommand();
      if ((c === '&' || c === '|') && line[i + 1] === c) i++;
    } else if (/[A-Za-z0-9_@%+=:,./-]/.test(c)) {
      if (c === '=' && !inWord) return undefined;
      word += c;
      inWord = true;
    } else return undefined;
  }
  endCommand();
  // `NAME=value cmd` assigns a variable: not a plain command.
  if (commands.some((argv) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[0]!))) return undefined;
  return commands;
}

// ---- Codex: prefix_rule(pattern=[tokens or alternatives], decision) over argv; the strictest
// matching decision wins; a `bash -lc` script of plain commands is split and each part decided,
// any other script is one argv (["bash", "-lc", script]). Unmatched: the approval policy (ask).
export interface CodexRule {
  pattern: string[][];
  decision: Verdict;
}

export function parseCodexRules(text: string): CodexRule[] {
  const out: CodexRule[] = [];
  const re = /prefix_rule\(\s*pattern = (\[[^\n]*\]),\s*decision = "(\w+)"/g;
  for (const m of text.matchAll(re)) {
    const pattern = (JSON.parse(m[1]!) as (string | string[])[]).map((t) => (Array.isArray(t) ? t : [t]));
    const decision = ({ allow: 'allow', prompt: 'ask', forbidden: 'deny' } as const)[m[2] as 'allow' | 'prompt' | 'forbidden'];
    if (!decision) throw new Error(`bad Codex decision ${m[2]}`);
    out.push({ pattern, decision });
  }
  return out;
}

function codexArgv(rules: CodexRule[], argv: string[]): Verdict {
  let v: Verdict | undefined;
  for (const r of rules) {
    if (r.pattern.length <= argv.length && r.pattern.every((alts, i) => alts.includes(argv[i]!))) v = v ? stricter(v, r.decision) : r.decision;
  }
  return v ?? 'ask';
}

export function codexDecide(rules: CodexRule[], line: string): Verdict {
  const parts = plainCommands(line);
  if (!parts) return codexArgv(rules, ['bash', '-lc', line]);
  if (parts.length === 0) return 'ask';
  return parts.map((argv) => codexArgv(rules, argv)).reduce(stricter);
}

// ---- Gemini CLI: the highest-priority matching rule decides; commandPrefix and commandRegex are
// regular expressions over the JSON of the call's arguments, after `"command":"` (the prefix then
// whitespace, a quote or an escaped quote); no rule: ask. Modelled without the chained-command
// split newer versions add (the split only turns allows into asks or denies).
export interface GeminiRule {
  toolName?: string[];
  mcpName?: string;
  patterns?: RegExp[];
  decision: Verdict;
  priority: number;
}

const escapeRegex = (text: string): string => text.replace(/[-[\]{}()*+?.,\\^$|#\s"]/g, '\\$&');

export function parseGeminiPolicy(text: string): GeminiRule[] {
  const data = parseToml(text) as { rule?: Record<string, unknown>[] };
  return (data.rule ?? []).map((r) => {
    const decision = ({ allow: 'allow', ask_user: 'ask', deny: 'deny' } as const)[r.decision as 'allow' | 'ask_user' | 'deny'];
    if (!decision) throw new Error(`bad Gemini decision ${String(r.decision)}`);
    const list = (v: unknown): string[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? (v as string[]) : [v as string]);
    const prefixes = list(r.commandPrefix);
    const regex = r.commandRegex as string | undefined;
    const patterns = prefixes
      ? prefixes.map((p) => new RegExp(`"command":"${escapeRegex(JSON.stringify(p).slice(1, -1))}(?:[\\s"]|\\\\")`))
      : regex !== undefined
        ? [new RegExp(`"command":"${regex}`)]
        : undefined;
    const args = r.argsPattern === undefined ? undefined : [new RegExp(r.argsPattern as string)];
    return { toolName: list(r.toolName), mcpName: r.mcpName as string | undefined, patterns: patterns ?? args, decision, priority: (r.priority as number) ?? 0 };
  });
}

function geminiPick(rules: GeminiRule[], matches: (r: GeminiRule) => boolean): Verdict {
  let best: GeminiRule | undefined;
  for (const r of rules) {
    if (!matches(r)) continue;
    // Equal priorities: the more permissive (worst case).
    if (!best || r.priority > best.priority || (r.priority === best.priority && RANK[r.decision] > RANK[best.decision])) best = r;
  }
  return best?.decision ?? 'ask';
}

export function geminiDecideCommand(rules: GeminiRule[], line: string): Verdict {
  const json = JSON.stringify({ command: line });
  return geminiPick(rules, (r) => r.mcpName === undefined && (r.toolName === undefined || r.toolName.includes('run_shell_command') || r.toolName.includes('*')) && (r.patterns === undefined || r.patterns.some((p) => p.test(json))));
}

/** web_fetch with the URL in its prompt (older versions) or its url argument: worst case of the two. */
export function geminiDecideHost(rules: GeminiRule[], host: string): Verdict {
  const calls = [{ prompt: `Summarise https://${host}/docs` }, { url: `https://${host}/docs` }].map((args) => JSON.stringify(args));
  const verdicts = calls.map((json) => geminiPick(rules, (r) => r.mcpName === undefined && (r.toolName?.includes('web_fetch') ?? false) && (r.patterns === undefined || r.patterns.some((p) => p.test(json)))));
  return verdicts.reduce((a, b) => (RANK[a] >= RANK[b] ? a : b));
}

export function geminiDecideTool(rules: GeminiRule[], server: string, tool: string): Verdict {
  return geminiPick(rules, (r) => r.mcpName === server && (r.toolName === undefined || r.toolName.includes(tool) || r.toolName.includes('*')) && r.patterns === undefined);
}

// ---- Cursor CLI: permissions.allow / deny; Shell(commandBase) names the FIRST TOKEN OF THE
// COMMAND LINE (the documentation's words; no splitting assumed); deny wins; otherwise ask.
export interface CursorPermissions {
  allow: string[];
  deny: string[];
}

function cursorPick(perms: CursorPermissions, matches: (type: string, arg: string) => boolean): Verdict {
  const hit = (list: string[]) =>
    list.some((e) => {
      const m = /^(\w+)\((.*)\)$/s.exec(e);
      return m !== null && matches(m[1]!, m[2]!);
    });
  if (hit(perms.deny)) return 'deny';
  if (hit(perms.allow)) return 'allow';
  return 'ask';
}

export function cursorDecideCommand(perms: CursorPermissions, line: string): Verdict {
  const first = line.trimStart().split(/[\s;&|<>()]/)[0] ?? '';
  return cursorPick(perms, (type, arg) => type === 'Shell' && star(arg.split(':')[0]!, first));
}

export function cursorDecideHost(perms: CursorPermissions, host: string): Verdict {
  return cursorPick(perms, (type, arg) => type === 'WebFetch' && star(arg.toLowerCase(), host));
}

export function cursorDecideTool(perms: CursorPermissions, server: string, tool: string): Verdict {
  return cursorPick(perms, (type, arg) => {
    if (type !== 'Mcp') return false;
    const [s = '*', t = '*'] = arg.split(/[:,]/).map((x) => x.trim());
    return star(s, server) && star(t, tool);
  });
}

// Cursor CLI permissions -> a draft policy never more permissive than Cursor with them.
import { relative, sep } from 'node:path';
import type { Finding } from '../../report/finding.js';
import { hostPatternError } from '../../match/host.js';
import { RUNNER_PROGRAMS, approximated, commandDefaults, networkDefaults, toolDefaults, writeDefaults, type DefaultsContext } from '../defaults.js';
import { readPlainGlob } from '../paths.js';
import { oneLine } from '../positions.js';
import { allowWords, denyWords } from '../token-patterns.js';
import { addRule, emptyDraft, type ImportResult, type NativePlace } from '../types.js';
import type { CursorRule } from './reader.js';

/** Shell(git) and Shell(git:*) name a program (the command's first word); Shell(git:push) adds arguments. */
export function cursorShell(arg: string): { program: string; args?: string } {
  const colon = arg.indexOf(':');
  if (colon < 0) return { program: arg };
  const args = arg.slice(colon + 1);
  return args === '*' ? { program: arg.slice(0, colon) } : { program: arg.slice(0, colon), args };
}

/** Mcp(server:tool), Mcp(server, tool) -> mcp__server__tool (`*` for any). */
export function cursorMcpName(arg: string): string {
  const [server = '*', tool = '*'] = arg.split(/[:,]/).map((s) => s.trim());
  return `mcp__${server}__${tool}`;
}

export function importCursor(rules: readonly CursorRule[], readFindings: readonly Finding[], opts: { root: string; cwd: string }): ImportResult {
  const shown = (f: string): string => relative(opts.cwd, f).split(sep).join('/') || f;
  const files = [...new Set(rules.map((r) => r.file))];
  const draft = emptyDraft([`Imported from Cursor CLI permissions: ${files.map(shown).join(', ')}`]);
  const findings: Finding[] = [...readFindings];
  const allows: string[] = [];
  let shellAll = false;
  let writeAll = false;
  for (const r of rules) {
    const source = `${shown(r.file)}:${r.line}  ${oneLine(r.raw)}`;
    switch (r.type) {
      case 'Shell': {
        const { program, args } = cursorShell(r.arg);
        if (program === '*' || program === '**') {
          if (r.effect === 'allow') shellAll = true;
          else addRule(draft.commands.deny, '*', source);
          break;
        }
        if (r.effect === 'allow') {
          const t = args === undefined ? allowWords([program]) : { why: 'arguments after ":" are matched by Cursor in ways the policy cannot say exactly' };
          if ('pattern' in t) {
            addRule(draft.commands.allow, t.pattern, source);
            allows.push(t.pattern);
          } else approximated(findings, r, `"${oneLine(r.raw, 60)}" is left out of commands.allow: ${t.why}`);
        } else {
          const d = denyWords([program]);
          if (d.widened || args !== undefined) approximated(findings, r, `"${oneLine(r.raw, 60)}" is imported as a deny of ${d.widened ?? `the whole program "${d.pattern}"`}`);
          addRule(draft.commands.deny, d.pattern, source);
        }
        break;
      }
      case 'Read':
      case 'Write': {
        const reading = readPlainGlob(r.arg, opts.root);
        if (r.effect === 'allow') {
          if (r.type === 'Write' && reading.repo.includes('**') && reading.exact) writeAll = true;
          else if (r.type === 'Write' || reading.outside) {
            approximated(findings, r, r.type === 'Write' ? `"${oneLine(r.raw, 60)}" is not imported as an allow: the policy cannot let some writes run while the others need approval` : `"${oneLine(r.raw, 60)}" allows reads outside the repository, which the policy denies`);
          }
          break;
        }
        if (!reading.exact) approximated(findings, r, `"${oneLine(r.raw, 60)}" is imported as ${reading.repo.map((p) => `"${p}"`).join(', ')}, which covers more paths`);
        for (const p of reading.repo) addRule(draft.filesystem.deny, p, source);
        break;
      }
      case 'WebFetch': {
        const host = r.arg.toLowerCase();
        if (host === '*') {
          if (r.effect === 'deny') addRule(draft.network.deny, '*', source);
          else addRule(draft.network.exceptions, '*', source);
          break;
        }
        if (hostPatternError(host) !== undefined) {
          if (r.effect === 'allow') approximated(findings, r, `"${oneLine(r.raw, 60)}" is not a host the policy can read; left out`);
          else {
            approximated(findings, r, `"${oneLine(r.raw, 60)}" is not a host the policy can read; imported as a deny of every host`);
            addRule(draft.network.deny, '*', source);
          }
          break;
        }
        if (r.effect === 'allow') addRule(draft.network.exceptions, host, source);
        else for (const h of host.startsWith('*.') ? [host] : [host, `*.${host}`]) addRule(draft.network.deny, h, source);
        break;
      }
      case 'Mcp': {
        const name = cursorMcpName(r.arg);
        addRule(r.effect === 'allow' ? draft.tools.allow : draft.tools.deny, name, source);
        break;
      }
    }
  }
  const place: NativePlace = rules[0] ?? { file: files[0] ?? '', line: 0, column: 0 };
  const ctx: DefaultsContext = { draft, place, findings, source: "Cursor CLI's default (ask)" };
  commandDefaults(ctx, shellAll ? 'allow' : 'ask', allows, RUNNER_PROGRAMS);
  if (!writeAll) writeDefaults(ctx, 'ask');
  networkDefaults(ctx, draft.network.exceptions.some((e) => e.pattern === '*') ? 'allow' : 'ask');
  if (draft.network.allowOutbound === undefined) draft.network.exceptions = [];
  toolDefaults(ctx, 'ask', []);
  return { draft, findings };
}

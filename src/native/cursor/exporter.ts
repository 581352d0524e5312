// An export plan as Cursor CLI `permissions` (allow / deny; Cursor asks about the rest and has no
// ask rule). Cursor's Shell(commandBase) names a whole program by the command line's first token,
// so no command allow can be given without admitting whatever follows it (`ls; rm -rf ~`): every
// command allow stays with Cursor's ask and the hook. Denies of a whole program are copied;
// approvals hold because nothing exported allows them.
import type { ExportPlan } from '../export-plan.js';
import { patternToWords } from '../token-patterns.js';

export interface CursorPermissions {
  allow: string[];
  deny: string[];
}

/** `mcp__server__tool` / `mcp__server__*` as Cursor's Mcp(server:tool). */
function mcp(name: string): string | undefined {
  const m = /^mcp__([A-Za-z0-9-]+)__(\*|[A-Za-z0-9_-]+)$/.exec(name);
  return m ? `Mcp(${m[1]}:${m[2]})` : undefined;
}

const PLAIN_GLOB = /^[A-Za-z0-9_@%+=:,./*?-]+$/;

export function toCursor(plan: ExportPlan): { permissions: CursorPermissions; hookOnly: string[] } {
  const hookOnly = [...plan.hookOnly];
  const deny: string[] = [];
  for (const p of plan.commands.deny) {
    const { words, exact } = patternToWords(p);
    if (p.trim() === '*') deny.push('Shell(*)');
    else if (words.length === 1 && exact) deny.push(`Shell(${words[0]})`);
    else hookOnly.push(`the command deny "${p}" (Cursor denies whole programs only): Cursor asks`);
  }
  for (const g of plan.paths.deny) {
    if (PLAIN_GLOB.test(g)) deny.push(`Read(${g})`, `Write(${g})`);
    else hookOnly.push(`the path deny "${g}"`);
  }
  for (const h of plan.hosts.deny) deny.push(`WebFetch(${h})`);
  for (const t of plan.tools.deny) {
    const m = mcp(t);
    if (m) deny.push(m);
    else hookOnly.push(`the tool deny "${t}"`);
  }
  const approvals = [...plan.commands.ask, ...plan.paths.ask, ...plan.hosts.ask, ...plan.tools.ask];
  if (approvals.length > 0) hookOnly.push(`approvals (${approvals.map((a) => `"${a}"`).join(', ')}): Cursor has no ask rule; it asks because nothing exported allows them`);
  for (const p of plan.commands.allow) hookOnly.push(`the command allow "${p}" (Shell(…) would admit the whole command line): Cursor asks`);
  const allow: string[] = [...plan.hosts.allow.map((h) => `WebFetch(${h})`), ...plan.tools.allow.flatMap((t) => mcp(t) ?? [])];
  for (const t of plan.tools.allow) if (!mcp(t)) hookOnly.push(`the tool allow "${t}" (no Cursor form): Cursor asks`);
  return { permissions: { allow, deny }, hookOnly };
}

// An export plan as Claude Code `permissions` (allow / ask / deny). Claude's `Bash(P *)` admits
// exactly what the policy pattern P admits (P's words, then nothing or a space and anything).
import type { ExportPlan } from '../export-plan.js';

export interface ClaudePermissions {
  allow: string[];
  ask: string[];
  deny: string[];
}

const SUBSTITUTIONS = ['Bash(*$(*)', 'Bash(*`*)', 'Bash(*<(*)', 'Bash(*>(*)'];

function bash(pattern: string): string {
  if (pattern === '*') return 'Bash';
  return pattern.endsWith('*') ? `Bash(${pattern})` : `Bash(${pattern} *)`;
}

function tool(name: string): string | undefined {
  if (/^mcp__[^*]+__\*$/.test(name)) return name.slice(0, -3);
  return name.includes('*') ? undefined : name;
}

function path(glob: string): string {
  return glob.startsWith('/') ? `/${glob}` : glob;
}

export function toClaude(plan: ExportPlan): { permissions: ClaudePermissions; hookOnly: string[] } {
  const hookOnly = [...plan.hookOnly];
  const deny: string[] = plan.commands.deny.map(bash);
  for (const g of plan.paths.deny) deny.push(`Read(${path(g)})`, `Edit(${path(g)})`);
  for (const h of plan.hosts.deny) {
    if (h.includes('*')) hookOnly.push(`the host deny "${h}"`);
    else deny.push(`WebFetch(domain:${h})`);
  }
  for (const t of plan.tools.deny) {
    const name = tool(t);
    if (name) deny.push(name);
    else hookOnly.push(`the tool deny "${t}"`);
  }
  const ask: string[] = plan.commands.ask.map(bash);
  for (const g of plan.paths.ask) ask.push(`Edit(${path(g)})`);
  for (const h of plan.hosts.ask) {
    if (h.includes('*')) hookOnly.push(`the host approval "${h}"`);
    else ask.push(`WebFetch(domain:${h})`);
  }
  for (const t of plan.tools.ask) {
    const name = tool(t);
    if (name) ask.push(name);
    else hookOnly.push(`the tool approval "${t}"`);
  }
  // Claude matches an allowed command's words but lets command and process substitution run
  // inside them (`git $(rm -rf ~)`): with any command allowed, these ask (ask beats allow).
  if (plan.commands.allow.length > 0) ask.push(...SUBSTITUTIONS);
  const allow: string[] = [...plan.commands.allow.map(bash), ...plan.hosts.allow.map((h) => `WebFetch(domain:${h})`), ...plan.tools.allow.flatMap((t) => tool(t) ?? [])];
  return { permissions: { allow, ask, deny }, hookOnly };
}

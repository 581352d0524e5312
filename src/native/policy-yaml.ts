// A draft policy as a 2.1 `.agent-policy.yml`, each rule preceded by comments naming the native
// rule(s) it came from (file:line). Strings are written as JSON strings, which YAML reads as
// double-quoted scalars.
import { LATEST_VERSION } from '../policy/versions.js';
import { oneLine } from './positions.js';
import type { DraftApproval, DraftPolicy, DraftRule } from './types.js';

const APPROVAL_KEY: Record<DraftApproval['kind'], string> = {
  file: 'file_pattern',
  command: 'command_pattern',
  host: 'host_pattern',
  tool: 'tool_pattern',
};

function comments(indent: string, sources: readonly string[]): string[] {
  return sources.map((s) => `${indent}# ${oneLine(s, 160)}`);
}

function list(out: string[], indent: string, key: string, rules: readonly DraftRule[]): void {
  if (rules.length === 0) return;
  out.push(`${indent}${key}:`);
  for (const r of rules) {
    out.push(...comments(`${indent}  `, r.sources));
    out.push(`${indent}  - ${JSON.stringify(r.pattern)}`);
  }
}

export function draftToYaml(draft: DraftPolicy): string {
  const out: string[] = [...draft.header.map((h) => `# ${oneLine(h, 200)}`)];
  out.push(`version: "${LATEST_VERSION}"`);
  const perms: string[] = [];
  const section = (name: string, body: string[]): void => {
    if (body.length > 0) perms.push(`  ${name}:`, ...body);
  };
  const fs: string[] = [];
  list(fs, '    ', 'allow', draft.filesystem.allow);
  list(fs, '    ', 'deny', draft.filesystem.deny);
  section('filesystem', fs);
  const cmd: string[] = [];
  list(cmd, '    ', 'allow', draft.commands.allow);
  list(cmd, '    ', 'deny', draft.commands.deny);
  section('commands', cmd);
  const net: string[] = [];
  if (draft.network.allowOutbound !== undefined) net.push(`    allow_outbound: ${draft.network.allowOutbound}`);
  if (draft.network.allowOutbound === false) list(net, '    ', 'exceptions', draft.network.exceptions);
  list(net, '    ', 'deny', draft.network.deny);
  section('network', net);
  const tools: string[] = [];
  list(tools, '    ', 'allow', draft.tools.allow);
  list(tools, '    ', 'deny', draft.tools.deny);
  section('tools', tools);
  if (perms.length > 0) out.push('default_permissions:', ...perms);
  if (draft.approvals.length > 0) {
    out.push('constraints:', '  require_human_approval:');
    for (const a of draft.approvals) {
      out.push(...comments('    ', a.sources));
      out.push(`    - ${APPROVAL_KEY[a.kind]}: ${JSON.stringify(a.pattern)}`);
    }
  }
  return out.join('\n') + '\n';
}

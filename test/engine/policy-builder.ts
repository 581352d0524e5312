// Builds PolicySet objects directly (no YAML), with an origin line per pattern, for engine tests.
import type { ApprovalKind, Constraints, Origin, PatternRule, Permissions, PolicySet, TrustLevel } from '../../src/policy/types.js';

export interface PermSpec {
  fs?: { allow?: string[]; deny?: string[] };
  cmd?: { allow?: string[]; deny?: string[] };
  net?: { outbound?: boolean; exceptions?: string[]; deny?: string[] };
  tools?: { allow?: string[]; deny?: string[] };
}
export interface ApprovalSpec {
  file?: string[];
  command?: string[];
  host?: string[];
  tool?: string[];
}
export interface PolicySpec extends PermSpec {
  root?: string;
  approvals?: ApprovalSpec;
  maxFiles?: number;
  exceptions?: { pattern: string; reason?: string; overrides?: string[] }[];
  agents?: { id: string; trust?: TrustLevel; permissions?: PermSpec }[];
  overrides?: ({ dir: string; approvals?: ApprovalSpec; maxFiles?: number } & PermSpec)[];
}

export const ROOT = '/repo';

function mkOrigin(file: string, counter: { n: number }, pointer: string): Origin {
  return { file, pointer, line: ++counter.n, column: 3 };
}

function perms(file: string, c: { n: number }, s: PermSpec, base: string): Permissions {
  const list = (xs: string[] | undefined, ptr: string): PatternRule[] =>
    (xs ?? []).map((pattern, i) => ({ pattern, origin: mkOrigin(file, c, `${base}/${ptr}/${i}`) }));
  const p: Permissions = {
    filesystem: { allow: list(s.fs?.allow, 'filesystem/allow'), deny: list(s.fs?.deny, 'filesystem/deny') },
    commands: { allow: list(s.cmd?.allow, 'commands/allow'), deny: list(s.cmd?.deny, 'commands/deny') },
    network: { exceptions: list(s.net?.exceptions, 'network/exceptions'), deny: list(s.net?.deny, 'network/deny') },
    tools: { allow: list(s.tools?.allow, 'tools/allow'), deny: list(s.tools?.deny, 'tools/deny') },
  };
  if (s.net?.outbound !== undefined) {
    p.network.allowOutbound = s.net.outbound;
    p.network.allowOutboundOrigin = mkOrigin(file, c, `${base}/network/allow_outbound`);
  }
  return p;
}

function constraints(file: string, c: { n: number }, a: ApprovalSpec | undefined, maxFiles: number | undefined): Constraints {
  const out: Constraints = { requireHumanApproval: [] };
  const kinds: [keyof ApprovalSpec, ApprovalKind, string][] = [
    ['file', 'file', 'file_pattern'],
    ['command', 'command', 'command_pattern'],
    ['host', 'host', 'host_pattern'],
    ['tool', 'tool', 'tool_pattern'],
  ];
  let i = 0;
  for (const [key, kind, yamlKey] of kinds) {
    for (const pattern of a?.[key] ?? []) {
      out.requireHumanApproval.push({ kind, pattern, origin: mkOrigin(file, c, `/constraints/require_human_approval/${i++}/${yamlKey}`) });
    }
  }
  if (maxFiles !== undefined) {
    out.maxFilesPerAction = maxFiles;
    out.maxFilesPerActionOrigin = mkOrigin(file, c, '/constraints/max_files_per_action');
  }
  return out;
}

export function policy(spec: PolicySpec = {}): PolicySet {
  const root = spec.root ?? ROOT;
  const file = `${root}/.agent-policy.yml`;
  const c = { n: 1 };
  const rootPerms = perms(file, c, spec, '/default_permissions');
  const rootCons = constraints(file, c, spec.approvals, spec.maxFiles);
  return {
    root: {
      file,
      root,
      version: '2.1',
      versionOrigin: mkOrigin(file, { n: 0 }, '/version'),
      agents: (spec.agents ?? []).map((a, i) => ({
        id: a.id,
        trustLevel: a.trust,
        permissions: a.permissions ? perms(file, c, a.permissions, `/agents/${i}/permissions`) : undefined,
        origin: mkOrigin(file, c, `/agents/${i}`),
      })),
      permissions: rootPerms,
      constraints: rootCons,
      exceptions: (spec.exceptions ?? []).map((e, i) => ({
        pattern: e.pattern,
        reason: e.reason ?? 'test fixtures',
        overrides: e.overrides ?? [],
        origin: mkOrigin(file, c, `/exceptions/${i}/pattern`),
      })),
      bypass: {},
      raw: {},
    },
    overrides: (spec.overrides ?? []).map((o) => {
      const ofile = `${root}/${o.dir}/.agent-policy.override.yml`;
      const oc = { n: 1 };
      return {
        file: ofile,
        dir: o.dir,
        permissions: perms(ofile, oc, o, '/permissions'),
        constraints: constraints(ofile, oc, o.approvals, o.maxFiles),
        raw: {},
      };
    }),
  };
}

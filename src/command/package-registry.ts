// The registry a package manager's install-like subcommand contacts (SPEC 3, "What a command
// touches"; docs/decisions.md "Package registries"): the tool's default registry hosts
// (data/programs.json `registries`), unless the line names another one (an option such as
// `--registry URL` or `--index-url URL`, whose value the touch model decides as a URL, or a
// variable set before the program: `PIP_INDEX_URL=URL pip install x`) or makes the tool work
// offline (`--offline`, `--no-index`, `GOPROXY=off`). A registry from configuration the line does
// not show (a user's .npmrc or pip.conf) is not seen: the default host is what is decided.
import type { Arg } from '../match/command.js';
import { assignedName } from '../match/shell-opaque.js';
import type { Touch } from './touch.js';

export interface RegistrySpec {
  /** The hosts the tool contacts by default. */
  hosts: string[];
  /** Options, or `NAME=value` assignments before the program, that make it contact no registry. */
  offline?: string[];
  /** Options whose value is the registry used instead of the default (the touch model decides the value). */
  replacedBy?: string[];
  /**
   * Variables whose value names the registry: `replace` (used instead of the default: a URL, or
   * GOPROXY's list, where `off` is none and `direct` each module's own host) or `add` (as well).
   */
  env?: Record<string, 'replace' | 'add'>;
}

/** How a subcommand (or a program without subcommands) uses its tool's registry. */
export interface RegistryUse {
  /** The tool whose registry is contacted (a key of `registries`). */
  registry?: string;
  /** Only perhaps (`npx prettier` runs a local bin when there is one): a guess, decided by denies only. */
  registryMay?: boolean;
  /** Only when the subcommand is given operands (`npm init` alone asks nothing; `npm init vite` fetches create-vite). */
  registryWithOperands?: boolean;
  /** For sure when an operand names a version (`go install x@v1`), else perhaps (a local package may need nothing). */
  registryVersioned?: boolean;
}

/**
 * The registry touches of one subcommand: `use` says which tool's, `operands` are the words after
 * the subcommand, `has` whether an option is given, `env` the assignments made before the program.
 */
export function registryTouches(spec: RegistrySpec, use: RegistryUse, operands: readonly Arg[], has: (o: string) => boolean, valueOf: (o: string) => Arg | undefined, env: readonly Arg[], via: string): Touch[] {
  if (use.registryWithOperands && operands.length === 0) return [];
  const given = new Map<string, Arg>();
  for (const a of env) {
    // `NAME=value` only: `NAME+=value` appends to a value the line does not show.
    const n = assignedName(a.value);
    if (n !== undefined && a.value[n.length] === '=') given.set(n, a);
  }
  const out: Touch[] = [];
  for (const o of spec.offline ?? []) {
    if (o.startsWith('-') ? has(o) : given.get(o.slice(0, o.indexOf('=')))?.value === o) return [];
  }
  let replaced = false;
  for (const o of spec.replacedBy ?? []) {
    if (!has(o)) continue;
    replaced = true;
    // A registry named from the tool's configuration (`cargo add --registry mine x`): its host is not on the line.
    const v = valueOf(o);
    if (v && !v.dynamic && !v.value.includes('://')) out.push({ kind: 'remote', name: `(the registry "${v.value}" of the tool's configuration)`, via: `${via} ${o} ${v.value}` });
  }
  for (const [name, how] of Object.entries(spec.env ?? {})) {
    const a = given.get(name);
    if (!a) continue;
    if (how === 'replace') replaced = true;
    const value = a.value.slice(name.length + 1);
    if (a.dynamic) {
      out.push({ kind: 'dynamic', what: 'host', word: a.value, via: `${via} (${a.value})` });
      continue;
    }
    for (const v of value.split(/[\s,|]+/)) {
      // `off`: none; a local directory (`PIP_FIND_LINKS=./wheels`) is no host (the value is a guessed read: src/match/shell-assignments.ts).
      if (v === '' || v === 'off' || /^(?:[./~]|file:)/.test(v)) continue;
      if (v === 'direct') out.push({ kind: 'remote', name: "(each module's own host)", via: `${via} (${name}=${value})` });
      else out.push({ kind: 'host', target: v, via: `${via} (${name}=${value})` });
    }
  }
  if (replaced) return out;
  const may = use.registryMay || (use.registryVersioned && !operands.some((o) => o.dynamic || o.value.includes('@')));
  for (const h of spec.hosts) out.push({ kind: 'host', target: h, via: `${via} (the default registry ${h})`, ...(may ? { guess: true as const } : {}) });
  return out;
}

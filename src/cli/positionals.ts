// Files named on the command line, as ESLint and actionlint take them:
// `agent-policy-lint .agent-policy.yml`, `agent-policy-lint . logs/run.jsonl`.
import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

export interface Positionals {
  /** The root policy, when one was named (or found in a named directory). */
  config?: string;
  /** Agent logs named as files (`*.jsonl`, `-` for standard input). */
  agentLogs: string[];
}

const POLICY_NAMES = ['.agent-policy.yml', '.agent-policy.yaml'];
const OVERRIDE = /^\.agent-policy\.override\.ya?ml$/;

export function readPositionals(args: readonly string[], cwd: string, config?: string): Positionals {
  const out: Positionals = { agentLogs: [] };
  const policies: string[] = [];
  for (const arg of args) {
    if (arg === '-' || arg.endsWith('.jsonl')) {
      out.agentLogs.push(arg);
      continue;
    }
    const abs = resolve(cwd, arg);
    if (!existsSync(abs) && !/[./\\]/.test(arg)) {
      throw new UsageError(`unknown command "${arg}"`, 'Commands: explain, bypass, init; run agent-policy-lint --help for the options.');
    }
    if (existsSync(abs) && statSync(abs).isDirectory()) {
      const found = POLICY_NAMES.map((n) => join(arg, n)).find((p) => existsSync(resolve(cwd, p)));
      if (!found) throw new UsageError(`no .agent-policy.yml in "${arg}"`, 'Name the policy file, or run agent-policy-lint init there.');
      policies.push(found);
    } else if (OVERRIDE.test(basename(arg))) {
      // Overrides are always linted with the root policy they belong to, which is found upwards.
      continue;
    } else {
      policies.push(arg);
    }
  }
  const distinct = [...new Set(policies.map((p) => resolve(cwd, p)))];
  if (config !== undefined && distinct.length > 0 && distinct.some((p) => p !== resolve(cwd, config))) {
    throw new UsageError(`--config "${config}" and the file "${policies[0]}" name different policies`, 'Name one root policy: its overrides are found and linted with it.');
  }
  if (distinct.length > 1) throw new UsageError(`more than one root policy named (${policies.join(', ')})`, 'Run agent-policy-lint once per policy: each lints its overrides with it.');
  out.config = policies[0];
  return out;
}

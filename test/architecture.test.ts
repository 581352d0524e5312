// The import rules of src/ (.dependency-cruiser.cjs, docs/architecture.md): src/ keeps them, and
// each rule really fails on the import it forbids.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, tempTree } from './helpers/cli.js';

const run = promisify(execFile);
const DEPCRUISE = join(REPO_ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const CONFIG = join(REPO_ROOT, '.dependency-cruiser.cjs');

interface Violation {
  rule: string;
  from: string;
  to: string;
}

/** Runs dependency-cruiser with the project's rules on `src` under `cwd`; the violations, sorted. */
async function violations(cwd: string): Promise<Violation[]> {
  // It exits non-zero when it finds violations; the JSON report says which.
  const out = await run(process.execPath, [DEPCRUISE, 'src', '--config', CONFIG, '--output-type', 'json'], { cwd, maxBuffer: 64 * 1024 * 1024 }).catch(
    (e: { stdout?: string; stderr?: string }) => {
      if (!e.stdout) throw new Error(`dependency-cruiser failed: ${e.stderr}`);
      return { stdout: e.stdout };
    },
  );
  const report = JSON.parse(out.stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  return report.summary.violations
    .map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }))
    .sort((a, b) => `${a.rule} ${a.from} ${a.to}`.localeCompare(`${b.rule} ${b.from} ${b.to}`));
}

// dependency-cruiser parses every file of src/ with the TypeScript compiler: seconds when idle, far
// more on a loaded CI machine.
describe.concurrent('the import rules', { timeout: 180_000 }, () => {
  it('hold in src/: no import cycle (type-only imports count), no adapter or shared module importing the CLI or an adapter, an engine without I/O', async () => {
    const found = await violations(REPO_ROOT);
    expect(found.map((v) => `${v.rule}: ${v.from} -> ${v.to}`)).toEqual([]);
  });

  it('fail on each import they forbid, and let the entry points and an adapter\'s own files through', async () => {
    const dir = tempTree({
      'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'bundler', strict: true } }),
      'src/cli/main.ts': "import { runStaged } from '../hooks/staged.js';\nexport const main = runStaged;\n",
      'src/cli/rules.ts': 'export const RULES = [];\n',
      // The runtime cycle the hooks once had: cli -> hooks -> cli.
      'src/hooks/staged.ts': "import { main } from '../cli/main.js';\nexport const runStaged = () => main;\n",
      // The Action's entry point is a composition root: it may read the CLI's rule catalogue.
      'src/action/main.ts': "import { RULES } from '../cli/rules.js';\nimport { run } from './run.js';\nexport default [RULES, run];\n",
      'src/action/run.ts': "import { runStaged } from '../hooks/staged.js';\nexport const run = runStaged;\n",
      'src/guard/hook.ts': "import { native } from '../native/export.js';\nimport { own } from './own.js';\nexport const hook = [native, own];\n",
      'src/guard/own.ts': 'export const own = 1;\n',
      'src/native/export.ts': 'export const native = 1;\n',
      'src/report/rules.ts': "import { run } from '../action/run.js';\nexport const rules = run;\n",
      // A cycle of type-only imports is a cycle.
      'src/report/format.ts': "import type { Formatter } from './formatter.js';\nexport type Format = Formatter;\n",
      'src/report/formatter.ts': "import type { Format } from './format.js';\nexport type Formatter = { format: Format };\n",
      'src/engine/decide.ts': "import { readFileSync } from 'node:fs';\nexport const decide = readFileSync;\n",
      'src/match/shell.ts': "import { spawnSync } from 'child_process';\nexport const shell = spawnSync;\n",
      // Layers below the shared modules: the engine's tree witnesses once took their automata from the analysis.
      'src/engine/tree-witness.ts': "import { Automata } from '../analysis/automata.js';\nimport type { Rule } from '../policy/types.js';\nexport const w: [typeof Automata, Rule?] = [Automata];\n",
      'src/engine/compile.ts': "import { load } from '../policy/load.js';\nimport { meta } from '../report/rule.js';\nimport { own } from './own.js';\nexport const compile = [load, meta, own];\n",
      'src/engine/own.ts': "import { automata } from '../match/automata.js';\nimport { argv } from '../command/argv.js';\nimport { UsageError } from '../errors.js';\nexport const own = [automata, argv, UsageError];\n",
      'src/command/argv.ts': "import { automata } from '../match/automata.js';\nexport const argv = automata;\n",
      'src/command/bad.ts': "import { own } from '../engine/own.js';\nexport const bad = own;\n",
      'src/match/automata.ts': 'export const automata = 1;\n',
      'src/match/up.ts': "import { Automata } from '../analysis/automata.js';\nimport { files } from '../walk.js';\nexport const up = [Automata, files];\n",
      'src/analysis/automata.ts': "import { automata } from '../match/automata.js';\nexport const Automata = automata;\n",
      'src/policy/types.ts': 'export interface Rule { pattern: string }\n',
      'src/report/rule.ts': 'export const meta = 1;\n',
      'src/walk.ts': 'export const files = 1;\n',
      'src/errors.ts': 'export class UsageError extends Error {}\n',
      'src/policy/load.ts': "import { readFileSync } from 'node:fs';\nimport { decide } from '../engine/decide.js';\nexport const load = [readFileSync, decide];\n",
      'src/replay/missing.ts': "import { gone } from './gone.js';\nexport const missing = gone;\n",
    });
    const found = await violations(dir);
    // A cycle is reported once, at its first module.
    expect(found).toEqual([
      { rule: 'adapters-are-independent', from: 'src/action/run.ts', to: 'src/hooks/staged.ts' },
      { rule: 'adapters-are-independent', from: 'src/guard/hook.ts', to: 'src/native/export.ts' },
      { rule: 'cli-is-the-composition-root', from: 'src/hooks/staged.ts', to: 'src/cli/main.ts' },
      { rule: 'command-sits-below-the-engine', from: 'src/command/bad.ts', to: 'src/engine/own.ts' },
      { rule: 'engine-is-pure', from: 'src/engine/decide.ts', to: 'fs' },
      { rule: 'engine-is-pure', from: 'src/match/shell.ts', to: 'child_process' },
      { rule: 'engine-reads-the-model-as-types-only', from: 'src/engine/compile.ts', to: 'src/report/rule.ts' },
      { rule: 'engine-sits-below-the-shared-modules', from: 'src/engine/compile.ts', to: 'src/policy/load.ts' },
      { rule: 'engine-sits-below-the-shared-modules', from: 'src/engine/tree-witness.ts', to: 'src/analysis/automata.ts' },
      { rule: 'match-is-the-bottom-layer', from: 'src/match/up.ts', to: 'src/analysis/automata.ts' },
      { rule: 'match-is-the-bottom-layer', from: 'src/match/up.ts', to: 'src/walk.ts' },
      { rule: 'no-circular', from: 'src/cli/main.ts', to: 'src/hooks/staged.ts' },
      { rule: 'no-circular', from: 'src/report/format.ts', to: 'src/report/formatter.ts' },
      { rule: 'no-unresolvable-imports', from: 'src/replay/missing.ts', to: './gone.js' },
      { rule: 'shared-modules-never-import-adapters', from: 'src/report/rules.ts', to: 'src/action/run.ts' },
    ]);
  });
});

// The import rules of src/ (docs/architecture.md draws the layers). test/architecture.test.ts runs
// dependency-cruiser with this file and fails on any violation; by hand:
//   npx depcruise src --config .dependency-cruiser.cjs
//
// Layers, top to bottom:
//   entry points   src/cli/bin.ts (the CLI) and src/action/main.ts (the GitHub Action)
//   composition    src/cli: parses flags, starts the pipelines and adapters, gathers what only it
//                  may know about every module (the rule catalogue, src/cli/rules.ts)
//   adapters       src/action, src/hooks, src/guard (runtime guard), src/native (agents' own files):
//                  each meets one outside world and stays thin
//   shared         everything else: engine, match, policy, analysis, replay, records, agents,
//                  lint, report, init and the files directly in src/
/** A folder that meets one outside world. A new adapter is added here and nowhere else. */
const ADAPTERS = ['action', 'hooks', 'guard', 'native'];
const adapter = `^src/(${ADAPTERS.join('|')})/`;
/** The Action's bundle entry: a composition root like src/cli, so it may use the CLI's rule catalogue. */
const ACTION_ENTRY = '^src/action/main[.]ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'No import cycles, type-only imports included: a cycle means two modules are one module in two files, ' +
        'makes load order matter (a bundle may see a binding before it is initialised), and hides which layer owns what.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'cli-is-the-composition-root',
      severity: 'error',
      comment:
        'src/cli is the top: it may import anything, nothing may import it (except the entry points). ' +
        'An adapter or a shared module that imports the CLI makes an import cycle through the CLI and ties a lower layer to flag parsing; ' +
        'what both need belongs in a shared module (as src/lint holds the options and the report writing).',
      from: { path: '^src/', pathNot: ['^src/cli/', ACTION_ENTRY] },
      to: { path: '^src/cli/' },
    },
    {
      name: 'adapters-are-independent',
      severity: 'error',
      comment:
        'An adapter (the Action, the pre-commit hook, the runtime guard, native import/export) never imports another: ' +
        'each is shipped and changed on its own, and what two of them share (agent detection, records, the lint report) is a shared module below both.',
      from: { path: adapter },
      to: { path: adapter, pathNot: '^src/$1/' },
    },
    {
      name: 'shared-modules-never-import-adapters',
      severity: 'error',
      comment:
        'The engine, matching, policy, analysis, replay, report and the other shared modules serve every entry point; ' +
        'importing an adapter or the CLI would make them depend on one entry point (src/report once imported every module, adapters included, for rule metadata: ' +
        'formatters now receive it through FormatContext.rulesMeta).',
      from: { path: '^src/', pathNot: [adapter, '^src/cli/'] },
      to: { path: [adapter, '^src/cli/'] },
    },
    {
      name: 'engine-is-pure',
      severity: 'error',
      comment:
        'The decision engine and the pattern matchers decide from their arguments alone: no file system, no processes, no network, no threads. ' +
        'That keeps every decision reproducible, lets every adapter (a hook with a deadline included) call it safely, and keeps it testable without a disk. ' +
        'Documented exceptions go in pathNot here, with the reason.',
      from: { path: '^src/(engine|match)/' },
      to: {
        dependencyTypes: ['core'],
        path: '^(node:)?(fs|fs/promises|child_process|net|http|https|http2|dgram|dns|worker_threads|cluster)$',
      },
    },
    {
      name: 'no-unresolvable-imports',
      severity: 'error',
      comment: 'Every import must resolve, or the rules above would pass because an edge was never seen.',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Type-only imports count: a type-level cycle is still a cycle between the modules.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
  },
};

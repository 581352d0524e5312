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
//   shared         policy, analysis, replay, records, agents, agent-tools, audit, lint, report, init
//   engine         src/engine (decide) and src/command (how programs read their words)
//   match          src/match: the one pattern engine (regex subset, case fold, linear-time
//                  matcher, automata and their witnesses), host and path normalisation, shell parsing
//   utilities      the pure files directly in src/ (errors, json-error, version, derived, first-of-each, two-generation-cache), usable from every layer
/** A folder that meets one outside world. A new adapter is added here and nowhere else. */
const ADAPTERS = ['action', 'hooks', 'guard', 'native'];
const adapter = `^src/(${ADAPTERS.join('|')})/`;
/** The Action's bundle entry: a composition root like src/cli, so it may use the CLI's rule catalogue. */
const ACTION_ENTRY = '^src/action/main[.]ts$';
/** Files directly in src/ that any layer may use: no I/O (walk.ts reads directories, so it is not one of them). */
const PURE_UTILITIES = '^src/(errors|json-error|version|derived|first-of-each|two-generation-cache)[.]ts$';
/** What the engine reads of the layers above it, as types only: the policy model and rule metadata. */
const ENGINE_TYPES = '^src/(policy/types|report/rule)[.]ts$';

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
      name: 'match-is-the-bottom-layer',
      severity: 'error',
      comment:
        'src/match holds the one pattern engine (regex subset, case fold, linear-time matcher, automata with witnesses): ' +
        'the engine, the conflict analysis and every adapter build on it, so it imports nothing above it ' +
        '(what two layers above both need, such as the automata of tree witnesses and conflicts, moves down into it).',
      from: { path: '^src/match/' },
      to: { path: '^src/', pathNot: ['^src/match/', PURE_UTILITIES] },
    },
    {
      name: 'engine-sits-below-the-shared-modules',
      severity: 'error',
      comment:
        'src/engine (and src/command, its reading of command lines) is below analysis, policy loading, replay, records, report and the rest: ' +
        'they call decide(), never the other way round (tree-witness.ts once imported the analysis for its automata; they now live in src/match). ' +
        'It may use src/match, src/command, the pure utilities, and the policy model and rule metadata as types (the next rule).',
      from: { path: '^src/(engine|command)/' },
      to: { path: '^src/', pathNot: ['^src/(engine|command|match)/', PURE_UTILITIES, ENGINE_TYPES] },
    },
    {
      name: 'engine-reads-the-model-as-types-only',
      severity: 'error',
      comment:
        'The engine compiles the policy model (src/policy/types.ts) and lists its rules with their metadata (src/report/rule.ts): ' +
        'it needs their types, never their code, so loading a policy or reporting stays above it.',
      from: { path: '^src/(engine|command|match)/' },
      to: { path: ENGINE_TYPES, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'command-sits-below-the-engine',
      severity: 'error',
      comment: 'src/command models how programs read their words for the engine (decide-command, decide-touch): it serves the engine and never calls it.',
      from: { path: '^src/command/' },
      to: { path: '^src/engine/' },
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

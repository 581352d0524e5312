import type { RuleMeta } from '../report/rule.js';

// Findings of `--check-conflicts`. Every pattern is a regular language (the glob and command-pattern
// compilers of src/match); questions are answered exactly on automata, with a witness.
const C = 'conflicts';

export const rules: RuleMeta[] = [
  {
    id: 'override-allow-in-root-deny',
    severity: 'error',
    category: C,
    summary: 'An override allows paths that the root policy denies.',
    docs: `Deny always wins: an override can never allow what the root policy denies, unless the root
lists that carve-out under \`exceptions\`. An override allow that lies **entirely** inside root
denies can never take effect — that is an error, shown with a witness path. One that only
**partly** overlaps a root deny is reported as information (the overlap stays denied; carving
exceptions out of an allow is how deny-wins policies are written); denies without a \`/\`
(\`.env*\`), which name a file at every depth on purpose, are left out of these notes. When a root
\`exceptions\` entry covers the overlap, the note says so.

\`\`\`yaml
# .agent-policy.yml
default_permissions:
  filesystem:
    deny: ["backend/secrets/**"]
# backend/.agent-policy.override.yml
permissions:
  filesystem:
    allow: ["backend/secrets/test-fixtures/**"]   # error: e.g. backend/secrets/test-fixtures/a is denied
\`\`\`

**Fix:** remove the override allow, or add an explicit exception in the root policy:

\`\`\`yaml
exceptions:
  - pattern: "backend/secrets/test-fixtures/**"
    reason: "Test fixtures hold fake keys only"
\`\`\``,
  },
  {
    id: 'override-scope-escape',
    severity: 'warning',
    category: C,
    summary: "An override's pattern names paths outside its own directory.",
    docs: `An override \`DIR/.agent-policy.override.yml\` governs paths under \`DIR/\` only, so an allow, a deny
or an approval rule that names paths elsewhere has no effect there — an override deny that does not
apply is as misleading as an allow. Patterns in overrides are written repository-relative, and it
is easy to forget the directory. Patterns without a \`/\` (\`*.go\`) match a file name at any depth
and are read inside the override's directory, so they are not reported. A pattern with no path
inside the directory at all is an error; one that partly escapes is a warning.

\`\`\`yaml
# backend/.agent-policy.override.yml
permissions:
  filesystem:
    allow: ["src/**/*.go"]        # error: e.g. src/a.go is outside backend/
\`\`\`

**Fix:** prefix the pattern with the override's directory (\`backend/src/**/*.go\`), or move the
rule to the policy of the directory it is about.`,
  },
  {
    id: 'dead-allow',
    severity: 'error',
    category: C,
    summary: 'An allow pattern admits nothing: every path, command or tool name it matches is denied.',
    docs: `An allow is dead when the union of the denies that apply to it covers all of it: the root denies
(case-insensitive, and covering everything below a denied path), and every override's denies
within that override's directory — a root \`exceptions\` entry re-admits, for the override it names,
what only root denies deny. Nothing the allow admits survives, so the rule only misleads readers.
The witness is one of its paths, with the denies that cover it. Works for command patterns, tool
and MCP names (\`tools.allow\` against \`tools.deny\`) and host exceptions too.

An agent's allow is also dead when the agent can never use it: its allow lists only narrow the
default ones, so an agent allow the default allow list admits none of is dead, and so is a command
allow of an agent whose \`trust_level\` is \`read_only\` (such agents run no commands).

\`\`\`yaml
filesystem:
  allow: ["config/*.env"]
  deny: [".env*", "*.env"]          # config/*.env is entirely denied
\`\`\`

**Fix:** delete the allow, or narrow the deny if the allow was meant to work (an override needs a
root \`exceptions\` entry).`,
  },
  {
    id: 'allow-deny-overlap',
    severity: 'info',
    category: C,
    summary: 'An allow and a deny of one file partly overlap (the overlap is denied).',
    docs: `The allow and the deny share some paths, but neither covers the other. Deny wins, so the shared
paths are denied — often intended (a deny carving secrets out of a broad allow), sometimes a
surprise. This is information with a witness from the overlap; a deny that lies entirely inside
an allow is the ordinary carve-out and is not reported, and neither are denies without a \`/\`
(\`.env*\`, \`*.pem\`), which name a file at every depth and so touch nearly every allow.

\`\`\`yaml
filesystem:
  allow: ["src/**/*.ts"]
  deny: ["src/generated/**"]   # overlap: src/generated/a.ts is denied
\`\`\`

**Fix:** nothing, if the overlap is meant to be denied; otherwise narrow one of the patterns.`,
  },
  {
    id: 'duplicate-pattern',
    severity: 'warning',
    category: C,
    summary: 'A pattern matches exactly what another pattern in the same list matches.',
    docs: `Two patterns in one list (the same file, the same kind) have equal languages: written the same,
or written differently (\`src/**\` and \`src/**/**\`). One of them is noise and invites edits that
change only one copy.

\`\`\`yaml
deny: ["secrets/**", "secrets/**/**"]
\`\`\`

**Fix:** delete the later pattern.`,
  },
  {
    id: 'redundant-pattern',
    severity: 'info',
    category: C,
    summary: 'A pattern is subsumed by a broader pattern in the same list.',
    docs: `Everything the pattern matches, another pattern of the same list matches too, so it changes
nothing. Reported as information: some teams keep the narrow pattern as documentation. An agent's
deny that the default denies already cover is reported the same way: an agent's denies add to the
defaults, so it changes nothing.

\`\`\`yaml
deny: ["secrets/**", "secrets/*.pem"]   # secrets/*.pem is inside secrets/**
\`\`\`

**Fix:** delete the narrower pattern, or keep it deliberately.`,
  },
  {
    id: 'vacuous-pattern',
    severity: 'warning',
    category: C,
    summary: 'A pattern matches no normalised path or command at all.',
    docs: `Paths are normalised before matching (no \`./\`, no \`..\`, no repeated or trailing \`/\`), and
commands are normalised to single-spaced words, so a pattern such as \`src//a.ts\`, \`./src/**\` or
\`build/\` can never match. The rule is dead and hides the author's intent.

\`\`\`yaml
deny: ["./secrets/**"]     # matches nothing: write secrets/**
\`\`\`

**Fix:** write the pattern repository-relative and normalised.`,
  },
  {
    id: 'universal-pattern',
    severity: 'warning',
    category: C,
    summary: 'A pattern matches every path (or every command).',
    docs: `\`**\` in an allow list allows every path (the same as no allow list); in a deny list it denies
every path; as an approval rule it gates every action; as an exception it carves everything out
of the root denies. Almost always a placeholder left in by accident.

\`\`\`yaml
filesystem:
  allow: ["**"]
\`\`\`

**Fix:** list what the agent needs (\`src/**\`, \`tests/**\`).`,
  },
  {
    id: 'unreachable-approval',
    severity: 'warning',
    category: C,
    summary: 'An approval rule only matches denied paths or commands.',
    docs: `A \`require_human_approval\` rule grants with an approval — but a deny still wins over an
approval. When every path (or command) the rule matches is denied, no approval can ever let the
action through, and the rule only misleads approvers.

\`\`\`yaml
deny: ["secrets/**"]
require_human_approval:
  - file_pattern: "secrets/prod.key"   # always denied
\`\`\`

**Fix:** remove the approval rule, or narrow the deny if approved access was intended.`,
  },
  {
    id: 'compound-command-hazard',
    severity: 'warning',
    category: C,
    summary: 'A command allow pattern also matches compound command lines (`;`, `&&`, `|`, …).',
    docs: `In command patterns \`*\` matches any characters, shell operators included: \`npm *\` also matches
the string \`npm a; curl x\`. Our engine splits every command line into simple commands and checks
each one, so at run time \`curl x\` is still checked on its own — but the pattern reads as if the
author expected it to cover more, and any tool that matches whole command strings would let the
second command through. The witness shows such a line.

\`\`\`yaml
commands:
  allow: ["npm *"]     # matches "npm a; curl x"
\`\`\`

**Fix:** list the commands you mean (\`npm test\`, \`npm run lint\`): a pattern without \`*\` already
admits further arguments.`,
  },
  {
    id: 'conflict-undecided',
    severity: 'warning',
    category: C,
    summary: 'The conflict analysis could not decide a question within its size limits.',
    docs: `Conflict findings are exact, so a question that would need an automaton above the size limits
(or a pattern construct that automata cannot represent) is not guessed: it is reported as
undecided, naming the pattern and the question. Nothing is silently passed.

\`\`\`yaml
allow: ["{a,b,c,d}*{e,f,g}*/**/{x,y,z}*{1,2,3}*/**"]   # may exceed the limits
\`\`\`

**Fix:** simplify the pattern (split a huge alternation into several patterns).`,
  },
];

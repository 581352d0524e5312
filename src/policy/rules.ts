import type { RuleMeta } from '../report/rule.js';

const C = 'policy';

/** Rules about reading and validating policy files (.agent-policy.yml and overrides). */
export const rules: RuleMeta[] = [
  {
    id: 'no-policy',
    severity: 'error',
    category: C,
    summary: 'No .agent-policy.yml was found from the working directory up to the repository root.',
    docs: `The policy is looked up as \`.agent-policy.yml\` (or \`.agent-policy.yaml\`) in the working
directory, then in each parent directory up to the repository root (the first directory holding
\`.git\`). Without a policy there is nothing to check, and an unchecked agent is the case this tool
exists to prevent, so this is an error. The finding names the working directory (\`.\`), with no
line.

**Fix:** run \`agent-policy-lint init\` to write a starting policy, or pass \`--config FILE\`.`,
  },
  {
    id: 'file-unreadable',
    severity: 'error',
    category: C,
    summary: 'A policy or override file was found but could not be read.',
    docs: `A file named \`.agent-policy.yml\` or \`.agent-policy.override.yml\` exists but reading it failed
(permissions, a broken link). It cannot be checked, and an override that is not read cannot
contribute its denies, so no policy is built.

**Fix:** make the file readable, or delete it. (A file named with \`--config\` that cannot be read
is a usage error, exit code 2.)`,
  },
  {
    id: 'yaml-syntax',
    severity: 'error',
    category: C,
    summary: 'The file is not valid YAML.',
    docs: `The YAML parser stopped at this position: an unclosed bracket or quote, bad indentation, a tab
used for indentation, an alias whose anchor is not defined yet, a non-string mapping key.

\`\`\`yaml
deny: [".env*", "secrets/**"     # the ] is missing
\`\`\`

**Fix:** correct the syntax at the reported line and column; the rest of the file is checked once
it parses.`,
  },
  {
    id: 'yaml-duplicate-key',
    severity: 'error',
    category: C,
    summary: 'A key appears twice in the same mapping.',
    docs: `YAML keeps only the last of two equal keys, so the first block silently disappears — for a
\`deny\` list that means lost protection.

\`\`\`yaml
filesystem:
  deny: [".env*"]
  deny: ["secrets/**"]    # the .env* deny is gone
\`\`\`

**Fix:** merge the two entries into one.`,
  },
  {
    id: 'yaml-multiple-documents',
    severity: 'error',
    category: C,
    summary: 'The file holds more than one YAML document (a `---` separator).',
    docs: `A policy file is one document. A second document after \`---\` would be ignored by other tools
and is rejected here, so that nobody relies on it.

**Fix:** remove the \`---\` separator and merge the documents, or move the second one into an
override file.`,
  },
  {
    id: 'yaml-alias-limit',
    severity: 'error',
    category: C,
    summary: 'Aliases expand to too many nodes (an alias bomb) or refer to themselves.',
    docs: `YAML anchors and aliases (\`&a\`, \`*a\`) can nest so that a few lines expand to billions of
values ("billion laughs"). Expansion stops after 10,000 nodes reached through aliases, and a
self-referencing alias is rejected.

\`\`\`yaml
a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
\`\`\`

**Fix:** write the lists out; a policy never needs nested aliases.`,
  },
  {
    id: 'yaml-warning',
    severity: 'warning',
    category: C,
    summary: 'The YAML parser warned about the file (for example an unknown tag).',
    docs: `The file parses, but uses something a policy does not need, such as a custom tag (\`!secret\`)
that is read as a plain value.

**Fix:** use plain YAML: strings, numbers, booleans, lists and mappings.`,
  },
  {
    id: 'empty-policy',
    severity: 'error',
    category: C,
    summary: 'The policy or override file is empty (or holds only comments).',
    docs: `An empty policy says nothing, which is not the same as "deny everything", so it is an error.

**Fix:** write the policy (\`agent-policy-lint init\` gives a starting point), or delete an empty
override file.`,
  },
  {
    id: 'non-mapping-root',
    severity: 'error',
    category: C,
    summary: 'The top level of the file is a list or a single value instead of a mapping.',
    docs: `A policy is a mapping of keys:

\`\`\`yaml
- version: "2.1"     # wrong: a list
\`\`\`

\`\`\`yaml
version: "2.1"       # right
default_permissions: {}
\`\`\`

**Fix:** write \`key: value\` lines at the top level.`,
  },
  {
    id: 'missing-version',
    severity: 'error',
    category: C,
    summary: 'The root policy does not say which version of the format it uses.',
    docs: `Every root policy starts with its version; the schema used to check it depends on it. The
supported versions are "1.0", "2.0" and "2.1".

**Fix:** add \`version: "2.1"\` (quoted) as the first key.`,
  },
  {
    id: 'unsupported-version',
    severity: 'error',
    category: C,
    summary: 'The version is not one this linter supports.',
    docs: `The finding lists the supported versions ("1.0", "2.0", "2.1") and suggests the likely one
(\`"2"\` -> \`"2.0"\`, \`"v2.1"\` -> \`"2.1"\`). Nothing else in the file is checked, because the
schema depends on the version. An override's \`version\`, if present, must be a supported one too.

**Fix:** write a supported version, quoted.`,
  },
  {
    id: 'unquoted-version',
    severity: 'warning',
    category: C,
    summary: 'The version is written as a number (`version: 2.1`) instead of a string.',
    docs: `YAML reads \`2.1\` as a number, and numbers lose what makes versions distinct (\`2.10\` is \`2.1\`).
The file is checked as the version it spells, but should say it as a string.

\`\`\`yaml
version: 2.1       # a number
version: "2.1"     # a version
\`\`\`

**Fix:** quote it. \`agent-policy-lint --fix\` does this.`,
  },
  {
    id: 'schema-url-mismatch',
    severity: 'error',
    category: C,
    summary: 'schema_url names another version than the file, or no version at all.',
    docs: `A 2.x policy may name its schema in \`schema_url\`; it must be the schema of the version the file
declares. Accepted forms end in \`agent-policy-<version>.schema.json\` (our \`$id\`s) or
\`v<version>.json\`.

\`\`\`yaml
version: "2.1"
schema_url: "https://agent-policy.dev/schemas/v2.0.json"   # names 2.0
\`\`\`

**Fix:** point it at \`https://cdn.jsdelivr.net/npm/agent-policy-lint@1/schemas/agent-policy-2.1.schema.json\` (or
remove it).`,
  },
  {
    id: 'schema-comment-mismatch',
    severity: 'warning',
    category: C,
    summary: 'The `# yaml-language-server: $schema=…` comment names the wrong schema.',
    docs: `Editors validate the file against the schema in this comment. If it names another version (or
the override schema in a root policy, or a root schema in an override), the editor checks the file
against the wrong rules.

**Fix:** use \`agent-policy-<version>.schema.json\` for the root policy and
\`agent-policy-override-2.schema.json\` for overrides.`,
  },
  {
    id: 'unknown-key',
    severity: 'error',
    category: C,
    summary: 'A key the schema does not know at this place (often a misspelling).',
    docs: `Every mapping in a policy has a fixed set of keys. An unknown key is usually a typo — and a
misspelt key is a setting that silently does nothing:

\`\`\`yaml
network:
  allow_outbund: false     # did you mean "allow_outbound"?
\`\`\`

The finding points at the key, suggests the nearest allowed spelling, and says when the key
belongs to another version (\`budgets\` needs "2.1"; in 2.x the root's \`permissions\` is called
\`default_permissions\`).

**Fix:** rename the key, or move the file to the version that has it.`,
  },
  {
    id: 'missing-key',
    severity: 'error',
    category: C,
    summary: 'A required key is missing.',
    docs: `Some entries need a key: every exception needs \`pattern\` and \`reason\`, every agent an \`id\`, a
1.0 policy \`permissions\`.

\`\`\`yaml
exceptions:
  - pattern: "backend/secrets/test-fixtures/**"    # reason is missing
\`\`\`

**Fix:** add the key the message names.`,
  },
  {
    id: 'invalid-type',
    severity: 'error',
    category: C,
    summary: 'A value has the wrong type (a string where a list is expected, and so on).',
    docs: `The message says what is expected and what was found:

\`\`\`yaml
filesystem:
  allow: ["src/**", 42]          # allow[1] must be a string (got number)
network:
  allow_outbound: "false"        # must be true or false (got string "false")
\`\`\`

**Fix:** write the expected type; remove quotes around booleans and numbers.`,
  },
  {
    id: 'invalid-value',
    severity: 'error',
    category: C,
    summary: 'A value has the right type but is not allowed (enum, range, format, exactly-one-of).',
    docs: `Examples: a \`trust_level\` that is not read_only, write_local or external; \`max_files_per_action: 0\`
(at least 1); a \`max_duration\` that is not a duration like \`30m\`; an approval rule that names no
pattern or two (\`file_pattern\` and \`command_pattern\` in one entry); an exception with an empty
\`reason\`.

**Fix:** use one of the values the message lists.`,
  },
  {
    id: 'invalid-glob',
    severity: 'error',
    category: C,
    summary: 'A path or branch pattern is not a well-formed glob.',
    docs: `An unbalanced \`[\` or \`{\` (and other syntax the glob compiler rejects) makes a pattern that
matches nothing, or something else than meant. The column points at the offending character.

\`\`\`yaml
deny: ["secrets/{keys,certs/**"]     # the { is never closed
\`\`\`

**Fix:** close the bracket or brace, or escape the character with a backslash.`,
  },
  {
    id: 'empty-pattern',
    severity: 'error',
    category: C,
    summary: 'A pattern is an empty string.',
    docs: `An empty pattern matches nothing (or, in some tools, everything). Either way it is not what was
meant.

\`\`\`yaml
deny: [".env*", ""]
\`\`\`

**Fix:** remove the entry or write the intended pattern.`,
  },
  {
    id: 'pattern-whitespace',
    severity: 'error',
    category: C,
    summary: 'A pattern starts or ends with whitespace.',
    docs: `Whitespace around a pattern is nearly always a slip, and it changes what the pattern names:
\`".env "\` is not \`.env\`. Denies and approval gates are read trimmed, so the deny still
protects \`.env\`; allows are read as written (they never grow by a guess). Either way the file
should say what it means.

\`\`\`yaml
deny: [".env "]      # write ".env"
\`\`\`

**Fix:** remove the whitespace. \`agent-policy-lint --fix\` does it.`,
  },
  {
    id: 'leading-slash-deny',
    severity: 'warning',
    category: C,
    summary: 'A deny or approval path pattern starts with `/`: it has two readings.',
    docs: `A pattern with a leading \`/\` is an absolute path to this tool, but \`.gitignore\` and Claude
Code's settings read \`/secrets/**\` as \`secrets/**\` anchored at the root. A deny (or an
approval gate) written that way is read both ways, so it protects in either case; this warning
asks you to say which you meant.

\`\`\`yaml
deny: ["/secrets/**"]   # the repository's secrets/: write "secrets/**"
\`\`\`

**Fix:** write \`secrets/**\` for the repository's files; keep the leading \`/\` only for a path
outside the repository.`,
  },
  {
    id: 'backslash-in-pattern',
    severity: 'warning',
    category: C,
    summary: 'A path pattern uses `\\` as a directory separator.',
    docs: `Paths are matched with \`/\` separators on every platform; in a glob a backslash escapes the
next character, so \`src\\lib\\*.ts\` does not mean \`src/lib/*.ts\`.

**Fix:** write \`/\`. (A backslash before a glob character, \`\\*\`, is an escape and is not reported.)`,
  },
  {
    id: 'dot-slash-pattern',
    severity: 'warning',
    category: C,
    summary: 'A path pattern starts with `./`.',
    docs: `Patterns are repository-relative and matched against normalised paths, which never start with
\`./\`. The loader reads \`./src/**\` as \`src/**\` (so a deny still protects), but the file should say
what it means.

\`\`\`yaml
allow: ["./src/**"]      # write "src/**"
\`\`\`

**Fix:** drop the \`./\`. \`agent-policy-lint --fix\` does this, keeping comments and quoting.`,
  },
  {
    id: 'absolute-pattern',
    severity: 'warning',
    category: C,
    summary: 'A path pattern is an absolute path.',
    docs: `Patterns name repository paths. An absolute path inside the repository
(\`/home/me/repo/src/**\`) works only on one machine; it is read as its repository-relative form and
\`--fix\` rewrites it. Any other absolute path (\`/src/**\`, \`/etc/**\`) names files outside the
repository — a pattern with a \`/\` is already anchored at the repository root, so \`/src/**\` is
usually a mistake for \`src/**\`.

**Fix:** write the pattern repository-relative; keep it absolute only for a path outside the
repository.`,
  },
  {
    id: 'parent-segment-pattern',
    severity: 'error',
    category: C,
    summary: 'A path pattern contains a `..` segment.',
    docs: `Paths are normalised before matching (\`src/../.env\` becomes \`.env\`), so a pattern with \`..\`
never matches anything — a deny written that way protects nothing.

\`\`\`yaml
deny: ["src/../secrets/**"]     # write "secrets/**"
\`\`\`

**Fix:** write the path the pattern should cover, without \`..\`.`,
  },
  {
    id: 'repeated-pattern',
    severity: 'warning',
    category: C,
    summary: 'The same pattern is written twice in one list.',
    docs: `An exact repeat is noise, and invites an edit that changes only one copy.

\`\`\`yaml
deny: [".env*", "secrets/**", ".env*"]
\`\`\`

**Fix:** remove the later entry. \`agent-policy-lint --fix\` does this, keeping comments and layout.
(Different spellings of the same set, such as \`src/**\` and \`src/**/**\`, are found by
\`--check-conflicts\` as \`duplicate-pattern\`.)`,
  },
  {
    id: 'invalid-host-pattern',
    severity: 'warning',
    category: C,
    summary: 'A host pattern has a scheme, path or port, or a `*` other than a leading `*.`.',
    docs: `Hosts are compared as bare names: \`https://registry.npmjs.org/\` never equals the host
\`registry.npmjs.org\`. \`*\` is allowed only as the first label (\`*.example.com\`, sub-domains only).

**Fix:** write the bare host name.`,
  },
  {
    id: 'outbound-exceptions-ignored',
    severity: 'warning',
    category: C,
    summary: '`allow_outbound: true` together with `exceptions`: the exceptions change nothing.',
    docs: `Exceptions list the hosts reachable *although* outbound traffic is off. With
\`allow_outbound: true\` every host is reachable, so the list suggests a restriction that does not
exist.

\`\`\`yaml
network:
  allow_outbound: true
  exceptions: ["registry.npmjs.org"]
\`\`\`

**Fix:** set \`allow_outbound: false\` to restrict traffic to the exceptions (and use \`deny\` for
hosts to block while outbound traffic is on), or remove the exceptions.`,
  },
  {
    id: 'retention-too-short',
    severity: 'warning',
    category: C,
    summary: '`log_all_actions: true` with `retention_days` below 30.',
    docs: `An audit trail exists for reviews that come later: incident reviews, monthly policy reviews,
audits. With \`log_all_actions: true\` the policy promises such a trail; keeping it fewer than 30
days breaks that promise before the first monthly review. (SOC 2 reviews usually need 90 days;
regulated industries years.)

\`\`\`yaml
audit:
  log_all_actions: true
  retention_days: 7
\`\`\`

**Fix:** raise \`retention_days\` to 30 or more.`,
  },
  {
    id: 'duplicate-agent-id',
    severity: 'error',
    category: C,
    summary: 'Two entries under `agents` have the same id.',
    docs: `Action logs name the agent by its id; with two entries for one id, which trust level and
permissions apply would be ambiguous.

\`\`\`yaml
agents:
  - id: "code-assistant-prod"
    trust_level: write_local
  - id: "code-assistant-prod"     # again
    trust_level: external
\`\`\`

**Fix:** merge the two entries into one.`,
  },
  {
    id: 'bypass-approver-required',
    severity: 'warning',
    category: C,
    summary: '`bypass.require_approver: false` is ignored.',
    docs: `Every bypass names its approver and a reason; a policy cannot turn that off. The key exists so
that the policy can say so explicitly.

**Fix:** remove \`require_approver\` or set it to \`true\`; use \`approvers\` to say who may approve.`,
  },
  {
    id: 'conflicting-tiers',
    severity: 'warning',
    category: C,
    summary: 'The same pattern appears in two risk tiers.',
    docs: `A pattern in two tiers is contradictory; the stricter tier applies (blocked > approval >
logged > automatic).

\`\`\`yaml
risk_tiers:
  logged:  { commands: ["git push"] }
  approval: { commands: ["git push"] }
\`\`\`

**Fix:** keep the pattern in one tier.`,
  },
  {
    id: 'version-mismatch',
    severity: 'error',
    category: C,
    summary: "An override's version does not have the root policy's major version.",
    docs: `Overrides are read with the root policy's rules; an override written for another major version
would be read wrongly.

\`\`\`yaml
# backend/.agent-policy.override.yml, root is "2.1"
version: "1.0"
\`\`\`

**Fix:** write the root's version, or leave \`version\` out of the override.`,
  },
  {
    id: 'overrides-need-v2',
    severity: 'error',
    category: C,
    summary: 'Override files exist, but the root policy is version 1.0, which has no overrides.',
    docs: `Version 1.0 has no directory overrides; the override files would be ignored, with their denies.

**Fix:** move the root policy to "2.1" (\`permissions\` becomes \`default_permissions\`), or delete the
override files.`,
  },
  {
    id: 'override-in-root-dir',
    severity: 'error',
    category: C,
    summary: 'An override file sits beside the root policy.',
    docs: `An override governs the directory it is in; beside the root policy that is the whole
repository, which is what the root policy is for. It is not applied.

**Fix:** move its settings into the root policy and delete the file.`,
  },
  {
    id: 'override-loosens-constraint',
    severity: 'error',
    category: C,
    summary: 'An override sets a looser constraint than the root policy.',
    docs: `Overrides may only tighten constraints. A larger \`max_files_per_action\` than the root's is not
applied (the root's limit holds) and is reported.

\`\`\`yaml
# root: max_files_per_action: 10
# frontend/.agent-policy.override.yml
constraints:
  max_files_per_action: 50
\`\`\`

**Fix:** use a value no larger than the root's, or remove it.`,
  },
  {
    id: 'fixed',
    severity: 'info',
    category: C,
    summary: '`--fix` changed the policy file (what it changed, for the record).',
    docs: `With \`--fix\`, safe fixes are applied in place: \`./src/**\` becomes \`src/**\`, an absolute path
inside the repository becomes relative, an exact repeated pattern is removed, an unquoted version is
quoted. Comments, quoting and layout are kept (a removed list item goes with its own line and its
trailing comment). Each change is reported once as this note, at its position before the fix; the
fixed problem is not reported again. Without \`--fix\` nothing is written. With \`--staged\` (files
read from the git index) nothing is written either.`,
  },
];

// The single source of every policy JSON Schema. scripts/gen-validators.mjs writes schemas/*.json
// from it and compiles the ajv validators; never edit schemas/*.json by hand.
// `x-message` is our own annotation (the one-line message for a failed pattern/oneOf); the
// generator strips it from the published files and keeps it in the error metadata.

// Where editors load the schemas from: the npm CDN serving the published package's `schemas/`
// (docs/releasing.md). `@1` follows the current major release, so a schema URL written today keeps
// working across minor releases; jsDelivr answers a version range directly, without a redirect.
export const SCHEMA_BASE = 'https://cdn.jsdelivr.net/npm/agent-policy-lint@1/schemas/';
export const ROOT_VERSIONS = ['1.0', '2.0', '2.1'];

export const schemaFileName = (version) => `agent-policy-${version}.schema.json`;
export const OVERRIDE_FILE = 'agent-policy-override-2.schema.json';

const str = (title, description, extra = {}) => ({ type: 'string', title, description, ...extra });
const bool = (title, description, extra = {}) => ({ type: 'boolean', title, description, ...extra });
const int = (title, description, extra = {}) => ({ type: 'integer', title, description, ...extra });
const list = (title, description, items, extra = {}) => ({ type: 'array', title, description, items, ...extra });
const obj = (title, description, properties, extra = {}) => ({
  type: 'object',
  title,
  description,
  additionalProperties: false,
  properties,
  ...extra,
});
const nonEmpty = (title, description) =>
  str(title, description, { pattern: '\\S', 'x-message': 'must not be empty' });

// ---- patterns ---------------------------------------------------------------------------

const pathPattern = str(
  'Path pattern',
  'A repository-relative glob (`src/**/*.ts`, `.env*`). `*` and `**` match dot-files; `dir/**` covers `dir` itself; a pattern without `/` matches a file name at any depth, one with `/` is anchored at the repository root. Use `/` as separator, no leading `./`.',
  { examples: ['src/**/*.ts', '.env*', 'secrets/**'] },
);
const commandPattern = str(
  'Command pattern',
  'A shell command prefix (`npm test` matches `npm test -- --watch`) or a pattern where `*` matches any characters, spaces and `/` included (`curl *`). Compound command lines are split and every simple command is checked.',
  { examples: ['npm test', 'git push --force', 'curl *'] },
);
const hostPattern = str(
  'Host pattern',
  'A host name without scheme, port or path (`registry.npmjs.org`); `*.example.com` matches sub-domains only. Compared case-insensitively.',
  { examples: ['registry.npmjs.org', '*.github.com'] },
);
const toolPattern = str(
  'Tool pattern',
  'A tool name as the agent runtime reports it; `*` matches any characters. MCP tools are named `mcp__<server>__<tool>` (`mcp__github__*`).',
  { examples: ['mcp__github__*', 'WebFetch', 'mcp__postgres__query'] },
);
const branchPattern = str(
  'Branch pattern',
  'A branch name or glob (`main`, `release/*`).',
  { examples: ['main', 'release/*'] },
);

const pathList = (title, description) => list(title, description, pathPattern);
const commandList = (title, description) => list(title, description, commandPattern);
const hostList = (title, description) => list(title, description, hostPattern);
const toolList = (title, description) => list(title, description, toolPattern);

// ---- permissions ------------------------------------------------------------------------

const filesystem = obj('Filesystem permissions', 'Which files the agent may read and write.', {
  allow: pathList(
    'Allowed paths',
    'If non-empty, a path must match one of these patterns. An empty or missing list allows every path that no deny pattern matches.',
  ),
  deny: pathList('Denied paths', 'A path that matches any of these is denied, whatever else allows it. Deny always wins.'),
});

const commands = obj('Command permissions', 'Which shell commands the agent may run.', {
  allow: commandList(
    'Allowed commands',
    'If non-empty, every simple command of a command line must match one of these patterns.',
  ),
  deny: commandList('Denied commands', 'A command line containing a simple command that matches any of these is denied.'),
});

// 2.x: how code the engine cannot see is decided (SPEC 3, "Opaque code").
const commands2 = obj('Command permissions', 'Which shell commands the agent may run.', {
  ...commands.properties,
  opaque: str(
    'Opaque code',
    'How a command line is decided when it runs code the engine cannot see: inline interpreter programs (`python -c`), shells reading standard input, `eval` of run-time strings, program names from expansions, environment variables and options that make a program run other code (`GIT_PAGER`, `NODE_OPTIONS`, `git -c`), constructs nested too deep. `ask` (the default) needs a human approval, `deny` denies, `allow` lets it run. An allow pattern that names the construct (`python -c *`) admits it whatever this says. An override may tighten it (deny > ask > allow), never loosen it.',
    { enum: ['allow', 'ask', 'deny'], default: 'ask' },
  ),
});

const allowOutbound = bool(
  'Allow outbound network',
  'When false, requests go only to hosts listed under exceptions. When true or missing, outbound requests are not restricted (apart from network.deny in 2.x).',
);
const exceptionsHosts = hostList(
  'Reachable hosts',
  'Hosts the agent may reach although allow_outbound is false. Meaningless when allow_outbound is true.',
);

const network1 = obj('Network permissions', 'Which hosts the agent may reach.', {
  allow_outbound: allowOutbound,
  exceptions: exceptionsHosts,
});
const network2 = obj('Network permissions', 'Which hosts the agent may reach.', {
  allow_outbound: allowOutbound,
  exceptions: exceptionsHosts,
  deny: hostList('Denied hosts', 'Hosts that are always denied, even when allow_outbound is true.'),
});

const tools = obj('Tool permissions', 'Which agent tools and MCP tools the agent may invoke.', {
  allow: toolList('Allowed tools', 'If non-empty, a tool must match one of these patterns.'),
  deny: toolList('Denied tools', 'A tool that matches any of these is denied.'),
});

const permissions1 = (title, description) =>
  obj(title, description, { filesystem, commands, network: network1 });
const permissions2 = (title, description) =>
  obj(title, description, { filesystem, commands: commands2, network: network2, tools });

// ---- constraints ------------------------------------------------------------------------

const APPROVAL_MESSAGE1 = 'must name exactly one of file_pattern, command_pattern';
const APPROVAL_MESSAGE2 = 'must name exactly one of file_pattern, command_pattern, host_pattern, tool_pattern';

const approvalProps1 = {
  file_pattern: { ...pathPattern, title: 'File pattern', description: 'Writing a matching path needs a human approval. ' + pathPattern.description },
  command_pattern: { ...commandPattern, title: 'Command pattern', description: 'Running a matching command needs a human approval. ' + commandPattern.description },
};
const approvalProps2 = {
  ...approvalProps1,
  host_pattern: { ...hostPattern, title: 'Host pattern', description: 'Reaching a matching host needs a human approval. ' + hostPattern.description },
  tool_pattern: { ...toolPattern, title: 'Tool pattern', description: 'Invoking a matching tool needs a human approval. ' + toolPattern.description },
  reason: str('Reason', 'Why this needs a human; shown to the approver.'),
};
const exactlyOne = (keys) => keys.map((k) => ({ required: [k] }));

const approval1 = obj(
  'Approval rule',
  'An action that matches this rule (and no deny) is allowed only with a human approval. Name exactly one pattern.',
  approvalProps1,
  { oneOf: exactlyOne(['file_pattern', 'command_pattern']), 'x-message': APPROVAL_MESSAGE1 },
);
const approval2 = obj(
  'Approval rule',
  'An action that matches this rule (and no deny) is allowed only with a human approval. Name exactly one pattern.',
  approvalProps2,
  { oneOf: exactlyOne(['file_pattern', 'command_pattern', 'host_pattern', 'tool_pattern']), 'x-message': APPROVAL_MESSAGE2 },
);

const maxFiles = int(
  'Maximum files per action',
  'The most files one agent action (one tool call) may change. At least 1.',
  { minimum: 1 },
);
const constraints = (approval, description) =>
  obj('Constraints', description, {
    max_files_per_action: maxFiles,
    require_human_approval: list(
      'Require human approval',
      'Actions that need a human approval. An approval is a gate and a grant: a matching action with no deny is allowed with an approval and denied without one.',
      approval,
    ),
  });

// ---- audit, exceptions, agents, git, bypass -------------------------------------------------

const audit = obj('Audit', 'What the agent runtime must log and keep.', {
  log_all_actions: bool('Log all actions', 'Log every action, allowed or denied.'),
  retention_days: int(
    'Retention (days)',
    'How long logs are kept. With log_all_actions: true, fewer than 30 days is reported (audit trails are for reviews that come later; SOC 2 reviews usually need 90).',
    { minimum: 0 },
  ),
  alert_on_deny: bool('Alert on deny', 'Raise an alert whenever an action is denied.'),
});

// 2.x: the runtime guard (agent-policy-lint hook) writes its session logs under log_dir.
const audit2 = obj('Audit', audit.description, {
  ...audit.properties,
  log_dir: str(
    'Log directory',
    'Where the runtime guard writes its hash-chained session logs (<log_dir>/<session-id>.jsonl), relative to the policy\'s directory. Default: .agent-logs. Must stay inside the repository.',
    { examples: ['.agent-logs'] },
  ),
});

const exceptions = list(
  'Exceptions',
  'Explicit carve-outs in a root deny that overrides may allow. Without an exception an override can never allow what the root denies.',
  obj('Exception', 'One carve-out with its justification.', {
    pattern: { ...pathPattern, title: 'Pattern', description: 'The paths the carve-out covers. ' + pathPattern.description },
    reason: nonEmpty('Reason', 'Why the carve-out exists (required, shown in reports).'),
    overrides: list(
      'Override directories',
      'Repository-relative directories whose overrides may use this exception (`backend`). Empty or missing: any override.',
      str('Directory', 'A repository-relative directory that holds an .agent-policy.override.yml.'),
    ),
  }, { required: ['pattern', 'reason'] }),
);

const git = (title, description) =>
  obj(title, description, {
    protected_branches: list(
      'Protected branches',
      'Branches the agent may not commit or push to (`main`, `release/*`).',
      branchPattern,
    ),
    allowed_branch_prefixes: list(
      'Allowed branch prefixes',
      'If non-empty, branches the agent creates or pushes must start with one of these (`agent/`, `feature/`).',
      str('Branch prefix', 'A branch name prefix such as `agent/`.'),
    ),
  });

const rootGit = git('Git branch rules', 'Which branches agents may commit and push to.');
const agentGit = git(
  'Git branch rules (this agent)',
  "Adds to the root's git rules: protected branches are the union; if both list allowed prefixes, a branch must satisfy both.",
);

const durationPattern = '^(?:[1-9][0-9]*[smhd])+$';
const bypass = obj('Bypass', 'Limits for `agent-policy-lint bypass` records (time-limited emergency allowances).', {
  max_duration: str(
    'Maximum duration',
    'Longest bypass window, e.g. `30m`, `2h`, `1d`, `1h30m`. Longer bypasses are refused. Default 24h.',
    { pattern: durationPattern, 'x-message': 'must be a duration such as "30m", "2h", "1d" or "1h30m"', examples: ['30m', '2h'] },
  ),
  require_approver: bool(
    'Require approver',
    'Every bypass names its approver. Must stay true (kept so that the policy says so); false is reported and ignored.',
    { default: true },
  ),
  approvers: list(
    'Approvers',
    'If non-empty, only these e-mail addresses may approve a bypass; `*@example.com` admits a whole domain.',
    str('Approver', 'An e-mail address or `*@domain`.'),
  ),
});

// ---- 2.1 additions ----------------------------------------------------------------------

const tier = (name, description) =>
  obj(name, description, {
    files: pathList('Files', 'Path patterns in this tier.'),
    commands: commandList('Commands', 'Command patterns in this tier.'),
    hosts: hostList('Hosts', 'Host patterns in this tier.'),
    tools: toolList('Tools', 'Tool patterns in this tier.'),
  });

const riskTiers = obj(
  'Risk tiers',
  'Risk-proportionate oversight: put patterns into one of four tiers. automatic and logged entries are allow patterns (logged ones are flagged for review), approval entries are require_human_approval rules, blocked entries are deny patterns.',
  {
    automatic: tier('Automatic', 'Low risk, reversible: allowed without review.'),
    logged: tier('Logged', 'Medium risk: allowed, and every use is reported for review.'),
    approval: tier('Approval', 'High risk: allowed only with a human approval.'),
    blocked: tier('Blocked', 'Never allowed: denied whatever else allows it.'),
  },
);

const budgetProps = {
  max_files_per_pr: int('Max files per pull request', 'Most files an agent-authored pull request may change.', { minimum: 1 }),
  max_files_per_session: int('Max files per session', 'Most files one agent session may change.', { minimum: 1 }),
  max_commands_per_session: int('Max commands per session', 'Most commands one agent session may run.', { minimum: 1 }),
  max_tokens_per_session: int('Max tokens per session', 'Model token budget for one session.', { minimum: 1 }),
  max_tokens_per_day: int('Max tokens per day', 'Model token budget per agent and day.', { minimum: 1 }),
  max_cost_usd_per_session: { type: 'number', title: 'Max cost per session (USD)', description: 'Spending cap for one session, in US dollars.', exclusiveMinimum: 0 },
  alert_threshold: {
    type: 'number',
    title: 'Alert threshold',
    description: 'Fraction of a budget (0 to 1) at which to alert, e.g. 0.8.',
    exclusiveMinimum: 0,
    maximum: 1,
  },
};
const budgets = (title, description) => obj(title, description, budgetProps);

/** A string, or a mapping naming the value and the agent it means (`{ login: x, agent: y }`). */
const signal = (key, title, description) => ({
  type: ['string', 'object'],
  title,
  description: `${description} Either a string, or { ${key}: …, agent: … } to name the agent it stands for.`,
  additionalProperties: false,
  required: [key],
  properties: {
    [key]: str(title, description),
    agent: str('Agent', 'The agent this signal stands for (default: the value itself).'),
  },
});

const agentDetection = obj(
  'Agent detection',
  'Extra signals for recognising agent-authored work, beside the built-in ones (bot logins, Co-Authored-By trailers, agent environment variables): the GitHub Action reads logins, emails, branch_prefixes and threshold; the pre-commit hook reads env and builtin_env.',
  {
    logins: list('Logins', 'GitHub logins whose pull requests are agent-authored (`my-agent[bot]`).', signal('login', 'Login', 'A GitHub login.')),
    emails: list('E-mails', 'Commit author or co-author e-mails that mark agent commits.', signal('email', 'E-mail', 'An e-mail address.')),
    branch_prefixes: list(
      'Branch prefixes',
      'Head branch prefixes that mark agent pull requests (`agent/`).',
      signal('prefix', 'Branch prefix', 'A branch name prefix.'),
    ),
    threshold: str(
      'Threshold',
      'Weakest evidence that labels a pull request: strong (bot author or a login listed here), medium (also co-author trailers, listed e-mails), weak (also branch prefixes and generated-with footers).',
      { enum: ['strong', 'medium', 'weak'], default: 'medium' },
    ),
    env: list(
      'Environment markers',
      'Environment variables that mark a commit made by an agent (pre-commit hook).',
      {
        type: ['string', 'object'],
        title: 'Environment marker',
        description: 'A variable name (set and non-empty means an agent), or { name, value?, agent? }; agent "$value" takes the agent id from the variable.',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: str('Variable', 'The environment variable name.'),
          value: str('Value', 'Only this value marks an agent (default: any non-empty value).'),
          agent: str('Agent', 'The agent id to record; "$value" uses the variable\'s value.'),
        },
      },
    ),
    builtin_env: bool('Built-in environment markers', 'false turns off the built-in markers (CLAUDECODE=1 and others).', { default: true }),
  },
);

// ---- agents -----------------------------------------------------------------------------

const agentIdPattern = '^[A-Za-z0-9][A-Za-z0-9._@/-]*$';
const agent = (v21) =>
  obj(
    'Agent',
    'One agent identity. Its settings only ever narrow the defaults: its denies add to the default denies, its allow lists narrow the default ones, its trust level caps what it may do.',
    {
      id: str('Agent id', 'The id the agent runtime logs (`agent_id`).', {
        pattern: agentIdPattern,
        'x-message': 'must be an id of letters, digits and . _ @ / - (starting with a letter or digit)',
      }),
      description: str('Description', 'What this agent is for.'),
      trust_level: str(
        'Trust level',
        'read_only: may read and search only. write_local: may also write files and run allowed commands, no network beyond exceptions, no push. external: may also push branches and call approved external services.',
        { enum: ['read_only', 'write_local', 'external'] },
      ),
      permissions: permissions2('Permissions (this agent)', 'Extra permissions for this agent only: denies add, allow lists narrow by intersection.'),
      git: agentGit,
      ...(v21 ? { budgets: budgets('Budgets (this agent)', 'Budgets for this agent; the smaller of this and the root budget applies.') } : {}),
    },
    { required: ['id'] },
  );

// ---- roots and overrides ------------------------------------------------------------------

const versionProp = (versions, description) =>
  str('Version', description, { enum: versions });

function root10() {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_BASE + schemaFileName('1.0'),
    title: 'Agent policy 1.0',
    description: 'Root policy (.agent-policy.yml), version 1.0. Directory overrides need version 2.x.',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'permissions'],
    properties: {
      version: versionProp(['1.0'], 'Policy format version. Quote it: "1.0".'),
      agent_id: str('Agent id', 'The agent this policy is written for (as it appears in action logs).'),
      permissions: permissions1('Permissions', 'What the agent may touch, run and reach.'),
      constraints: constraints(approval1, 'Limits and approval gates.'),
      audit,
    },
  };
}

function root2(version) {
  const v21 = version !== '2.0';
  const properties = {
    version: versionProp([version], `Policy format version. Quote it: "${version}".`),
    schema_url: str(
      'Schema URL',
      `The JSON Schema this file follows; must name the same version (ending in ${schemaFileName(version)} or v${version}.json).`,
      { examples: [SCHEMA_BASE + schemaFileName(version)] },
    ),
    agent_id: str('Default agent id', 'The agent this policy is written for when it does not list agents.'),
    default_permissions: permissions2(
      'Default permissions',
      'What every agent may touch, run, reach and invoke, for the whole repository. Overrides and agents can only add denies and narrow allows, except where exceptions say otherwise.',
    ),
    constraints: constraints(approval2, 'Limits and approval gates for the whole repository.'),
    audit: audit2,
    exceptions,
    agents: list('Agents', 'Per-agent identities with trust levels and extra permissions.', agent(v21)),
    git: rootGit,
    bypass,
  };
  if (v21) {
    properties.risk_tiers = riskTiers;
    properties.budgets = budgets('Budgets', 'Limits per pull request, per session and per day.');
    properties.agent_detection = agentDetection;
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_BASE + schemaFileName(version),
    title: `Agent policy ${version}`,
    description: `Root policy (.agent-policy.yml), version ${version}.${v21 ? ' Adds risk tiers, budgets and agent detection to 2.0.' : ''}`,
    type: 'object',
    additionalProperties: false,
    required: ['version'],
    properties,
  };
}

function override2() {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_BASE + OVERRIDE_FILE,
    title: 'Agent policy override 2.x',
    description:
      'Directory override (DIR/.agent-policy.override.yml) for a 2.x root policy. It governs paths under DIR/ only; patterns are written repository-relative (frontend/src/**). Deny always wins: an override cannot allow what the root denies unless the root lists that carve-out under exceptions.',
    type: 'object',
    additionalProperties: false,
    properties: {
      version: str('Version', "Optional; if present it must have the root policy's major version (2.x)."),
      permissions: permissions2('Permissions', 'Permissions for paths under this directory.'),
      constraints: constraints(approval2, "Constraints for this directory; may only tighten the root's."),
    },
  };
}

/** Every published schema by file name, in a fixed order. */
export function buildSchemas() {
  return {
    [schemaFileName('1.0')]: root10(),
    [schemaFileName('2.0')]: root2('2.0'),
    [schemaFileName('2.1')]: root2('2.1'),
    [OVERRIDE_FILE]: override2(),
  };
}

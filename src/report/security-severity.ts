// GitHub code scanning ranks security alerts by `security-severity` (0.1-3.9 low, 4.0-6.9 medium,
// 7.0-8.9 high, 9.0+ critical) on rules tagged `security`. Only rules about what an agent did or
// may do carry one; style and syntax findings stay ordinary alerts.
export const SECURITY_SEVERITY: Readonly<Record<string, string>> = {
  'replay-secret-in-log': '9.1', // a credential committed in an agent log
  'replay-denied-action': '8.8', // an agent did what the policy denies
  'agent-write-denied': '8.1', // an agent's pull request changes a denied file
  'staged-agent-write-denied': '8.1',
  'compound-command-hazard': '7.5', // an allow pattern admits arbitrary chained commands
  'replay-missing-approval': '7.5',
  'replay-decision-mismatch': '6.5', // the runtime enforced another policy
  'universal-pattern': '6.0',
  'bypass-record-unapproved': '6.0',
  'replay-repeated-blocked-attempts': '5.3',
  'policy-widened': '5.0',
  'agent-write-needs-approval': '5.0',
  'staged-agent-approval-required': '5.0',
  'replay-unknown-agent': '5.0',
  'override-scope-escape': '4.0',
  'override-allow-in-root-deny': '4.0',
  'replay-too-many-files': '4.0',
};

// What every learned policy starts from, reviewed like code: the sensitive files and dangerous
// commands it denies although no log touched them, and the infrastructure files whose observed
// writes become approval rules instead of allows. A pattern here that an observed action matches
// is not written as a deny: the action becomes an approval rule (learn never denies what the logs
// show the agents did).

/** Files no agent needs to read or write: keys, credentials, environment files, the audit trail. */
export const SENSITIVE_PATHS: readonly string[] = [
  '.env*',
  '*.pem',
  '*.key',
  '*.p12',
  '*.pfx',
  '**/id_rsa*',
  '**/id_ed25519*',
  '**/id_ecdsa*',
  '**/credentials*',
  '.npmrc',
  '.pypirc',
  '.netrc',
  'secrets/**',
  '.git/**',
  '.agent-policy/**',
  '.agent-logs/**',
];

/** Commands that change who runs things, destroy history or the machine. */
export const DANGEROUS_COMMANDS: readonly string[] = [
  'sudo',
  'su',
  'doas',
  'git push --force',
  'git reset --hard',
  'git clean -f',
  'rm -r /',
  'chmod -R 777',
  'mkfs',
  'shutdown',
  'reboot',
];

/** CI and infrastructure: an observed write becomes an approval rule for its family. */
export const INFRASTRUCTURE_PATHS: readonly string[] = [
  '.github/workflows/**',
  '.github/actions/**',
  '.gitlab-ci.yml',
  '.circleci/**',
  'Jenkinsfile',
  'terraform/**',
  '*.tf',
  'k8s/**',
  'helm/**',
  'Dockerfile',
  'docker-compose*.yml',
];

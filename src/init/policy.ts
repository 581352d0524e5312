// The starting `.agent-policy.yml` that `init` writes: written as text (not serialised) so that it
// can carry comments that explain each block to the person who will review it.
import type { Ecosystem, ProjectFacts } from './detect.js';

export const POLICY_VERSION = '2.1';
/**
 * Where editors fetch the schema for completion and validation (`# yaml-language-server:` line)
 * when the package is not installed in the repository: the schema's own $id on the npm CDN
 * (src/policy/versions.ts schemaId; a test keeps the two equal, without init loading the
 * validators). Where it is installed, the policy names the local copy, which works offline and
 * always matches the linter's version.
 */
export const SCHEMA_URL = 'https://cdn.jsdelivr.net/npm/agent-policy-lint@1/schemas/agent-policy-2.1.schema.json';

interface EcosystemRules {
  label: string;
  allow: string[];
  commands: string[];
  denyCommands: string[];
  hosts: string[];
  manifests: string[];
  installs: string[];
}

function ecosystemRules(eco: Ecosystem, facts: ProjectFacts): EcosystemRules {
  switch (eco) {
    case 'node': {
      const run = facts.nodeRunner;
      const scripts = facts.packageJson?.scripts ?? {};
      const runScript = (s: string): string => (run === 'npm' || run === 'pnpm' ? `${run} run ${s}` : `${run} ${s}`);
      const commands = [`${run} test`];
      for (const s of ['lint', 'build', 'typecheck', 'format']) if (s in scripts) commands.push(runScript(s));
      return {
        label: 'Node.js (package.json)',
        allow: ['src/**', 'test/**'],
        commands,
        denyCommands: [`${run} publish`],
        hosts: run === 'yarn' ? ['registry.npmjs.org', 'registry.yarnpkg.com'] : ['registry.npmjs.org'],
        manifests: ['package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock', 'bun.lockb', '.npmrc'],
        installs: run === 'npm' ? ['npm install', 'npm ci'] : run === 'yarn' ? ['yarn add', 'yarn install'] : [`${run} add`, `${run} install`],
      };
    }
    case 'python':
      return {
        label: 'Python (pyproject.toml / requirements)',
        allow: ['src/**', 'tests/**'],
        commands: ['pytest', 'python -m pytest'],
        denyCommands: ['twine upload'],
        hosts: ['pypi.org', 'files.pythonhosted.org'],
        manifests: ['pyproject.toml', 'requirements*.txt', 'setup.py', 'setup.cfg', 'Pipfile', 'Pipfile.lock', 'poetry.lock', 'uv.lock'],
        installs: ['pip install', 'python -m pip install', 'poetry add', 'uv add'],
      };
    case 'go':
      return {
        label: 'Go (go.mod)',
        allow: ['**/*.go', 'testdata/**'],
        commands: ['go test', 'go build', 'go vet'],
        denyCommands: [],
        hosts: ['proxy.golang.org', 'sum.golang.org'],
        manifests: ['go.mod', 'go.sum', 'go.work', 'go.work.sum'],
        installs: ['go get', 'go install'],
      };
    case 'rust':
      return {
        label: 'Rust (Cargo.toml)',
        allow: ['src/**', 'tests/**', 'benches/**', 'examples/**'],
        commands: ['cargo test', 'cargo build', 'cargo check', 'cargo clippy', 'cargo fmt'],
        denyCommands: ['cargo publish'],
        hosts: ['crates.io', 'index.crates.io', 'static.crates.io'],
        manifests: ['Cargo.toml', 'Cargo.lock'],
        installs: ['cargo add', 'cargo install'],
      };
    case 'java': {
      const gradle = ['build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts'].some((f) => facts.entries.has(f));
      const maven = facts.entries.has('pom.xml');
      const commands: string[] = [];
      if (maven) commands.push('mvn test', 'mvn verify', './mvnw test', './mvnw verify');
      if (gradle) commands.push('gradle test', 'gradle build', './gradlew test', './gradlew build');
      return {
        label: `Java (${[maven && 'Maven', gradle && 'Gradle'].filter(Boolean).join(' + ')})`,
        allow: ['src/main/**', 'src/test/**'],
        commands,
        denyCommands: maven ? ['mvn deploy', './mvnw deploy'] : ['gradle publish', './gradlew publish'],
        hosts: ['repo.maven.apache.org', 'repo1.maven.org', ...(gradle ? ['plugins.gradle.org', 'services.gradle.org'] : [])],
        manifests: ['pom.xml', 'build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts', 'gradle.properties', 'gradle/wrapper/**', '.mvn/**'],
        installs: [],
      };
    }
    case 'ruby':
      return {
        label: 'Ruby (Gemfile)',
        allow: ['lib/**', 'spec/**', 'test/**', 'app/**'],
        commands: ['bundle exec rspec', 'bundle exec rake test', 'rake test'],
        denyCommands: ['gem push'],
        hosts: ['rubygems.org', 'index.rubygems.org'],
        manifests: ['Gemfile', 'Gemfile.lock', '*.gemspec'],
        installs: ['bundle install', 'bundle add', 'gem install'],
      };
  }
}

/** Top-level directories that usually hold code, docs or tests, allowed when they exist. */
const COMMON_DIRS = ['src', 'lib', 'app', 'pkg', 'cmd', 'internal', 'test', 'tests', '__tests__', 'spec', 'docs', 'examples'];

const SECRET_DENIES = ['.env*', '*.pem', '*.key', '*.p12', '*.pfx', 'secrets/**', '**/id_rsa*', '**/id_ed25519*', '**/id_ecdsa*'];
const CI_DENIES = ['.github/workflows/**', '.github/actions/**', '.gitlab-ci.yml', '.circleci/**', 'Jenkinsfile', '.husky/**', '.pre-commit-config.yaml'];
const INFRA_DENIES = ['terraform/**', '*.tf', '*.tfvars', '*.tfstate*', 'k8s/**', 'kubernetes/**', 'helm/**', 'infra/**', 'infrastructure/**'];
const SELF_DENIES = ['.agent-policy.yml', '**/.agent-policy.override.yml', '.agent-policy/**'];
const COMMAND_DENIES = ['rm -rf', 'git push --force', 'git push -f', 'git reset --hard', 'curl *', 'wget *', 'ssh *', 'scp *'];
/** Read-only commands agents run all the time; without them every `ls` in a replayed log is an error. */
const READ_ONLY_COMMANDS = ['git status', 'git diff', 'git log', 'git show', 'ls', 'cat', 'grep', 'rg', 'pwd'];

const q = (s: string): string => JSON.stringify(s);

function list(indent: string, items: readonly string[]): string {
  return items.map((i) => `${indent}- ${q(i)}\n`).join('');
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** Drops `a/b/**` when `a/**` is also there (the conflict analysis would call it redundant). */
function withoutSubsumed(globs: string[]): string[] {
  const dirs = globs.filter((g) => g.endsWith('/**')).map((g) => g.slice(0, -2));
  return globs.filter((g) => !dirs.some((d) => g !== `${d}**` && g.startsWith(d)));
}

/** The policy text for this repository. */
export function policyTemplate(facts: ProjectFacts): string {
  const rules = facts.ecosystems.map((e) => ecosystemRules(e, facts));
  const allow = withoutSubsumed(unique([...rules.flatMap((r) => r.allow), ...COMMON_DIRS.filter((d) => facts.dirs.has(d)).map((d) => `${d}/**`)]));
  const commands = unique([...rules.flatMap((r) => r.commands), ...READ_ONLY_COMMANDS]);
  const denyCommands = unique([...COMMAND_DENIES, ...rules.flatMap((r) => r.denyCommands)]);
  const hosts = unique(rules.flatMap((r) => r.hosts));
  const manifests = unique(rules.flatMap((r) => r.manifests));
  const installs = unique(rules.flatMap((r) => r.installs));
  const detected = rules.length > 0 ? rules.map((r) => r.label).join(', ') : 'no known build system';

  let out = `# yaml-language-server: $schema=${facts.localSchema ?? SCHEMA_URL}\n`;
  out += `# What AI coding agents may do in this repository. Generated by \`agent-policy-lint init\`\n`;
  out += `# for: ${detected}. Review it, then change it through reviewed pull requests.\n`;
  out += `# Format: https://github.com/agent-policy-lint/agent-policy-lint/blob/main/docs/policy-format.md\n`;
  out += `version: ${q(POLICY_VERSION)}\n\n`;
  out += `default_permissions:\n`;
  out += `  filesystem:\n`;
  if (allow.length > 0) {
    out += `    # Agents may write only here (deny always wins over allow).\n`;
    out += `    allow:\n${list('      ', allow)}`;
  } else {
    out += `    # No allow list: every path that no deny names may be written. Add one to narrow it.\n`;
    out += `    allow: []\n`;
  }
  out += `    deny:\n`;
  out += `      # Secrets and keys\n${list('      ', SECRET_DENIES)}`;
  out += `      # CI configuration and commit hooks\n${list('      ', CI_DENIES)}`;
  out += `      # Infrastructure\n${list('      ', INFRA_DENIES)}`;
  out += `      # This policy, its overrides and its records: changed by people, in review\n${list('      ', SELF_DENIES)}`;
  out += `  commands:\n`;
  out += `    allow:\n${list('      ', commands)}`;
  out += `    deny:\n${list('      ', denyCommands)}`;
  out += `  network:\n`;
  out += `    allow_outbound: false\n`;
  out += hosts.length > 0 ? `    exceptions:\n${list('      ', hosts)}` : `    exceptions: []\n`;
  if (manifests.length > 0 || installs.length > 0) {
    out += `\nconstraints:\n`;
    out += `  # Dependency changes are allowed only with a human's approval.\n`;
    out += `  require_human_approval:\n`;
    out += manifests.map((m) => `    - file_pattern: ${q(m)}\n`).join('');
    out += installs.map((c) => `    - command_pattern: ${q(c)}\n`).join('');
  }
  out += `\n# How the pre-commit hook recognises a commit made by an agent (docs/pre-commit.md):\n`;
  out += `# built-in markers such as CLAUDECODE=1, plus AGENT_ID and --agent. Add your own with\n`;
  out += `# agent_detection (see the docs for the exact keys).\n`;
  return out;
}

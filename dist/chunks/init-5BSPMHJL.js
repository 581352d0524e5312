import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  parseFlags
} from "./chunk-XOWSN67O.js";
import {
  UsageError
} from "./chunk-6RCGQYBU.js";
import "./chunk-F2HVAYKC.js";
import "./chunk-F2VQ6EFB.js";

// src/cli/commands/init.ts
import { existsSync, mkdirSync, readFileSync as readFileSync2, statSync as statSync2, writeFileSync } from "node:fs";
import { dirname, join as join2, resolve } from "node:path";

// src/init/detect.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
var MARKERS = {
  node: ["package.json"],
  python: ["pyproject.toml", "requirements.txt", "setup.py", "setup.cfg", "Pipfile", "uv.lock", "poetry.lock"],
  go: ["go.mod"],
  rust: ["Cargo.toml"],
  java: ["pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts"],
  ruby: ["Gemfile", "Rakefile"]
};
function detectProject(dir) {
  let names = [];
  try {
    names = readdirSync(dir);
  } catch {
    names = [];
  }
  let entries = new Set(names), dirs = new Set(
    names.filter((n) => {
      try {
        return statSync(join(dir, n)).isDirectory();
      } catch {
        return !1;
      }
    })
  ), facts = {
    ecosystems: Object.keys(MARKERS).filter(
      (eco) => MARKERS[eco].some((m) => entries.has(m)) || eco === "python" && names.some((n) => /^requirements.*\.txt$/.test(n)) || eco === "ruby" && names.some((n) => n.endsWith(".gemspec"))
    ),
    entries,
    dirs,
    nodeRunner: entries.has("pnpm-lock.yaml") ? "pnpm" : entries.has("yarn.lock") ? "yarn" : entries.has("bun.lockb") || entries.has("bun.lock") ? "bun" : "npm"
  };
  if (entries.has("package.json"))
    try {
      let pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")), obj = (v) => v && typeof v == "object" && !Array.isArray(v) ? v : {};
      facts.packageJson = { scripts: obj(pkg.scripts), devDependencies: obj(pkg.devDependencies), dependencies: obj(pkg.dependencies) };
    } catch {
    }
  return facts;
}

// src/init/policy.ts
var SCHEMA_URL = "https://agent-policy-lint.dev/schemas/agent-policy-2.1.schema.json";
function ecosystemRules(eco, facts) {
  switch (eco) {
    case "node": {
      let run2 = facts.nodeRunner, scripts = facts.packageJson?.scripts ?? {}, runScript = (s) => run2 === "npm" || run2 === "pnpm" ? `${run2} run ${s}` : `${run2} ${s}`, commands = [`${run2} test`];
      for (let s of ["lint", "build", "typecheck", "format"]) s in scripts && commands.push(runScript(s));
      return {
        label: "Node.js (package.json)",
        allow: ["src/**", "test/**"],
        commands,
        denyCommands: [`${run2} publish`],
        hosts: run2 === "yarn" ? ["registry.npmjs.org", "registry.yarnpkg.com"] : ["registry.npmjs.org"],
        manifests: ["package.json", "package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "yarn.lock", "bun.lock", "bun.lockb", ".npmrc"],
        installs: run2 === "npm" ? ["npm install", "npm ci"] : run2 === "yarn" ? ["yarn add", "yarn install"] : [`${run2} add`, `${run2} install`]
      };
    }
    case "python":
      return {
        label: "Python (pyproject.toml / requirements)",
        allow: ["src/**", "tests/**"],
        commands: ["pytest", "python -m pytest"],
        denyCommands: ["twine upload"],
        hosts: ["pypi.org", "files.pythonhosted.org"],
        manifests: ["pyproject.toml", "requirements*.txt", "setup.py", "setup.cfg", "Pipfile", "Pipfile.lock", "poetry.lock", "uv.lock"],
        installs: ["pip install", "python -m pip install", "poetry add", "uv add"]
      };
    case "go":
      return {
        label: "Go (go.mod)",
        allow: ["**/*.go", "testdata/**"],
        commands: ["go test", "go build", "go vet"],
        denyCommands: [],
        hosts: ["proxy.golang.org", "sum.golang.org"],
        manifests: ["go.mod", "go.sum", "go.work", "go.work.sum"],
        installs: ["go get", "go install"]
      };
    case "rust":
      return {
        label: "Rust (Cargo.toml)",
        allow: ["src/**", "tests/**", "benches/**", "examples/**"],
        commands: ["cargo test", "cargo build", "cargo check", "cargo clippy", "cargo fmt"],
        denyCommands: ["cargo publish"],
        hosts: ["crates.io", "index.crates.io", "static.crates.io"],
        manifests: ["Cargo.toml", "Cargo.lock"],
        installs: ["cargo add", "cargo install"]
      };
    case "java": {
      let gradle = ["build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts"].some((f) => facts.entries.has(f)), maven = facts.entries.has("pom.xml"), commands = [];
      return maven && commands.push("mvn test", "mvn verify", "./mvnw test", "./mvnw verify"), gradle && commands.push("gradle test", "gradle build", "./gradlew test", "./gradlew build"), {
        label: `Java (${[maven && "Maven", gradle && "Gradle"].filter(Boolean).join(" + ")})`,
        allow: ["src/main/**", "src/test/**"],
        commands,
        denyCommands: maven ? ["mvn deploy", "./mvnw deploy"] : ["gradle publish", "./gradlew publish"],
        hosts: ["repo.maven.apache.org", "repo1.maven.org", ...gradle ? ["plugins.gradle.org", "services.gradle.org"] : []],
        manifests: ["pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts", "gradle.properties", "gradle/wrapper/**", ".mvn/**"],
        installs: []
      };
    }
    case "ruby":
      return {
        label: "Ruby (Gemfile)",
        allow: ["lib/**", "spec/**", "test/**", "app/**"],
        commands: ["bundle exec rspec", "bundle exec rake test", "rake test"],
        denyCommands: ["gem push"],
        hosts: ["rubygems.org", "index.rubygems.org"],
        manifests: ["Gemfile", "Gemfile.lock", "*.gemspec"],
        installs: ["bundle install", "bundle add", "gem install"]
      };
  }
}
var COMMON_DIRS = ["src", "lib", "app", "pkg", "cmd", "internal", "test", "tests", "__tests__", "spec", "docs", "examples"], SECRET_DENIES = [".env*", "*.pem", "*.key", "*.p12", "*.pfx", "secrets/**", "**/id_rsa*", "**/id_ed25519*", "**/id_ecdsa*"], CI_DENIES = [".github/workflows/**", ".github/actions/**", ".gitlab-ci.yml", ".circleci/**", "Jenkinsfile", ".husky/**", ".pre-commit-config.yaml"], INFRA_DENIES = ["terraform/**", "*.tf", "*.tfvars", "*.tfstate*", "k8s/**", "kubernetes/**", "helm/**", "infra/**", "infrastructure/**"], SELF_DENIES = [".agent-policy.yml", "**/.agent-policy.override.yml", ".agent-policy/**"], COMMAND_DENIES = ["rm -rf", "git push --force", "git push -f", "git reset --hard", "curl *", "wget *", "ssh *", "scp *"], READ_ONLY_COMMANDS = ["git status", "git diff", "git log", "git show", "ls", "cat", "grep", "rg", "pwd"], q = (s) => JSON.stringify(s);
function list(indent, items) {
  return items.map((i) => `${indent}- ${q(i)}
`).join("");
}
function unique(items) {
  return [...new Set(items)];
}
function withoutSubsumed(globs) {
  let dirs = globs.filter((g) => g.endsWith("/**")).map((g) => g.slice(0, -2));
  return globs.filter((g) => !dirs.some((d) => g !== `${d}**` && g.startsWith(d)));
}
function policyTemplate(facts) {
  let rules = facts.ecosystems.map((e) => ecosystemRules(e, facts)), allow = withoutSubsumed(unique([...rules.flatMap((r) => r.allow), ...COMMON_DIRS.filter((d) => facts.dirs.has(d)).map((d) => `${d}/**`)])), commands = unique([...rules.flatMap((r) => r.commands), ...READ_ONLY_COMMANDS]), denyCommands = unique([...COMMAND_DENIES, ...rules.flatMap((r) => r.denyCommands)]), hosts = unique(rules.flatMap((r) => r.hosts)), manifests = unique(rules.flatMap((r) => r.manifests)), installs = unique(rules.flatMap((r) => r.installs)), detected = rules.length > 0 ? rules.map((r) => r.label).join(", ") : "no known build system", out = `# yaml-language-server: $schema=${SCHEMA_URL}
`;
  return out += "# What AI coding agents may do in this repository. Generated by `agent-policy-lint init`\n", out += `# for: ${detected}. Review it, then change it through reviewed pull requests.
`, out += `# Format: https://github.com/agent-policy-lint/agent-policy-lint/blob/main/docs/policy-format.md
`, out += `version: ${q("2.1")}

`, out += `default_permissions:
`, out += `  filesystem:
`, allow.length > 0 ? (out += `    # Agents may write only here (deny always wins over allow).
`, out += `    allow:
${list("      ", allow)}`) : (out += `    # No allow list: every path that no deny names may be written. Add one to narrow it.
`, out += `    allow: []
`), out += `    deny:
`, out += `      # Secrets and keys
${list("      ", SECRET_DENIES)}`, out += `      # CI configuration and commit hooks
${list("      ", CI_DENIES)}`, out += `      # Infrastructure
${list("      ", INFRA_DENIES)}`, out += `      # This policy, its overrides and its records: changed by people, in review
${list("      ", SELF_DENIES)}`, out += `  commands:
`, out += `    allow:
${list("      ", commands)}`, out += `    deny:
${list("      ", denyCommands)}`, out += `  network:
`, out += `    allow_outbound: false
`, out += hosts.length > 0 ? `    exceptions:
${list("      ", hosts)}` : `    exceptions: []
`, (manifests.length > 0 || installs.length > 0) && (out += `
constraints:
`, out += `  # Dependency changes are allowed only with a human's approval.
`, out += `  require_human_approval:
`, out += manifests.map((m) => `    - file_pattern: ${q(m)}
`).join(""), out += installs.map((c) => `    - command_pattern: ${q(c)}
`).join("")), out += `
# How the pre-commit hook recognises a commit made by an agent (docs/pre-commit.md):
`, out += `# built-in markers such as CLAUDECODE=1, plus AGENT_ID and --agent. Add your own with
`, out += `# agent_detection (see the docs for the exact keys).
`, out;
}

// src/init/templates.ts
var HUSKY_HOOK = `npx agent-policy-lint --staged
`, WORKFLOW = `name: agent-policy
on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read # the checkout, and the base version of a changed policy file
  pull-requests: write # labels on agent-authored pull requests

jobs:
  agent-policy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      # Lints the policy, labels agent-authored pull requests, checks the files they change and
      # replays the agent logs they add (docs/action.md).
      - uses: agent-policy-lint/agent-policy-lint@v1
        with:
          check-conflicts: true
`;
function addHuskyPrepare(original) {
  let pkg;
  try {
    pkg = JSON.parse(original);
  } catch (e) {
    return { note: `package.json does not parse (${e.message}); add "prepare": "husky" to its scripts by hand` };
  }
  if (!pkg || typeof pkg != "object" || Array.isArray(pkg)) return { note: 'package.json is not an object; add "prepare": "husky" by hand' };
  let scripts = pkg.scripts;
  if (scripts !== void 0 && (typeof scripts != "object" || scripts === null || Array.isArray(scripts)))
    return { note: 'package.json "scripts" is not an object; add "prepare": "husky" by hand' };
  let s = { ...scripts ?? {} }, prepare = s.prepare, note;
  if (prepare === void 0)
    s.prepare = "husky", note = 'added "prepare": "husky" to package.json';
  else {
    if (typeof prepare != "string")
      return { note: 'package.json "scripts.prepare" is not a string; add husky to it by hand' };
    if (/(^|[\s;&|])husky(\s|$|;|&)/.test(prepare) || prepare.trim() === "husky")
      return { note: 'package.json "prepare" already runs husky' };
    s.prepare = `${prepare} && husky`, note = `appended "&& husky" to the existing package.json "prepare" script (was: ${JSON.stringify(prepare)})`;
  }
  pkg.scripts = s;
  let indent = /^[ \t]*\{\s*?\r?\n([ \t]+)\S/.exec(original)?.[1] ?? "  ", eol = original.includes(`\r
`) ? `\r
` : `
`, text = JSON.stringify(pkg, null, indent);
  return eol === `\r
` && (text = text.replace(/\n/g, `\r
`)), /\r?\n$/.test(original) && (text += eol), { text, note };
}

// src/cli/commands/init.ts
var USAGE = `Usage: agent-policy-lint init [--force] [--dir DIR]

Scaffolds, in DIR (default: the current directory):
  .agent-policy.yml                 a starting policy chosen from what the repository contains
  .husky/pre-commit                 husky 9 hook running "npx agent-policy-lint --staged"
  .github/workflows/agent-policy.yml  the GitHub Action on pull requests
and adds "prepare": "husky" to package.json's scripts when there is a package.json.

Existing files are kept unless --force is given.

Options:
      --force      overwrite existing files
      --dir DIR    the repository to set up
  -h, --help       show this help`;
function gitRootOf(dir) {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join2(d, ".git"))) return d;
    if (dirname(d) === d) return;
  }
}
async function run(argv, cwd) {
  let { values } = parseFlags(
    {
      args: argv,
      strict: !0,
      allowPositionals: !1,
      options: {
        force: { type: "boolean", default: !1 },
        dir: { type: "string" },
        help: { type: "boolean", short: "h", default: !1 }
      }
    },
    "init"
  );
  if (values.help)
    return process.stdout.write(USAGE + `
`), 0;
  let dir = resolve(cwd, values.dir ?? ".");
  if (!existsSync(dir) || !statSync2(dir).isDirectory()) throw new UsageError(`--dir: "${values.dir}" is not a directory`);
  let force = values.force ?? !1, facts = detectProject(dir), lines = [], hints = [], put = (rel, text, mode) => {
    let abs = join2(dir, rel), exists = existsSync(abs);
    if (exists && !force) {
      lines.push(`${"skipped".padEnd(9)} ${rel} (exists; --force overwrites it)`);
      return;
    }
    mkdirSync(dirname(abs), { recursive: !0 }), writeFileSync(abs, text, mode === void 0 ? void 0 : { mode }), lines.push(`${(exists ? "overwrote" : "wrote").padEnd(9)} ${rel}`);
  };
  if (put(".agent-policy.yml", policyTemplate(facts)), put(".husky/pre-commit", HUSKY_HOOK, 493), put(".github/workflows/agent-policy.yml", WORKFLOW), facts.entries.has("package.json")) {
    let pkgPath = join2(dir, "package.json"), edit = addHuskyPrepare(readFileSync2(pkgPath, "utf8"));
    edit.text !== void 0 ? (writeFileSync(pkgPath, edit.text), lines.push(`updated package.json: ${edit.note}`)) : lines.push(`left package.json as it is: ${edit.note}`);
    let deps = { ...facts.packageJson?.dependencies, ...facts.packageJson?.devDependencies };
    "husky" in deps || hints.push('husky is not installed: run `npm i -D husky` (its "prepare" script then installs the hook).'), "agent-policy-lint" in deps || hints.push("add the linter itself so the hook can run it offline: `npm i -D agent-policy-lint`.");
  } else
    hints.push("no package.json: install the hook without husky, e.g. `git config core.hooksPath .husky`, or use the pre-commit framework (docs/pre-commit.md).");
  let repo = gitRootOf(dir);
  return repo === void 0 ? hints.push("no .git here: husky needs a git repository (`git init`) before it can install the hook.") : repo !== dir && hints.push(`the git repository starts at ${repo}: husky installs hooks from there (see husky's docs on projects in a subdirectory).`), process.stdout.write(lines.map((l) => `${l}
`).join("")), hints.length > 0 && process.stdout.write(`
Next:
${hints.map((h) => `  - ${h}
`).join("")}`), 0;
}
export {
  run
};

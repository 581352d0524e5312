import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  detectAgentDirs,
  installAgentHooks
} from "./chunk-EZLHEIBY.js";
import "./chunk-OJEHWALM.js";
import {
  parseFlags
} from "./chunk-MBKERYEW.js";
import "./chunk-4ZWHCVI7.js";
import {
  GUARD_AGENTS
} from "./chunk-7DK35ULS.js";
import "./chunk-O3G5XKBQ.js";
import {
  VERSION
} from "./chunk-TBDWGYFU.js";
import {
  require_dist
} from "./chunk-L2XDMHMZ.js";
import {
  UsageError
} from "./chunk-6RCGQYBU.js";
import {
  __toESM
} from "./chunk-F2VQ6EFB.js";

// src/cli/commands/init.ts
import { existsSync as existsSync3, mkdirSync as mkdirSync2, statSync as statSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname2, join as join4, resolve } from "node:path";

// src/init/detect.ts
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
var MARKERS = {
  node: ["package.json"],
  python: ["pyproject.toml", "requirements.txt", "setup.py", "setup.cfg", "Pipfile", "uv.lock", "poetry.lock"],
  go: ["go.mod"],
  rust: ["Cargo.toml"],
  java: ["pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts"],
  ruby: ["Gemfile", "Rakefile"]
}, LOCAL_SCHEMA = "node_modules/agent-policy-lint/schemas/agent-policy-2.1.schema.json";
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
  if (existsSync(join(dir, LOCAL_SCHEMA)) && (facts.localSchema = `./${LOCAL_SCHEMA}`), entries.has("package.json"))
    try {
      let pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")), obj = (v) => v && typeof v == "object" && !Array.isArray(v) ? v : {};
      facts.packageJson = { scripts: obj(pkg.scripts), devDependencies: obj(pkg.devDependencies), dependencies: obj(pkg.dependencies) };
    } catch {
    }
  return facts;
}

// src/init/policy.ts
var SCHEMA_URL = "https://cdn.jsdelivr.net/npm/agent-policy-lint@1/schemas/agent-policy-2.1.schema.json";
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
  let rules = facts.ecosystems.map((e) => ecosystemRules(e, facts)), allow = withoutSubsumed(unique([...rules.flatMap((r) => r.allow), ...COMMON_DIRS.filter((d) => facts.dirs.has(d)).map((d) => `${d}/**`)])), commands = unique([...rules.flatMap((r) => r.commands), ...READ_ONLY_COMMANDS]), denyCommands = unique([...COMMAND_DENIES, ...rules.flatMap((r) => r.denyCommands)]), hosts = unique(rules.flatMap((r) => r.hosts)), manifests = unique(rules.flatMap((r) => r.manifests)), installs = unique(rules.flatMap((r) => r.installs)), detected = rules.length > 0 ? rules.map((r) => r.label).join(", ") : "no known build system", out = `# yaml-language-server: $schema=${facts.localSchema ?? SCHEMA_URL}
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

// src/init/commit-hook.ts
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync as existsSync2, mkdirSync, readFileSync as readFileSync2, writeFileSync } from "node:fs";
import { join as join2 } from "node:path";

// src/init/pre-commit-config.ts
var import_yaml = __toESM(require_dist(), 1), PRE_COMMIT_CONFIG = ".pre-commit-config.yaml", HOOKS_REPO = "https://github.com/agent-policy-lint/agent-policy-lint";
function hooksEntry(version) {
  return {
    repo: HOOKS_REPO,
    rev: `v${version}`,
    // agent-policy-lint: each commit (what is staged); agent-policy-lint-all: `pre-commit run
    // --all-files` and CI (the whole policy, its conflicts and the committed agent logs).
    hooks: [{ id: "agent-policy-lint" }, { id: "agent-policy-lint-all" }]
  };
}
function newPreCommitConfig(version) {
  let doc = (0, import_yaml.parseDocument)(`repos: []
`);
  return doc.set("repos", doc.createNode([hooksEntry(version)])), `# pre-commit hooks (https://pre-commit.com); install them with: pre-commit install
${doc.toString()}`;
}
function addHooksEntry(original, version) {
  if (original.includes(HOOKS_REPO) || /\bid:\s*agent-policy-lint\b/.test(original)) return { note: `${PRE_COMMIT_CONFIG} already runs agent-policy-lint` };
  let doc = (0, import_yaml.parseDocument)(original);
  if (doc.errors.length > 0) return { note: `${PRE_COMMIT_CONFIG} does not parse (${doc.errors[0].message.split(`
`)[0]}); add the entry from docs/pre-commit.md by hand` };
  let root = doc.contents, repos = (0, import_yaml.isMap)(root) ? root.get("repos", !0) : void 0;
  return (0, import_yaml.isSeq)(repos) ? (repos.add(doc.createNode(hooksEntry(version))), { text: doc.toString(), note: `added the agent-policy-lint hooks to ${PRE_COMMIT_CONFIG}` }) : { note: `${PRE_COMMIT_CONFIG} has no "repos" list; add the entry from docs/pre-commit.md by hand` };
}

// src/init/templates.ts
var LOCAL_BIN = "node_modules/.bin/agent-policy-lint", STAGED_ENTRY = "node_modules/agent-policy-lint/dist/pre-commit.cjs", HOOK_MARK = "# agent-policy-lint:", HUSKY_HOOK = `${HOOK_MARK} refuse commits that break the agent policy (docs/pre-commit.md)
[ -f ${STAGED_ENTRY} ] || { echo "agent-policy-lint is not installed here (or is older than this hook): run npm install (or npm i -D agent-policy-lint)" >&2; exit 1; }
node ${STAGED_ENTRY} --staged
`, HUSKY_HOOK_BEFORE_PRE_COMMIT_ENTRY = `${HOOK_MARK} refuse commits that break the agent policy (docs/pre-commit.md)
[ -x ${LOCAL_BIN} ] || { echo "agent-policy-lint is not installed here: run npm install (or npm i -D agent-policy-lint)" >&2; exit 1; }
${LOCAL_BIN} --staged
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

// src/init/commit-hook.ts
var HUSKY_FILE = ".husky/pre-commit";
function setUpCommitHook(input) {
  return input.facts.entries.has(PRE_COMMIT_CONFIG) || !input.facts.entries.has("package.json") ? withPreCommitFramework(input) : withHusky(input);
}
function withPreCommitFramework({ dir, repoRoot, version }) {
  let out = { lines: [], hints: [] }, path = join2(dir, PRE_COMMIT_CONFIG);
  if (!existsSync2(path))
    writeFileSync(path, newPreCommitConfig(version)), out.lines.push(`${"wrote".padEnd(9)} ${PRE_COMMIT_CONFIG} (the pre-commit framework: no package.json here for husky)`);
  else {
    let edit = addHooksEntry(readFileSync2(path, "utf8"), version);
    edit.text !== void 0 && writeFileSync(path, edit.text), out.lines.push(`${(edit.text !== void 0 ? "updated" : "kept").padEnd(9)} ${PRE_COMMIT_CONFIG}: ${edit.note}`);
  }
  if (repoRoot === void 0)
    return out.hints.push("no .git here: run `git init`, then `pre-commit install`."), out;
  let installed = spawnSync("pre-commit", ["install"], { cwd: repoRoot, encoding: "utf8" });
  return installed.error ? out.hints.push("install the pre-commit framework (pipx install pre-commit, or your package manager), then run `pre-commit install`.") : installed.status !== 0 ? out.hints.push(`\`pre-commit install\` failed: ${(installed.stderr || installed.stdout).trim()}`) : out.lines.push(`${"ran".padEnd(9)} pre-commit install: ${installed.stdout.trim()}`), out;
}
function withHusky({ dir, repoRoot, facts, force }) {
  let out = { lines: [], hints: [] }, hookPath = join2(dir, HUSKY_FILE);
  if (!existsSync2(hookPath) || force) {
    let existed = existsSync2(hookPath);
    mkdirSync(join2(dir, ".husky"), { recursive: !0 }), writeFileSync(hookPath, HUSKY_HOOK), out.lines.push(`${(existed ? "overwrote" : "wrote").padEnd(9)} ${HUSKY_FILE}`);
  } else {
    let text = readFileSync2(hookPath, "utf8");
    text.includes(HUSKY_HOOK_BEFORE_PRE_COMMIT_ENTRY) ? (writeFileSync(hookPath, text.replace(HUSKY_HOOK_BEFORE_PRE_COMMIT_ENTRY, () => HUSKY_HOOK)), out.lines.push(`${"updated".padEnd(9)} ${HUSKY_FILE}: the check runs dist/pre-commit.cjs (its other lines are kept)`)) : text.includes(HOOK_MARK) || /agent-policy-lint\b.*--staged/.test(text) ? out.lines.push(`${"kept".padEnd(9)} ${HUSKY_FILE} (it already runs agent-policy-lint)`) : (writeFileSync(hookPath, `${text}${text === "" || text.endsWith(`
`) ? "" : `
`}
${HUSKY_HOOK}`), out.lines.push(`${"appended".padEnd(9)} the agent-policy-lint check to ${HUSKY_FILE} (its other lines are kept)`));
  }
  chmodSync(hookPath, 493);
  let pkgPath = join2(dir, "package.json"), edit = addHuskyPrepare(readFileSync2(pkgPath, "utf8"));
  edit.text !== void 0 && writeFileSync(pkgPath, edit.text), out.lines.push(edit.text !== void 0 ? `updated package.json: ${edit.note}` : `left package.json as it is: ${edit.note}`);
  let deps = { ...facts.packageJson?.dependencies, ...facts.packageJson?.devDependencies }, missing = ["husky", "agent-policy-lint"].filter((name) => !(name in deps));
  if (missing.length > 0 && out.hints.push(`install ${missing.join(" and ")} as devDependencies, then husky's hook: \`npm i -D ${missing.join(" ")} && npx husky\`.`), repoRoot === void 0)
    out.hints.push("no .git here: husky needs a git repository (`git init`, then `npx husky`).");
  else if (repoRoot !== dir)
    out.hints.push(`the git repository starts at ${repoRoot}: husky installs hooks from there (see husky's docs on projects in a subdirectory).`);
  else {
    let huskyBin = join2(dir, "node_modules/husky/bin.js");
    if (existsSync2(huskyBin)) {
      let r = spawnSync(process.execPath, [huskyBin], { cwd: dir, encoding: "utf8" }), said = `${r.stdout ?? ""}${r.stderr ?? ""}`.trim();
      r.status === 0 && said === "" ? out.lines.push(`${"ran".padEnd(9)} husky: git now runs ${HUSKY_FILE} on every commit`) : out.hints.push(`husky could not install the hook${said ? `: ${said}` : ""}`);
    }
  }
  return out.hints.push("`npx husky init` would replace .husky/pre-commit with `npm test`; husky is already set up. If it happened, run `npx agent-policy-lint init` again: it adds the check back."), out;
}

// src/init/own-package.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { dirname, join as join3 } from "node:path";
import { fileURLToPath } from "node:url";
function ownPackage(from = fileURLToPath(import.meta.url)) {
  let dir = dirname(from);
  for (let i = 0; i < 4; i++, dir = dirname(dir))
    try {
      let pkg = JSON.parse(readFileSync3(join3(dir, "package.json"), "utf8"));
      if (pkg.name === "agent-policy-lint") return pkg;
    } catch {
    }
}

// src/init/workflow.ts
var CHECKOUT = { action: "actions/checkout", ref: "8e8c483db84b4bee98b60c0593521ed34d9990e8", version: "v6.0.1" }, UPLOAD_ARTIFACT = { action: "actions/upload-artifact", ref: "ea165f8d65b6e75b540449e92b4886f43607fa02", version: "v4.6.2" }, UPLOAD_SARIF = { action: "github/codeql-action/upload-sarif", ref: "5d4e8d1aca955e8d8589aabd499c5cae939e33c7", version: "v4.31.9" };
function selfPin(release) {
  let commit = typeof release?.commit == "string" && /^[0-9a-f]{40}$/.test(release.commit) ? release.commit : void 0;
  return commit ? { action: "agent-policy-lint/agent-policy-lint", ref: commit, version: typeof release?.version == "string" ? `v${release.version}` : void 0 } : { action: "agent-policy-lint/agent-policy-lint", ref: "v1" };
}
function usesLine(pin) {
  return `${pin.action}@${pin.ref}${pin.version ? ` # ${pin.version}` : ""}`;
}
var WORKFLOW_PATH = ".github/workflows/agent-policy.yml";
function workflowYaml(self = selfPin()) {
  return `# ${WORKFLOW_PATH}
name: agent-policy
on:
  pull_request:
  push:
    branches: [main]

permissions: {} # nothing by default; the job asks for what it needs

jobs:
  agent-policy:
    runs-on: ubuntu-latest
    permissions:
      contents: read # the checkout, and the base version of a changed policy file
      pull-requests: write # labels on agent-authored pull requests
      security-events: write # upload the SARIF file to code scanning
      actions: read # upload-sarif reads the run's details in private repositories
    steps:
      - uses: ${usesLine(CHECKOUT)}
        with:
          persist-credentials: false
      - id: policy
        uses: ${usesLine(self)}
        with:
          check-conflicts: true
          agent-log: |
            .agent-actions.jsonl
            .agent-logs/**/*.jsonl
          sarif-file: agent-policy.sarif
          html-report: agent-policy-report.html
      - name: Upload the findings to code scanning
        # A fork's pull request gets a read-only token: it cannot upload.
        if: always() && steps.policy.outputs.sarif-file != '' && github.event.pull_request.head.repo.fork != true
        uses: ${usesLine(UPLOAD_SARIF)}
        with:
          sarif_file: \${{ steps.policy.outputs.sarif-file }}
          category: agent-policy-lint
      - name: Keep the HTML report as a build artifact
        if: always() && steps.policy.outputs.html-report != ''
        uses: ${usesLine(UPLOAD_ARTIFACT)}
        with:
          name: agent-policy-report
          path: \${{ steps.policy.outputs.html-report }}
          retention-days: 14
      - name: Say which agent signals were found
        if: steps.policy.outputs.agent-authored == 'true'
        env:
          # Commit trailers and branch names are written by the pull request's author: never
          # expand them into the script itself.
          SIGNALS: \${{ steps.policy.outputs.agent-signals }}
        run: |
          printf 'Agent-authored; signals: %s\\n' "$SIGNALS"
`;
}

// src/init/agent-hooks/args.ts
function agentsToInstall(flags, dir) {
  if (!flags || flags.length === 0) return detectAgentDirs(dir);
  for (let a of flags)
    if (!GUARD_AGENTS.includes(a)) throw new UsageError(`--agent: unknown agent "${a}"; expected one of ${GUARD_AGENTS.join(", ")}`);
  return [...new Set(flags)];
}

// src/cli/commands/init.ts
var USAGE = `Usage: agent-policy-lint init [--force] [--dir DIR] [--agent AGENT]...

Scaffolds, in DIR (default: the current directory):
  .agent-policy.yml                 a starting policy chosen from what the repository contains
  .github/workflows/agent-policy.yml  the GitHub Action on pull requests
and the pre-commit check (agent-policy-lint --staged), installed so that it runs:
  - with the pre-commit framework when .pre-commit-config.yaml exists (or there is no
    package.json): the hooks are added to it and "pre-commit install" is run;
  - otherwise with husky 9: .husky/pre-commit (appended to an existing one), "prepare": "husky"
    in package.json, and husky's own install when husky is in node_modules.
It also installs the runtime guard (agent-policy-lint hook) in each agent's project hook
configuration, merged into existing files (keys and comments kept): the agents named by
--agent, else those whose configuration directory exists (.claude, .codex, .gemini, .cursor,
.github/hooks). See docs/runtime.md.

Existing files are kept unless --force is given (the hook is appended, never replaced).

Options:
      --force      overwrite existing files
      --dir DIR    the repository to set up
      --agent A    install the guard for claude, codex, gemini, cursor or copilot (repeatable)
  -h, --help       show this help`;
function gitRootOf(dir) {
  for (let d = dir; ; d = dirname2(d)) {
    if (existsSync3(join4(d, ".git"))) return d;
    if (dirname2(d) === d) return;
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
        agent: { type: "string", multiple: !0 },
        help: { type: "boolean", short: "h", default: !1 }
      }
    },
    "init"
  );
  if (values.help)
    return process.stdout.write(USAGE + `
`), 0;
  let dir = resolve(cwd, values.dir ?? ".");
  if (!existsSync3(dir) || !statSync2(dir).isDirectory()) throw new UsageError(`--dir: "${values.dir}" is not a directory`);
  let force = values.force ?? !1, facts = detectProject(dir), lines = [], hints = [], put = (rel, text, mode) => {
    let abs = join4(dir, rel), exists = existsSync3(abs);
    if (exists && !force) {
      lines.push(`${"skipped".padEnd(9)} ${rel} (exists; --force overwrites it)`);
      return;
    }
    mkdirSync2(dirname2(abs), { recursive: !0 }), writeFileSync2(abs, text, mode === void 0 ? void 0 : { mode }), lines.push(`${(exists ? "overwrote" : "wrote").padEnd(9)} ${rel}`);
  };
  put(".agent-policy.yml", policyTemplate(facts)), put(WORKFLOW_PATH, workflowYaml(selfPin(ownPackage()?.actionRelease)));
  let hook = setUpCommitHook({ dir, repoRoot: gitRootOf(dir), facts, force, version: VERSION });
  return lines.push(...hook.lines), hints.push(...hook.hints), lines.push(...installAgentHooks(dir, agentsToInstall(values.agent, dir))), process.stdout.write(lines.map((l) => `${l}
`).join("")), hints.length > 0 && process.stdout.write(`
Next:
${hints.map((h) => `  - ${h}
`).join("")}`), 0;
}
export {
  run
};

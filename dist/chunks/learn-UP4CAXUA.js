import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  STDIN,
  STDIN_FD,
  resolveLogs
} from "./chunk-XBGLS2AA.js";
import {
  newReaderState,
  readLine,
  streamLinesSync
} from "./chunk-OPBQKBV5.js";
import {
  formatNotes
} from "./chunk-UFRUKV6A.js";
import {
  draftToYaml
} from "./chunk-KAOA6GTO.js";
import "./chunk-YBGZSBVW.js";
import {
  emptyDraft
} from "./chunk-SVDZDYXD.js";
import "./chunk-LBIEHBQX.js";
import "./chunk-2PS23LMK.js";
import {
  parseFlags
} from "./chunk-MBKERYEW.js";
import "./chunk-4ZWHCVI7.js";
import "./chunk-NG5DRVKH.js";
import {
  decide
} from "./chunk-DMJSEGUJ.js";
import "./chunk-O3G5XKBQ.js";
import {
  argvModel
} from "./chunk-FFE6UZP5.js";
import {
  analyzeUncached,
  executableName
} from "./chunk-ABQ5D6RS.js";
import "./chunk-Y7RLUBF5.js";
import {
  compilePolicy
} from "./chunk-RWEGZUW6.js";
import "./chunk-SHZN6C7X.js";
import "./chunk-MEUNCPUN.js";
import "./chunk-V5PX7ZKJ.js";
import "./chunk-YBE6BS43.js";
import "./chunk-ESNHMRV6.js";
import "./chunk-DXYBAHJO.js";
import "./chunk-VUNKACUS.js";
import "./chunk-VNHIW7E3.js";
import "./chunk-E7AKDGUQ.js";
import {
  loadPolicySet
} from "./chunk-E4YIPD2I.js";
import "./chunk-L2XDMHMZ.js";
import {
  findRepoRoot
} from "./chunk-PCFHNYAU.js";
import "./chunk-HTJE5MBF.js";
import {
  UsageError
} from "./chunk-6RCGQYBU.js";
import "./chunk-LQCPPXLP.js";
import "./chunk-DUFMWMGU.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-3M3UEKFW.js";
import "./chunk-GRFHVHPK.js";
import "./chunk-F2VQ6EFB.js";

// src/cli/commands/learn.ts
import { writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";

// src/native/learn/baseline.ts
var SENSITIVE_PATHS = [
  ".env*",
  "*.pem",
  "*.key",
  "*.p12",
  "*.pfx",
  "**/id_rsa*",
  "**/id_ed25519*",
  "**/id_ecdsa*",
  "**/credentials*",
  ".npmrc",
  ".pypirc",
  ".netrc",
  "secrets/**",
  ".git/**",
  ".agent-policy/**",
  ".agent-logs/**"
], DANGEROUS_COMMANDS = [
  "sudo",
  "su",
  "doas",
  "git push --force",
  "git reset --hard",
  "git clean -f",
  "rm -r /",
  "chmod -R 777",
  "mkfs",
  "shutdown",
  "reboot"
], INFRASTRUCTURE_PATHS = [
  ".github/workflows/**",
  ".github/actions/**",
  ".gitlab-ci.yml",
  ".circleci/**",
  "Jenkinsfile",
  "terraform/**",
  "*.tf",
  "k8s/**",
  "helm/**",
  "Dockerfile",
  "docker-compose*.yml"
];

// src/native/learn/generalize.ts
import { posix } from "node:path";
var GLOB_SYNTAX = /[*?[\]{}!\\]/;
function isPlainPath(path) {
  return !GLOB_SYNTAX.test(path);
}
function directoryGlobs(paths) {
  let all = [...new Set(paths)], observedDirs = /* @__PURE__ */ new Set();
  for (let p of all) for (let d = posix.dirname(p); d !== "."; d = posix.dirname(d)) observedDirs.add(d);
  let dirOf = (p) => observedDirs.has(p) ? p : posix.dirname(p) === "." ? "" : posix.dirname(p), dirs = [...new Set(all.map(dirOf).filter((d) => d !== ""))].sort((a, b) => a.length - b.length), out = /* @__PURE__ */ new Map(), add = (key, p) => {
    let list = out.get(key);
    list ? list.push(p) : out.set(key, [p]);
  };
  for (let p of all) {
    let dir = dirOf(p);
    if (dir === "") {
      add(p, p);
      continue;
    }
    let ancestor = dirs.find((d) => dir.startsWith(d + "/"));
    add(`${ancestor ?? dir}/**`, p);
  }
  return out;
}
var SUBCOMMAND_PROGRAMS = /* @__PURE__ */ new Set([
  "git",
  "npm",
  "pnpm",
  "yarn",
  "bun",
  "npx",
  "pnpx",
  "bunx",
  "deno",
  "cargo",
  "go",
  "docker",
  "podman",
  "kubectl",
  "helm",
  "terraform",
  "gh",
  "aws",
  "gcloud",
  "az",
  "pip",
  "pip3",
  "uv",
  "poetry",
  "make",
  "dotnet",
  "mvn",
  "gradle",
  "systemctl",
  "brew",
  "apt",
  "apt-get"
]), RUNNERS = /* @__PURE__ */ new Set(["run", "run-script", "exec", "x", "dlx"]), FORCE_PUSH = { pattern: "git push --force", what: "a forced push" }, RECURSIVE_DELETE = { pattern: "rm -r", what: "a recursive delete" };
function plainWord(word) {
  if (!(!word || word.dynamic || word.value === "" || word.value.startsWith("-") || /[*\s]/.test(word.value)))
    return word.value;
}
function commandRules(line) {
  let out = [];
  for (let simple of analyzeUncached(line).commands) {
    let argv = simple.argvs[simple.argvs.length - 1];
    if (!argv || argv.length === 0 || argv[0].dynamic) continue;
    let program = executableName(argv[0].value);
    if (program === "" || /[*\s]/.test(program)) continue;
    let model = argvModel(program, argv.slice(1)), words = [program];
    if (SUBCOMMAND_PROGRAMS.has(program)) {
      let sub = model.subcommand ?? plainWord(argv[1]);
      if (sub !== void 0 && plainWord({ value: sub, dynamic: !1 })) {
        words.push(sub);
        let target = RUNNERS.has(sub) && argv[1]?.value === sub ? plainWord(argv[2]) : void 0;
        target && words.push(target);
      }
    }
    let risky;
    program === "git" && model.subcommand === "push" && (model.options.has("--force") || model.operands.some((o) => o.startsWith("+"))) ? risky = FORCE_PUSH : program === "rm" && model.options.has("-r") && (risky = RECURSIVE_DELETE), out.push({ prefix: words.join(" "), risky });
  }
  return out;
}
function hostOf(action) {
  if (action.host) return action.host.toLowerCase().replace(/:\d+$/, "").replace(/\.$/, "");
  if (action.url)
    try {
      return new URL(action.url).hostname.toLowerCase().replace(/\.$/, "") || void 0;
    } catch {
      return;
    }
}

// src/native/learn/observe.ts
function observeLogs(files, repoRoot) {
  let out = { observations: [], findings: [], blocked: 0 };
  for (let file of files) observeFile(file, repoRoot, out);
  return out;
}
function observeFile(file, repoRoot, out) {
  let state = newReaderState(repoRoot), pending = [], blockedUses = /* @__PURE__ */ new Set(), source = file === STDIN ? STDIN_FD : file, problem = (line, message) => {
    out.findings.push({ ruleId: "learn-unreadable-line", severity: "warning", message, hint: "Fix or remove the line; it was not learned from.", file, line, column: 1 });
  };
  streamLinesSync(source, {
    line(text, lineNo) {
      if (text.trim() === "") return;
      let value;
      try {
        value = JSON.parse(text);
      } catch {
        problem(lineNo, "the line is not valid JSON");
        return;
      }
      let result = readLine(value, state);
      if (result.kind === "unknown") {
        problem(lineNo, result.message);
        return;
      }
      for (let o of result.outcomes ?? []) o.blocked && blockedUses.add(o.toolUseId);
      if (result.kind !== "skip")
        for (let entry of result.entries) pending.push({ entry, line: lineNo });
    },
    tooLong(lineNo, chars) {
      problem(lineNo, `the line is ${chars} characters long, over the limit`);
    }
  });
  for (let { entry, line } of pending) {
    if (entry.logged.allowed === !1 || entry.toolUseId !== void 0 && blockedUses.has(entry.toolUseId)) {
      out.blocked++;
      continue;
    }
    out.observations.push({ action: entry.action, tool: entry.tool ?? (entry.action.kind === "tool" ? entry.action.tool : void 0), file, line });
  }
}

// src/native/learn/virtual-policy.ts
import { join } from "node:path";
async function compileText(text, root, name = ".agent-policy.learned.yml") {
  let file = join(root, name), loaded = await loadPolicySet({ cwd: root, config: file, readFile: (p) => p === file ? text : void 0, overrideFiles: () => [] });
  return { compiled: loaded.set ? compilePolicy(loaded.set) : void 0, findings: loaded.findings };
}

// src/native/learn/learn.ts
var Sightings = class {
  byRule = /* @__PURE__ */ new Map();
  see(key, o) {
    let s = this.byRule.get(key);
    s || this.byRule.set(key, s = { count: 0, logs: /* @__PURE__ */ new Set() }), s.count++, s.logs.add(o.file);
    let day = o.action.timestamp?.slice(0, 10);
    day && /^\d{4}-\d{2}-\d{2}$/.test(day) && ((!s.first || day < s.first) && (s.first = day), (!s.last || day > s.last) && (s.last = day));
  }
  describe(key, why) {
    let s = this.byRule.get(key);
    if (!s) return why ?? "learned";
    let times = `seen ${s.count} time${s.count === 1 ? "" : "s"} in ${s.logs.size} log${s.logs.size === 1 ? "" : "s"}`, when = s.first ? s.first === s.last ? `, on ${s.first}` : `, ${s.first} to ${s.last}` : "";
    return `${why ? `${why}; ` : ""}${times}${when}`;
  }
}, Proposal = class {
  lists = /* @__PURE__ */ new Map();
  add(list, pattern, why) {
    let m = this.lists.get(list);
    m || this.lists.set(list, m = /* @__PURE__ */ new Map()), m.has(pattern) || m.set(pattern, why);
  }
  remove(list, pattern) {
    return this.lists.get(list)?.delete(pattern) ?? !1;
  }
  has(list, pattern) {
    return this.lists.get(list)?.has(pattern) ?? !1;
  }
  toDraft(sightings, header) {
    let draft = emptyDraft(header), rules = (list) => [...this.lists.get(list) ?? /* @__PURE__ */ new Map()].map(([pattern, why]) => ({ pattern, sources: [sightings.describe(`${list}\0${pattern}`, why)] }));
    draft.filesystem.allow = rules("fs.allow"), draft.filesystem.deny = rules("fs.deny"), draft.commands.allow = rules("cmd.allow"), draft.commands.deny = rules("cmd.deny"), draft.network.allowOutbound = !1, draft.network.exceptions = rules("net.exceptions"), draft.tools.allow = rules("tools.allow");
    for (let kind of ["file", "command", "host", "tool"])
      for (let r of rules(`approval.${kind}`)) draft.approvals.push({ kind, ...r });
    return draft;
  }
}, NOT_SEEN = "not seen in any log", MAX_ROUNDS = 4;
async function familyClassifier(root) {
  let text = `version: "2.1"
default_permissions:
  filesystem:
    deny:
${[...SENSITIVE_PATHS, ...INFRASTRUCTURE_PATHS].map((p) => `      - ${JSON.stringify(p)}
`).join("")}`, { compiled } = await compileText(text, root, ".agent-policy.families.yml");
  if (!compiled) throw new Error("learn: the baseline families do not compile");
  return (path) => decide({ kind: "filesystem", op: "write", paths: [path] }, compiled).subjects[0]?.rules.find((r) => r.matched && r.effect === "deny" && r.origin)?.pattern;
}
function outsideRepository(path) {
  return path.startsWith("/") || path.startsWith("~") || path === ".." || path.startsWith("../");
}
async function learnPolicy(opts) {
  let observed = observeLogs(opts.logs, opts.root), findings = [...observed.findings], family = await familyClassifier(opts.root), sightings = new Sightings(), proposal = new Proposal(), observedFamilies = /* @__PURE__ */ new Set(), globCandidates = [], candidateSightings = [], seePath = (path, o) => {
    let fam = family(path);
    fam !== void 0 ? (observedFamilies.add(fam), proposal.add("approval.file", fam, "sensitive or infrastructure: observed, so gated rather than denied"), sightings.see(`approval.file\0${fam}`, o)) : outsideRepository(path) || !isPlainPath(path) ? (proposal.add("fs.allow", path, outsideRepository(path) ? "outside the repository: exactly this path" : void 0), sightings.see(`fs.allow\0${path}`, o)) : (globCandidates.push(path), candidateSightings.push([path, o]));
  }, seeCommand = (line, o) => {
    for (let rule of commandRules(line))
      rule.risky ? (proposal.add("approval.command", rule.risky.pattern, `${rule.risky.what}: observed, so gated rather than allowed`), sightings.see(`approval.command\0${rule.risky.pattern}`, o)) : (proposal.add("cmd.allow", rule.prefix), sightings.see(`cmd.allow\0${rule.prefix}`, o));
  }, seeTool = (tool, o) => {
    proposal.add("tools.allow", tool), sightings.see(`tools.allow\0${tool}`, o);
  };
  for (let o of observed.observations) {
    let a = o.action;
    if (a.kind === "filesystem") {
      if (!a.guessed) for (let p of a.paths) seePath(p, o);
    } else if (a.kind === "command") seeCommand(a.command, o);
    else if (a.kind === "network") {
      let host = hostOf(a);
      host && (proposal.add("net.exceptions", host), sightings.see(`net.exceptions\0${host}`, o));
    }
    o.tool && seeTool(o.tool, o);
  }
  for (let [glob, covered] of directoryGlobs(globCandidates)) {
    proposal.add("fs.allow", glob);
    let set = new Set(covered);
    for (let [p, o] of candidateSightings) set.has(p) && sightings.see(`fs.allow\0${glob}`, o);
  }
  for (let p of SENSITIVE_PATHS) observedFamilies.has(p) || proposal.add("fs.deny", p, NOT_SEEN);
  for (let p of INFRASTRUCTURE_PATHS) observedFamilies.has(p) || proposal.add("approval.file", p, "CI and infrastructure: every change needs a human");
  for (let c of DANGEROUS_COMMANDS) proposal.add("cmd.deny", c, NOT_SEEN);
  let header = [
    "Learned by `agent-policy-lint learn` from agent logs: the least privilege that covers what the",
    "agents did. Review every rule before committing; each says how often and when it was seen."
  ], compiled, denied = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let draft2 = proposal.toDraft(sightings, header), result = await compileText(draftToYaml(draft2), opts.root);
    if (compiled = result.compiled, !compiled) {
      findings.push(...result.findings.filter((f) => f.severity === "error"));
      break;
    }
    denied = [];
    for (let o of observed.observations) {
      let d = decide(o.action, compiled);
      d.outcome === "deny" && denied.push({ o, d });
    }
    if (denied.length === 0 || !coverDenied(denied, proposal, sightings)) break;
  }
  for (let { o, d } of denied)
    findings.push({
      ruleId: "learn-uncovered",
      severity: "warning",
      message: `the learned policy still denies this logged action: ${d.reason}`,
      hint: "Add a rule for it by hand if the agent needs it; learn proposes no rule it cannot state narrowly.",
      file: o.file,
      line: o.line,
      column: 1
    });
  let draft = proposal.toDraft(sightings, header);
  return { draft, yaml: draftToYaml(draft), findings, observations: observed.observations, compiled };
}
function coverDenied(denied, proposal, sightings) {
  let changed = !1;
  for (let { o, d } of denied)
    for (let s of d.subjects) {
      if (s.outcome !== "deny") continue;
      let deny = s.rules.find((r) => r.matched && r.effect === "deny" && r.origin);
      if (deny) {
        let list = s.kind === "path" ? "fs.deny" : s.kind === "command" ? "cmd.deny" : void 0;
        if (list && proposal.remove(list, deny.pattern)) {
          let kind = s.kind === "path" ? "file" : "command";
          proposal.add(`approval.${kind}`, deny.pattern, "observed, so gated rather than denied"), sightings.see(`approval.${kind}\0${deny.pattern}`, o), changed = !0;
        }
        continue;
      }
      let exact = (
        // a path, or the tree a command deletes or overwrites (`dist/**` for `rm -rf dist`)
        s.kind === "path" && (isPlainPath(s.subject) || s.subject.endsWith("/**") && isPlainPath(s.subject.slice(0, -3))) ? ["fs.allow", s.subject] : s.kind === "host" ? ["net.exceptions", s.subject] : s.kind === "tool" && !s.subject.includes("*") ? ["tools.allow", s.subject] : void 0
      ), gate = s.kind === "command" ? commandRules(s.subject)[0] : void 0;
      if (!exact && gate && !gate.risky && !proposal.has("approval.command", gate.prefix)) {
        proposal.add("approval.command", gate.prefix, "run-time words no allow can vouch for: gated rather than allowed"), sightings.see(`approval.command\0${gate.prefix}`, o), changed = !0;
        continue;
      }
      exact && !proposal.has(...exact) && (proposal.add(exact[0], exact[1], "needed by a logged action the broader rules do not cover"), sightings.see(`${exact[0]}\0${exact[1]}`, o), changed = !0);
    }
  return changed;
}

// src/native/learn/diff.ts
var LIST_OF_EFFECT = {
  allow: { path: "default_permissions.filesystem.allow", command: "default_permissions.commands.allow", tool: "default_permissions.tools.allow", host: "default_permissions.network.exceptions" },
  exception: { host: "default_permissions.network.exceptions" },
  approval: {
    path: "constraints.require_human_approval (file_pattern)",
    command: "constraints.require_human_approval (command_pattern)",
    host: "constraints.require_human_approval (host_pattern)",
    tool: "constraints.require_human_approval (tool_pattern)"
  }
}, originKey = (o) => `${o.file}:${o.line}:${o.column}`;
function diffPolicy(current, set, learned, observations) {
  let used = /* @__PURE__ */ new Set(), additions = /* @__PURE__ */ new Map(), blocked = [];
  for (let o of observations) {
    let now = decide(o.action, current);
    for (let s of now.subjects) for (let r of s.rules) r.matched && r.origin && used.add(originKey(r.origin));
    if (now.outcome !== "deny") continue;
    let denyRule = now.subjects.flatMap((s) => s.outcome === "deny" ? s.rules : []).find((r) => r.matched && r.effect === "deny" && r.origin);
    if (denyRule) {
      blocked.push({ observation: o, rule: denyRule });
      continue;
    }
    let proposed = decide(o.action, learned);
    for (let s of now.subjects) {
      if (s.outcome !== "deny") continue;
      let rule = proposed.subjects.find((p) => p.kind === s.kind && p.subject === s.subject)?.rules.find((r) => r.matched && r.origin && (r.effect === "allow" || r.effect === "exception" || r.effect === "approval")), list = rule ? LIST_OF_EFFECT[rule.effect]?.[s.kind] : void 0;
      if (!rule || !list) continue;
      let key = `${list}\0${rule.pattern}`, a = additions.get(key);
      a ? a.needed++ : additions.set(key, { list, pattern: rule.pattern, needed: 1 });
    }
  }
  return { additions: [...additions.values()], blocked, unused: unusedGrants(set, used) };
}
function unusedGrants(set, used) {
  let out = [], scan = (list, rules) => {
    for (let r of rules) used.has(originKey(r.origin)) || out.push({ list, pattern: r.pattern, origin: r.origin });
  };
  for (let level of [set.root, ...set.overrides]) {
    let p = level.permissions;
    scan("filesystem.allow", p.filesystem.allow), scan("commands.allow", p.commands.allow), scan("network.exceptions", p.network.exceptions), scan("tools.allow", p.tools.allow), scan("require_human_approval", level.constraints.requireHumanApproval);
  }
  for (let agent of set.root.agents) {
    let p = agent.permissions;
    p && (scan(`agents.${agent.id}.filesystem.allow`, p.filesystem.allow), scan(`agents.${agent.id}.commands.allow`, p.commands.allow), scan(`agents.${agent.id}.network.exceptions`, p.network.exceptions), scan(`agents.${agent.id}.tools.allow`, p.tools.allow));
  }
  return out.sort((a, b) => a.origin.file.localeCompare(b.origin.file) || a.origin.line - b.origin.line);
}

// src/cli/commands/learn.ts
var LEARN_USAGE = `Usage: agent-policy-lint learn --agent-log GLOB... [--output FILE] [--diff]

Proposes the least-privilege policy that covers what the logged agents did (any log format the
replay reads): paths as the tightest directory globs, commands as program and subcommand
prefixes, hosts exactly. Forced pushes, recursive deletes, sensitive files and CI or
infrastructure changes become approval rules; sensitive files and dangerous commands no log
touched are denied. Each rule's comment says how often and when it was seen.

Options:
      --agent-log GLOB   a log to learn from (repeatable, globs allowed, - for stdin); logs may
                         also be named without the flag
  -o, --output FILE      write the policy to FILE (default: stdout); an existing file is kept
                         unless --force
      --force            overwrite --output FILE
      --diff             compare with the current policy instead: the smallest additions that let
                         the logs pass, and the rules no log exercised
  -c, --config FILE      the current policy for --diff (default: .agent-policy.yml found upwards)
      --root DIR         repository the logs are about (default: the git root of the working directory)
  -h, --help             show this help`;
async function run(argv, cwd) {
  let { values, positionals } = parseFlags(
    {
      args: argv,
      allowPositionals: !0,
      strict: !0,
      options: {
        "agent-log": { type: "string", multiple: !0 },
        output: { type: "string", short: "o" },
        force: { type: "boolean", default: !1 },
        diff: { type: "boolean", default: !1 },
        config: { type: "string", short: "c" },
        root: { type: "string" },
        help: { type: "boolean", short: "h", default: !1 }
      }
    },
    "learn"
  );
  if (values.help)
    return process.stdout.write(LEARN_USAGE + `
`), 0;
  let patterns = [...values["agent-log"] ?? [], ...positionals];
  if (patterns.length === 0) throw new UsageError("learn needs at least one log: --agent-log GLOB", "Run agent-policy-lint learn --help for the options.");
  let logs = resolveLogs(patterns, cwd);
  if (process.stderr.write(formatNotes(logs.findings, cwd)), logs.files.length === 0) throw new UsageError("no log file matched", "Name the logs with --agent-log GLOB (quote the glob).");
  let root = values.root ? resolve(cwd, values.root) : findRepoRoot(cwd) ?? cwd, current = values.diff ? await loadPolicySet({ cwd, config: values.config }) : void 0;
  if (current) {
    if (!current.set) throw new UsageError("--diff needs a usable policy (.agent-policy.yml)", "Run agent-policy-lint to see what is wrong with the policy.");
    root = current.set.root.root;
  }
  let learned = await learnPolicy({ logs: logs.files, root });
  if (process.stderr.write(formatNotes(learned.findings, cwd)), process.stderr.write(`learned from ${learned.observations.length} logged actions in ${logs.files.length} log${logs.files.length === 1 ? "" : "s"}
`), current?.set) {
    if (!learned.compiled) throw new UsageError("the learned policy does not compile; run without --diff to see it");
    return process.stdout.write(formatDiff(diffPolicy(compilePolicy(current.set), current.set, learned.compiled, learned.observations), cwd)), 0;
  }
  if (values.output) {
    try {
      writeFileSync(resolve(cwd, values.output), learned.yaml, { flag: values.force ? "w" : "wx" });
    } catch (e) {
      let code = e.code;
      throw new UsageError(code === "EEXIST" ? `${values.output} exists: pass --force to overwrite it` : `cannot write ${values.output}: ${code ?? e.message}`);
    }
    process.stderr.write(`Wrote ${values.output}
`);
  } else process.stdout.write(learned.yaml);
  return 0;
}
function formatDiff(diff, cwd) {
  let at = (file, line, column) => `${relative(cwd, file) || file}:${line}${column ? `:${column}` : ""}`, out = [];
  if (diff.additions.length === 0 && diff.blocked.length === 0 && out.push("Every logged action passes the current policy: nothing to add."), diff.additions.length > 0) {
    out.push("Add to let every logged action pass:");
    let byList = /* @__PURE__ */ new Map();
    for (let a of diff.additions) byList.set(a.list, [...byList.get(a.list) ?? [], a]);
    for (let [list, adds] of byList) {
      out.push(`  ${list}:`);
      for (let a of adds) out.push(`    - ${JSON.stringify(a.pattern)}   # needed by ${a.needed} logged action${a.needed === 1 ? "" : "s"}`);
    }
  }
  if (diff.blocked.length > 0) {
    out.push("", "Denied by a rule of the policy (only changing that rule would let them pass):");
    for (let b of diff.blocked) {
      let o = b.rule.origin;
      out.push(`  ${at(b.observation.file, b.observation.line)}  ${b.rule.subject}  denied by ${at(o.file, o.line, o.column)} ${JSON.stringify(b.rule.pattern)}`);
    }
  }
  out.push("", diff.unused.length === 0 ? "Every grant of the policy was used by some logged action." : "Granted, but no logged action used it:");
  for (let u of diff.unused) out.push(`  ${at(u.origin.file, u.origin.line, u.origin.column)}  ${u.list}  ${JSON.stringify(u.pattern)}`);
  return out.join(`
`) + `
`;
}
export {
  LEARN_USAGE,
  run
};

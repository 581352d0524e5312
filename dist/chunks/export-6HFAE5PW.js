import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  commandExamples,
  globExamples
} from "./chunk-34BWUM66.js";
import {
  parseAgentName
} from "./chunk-PQ3CMZNO.js";
import {
  RUNNER_PROGRAMS
} from "./chunk-AQZGYYWB.js";
import "./chunk-2PS23LMK.js";
import "./chunk-U2Y5E5BB.js";
import {
  normaliseCommandPattern
} from "./chunk-K3XQA7MQ.js";
import {
  applyEdits,
  modify
} from "./chunk-OJEHWALM.js";
import {
  decide
} from "./chunk-BOQJ2NPQ.js";
import {
  compilePolicy
} from "./chunk-RJVIV4QU.js";
import "./chunk-C3B5P5JP.js";
import "./chunk-AH7G4WBL.js";
import {
  parseFlags
} from "./chunk-3VN4V5VH.js";
import "./chunk-CGDTS2UC.js";
import "./chunk-4DX2ZBNB.js";
import {
  loadPolicySet
} from "./chunk-BHGLAJTP.js";
import "./chunk-L2XDMHMZ.js";
import "./chunk-FQJKKEJP.js";
import {
  UsageError
} from "./chunk-6RCGQYBU.js";
import "./chunk-3IFVJXNJ.js";
import "./chunk-HTJE5MBF.js";
import "./chunk-F2VQ6EFB.js";

// src/cli/commands/export.ts
import { relative } from "node:path";

// src/native/export.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

// src/native/claude/exporter.ts
function bash(pattern) {
  return pattern === "*" ? "Bash" : pattern.endsWith("*") ? `Bash(${pattern})` : `Bash(${pattern} *)`;
}
function tool(name) {
  return /^mcp__[^*]+__\*$/.test(name) ? name.slice(0, -3) : name.includes("*") ? void 0 : name;
}
function path(glob) {
  return glob.startsWith("/") ? `/${glob}` : glob;
}
function toClaude(plan) {
  let hookOnly = [...plan.hookOnly], deny = plan.commands.deny.map(bash);
  for (let g of plan.paths.deny) deny.push(`Read(${path(g)})`, `Edit(${path(g)})`);
  for (let h of plan.hosts.deny)
    h.includes("*") ? hookOnly.push(`the host deny "${h}"`) : deny.push(`WebFetch(domain:${h})`);
  for (let t of plan.tools.deny) {
    let name = tool(t);
    name ? deny.push(name) : hookOnly.push(`the tool deny "${t}"`);
  }
  let ask = plan.commands.ask.map(bash);
  for (let g of plan.paths.ask) ask.push(`Edit(${path(g)})`);
  for (let h of plan.hosts.ask)
    h.includes("*") ? hookOnly.push(`the host approval "${h}"`) : ask.push(`WebFetch(domain:${h})`);
  for (let t of plan.tools.ask) {
    let name = tool(t);
    name ? ask.push(name) : hookOnly.push(`the tool approval "${t}"`);
  }
  return { permissions: { allow: [...plan.commands.allow.map(bash), ...plan.hosts.allow.map((h) => `WebFetch(domain:${h})`), ...plan.tools.allow.flatMap((t) => tool(t) ?? [])], ask, deny }, hookOnly };
}

// src/native/export-plan.ts
function allPermissions(set) {
  return [set.root.permissions, ...set.overrides.map((o) => o.permissions), ...set.root.agents.flatMap((a) => a.permissions ? [a.permissions] : [])];
}
var firstWord = (p) => normaliseCommandPattern(p).split(" ")[0].toLowerCase(), RAW_SYNTAX = /["'`\\$;&|<>(){}]/;
function exportPlan(set, compiled, agentId) {
  let perms = allPermissions(set), approvals = [set.root, ...set.overrides].flatMap((l) => l.constraints.requireHumanApproval), uniq = (xs) => [...new Set(xs)], plan = {
    commands: { deny: uniq(perms.flatMap((p) => p.commands.deny.map((r) => r.pattern))), ask: uniq(approvals.filter((a) => a.kind === "command").map((a) => a.pattern)), allow: [] },
    paths: { deny: uniq(perms.flatMap((p) => p.filesystem.deny.map((r) => r.pattern))), ask: uniq(approvals.filter((a) => a.kind === "file").map((a) => a.pattern)) },
    hosts: { deny: uniq(perms.flatMap((p) => p.network.deny.map((r) => r.pattern))), ask: uniq(approvals.filter((a) => a.kind === "host").map((a) => a.pattern)), allow: [] },
    tools: { deny: uniq(perms.flatMap((p) => p.tools.deny.map((r) => r.pattern))), ask: uniq(approvals.filter((a) => a.kind === "tool").map((a) => a.pattern)), allow: [] },
    hookOnly: [
      "file arguments and redirections of allowed commands (cat .env, npm test > .env)",
      "opaque code and commands reached through wrappers and shells (sudo, bash -c, $(\u2026))",
      "hosts reached by commands (curl, git clone)"
    ]
  }, cwd = compiled.root, allowed = (outcome) => outcome === "allow", blocked = new Set([...plan.commands.deny, ...plan.commands.ask].map(firstWord)), wildBlock = [...blocked].some((w) => w.includes("*"));
  for (let rule of set.root.permissions.commands.allow) {
    let p = normaliseCommandPattern(rule.pattern), program = firstWord(p);
    !wildBlock && !blocked.has(program) && !program.includes("*") && !program.includes("/") && !RUNNER_PROGRAMS.includes(program) && !RAW_SYNTAX.test(p) && commandExamples(p.endsWith("*") ? p : `${p} *`).every((c) => allowed(decide({ kind: "command", command: c, cwd, agentId }, compiled).outcome)) ? plan.commands.allow.push(p) : plan.hookOnly.push(`the command allow "${rule.pattern}" (a deny or approval may meet it, or the agent cannot match it exactly): the agent asks`);
  }
  set.root.permissions.commands.allow.length === 0 && plan.hookOnly.push("commands the policy allows because it has no command allow list: the agent asks");
  let hostBlocked = [...plan.hosts.deny, ...plan.hosts.ask];
  for (let rule of set.root.permissions.network.exceptions) {
    let h = rule.pattern.toLowerCase();
    !h.includes("*") && !hostBlocked.some((b) => b === h || b === "*" || b.startsWith("*.") && h.endsWith(b.slice(1))) && allowed(decide({ kind: "network", host: h, cwd, agentId }, compiled).outcome) ? plan.hosts.allow.push(h) : plan.hookOnly.push(`the host exception "${rule.pattern}": the agent asks`);
  }
  let toolBlocked = [...plan.tools.deny, ...plan.tools.ask];
  for (let rule of set.root.permissions.tools.allow) {
    let t = rule.pattern, server = /^mcp__[^*_]+(?:_[^*_]+)*__\*$/.test(t);
    (server || !t.includes("*")) && !toolBlocked.some((b) => b === t || b === "*" || b.endsWith("*") && t.startsWith(b.slice(0, -1)) || server && b.startsWith(t.slice(0, -1))) && allowed(decide({ kind: "tool", tool: t.replace(/\*$/, "x"), cwd, agentId }, compiled).outcome) ? plan.tools.allow.push(t) : plan.hookOnly.push(`the tool allow "${t}": the agent asks`);
  }
  set.root.permissions.filesystem.allow.length > 0 && plan.hookOnly.push("reads and writes outside filesystem.allow: the agent reads the project freely and asks before writes"), plan.hookOnly.push("writes the policy allows: the agent asks before them");
  for (let g of plan.paths.deny) globExamples(g).length === 0 && plan.hookOnly.push(`the path deny "${g}"`);
  return plan;
}

// src/native/export.ts
var EXPORT_TARGETS = {
  claude: ".claude/settings.json",
  codex: ".codex/rules/agent-policy.rules",
  gemini: ".gemini/policies/agent-policy.toml",
  cursor: ".cursor/cli.json"
}, FORMAT = { formattingOptions: { insertSpaces: !0, tabSize: 2, eol: `
` } };
function mergeJson(existing, values) {
  let text = existing.trim() === "" ? `{}
` : existing;
  for (let [path2, value] of values) text = applyEdits(text, modify(text, path2, value, FORMAT));
  return text.endsWith(`
`) ? text : text + `
`;
}
function exportNative(set, agent, opts = {}) {
  let compiled = compilePolicy(set), plan = exportPlan(set, compiled, opts.agentId), target = EXPORT_TARGETS[agent];
  if (agent === "claude") {
    let { permissions, hookOnly } = toClaude(plan), text = JSON.stringify({ permissions }, null, 2) + `
`;
    return { target, text, hookOnly };
  } else
    throw new UsageError(`export --to ${agent} is not supported yet`);
}
function writeExport(root, agent, result) {
  let file = join(root, result.target);
  if (mkdirSync(dirname(file), { recursive: !0 }), agent === "claude" || agent === "cursor") {
    let existing = existsSync(file) ? readFileSync(file, "utf8") : "", exported = JSON.parse(result.text), merged = mergeJson(existing, Object.entries(exported.permissions).map(([k, v]) => [["permissions", k], v]));
    writeFileSync(file, merged);
  } else writeFileSync(file, result.text);
  return file;
}

// src/cli/commands/export.ts
var EXPORT_USAGE = `Usage: agent-policy-lint export --to claude [--write] [--agent ID] [--config FILE]

Prints the agent's native permission file made from the policy. Never wider than the policy:
what the file cannot say is listed on stderr as enforced by the agent-policy-lint hook only.

Options:
      --to AGENT       claude (codex, gemini and cursor are not supported yet)
      --write          merge into the repository's file (other keys and comments kept)
      --agent ID       export for this agent of the policy
  -c, --config FILE    the policy (default: .agent-policy.yml found upwards)
  -h, --help           show this help`;
async function run(argv, cwd) {
  let { values } = parseFlags(
    {
      args: argv,
      allowPositionals: !1,
      strict: !0,
      options: {
        to: { type: "string" },
        write: { type: "boolean", default: !1 },
        agent: { type: "string" },
        config: { type: "string", short: "c" },
        help: { type: "boolean", short: "h", default: !1 }
      }
    },
    "export"
  );
  if (values.help)
    return process.stdout.write(EXPORT_USAGE + `
`), 0;
  let agent = parseAgentName(values.to, "--to");
  if (agent !== "claude") throw new UsageError(`export --to ${agent} is not supported yet (only claude)`);
  let loaded = await loadPolicySet({ cwd, config: values.config });
  if (!loaded.set) throw new UsageError("no usable policy found (.agent-policy.yml)", "Run agent-policy-lint to see what is wrong with the policy.");
  let result = exportNative(loaded.set, agent, { agentId: values.agent });
  for (let h of result.hookOnly) process.stderr.write(`enforced by the agent-policy-lint hook only: ${h}
`);
  if (values.write) {
    let file = writeExport(loaded.set.root.root, agent, result);
    process.stderr.write(`Wrote ${relative(cwd, file) || file}
`);
  } else process.stdout.write(result.text);
  return 0;
}
export {
  EXPORT_USAGE,
  run
};

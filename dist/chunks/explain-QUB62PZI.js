import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  parseFlags
} from "./chunk-MBKERYEW.js";
import "./chunk-4ZWHCVI7.js";
import {
  linkResolver
} from "./chunk-DUC2T3PW.js";
import {
  useColor
} from "./chunk-PW77MLNL.js";
import "./chunk-O3G5XKBQ.js";
import "./chunk-OU77WY22.js";
import "./chunk-E7AKDGUQ.js";
import "./chunk-CPOZV66D.js";
import "./chunk-TBDWGYFU.js";
import {
  UsageError
} from "./chunk-6RCGQYBU.js";
import {
  Chalk
} from "./chunk-UOCNCUTE.js";
import "./chunk-3M3UEKFW.js";
import {
  visible
} from "./chunk-RMFQFXED.js";
import "./chunk-GRFHVHPK.js";
import "./chunk-F2VQ6EFB.js";

// src/cli/commands/explain.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
var EXPLAIN_USAGE = `Usage: agent-policy-lint explain PATH...          [options]
       agent-policy-lint explain --command "CMD"    [options]
       agent-policy-lint explain --host HOST|URL    [options]
       agent-policy-lint explain --tool NAME        [options]

Decides one action against the policy and shows every rule consulted, with its file:line.

Options:
  -c, --config FILE      policy file (default: .agent-policy.yml found upwards)
  -f, --format NAME      stylish | json (default: stylish)
      --op OP            read | write | delete, for paths (default: write)
      --agent ID         decide as this agent (its trust level and own permissions apply)
      --approval ID      the action carries this human approval
      --color, --no-color
  -h, --help             show this help

Paths are relative to the current directory. Exit codes: 0 allowed, 1 denied or needs an
approval it does not have, 2 usage error or an unusable policy.`;
function parse(argv, cwd) {
  let parsed = parseFlags(
    {
      args: argv,
      allowPositionals: !0,
      strict: !0,
      options: {
        command: { type: "string" },
        host: { type: "string" },
        tool: { type: "string" },
        config: { type: "string", short: "c" },
        format: { type: "string", short: "f", default: "stylish" },
        op: { type: "string", default: "write" },
        agent: { type: "string" },
        approval: { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h", default: !1 }
      }
    },
    "explain"
  ), v = parsed.values;
  if (v.help) return "help";
  let format = v.format;
  if (format !== "stylish" && format !== "json") throw new UsageError(`explain prints stylish or json, not "${format}"`);
  let op = v.op;
  if (op !== "read" && op !== "write" && op !== "delete") throw new UsageError(`--op expects read, write or delete (got "${op}")`);
  let given = [parsed.positionals.length > 0 && "PATH", v.command !== void 0 && "--command", v.host !== void 0 && "--host", v.tool !== void 0 && "--tool"].filter(Boolean);
  if (given.length === 0) throw new UsageError("explain needs something to decide: a PATH, --command, --host or --tool", "Run agent-policy-lint explain --help for examples.");
  if (given.length > 1) throw new UsageError(`explain decides one kind of action at a time (got ${given.join(" and ")})`);
  let ctx = {
    cwd,
    ...v.agent !== void 0 ? { agentId: v.agent } : {},
    ...v.approval !== void 0 ? { approvalId: v.approval } : {}
  }, action;
  return v.command !== void 0 ? action = { kind: "command", command: v.command, ...ctx } : v.host !== void 0 ? action = { kind: "network", ...v.host.includes("/") ? { url: v.host } : { host: v.host }, ...ctx } : v.tool !== void 0 ? action = { kind: "tool", tool: v.tool, ...ctx } : action = { kind: "filesystem", op, paths: parsed.positionals, ...ctx }, { action, config: v.config, format, color: v["no-color"] ? !1 : v.color };
}
async function run(argv, cwd) {
  let args = parse(argv, cwd);
  if (args === "help")
    return process.stdout.write(EXPLAIN_USAGE + `
`), 0;
  let { loadPolicySet } = await import("./policy-YBUTJIYW.js"), loaded = await loadPolicySet({ cwd, config: args.config });
  if (!loaded.set) {
    let { emitReport } = await import("./report-KV6WXJ6W.js"), { loadRulesMeta } = await import("./rules-meta-RN6WFL53.js");
    return await emitReport(loaded.findings.filter((f) => f.severity === "error"), {
      format: args.format,
      cwd,
      color: args.color,
      quiet: !0,
      filesChecked: loaded.files.length,
      loadRulesMeta
    }), process.stderr.write(`agent-policy-lint: explain needs a usable policy: fix the errors above first
`), 2;
  }
  let { compilePolicy, decide } = await import("./engine-6PYV2FBL.js"), compiled = compilePolicy(loaded.set), decision = decide(args.action, compiled, { explain: !0, linkTarget: linkResolver(compiled.root) });
  if (args.format === "json")
    process.stdout.write(JSON.stringify(relativeOrigins(decision, cwd), null, 2) + `
`);
  else {
    let color = useColor(args.color, process.stdout), agent = args.action.agentId !== void 0 ? loaded.set.root.agents.find((a) => a.id === args.action.agentId) : void 0, footer = [
      `policy ${rel(loaded.set.root.file, cwd)}${loaded.set.overrides.length ? ` + ${loaded.set.overrides.length} override${loaded.set.overrides.length === 1 ? "" : "s"}` : ""}`,
      args.action.agentId !== void 0 ? `agent ${args.action.agentId}${agent ? agent.trustLevel ? ` (${agent.trustLevel})` : "" : " (not listed under agents: default permissions)"}` : void 0,
      args.action.approvalId !== void 0 ? `approval ${args.action.approvalId}` : void 0
    ].filter((x) => x !== void 0);
    process.stdout.write(formatExplain(args.action, decision, { color, cwd, footer }));
  }
  return decision.outcome === "allow" ? 0 : 1;
}
function rel(file, cwd) {
  if (!isAbsolute(file)) return file;
  let r = relative(cwd, file);
  return (r === "" ? "." : r).split(sep).join("/");
}
function relativeOrigins(d, cwd) {
  let fix = (o) => o ? { ...o, file: rel(o.file, cwd) } : void 0;
  return {
    ...d,
    subjects: d.subjects.map((s) => ({ ...s, rules: s.rules.map((r) => r.origin ? { ...r, origin: fix(r.origin) } : r) })),
    ...d.fileLimit?.origin ? { fileLimit: { ...d.fileLimit, origin: fix(d.fileLimit.origin) } } : {}
  };
}
function what(a) {
  switch (a.kind) {
    case "filesystem":
      return `${a.op} ${a.paths.join(" ")}`;
    case "command":
      return `run ${a.command.replace(/\s+/g, " ").trim()}`;
    case "network":
      return `reach ${a.host ?? a.url ?? ""}`;
    case "tool":
      return `invoke ${a.tool}`;
  }
}
function verdict(d, c) {
  switch (d.outcome) {
    case "allow":
      return c.green.bold(d.approved ? "\u2714 allowed with approval" : "\u2714 allowed");
    case "needs-approval":
      return c.yellow.bold("\u26A0 needs a human approval");
    case "deny":
      return c.red.bold("\u2716 denied");
  }
}
function subjectState(s, c) {
  switch (s.outcome) {
    case "allow":
      return c.green(s.requiresApproval ? "allowed with approval" : "allowed");
    case "needs-approval":
      return c.yellow("needs approval");
    case "deny":
      return c.red("denied");
  }
}
var MARK = {
  deny: "\u2716",
  allow: "\u2714",
  approval: "\u26A0",
  exception: "\u2714",
  default: "\u2022",
  bypass: "\u2714"
};
function ruleRow(r, s, cwd, c, widths) {
  let where = r.origin ? `${rel(r.origin.file, cwd)}:${r.origin.line}:${r.origin.column}` : "built-in", on = r.subject !== s.subject && r.subject !== "" ? `  on "${visible(r.subject)}"` : "", text = `${r.effect.padEnd(widths.effect)}  ${visible(r.pattern).padEnd(widths.pattern)}  ${where}${r.matched ? on : ""}`;
  if (!r.matched) return `      ${c.dim(`\xB7 ${text}`)}`;
  let mark = MARK[r.effect];
  return `      ${(r.effect === "deny" ? c.red : r.effect === "approval" ? c.yellow : r.effect === "default" ? c.white : c.green)(mark)} ${text}`;
}
function formatExplain(action, d, opts) {
  let c = new Chalk({ level: opts.color ? 1 : 0 }), out = [];
  out.push(`${verdict(d, c)}  ${c.bold(visible(what(action)))}`), d.subjects.length > 1 && out.push(`  ${visible(d.reason)}`);
  for (let s of d.subjects) {
    out.push(""), out.push(`  ${c.bold(s.kind)} ${visible(s.subject) || '""'}${s.via ? c.dim(` (${visible(s.via)})`) : ""}  ${subjectState(s, c)}`), out.push(`    ${visible(s.reason)}`);
    let rules = s.rules.filter((r) => r.pattern !== "" || r.origin), shown = [...rules.filter((r) => r.matched), ...rules.filter((r) => !r.matched)];
    if (shown.length) {
      let widths = {
        effect: Math.max(...shown.map((r) => r.effect.length)),
        pattern: Math.min(40, Math.max(...shown.map((r) => visible(r.pattern).length)))
      };
      out.push(...shown.map((r) => ruleRow(r, s, opts.cwd, c, widths)));
    } else out.push(`      ${c.dim("(no rule of the policy applies)")}`);
  }
  if (d.fileLimit) {
    let l = d.fileLimit;
    out.push("", `  max_files_per_action: ${l.count} of ${l.limit}${l.exceeded ? c.yellow(" (exceeded: reported by replay)") : ""}`);
  }
  return opts.footer?.length && out.push("", c.dim(`  ${opts.footer.map(visible).join(" \xB7 ")}`)), out.join(`
`) + `
`;
}
function explainAction(argv, cwd) {
  let a = parse(argv, resolve(cwd));
  return a === "help" ? a : a.action;
}
export {
  EXPLAIN_USAGE,
  explainAction,
  formatExplain,
  run
};

import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  commandExamples,
  globExamples,
  hostExamples
} from "./chunk-SQ2VQWPW.js";
import {
  EDIT_TOOLS,
  GEMINI_READ_TOOLS,
  GEMINI_SHELL,
  GEMINI_WEB_TOOLS,
  GEMINI_WRITE_TOOLS,
  READ_TOOLS,
  claudeCommandMatches,
  claudeCommandSpec,
  codexDefaults,
  cursorMcpName,
  cursorShell,
  effectiveMode,
  expandAlternatives,
  policyToolName,
  readClaudePath,
  readClaudeSettings,
  readCodexFiles,
  readCursorFiles,
  readGeminiFiles,
  readPlainGlob,
  starMatch,
  startsWithWords
} from "./chunk-GHWK3RUF.js";
import {
  DRIFT_FILES,
  nativeFilesIn,
  projectFilesIn
} from "./chunk-RWTZDASI.js";
import {
  oneLine
} from "./chunk-YBGZSBVW.js";
import {
  AGENT_NAMES
} from "./chunk-SVDZDYXD.js";
import "./chunk-2PS23LMK.js";
import "./chunk-OJEHWALM.js";
import {
  decide
} from "./chunk-DMJSEGUJ.js";
import "./chunk-FFE6UZP5.js";
import "./chunk-ABQ5D6RS.js";
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
import "./chunk-LQCPPXLP.js";
import {
  compilePolicyGlob
} from "./chunk-DUFMWMGU.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-F2VQ6EFB.js";

// src/native/drift.ts
import { readFileSync } from "node:fs";
import { homedir } from "node:os";

// src/native/claude/match.ts
function firstEffect(rules, matches) {
  for (let effect of ["deny", "ask", "allow"]) if (rules.some((r) => r.effect === effect && matches(r))) return effect;
}
function modeDefault(mode) {
  return mode === "bypassPermissions" ? "allow" : mode === "dontAsk" || mode === "plan" ? "deny" : "ask";
}
function ruleMatchesCommand(r, command) {
  return r.parsed.tool !== "Bash" ? !1 : r.parsed.specifier === void 0 || claudeCommandMatches(claudeCommandSpec(r.parsed.specifier), command);
}
function claudeDecidesCommand(ctx, command) {
  return firstEffect(ctx.rules, (r) => ruleMatchesCommand(r, command)) ?? modeDefault(ctx.mode);
}
function ruleMatchesPath(ctx, r, relPath, op) {
  return (op === "read" ? READ_TOOLS : EDIT_TOOLS).has(r.parsed.tool) ? r.parsed.specifier === void 0 ? !0 : readClaudePath(r.parsed.specifier, { root: ctx.root, settingsDir: r.settingsDir, home: ctx.home }).repo.some((g) => compilePolicyGlob(g)(relPath)) : !1;
}
function claudeDecidesPath(ctx, relPath, op) {
  let v = firstEffect(ctx.rules, (r) => ruleMatchesPath(ctx, r, relPath, op));
  return v || (op === "read" || ctx.mode === "bypassPermissions" || ctx.mode === "acceptEdits" ? "allow" : ctx.mode === "plan" ? "deny" : modeDefault(ctx.mode));
}
function ruleMatchesHost(r, host) {
  if (r.parsed.tool !== "WebFetch") return !1;
  let spec = r.parsed.specifier;
  return spec === void 0 || spec === "domain:*" || spec.toLowerCase() === `domain:${host}`;
}
function claudeDecidesHost(ctx, host) {
  return firstEffect(ctx.rules, (r) => ruleMatchesHost(r, host)) ?? modeDefault(ctx.mode);
}
function ruleMatchesTool(r, tool) {
  if (r.parsed.specifier !== void 0) return !1;
  let t = r.parsed.tool;
  return t === tool || t.startsWith("mcp__") && t.split("__").length === 2 && tool.startsWith(`${t}__`) || t.endsWith("__*") && tool.startsWith(t.slice(0, -1));
}
function claudeDecidesTool(ctx, tool) {
  return firstEffect(ctx.rules, (r) => ruleMatchesTool(r, tool)) ?? modeDefault(ctx.mode);
}

// src/native/claude/drift.ts
var TOOL_NAMES = /^(?:Bash|Read|Edit|Write|MultiEdit|NotebookEdit|NotebookRead|View|Glob|Grep|LS|Task|Agent|WebFetch|WebSearch|TodoWrite|\w+Tool)$/;
function view(ctx, r) {
  let base = { file: r.file, line: r.line, column: r.column, effect: r.effect, raw: r.raw }, { tool, specifier } = r.parsed;
  if (tool === "Bash") {
    let spec = specifier === void 0 ? void 0 : claudeCommandSpec(specifier), program = spec?.text.split(" ")[0] ?? "";
    return {
      ...base,
      kind: "command",
      examples: () => (spec ? commandExamples(spec.kind === "prefix" ? `${spec.text} *` : spec.text) : []).map((subject) => ({ kind: "command", subject })),
      matches: (c) => c.kind === "command" && ruleMatchesCommand(r, c.subject),
      neverApplies: TOOL_NAMES.test(program) ? `"${program}" is a Claude Code tool, not a shell program: write the tool rule "${program.replace(/Tool$/, "")}" instead` : void 0
    };
  }
  if (READ_TOOLS.has(tool) || EDIT_TOOLS.has(tool)) {
    let op = READ_TOOLS.has(tool) ? "read" : "write", globs = specifier === void 0 ? [] : readClaudePath(specifier, { root: ctx.root, settingsDir: r.settingsDir, home: ctx.home }).repo;
    return {
      ...base,
      kind: "path",
      op,
      examples: () => globs.flatMap(globExamples).map((subject) => ({ kind: "path", subject, op })),
      matches: (c) => c.kind === "path" && ruleMatchesPath(ctx, r, c.subject, op)
    };
  }
  if (tool === "WebFetch") {
    let domain = specifier?.startsWith("domain:") && specifier !== "domain:*" ? specifier.slice(7).toLowerCase() : void 0;
    return {
      ...base,
      kind: "host",
      examples: () => [...domain ? hostExamples(domain) : [], "example.com"].map((subject) => ({ kind: "host", subject })),
      matches: (c) => c.kind === "host" && ruleMatchesHost(r, c.subject)
    };
  }
  let example = tool.startsWith("mcp__") && tool.split("__").length === 2 ? `${tool}__x` : tool.replace(/\*$/, "x");
  return {
    ...base,
    kind: "tool",
    examples: () => specifier === void 0 ? [{ kind: "tool", subject: example }] : [],
    matches: (c) => c.kind === "tool" && ruleMatchesTool(r, c.subject)
  };
}
function claudeModel(files, opts) {
  let mode = effectiveMode(files), ctx = { rules: files.flatMap((f) => f.rules), mode: mode?.value ?? "default", root: opts.root, home: opts.home }, findings = files.flatMap((f) => f.findings);
  for (let f of files)
    f.defaultMode?.value === "bypassPermissions" && findings.push({
      ruleId: "native-checks-off",
      severity: "error",
      message: 'Claude Code settings set "defaultMode": "bypassPermissions": Claude Code runs every tool call its deny rules do not name without asking',
      hint: 'Remove defaultMode from the committed settings (use "default" or "acceptEdits").',
      file: f.file,
      line: f.defaultMode.line,
      column: f.defaultMode.column
    });
  let decides = (c) => c.kind === "command" ? claudeDecidesCommand(ctx, c.subject) : c.kind === "path" ? claudeDecidesPath(ctx, c.subject, c.op ?? "read") : c.kind === "host" ? claudeDecidesHost(ctx, c.subject) : claudeDecidesTool(ctx, c.subject);
  return { agent: "Claude Code", rules: ctx.rules.map((r) => view(ctx, r)), decides, findings };
}

// src/native/codex/drift.ts
var STRICTNESS = ["deny", "ask", "allow"];
function combos(r) {
  return expandAlternatives(r.pattern) ?? [r.pattern.map((alts) => alts[0])];
}
function codexModel(rules, config, readFindings) {
  let findings = [...readFindings, ...config?.findings ?? []];
  config?.approvalPolicy?.value === "never" && findings.push({ ruleId: "native-checks-off", severity: "error", message: 'Codex config sets approval_policy = "never": Codex never asks before it runs a command', hint: 'Remove approval_policy from the committed config, or use "on-request" or "untrusted".', ...config.approvalPolicy }), config?.sandboxMode?.value === "danger-full-access" && findings.push({ ruleId: "native-checks-off", severity: "error", message: 'Codex config sets sandbox_mode = "danger-full-access": commands run without a sandbox', hint: 'Use "workspace-write" or "read-only" in the committed config.', ...config.sandboxMode });
  let matches = (r, c) => c.kind === "command" && combos(r).some((words) => startsWithWords(c.subject, words)), views = rules.map((r) => ({
    file: r.file,
    line: r.line,
    column: r.column,
    effect: r.effect,
    raw: r.raw,
    kind: "command",
    examples: () => combos(r).flatMap((words) => [words.join(" "), `${words.join(" ")} x`]).map((subject) => ({ kind: "command", subject })),
    matches: (c) => matches(r, c)
  })), fallback = codexDefaults(config).commands;
  return { agent: "Codex", rules: views, decides: (c) => {
    if (c.kind !== "command") return "ask";
    let hit = rules.filter((r) => matches(r, c)).map((r) => r.effect);
    return STRICTNESS.find((e) => hit.includes(e)) ?? fallback;
  }, findings };
}

// src/native/drift-decide.ts
function decideWitness(compiled, kind, subject, op = "read") {
  let cwd = compiled.root, d = kind === "command" ? decide({ kind: "command", command: subject, cwd }, compiled) : kind === "path" ? decide({ kind: "filesystem", op, paths: [subject], cwd }, compiled) : kind === "host" ? decide({ kind: "network", host: subject, cwd }, compiled) : decide({ kind: "tool", tool: subject, cwd }, compiled), rule = d.subjects.flatMap((s) => s.rules).find((r) => r.matched && (r.effect === "deny" || r.effect === "approval") && r.origin);
  return { outcome: d.outcome, reason: d.reason, origin: rule?.origin };
}
function policyExamples(compiled, kind) {
  let root = compiled.set.root, p = root.permissions, approvals = root.constraints.requireHumanApproval;
  switch (kind) {
    case "command":
      return [...p.commands.deny.map((r) => r.pattern), ...approvals.filter((a) => a.kind === "command").map((a) => a.pattern)].flatMap(commandExamples);
    case "path":
      return [...p.filesystem.deny.map((r) => r.pattern), ...approvals.filter((a) => a.kind === "file").map((a) => a.pattern)].flatMap(globExamples);
    case "host":
      return [...p.network.deny.map((r) => r.pattern), ...approvals.filter((a) => a.kind === "host").map((a) => a.pattern)].flatMap(hostExamples);
    case "tool":
      return [...p.tools.deny.map((r) => r.pattern), ...approvals.filter((a) => a.kind === "tool").map((a) => a.pattern)].flatMap(commandExamples);
  }
}

// src/native/drift-check.ts
var WHAT = { command: "the command", path: "the path", host: "the host", tool: "the tool" };
function candidates(r, compiled) {
  let seen = /* @__PURE__ */ new Set(), out = [], extra = policyExamples(compiled, r.kind).map((subject) => ({ kind: r.kind, subject, op: r.op }));
  for (let c of [...r.examples(), ...extra]) {
    let key = `${c.kind}\0${c.op ?? ""}\0${c.subject}`;
    seen.has(key) || !r.matches(c) || (seen.add(key), out.push(c));
  }
  return out;
}
function driftFindings(model, compiled) {
  let findings = [...model.findings], name = model.agent;
  for (let r of model.rules) {
    let at = { file: r.file, line: r.line, column: r.column }, shown = oneLine(r.raw, 80);
    if (r.neverApplies) {
      findings.push({ ...at, ruleId: "native-rule-never-applies", severity: "warning", message: `"${shown}" can never apply: ${r.neverApplies}` });
      continue;
    }
    let own = candidates(r, compiled);
    if (r.effect === "allow") {
      let approval, reported = !1;
      for (let c of own) {
        if (model.decides(c) !== "allow") continue;
        let d = decideWitness(compiled, c.kind, c.subject, c.op);
        if (d.outcome === "deny") {
          findings.push({
            ...at,
            ruleId: "native-allows-denied",
            severity: "error",
            message: `${name}'s "${shown}" allows ${WHAT[c.kind]} "${c.subject}" without asking, but the policy denies it: ${d.reason}`,
            hint: "Narrow or delete the native rule, or regenerate the file with agent-policy-lint export --write.",
            witness: c.subject,
            related: d.origin ? [{ ...d.origin, message: "the policy rule that denies it" }] : void 0
          }), reported = !0;
          break;
        }
        d.outcome === "needs-approval" && !approval && (approval = { c, reason: d.reason });
      }
      !reported && approval && findings.push({
        ...at,
        ruleId: "native-allows-denied",
        severity: "warning",
        message: `${name}'s "${shown}" runs ${WHAT[approval.c.kind]} "${approval.c.subject}" without the approval the policy requires: ${approval.reason}`,
        hint: "Make the native rule ask, or regenerate the file with agent-policy-lint export --write.",
        witness: approval.c.subject
      });
      continue;
    }
    let stricter = r.examples().find((c) => r.matches(c) && decideWitness(compiled, c.kind, c.subject, c.op).outcome === "allow");
    stricter && findings.push({
      ...at,
      ruleId: "native-stricter",
      severity: "info",
      message: `${name} ${r.effect === "deny" ? "denies" : "asks about"} "${shown}" (e.g. ${WHAT[stricter.kind]} "${stricter.subject}"), which the policy allows`,
      hint: "Add the restriction to the policy if it should bind every agent.",
      witness: stricter.subject
    });
  }
  return findings;
}

// src/native/cursor/drift.ts
function matcher(r, root) {
  switch (r.type) {
    case "Shell": {
      let { program, args } = cursorShell(r.arg);
      return (c) => {
        if (c.kind !== "command") return !1;
        let [first = "", ...rest] = c.subject.split(" ");
        return starMatch(program, first) ? args === void 0 || starMatch(args, rest.join(" ")) : !1;
      };
    }
    case "Read":
    case "Write": {
      let globs = readPlainGlob(r.arg, root).repo.map((g) => compilePolicyGlob(g)), op = r.type === "Read" ? "read" : "write";
      return (c) => c.kind === "path" && c.op === op && globs.some((m) => m(c.subject));
    }
    case "WebFetch":
      return (c) => c.kind === "host" && starMatch(r.arg.toLowerCase(), c.subject);
    case "Mcp": {
      let name = cursorMcpName(r.arg);
      return (c) => c.kind === "tool" && starMatch(name, c.subject);
    }
  }
}
var KIND = { Shell: "command", Read: "path", Write: "path", WebFetch: "host", Mcp: "tool" };
function cursorModel(rules, readFindings, root) {
  let views = rules.map((r) => {
    let kind = KIND[r.type], op = r.type === "Read" ? "read" : r.type === "Write" ? "write" : void 0, examples = () => {
      if (r.type === "Shell") {
        let { program, args } = cursorShell(r.arg), p = program.replace(/\*/g, "x");
        return [p, `${p} ${args?.replace(/\*/g, "x") ?? "x"}`].map((subject) => ({ kind, subject }));
      }
      return op ? readPlainGlob(r.arg, root).repo.flatMap(globExamples).map((subject) => ({ kind, subject, op })) : r.type === "WebFetch" ? [{ kind, subject: r.arg.toLowerCase().replace(/^\*\./, "x.").replace(/\*/g, "example.com") }] : [{ kind, subject: cursorMcpName(r.arg).replace(/\*/g, "x") }];
    };
    return { file: r.file, line: r.line, column: r.column, effect: r.effect, raw: r.raw, kind, op, examples, matches: matcher(r, root) };
  });
  return { agent: "Cursor", rules: views, decides: (c) => {
    let hits = views.filter((v) => v.matches(c)).map((v) => v.effect);
    return hits.includes("deny") ? "deny" : hits.includes("allow") || c.kind === "path" && c.op === "read" ? "allow" : "ask";
  }, findings: [...readFindings] };
}

// src/native/gemini/drift.ts
var RANK = { deny: 0, ask: 1, allow: 2 };
function kindOf(tool) {
  return tool === GEMINI_SHELL ? "command" : GEMINI_WRITE_TOOLS.includes(tool) || GEMINI_READ_TOOLS.includes(tool) ? "path" : GEMINI_WEB_TOOLS.includes(tool) ? "host" : "tool";
}
function ruleMatches(r, tool, c) {
  return kindOf(tool) !== c.kind || c.kind === "path" && c.op === "write" !== GEMINI_WRITE_TOOLS.includes(tool) || r.commandRegex !== void 0 || r.argsPattern !== void 0 ? !1 : c.kind === "command" ? r.commandPrefixes.length === 0 || r.commandPrefixes.some((p) => c.subject.startsWith(p)) : c.kind === "tool" ? starMatch(policyToolName(tool), c.subject) : !0;
}
function geminiModel(rules, readFindings) {
  let live = rules.filter((r) => !r.modes || r.modes.includes("default"));
  return { agent: "Gemini CLI", rules: live.flatMap(
    (r) => r.tools.filter((t) => t !== "*").map((tool) => {
      let kind = kindOf(tool), op = kind === "path" ? GEMINI_WRITE_TOOLS.includes(tool) ? "write" : "read" : void 0;
      return {
        file: r.file,
        line: r.line,
        column: r.column,
        effect: r.effect,
        raw: r.raw,
        kind,
        op,
        examples: () => kind === "command" ? r.commandPrefixes.flatMap((p) => [p.trim(), `${p.trim()} x`]).map((subject) => ({ kind, subject })) : kind === "tool" ? [{ kind, subject: policyToolName(tool).replace(/\*/g, "x") }] : kind === "host" ? [{ kind, subject: "example.com" }] : [{ kind, subject: "x.txt", op }],
        matches: (c) => ruleMatches(r, tool, c)
      };
    })
  ), decides: (c) => {
    let best;
    for (let r of live)
      r.tools.some((t) => ruleMatches(r, t, c)) && (!best || r.priority > best.priority || r.priority === best.priority && RANK[r.effect] < RANK[best.effect]) && (best = r);
    return best ? best.effect : c.kind === "path" && c.op === "read" ? "allow" : "ask";
  }, findings: [...readFindings] };
}

// src/native/drift.ts
function agentOf(root, file) {
  return AGENT_NAMES.find((agent) => projectFilesIn(root, agent, DRIFT_FILES[agent]).includes(file));
}
function read(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return;
  }
}
function checkDrift(set, files = nativeFilesIn(set.root.root)) {
  if (files.length === 0) return [];
  let compiled = compilePolicy(set), root = set.root.root, byAgent = /* @__PURE__ */ new Map();
  for (let f of files) {
    let agent = agentOf(root, f);
    agent && read(f) !== void 0 && byAgent.set(agent, [...byAgent.get(agent) ?? [], f]);
  }
  let text = (f) => read(f) ?? "", findings = [];
  for (let [agent, mine] of byAgent) findings.push(...driftFindings(nativeModel(agent, mine, text, root), compiled));
  return findings;
}
function nativeModel(agent, files, read2, root) {
  switch (agent) {
    case "claude":
      return claudeModel(files.map((f) => readClaudeSettings(f, read2(f))), { root, home: homedir() });
    case "codex": {
      let c = readCodexFiles(files, read2);
      return codexModel(c.rules, c.config, c.findings);
    }
    case "gemini": {
      let g = readGeminiFiles(files, read2);
      return geminiModel(g.rules, g.findings);
    }
    case "cursor": {
      let c = readCursorFiles(files, read2);
      return cursorModel(c.rules, c.findings, root);
    }
  }
}
export {
  checkDrift,
  nativeModel
};

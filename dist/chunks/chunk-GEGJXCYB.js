import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  EDIT_TOOLS,
  READ_TOOLS,
  RUNNER_PROGRAMS,
  allowPattern,
  commandDefaults,
  denyPattern,
  effectiveMode,
  importCodex,
  importCursor,
  importGemini,
  isMcpName,
  networkDefaults,
  readClaudePath,
  readClaudeSettings,
  readCodexFiles,
  readCursorFiles,
  readGeminiFiles,
  toolDefaults,
  writeDefaults
} from "./chunk-GHWK3RUF.js";
import {
  PROJECT_FILES,
  projectFilesIn
} from "./chunk-RWTZDASI.js";
import {
  draftToYaml
} from "./chunk-KAOA6GTO.js";
import {
  oneLine
} from "./chunk-YBGZSBVW.js";
import {
  AGENT_NAMES,
  addApproval,
  addRule,
  emptyDraft
} from "./chunk-SVDZDYXD.js";
import {
  hostPatternError
} from "./chunk-MEUNCPUN.js";
import {
  UsageError
} from "./chunk-6RCGQYBU.js";

// src/native/index.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

// src/native/claude/importer.ts
import { homedir } from "node:os";
import { relative, sep } from "node:path";
var CLAUDE_UNSTRIPPED_RUNNERS = RUNNER_PROGRAMS.filter((p) => !["timeout", "nice", "nohup"].includes(p)), NO_PERMISSION_TOOLS = ["Glob", "Grep", "LS", "TodoWrite"];
function importClaude(files, opts) {
  let home = opts.home ?? homedir(), shown = (f) => relative(opts.cwd, f).split(sep).join("/") || f, src = (r) => `${shown(r.file)}:${r.line}  ${oneLine(r.raw)}`, draft = emptyDraft([`Imported from Claude Code settings: ${files.map((f) => shown(f.file)).join(", ")}`]), findings = files.flatMap((f) => f.findings), approx = (at, message, hint) => {
    findings.push({ ruleId: "import-approximated", severity: "info", message, hint, file: at.file, line: at.line, column: at.column });
  }, mode = effectiveMode(files), modeName = mode?.value ?? "default", bypass = modeName === "bypassPermissions", acceptEdits = bypass || modeName === "acceptEdits", neverAsk = modeName === "dontAsk", planOnly = modeName === "plan";
  mode && bypass && approx(mode, 'defaultMode "bypassPermissions" lets Claude Code run everything its deny rules do not name; the imported policy keeps only the denies and asks', "Review the result: a policy is meant to say what the agent may do.");
  let rules = files.flatMap((f) => f.rules), bashAll = bypass, webAll = bypass, editAll = /* @__PURE__ */ new Set(), commandAllows = [], mcpAllows = [], toolAllows = [];
  for (let r of rules) {
    let { tool, specifier } = r.parsed, source = src(r);
    if (tool === "Bash") {
      if (specifier === void 0) {
        r.effect === "allow" ? bashAll = !0 : r.effect === "deny" ? addRule(draft.commands.deny, "*", source) : addApproval(draft.approvals, "command", "*", source);
        continue;
      }
      if (r.effect === "allow") {
        let t = allowPattern(specifier);
        "pattern" in t ? (addRule(draft.commands.allow, t.pattern, source), commandAllows.push(t.pattern), t.shrunk && approx(r, `"${oneLine(r.raw, 60)}" is imported as ${t.shrunk}`)) : approx(r, `"${oneLine(r.raw, 60)}" is left out of commands.allow: ${t.why}`, "Add a policy pattern by hand if the command should run without approval.");
        continue;
      }
      let d = denyPattern(specifier);
      d.widened && approx(r, `"${oneLine(r.raw, 60)}" is imported as a ${r.effect === "deny" ? "deny" : "approval"} of ${d.widened}`), r.effect === "deny" ? addRule(draft.commands.deny, d.pattern, source) : addApproval(draft.approvals, "command", d.pattern, source);
      continue;
    }
    if (READ_TOOLS.has(tool) || EDIT_TOOLS.has(tool)) {
      let reads = READ_TOOLS.has(tool);
      if (specifier === void 0) {
        r.effect === "allow" ? reads || editAll.add(tool) : r.effect === "deny" || reads ? (r.effect === "ask" && approx(r, `"${r.raw}" (ask) is imported as a deny of every path: the policy gates writes, not reads`), addRule(draft.filesystem.deny, "**", source)) : addApproval(draft.approvals, "file", "**", source);
        continue;
      }
      let reading = readClaudePath(specifier, { root: opts.root, settingsDir: r.settingsDir, home });
      if (r.effect === "allow") {
        if (reads && !reading.outside) continue;
        approx(
          r,
          reads ? `"${oneLine(r.raw, 60)}" allows reads outside the repository; the policy denies paths outside the repository` : `"${oneLine(r.raw, 60)}" is not imported as an allow: the policy cannot let some writes run while the others need approval, so these writes need approval too`
        );
        continue;
      }
      if (reading.repo.length === 0) continue;
      if (reading.exact || approx(r, `"${oneLine(r.raw, 60)}" is imported as ${reading.repo.map((p) => `"${p}"`).join(", ")}, which covers more paths`), r.effect === "deny" || reads) {
        r.effect === "ask" && approx(r, `"${oneLine(r.raw, 60)}" (ask) is imported as a deny: the policy gates writes, not reads`);
        for (let p of reading.repo) addRule(draft.filesystem.deny, p, source);
      } else for (let p of reading.repo) addApproval(draft.approvals, "file", p, source);
      continue;
    }
    if (tool === "WebFetch") {
      let domain = specifier?.startsWith("domain:") ? specifier.slice(7).trim().toLowerCase() : void 0;
      if (specifier === void 0 || domain === "*") {
        r.effect === "allow" ? webAll = !0 : r.effect === "deny" ? addRule(draft.network.deny, "*", source) : addApproval(draft.approvals, "host", "*", source);
        continue;
      }
      if (!domain || hostPatternError(domain) !== void 0) {
        r.effect === "allow" ? approx(r, `"${oneLine(r.raw, 60)}" is not a WebFetch(domain:\u2026) rule the policy can read; left out`) : (approx(r, `"${oneLine(r.raw, 60)}" is not a WebFetch(domain:\u2026) rule the policy can read; imported as a ${r.effect} of every host`), r.effect === "deny" ? addRule(draft.network.deny, "*", source) : addApproval(draft.approvals, "host", "*", source));
        continue;
      }
      if (r.effect === "allow") addRule(draft.network.exceptions, domain, source);
      else {
        let hosts = domain.startsWith("*.") ? [domain] : [domain, `*.${domain}`];
        for (let h of hosts)
          r.effect === "deny" ? addRule(draft.network.deny, h, source) : addApproval(draft.approvals, "host", h, source);
      }
      continue;
    }
    let name = isMcpName(tool) && tool.split("__").length === 2 ? `${tool}__*` : tool;
    if (specifier !== void 0 && r.effect === "allow") {
      approx(r, `"${oneLine(r.raw, 60)}" limits ${tool} to some uses, which the policy cannot say; left out`);
      continue;
    }
    r.effect === "allow" && (isMcpName(tool) ? mcpAllows : toolAllows).push(name), r.effect === "allow" ? addRule(draft.tools.allow, name, source) : r.effect === "deny" ? addRule(draft.tools.deny, name, source) : addApproval(draft.approvals, "tool", name, source);
  }
  let place = mode ?? rules[0] ?? { file: files[0]?.file ?? "", line: 0, column: 0 }, ctx = { draft, place, findings, source: `Claude Code's ${modeName} mode${mode ? ` (${shown(mode.file)}:${mode.line})` : ""}` }, unmatched = bypass ? "allow" : neverAsk || planOnly ? "deny" : "ask";
  return commandDefaults(ctx, bashAll ? "allow" : unmatched, commandAllows, CLAUDE_UNSTRIPPED_RUNNERS), acceptEdits || editAll.has("Edit") && editAll.has("Write") ? !acceptEdits && !editAll.has("NotebookEdit") && addApproval(draft.approvals, "file", "*.ipynb", `${ctx.source}: notebook edits ask`) : writeDefaults(ctx, unmatched), networkDefaults(ctx, webAll ? "allow" : unmatched), toolDefaults(ctx, unmatched, NO_PERMISSION_TOOLS), { draft, findings };
}

// src/native/index.ts
function parseAgentName(value, flag) {
  if (value && AGENT_NAMES.includes(value)) return value;
  throw new UsageError(`${flag} needs one of ${AGENT_NAMES.join(", ")}${value ? ` (got "${value}")` : ""}`);
}
function readNamed(file) {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${e.code ?? e.message}`);
  }
}
function importNative(opts) {
  let files = opts.files.length > 0 ? opts.files.map((f) => resolve(opts.cwd, f)) : projectFilesIn(opts.root, opts.agent);
  if (files.length === 0)
    throw new UsageError(`no ${opts.agent} permission files found under ${opts.root} (looked for ${PROJECT_FILES[opts.agent].join(", ")}); name the files to import`);
  let result;
  switch (opts.agent) {
    case "claude":
      result = importClaude(
        files.map((f) => readClaudeSettings(f, readNamed(f))),
        { root: opts.root, cwd: opts.cwd }
      );
      break;
    case "codex": {
      let codex = readCodexFiles(files, readNamed);
      result = importCodex(codex.rules, codex.config, codex.findings, { cwd: opts.cwd });
      break;
    }
    case "gemini": {
      let gemini = readGeminiFiles(files, readNamed);
      result = importGemini(gemini.rules, gemini.findings, { cwd: opts.cwd });
      break;
    }
    case "cursor": {
      let cursor = readCursorFiles(files, readNamed);
      result = importCursor(cursor.rules, cursor.findings, { root: opts.root, cwd: opts.cwd });
      break;
    }
  }
  return { ...result, yaml: draftToYaml(result.draft), files };
}

export {
  parseAgentName,
  importNative
};

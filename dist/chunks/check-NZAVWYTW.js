import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  AGENT_HOOK_CONFIGS,
  detectAgentDirs,
  isGuardCommand
} from "./chunk-EZLHEIBY.js";
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree
} from "./chunk-OJEHWALM.js";
import {
  toolNames
} from "./chunk-NG5DRVKH.js";
import "./chunk-Y7RLUBF5.js";
import "./chunk-F2VQ6EFB.js";

// src/init/agent-hooks/check.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// src/init/agent-hooks/governed.ts
function governedTools(agent, set) {
  let p = set.root.permissions.network, network = p.allowOutbound === !1 || p.exceptions.length > 0 || p.deny.length > 0 || set.overrides.some((o) => o.permissions.network.deny.length > 0);
  return toolNames(agent).filter(({ does }) => does !== "none" && does !== "tool" && (does !== "fetch" || network)).map(({ name }) => name);
}

// src/init/agent-hooks/check.ts
function read(abs) {
  try {
    let text = readFileSync(abs, "utf8");
    return { file: abs, text, root: parseTree(text, [], { allowTrailingComma: !0 }) };
  } catch {
    return;
  }
}
function position(text, offset) {
  let line = 1, last = -1;
  for (let i = 0; i < offset; i++) text.charCodeAt(i) === 10 && (line++, last = i);
  return { line, column: offset - last };
}
function candidates(dir, c) {
  if (c.agent === "copilot") {
    let hooks = join(dir, ".github", "hooks"), names = [];
    try {
      names = readdirSync(hooks).filter((n) => n.endsWith(".json")).sort();
    } catch {
      return [];
    }
    return names.map((n) => read(join(hooks, n))).filter((f) => f !== void 0);
  }
  let out = [], main = read(join(dir, c.file));
  if (main && out.push(main), c.agent === "codex") {
    let toml = join(dir, ".codex", "config.toml");
    existsSync(toml) && out.push({ file: toml, text: readFileSync(toml, "utf8") });
  }
  return out;
}
function guardMatchers(f, c, event) {
  if (!f.root)
    return isGuardCommand(f.text, c.agent) && f.text.includes(event) ? [void 0] : void 0;
  let node = findNodeAtLocation(f.root, ["hooks", event]), value = node ? getNodeValue(node) : void 0;
  if (!Array.isArray(value)) return;
  let out = [];
  for (let e of value) {
    if (typeof e != "object" || e === null) continue;
    let entry = e;
    c.layout === "matcher-groups" ? (Array.isArray(entry.hooks) ? entry.hooks : []).some((h) => typeof h == "object" && h !== null && isGuardCommand(h.command, c.agent)) && out.push(typeof entry.matcher == "string" ? entry.matcher : void 0) : isGuardCommand(entry.command ?? entry.bash ?? entry.powershell, c.agent) && out.push(void 0);
  }
  return out.length > 0 ? out : void 0;
}
var EVERY_TOOL = /* @__PURE__ */ new Set(["", "*", ".*", ".+", "^.*$"]);
function matched(matcher, tools) {
  if (matcher === void 0 || EVERY_TOOL.has(matcher.trim())) return new Set(tools);
  let re;
  try {
    re = new RegExp(`^(?:${matcher})$`);
  } catch {
    return /* @__PURE__ */ new Set();
  }
  return new Set(tools.filter((t) => re.test(t)));
}
function checkAgentHooks(dir, set) {
  let out = [];
  for (let agent of detectAgentDirs(dir)) {
    let c = AGENT_HOOK_CONFIGS[agent], files = candidates(dir, c), installed = files.flatMap((f) => c.preTool.map((event) => ({ f, event, matchers: guardMatchers(f, c, event) }))).filter((h) => h.matchers !== void 0), shown = files[0] ?? { file: join(dir, c.agent === "copilot" ? ".github/hooks" : c.file), text: "" };
    if (installed.length === 0) {
      out.push({
        ruleId: "hook-not-installed",
        severity: "warning",
        file: shown.file,
        line: files.length > 0 ? 1 : 0,
        column: files.length > 0 ? 1 : 0,
        message: `the repository configures ${agent} (${c.dir}/) but its hooks do not run the agent-policy-lint guard: the policy is not enforced while ${agent} works`,
        hint: `Run agent-policy-lint init --agent ${agent} (it merges the hook into ${c.file}, keeping what is there).`
      });
      continue;
    }
    let governed = governedTools(agent, set), missing;
    if (c.layout === "cursor")
      missing = c.preTool.filter((event) => !installed.some((h) => h.event === event)), installed.some((h) => h.event === "preToolUse") && (missing = []);
    else {
      let covered = /* @__PURE__ */ new Set();
      for (let h of installed) for (let m of h.matchers) for (let t of matched(m, governed)) covered.add(t);
      missing = governed.filter((t) => !covered.has(t));
    }
    if (missing.length === 0) continue;
    let first = installed[0], node = first.f.root ? findNodeAtLocation(first.f.root, ["hooks", first.event]) : void 0, at = node ? position(first.f.text, node.offset) : { line: 1, column: 1 };
    out.push({
      ruleId: "hook-matcher-partial",
      severity: "warning",
      file: first.f.file,
      line: at.line,
      column: at.column,
      message: `the ${agent} guard does not run for ${missing.slice(0, 6).join(", ")}${missing.length > 6 ? ` and ${missing.length - 6} more` : ""}, which the policy governs: those calls are never checked`,
      hint: c.layout === "cursor" ? `Register the guard on ${missing.join(", ")} too (agent-policy-lint init --agent cursor adds them).` : `Use the matcher "${c.slots[0].matcher}" for the guard's ${first.event} hook (agent-policy-lint init --agent ${agent} adds one).`
    });
  }
  return out;
}
export {
  checkAgentHooks
};

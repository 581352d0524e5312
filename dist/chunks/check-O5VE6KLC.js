import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  absIn,
  overridesIn,
  readStagedState,
  relIn,
  unstagedPaths
} from "./chunk-IB7OEQJJ.js";
import "./chunk-UKSESNFL.js";
import {
  openListsCache,
  policyHash,
  readPolicySetCache,
  writePolicySetCache
} from "./chunk-TWDH5Z5K.js";
import {
  cacheDirOf
} from "./chunk-UI64SEVC.js";
import "./chunk-TBDWGYFU.js";
import {
  ROOT_POLICY_NAMES,
  findRootPolicy
} from "./chunk-PCFHNYAU.js";
import "./chunk-HTJE5MBF.js";
import "./chunk-6RCGQYBU.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-F2VQ6EFB.js";

// src/hooks/check.ts
import { dirname, isAbsolute, resolve, sep } from "node:path";

// src/agents/environment.ts
var BUILTIN_ENV_MARKERS = [
  { name: "AI_AGENT", agent: "$value" },
  { name: "CLAUDECODE", value: "1", agent: "claude" },
  { name: "CURSOR_AGENT", agent: "cursor" },
  { name: "CURSOR_EXTENSION_HOST_ROLE", value: "agent-exec", agent: "cursor", heuristic: !0 },
  { name: "GEMINI_CLI", value: "1", agent: "gemini" },
  { name: "CODEX_SANDBOX", agent: "codex" },
  { name: "CODEX_THREAD_ID", agent: "codex" },
  { name: "CODEX_CI", agent: "codex" },
  { name: "CODEX_SANDBOX_NETWORK_DISABLED", value: "1", agent: "codex" },
  { name: "COPILOT_AGENT", value: "1", agent: "copilot" },
  { name: "COPILOT_CLI", value: "1", agent: "copilot", heuristic: !0 },
  { name: "COPILOT_AGENT_SESSION_ID", agent: "copilot", heuristic: !0 },
  { name: "OPENCODE", agent: "opencode" }
];
function matchMarker(m, env) {
  let v = Object.hasOwn(env, m.name) ? env[m.name] : void 0;
  if (v === void 0 || v === "" || m.value !== void 0 && v !== m.value) return;
  let agent = m.agent === "$value" ? v.trim() : m.agent;
  if (agent)
    return { agent, via: m.value !== void 0 ? `${m.name}=${m.value}` : `${m.name} is set` };
}
function detectAgentCommit(input) {
  let flag = input.flag?.trim();
  if (flag) return { agent: flag, via: "--agent" };
  let id = input.env.AGENT_ID?.trim();
  if (id) return { agent: id, via: "AGENT_ID" };
  for (let m of input.policyMarkers ?? []) {
    let hit = matchMarker(m, input.env);
    if (hit) return { ...hit, via: `${hit.via} (agent_detection.env)` };
  }
  if (input.builtinEnv !== !1)
    for (let m of BUILTIN_ENV_MARKERS) {
      let hit = matchMarker(m, input.env);
      if (hit) return hit;
    }
  let name = input.env.GIT_AUTHOR_NAME ?? "", email = input.env.GIT_AUTHOR_EMAIL ?? "";
  if (/\(aider\)\s*$/.test(name)) return { agent: "aider", via: `author "${name}"` };
  let byIdentity = (name || email) && input.authorAgent ? input.authorAgent(name, email) : void 0;
  if (byIdentity) return { agent: byIdentity, via: `author <${email}>` };
}
function readEnvMarkers(raw) {
  let ad = raw && typeof raw == "object" ? raw.agent_detection : void 0;
  if (!ad || typeof ad != "object" || Array.isArray(ad)) return { markers: [], builtinEnv: !0 };
  let rec = ad, markers = [];
  for (let item of Array.isArray(rec.env) ? rec.env : [])
    if (typeof item == "string" && item.trim())
      markers.push({ name: item.trim(), agent: item.trim().toLowerCase() });
    else if (item && typeof item == "object" && typeof item.name == "string") {
      let r = item, name = String(r.name).trim();
      if (!name) continue;
      let agent = typeof r.agent == "string" && r.agent.trim() ? r.agent.trim() : name.toLowerCase();
      markers.push({ name, value: typeof r.value == "string" ? r.value : void 0, agent });
    }
  return { markers, builtinEnv: rec.builtin_env !== !1 };
}

// src/hooks/check.ts
var BYPASS_NOTICES = /* @__PURE__ */ new Set(["staged-agent-bypassed", "replay-bypass-used"]);
async function checkStaged(opts, cwd, entries, loadRulesMeta, reads) {
  let state = await readStagedState(cwd, entries, { config: opts.config, logGlobs: opts.agentLogs }, reads), policyStaged = state.stagedPolicyFiles.length > 0, quick = detectAgentCommit({ flag: opts.agent, env: process.env }) ?? await authorOnly(), policyMayDetect = [...state.index].some(([f, t]) => ROOT_POLICY_NAMES.some((n) => f.endsWith(sep + n)) && /(^|[{,\s])["']?agent_detection["']?\s*:/m.test(t));
  if (!policyStaged && state.logs.length === 0 && !quick && !policyMayDetect) return 0;
  let findings = [], staged = await load(state.index, opts, cwd, !policyStaged), noPolicy = !staged.set && staged.findings.some((f) => f.ruleId === "no-policy");
  if (!noPolicy && (policyStaged || !staged.set) && findings.push(...staged.findings), staged.set && policyStaged && opts.checkConflicts) {
    let { checkConflicts } = await import("./analysis-VUKDBLY7.js");
    findings.push(...await checkConflicts(staged.set));
  }
  let agent = quick;
  if (staged.set) {
    let { markers, builtinEnv } = readEnvMarkers(staged.set.root.raw), input = { flag: opts.agent, env: process.env, policyMarkers: markers, builtinEnv };
    agent = detectAgentCommit(input) ?? detectAgentCommit({ ...input, authorAgent: await authorLookup(staged.set.root.raw) });
  }
  let now = Date.now();
  if (state.logs.length > 0 && staged.set) {
    let { replayStagedLogs } = await import("./replay-staged-TAXJOG6H.js");
    findings.push(...await replayStagedLogs(state, staged.set, cwd, agent?.agent, now, agent ? state.committed : state.index));
  }
  let blocked = [];
  if (agent) {
    let sets = staged.set ? [{ set: staged.set, label: "", lists: staged.lists?.() }] : [];
    if (policyStaged && (staged.set || noPolicy)) {
      let head = await load(state.committed, opts, cwd);
      head.set ? sets.push({ set: head.set, label: "per the committed policy in HEAD" }) : head.findings.some((f) => f.ruleId === "no-policy") || findings.push(headUnusable(state, agent));
    }
    if (sets.length > 0) {
      let { decideAgentCommit } = await import("./agent-commit-TM2I76MV.js"), { loadIndexBypasses } = await import("./replay-staged-TAXJOG6H.js"), bypasses = await loadIndexBypasses(state.committed, sets[0].set, now, state.logs.length > 0 && staged.set ? [] : findings), result = await decideAgentCommit(entries, sets, agent.agent, state.top, bypasses, now);
      blocked = result.blocked, findings.push(...result.findings);
    } else noPolicy && findings.push(noPolicyWarning(state, cwd, agent));
  } else noPolicy && state.logs.length > 0 && findings.push(noPolicyWarning(state, cwd, void 0));
  let forTerminal = opts.format === "stylish" && !opts.output, shown = forTerminal ? findings.filter((f) => f.severity !== "info" || BYPASS_NOTICES.has(f.ruleId)) : findings;
  if (forTerminal && shown.length === 0) return 0;
  let { emitReport, exitCodeFor } = await import("./report-KV6WXJ6W.js"), summary = await emitReport(shown, {
    format: opts.format,
    output: opts.output,
    cwd,
    color: opts.color,
    quiet: opts.quiet,
    filesChecked: staged.files.length + state.logs.length + (agent ? entries.length : 0),
    loadRulesMeta
  }), code = exitCodeFor(summary, opts.maxWarnings);
  if (code !== 0) {
    let errorFiles = [...new Set(findings.filter((f) => f.severity === "error" && isAbsolute(f.file)).map((f) => f.file))].filter((f) => f.startsWith(state.top + sep)).map((f) => relIn(state.top, f)), differ = await unstagedPaths(cwd, errorFiles).catch(() => /* @__PURE__ */ new Set()), blockedPaths = new Set(blocked.map((b) => b.path)), { blockedMessage } = await import("./message-FY32MC47.js");
    process.stderr.write(
      blockedMessage({
        agent,
        blocked,
        otherErrors: findings.filter((f) => f.severity === "error" && !f.ruleId.startsWith("staged-agent-")).length,
        replayErrors: findings.filter((f) => f.severity === "error" && f.ruleId.startsWith("replay-")).length,
        unstagedFixes: [...differ].filter((p) => !blockedPaths.has(p)),
        cwd,
        top: state.top
      })
    );
  }
  return code;
}
async function load(files, opts, cwd, setOnly = !1) {
  let cache = setOnly && opts.config === void 0 ? setCache(files, cwd) : void 0, hit = cache?.read();
  if (hit) return { set: hit, findings: [], files: cache.files, lists: cache.lists };
  let { loadPolicySet } = await import("./policy-YBUTJIYW.js"), loaded = await loadPolicySet({
    cwd,
    config: opts.config,
    readFile: (abs) => files.get(resolve(abs)),
    overrideFiles: (rootDir) => overridesIn(files, rootDir)
  });
  return loaded.set && cache?.write(loaded.set), cache ? { ...loaded, lists: cache.lists } : loaded;
}
function setCache(files, cwd) {
  let rootFile = findRootPolicy(cwd, (p) => files.has(p));
  if (!rootFile) return;
  let rootDir = dirname(rootFile), policyFiles = [rootFile, ...overridesIn(files, rootDir)], hash = policyHash(rootDir, new Map(policyFiles.map((f) => [f, files.get(f)]))), dir = cacheDirOf(rootDir);
  return {
    files: policyFiles,
    read: () => readPolicySetCache(dir, rootDir, hash),
    write: (set) => writePolicySetCache(dir, rootDir, hash, set),
    lists: () => openListsCache(dir, rootDir, hash)
  };
}
function headUnusable(state, agent) {
  let file = state.stagedPolicyFiles[0] ?? ".agent-policy.yml";
  return {
    ruleId: "staged-head-policy-unusable",
    severity: "error",
    message: `agent "${agent.agent}" is changing the policy, and the committed policy in HEAD cannot be loaded to check this commit against it`,
    hint: "Have a person commit the policy change (the committed policy has errors: run agent-policy-lint on a checkout of HEAD).",
    file: absIn(state.top, file),
    line: 0,
    column: 0
  };
}
function noPolicyWarning(state, cwd, agent) {
  return {
    ruleId: "staged-no-policy",
    severity: "warning",
    message: agent ? `agent "${agent.agent}" (recognised by ${agent.via}) is committing, but there is no .agent-policy.yml in the index or in HEAD: nothing was checked` : "agent logs are staged, but there is no .agent-policy.yml in the index to replay them against",
    hint: "Commit a policy (agent-policy-lint init writes a starting one).",
    file: state.logs[0] ? absIn(state.top, state.logs[0].path) : cwd,
    line: 0,
    column: 0
  };
}
async function authorOnly() {
  if (process.env.GIT_AUTHOR_EMAIL)
    return detectAgentCommit({ env: { GIT_AUTHOR_NAME: process.env.GIT_AUTHOR_NAME, GIT_AUTHOR_EMAIL: process.env.GIT_AUTHOR_EMAIL }, authorAgent: await authorLookup(void 0) });
}
async function authorLookup(raw) {
  let { authorEmailAgent } = await import("./signals-2XLIX24H.js");
  return authorEmailAgent(raw);
}
export {
  checkStaged
};

var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  GUARD_AGENTS: () => GUARD_AGENTS,
  PayloadError: () => PayloadError,
  answer: () => answer,
  canAsk: () => canAsk,
  discoverOverrides: () => discoverOverrides,
  failClosed: () => failClosed
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_CC6SQXWV = require("./chunk-CC6SQXWV.js");
var import_chunk_HZVDRH6M = require("./chunk-HZVDRH6M.js");
var import_chunk_6TQU3MSI = require("./chunk-6TQU3MSI.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var HAS_ASK = { claude: true, codex: false, gemini: false, cursor: true, copilot: false };
function canAsk(agent) {
  return HAS_ASK[agent];
}
var json = (v) => JSON.stringify(v) + `
`;
function answer(agent, kind, verdict) {
  if (verdict.failClosed) return failClosed(agent, verdict.reason);
  let v = verdict.reason ? { ...verdict, reason: (0, import_chunk_CC6SQXWV.redactSecrets)(verdict.reason) } : verdict;
  if (kind !== "pre-tool" || v.outcome === "allow") return allow(agent, kind);
  let ask = v.outcome === "needs-approval" && canAsk(agent);
  switch (agent) {
    case "claude":
    case "codex":
      return {
        stdout: json({ hookSpecificOutput: { hookEventName: "PreToolUse", permissionDecision: ask ? "ask" : "deny", permissionDecisionReason: v.reason } }),
        stderr: "",
        exitCode: 0
      };
    case "gemini":
      return { stdout: json({ decision: "deny", reason: v.reason }), stderr: "", exitCode: 0 };
    case "cursor":
      return { stdout: json({ permission: ask ? "ask" : "deny", user_message: v.reason, agent_message: v.reason }), stderr: "", exitCode: 0 };
    case "copilot":
      return { stdout: json({ permissionDecision: "deny", permissionDecisionReason: v.reason }), stderr: "", exitCode: 0 };
  }
}
function allow(agent, kind) {
  return agent === "gemini" ? { stdout: json({}), stderr: "", exitCode: 0 } : agent === "cursor" && kind === "pre-tool" ? { stdout: json({ permission: "allow" }), stderr: "", exitCode: 0 } : { stdout: "", stderr: "", exitCode: 0 };
}
function failClosed(agent, why) {
  let reason = `agent-policy-lint guard failed closed: ${withoutSecrets(why)}`;
  switch (agent) {
    case "claude":
    case "codex":
    case "gemini":
      return { stdout: "", stderr: reason + `
`, exitCode: 2 };
    case "cursor":
      return { stdout: json({ permission: "deny", user_message: reason, agent_message: reason }), stderr: reason + `
`, exitCode: 2 };
    case "copilot":
      return { stdout: json({ permissionDecision: "deny", permissionDecisionReason: reason }), stderr: reason + `
`, exitCode: 0 };
  }
}
function withoutSecrets(why) {
  try {
    return (0, import_chunk_CC6SQXWV.redactSecrets)(why);
  } catch {
    return "the reason could not be cleared of secrets, so it is not shown";
  }
}
var GUARD_AGENTS = ["claude", "codex", "gemini", "cursor", "copilot"];
var PayloadError = class extends Error {
  constructor(message) {
    super(message), this.name = "PayloadError";
  }
};
var lazyChildProcess, childProcess = () => lazyChildProcess ??= (0, import_chunk_MOTYY5BU.__require)("node:child_process"), spawn = ((...a) => childProcess().spawn(...a)), MAX_DIRS = 400, VERSION = 2, RELEVANT = /* @__PURE__ */ new Set([...import_chunk_6TQU3MSI.OVERRIDE_NAMES, ...import_chunk_6TQU3MSI.ROOT_POLICY_NAMES, ".gitignore"]), GIT_LS_ARGS = ["ls-files", "-z", "-c", "-o", "--exclude-standard", "--", ...import_chunk_6TQU3MSI.OVERRIDE_NAMES.flatMap((n) => [n, `*/${n}`])], MOVES_GIT = /^GIT_(DIR|WORK_TREE|INDEX_FILE|COMMON_DIR|CONFIG|CEILING_DIRECTORIES|DISCOVERY_ACROSS_FILESYSTEM|NAMESPACE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES)/, movesGit = (env) => Object.keys(env).some((k) => MOVES_GIT.test(k)), sha = (data) => (0, import_node_crypto.createHash)("sha256").update(data).digest("hex");
function envKey(env) {
  let keys = Object.keys(env).filter((k) => k.startsWith("GIT_") || k === "HOME" || k === "XDG_CONFIG_HOME").sort();
  return JSON.stringify(keys.map((k) => [k, env[k]]));
}
function indexKey(gitDir) {
  try {
    let s = (0, import_node_fs.statSync)((0, import_node_path.join)(gitDir, "index"), { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch (e) {
    return e.code === "ENOENT" ? "none" : `error:${Math.random()}`;
  }
}
function contentKey(file) {
  try {
    return sha((0, import_node_fs.readFileSync)(file));
  } catch (e) {
    return e.code === "ENOENT" || e.code === "ENOTDIR" ? "" : void 0;
  }
}
function configFiles(gitDir, env) {
  let home = env.HOME || (0, import_node_os.homedir)(), xdg = env.XDG_CONFIG_HOME || (0, import_node_path.join)(home, ".config");
  return [
    "/etc/gitconfig",
    (0, import_node_path.join)(home, ".gitconfig"),
    (0, import_node_path.join)(xdg, "git", "config"),
    (0, import_node_path.join)(xdg, "git", "ignore"),
    (0, import_node_path.join)(gitDir, "config"),
    (0, import_node_path.join)(gitDir, "config.worktree"),
    (0, import_node_path.join)(gitDir, "info", "exclude")
  ];
}
function walk(root, ignored) {
  let dirs = {}, todo = [""], count = 0;
  for (; todo.length > 0; ) {
    let rel = todo.pop();
    if (++count > MAX_DIRS) return;
    let entries;
    try {
      entries = (0, import_node_fs.readdirSync)(rel === "" ? root : (0, import_node_path.join)(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.length === 0 && rel !== "") continue;
    let names = [], gitignore = "";
    for (let e of entries)
      if (e.name !== ".git") {
        if (e.isDirectory()) {
          let child = rel === "" ? e.name : `${rel}/${e.name}`;
          ignored.has(child) || todo.push(child);
        }
        if (RELEVANT.has(e.name) && (names.push(`${e.name}:${e.isDirectory() ? "d" : e.isSymbolicLink() ? "l" : "f"}`), e.name === ".gitignore")) {
          let k = contentKey((0, import_node_path.join)(root, rel, e.name));
          if (k === void 0) return;
          gitignore = k;
        }
      }
    dirs[rel] = JSON.stringify([names.sort(), gitignore]);
  }
  return dirs;
}
function entryFile(cacheDir, root) {
  return (0, import_node_path.join)(cacheDir, `overrides-${sha(root).slice(0, 32)}.json`);
}
function sameDirs(a, b) {
  let ka = Object.keys(a);
  return ka.length !== Object.keys(b).length ? false : ka.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}
function isEntry(v, root) {
  if (typeof v != "object" || v === null) return false;
  let e = v;
  return e.v === VERSION && e.root === root && typeof e.env == "string" && typeof e.index == "string" && typeof e.files == "object" && e.files !== null && Object.values(e.files).every((x) => typeof x == "string") && Array.isArray(e.ignored) && e.ignored.every((x) => typeof x == "string") && typeof e.dirs == "object" && e.dirs !== null && Array.isArray(e.overrides) && e.overrides.every((x) => typeof x == "string" && x !== "" && !(0, import_node_path.isAbsolute)(x) && !x.split("/").includes(".."));
}
function cachedOverrides(cacheDir, root, env = process.env) {
  if (!cacheDir) return;
  let e = (0, import_chunk_HZVDRH6M.readCacheJson)(entryFile(cacheDir, root));
  if (!isEntry(e, root)) return;
  let gitDir = (0, import_node_path.join)(root, ".git");
  if (e.env !== envKey(env) || e.index !== indexKey(gitDir)) return;
  for (let [file, key] of Object.entries(e.files)) if (contentKey(file) !== key) return;
  let dirs = walk(root, new Set(e.ignored));
  if (!(!dirs || !sameDirs(dirs, e.dirs)))
    return e.overrides;
}
function git(root, args, input) {
  return new Promise((resolve) => {
    let child = spawn("git", args, { cwd: root, stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "ignore"] }), chunks = [];
    child.stdout.on("data", (c) => chunks.push(c)), child.on("error", () => resolve({ status: null, stdout: "" })), child.on("close", (code) => resolve({ status: code, stdout: Buffer.concat(chunks).toString("utf8") })), input !== void 0 && (child.stdin.on("error", () => {
    }), child.stdin.end(input));
  });
}
async function fileFingerprint(root, env) {
  let gitDir = (0, import_node_path.join)(root, ".git"), envK = envKey(env), index = indexKey(gitDir), files = {};
  for (let f of configFiles(gitDir, env)) {
    let text;
    try {
      text = (0, import_node_fs.readFileSync)(f);
    } catch (e) {
      let code = e.code;
      if (code !== "ENOENT" && code !== "ENOTDIR") return;
    }
    if (text && !/(^|[\\/])(ignore|exclude)$/.test(f) && /\[\s*include/i.test(text.toString("utf8"))) return;
    files[f] = text ? sha(text) : "";
  }
  let ignored = [], dirs = walk(root, /* @__PURE__ */ new Set());
  if (!dirs) {
    let collapsed = await git(root, ["ls-files", "-z", "-o", "-i", "--exclude-standard", "--directory"]);
    if (collapsed.status !== 0) return;
    let dirsOut = collapsed.stdout.split("\0").filter((p) => p.endsWith("/")).map((p) => p.slice(0, -1));
    if (dirsOut.length === 0) return;
    let check = await git(root, ["check-ignore", "-z", "--stdin"], dirsOut.join("\0") + "\0");
    if (check.status !== 0 && check.status !== 1) return;
    let confirmed = new Set(check.stdout.split("\0").filter(Boolean));
    if (ignored = dirsOut.filter((d) => confirmed.has(d)), dirs = walk(root, new Set(ignored)), !dirs) return;
  }
  return { v: VERSION, root, env: envK, index, files, ignored, dirs };
}
async function configCovered(root, env, read) {
  let list = await git(root, ["config", "--list", "--show-origin", "-z"]);
  if (list.status !== 0) return false;
  let home = env.HOME || (0, import_node_os.homedir)(), fields = list.stdout.split("\0");
  for (let i = 0; i + 1 < fields.length; i += 2) {
    let origin = fields[i];
    if (!origin.startsWith("file:")) return false;
    let file = (0, import_node_path.isAbsolute)(origin.slice(5)) ? origin.slice(5) : (0, import_node_path.join)(root, origin.slice(5));
    if (!Object.hasOwn(read, file)) return false;
    let nl = fields[i + 1].indexOf(`
`), key = (nl < 0 ? fields[i + 1] : fields[i + 1].slice(0, nl)).toLowerCase();
    if (key.startsWith("include") || key === "core.worktree") return false;
    if (key === "core.excludesfile") {
      let value = nl < 0 ? "" : fields[i + 1].slice(nl + 1), excludes = value.startsWith("~/") ? (0, import_node_path.join)(home, value.slice(2)) : value;
      if (!(0, import_node_path.isAbsolute)(excludes) || !Object.hasOwn(read, excludes)) return false;
    }
  }
  return true;
}
function listOverridesWithGit(root) {
  return new Promise((resolve) => {
    let child = spawn("git", GIT_LS_ARGS, { cwd: root, stdio: ["ignore", "pipe", "ignore"] }), chunks = [];
    child.stdout.on("data", (c) => chunks.push(c)), child.on("error", () => resolve(void 0)), child.on("close", (code) => {
      if (code !== 0) return resolve(void 0);
      let names = Buffer.concat(chunks).toString("utf8").split("\0").filter((p) => p && import_chunk_6TQU3MSI.OVERRIDE_NAMES.includes(p.slice(p.lastIndexOf("/") + 1)));
      resolve([...new Set(names)]);
    });
  });
}
function saveOverrides(cacheDir, fingerprint, overrides) {
  !cacheDir || !fingerprint || (0, import_chunk_HZVDRH6M.writeCacheJson)(entryFile(cacheDir, fingerprint.root), { ...fingerprint, overrides });
}
async function discoverOverrides(rootDir, env = process.env) {
  let cacheDir = (0, import_chunk_6TQU3MSI.findRepoRoot)(rootDir) === rootDir && !movesGit(env) ? (0, import_chunk_HZVDRH6M.cacheDirOf)(rootDir) : void 0;
  if (!cacheDir) return (0, import_chunk_6TQU3MSI.findOverridesAsync)(rootDir);
  let finish = (rel) => (0, import_chunk_6TQU3MSI.outsideNestedPolicies)(rootDir, rel.map((p) => (0, import_node_path.join)(rootDir, p))).sort(), hit = cachedOverrides(cacheDir, rootDir, env);
  if (hit) return finish(hit);
  let fingerprint = await fileFingerprint(rootDir, env), [listed, covered] = await Promise.all([listOverridesWithGit(rootDir), fingerprint ? configCovered(rootDir, env, fingerprint.files) : false]);
  return listed ? (covered && saveOverrides(cacheDir, fingerprint, listed), finish(listed)) : (0, import_chunk_6TQU3MSI.findOverridesAsync)(rootDir);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  GUARD_AGENTS,
  PayloadError,
  answer,
  canAsk,
  discoverOverrides,
  failClosed
});

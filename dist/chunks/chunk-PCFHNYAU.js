import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  walkFiles
} from "./chunk-HTJE5MBF.js";

// src/policy/names.ts
var ROOT_POLICY_NAMES = [".agent-policy.yml", ".agent-policy.yaml"], OVERRIDE_NAMES = [".agent-policy.override.yml", ".agent-policy.override.yaml"];

// src/policy/repo-root.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
function findRepoRoot(dir) {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) return;
  }
}

// src/policy/discover.ts
import { spawn, spawnSync } from "node:child_process";
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname2, join as join2, relative, sep } from "node:path";
function findRootPolicy(cwd, exists) {
  for (let d = cwd; ; d = dirname2(d)) {
    for (let name of ROOT_POLICY_NAMES) {
      let p = join2(d, name);
      if (exists(p)) return p;
    }
    if (existsSync2(join2(d, ".git")) || dirname2(d) === d) return;
  }
}
function findOverrides(rootDir) {
  let found = findRepoRoot(rootDir) ? gitOverrides(rootDir) : void 0;
  return outsideNestedPolicies(rootDir, found ?? walkOverrides(rootDir)).sort();
}
function outsideNestedPolicies(rootDir, overrides) {
  let nested = /* @__PURE__ */ new Map(), hasRootPolicy = (d) => {
    let v = nested.get(d);
    return v === void 0 && (v = ROOT_POLICY_NAMES.some((n) => existsSync2(join2(d, n))), nested.set(d, v)), v;
  };
  return overrides.filter((file) => {
    for (let d = dirname2(file); d !== rootDir && d.startsWith(rootDir + sep); d = dirname2(d))
      if (hasRootPolicy(d)) return !1;
    return !0;
  });
}
async function findOverridesAsync(rootDir) {
  if (!findRepoRoot(rootDir)) return outsideNestedPolicies(rootDir, walkOverrides(rootDir)).sort();
  let out = await new Promise((resolve) => {
    let child = spawn("git", GIT_ARGS, { cwd: rootDir, stdio: ["ignore", "pipe", "ignore"] }), chunks = [];
    child.stdout.on("data", (c) => chunks.push(c)), child.on("error", () => resolve(void 0)), child.on("close", (code) => resolve(code === 0 ? Buffer.concat(chunks).toString("utf8") : void 0));
  });
  return outsideNestedPolicies(rootDir, out === void 0 ? walkOverrides(rootDir) : parseLsFiles(rootDir, out)).sort();
}
var GIT_ARGS = [
  "ls-files",
  "-z",
  "-c",
  "-o",
  "--exclude-standard",
  "--",
  ...[".agent-policy.override.yml", ".agent-policy.override.yaml"].flatMap((n) => [n, `*/${n}`])
];
function parseLsFiles(rootDir, stdout) {
  return [...new Set(
    stdout.split("\0").filter((p) => p && OVERRIDE_NAMES.includes(p.slice(p.lastIndexOf("/") + 1))).map((p) => join2(rootDir, p))
  )];
}
function gitOverrides(rootDir) {
  let r = spawnSync("git", GIT_ARGS, {
    cwd: rootDir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    maxBuffer: 67108864
  });
  if (!(r.status !== 0 || r.error))
    return parseLsFiles(rootDir, r.stdout);
}
function walkOverrides(rootDir) {
  return walkFiles(rootDir, (name) => OVERRIDE_NAMES.includes(name));
}
function overrideDir(rootDir, file) {
  return relative(rootDir, dirname2(file)).split(sep).join("/");
}

export {
  ROOT_POLICY_NAMES,
  OVERRIDE_NAMES,
  findRepoRoot,
  findRootPolicy,
  findOverrides,
  outsideNestedPolicies,
  findOverridesAsync,
  overrideDir
};

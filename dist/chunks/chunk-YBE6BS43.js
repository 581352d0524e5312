import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/engine/builtin-rules.ts
var BUILTIN_FILE = "<built-in>", DEFAULT_LOG_DIR = ".agent-logs", BUILTIN_RULES = [
  // The guard's own state: its session logs, and its policy cache in the git directory.
  { id: "self-protection/audit-logs", effect: "deny", patterns: ["$LOG_DIR/**", ".git/agent-policy-lint/**"] },
  { id: "self-protection/records", effect: "deny", patterns: [".agent-policy/bypasses/**", ".agent-policy/approvals/**", ".agent-policy/approvals.jsonl"] },
  {
    id: "self-protection/hook-config",
    effect: "deny",
    patterns: ["**/.claude/settings.json", "**/.claude/settings.local.json", "**/.codex/**", "**/.gemini/settings.json", "**/.cursor/hooks.json", ".github/hooks/**"]
  },
  { id: "self-protection/policy", effect: "approval", patterns: [".agent-policy.yml", ".agent-policy.yaml", ".agent-policy.override.yml", ".agent-policy.override.yaml"] },
  // What the next git command runs: its configuration (core.hooksPath, core.pager, aliases,
  // filters: `git config` writing them is opaque, src/match/git-config.ts) and its hooks (the
  // pre-commit check among them). Appended, so that the rules above keep their numbers.
  { id: "self-protection/git-config", effect: "deny", patterns: [".git/config", ".git/hooks/**"] },
  // What the next commit runs, from committed files: the commit hook managers' hooks and
  // configurations (husky, pre-commit, lefthook, simple-git-hooks), where the commit check is
  // installed and where a line of shell is code the next `git commit` runs. Teams edit them in
  // review, as the policy, so a write needs an approval rather than being denied. At the root
  // only (`./` anchors a name there): a `src/lefthook.yml` is run by nothing.
  {
    id: "self-protection/commit-hooks",
    effect: "approval",
    patterns: [
      ".husky/**",
      "./.pre-commit-config.yaml",
      "./.pre-commit-config.yml",
      "./lefthook.yml",
      "./lefthook.yaml",
      "./.lefthook.yml",
      "./.lefthook.yaml",
      "./lefthook-local.yml",
      "./lefthook-local.yaml",
      "./.simple-git-hooks.json",
      "./.simple-git-hooks.js",
      "./.simple-git-hooks.cjs",
      "./.simple-git-hooks.mjs"
    ]
  }
];
function origin(index, rule) {
  return { file: BUILTIN_FILE, pointer: `/${rule.id}`, line: index + 1, column: 1 };
}
function logDirPattern(logDir) {
  let d = (logDir ?? DEFAULT_LOG_DIR).replace(/\\/g, "/").replace(/^(?:\.\/)+/, "").replace(/\/+$/, "");
  return d === "" || d === "." ? DEFAULT_LOG_DIR : d;
}
function builtinDenies(logDir) {
  let dir = logDirPattern(logDir), out = [];
  return BUILTIN_RULES.forEach((r, i) => {
    if (r.effect === "deny")
      for (let p of r.patterns) out.push({ pattern: p.replace("$LOG_DIR", dir), origin: origin(i, r) });
  }), out;
}
function builtinApprovals() {
  let out = [];
  return BUILTIN_RULES.forEach((r, i) => {
    if (r.effect === "approval")
      for (let p of r.patterns) out.push({ kind: "file", pattern: p, origin: origin(i, r), reason: "the agent policy governs every agent: a human reviews changes to it" });
  }), out;
}

export {
  BUILTIN_FILE,
  DEFAULT_LOG_DIR,
  builtinDenies,
  builtinApprovals
};

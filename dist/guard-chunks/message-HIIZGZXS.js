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
  blockedMessage: () => blockedMessage,
  shQuote: () => shQuote
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
var import_node_path = require("node:path");
function shQuote(s) {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}
function selfCommand(script = process.argv[1] ?? "") {
  let posix = script.split("\\").join("/");
  return posix === "" || posix.includes("/node_modules/") ? "npx --no-install agent-policy-lint" : `node ${shQuote(posix)}`;
}
var SHOWN = 20;
function where(cwd, rule) {
  return `${(0, import_node_path.relative)(cwd, rule.file).split(import_node_path.sep).join("/") || rule.file}:${rule.line}:${rule.column}`;
}
function blockedMessage(input) {
  let { agent, blocked, cwd, top } = input, out = [], fromCwd = (p) => (0, import_node_path.relative)(cwd, `${top}${import_node_path.sep}${p.split("/").join(import_node_path.sep)}`).split(import_node_path.sep).join("/") || ".";
  if (blocked.length > 0 && agent) {
    out.push(`agent-policy-lint: commit refused: agent "${agent.agent}" (recognised by ${agent.via}) may not make ${blocked.length === 1 ? "this change" : `these ${blocked.length} changes`}:`);
    let width = Math.min(60, Math.max(...blocked.slice(0, SHOWN).map((b) => fromCwd(b.path).length)));
    for (let b of blocked.slice(0, SHOWN)) {
      let why = b.rule ? `${b.kind === "approval" ? "needs human approval by" : "denied by"} "${b.rule.pattern}" at ${where(cwd, b.rule)}` : b.reason;
      out.push(`  ${b.op.padEnd(6)} ${fromCwd(b.path).padEnd(width)}  ${why}`);
    }
    blocked.length > SHOWN && out.push(`  \u2026 and ${blocked.length - SHOWN} more (see the report above)`);
    let paths = blocked.map((b) => b.path), allows = [...new Set(blocked.map((b) => b.policyPath))], firstRule = blocked.find((b) => b.rule)?.rule;
    out.push("", "Ways forward:"), out.push("  1. Fix the change: leave these paths out of the commit, for example"), out.push(`       git restore --staged -- ${paths.slice(0, SHOWN).map((p) => shQuote(fromCwd(p))).join(" ")}`), out.push("  2. Have a person approve a time-limited bypass and commit the record it writes, then commit again:"), out.push(
      `       ${selfCommand()} bypass --reason "why this change is needed" ${allows.slice(0, SHOWN).map((p) => `--allow ${shQuote(p)}`).join(" ")} --agent ${shQuote(agent.agent)} --duration 30m --approver EMAIL`
    ), blocked.some((b) => b.kind === "approval") && out.push("     (or have a person review the change and make the commit themselves)"), out.push(`  3. Change the policy in a reviewed pull request${firstRule ? ` (${where(cwd, firstRule)})` : ""}.`), input.otherErrors > 0 && out.push("", `The report above also lists ${input.otherErrors} other error(s) in staged files.`);
  } else {
    let n = input.otherErrors;
    out.push(`agent-policy-lint: commit refused: ${n === 1 ? "an error" : `${n} errors`} in staged files (listed above).`), out.push("", "Ways forward:"), out.push("  1. Fix the staged files and `git add` them: the hook checks what is staged, not the working tree."), input.replayErrors > 0 ? (out.push("  2. A staged agent log records actions the policy denies: undo what they did, or, if a person approved"), out.push("     them, record the approval (docs/replay.md; a bypass only covers actions inside its time window)."), out.push("  3. If the policy is wrong, change it in a reviewed pull request.")) : out.push("  2. If the policy is wrong, change it in a reviewed pull request.");
  }
  for (let p of input.unstagedFixes)
    out.push("", `Note: ${fromCwd(p)} differs in your working tree from the version being committed; if you fixed it there, run: git add ${shQuote(fromCwd(p))}`);
  return out.join(`
`) + `
`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  blockedMessage,
  shQuote
});

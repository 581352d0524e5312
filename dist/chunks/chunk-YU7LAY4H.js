import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  CommandPatternList,
  analyzeCommand
} from "./chunk-GEREUT2H.js";
import {
  decidePath,
  decideSubject,
  namedAllowLists,
  normalizePath,
  overridesFor,
  refusedOutright,
  registerCommandSupport
} from "./chunk-RL2AX7IG.js";

// src/engine/decide-command.ts
var MAX_DIRS = 32;
function decideCommand(context, line) {
  if (context.explain) return decideCommandNow(context, line);
  let a = context.action, key = `c${a.cwd ?? ""}${a.agentId ?? ""}${context.approved ? 1 : 0}${line}`, s = context.policy.memo.get(key);
  return s || context.policy.memo.set(key, s = decideCommandNow(context, line)), [...s];
}
function decideCommandNow(context, line) {
  let shown = line.replace(/\s+/g, " ").trim();
  if (context.agent?.trust === "read_only")
    return [refusedOutright("command", shown, `agent "${context.agent.identity.id}" is read_only: it may not run commands`)];
  let a = analyzeCommand(line);
  if (!a.commands.length && !a.problems.length && !a.files.length)
    return [refusedOutright("command", shown, "the command line is empty: there is nothing to check")];
  let out = [];
  for (let p of a.problems) out.push(refusedOutright("command", p.command, p.reason));
  let dirs = directories(a), { overrides, everywhere } = governing(context, a, dirs);
  for (let c of a.commands) out.push(decideSimple(context, c, overrides, everywhere));
  let seen = /* @__PURE__ */ new Set();
  for (let f of a.files) {
    if (!f.path.startsWith("/") && a.dirUnknown) {
      out.push({ ...refusedOutright("path", f.path, `cannot tell which directory "${f.via}" is in after "${a.dirUnknown}"`), via: f.via });
      continue;
    }
    for (let d of f.path.startsWith("/") ? ["."] : dirs) {
      let s = decidePath(context, d === "." ? f.path : `${d}/${f.path}`, f.op, f.via), key = `${f.op}\0${s.subject}`;
      seen.has(key) || (seen.add(key), out.push(s));
    }
  }
  return out;
}
function directories(a) {
  let dirs = ["."];
  for (let t of a.dirs) {
    let next = new Set(dirs);
    for (let d of dirs) next.add(t.startsWith("/") || d === "." ? t : `${d}/${t}`);
    dirs = [...next].slice(0, MAX_DIRS);
  }
  return dirs;
}
function governing(context, a, dirs) {
  let { policy } = context;
  if (policy.overrides.size === 0) return { overrides: [], everywhere: [] };
  let found = /* @__PURE__ */ new Map();
  for (let d of dirs) {
    let np = normalizePath(d, { root: policy.root, cwd: context.action.cwd });
    if (!np.outside)
      for (let o of overridesFor(policy, np.path)) found.set(o.name, o);
  }
  let overrides = [...found.values()];
  return { overrides, everywhere: a.dirUnknown ? [...policy.overrides.values()] : overrides };
}
function decideSimple(context, command, overrides, denyLevels) {
  let { policy, agent } = context, name = command.layers[0] ?? "", levels = [policy.rootLevel, ...overrides], agentLevel = agent?.level;
  return decideSubject(context, {
    kind: "command",
    shown: name,
    // Every layer is matched (`sudo rm -rf x` is also `rm -rf x`).
    subject: command.layers,
    deny: {
      levels: [policy.rootLevel, ...denyLevels, ...agentLevel ? [agentLevel] : []],
      list: (l) => l.commands.deny,
      listName: "commands.deny",
      builtIn: () => agent?.trust === "write_local" && policy.noPush.first(command.layers) ? { rule: { pattern: "git push" }, reason: `agent "${agent.identity.id}" is write_local: it may not push` } : void 0
    },
    approval: { levels, gate: (l) => l.approvals.command.gate, grant: (l) => l.approvals.command.grant, what: "running it" },
    // A wrapper that only runs the commands it is given: each of those is a subject of its own.
    allow: command.delegates ? { open: "runs only the commands it is given, and each of them is checked" } : namedAllowLists(context, levels, (l) => l.commands.allow, { allowList: "commands.allow", whenNoList: "no commands.deny matches and no allow list applies" }),
    narrow: agentLevel && { list: agentLevel.commands.allow, refused: `not in the commands.allow list of agent "${agentLevel.name}"` }
  });
}

// src/engine/commands.ts
registerCommandSupport({ CommandPatternList, decideCommand });

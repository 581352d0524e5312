import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  cite,
  consult,
  decidePath,
  mk,
  normalizePath,
  overridesFor,
  registerCommandSupport,
  subject
} from "./chunk-FRBHHA5M.js";
import {
  CommandPatternList,
  analyzeCommand
} from "./chunk-PBLXQTYW.js";

// src/engine/decide-command.ts
var MAX_DIRS = 32;
function levelName(l) {
  return l.kind === "root" ? "the root policy" : l.kind === "override" ? `the ${l.name}/ override` : `agent "${l.name}"`;
}
function decideCommand(ctx, line) {
  if (ctx.explain) return decideCommandNow(ctx, line);
  let a = ctx.action, key = `c${a.cwd ?? ""}${a.agentId ?? ""}${ctx.approved ? 1 : 0}${line}`, s = ctx.cp.memo.get(key);
  return s || ctx.cp.memo.set(key, s = decideCommandNow(ctx, line)), [...s];
}
function decideCommandNow(ctx, line) {
  let shown = line.replace(/\s+/g, " ").trim();
  if (ctx.agent?.trust === "read_only")
    return [subject("command", shown, !1, `agent "${ctx.agent.identity.id}" is read_only: it may not run commands`, [mk("default", void 0, shown, !0)])];
  let a = analyzeCommand(line);
  if (!a.commands.length && !a.problems.length && !a.files.length)
    return [subject("command", shown, !1, "the command line is empty: there is nothing to check", [mk("default", void 0, shown, !0)])];
  let out = [];
  for (let p of a.problems) out.push(subject("command", p.command, !1, p.reason, [mk("default", void 0, p.command, !0)]));
  let dirs = directories(a), { overrides, everywhere } = governing(ctx, a, dirs);
  for (let c of a.commands) out.push(decideSimple(ctx, c, overrides, everywhere));
  let seen = /* @__PURE__ */ new Set();
  for (let f of a.files) {
    if (!f.path.startsWith("/") && a.dirUnknown) {
      out.push({
        ...subject("path", f.path, !1, `cannot tell which directory "${f.via}" is in after "${a.dirUnknown}"`, [mk("default", void 0, f.path, !0)]),
        via: f.via
      });
      continue;
    }
    for (let d of f.path.startsWith("/") ? ["."] : dirs) {
      let s = decidePath(ctx, d === "." ? f.path : `${d}/${f.path}`, f.op, f.via), key = `${f.op}\0${s.subject}`;
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
function governing(ctx, a, dirs) {
  let { cp } = ctx;
  if (cp.overrides.size === 0) return { overrides: [], everywhere: [] };
  let found = /* @__PURE__ */ new Map();
  for (let d of dirs) {
    let np = normalizePath(d, { root: cp.root, cwd: ctx.action.cwd });
    if (!np.outside)
      for (let o of overridesFor(cp, np.path)) found.set(o.name, o);
  }
  let overrides = [...found.values()];
  return { overrides, everywhere: a.dirUnknown ? [...cp.overrides.values()] : overrides };
}
function decideSimple(ctx, c, overrides, denyLevels) {
  let { cp } = ctx, name = c.layers[0] ?? "", layers = c.layers, out = { cp, explain: ctx.explain, rules: [] }, done = (allowed2, reason, requiresApproval = !1) => subject("command", name, allowed2, reason, out.rules, requiresApproval), agentLevel = ctx.agent?.level, deny;
  for (let l of [cp.rootLevel, ...denyLevels, ...agentLevel ? [agentLevel] : []]) {
    if (deny && !ctx.explain) break;
    let d = consult(out, "deny", name, () => l.commands.deny.all(layers), () => l.commands.deny.first(layers));
    d && !deny && (deny = { rule: d, level: l });
  }
  if (deny) return done(!1, `denied by ${levelName(deny.level)}: commands.deny ${cite(cp, deny.rule)}`);
  if (ctx.agent?.trust === "write_local" && cp.noPush.first(layers))
    return out.rules.push(mk("default", { pattern: "git push" }, name, !0)), done(!1, `agent "${ctx.agent.identity.id}" is write_local: it may not push`);
  let gate, grant;
  for (let l of [cp.rootLevel, ...overrides]) {
    if (gate && !ctx.explain) break;
    let g = consult(out, "approval", name, () => l.approvals.command.gate.all(layers), () => l.approvals.command.gate.first(layers));
    gate ??= g, g && !grant && (grant = l.approvals.command.grant.first(layers)?.rule);
  }
  let allowed, refused;
  if (c.delegates)
    out.rules.push(mk("default", void 0, name, !0)), allowed = "runs only the commands it is given, and each of them is checked";
  else {
    let levels = [cp.rootLevel, ...overrides], total = levels.reduce((n, l) => n + l.commands.allow.size, 0);
    if (total === 0) allowed = "no commands.deny matches and no allow list applies";
    else {
      let a;
      for (let l of levels) {
        if (a && !ctx.explain) break;
        let m = consult(out, "allow", name, () => l.commands.allow.all(layers), () => l.commands.allow.first(layers));
        m && !a && (a = { rule: m, level: l });
      }
      a ? allowed = `allowed by ${levelName(a.level)}: commands.allow ${cite(cp, a.rule)}` : (out.rules.push(mk("default", void 0, name, !0)), refused = `matches no commands.allow pattern (${total} consulted)`);
    }
    allowed && agentLevel && agentLevel.commands.allow.size > 0 && (consult(out, "allow", name, () => agentLevel.commands.allow.all(layers), () => agentLevel.commands.allow.first(layers)) || (allowed = void 0, refused = `not in the commands.allow list of agent "${agentLevel.name}"`));
  }
  if (gate) {
    let why = `running it needs a human approval: ${cite(cp, gate)}`;
    return ctx.approved ? grant ? done(!0, `${why}; approved`, !0) : allowed ? done(!0, `${why}; approved (${allowed})`, !0) : done(!1, `${why}, approved, but it ${refused}`, !0) : done(!1, `${why}; none given`, !0);
  }
  return allowed ? done(!0, allowed) : done(!1, refused);
}

// src/engine/commands.ts
registerCommandSupport({ CommandPatternList, decideCommand });

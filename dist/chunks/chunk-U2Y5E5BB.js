import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  CommandPatternList,
  analyzeCommand,
  executableName,
  lexShell,
  normaliseCommandPattern
} from "./chunk-K3XQA7MQ.js";
import {
  cite,
  decidePath,
  decideSubject,
  decidingRule,
  namedAllowLists,
  normalizePath,
  overridesFor,
  refusedOutright,
  registerCommandSupport,
  where
} from "./chunk-RJVIV4QU.js";

// data/programs.json
var programs_default = {
  $comment: "Per-program option models for command matching (src/command/programs.ts, SPEC 3). aliases: spelling -> canonical option. valued: options that take a value (the next word, or attached: -Cdir, --opt=v). globalValued/globalFlags: options before a subcommand. forcing: words that make `git push` a forced push. Reviewed like code: a missing entry only makes matching less exact for denies, never an allow wider.",
  programs: {
    rm: { aliases: { "-R": "-r", "--recursive": "-r", "--force": "-f", "--dir": "-d", "--verbose": "-v", "--interactive": "-i" } },
    cp: { aliases: { "-R": "-r", "--recursive": "-r", "--force": "-f", "--archive": "-a", "--verbose": "-v", "--no-clobber": "-n", "--target-directory": "-t" }, valued: ["-t", "-S"] },
    mv: { aliases: { "--force": "-f", "--verbose": "-v", "--no-clobber": "-n", "--target-directory": "-t" }, valued: ["-t", "-S"] },
    chmod: { aliases: { "-R": "-R", "--recursive": "-R", "--verbose": "-v" } },
    chown: { aliases: { "--recursive": "-R", "--verbose": "-v" } },
    ln: { aliases: { "--symbolic": "-s", "--force": "-f" }, valued: ["-t", "-S"] },
    tar: { aliases: { "--directory": "-C", "--file": "-f", "--extract": "-x", "--create": "-c" }, valued: ["-C", "-f", "-T", "-X", "-b", "-H", "-K", "-N", "-g", "-V"] },
    curl: { aliases: { "--output": "-o", "--data": "-d", "--request": "-X", "--header": "-H", "--insecure": "-k", "--location": "-L" }, valued: ["-o", "-d", "-X", "-H", "-u", "-A", "-e", "-F", "-T", "-x", "-b", "-c", "-m", "-w", "-K", "-E", "-r", "-z", "-Y", "-y", "-C", "-Q", "-t", "-U"] },
    wget: { aliases: { "--output-document": "-O", "--quiet": "-q" }, valued: ["-O", "-o", "-P", "-U", "-e", "-t", "-T", "-w", "-a", "-i", "-B", "-Q", "-l", "-A", "-R", "-D", "-X", "-I"] },
    kubectl: { aliases: { "-n": "--namespace" }, valued: ["--context", "--namespace", "-n", "--kubeconfig", "--cluster", "--user", "-o", "--output", "-f", "--filename", "-l", "--selector", "-c", "--container", "--server", "-s", "--token", "--as"] },
    helm: { valued: ["--kube-context", "--namespace", "-n", "--kubeconfig", "-f", "--values", "--set", "--version", "-o"] },
    docker: { valued: ["-H", "--host", "--context", "-c", "--config", "--log-level", "-l"] },
    terraform: { valued: ["-chdir", "-var", "-var-file", "-target"] },
    npm: { aliases: { "--force": "-f" }, valued: ["--prefix", "-C", "--registry", "-w", "--workspace", "--tag"] },
    make: { aliases: { "--directory": "-C", "--file": "-f", "--makefile": "-f", "--jobs": "-j" }, valued: ["-C", "-f", "-j", "-o", "-W", "-I", "-l"] },
    git: {
      globalValued: ["-C", "-c", "--git-dir", "--work-tree", "--namespace", "--exec-path", "--super-prefix", "--config-env", "--list-cmds", "--attr-source"],
      globalFlags: ["-p", "--paginate", "-P", "--no-pager", "--bare", "--no-replace-objects", "--literal-pathspecs", "--glob-pathspecs", "--noglob-pathspecs", "--icase-pathspecs", "--no-optional-locks", "--no-advice", "--html-path", "--man-path", "--info-path", "--version", "--help"],
      subcommands: {
        push: { aliases: { "-f": "--force", "--force-with-lease": "--force", "--force-if-includes": "--force", "-d": "--delete", "-u": "--set-upstream" }, valued: ["-o", "--push-option", "--repo", "--receive-pack", "--exec"], forcing: "+" },
        commit: { aliases: { "-a": "--all", "-m": "--message", "-n": "--no-verify" }, valued: ["-m", "--message", "-F", "--file", "-c", "-C", "--author", "--date", "-t", "--template", "--fixup", "--squash", "--cleanup"] },
        reset: { valued: [] },
        clean: { aliases: { "--force": "-f", "--dry-run": "-n" }, valued: ["-e", "--exclude"] },
        checkout: { aliases: { "--force": "-f" }, valued: ["-b", "-B", "--orphan"] },
        branch: { aliases: { "--delete": "-d", "--force": "-f", "-D": "-D" }, valued: [] },
        rebase: { valued: ["--onto", "-x", "--exec", "-s", "--strategy", "-X"] },
        clone: { valued: ["-b", "--branch", "-o", "--origin", "--depth", "-u", "--upload-pack", "--reference", "-c", "--config", "--template", "-j", "--filter"] },
        fetch: { valued: ["--depth", "--upload-pack", "-j", "--refmap", "-o"] },
        pull: { valued: ["--depth", "--upload-pack", "-s", "--strategy", "-X", "-j"] }
      }
    }
  }
};

// src/command/argv-model.ts
var PROGRAMS = programs_default.programs;
function canonical(spec, option) {
  return spec?.aliases?.[option] ?? option;
}
function add(model, option, value) {
  let set = model.options.get(option);
  set ? set.add(value) : model.options.set(option, /* @__PURE__ */ new Set([value]));
}
function argvModel(program, words) {
  let model = { program, options: /* @__PURE__ */ new Map(), operands: [], unknown: !1 }, spec = PROGRAMS[program], k = 0;
  if (spec?.subcommands) {
    for (; k < words.length; k++) {
      let w = words[k];
      if (w.dynamic) {
        model.unknown = !0;
        continue;
      }
      let eq = w.value.indexOf("="), name = w.value.startsWith("--") && eq > 0 ? w.value.slice(0, eq) : w.value;
      if (spec.globalValued?.includes(name)) {
        add(model, name, eq > 0 && name !== w.value ? w.value.slice(eq + 1) : words[++k]?.value ?? "");
        continue;
      }
      let attached = spec.globalValued?.find((o) => o.length === 2 && w.value.startsWith(o) && w.value.length > 2 && !w.value.startsWith("--"));
      if (attached) {
        add(model, attached, w.value.slice(2));
        continue;
      }
      if (spec.globalFlags?.includes(w.value) || w.value.startsWith("-") && w.value !== "-") {
        add(model, w.value, "");
        continue;
      }
      break;
    }
    let sub = words[k];
    sub && !sub.dynamic ? (model.subcommand = sub.value, spec = spec.subcommands[sub.value] ?? {}, k++) : sub && (model.unknown = !0, k++);
  }
  let optionsEnded = !1;
  for (; k < words.length; k++) {
    let w = words[k];
    if (w.dynamic) {
      model.unknown = !0;
      continue;
    }
    let v = w.value;
    if (optionsEnded || v === "-" || !v.startsWith("-")) {
      spec?.forcing && v.startsWith(spec.forcing) && v.length > 1 ? (add(model, "--force", ""), model.operands.push(v.slice(1))) : model.operands.push(v);
      continue;
    }
    if (v === "--") {
      optionsEnded = !0;
      continue;
    }
    if (v.startsWith("--")) {
      let eq = v.indexOf("="), name = canonical(spec, eq < 0 ? v : v.slice(0, eq));
      if (eq >= 0) add(model, name, v.slice(eq + 1));
      else if (spec?.valued?.includes(v) || spec?.valued?.includes(name)) {
        let value = words[k + 1];
        value?.dynamic && (model.unknown = !0), add(model, name, value?.value ?? ""), k++;
      } else add(model, name, "");
      continue;
    }
    for (let j = 1; j < v.length; j++) {
      let short = `-${v[j]}`, name = canonical(spec, short);
      if (spec?.valued?.includes(short)) {
        if (j + 1 < v.length) add(model, name, v.slice(j + 1));
        else {
          let value = words[k + 1];
          value?.dynamic && (model.unknown = !0), add(model, name, value?.value ?? ""), k++;
        }
        break;
      }
      add(model, name, "");
    }
  }
  return model;
}

// src/command/sound-match.ts
var patterns = /* @__PURE__ */ new Map();
function patternModel(pattern) {
  let m = patterns.get(pattern);
  if (m !== void 0) return m;
  m = null;
  let lex = lexShell(pattern);
  if (!lex.error && lex.words.length > 0 && lex.tokens.every((t) => t.kind === "word")) {
    let [first, ...rest] = lex.words;
    if (first && !first.glob && !first.dynamic) {
      let words = rest.map((w) => ({ value: w.glob ? `\0${w.value}` : w.value, dynamic: !1 })), model = argvModel(executableName(first.value), words), starAt = model.operands.findIndex((o) => o === "\0*");
      m = { model, anyOperands: starAt >= 0, starAt: starAt < 0 ? model.operands.length : starAt };
    }
  }
  return patterns.size > 4096 && patterns.clear(), patterns.set(pattern, m), m;
}
function wildcard(pattern, text, ignoreCase) {
  let p = ignoreCase ? pattern.toLowerCase() : pattern, t = ignoreCase ? text.toLowerCase() : text, pi = 0, ti = 0, star = -1, mark = 0;
  for (; ti < t.length; )
    if (pi < p.length && p[pi] === "*")
      star = pi++, mark = ti;
    else if (pi < p.length && p[pi] === t[ti])
      pi++, ti++;
    else if (star >= 0)
      pi = star + 1, ti = ++mark;
    else return !1;
  for (; pi < p.length && p[pi] === "*"; ) pi++;
  return pi === p.length;
}
function word(p) {
  return p.startsWith("\0") ? { text: p.slice(1), glob: !0 } : { text: p, glob: !1 };
}
function same(pattern, text, ignoreCase) {
  let w = word(pattern);
  return w.glob ? wildcard(w.text, text, ignoreCase) : ignoreCase ? w.text.toLowerCase() === text.toLowerCase() : w.text === text;
}
function modelMatches(p, c, ignoreCase) {
  let pm = p.model;
  if (!same(pm.program, c.program, ignoreCase) || pm.subcommand !== void 0 && (c.subcommand === void 0 ? !c.unknown : !same(pm.subcommand, c.subcommand, ignoreCase)))
    return !1;
  for (let [option, values] of pm.options) {
    let has = c.options.get(option);
    if (!has) {
      if (c.unknown) continue;
      return !1;
    }
    for (let v of values)
      if (v !== "" && ![...has].some((h) => same(v, h, ignoreCase)) && !c.unknown)
        return !1;
  }
  if (c.unknown) return !0;
  for (let i = 0; i < p.starAt; i++) {
    let want = pm.operands[i], got = c.operands[i];
    if (got === void 0 || !same(want, got, ignoreCase)) return !1;
  }
  return !0;
}
function soundMatch(rules, c, ignoreCase) {
  if (rules.length === 0) return;
  let models = [];
  for (let argv of c.argvs) {
    let [name, ...rest] = argv;
    !name || name.dynamic || models.push(argvModel(executableName(name.value), rest.map((a) => ({ value: a.value, dynamic: a.dynamic || a.tilde === !0 }))));
  }
  for (let rule of rules) {
    let p = patternModel(rule.pattern);
    if (p) {
      for (let i = 0; i < models.length; i++)
        if (modelMatches(p, models[i], ignoreCase)) return { rule, layer: c.layers[i] ?? c.layers[0] ?? "" };
    }
  }
}

// src/engine/decide-opaque.ts
function decideOpaque(context, problem, overrides) {
  let { policy } = context, shown = problem.command, verdict = (outcome, reason, rule2, requiresApproval = !1) => ({
    subject: shown,
    kind: "command",
    outcome,
    allowed: outcome === "allow",
    requiresApproval,
    reason,
    rules: [rule2]
  });
  if (problem.construct) {
    let construct = problem.construct;
    for (let l of [policy.rootLevel, ...overrides]) {
      let named = l.commands.allow.all([shown]).find((m) => m.matched && normaliseCommandPattern(m.rule.pattern).includes(construct));
      if (named) {
        let reason = `${problem.reason}; admitted by commands.allow ${cite(policy, named.rule)}, which names "${construct}"`;
        return verdict("allow", reason, decidingRule("allow", named.rule, shown, !0));
      }
    }
  }
  let setting = strictest([policy.rootLevel, ...overrides]), how = setting ? `commands.opaque: ${setting.setting} (${where(policy, setting.origin)})` : "commands.opaque: ask (the default)", rule = { pattern: `commands.opaque: ${setting?.setting ?? "ask"}`, ...setting?.origin ? { origin: setting.origin } : {} };
  switch (setting?.setting ?? "ask") {
    case "allow":
      return verdict("allow", `${problem.reason}; allowed by ${how}`, decidingRule("default", rule, shown, !0));
    case "deny":
      return verdict("deny", `${problem.reason}; denied by ${how}`, decidingRule("deny", rule, shown, !0));
    default:
      return context.approved ? verdict("allow", `${problem.reason}; approved (${how})`, decidingRule("approval", rule, shown, !0), !0) : verdict("needs-approval", `${problem.reason}; it needs a human approval (${how}); none given`, decidingRule("approval", rule, shown, !0), !0);
  }
}
var STRICTNESS = { allow: 0, ask: 1, deny: 2 };
function strictest(levels) {
  let best = levels[0]?.commands.opaque, rank = STRICTNESS[best?.setting ?? "ask"];
  for (let l of levels.slice(1)) {
    let o = l.commands.opaque;
    o && STRICTNESS[o.setting] > rank && (best = o, rank = STRICTNESS[o.setting]);
  }
  return best;
}

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
  let out = [], dirs = directories(a), { overrides, everywhere } = governing(context, a, dirs);
  for (let p of a.problems) out.push(decideOpaque(context, p, overrides));
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
  let { policy, agent } = context, name = command.layers[0] ?? "", levels = [policy.rootLevel, ...overrides], agentLevel = agent?.level, spelledOut = !command.argvs.some((argv) => argv.some((word2) => word2.dynamic || word2.tilde));
  return decideSubject(context, {
    kind: "command",
    shown: name,
    // Every layer is matched (`sudo rm -rf x` is also `rm -rf x`).
    subject: command.layers,
    deny: {
      levels: [policy.rootLevel, ...denyLevels, ...agentLevel ? [agentLevel] : []],
      list: (l) => l.commands.deny,
      listName: "commands.deny",
      // Options as sets and words known only at run time (src/command/sound-match.ts): more denies.
      further: (l) => {
        let hit = soundMatch(l.commands.deny.rules, command, !0);
        return hit && { rule: hit.rule, matched: hit.layer };
      },
      builtIn: () => agent?.trust === "write_local" && policy.noPush.first(command.layers) ? { rule: { pattern: "git push" }, reason: `agent "${agent.identity.id}" is write_local: it may not push` } : void 0
    },
    approval: {
      levels,
      gate: (l) => l.approvals.command.gate,
      grant: (l) => l.approvals.command.grant,
      what: "running it",
      further: (l) => {
        let hit = soundMatch(l.approvals.command.gate.rules, command, !0);
        return hit && { rule: hit.rule, matched: hit.layer, grants: spelledOut };
      }
    },
    // A wrapper that only runs the commands it is given: each of those is a subject of its own.
    allow: command.delegates ? { open: "runs only the commands it is given, and each of them is checked" } : namedAllowLists(context, levels, (l) => l.commands.allow, { allowList: "commands.allow", whenNoList: "no commands.deny matches and no allow list applies" }),
    narrow: agentLevel && { list: agentLevel.commands.allow, refused: `not in the commands.allow list of agent "${agentLevel.name}"` }
  });
}

// src/engine/commands.ts
registerCommandSupport({ CommandPatternList, decideCommand });
